import { contactIdField, CONTACT_SCOPES, taskSample } from '../../families/contacts';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_contact_tasks',
  noun: 'Task',
  label: 'New Task (Chosen Contact)',
  catalog: 'Get Contact Tasks',
  description: 'Triggers when a new task is added to the chosen contact.',
  endpoint: 'GET /contacts/{contactId}/tasks',
  scopes: CONTACT_SCOPES.read,
  fields: [contactIdField],
  list: 'tasks',
  newest: 'dueDate',
  what: (i) => `Contact ${i.contactId}`,
  sample: taskSample,
  outputLabels: { id: 'Task ID', assignedTo: 'Assigned User ID' },
});
