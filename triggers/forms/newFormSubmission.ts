import { submissionTrigger } from '../../families/forms';
import { trigger } from '../../steps/define';

// Dedupe key: the submission `id` (a submission never changes).
export default trigger({
  ...submissionTrigger('form'),
  key: 'new_form_submission',
  label: 'New Form Submission',
  description: 'Triggers when someone submits a form of the sub-account (the chosen form, or any form), with each answer as its own field.',
  endpoint: 'GET /forms/submissions',
});
