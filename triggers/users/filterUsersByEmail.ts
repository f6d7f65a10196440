import { USER_SCOPES, userOutputLabels, userSample, withUserName } from '../../families/users';
import { trigger } from '../../steps/define';
import type { FieldSpec } from '../../steps/fields';

const fields: FieldSpec[] = [
  {
    key: 'emails',
    label: 'Emails',
    type: 'list',
    required: true,
    in: 'none',
    helpText: 'Login emails of the users to find, one per line or separated by commas.',
    example: ['sam@example.com', 'alex@example.com'],
  },
  {
    key: 'deleted',
    label: 'Deleted Users',
    type: 'boolean',
    default: 'false',
    helpText: 'Yes finds deleted users with these emails instead of active ones.',
    example: false,
  },
];

export default trigger({
  key: 'filter_users_by_email',
  noun: 'User',
  label: 'New User (Matching Emails)',
  catalog: 'Filter Users by Email',
  description:
    'Triggers when a HighLevel user with one of the given emails appears in the agency. Needs an agency (Company) connection: HighLevel refuses sub-account connections here.',
  endpoint: 'POST /users/search/filter-by-email',
  scopes: USER_SCOPES.read,
  fields,
  company: 'body',
  access: 'agency',
  // HighLevel wants the emails as one comma-separated string, and skip/limit as strings.
  request: (input, _bundle, { page, limit }) => ({
    body: { emails: (input.emails as string[]).join(','), projection: 'all', skip: String(page * limit), limit: String(limit) },
  }),
  list: 'users',
  item: withUserName,
  sample: userSample,
  outputLabels: userOutputLabels,
});
