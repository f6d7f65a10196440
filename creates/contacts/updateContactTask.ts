import { parentContactIdField, CONTACT_SCOPES, taskFields, taskIdField, taskSample } from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  key: 'update_contact_task',
  noun: 'Task',
  label: 'Update Contact Task',
  description: "Changes a contact's task; fields left empty stay as they are.",
  endpoint: 'PUT /contacts/{contactId}/tasks/{taskId}',
  scopes: CONTACT_SCOPES.write,
  fields: [parentContactIdField, taskIdField, ...taskFields(false)],
  what: (i) => `Task ${i.taskId} of contact ${i.contactId}`,
  result: 'task',
  sample: taskSample,
  outputLabels: { id: 'Task ID', assignedTo: 'Assigned User ID' },
});
