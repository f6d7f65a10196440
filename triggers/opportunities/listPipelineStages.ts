import { OPPORTUNITY_SCOPES, stageSample, stagesOf } from '../../families/opportunities';
import { trigger } from '../../steps/define';

// Hidden: feeds the Stage dropdowns with the stages of the pipeline chosen in the same step.
export default trigger({
  key: 'list_pipeline_stages',
  noun: 'Stage',
  label: 'List Pipeline Stages',
  description: 'Triggers when a stage is added to a pipeline. Used for the Stage dropdowns.',
  endpoint: 'GET /opportunities/pipelines',
  scopes: OPPORTUNITY_SCOPES.read,
  hidden: true,
  fields: [
    {
      key: 'pipelineId',
      label: 'Pipeline',
      in: 'none',
      dynamic: 'list_pipelines.id.name',
      helpText: 'Only the stages of this pipeline; leave empty for every pipeline.',
      example: 'VDm7RPYC2GLUvdpKmBfC',
    },
  ],
  location: 'query',
  list: (data, input) => stagesOf(Array.isArray(data?.pipelines) ? data.pipelines : [], input.pipelineId),
  sample: stageSample,
  outputLabels: { id: 'Stage ID', name: 'Stage', stageName: 'Stage Name', pipelineId: 'Pipeline ID' },
});
