import { oneUserSample, USER_SCOPES, userFields, userOutputLabels } from '../../families/users';
import { connectedLocation } from '../../highlevel/connection';
import { create } from '../../steps/define';

const fields = userFields({ isNew: true });

export default create({
  key: 'create_user',
  noun: 'User',
  label: 'Create User',
  description:
    "Adds a team member (HighLevel user) to the sub-account, or to the sub-accounts you list. Managing users may need an agency (Company) connection or a sub-account admin's connection.",
  endpoint: 'POST /users/',
  scopes: USER_SCOPES.write,
  fields,
  company: 'body',
  access: 'agencyOrAdmin',
  // No sub-accounts given: the connected one (or, on an agency connection, the one chosen in the step).
  request: (input, bundle) => ({
    body: input.locationIds ? {} : { locationIds: [connectedLocation(bundle)] },
  }),
  sample: oneUserSample,
  outputLabels: userOutputLabels,
});
