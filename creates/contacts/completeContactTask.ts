import { parentContactIdField, CONTACT_SCOPES, taskIdField, taskSample } from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  key: 'complete_contact_task',
  noun: 'Task',
  label: 'Complete Contact Task',
  description: "Marks a contact's task as done (or reopens it).",
  endpoint: 'PUT /contacts/{contactId}/tasks/{taskId}/completed',
  scopes: CONTACT_SCOPES.write,
  fields: [
    parentContactIdField,
    taskIdField,
    {
      key: 'completed',
      label: 'Completed',
      type: 'boolean',
      default: 'true',
      helpText: 'Yes marks the task done; No reopens it.',
      example: true,
    },
  ],
  request: (input) => ({ body: { completed: input.completed ?? true } }),
  what: (i) => `Task ${i.taskId} of contact ${i.contactId}`,
  result: 'task',
  sample: { ...taskSample, completed: true },
  outputLabels: { id: 'Task ID', assignedTo: 'Assigned User ID' },
});
