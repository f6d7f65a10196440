import { taskEvents } from '../../families/contacts';
import { restHook } from '../../steps/restHook';
import taskCompleted from '../contacts/taskCompleted';

export default restHook({
  key: 'task_completed_hook',
  noun: 'Task',
  label: 'Task Completed (Instant)',
  description: 'Triggers when a task of any contact is marked completed.',
  events: ['TaskComplete'],
  family: taskEvents,
  list: { step: taskCompleted },
});
