// What every view shares: the heading that takes focus, the message carried over from the last
// change, and how a failed load reads.
import { h, notice } from './dom.js';

let pending = null;

/** A message for the next view, as "Saved." after an edit that moves to the object's page. */
export function flash(text) {
  pending = text;
}

/** The view's heading and, if the last change left one, its message. */
export function header(title, ...extra) {
  const message = pending;
  pending = null;
  return [h('h1', { tabindex: '-1' }, title), extra, message ? notice('ok', message) : null];
}

/** The message for a load that failed; webhooks get their own, while the server lacks them. */
export function loadError(error, kind) {
  if (kind === 'webhooks' && error.status === 404) {
    return notice('error', 'This Roster does not serve webhooks yet: the server answered 404 for '
      + `${error.operation}. Webhooks appear here once the server has them.`);
  }
  return notice('error', error.message);
}

export function go(hash) {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}
