// An object's page: every field it has, its relations, and what can be done to it.
import { h, fill, notice } from './dom.js';
import { call } from './api.js';
import { KINDS } from './kinds.js';
import { render } from './values.js';
import { header, loadError, flash, go } from './page.js';
import { RELATIONS } from './relations.js';

// Fields that say what the object is come first; the rest follow in the API's order.
const FIRST = ['display_id', 'id', 'display_name', 'full_name', 'name', 'email', 'state', 'status'];

export async function detailView(main, kindKey, id) {
  const kind = KINDS[kindKey];
  fill(main, h('p', {}, 'Loading…'));
  let object;
  try {
    object = (await call(`${kindKey}.get`, { id }))[kind.item];
  } catch (error) {
    fill(main, header(`${kind.one} ${id}`), loadError(error, kindKey));
    return;
  }
  const shown = object.display_id || object.id;
  const reload = (message) => {
    flash(message);
    go(`#/${kindKey}/${encodeURIComponent(shown)}`);
  };
  const status = h('div', { class: 'form-status' });
  fill(main,
    header(`${kind.name(object)}`, h('p', { class: 'subtitle' }, `${kind.one} ${shown}`)),
    h('div', { class: 'toolbar' }, actions(kindKey, kind, object, reload, status)),
    status,
    fields(object),
    (RELATIONS[kindKey] || (() => []))(object, reload));
}

function fields(object) {
  const keys = [...FIRST.filter((k) => k in object), ...Object.keys(object).filter((k) => !FIRST.includes(k))];
  return h('section', { 'aria-labelledby': 'fields-title' },
    h('h2', { id: 'fields-title' }, 'Fields'),
    h('dl', { class: 'fields' }, keys.map((k) => [h('dt', {}, k), h('dd', {}, render(object[k], k))])));
}

function actions(kindKey, kind, object, reload, status) {
  const shown = object.display_id || object.id;
  const run = async (operation, body, message) => {
    fill(status);
    try {
      await call(operation, body);
      reload(message);
    } catch (error) {
      fill(status, notice('error', error.message));
      status.firstChild.focus();
    }
  };
  const list = [h('a', { href: `#/${kindKey}/${encodeURIComponent(shown)}/edit`, class: 'button' }, 'Edit')];
  if (kind.merge) {
    list.push(h('a', { href: `#/${kindKey}/merge?primary=${encodeURIComponent(shown)}`, class: 'button' },
      `Merge another ${kind.one} into this one`));
  }
  if (kind.activation && object.state !== 'deleted') {
    list.push(object.state === 'active'
      ? h('button', { type: 'button', onclick: () => run('dev-users.deactivate', { id: object.id }, 'Deactivated.') }, 'Deactivate')
      : h('button', { type: 'button', onclick: () => run('dev-users.activate', { id: object.id }, 'Activated.') }, 'Activate'));
  }
  if (kind.statusAction) {
    // An unverified webhook is on its way to active: it can be stopped, not activated again.
    const active = object.status !== 'inactive';
    list.push(h('button', { type: 'button', onclick: () => run('webhooks.update',
      { id: object.id, action: active ? 'deactivate' : 'activate' }, active ? 'Deactivated.' : 'Activated.') },
    active ? 'Deactivate' : 'Activate'));
  }
  if (kind.deletable) list.push(deleteButton(kindKey, kind, object, status));
  return list;
}

/** Deleting asks once more, on the page itself, naming what goes. */
function deleteButton(kindKey, kind, object, status) {
  const shown = object.display_id || object.id;
  return h('button', { type: 'button', class: 'danger', onclick: () => {
    const yes = h('button', { type: 'button', class: 'danger', onclick: async () => {
      try {
        await call(`${kindKey}.delete`, { id: object.id });
        flash(`Deleted ${kind.one} ${shown}.`);
        go(`#/${kindKey}`);
      } catch (error) {
        fill(status, notice('error', error.message));
      }
    } }, `Yes, delete ${shown}`);
    fill(status, h('div', { class: 'confirm', role: 'alertdialog', 'aria-label': 'Confirm deletion' },
      h('p', {}, `Delete ${kind.one} ${kind.name(object)} (${shown})? This cannot be undone.`),
      yes, h('button', { type: 'button', onclick: () => fill(status) }, 'Cancel')));
    yes.focus();
  } }, 'Delete');
}
