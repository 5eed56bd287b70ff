// Signing in checks the token with dev-users.self before keeping it; signing out forgets it.
import { h, fill, notice } from './dom.js';
import { call } from './api.js';
import * as session from './session.js';
import * as F from './fields.js';
import { apiForm } from './forms.js';

export function signInView(main, message, done) {
  const controls = [F.control({ kind: 'text', name: 'token', label: 'Token', required: true }, '')];
  controls[0].input.type = 'password';
  controls[0].input.autocomplete = 'off';
  const form = apiForm({ name: 'Sign in', controls, submit: 'Sign in', action: async (values) => {
    session.signIn(values.token);
    try {
      const self = (await call('dev-users.self')).dev_user;
      done(self);
    } catch (error) {
      session.signOut();
      error.field = 'token';
      throw error;
    }
  } });
  fill(main,
    h('h1', { tabindex: '-1' }, 'Sign in'),
    message ? notice('ok', message) : null,
    h('p', {}, 'Paste a Roster token of this dev org. It is kept in this tab only and sent with each API call; ',
      'the page can do what the token may do, no more.'),
    form);
  controls[0].input.focus();
}
