// How a field's value reads on the page: summaries of other objects become links to their pages.
import { h } from './dom.js';
import { pageOf } from './ids.js';

/** "Ada Lovelace (DEVU-2)" for a summary of any kind. */
export function summaryLabel(s) {
  const name = s.full_name || s.display_name || s.name || s.email || s.url;
  const id = s.display_id || s.id;
  return name && name !== id ? `${name} (${id})` : id;
}

/** A link to the object a summary names, or its label when the page has no view of that kind. */
export function summaryLink(s) {
  const href = pageOf(s.display_id || s.id);
  return href ? h('a', { href }, summaryLabel(s)) : summaryLabel(s);
}

/** Dates in UTC, to the second, the same whoever looks. */
export function formatDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function render(value, key = '') {
  if (value === undefined || value === null || value === '') return h('span', { class: 'none' }, '—');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return /_date$/.test(key) ? formatDate(value) : value;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return h('span', { class: 'none' }, 'none');
    if (value.every((v) => typeof v !== 'object')) return value.join(', ');
    return h('ul', { class: 'plain' }, value.map((v) => h('li', {}, render(v))));
  }
  if (value.tag && typeof value.tag === 'object') {
    return [summaryLink(value.tag), value.value ? ` = ${value.value}` : ''];
  }
  if (value.associated_to) return summaryLink(value.associated_to);
  if (value.issuer && 'id' in value && !value.display_id) {
    return `${value.issuer}: ${value.id}${value.display_name ? ` (${value.display_name})` : ''}`;
  }
  if (value.id) return summaryLink(value);
  if (Object.keys(value).length === 2 && 'name' in value && 'value' in value) return `${value.name}: ${value.value}`;
  return h('dl', { class: 'nested' }, Object.entries(value).map(([k, v]) => [h('dt', {}, k), h('dd', {}, render(v, k))]));
}
