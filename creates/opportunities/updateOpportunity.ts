import {
  OPPORTUNITY_SCOPES,
  opportunityFields,
  opportunityForm,
  opportunityIdField,
  presentOpportunity,
} from '../../families/opportunities';
import { create } from '../../steps/define';

export default create({
  ...opportunityForm,
  key: 'update_opportunity',
  noun: 'Opportunity',
  label: 'Update Opportunity',
  description: 'Changes an opportunity: name, pipeline and stage, status, value, owner or custom fields. Empty fields stay as they are.',
  endpoint: 'PUT /opportunities/{id}',
  scopes: OPPORTUNITY_SCOPES.write,
  fields: [opportunityIdField, ...opportunityFields({ isNew: false })],
  what: (i) => `Opportunity ${i.opportunityId}`,
  result: (data) => presentOpportunity(data.opportunity ?? {}),
});
