import { OPPORTUNITY_SCOPES, opportunityFields, opportunityForm, presentOpportunity } from '../../families/opportunities';
import { create } from '../../steps/define';

export default create({
  ...opportunityForm,
  key: 'create_opportunity',
  noun: 'Opportunity',
  label: 'Create Opportunity',
  description: 'Creates a deal for a contact in a pipeline stage, with its value, owner and custom fields.',
  endpoint: 'POST /opportunities/',
  scopes: OPPORTUNITY_SCOPES.write,
  fields: opportunityFields({ isNew: true }),
  location: 'body',
  result: (data) => presentOpportunity(data.opportunity ?? {}),
});
