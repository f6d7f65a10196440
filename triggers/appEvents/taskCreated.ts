import { taskEvents } from '../../families/contacts';
import { restHook } from '../../steps/restHook';
import newTask from '../contacts/newTask';

export default restHook({
  key: 'task_created_hook',
  noun: 'Task',
  label: 'Task Created (Instant)',
  description: 'Triggers when a task is added to any contact in the sub-account.',
  events: ['TaskCreate'],
  family: taskEvents,
  list: { step: newTask },
});
