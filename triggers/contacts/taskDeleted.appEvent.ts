import { appEventHook } from '../../steps/define';
import newTask from './newTask';
import { taskEvents } from './contactEvents.appEvent';

export default appEventHook({
  key: 'task_deleted_hook',
  noun: 'Task',
  label: 'Task Deleted (Instant)',
  description: 'Triggers when a task of any contact in the sub-account is deleted, with its details as they were.',
  events: ['TaskDelete'],
  adapter: taskEvents,
  list: { step: newTask },
});
