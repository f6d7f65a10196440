import { WORKFLOW_SCOPES, workflowSample } from '../../families/workflows';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_workflows',
  noun: 'Workflow',
  label: 'New Workflow',
  catalog: 'List Workflows',
  description: 'Triggers when a workflow (automation) is added to the connected sub-account; also lists workflows for dropdowns.',
  endpoint: 'GET /workflows/',
  scopes: WORKFLOW_SCOPES.read,
  location: 'query',
  list: 'workflows',
  newest: 'createdAt',
  sample: workflowSample,
  outputLabels: { id: 'Workflow ID', name: 'Workflow Name' },
});
