import { USER_ROLES, USER_SCOPES, USER_TYPES, userOutputLabels, userSample, withUserName } from '../../families/users';
import { trigger } from '../../steps/define';
import type { FieldSpec } from '../../steps/fields';

const fields: FieldSpec[] = [
  {
    key: 'query',
    label: 'Search Text',
    helpText: "Matches the user's full name, email or phone. Leave empty for every new user.",
    example: 'sam',
  },
  {
    key: 'type',
    label: 'User Type',
    choices: USER_TYPES,
    helpText: 'Only sub-account users or only agency users; leave empty for both.',
    example: 'account',
  },
  { key: 'role', label: 'Role', choices: USER_ROLES, helpText: 'Only admins or only users; leave empty for both.', example: 'user' },
];

export default trigger({
  key: 'search_users',
  noun: 'User',
  label: 'New User (Matching Search)',
  catalog: 'Search Users',
  description:
    "Triggers when a new HighLevel user (team member) of the sub-account matches your search. Uses the connection's agency (Company) ID.",
  endpoint: 'GET /users/search',
  scopes: USER_SCOPES.read,
  fields,
  // One request per poll, newest first; dropdowns page on with skip/limit.
  company: 'query',
  location: 'query',
  access: 'agencyOrAdmin',
  request: (_input, _bundle, { page, limit }) => ({
    query: {
      sort: 'dateAdded',
      sortDirection: 'desc',
      skip: String(page * limit),
      limit: String(limit),
    },
  }),
  list: 'users',
  item: withUserName,
  sample: userSample,
  outputLabels: userOutputLabels,
});
