import { OPPORTUNITY_SCOPES, opportunityIdField } from '../../families/opportunities';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'delete_opportunity',
  noun: 'Opportunity',
  label: 'Delete Opportunity',
  description: 'Deletes an opportunity from its pipeline for good. The contact stays.',
  endpoint: 'DELETE /opportunities/{id}',
  scopes: OPPORTUNITY_SCOPES.write,
  fields: [opportunityIdField],
  what: (i) => `Opportunity ${i.opportunityId}`,
  result: confirmation('opportunityId'),
  sample: { id: 'yWQobCRIhRguQtD2llvk', success: true },
  outputLabels: { id: 'Deleted Opportunity ID' },
});
