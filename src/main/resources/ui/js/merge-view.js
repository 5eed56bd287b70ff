// Merging two users or accounts: choose both, review what will move to the one kept, then confirm.
import { h, fill } from './dom.js';
import { call } from './api.js';
import { KINDS } from './kinds.js';
import * as F from './fields.js';
import { apiForm, showError } from './forms.js';
import { header, flash, go } from './page.js';
import { summaryLabel } from './values.js';

export function mergeView(main, kindKey, params) {
  const kind = KINDS[kindKey];
  const merge = kind.merge;
  const controls = [
    F.control(F.id(merge.primary, `The ${kind.one} to keep (ID)`, { required: true }), params.get('primary') || ''),
    F.control(F.id(merge.secondary, `The ${kind.one} to merge into it and remove (ID)`, { required: true }),
      params.get('secondary') || ''),
  ];
  const review = h('div', { class: 'review', 'aria-live': 'polite' });
  const form = apiForm({ name: `Merge ${kind.title.toLowerCase()}`, controls, submit: 'Review merge',
    action: async (values) => {
      fill(review);
      // Each get names its own field, so a wrong ID is shown beside the box it was typed in.
      const kept = await fetchOne(kindKey, kind, values[merge.primary], merge.primary);
      const gone = await fetchOne(kindKey, kind, values[merge.secondary], merge.secondary);
      fill(review, await confirmation(kindKey, kind, kept, gone, form, controls));
      review.querySelector('h2').focus();
    } });
  fill(main, header(`Merge ${kind.title.toLowerCase()}`,
    h('p', {}, `Everything the second ${kind.one} holds moves to the first, and the second is removed.`)), form, review);
}

async function fetchOne(kindKey, kind, id, field) {
  try {
    return (await call(`${kindKey}.get`, { id }))[kind.item];
  } catch (error) {
    if (error.status === 404 || error.status === 400) error.field = field;
    throw error;
  }
}

async function confirmation(kindKey, kind, kept, gone, form, controls) {
  const merge = kind.merge;
  const keptId = kept.display_id || kept.id;
  const goneId = gone.display_id || gone.id;
  const confirm = h('button', { type: 'button', class: 'danger', onclick: async () => {
    confirm.disabled = true;
    try {
      await call(merge.op, { [merge.primary]: kept.id, [merge.secondary]: gone.id });
      flash(`Merged ${goneId} into ${keptId}.`);
      go(`#/${kindKey}/${encodeURIComponent(keptId)}`);
    } catch (error) {
      confirm.disabled = false;
      showError(form, controls, error);
    }
  } }, `Merge ${goneId} into ${keptId}`);
  return h('section', { class: 'confirm', 'aria-labelledby': 'merge-review' },
    h('h2', { id: 'merge-review', tabindex: '-1' }, 'What will move'),
    h('p', {}, `Keep ${summaryLabel(kept)}. Remove ${summaryLabel(gone)}, after moving to ${keptId}:`),
    h('ul', {}, (await moves(kindKey, gone)).map((line) => h('li', {}, line))),
    h('div', { class: 'actions' }, confirm,
      h('button', { type: 'button', class: 'secondary', onclick: () => { fill(confirm.closest('.review')); controls[0].input.focus(); } },
        'Cancel')));
}

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const named = (items, name) => (items.length ? `: ${items.map(name).join(', ')}` : '');

/** What the merge moves from the removed object, as the services do it. */
async function moves(kindKey, gone) {
  if (kindKey === 'dev-users') {
    const ids = gone.external_identities || [];
    return [`${count(ids.length, 'identity', 'identities')}${named(ids, (i) => `${i.issuer}: ${i.id}`)}`,
      'its group memberships, and the groups it owns',
      `its tokens stop working; ${gone.display_id} is marked deleted`];
  }
  if (kindKey === 'rev-users') {
    const refs = [gone.external_ref, ...(gone.external_refs || [])].filter((r) => r);
    const tags = gone.tags || [];
    return [`${count(refs.length, 'external ref', 'external refs')}${named(refs, (r) => r)}`,
      `${count((gone.phone_numbers || []).length, 'phone number', 'phone numbers')}`,
      `${count(tags.length, 'tag', 'tags')}${named(tags, (t) => t.tag.name || t.tag.display_id)}`,
      'its associations and group memberships',
      'fields the kept user lacks (such as its email or name) are filled from it'];
  }
  const orgs = (await call('rev-orgs.list', { account: [gone.id], limit: 100 })).rev_orgs || [];
  return [`${count(orgs.length, 'rev org', 'rev orgs')}${named(orgs, (o) => summaryLabel(o))}, with their rev users`,
    `${count((gone.domains || []).length, 'domain', 'domains')}${named(gone.domains || [], (d) => d)}`,
    `${count((gone.external_refs || []).length, 'external ref', 'external refs')}`,
    `${count((gone.tags || []).length, 'tag', 'tags')}, its websites, owners and associations`];
}
