import { agencyOrAdmin, callWith, USER_SCOPES, userFields, userIdField, userOutputLabels, userSample } from '../../families/users';
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
  // HighLevel wants the agency (Company) ID for agency-level access; it is the connection's own.
  perform: agencyOrAdmin('change this user', (z, bundle, input) =>
    callWith(z, bundle, 'PUT /users/{userId}', fields, input, {
      body: bundle.authData?.companyId ? { companyId: bundle.authData.companyId } : {},
      what: `User ${input.userId}`,
    }),
  ),
  sample: userSample,
  outputLabels: userOutputLabels,
});
