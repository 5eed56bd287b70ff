// Which relations each kind's page shows, in order.
import { identities } from './identities.js';
import { userGroups, groupMembers } from './memberships.js';
import { tagging } from './tagging.js';
import { revOrgOf, associations } from './rev-org-links.js';
import { revOrgsOfAccount, usersOfAccount, usersOfRevOrg, usesOfTag } from './org-relations.js';

export const RELATIONS = {
  'dev-users': (user, reload) => [identities(user, reload), userGroups(user, 'dev_user', reload)],
  'rev-users': (user, reload) => [revOrgOf(user, reload), associations(user, reload),
    tagging(user, 'rev-users.update', reload), userGroups(user, 'rev_user', reload)],
  accounts: (account, reload) => [revOrgsOfAccount(account), usersOfAccount(account),
    tagging(account, 'accounts.update', reload)],
  'rev-orgs': (org, reload) => [usersOfRevOrg(org), tagging(org, 'rev-orgs.update', reload)],
  tags: (tag) => [usesOfTag(tag)],
  groups: (group, reload) => [groupMembers(group, reload)],
};
