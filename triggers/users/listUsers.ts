import { USER_SCOPES, userOutputLabels, userSample, withUserName } from '../../families/users';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_users',
  noun: 'User',
  label: 'New User',
  catalog: 'List Users by Location',
  description: 'Triggers when a user (team member) is added to the connected sub-account; also lists users for dropdowns.',
  endpoint: 'GET /users/',
  scopes: USER_SCOPES.read,
  location: 'query',
  list: 'users',
  item: withUserName,
  sample: userSample,
  outputLabels: userOutputLabels,
});
