// Opportunity events from a "Pipeline Stage Changed" workflow's Webhook action: the payload's shape,
// its labelled fields and the sample.
import { firstValue, isObject } from '../../highlevel/answers';
import { compact } from '../../highlevel/request';

/** An opportunity as the Webhook action of a "Pipeline Stage Changed" workflow posts it. */
export const opportunityAsWebhookPayload = (o: Record<string, any>): Record<string, any> => ({
  contact_id: o.contactId ?? o.contact?.id,
  full_name: o.contact?.name,
  email: o.contact?.email,
  phone: o.contact?.phone,
  company_name: o.contact?.companyName,
  tags: Array.isArray(o.contact?.tags) ? o.contact.tags.join(',') : o.contact?.tags,
  opportunity_id: o.opportunityId ?? o.id,
  opportunity_name: o.name,
  status: o.status,
  lead_value: o.monetaryValue,
  opportunity_source: o.source,
  pipeline_id: o.pipelineId,
  pipeline_name: o.pipelineName,
  pipeline_stage_id: o.pipelineStageId,
  // HighLevel's own spelling in its workflow payloads.
  pipleline_stage: o.stageName,
  assigned_to: o.assignedTo,
  date_created: o.createdAt,
  location: { id: o.locationId },
});

/** Clean labelled opportunity fields of a workflow payload, whichever spelling it uses. */
export const presentOpportunityPayload = (p: Record<string, any>) => {
  const o = isObject(p.opportunity) ? p.opportunity : {};
  return compact({
    // The Webhook action posts the opportunity's own ID as the top-level `id` (beside `opportunity_name`).
    opportunityId: firstValue(p.opportunity_id, p.opportunityId, o.id, p.opportunity_name !== undefined ? p.id : undefined),
    opportunityName: firstValue(p.opportunity_name, p.opportunityName, o.name),
    stageName: firstValue(p.pipleline_stage, p.pipeline_stage, p.stageName, p.stage_name, o.stageName),
    stageId: firstValue(p.pipeline_stage_id, p.pipelineStageId, o.pipelineStageId),
    pipelineName: firstValue(p.pipeline_name, p.pipelineName, o.pipelineName),
    pipelineId: firstValue(p.pipeline_id, p.pipelineId, o.pipelineId),
    opportunityStatus: firstValue(p.status, o.status),
    value: firstValue(p.lead_value, p.monetaryValue, o.monetaryValue),
  });
};

/** What the Webhook action of a "Pipeline Stage Changed" workflow posts: the instant trigger's sample payload. */
export const opportunityWebhookPayload = {
  contact_id: 'seD4PfOuKoVMLkEZqohJ',
  full_name: 'Jane Doe',
  email: 'jane@example.com',
  phone: '+14155550123',
  company_name: 'Acme Plumbing',
  tags: 'rankr-lead,seo',
  opportunity_id: 'yWQobCRIhRguQtD2llvk',
  opportunity_name: 'Local SEO package - Acme Plumbing',
  status: 'open',
  lead_value: 1500,
  opportunity_source: 'Rankr',
  pipeline_id: 'VDm7RPYC2GLUvdpKmBfC',
  pipeline_name: 'SEO Sales',
  pipeline_stage_id: '7915dedc-8f18-44d5-8bc3-77c04e994a10',
  pipleline_stage: 'Proposal Sent',
  assigned_to: 'y0BeYjuRIlDwsDcOHOJo',
  date_created: '2026-11-20T09:31:30.255Z',
  location: { id: 've9EPM428h8vShlRW1KT', name: 'Acme Plumbing' },
  workflow: { id: 'b2f0a8d1-6c3e-4f57-9a7e-1d2c3b4a5f60', name: 'Deal moved' },
  triggerData: {},
  customData: {},
};

export const opportunityWebhookLabels = {
  opportunity_id: 'Opportunity ID (as Posted)',
  pipleline_stage: 'Stage (as Posted)',
  lead_value: 'Value (as Posted)',
  opportunityId: 'Opportunity ID',
  opportunityName: 'Opportunity Name',
  stageName: 'Stage Name',
  stageId: 'Stage ID',
  pipelineName: 'Pipeline Name',
  pipelineId: 'Pipeline ID',
  opportunityStatus: 'Opportunity Status',
  value: 'Value',
};
