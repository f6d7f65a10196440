import { parentContactIdField, CONTACT_SCOPES, taskIdField } from '../../families/contacts';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'delete_contact_task',
  noun: 'Task',
  label: 'Delete Contact Task',
  description: "Deletes one of a contact's tasks.",
  endpoint: 'DELETE /contacts/{contactId}/tasks/{taskId}',
  scopes: CONTACT_SCOPES.write,
  fields: [parentContactIdField, taskIdField],
  what: (i) => `Task ${i.taskId} of contact ${i.contactId}`,
  result: confirmation('taskId', (i) => ({ contactId: i.contactId })),
  sample: { id: 'lJpzYrWdpkC2hX6t2yue', success: true, contactId: 'seD4PfOuKoVMLkEZqohJ' },
  outputLabels: { id: 'Deleted Task ID' },
});
