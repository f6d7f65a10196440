import { OPPORTUNITY_SCOPES, opportunityIdField, statusField } from '../../families/opportunities';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'update_opportunity_status',
  noun: 'Opportunity',
  label: 'Update Opportunity Status',
  description: 'Marks an opportunity open, won, lost or abandoned, optionally with the reason it was lost.',
  endpoint: 'PUT /opportunities/{id}/status',
  scopes: OPPORTUNITY_SCOPES.write,
  fields: [
    opportunityIdField,
    statusField(true, 'The new status: open, won, lost or abandoned.'),
    { key: 'lostReasonId', label: 'Lost Reason ID', help: 'When marking it lost: the ID of one of the lost reasons set up in HighLevel (Opportunities settings).', example: 'CLu7BaljjqrEjBGKTNNe' },
  ],
  what: (i) => `Opportunity ${i.opportunityId}`,
  result: confirmation('opportunityId', (i) => ({ status: i.status })),
  sample: { id: 'yWQobCRIhRguQtD2llvk', success: true, status: 'won' },
  outputLabels: { id: 'Opportunity ID', status: 'New Status' },
});
