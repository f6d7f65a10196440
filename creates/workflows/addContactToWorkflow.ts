import { contactIdField, CONTACT_SCOPES } from '../../families/contacts';
import { workflowIdField } from '../../families/workflows';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'add_contact_to_workflow',
  noun: 'Workflow',
  label: 'Add Contact to Workflow',
  description: 'Enrolls a contact in a HighLevel workflow (automation), optionally with the time its event starts.',
  endpoint: 'POST /contacts/{contactId}/workflow/{workflowId}',
  scopes: CONTACT_SCOPES.write,
  fields: [
    contactIdField,
    workflowIdField,
    {
      key: 'eventStartTime',
      label: 'Event Start Time',
      type: 'datetime',
      example: '2026-11-25T15:00:00Z',
      helpText: 'For workflows that wait for an event (like an appointment): when the event starts, date and time. Leave empty otherwise.',
    },
  ],
  what: (i) => `Contact ${i.contactId} or workflow ${i.workflowId}`,
  result: confirmation('contactId', (i) => ({ workflowId: i.workflowId })),
  sample: { id: 'seD4PfOuKoVMLkEZqohJ', success: true, workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9' },
  outputLabels: { id: 'Contact ID' },
});
