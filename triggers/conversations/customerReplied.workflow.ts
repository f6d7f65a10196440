import { workflowHook } from '../../steps/define';
import newInboundMessage from './newInboundMessage';
import { presentReplyPayload, replyAsWebhookPayload, replyWebhookLabels, replyWebhookPayload } from './messageEvents.workflow';

// HighLevel's "Customer Replied" workflow trigger posts the contact and the message; "Test trigger"
// shows the latest inbound messages (New Inbound Message, any channel or the one chosen).
export default workflowHook({
  key: 'customer_replied_instant',
  noun: 'Message',
  label: 'Customer Replied (Instant, via Workflow)',
  description: 'Triggers when a contact replies or writes in on any channel (instant, via a workflow Webhook action).',
  workflowTrigger: 'Customer Replied',
  workflowFilter: 'its filters to the channel (SMS, email, chat...) if you want only some replies',
  fallback: { step: newInboundMessage, asPayload: replyAsWebhookPayload, sampleFilters: ['channel'] },
  present: presentReplyPayload,
  samplePayload: replyWebhookPayload,
  outputLabels: replyWebhookLabels,
});
