import { presentFormWebhook, submissionAsWebhookPayload } from '../../families/forms';
import { contactWebhookLabels } from '../../families/contacts';
import { instant } from '../../steps/instant';
import newFormSubmission from '../forms/newFormSubmission';

// HighLevel's "Form Submitted" workflow trigger; "Test trigger" shows recent real submissions.
export default instant({
  key: 'form_submitted_instant',
  noun: 'Form Submission',
  label: 'Form Submitted (Instant)',
  description: 'Triggers when someone submits a HighLevel form and a workflow sends it to Zapier (instant).',
  workflowTrigger: 'Form Submitted',
  workflowFilter: 'the form to watch (or leave it open for every form)',
  fallback: { step: newFormSubmission, asPayload: submissionAsWebhookPayload },
  present: presentFormWebhook,
  sample: {
    contact_id: 'seD4PfOuKoVMLkEZqohJ',
    full_name: 'Jane Doe',
    email: 'jane@example.com',
    phone: '+14155550123',
    website: 'https://acmeplumbing.com',
    date_created: '2026-11-20T09:31:30.000Z',
    location: { id: 've9EPM428h8vShlRW1KT', name: 'Acme Plumbing' },
    workflow: { id: 'b2f0a8d1-6c3e-4f57-9a7e-1d2c3b4a5f60', name: 'Free audit to Rankr' },
    triggerData: { formId: 'YSWdvS4Is98wtIDGnpmI', formName: 'Free SEO Audit' },
    customData: {},
    id: '7c1e2f3a4b5d6e7f',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    name: 'Jane Doe',
    formId: 'YSWdvS4Is98wtIDGnpmI',
    formName: 'Free SEO Audit',
    submittedAt: '2026-11-20T09:31:30.000Z',
    pageUrl: 'https://acmeplumbing.com/free-audit',
    workflowId: 'b2f0a8d1-6c3e-4f57-9a7e-1d2c3b4a5f60',
    workflowName: 'Free audit to Rankr',
    subAccountId: 've9EPM428h8vShlRW1KT',
  },
  outputLabels: {
    ...contactWebhookLabels, website: 'Answer: Website', formId: 'Form ID', formName: 'Form Name',
    submittedAt: 'Submitted At', pageUrl: 'Page URL', triggerData__formId: 'Form ID (as Posted)', triggerData__formName: 'Form Name (as Posted)',
  },
});
