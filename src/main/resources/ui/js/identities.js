// A dev user's linked identities: each can be unlinked, and a new one linked.
import { h } from './dom.js';
import { call } from './api.js';
import * as F from './fields.js';
import { apiForm } from './forms.js';
import { section, rows, actionButton } from './section.js';

export function identities(user, reload) {
  return section('Identities', async () => [
    rows(user.external_identities || [], 'No linked identities.', (identity) => [
      h('span', {}, `${identity.issuer}: ${identity.id}`, identity.display_name ? ` (${identity.display_name})` : ''),
      ' ',
      actionButton('Unlink', `Unlink the ${identity.issuer} identity ${identity.id}`, 'dev-users.identities.unlink',
        { dev_user: user.id, issuer: identity.issuer }, reload, `Unlinked the ${identity.issuer} identity.`),
    ]),
    linkForm(user, reload),
  ]);
}

function linkForm(user, reload) {
  const controls = [F.text('issuer', 'Issuer', { required: true }), F.text('id', 'ID at the issuer', { required: true }),
    F.text('display_name', 'Display name at the issuer')].map((f) => F.control(f, ''));
  return apiForm({ name: 'Link an identity', controls, submit: 'Link identity', className: 'form inline',
    action: async (values) => {
      const body = { dev_user: user.id, issuer: values.issuer, id: values.id };
      if (values.display_name) body.display_name = values.display_name;
      await call('dev-users.identities.link', body);
      reload(`Linked the ${values.issuer} identity.`);
    } });
}
