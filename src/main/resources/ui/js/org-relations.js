// What hangs off an account or a rev org: its rev orgs and their rev users.
import { h } from './dom.js';
import { call } from './api.js';
import { section, rows } from './section.js';
import { summaryLink } from './values.js';

const MAX = 100;

function more(count, href, what) {
  return count >= MAX ? h('p', {}, h('a', { href }, `See all ${what}`)) : null;
}

export function revOrgsOfAccount(account) {
  return section('Rev orgs', async () => {
    const orgs = (await call('rev-orgs.list', { account: [account.id], limit: MAX })).rev_orgs || [];
    return [rows(orgs, 'No rev orgs.', (o) => summaryLink(o)),
      more(orgs.length, `#/rev-orgs?account=${encodeURIComponent(account.display_id)}`, 'rev orgs')];
  });
}

export function usersOfAccount(account) {
  return section('Rev users', async () => {
    const orgs = (await call('rev-orgs.list', { account: [account.id], limit: MAX })).rev_orgs || [];
    if (orgs.length === 0) return h('p', { class: 'empty' }, 'No rev users.');
    const ids = orgs.map((o) => o.display_id);
    const users = (await call('rev-users.list', { rev_org: ids, limit: MAX })).rev_users || [];
    return [rows(users, 'No rev users.', (u) => [summaryLink(u), u.rev_org ? [' in ', summaryLink(u.rev_org)] : '']),
      more(users.length, `#/rev-users?rev_org=${encodeURIComponent(ids.join(','))}`, 'rev users')];
  });
}

export function usersOfRevOrg(org) {
  return section('Rev users', async () => {
    const users = (await call('rev-users.list', { rev_org: [org.id], limit: MAX })).rev_users || [];
    return [rows(users, 'No rev users.', (u) => summaryLink(u)),
      more(users.length, `#/rev-users?rev_org=${encodeURIComponent(org.display_id)}`, 'rev users')];
  });
}

/** Where a tag is used, as searches. */
export function usesOfTag(tag) {
  return section('Tagged objects', async () => h('ul', { class: 'plain' },
    h('li', {}, h('a', { href: `#/rev-users?tags=${encodeURIComponent(tag.display_id)}` }, 'Rev users with this tag')),
    h('li', {}, h('a', { href: `#/accounts?tags=${encodeURIComponent(tag.display_id)}` }, 'Accounts with this tag')),
    h('li', {}, h('a', { href: `#/rev-orgs?tags=${encodeURIComponent(tag.display_id)}` }, 'Rev orgs with this tag'))));
}
