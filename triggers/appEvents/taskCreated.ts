import { taskEvents } from '../../families/contacts';
import { appEventHook } from '../../steps/define';
import newTask from '../contacts/newTask';

export default appEventHook({
  key: 'task_created_hook',
  noun: 'Task',
  label: 'Task Created (Instant)',
  description: 'Triggers when a task is added to any contact in the sub-account.',
  events: ['TaskCreate'],
  adapter: taskEvents,
  list: { step: newTask },
});
