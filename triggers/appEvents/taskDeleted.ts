import { taskEvents } from '../../families/contacts';
import { restHook } from '../../steps/restHook';
import newTask from '../contacts/newTask';

export default restHook({
  key: 'task_deleted_hook',
  noun: 'Task',
  label: 'Task Deleted (Instant)',
  description: 'Triggers when a task of any contact in the sub-account is deleted, with its details as they were.',
  events: ['TaskDelete'],
  family: taskEvents,
  list: { step: newTask },
});
