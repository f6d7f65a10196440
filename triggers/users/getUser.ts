import { recordIn } from '../../highlevel/answers';
import { oneUserSample as userSample, USER_SCOPES, userIdField, userOutputLabels } from '../../families/users';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_user',
  noun: 'User',
  label: 'User Updated (Chosen User)',
  catalog: 'Get User',
  description: 'Triggers when the chosen HighLevel user (team member) changes: name, phone, role or sub-accounts.',
  endpoint: 'GET /users/{userId}',
  scopes: USER_SCOPES.read,
  fields: [userIdField],
  access: 'agencyOrAdmin',
  what: (input) => `User ${input.userId}`,
  // HighLevel answers with the user itself.
  record: (data) => recordIn(data, 'user'),
  // Users carry no updated stamp: a hash of their content marks a change.
  dedupe: { changedBy: 'content', idAs: 'userId' },
  sample: () => ({ ...userSample, id: `${userSample.id}:${contentHash(userSample)}`, userId: userSample.id }),
  outputLabels: { ...userOutputLabels, id: 'Change ID', userId: 'User ID' },
});
