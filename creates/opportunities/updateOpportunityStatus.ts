import { lostReasonIdField, OPPORTUNITY_SCOPES, opportunityIdField, statusField } from '../../families/opportunities';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'update_opportunity_status',
  noun: 'Opportunity',
  label: 'Update Opportunity Status',
  description: 'Marks an opportunity open, won, lost (with a lost reason) or abandoned.',
  endpoint: 'PUT /opportunities/{id}/status',
  scopes: OPPORTUNITY_SCOPES.write,
  fields: [opportunityIdField, statusField(true, 'The new status: open, won, lost or abandoned.'), lostReasonIdField],
  what: (i) => `Opportunity ${i.opportunityId}`,
  result: confirmation('opportunityId', (i) => ({ status: i.status })),
  sample: { id: 'yWQobCRIhRguQtD2llvk', success: true, status: 'won' },
  outputLabels: { id: 'Opportunity ID', status: 'New Status' },
});
