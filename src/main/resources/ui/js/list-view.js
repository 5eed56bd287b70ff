// A kind's list: its filters, sort and page size in a search form, the matching page, and paging.
import { h, uid, fill } from './dom.js';
import { call } from './api.js';
import { KINDS } from './kinds.js';
import { render } from './values.js';
import { header, loadError, go } from './page.js';

const LIMITS = ['10', '25', '50', '100'];

export async function listView(main, kindKey, params) {
  const kind = KINDS[kindKey];
  const results = h('div', { class: 'results', 'aria-live': 'polite' }, h('p', {}, 'Loading…'));
  fill(main,
    header(kind.title, h('p', { class: 'toolbar' },
      h('a', { href: `#/${kindKey}/new`, class: 'button' }, `New ${kind.one}`),
      kind.merge ? h('a', { href: `#/${kindKey}/merge`, class: 'button' }, `Merge ${kind.title.toLowerCase()}`) : null)),
    kind.unpaged ? null : searchForm(kindKey, kind, params),
    results);
  try {
    const answer = await call(`${kindKey}.list`, requestOf(kind, params));
    fill(results, table(kindKey, kind, answer[kind.items] || []), pager(kindKey, params, answer));
  } catch (error) {
    fill(results, loadError(error, kindKey));
  }
}

function requestOf(kind, params) {
  if (kind.unpaged) return {};
  const body = {};
  for (const filter of kind.filters) filter.apply(params, body);
  if (params.get('sort')) body.sort_by = [params.get('sort')];
  body.limit = Number(params.get('limit') || 25);
  if (params.get('cursor')) body.cursor = params.get('cursor');
  return body;
}

function searchForm(kindKey, kind, params) {
  const inputs = kind.filters.flatMap((f) => f.inputs).map((input) => labelled(input, params.get(input.param) || ''));
  const sortOptions = kind.sorts.flatMap((s) => [`${s}:asc`, `${s}:desc`]);
  inputs.push(labelled({ param: 'sort', label: 'Sort by', type: 'select', options: sortOptions }, params.get('sort') || ''));
  inputs.push(labelled({ param: 'limit', label: 'Per page', type: 'select', options: LIMITS, required: true },
    params.get('limit') || '25'));
  const form = h('form', { class: 'search', role: 'search', 'aria-label': `Search ${kind.title.toLowerCase()}` },
    h('div', { class: 'grid' }, inputs),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Search'),
      h('a', { href: `#/${kindKey}`, class: 'button secondary' }, 'Clear')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (String(value).trim()) next.set(key, String(value).trim());
    go(`#/${kindKey}?${next}`);
  });
  return form;
}

function labelled(input, value) {
  const id = uid(`q-${input.param}`);
  const control = input.type === 'select'
    ? h('select', { id, name: input.param },
      input.required ? null : h('option', { value: '' }, '(any)'),
      input.options.map((o) => h('option', { value: o, selected: o === value }, o)))
    : h('input', { id, name: input.param, type: input.type, value, autocomplete: 'off' });
  return h('div', { class: 'field' },
    h('label', { for: id }, input.label, input.hint ? h('span', { class: 'hint' }, ` (${input.hint})`) : null), control);
}

function table(kindKey, kind, items) {
  if (items.length === 0) return h('p', { class: 'empty' }, `No ${kind.title.toLowerCase()} match.`);
  return h('div', { class: 'scroll' }, h('table', {},
    h('caption', {}, `${items.length} ${items.length === 1 ? kind.one : kind.title.toLowerCase()} on this page`),
    h('thead', {}, h('tr', {}, kind.columns.map(([, label]) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, items.map((item) => h('tr', {}, kind.columns.map(([key], i) => (i === 0
      ? h('th', { scope: 'row' }, h('a', { href: `#/${kindKey}/${encodeURIComponent(item.display_id || item.id)}`,
        'aria-label': `${kind.one} ${kind.name(item)} (${item.display_id || item.id})` }, item.display_id || item.id))
      : h('td', {}, render(item[key], key)))))))));
}

function pager(kindKey, params, answer) {
  const link = (cursor, text, rel) => {
    const next = new URLSearchParams(params);
    next.set('cursor', cursor);
    return h('a', { href: `#/${kindKey}?${next}`, rel, class: 'button' }, text);
  };
  if (!answer.prev_cursor && !answer.next_cursor) return null;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    answer.prev_cursor ? link(answer.prev_cursor, 'Previous page', 'prev') : null,
    answer.next_cursor ? link(answer.next_cursor, 'Next page', 'next') : null);
}
