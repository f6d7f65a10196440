import { contactIdField, CONTACT_SCOPES, taskFields, taskSample } from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  key: 'create_contact_task',
  noun: 'Task',
  label: 'Create Contact Task',
  description: 'Adds a to-do task with a due date to a contact, for example from a new Rankr task.',
  endpoint: 'POST /contacts/{contactId}/tasks',
  scopes: CONTACT_SCOPES.write,
  fields: [contactIdField, ...taskFields(true)],
  // HighLevel requires `completed`; a new task is open unless the user says otherwise.
  request: (input) => ({ body: { completed: input.completed ?? false } }),
  what: (i) => `Contact ${i.contactId}`,
  result: 'task',
  sample: taskSample,
  outputLabels: { id: 'Task ID', assignedTo: 'Assigned User ID' },
});
