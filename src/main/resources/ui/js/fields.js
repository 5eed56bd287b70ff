// The controls of create and edit forms: each labelled, each with a place for the API's error about it.
import { h, uid } from './dom.js';

const spec = (kind) => (name, label, options = {}) => ({ kind, name, label, ...options });
export const text = spec('text');
export const email = spec('email');
export const textarea = spec('textarea');
/** An ID or display ID of another object. */
export const id = spec('id');
/** Several values, one per line or separated by commas. */
export const list = spec('list');
export const choice = (name, label, options, more = {}) => ({ kind: 'choice', name, label, options, ...more });
export const choices = (name, label, options, more = {}) => ({ kind: 'choices', name, label, options, ...more });
/** A webhook's headers, one "Name: value" a line. */
export const headers = (name, label, more = {}) => ({ kind: 'list', name, label, ...more,
  toText: (header) => `${header.name}: ${header.value}`,
  fromText: (line) => ({ name: line.slice(0, line.indexOf(':')).trim(), value: line.slice(line.indexOf(':') + 1).trim() }) });

/** The text a control starts with, for an object being edited. */
export function initial(field, object) {
  const value = object ? object[field.name] : undefined;
  if (value === undefined || value === null) return field.kind === 'choices' ? [] : '';
  if (field.kind === 'id') return typeof value === 'object' ? value.display_id || value.id : value;
  if (field.kind === 'list') return value.map(field.toText || ((v) => v)).join('\n');
  return value;
}

/** A labelled control with its error slot; {@code control.read()} answers the value a request sends. */
export function control(field, value) {
  const inputId = uid(`f-${field.name}`);
  const errorId = `${inputId}-error`;
  const common = { id: inputId, name: field.name, 'data-field': field.name, required: field.required,
    'aria-describedby': errorId };
  let input;
  if (field.kind === 'textarea' || field.kind === 'list') {
    input = h('textarea', { ...common, rows: field.kind === 'list' ? 3 : 4 }, value);
  } else if (field.kind === 'choice') {
    input = h('select', common, field.required ? null : h('option', { value: '' }, '(none)'),
      field.options.map((o) => h('option', { value: o, selected: o === value }, o)));
  } else if (field.kind === 'choices') {
    input = h('select', { ...common, multiple: true, size: Math.min(field.options.length, 8) },
      field.options.map((o) => h('option', { value: o, selected: value.includes(o) }, o)));
  } else {
    input = h('input', { ...common, type: field.kind === 'email' ? 'email' : 'text', value,
      autocomplete: 'off', spellcheck: 'false' });
  }
  const hint = field.kind === 'list' ? h('span', { class: 'hint' }, ' (one per line)') : null;
  const wrapper = h('div', { class: 'field' },
    h('label', { for: inputId }, field.label, field.required ? h('span', { 'aria-hidden': 'true' }, ' *') : null, hint),
    input,
    h('p', { id: errorId, class: 'field-error', 'data-error-for': field.name }));
  return { field, wrapper, input, read: () => read(field, input) };
}

function read(field, input) {
  if (field.kind === 'choices') return [...input.selectedOptions].map((o) => o.value);
  if (field.kind === 'list') {
    const lines = input.value.split(field.fromText ? /\n/ : /[\n,]/).map((v) => v.trim()).filter((v) => v);
    return field.fromText ? lines.map(field.fromText) : lines;
  }
  return input.value.trim();
}

/** The request value of a field, or undefined to leave it out. */
export function bodyValue(field, value, creating) {
  const empty = Array.isArray(value) ? value.length === 0 : value === '';
  if (empty && creating) return undefined;
  return field.wrap ? { [field.wrap]: value } : value;
}
