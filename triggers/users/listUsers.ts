import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_users',
  noun: 'User',
  label: 'List Users by Location',
  description: 'Triggers when a user is added to the connected sub-account.',
  endpoint: 'GET /users/',
  scopes: ['users.readonly'],
  location: 'query',
  list: 'users',
  item: (u) => ({ ...u, name: u.name || [u.firstName, u.lastName].filter(Boolean).join(' ') || u.email || u.id }),
  sample: {
    id: 'y0BeYjuRIlDwsDcOHOJo',
    name: 'Sam Rivera',
    firstName: 'Sam',
    lastName: 'Rivera',
    email: 'sam@example.com',
    phone: '+14155550188',
    roles: { type: 'account', role: 'user' },
  },
  outputLabels: { id: 'User ID', roles__type: 'Role Type', roles__role: 'Role' },
});
