import { trigger } from '../../steps/define';
import { subAccountTaskSample, taskOutputLabels, taskSearch } from './contactEvents';

export default trigger({
  ...taskSearch(false, 'dateAdded'),
  key: 'new_task',
  noun: 'Task',
  label: 'New Task',
  description: 'Triggers when a task is added to any contact in the sub-account.',
  // Dedupe: `id`, the task's own ID: each task fires once, however often it is edited.
  sample: subAccountTaskSample,
  outputLabels: taskOutputLabels,
});
