import { trigger } from '../../steps/define';
import { subAccountTaskSample, taskOutputLabels, taskSearch } from './contactEvents';

export default trigger({
  ...taskSearch(true, 'dateUpdated'),
  key: 'task_completed',
  noun: 'Task',
  label: 'Task Completed',
  description: 'Triggers when a task of any contact in the sub-account is marked completed.',
  // Dedupe: task ID + its completion (`taskId:true`). HighLevel keeps no completion time, so a task
  // fires the first time it is seen completed; reopening and completing it again, or editing it while
  // done, does not fire again (an accidental untick and tick does not run the Zap twice).
  dedupe: { changedBy: 'completed', idAs: 'taskId' },
  sample: { ...subAccountTaskSample, id: `${subAccountTaskSample.id}:true`, taskId: subAccountTaskSample.id, completed: true },
  outputLabels: { ...taskOutputLabels, id: 'Completion ID', taskId: 'Task ID' },
});
