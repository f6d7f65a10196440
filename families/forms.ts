// Forms and surveys: HighLevel keeps both the same way (a list of forms or surveys, and submissions
// whose answers sit in an `others` object keyed by field key or custom field ID). Their steps share
// the dropdown fields, the submission shape and the poll request here.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { isObject } from '../highlevel/answers';
import type { TriggerSpec } from '../steps/define';
import type { FieldSpec } from '../steps/fields';
import { recentDays } from '../steps/dates';
import { CUSTOM_FIELDS_CALL, customFieldOutputs } from './customFields';

export type SubmissionKind = 'form' | 'survey';

export const FORM_SCOPES = { read: ['forms.readonly'] };
export const SURVEY_SCOPES = { read: ['surveys.readonly'] };

const NAMES = { form: { one: 'Form', many: 'forms' }, survey: { one: 'Survey', many: 'surveys' } } as const;

// ---- Dropdown fields ----

/** The form or survey filter of the submission triggers; empty means any. */
export const sourceIdField = (kind: SubmissionKind): FieldSpec => ({
  key: `${kind}Id`,
  label: NAMES[kind].one,
  dynamic: `list_${NAMES[kind].many}.id.name`,
  helpText: `Only submissions of this ${kind}. Leave empty to trigger on every ${kind} of the sub-account.`,
  example: kind === 'form' ? 'YSWdvS4Is98wtIDGnpmI' : 'jjusM6EOngDExnbo2DbU',
});

/** The hidden dropdown triggers page with `skip`; HighLevel serves at most 50 a page. */
export const LIST_PAGE_SIZE = 50;
export const listPage = (_input: Record<string, any>, _bundle: Bundle, { page, limit }: { page: number; limit: number }) => ({
  query: { skip: page * limit, limit },
});

// ---- Submissions ----

// Keys of `others` that describe the submission rather than answer a question.
const NOT_ANSWERS = new Set([
  'eventData',
  'fieldsOriSequance',
  'formId',
  'surveyId',
  'location_id',
  'locationId',
  'contactId',
  'sessionId',
  'submissionId',
  'ip',
  'timezone',
  'Timezone',
  'sessionFingerprint',
  'signatureHash',
  'disqualified',
  'pageUrl',
]);

/**
 * Each answer of a submission under `answers`, in the form's own field order where HighLevel gives
 * it (`fieldsOriSequance`). Zapier shows them as separate fields (`answers__email`); custom field
 * answers are keyed by the custom field ID and labelled by its name (see `submissionOutput`).
 */
export const answersOf = (others: unknown): Record<string, unknown> => {
  if (!isObject(others)) return {};
  const order = Array.isArray(others.fieldsOriSequance) ? others.fieldsOriSequance.map(String) : [];
  const keys = [...new Set([...order, ...Object.keys(others)])];
  return Object.fromEntries(keys.filter((k) => k in others && !NOT_ANSWERS.has(k)).map((k) => [k, others[k]]));
};

/** A submission as Zap steps map it: the original record (with `others`) plus its answers and page details. */
export const presentSubmission = (s: Record<string, any>) => {
  const event = isObject(s.others?.eventData) ? s.others.eventData : {};
  return {
    ...s,
    ...(event.parentName ? { sourceName: event.parentName } : {}),
    ...(isObject(event.page) && event.page.url ? { pageUrl: event.page.url } : {}),
    answers: answersOf(s.others),
  };
};

