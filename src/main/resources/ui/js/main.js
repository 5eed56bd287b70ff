// The page's entry point: the address after '#' picks the view, and every view needs a token.
import { h, fill } from './dom.js';
import { call } from './api.js';
import * as session from './session.js';
import { KINDS } from './kinds.js';
import { listView } from './list-view.js';
import { detailView } from './detail-view.js';
import { formView } from './form-view.js';
import { mergeView } from './merge-view.js';
import { signInView } from './sign-in.js';
import { summaryLabel } from './values.js';

const main = document.getElementById('content');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
let current = null;

function showNav(self) {
  fill(nav, h('ul', {}, Object.entries(KINDS).map(([key, kind]) => h('li', {}, h('a', { href: `#/${key}`, 'data-kind': key }, kind.title)))));
  nav.hidden = false;
  fill(who, h('span', {}, 'Signed in as ', h('a', { href: `#/dev-users/${encodeURIComponent(self.display_id)}` }, summaryLabel(self))),
    ' ', h('button', { type: 'button', id: 'sign-out', onclick: () => signOut('Signed out.') }, 'Sign out'));
}

function signOut(message) {
  current = null;
  session.signOut();
  nav.hidden = true;
  fill(nav);
  fill(who);
  signInView(main, message, signedIn);
}

function signedIn(self) {
  current = self;
  showNav(self);
  if (!location.hash || location.hash === '#/' || location.hash === '#') location.hash = '#/dev-users';
  else route();
}

/** '#/kind', '#/kind/new', '#/kind/merge', '#/kind/ID' or '#/kind/ID/edit', each with an optional '?query'. */
async function route() {
  if (!session.token()) return;
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter((p) => p).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  const [kindKey, id, action] = parts;
  for (const link of nav.querySelectorAll('a')) {
    if (link.dataset.kind === kindKey) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (!KINDS[kindKey]) {
    location.hash = '#/dev-users';
    return;
  }
  if (!id) await listView(main, kindKey, params);
  else if (id === 'new') await formView(main, kindKey, null);
  else if (id === 'merge' && KINDS[kindKey].merge) mergeView(main, kindKey, params);
  else if (action === 'edit') await formView(main, kindKey, id);
  else await detailView(main, kindKey, id);
  const heading = main.querySelector('h1');
  if (heading && !main.contains(document.activeElement)) heading.focus();
  document.title = `${heading ? heading.textContent : 'Roster'} · Roster admin`;
}

window.addEventListener('hashchange', () => {
  // A new view always starts at its heading, wherever focus was on the one it replaces.
  document.activeElement?.blur?.();
  route();
});
window.addEventListener('roster:unauthenticated', () => {
  // While signing in, the form itself says the token was refused.
  if (current) signOut('Your token was refused (401): sign in again.');
});

// The skip link moves focus without touching the address, which names the view.
document.querySelector('.skip').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

async function start() {
  if (!session.token()) {
    signInView(main, null, signedIn);
    return;
  }
  try {
    signedIn((await call('dev-users.self')).dev_user);
  } catch (error) {
    if (session.token()) signOut(error.message);
  }
}

start();
