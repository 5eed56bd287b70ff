// Where a rev user belongs: its rev org (with that rev org's account), and its associations.
import { h } from './dom.js';
import { call } from './api.js';
import * as F from './fields.js';
import { apiForm } from './forms.js';
import { section, rows, actionButton } from './section.js';
import { summaryLink } from './values.js';

export function revOrgOf(user, reload) {
  return section('Rev org and account', async () => {
    const controls = [F.control(F.id('rev_org', 'Rev org ID', { required: true }), '')];
    const link = apiForm({ name: 'Link to a rev org', controls, submit: 'Link to rev org', className: 'form inline',
      action: async (values) => {
        await call('rev-users.link', { id: user.id, rev_org: values.rev_org });
        reload(`Linked to ${values.rev_org}.`);
      } });
    if (!user.rev_org) return [h('p', { class: 'empty' }, 'Linked to no rev org.'), link];
    const org = (await call('rev-orgs.get', { id: user.rev_org.id })).rev_org;
    return [
      h('dl', { class: 'fields' },
        h('dt', {}, 'Rev org'), h('dd', {}, summaryLink(user.rev_org), ' ',
          actionButton('Unlink', `Unlink from rev org ${org.display_name}`, 'rev-users.unlink',
            { id: user.id, rev_org: user.rev_org.id }, reload, `Unlinked from ${org.display_name}.`)),
        h('dt', {}, 'Account'), h('dd', {}, org.account ? summaryLink(org.account) : 'none')),
      link,
    ];
  });
}

export function associations(user, reload) {
  return section('Associations', async () => {
    const list = (await call('rev-users.associations.list', { rev_user_id: user.id, limit: 100 })).associations || [];
    const controls = [F.control(F.id('associations', 'Account or rev org ID', { required: true }), '')];
    return [
      rows(list, 'No associations.', (a) => [summaryLink(a.associated_to), ' ',
        actionButton('Remove', `Remove the association with ${a.associated_to.display_name || a.associated_to.display_id}`,
          'rev-users.associations.remove', { rev_user_id: user.id, associations: [a.associated_to.id] }, reload,
          'Association removed.')]),
      apiForm({ name: 'Add an association', controls, submit: 'Add association', className: 'form inline',
        action: async (values) => {
          await call('rev-users.associations.add',
            { rev_user_id: user.id, associations: [{ associated_to: values.associations }] });
          reload(`Associated with ${values.associations}.`);
        } }),
    ];
  });
}