const submissionSample = (kind: SubmissionKind) => ({
  id: kind === 'form' ? '38303ec7-629a-49e2-888a-cf8bf0b1f97e' : 'be759b9a-c3ec-4b29-ba07-fc3c89c77673',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  createdAt: '2026-11-20T09:31:30.000Z',
  [`${kind}Id`]: kind === 'form' ? 'YSWdvS4Is98wtIDGnpmI' : 'jjusM6EOngDExnbo2DbU',
  name: 'Jane Doe',
  email: 'jane@example.com',
  sourceName: kind === 'form' ? 'Free SEO Audit' : 'Website Health Survey',
  pageUrl: 'https://acmeplumbing.com/free-audit',
  answers: {
    full_name: 'Jane Doe',
    email: 'jane@example.com',
    phone: '+14155550123',
    website: 'https://acmeplumbing.com',
    '3sv6dSiXQNJ6dpB0amsq': 'Local SEO',
  },
  others: {
    full_name: 'Jane Doe',
    email: 'jane@example.com',
    phone: '+14155550123',
    website: 'https://acmeplumbing.com',
    '3sv6dSiXQNJ6dpB0amsq': 'Local SEO',
    fieldsOriSequance: ['full_name', 'email', 'phone', 'website', '3sv6dSiXQNJ6dpB0amsq'],
    eventData: {
      source: 'Direct traffic',
      referrer: 'https://www.google.com/',
      parentId: kind === 'form' ? 'YSWdvS4Is98wtIDGnpmI' : 'jjusM6EOngDExnbo2DbU',
      parentName: kind === 'form' ? 'Free SEO Audit' : 'Website Health Survey',
      page: { url: 'https://acmeplumbing.com/free-audit', title: 'Free SEO Audit' },
    },
  },
});

const submissionLabels = (kind: SubmissionKind) => ({
  id: 'Submission ID',
  contactId: 'Contact ID',
  createdAt: 'Submitted At',
  [`${kind}Id`]: `${NAMES[kind].one} ID`,
  name: 'Contact Name',
  email: 'Contact Email',
  sourceName: `${NAMES[kind].one} Name`,
  pageUrl: 'Page URL',
  answers__full_name: 'Answer: Full Name',
  answers__first_name: 'Answer: First Name',
  answers__last_name: 'Answer: Last Name',
  answers__email: 'Answer: Email',
  answers__phone: 'Answer: Phone',
  answers__website: 'Answer: Website',
});

/** Custom field answers labelled by the field's name (loaded while the Zap is edited, not per poll). */
const customAnswerLabels = async (z: ZObject, bundle: Bundle) =>
  (await customFieldOutputs('contact')(z, bundle)).map((f) => ({
    key: `answers__${f.key.replace(/^customField__/, '')}`,
    label: `Answer: ${f.label}`,
  }));

/** How many days back a submission poll looks; HighLevel's own default is one month. */
const SUBMISSION_DAYS = 31;

/**
 * What both submission triggers share: output shape and labels, and the poll's one request — first
 * page, the widest page HighLevel serves, and a day range in the user's time zone (HighLevel wants
 * YYYY-MM-DD days and otherwise ends the range on its own "today").
 */
export const submissionTrigger = (kind: SubmissionKind): Omit<TriggerSpec, 'key' | 'label' | 'description' | 'endpoint'> => ({
  noun: `${NAMES[kind].one} Submission`,
  scopes: kind === 'form' ? FORM_SCOPES.read : SURVEY_SCOPES.read,
  fields: [sourceIdField(kind)],
  location: 'query',
  pageSize: 100,
  request: (_input, bundle, { limit }) => ({ query: { page: 1, limit, ...recentDays(bundle.meta?.timezone, SUBMISSION_DAYS) } }),
  list: 'submissions',
  newest: 'createdAt',
  dedupe: 'id',
  item: presentSubmission,
  sample: submissionSample(kind),
  outputLabels: submissionLabels(kind),
  dynamicOutputs: [customAnswerLabels],
  alsoCalls: [CUSTOM_FIELDS_CALL],
});

export const formSample = { id: 'YSWdvS4Is98wtIDGnpmI', name: 'Free SEO Audit', locationId: 've9EPM428h8vShlRW1KT' };
export const surveySample = { id: 'jjusM6EOngDExnbo2DbU', name: 'Website Health Survey', locationId: 've9EPM428h8vShlRW1KT' };
