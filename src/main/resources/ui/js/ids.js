// Which kind an ID names, from its display-ID prefix (DEVU-2) or its DON's type segment (.../devu/2).
const PREFIXES = { DEVU: 'dev-users', REVU: 'rev-users', ACC: 'accounts', REV: 'rev-orgs', TAG: 'tags', GROUP: 'groups', WEBHOOK: 'webhooks' };
const SEGMENTS = { devu: 'dev-users', revu: 'rev-users', account: 'accounts', revo: 'rev-orgs', tag: 'tags', group: 'groups', webhook: 'webhooks' };

/** The kind's path ('dev-users') for an ID, or null. */
export function kindOf(id) {
  if (typeof id !== 'string') return null;
  const display = /^([A-Za-z]+)-[A-Za-z0-9]+$/.exec(id);
  if (display) return PREFIXES[display[1].toUpperCase()] || null;
  const don = /:([a-z_]+)\/[^/:]+$/.exec(id);
  return don ? SEGMENTS[don[1]] || null : null;
}

/** The address of an object's page. */
export function pageOf(id) {
  const kind = kindOf(id);
  return kind ? `#/${kind}/${encodeURIComponent(id)}` : null;
}

/** The short ID to show and to put in addresses: the display ID when there is one. */
export function shortId(object) {
  return object.display_id || object.id;
}
