import { LIST_PAGE_SIZE, listPage, surveySample, SURVEY_SCOPES } from '../../families/forms';
import { trigger } from '../../steps/define';

// Feeds the Survey dropdown; dropdowns page on with `skip`.
export default trigger({
  key: 'list_surveys',
  noun: 'Survey',
  label: 'List Surveys',
  description: 'Triggers when a survey is added to the connected sub-account.',
  endpoint: 'GET /surveys/',
  scopes: SURVEY_SCOPES.read,
  hidden: true,
  location: 'query',
  pageSize: LIST_PAGE_SIZE,
  request: listPage,
  list: 'surveys',
  sample: surveySample,
  outputLabels: { id: 'Survey ID', name: 'Survey Name' },
});
