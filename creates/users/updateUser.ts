import { oneUserSample, USER_SCOPES, userFields, userIdField, userOutputLabels } from '../../families/users';
import { create } from '../../steps/define';

const fields = [userIdField, ...userFields({ isNew: false })];

export default create({
  key: 'update_user',
  noun: 'User',
  label: 'Update User',
  description:
    "Changes a team member (HighLevel user): name, phone, password, role or sub-accounts. Empty fields stay as they are. May need an agency (Company) connection or a sub-account admin's connection.",
  endpoint: 'PUT /users/{userId}',
  scopes: USER_SCOPES.write,
  fields,
  access: 'agencyOrAdmin',
  what: (input) => `User ${input.userId}`,
  // HighLevel wants the agency (Company) ID for agency-level access; it is the connection's own.
  // Optional here (not `company: 'body'`), so a connection without one can still update users.
  request: (_input, bundle) => ({ body: bundle.authData?.companyId ? { companyId: bundle.authData.companyId } : {} }),
  sample: oneUserSample,
  outputLabels: userOutputLabels,
});
