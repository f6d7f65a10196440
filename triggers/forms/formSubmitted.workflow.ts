import { workflowHook } from '../../steps/define';
import newFormSubmission from './newFormSubmission';
import { contactWebhookLabels, eventWebhookPayload } from '../contacts/contactEvents.workflow';
import { presentFormWebhook, submissionAsWebhookPayload } from './formEvents.workflow';

// HighLevel's "Form Submitted" workflow trigger; "Test trigger" shows recent real submissions.
export default workflowHook({
  key: 'form_submitted_instant',
  noun: 'Form Submission',
  label: 'Form Submitted (Instant, via Workflow)',
  description: 'Triggers when someone submits a HighLevel form (instant, via a workflow Webhook action).',
  workflowTrigger: 'Form Submitted',
  workflowFilter: 'the form to watch (or leave it open for every form)',
  fallback: { step: newFormSubmission, asPayload: submissionAsWebhookPayload },
  present: presentFormWebhook,
  // The Webhook action posts the contact's fields plus the answers; the form comes in triggerData.
  samplePayload: {
    ...eventWebhookPayload,
    website: 'https://acmeplumbing.com',
    triggerData: {
      formId: 'YSWdvS4Is98wtIDGnpmI',
      formName: 'Free SEO Audit',
      submittedAt: '2026-11-20T09:31:30.000Z',
      pageUrl: 'https://acmeplumbing.com/free-audit',
    },
  },
  outputLabels: {
    ...contactWebhookLabels,
    website: 'Answer: Website',
    formId: 'Form ID',
    formName: 'Form Name',
    submittedAt: 'Submitted At',
    pageUrl: 'Page URL',
    triggerData__formId: 'Form ID (as Posted)',
    triggerData__formName: 'Form Name (as Posted)',
    triggerData__submittedAt: 'Submitted At (as Posted)',
    triggerData__pageUrl: 'Page URL (as Posted)',
  },
});
