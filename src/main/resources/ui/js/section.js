// A titled part of an object's page whose content loads on its own, so one slow or failing
// relation does not hold up the rest.
import { h, fill, notice, uid } from './dom.js';
import { call } from './api.js';

/** A section headed {@code title}; {@code load()} answers its content. */
export function section(title, load) {
  const id = uid('section');
  const body = h('div', {}, h('p', {}, 'Loading…'));
  load().then((content) => fill(body, content), (error) => fill(body, notice('error', error.message)));
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), body);
}

/** A list of rows, each with its own action button, or a line saying there are none. */
export function rows(items, empty, render) {
  if (items.length === 0) return h('p', { class: 'empty' }, empty);
  return h('ul', { class: 'rows' }, items.map((item) => h('li', {}, render(item))));
}

/**
 * A button that runs {@code operation} and reloads the page with {@code message}; an error stays
 * next to the button. {@code label} is the accessible name, naming what it acts on.
 */
export function actionButton(text, label, operation, body, reload, message) {
  const error = h('span', { class: 'inline-error', role: 'alert' });
  const button = h('button', { type: 'button', class: 'small', 'aria-label': label, onclick: async () => {
    fill(error);
    button.disabled = true;
    try {
      await call(operation, body);
      reload(message);
    } catch (e) {
      fill(error, e.message);
      button.disabled = false;
    }
  } }, text);
  return [button, error];
}
