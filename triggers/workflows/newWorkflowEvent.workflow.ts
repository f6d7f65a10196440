import { workflowHook } from '../../steps/define';
import searchContacts from '../contacts/searchContacts';
import { contactAsWebhookPayload, contactWebhookLabels, contactWebhookPayload } from '../contacts/contactEvents.workflow';

// Any workflow event: whatever the workflow's trigger, its Webhook action posts the contact.
export default workflowHook({
  key: 'new_workflow_event',
  noun: 'Event',
  label: 'New Workflow Event (Instant, via Workflow)',
  description:
    'Triggers when a HighLevel workflow reaches its Webhook or Custom Webhook action, whatever started it (instant, via a workflow Webhook action).',
  workflowTrigger: 'any one you need (Form Submitted, Contact Tag, Pipeline Stage Changed, Payment Received...)',
  fallback: { step: searchContacts, asPayload: contactAsWebhookPayload },
  samplePayload: contactWebhookPayload,
  outputLabels: contactWebhookLabels,
});
