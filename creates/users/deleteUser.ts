import { USER_SCOPES, userIdField } from '../../families/users';
import { create } from '../../steps/define';

export default create({
  key: 'delete_user',
  noun: 'User',
  label: 'Delete User',
  description:
    "Deletes a team member (HighLevel user); HighLevel finishes it within a few minutes. May need an agency (Company) connection or a sub-account admin's connection.",
  endpoint: 'DELETE /users/{userId}',
  scopes: USER_SCOPES.write,
  fields: [userIdField],
  access: 'agencyOrAdmin',
  what: (input) => `User ${input.userId}`,
  result: (data, input) => ({ id: input.userId, success: data?.succeded ?? data?.succeeded ?? true, message: data?.message ?? '' }),
  sample: {
    id: 'y0BeYjuRIlDwsDcOHOJo',
    success: true,
    message: 'Queued deleting user with e-mail sam@example.com and name Sam Rivera. Will take effect in a few minutes.',
  },
  outputLabels: { id: 'Deleted User ID', message: 'HighLevel Message' },
});
