import { appEventHook } from '../../steps/define';
import taskCompleted from './taskCompleted';
import { taskEvents } from './contactEvents.appEvent';

export default appEventHook({
  key: 'task_completed_hook',
  noun: 'Task',
  label: 'Task Completed (Instant)',
  description: 'Triggers when a task of any contact is marked completed.',
  events: ['TaskComplete'],
  adapter: taskEvents,
  list: { step: taskCompleted },
});
