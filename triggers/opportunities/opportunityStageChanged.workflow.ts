import { workflowHook } from '../../steps/define';
import opportunityStageChanged from './opportunityStageChanged';
import {
  opportunityAsWebhookPayload,
  opportunityWebhookLabels,
  opportunityWebhookPayload,
  presentOpportunityPayload,
} from './opportunityEvents.workflow';

export default workflowHook({
  key: 'opportunity_stage_changed_instant',
  noun: 'Opportunity',
  label: 'Opportunity Stage Changed (Instant, via Workflow)',
  description: 'Triggers when an opportunity moves to another pipeline stage (instant, via a workflow Webhook action).',
  workflowTrigger: 'Pipeline Stage Changed',
  workflowFilter: 'its filters to the pipeline (and stages) to watch, or none for every pipeline',
  fallback: { step: opportunityStageChanged, asPayload: opportunityAsWebhookPayload },
  present: presentOpportunityPayload,
  samplePayload: opportunityWebhookPayload,
  outputLabels: opportunityWebhookLabels,
});
