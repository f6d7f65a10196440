import { formSample, FORM_SCOPES, LIST_PAGE_SIZE, listPage } from '../../families/forms';
import { trigger } from '../../steps/define';

// Feeds the Form dropdown; dropdowns page on with `skip`.
export default trigger({
  key: 'list_forms',
  noun: 'Form',
  label: 'List Forms',
  description: 'Triggers when a form is added to the connected sub-account.',
  endpoint: 'GET /forms/',
  scopes: FORM_SCOPES.read,
  hidden: true,
  location: 'query',
  pageSize: LIST_PAGE_SIZE,
  request: listPage,
  list: 'forms',
  sample: formSample,
  outputLabels: { id: 'Form ID', name: 'Form Name' },
});
