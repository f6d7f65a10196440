import { submissionTrigger } from '../../families/forms';
import { trigger } from '../../steps/define';

// Dedupe key: the submission `id` (a submission never changes).
export default trigger({
  ...submissionTrigger('survey'),
  key: 'new_survey_submission',
  label: 'New Survey Submission',
  description:
    'Triggers when someone completes a survey of the sub-account (the chosen survey, or any survey), with each answer as its own field.',
  endpoint: 'GET /surveys/submissions',
});
