import { OPPORTUNITY_SCOPES, pipelineSample } from '../../families/opportunities';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_pipelines',
  noun: 'Pipeline',
  label: 'New Pipeline',
  catalog: 'List Pipelines',
  description: 'Triggers when a pipeline is added to the connected sub-account; also lists pipelines for dropdowns.',
  endpoint: 'GET /opportunities/pipelines',
  scopes: OPPORTUNITY_SCOPES.read,
  location: 'query',
  list: 'pipelines',
  sample: pipelineSample,
  outputLabels: {
    id: 'Pipeline ID',
    name: 'Pipeline Name',
    'stages[]id': 'Stage IDs',
    'stages[]name': 'Stage Names',
    'stages[]position': 'Stage Positions',
  },
});
