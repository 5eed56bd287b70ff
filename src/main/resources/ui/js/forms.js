// Forms that call the API: the answer's error is shown beside the control its field_name names.
import { h, fill, notice } from './dom.js';
import { ApiError } from './api.js';

/** The control an error's field names: exactly, or by its first part ("tags[0].id" is "tags"). */
function controlFor(controls, field) {
  if (!field) return null;
  const exact = controls.find((c) => c.field.name === field);
  if (exact) return exact;
  const head = field.split(/[.[]/)[0];
  return controls.find((c) => c.field.name === head) || null;
}

export function clearErrors(form, controls) {
  for (const c of controls) {
    c.input.removeAttribute('aria-invalid');
    fill(c.wrapper.querySelector('.field-error'));
  }
  fill(form.querySelector('.form-status'));
}

/** Shows {@code error} at its field (and moves focus there), or for the whole form. */
export function showError(form, controls, error) {
  const control = error instanceof ApiError ? controlFor(controls, error.field) : null;
  if (control) {
    control.input.setAttribute('aria-invalid', 'true');
    fill(control.wrapper.querySelector('.field-error'), error.message);
    control.input.focus();
    return;
  }
  const status = form.querySelector('.form-status');
  const where = error.field ? ` (${error.field})` : '';
  fill(status, notice('error', `${error.message}${where}`));
  status.querySelector('.notice').focus();
}

/**
 * A form of labelled controls whose submit runs {@code action(values)}; while it runs the button is
 * disabled, and an error stays on the page until the next try.
 */
export function apiForm({ name, controls, submit, action, className = 'form', extra = [] }) {
  const button = h('button', { type: 'submit' }, submit);
  const form = h('form', { class: className, 'aria-label': name, novalidate: true },
    controls.map((c) => c.wrapper), extra, h('div', { class: 'actions' }, button), h('div', { class: 'form-status' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, controls);
    button.disabled = true;
    try {
      const values = Object.fromEntries(controls.map((c) => [c.field.name, c.read()]));
      await action(values);
    } catch (error) {
      showError(form, controls, error);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
