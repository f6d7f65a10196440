// Form events from a "Form Submitted" workflow's Webhook action: the payload's shape and its labelled fields.
import { answersOf } from '../../families/forms';
import { isObject } from '../../highlevel/answers';
import { compact } from '../../highlevel/request';

/**
 * A form submission as HighLevel's "Form Submitted" workflow posts it with the Webhook action: the
 * contact's fields in snake_case, the answers at the top level, and the form under `triggerData`.
 */
export const submissionAsWebhookPayload = (s: Record<string, any>): Record<string, any> => {
  const answers = answersOf(s.others);
  return {
    ...answers,
    contact_id: s.contactId,
    full_name: s.name ?? answers.full_name,
    email: s.email ?? answers.email,
    phone: answers.phone,
    date_created: s.createdAt,
    location: { id: s.locationId ?? s.others?.location_id },
    triggerData: { formId: s.formId, formName: s.sourceName, submissionId: s.id, submittedAt: s.createdAt, pageUrl: s.pageUrl },
  };
};

/** Clean form fields of a "Form Submitted" delivery, wherever the payload keeps them. */
export const presentFormWebhook = (p: Record<string, any>) => {
  const data = isObject(p.triggerData) ? p.triggerData : {};
  const form = isObject(p.form) ? p.form : {};
  const clean = {
    formId: data.formId ?? form.id ?? p.formId ?? p.form_id,
    formName: data.formName ?? form.name ?? p.formName ?? p.form_name,
    submittedAt: data.submittedAt ?? p.submittedAt ?? p.date_created,
    pageUrl: data.pageUrl ?? p.pageUrl ?? p.page_url,
  };
  return compact(clean);
};
