import { OPPORTUNITY_SCOPES, opportunityIdField, statusField } from '../../families/opportunities';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'update_opportunity_status',
  noun: 'Opportunity',
  label: 'Update Opportunity Status',
  description: 'Marks an opportunity open, won, lost or abandoned.',
  endpoint: 'PUT /opportunities/{id}/status',
  scopes: OPPORTUNITY_SCOPES.write,
  fields: [
    opportunityIdField,
    statusField(true, 'The new status: open, won, lost or abandoned.'),
    // No lostReasonId: no endpoint of the contract lists lost reasons, so it could only be typed blind.
  ],
  what: (i) => `Opportunity ${i.opportunityId}`,
  result: confirmation('opportunityId', (i) => ({ status: i.status })),
  sample: { id: 'yWQobCRIhRguQtD2llvk', success: true, status: 'won' },
  outputLabels: { id: 'Opportunity ID', status: 'New Status' },
});
