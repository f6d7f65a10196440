import { contactIdField, CONTACT_SCOPES } from '../../families/contacts';
import { workflowIdField } from '../../families/workflows';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'remove_contact_from_workflow',
  noun: 'Workflow',
  label: 'Remove from Workflow',
  description: 'Takes a contact out of a HighLevel workflow (automation), stopping its remaining steps for that contact.',
  endpoint: 'DELETE /contacts/{contactId}/workflow/{workflowId}',
  scopes: CONTACT_SCOPES.write,
  fields: [contactIdField, workflowIdField],
  // The document requires a JSON body here (its fields only matter when enrolling): send an empty one.
  request: () => ({ body: {} }),
  what: (i) => `Contact ${i.contactId} or workflow ${i.workflowId}`,
  result: confirmation('contactId', (i) => ({ workflowId: i.workflowId })),
  sample: { id: 'seD4PfOuKoVMLkEZqohJ', success: true, workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9' },
  outputLabels: { id: 'Contact ID' },
});
