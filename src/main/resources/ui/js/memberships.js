// Groups seen from both sides: the groups a user belongs to, and a group's members.
import { h } from './dom.js';
import { call } from './api.js';
import * as F from './fields.js';
import { apiForm } from './forms.js';
import { section, rows, actionButton } from './section.js';
import { summaryLink } from './values.js';

// The API lists members by group, not groups by member: read the groups of the user's kind and
// keep those that hold the user. Enough for the first hundred groups, which an admin page can live with.
async function groupsOf(userId, memberType) {
  const groups = (await call('groups.list', { member_type: [memberType], limit: 100 })).groups || [];
  const held = await Promise.all(groups.map(async (group) => {
    const members = (await call('groups.members.list', { group: group.id, limit: 100 })).members || [];
    return members.some((m) => m.member.id === userId) ? group : null;
  }));
  return held.filter((g) => g);
}

/** The groups a dev or rev user is in, with a way out of each and into another. */
export function userGroups(user, memberType, reload) {
  return section('Groups', async () => {
    const groups = await groupsOf(user.id, memberType);
    const controls = [F.control(F.id('group', 'Group ID', { required: true }), '')];
    return [
      rows(groups, 'In no group.', (group) => [summaryLink(group), ' ',
        actionButton('Remove', `Remove from group ${group.name}`, 'groups.members.remove',
          { group: group.id, member: user.id }, reload, `Removed from ${group.name}.`)]),
      apiForm({ name: 'Add to a group', controls, submit: 'Add to group', className: 'form inline',
        action: async (values) => {
          await call('groups.members.add', { group: values.group, member: user.id });
          reload(`Added to ${values.group}.`);
        } }),
    ];
  });
}

/** A group's members, in the order they joined. */
export function groupMembers(group, reload) {
  return section('Members', async () => {
    const members = (await call('groups.members.list', { group: group.id, limit: 100 })).members || [];
    const fields = [F.id('member', group.member_type === 'rev_user' ? 'Rev user ID' : 'Dev user ID', { required: true })];
    if (group.member_type === 'rev_user') fields.push(F.id('member_rev_org', 'Their rev org ID (optional)'));
    const controls = fields.map((f) => F.control(f, ''));
    return [
      rows(members, 'No members.', (m) => [summaryLink(m.member),
        m.member_rev_org ? h('span', {}, ' of ', summaryLink(m.member_rev_org)) : '', ' ',
        actionButton('Remove', `Remove ${m.member.display_name || m.member.display_id} from the group`,
          'groups.members.remove', { group: group.id, member: m.member.id }, reload, 'Member removed.')]),
      apiForm({ name: 'Add a member', controls, submit: 'Add member', className: 'form inline',
        action: async (values) => {
          const body = { group: group.id, member: values.member };
          if (values.member_rev_org) body.member_rev_org = values.member_rev_org;
          await call('groups.members.add', body);
          reload(`Added ${values.member}.`);
        } }),
    ];
  });
}
