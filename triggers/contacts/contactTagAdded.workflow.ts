import { workflowHook } from '../../steps/define';
import newContact from './newContact';
import { contactAsWebhookPayload, contactWebhookLabels, contactWebhookPayload } from './contactEvents.workflow';

// HighLevel's "Contact Tag" workflow trigger, filtered on the tag, posts the tagged contact.
export default workflowHook({
  key: 'contact_tag_added_instant',
  noun: 'Contact',
  label: 'Contact Tag Added (Instant, via Workflow)',
  description: 'Triggers when a tag is added to a contact (instant, via a workflow Webhook action).',
  workflowTrigger: 'Contact Tag',
  workflowFilter: 'the filter "Tag Added" to the tag (or tags) to watch',
  // The Contact Tag Added polling trigger needs a tag; "Test trigger" shows recent contacts instead.
  fallback: { step: newContact, asPayload: contactAsWebhookPayload },
  samplePayload: contactWebhookPayload,
  outputLabels: contactWebhookLabels,
});
