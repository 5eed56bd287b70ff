// The list filters of each kind. Each keeps its values in the page's address, so a search can be
// bookmarked and the browser's Back button returns to it, and turns them into the list request's fields.

const split = (text) => (text || '').split(',').map((v) => v.trim()).filter((v) => v);

/** Comma-separated values of an array filter (emails, names, IDs). */
export function list(name, label) {
  return {
    inputs: [{ param: name, label, type: 'text', hint: 'comma-separated' }],
    apply: (params, body) => {
      const values = split(params.get(name));
      if (values.length) body[name] = values;
    },
  };
}

/** One value of an enum filter. */
export function choice(name, label, options) {
  return {
    inputs: [{ param: name, label, type: 'select', options }],
    apply: (params, body) => {
      if (params.get(name)) body[name] = [params.get(name)];
    },
  };
}

/** A dev user's linked identity: issuer, and optionally its ID there. */
export function identity() {
  return {
    inputs: [{ param: 'identity_issuer', label: 'Identity issuer', type: 'text' },
      { param: 'identity_id', label: 'Identity ID', type: 'text' }],
    apply: (params, body) => {
      const issuer = params.get('identity_issuer');
      const id = params.get('identity_id');
      if (!issuer && !id) return;
      const filter = {};
      if (issuer) filter.issuer = issuer;
      if (id) filter.id = id;
      body.external_identity = [filter];
    },
  };
}

/** A window of dates, whole days in UTC: from the start of the first to the end of the last. */
export function date(name, label) {
  const after = `${name}_after`;
  const before = `${name}_before`;
  return {
    inputs: [{ param: after, label: `${label} on or after`, type: 'date' },
      { param: before, label: `${label} on or before`, type: 'date' }],
    apply: (params, body) => {
      if (!params.get(after) && !params.get(before)) return;
      const range = { type: 'range' };
      if (params.get(after)) range.after = `${params.get(after)}T00:00:00.000Z`;
      if (params.get(before)) range.before = `${params.get(before)}T23:59:59.999Z`;
      body[name] = range;
    },
  };
}
