import { parentContactIdField, CONTACT_SCOPES, taskIdField, taskSample } from '../../families/contacts';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_contact_task',
  noun: 'Task',
  label: 'Task Updated (Chosen Task)',
  catalog: 'Get Contact Task by ID',
  description: 'Triggers when the chosen task changes (title, due date, assignee or completion).',
  endpoint: 'GET /contacts/{contactId}/tasks/{taskId}',
  scopes: CONTACT_SCOPES.read,
  fields: [parentContactIdField, taskIdField],
  record: 'task',
  // Tasks carry no updated stamp: a hash of their content marks a change.
  dedupe: { changedBy: 'content', idAs: 'taskId' },
  what: (i) => `Task ${i.taskId} of contact ${i.contactId}`,
  sample: () => ({ ...taskSample, id: `${taskSample.id}:${contentHash(taskSample)}`, taskId: taskSample.id }),
  outputLabels: { id: 'Change ID', taskId: 'Task ID', assignedTo: 'Assigned User ID' },
});
