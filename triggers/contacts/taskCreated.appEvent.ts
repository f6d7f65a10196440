import { appEventHook } from '../../steps/define';
import newTask from './newTask';
import { taskEvents } from './contactEvents.appEvent';

export default appEventHook({
  key: 'task_created_hook',
  noun: 'Task',
  label: 'Task Created (Instant)',
  description: 'Triggers when a task is added to any contact in the sub-account.',
  events: ['TaskCreate'],
  adapter: taskEvents,
  list: { step: newTask },
});
