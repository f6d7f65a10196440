// Contacts family: the fields, samples and custom-field handling shared by its steps.
import { listIn } from '../highlevel/answers';
import { addressFields } from '../steps/address';
import type { TriggerSpec } from '../steps/define';
import type { EventFamily } from '../steps/restHook';
import type { FieldSpec } from '../steps/fields';
import { customFieldOutputs, customFieldsById, withCustomFields } from './customFields';
import { TAG_DROPDOWN } from './tags';

export const CONTACT_SCOPES = { read: ['contacts.readonly'], write: ['contacts.write'] };

// ---- ID fields (dynamic dropdowns with a search step where one exists) ----

export const contactIdField: FieldSpec = {
  key: 'contactId', label: 'Contact', required: true, type: 'string',
  help: 'The HighLevel contact. Pick one, or map a Contact ID from an earlier step (for example Find Contact).',
  dynamic: 'search_contacts.id.name', search: 'find_contact.id', example: 'seD4PfOuKoVMLkEZqohJ',
};

/** The contact field of forms whose Task or Note dropdown lists that contact's records: changing it reloads them. */
export const parentContactIdField: FieldSpec = { ...contactIdField, altersDynamicFields: true };

export const taskIdField: FieldSpec = {
  key: 'taskId', label: 'Task', required: true,
  help: "One of the chosen contact's tasks. Pick one, or map a Task ID from an earlier step.",
  dynamic: 'get_contact_tasks.id.title', example: 'lJpzYrWdpkC2hX6t2yue',
};

export const noteIdField: FieldSpec = {
  key: 'noteId', as: 'id', in: 'path', label: 'Note', required: true,
  help: "One of the chosen contact's notes. Pick one, or map a Note ID from an earlier step.",
  dynamic: 'get_contact_notes.id.title', example: 'HGPcayliwcdoUFzvbTok',
};

export const userIdField = (key: string, label: string, help: string): FieldSpec => ({
  key, label, help, dynamic: 'list_users.id.name', example: 'y0BeYjuRIlDwsDcOHOJo',
});

/** Optional filter of the contact polling triggers (the search's `filters`, not a body field). */
export const assignedUserFilterField: FieldSpec = {
  ...userIdField('assignedTo', 'Assigned User', 'Only contacts owned by this HighLevel user. Leave empty for every contact.'),
  in: 'none',
};

export const tagsField = (required: boolean): FieldSpec => ({
  key: 'tags', label: 'Tags', type: 'list', required, example: ['rankr-lead', 'seo'], dynamic: TAG_DROPDOWN,
  help: "Pick the sub-account's tags, or type or map tag names (one per line or separated by commas). Tags that do not exist yet are created.",
});

// ---- Samples (static, ISO-8601 dates) ----

export const contactSample = {
  id: 'seD4PfOuKoVMLkEZqohJ',
  name: 'Jane Doe',
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane@example.com',
  phone: '+14155550123',
  companyName: 'Acme Plumbing',
  address1: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  postalCode: '35061',
  country: 'US',
  website: 'https://www.example.com',
  timezone: 'America/Chicago',
  source: 'Rankr',
  type: 'lead',
  dnd: false,
  tags: ['rankr-lead', 'seo'],
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  businessId: '641c094001436dbc2081e642',
  locationId: 've9EPM428h8vShlRW1KT',
  dateOfBirth: '1990-09-25',
  dateAdded: '2026-11-20T09:31:30.255Z',
  dateUpdated: '2026-11-21T14:02:11.000Z',
  tagList: 'rankr-lead, seo',
  customFields: [{ id: '3sv6dSiXQNJ6dpB0amsq', value: 'Gold' }],
};

export const taskSample = {
  id: 'lJpzYrWdpkC2hX6t2yue',
  title: 'Call back about the SEO audit',
  body: 'Rankr flagged 12 missing meta descriptions.',
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  dueDate: '2026-11-25T15:00:00.000Z',
  completed: false,
  contactId: 'seD4PfOuKoVMLkEZqohJ',
};

export const noteSample = {
  id: 'HGPcayliwcdoUFzvbTok',
  title: 'Follow-up summary',
  body: 'Interested in the local SEO package.',
  userId: 'y0BeYjuRIlDwsDcOHOJo',
  color: '#FFAA00',
  pinned: false,
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  dateAdded: '2026-11-21T12:02:11.285Z',
};

export const contactOutputLabels = {
  id: 'Contact ID', name: 'Full Name', assignedTo: 'Assigned User ID', 'tags[]': 'Tags', tagList: 'Tags (Comma List)',
  'customFields[]id': 'Custom Field ID', 'customFields[]value': 'Custom Field Value',
};

/**
 * A contact as Zap steps map it, whichever spelling HighLevel used: a `name` (search results carry
 * none), the street as `address1` (the contact search says `address`), the tags also as one comma
 * list, and each custom field value under `customField__<id>` (labelled by name, see below).
 */
export const presentContact = (c: Record<string, any>) => ({
  ...c,
  name: c.name || c.contactName || [c.firstName, c.lastName].filter(Boolean).join(' ') || c.email || c.phone || c.id,
  ...(c.address1 === undefined && c.address !== undefined ? { address1: c.address } : {}),
  tagList: Array.isArray(c.tags) ? c.tags.join(', ') : '',
  ...customFieldsById(c),
});

// ---- Create / update / upsert ----

/** Contact inputs; HighLevel's update body has no company name. */
export const contactFields = ({ forUpdate = false } = {}): FieldSpec[] => [
  { key: 'firstName', label: 'First Name', help: "The contact's given name.", example: 'Jane' },
  { key: 'lastName', label: 'Last Name', help: "The contact's family name.", example: 'Doe' },
  { key: 'email', label: 'Email', type: 'email', help: 'Email address. HighLevel uses it (with phone) to spot duplicates.', example: 'jane@example.com' },
  { key: 'phone', label: 'Phone', type: 'phone', help: 'Phone number with country code, like +14155550123.', example: '+14155550123' },
  ...(forUpdate ? [] : [{ key: 'companyName', label: 'Company Name', help: 'The business the contact works for.', example: 'Acme Plumbing' }]),
  ...addressFields('address1'),
  { key: 'website', label: 'Website', type: 'url', help: "The contact's website, starting with https://.", example: 'https://www.example.com' },
  { key: 'timezone', label: 'Time Zone', help: 'IANA time zone, like America/New_York.', example: 'America/Chicago' },
  { key: 'dateOfBirth', label: 'Date of Birth', type: 'date', help: 'Birthday as YYYY-MM-DD, for example 1990-09-25.', example: '1990-09-25' },
  { key: 'source', label: 'Source', help: 'Where the contact came from, shown in HighLevel (for example "Rankr").', example: 'Rankr' },
  tagsField(false),
  userIdField('assignedTo', 'Assigned User', 'The HighLevel user who owns this contact.'),
  { key: 'dnd', label: 'Do Not Disturb', type: 'boolean', help: 'Yes blocks all outbound messages to this contact.', example: false },
];

export const campaignIdField: FieldSpec = {
  key: 'campaignId', label: 'Campaign', required: true, dynamic: 'list_campaigns.id.name', example: 'qkMAHo2CDfqbvAwNHGdb',
  help: 'The HighLevel campaign. Pick one, or map a Campaign ID from an earlier step.',
};

export const taskFields = (isNew: boolean): FieldSpec[] => [
  { key: 'title', label: 'Title', required: isNew, help: 'What needs doing, shown in the task list.', example: 'Call back about the SEO audit' },
  { key: 'body', label: 'Description', type: 'text', help: 'Details of the task, shown under its title.', example: 'Rankr flagged 12 missing meta descriptions.' },
  { key: 'dueDate', label: 'Due Date', type: 'datetime', required: isNew, help: 'When the task is due, date and time.', example: '2026-11-25T15:00:00Z' },
  userIdField('assignedTo', 'Assigned User', 'The HighLevel user who should do the task.'),
  { key: 'completed', label: 'Completed', type: 'boolean', help: 'Yes marks the task done.', example: false },
];

export const noteFields = (isNew: boolean): FieldSpec[] => [
  { key: 'body', label: 'Note', type: 'text', required: isNew, help: 'The text of the note.', example: 'Interested in the local SEO package.' },
  { key: 'title', label: 'Title', help: 'A short heading for the note.', example: 'Follow-up summary' },
  userIdField('userId', 'Author', 'The HighLevel user shown as the author of the note.'),
  { key: 'pinned', label: 'Pinned', type: 'boolean', help: "Yes keeps the note at the top of the contact's notes.", example: false },
];

// ---- What steps share ----

/** `contactOutput` for every step returning contacts; `contactForm` for create, update and upsert. */
export const { output: contactOutput, form: contactForm } = withCustomFields('contact', presentContact, contactSample, contactOutputLabels);

/** "Get ... by ID" contact triggers: the sample's id is the composite change key. */
export const changedContactSample = { ...contactSample, id: `${contactSample.id}:${contactSample.dateUpdated}`, contactId: contactSample.id };
export const changedContactLabels = { ...contactOutputLabels, id: 'Change ID', contactId: 'Contact ID' };

// ---- Sub-account-wide contact polling (POST /contacts/search) ----

type Input = Record<string, any>;

/** HighLevel keeps tags in lower case; a typed "VIP" means the tag "vip". */
export const tagName = (tag: unknown) => String(tag ?? '').trim().toLowerCase();

/** The search's filters for the optional Has Tag / Assigned User inputs of the contact triggers. */
const contactFilters = (input: Input) => [
  ...(input.tag ? [{ field: 'tags', operator: 'contains', value: [tagName(input.tag)] }] : []),
  ...(input.assignedTo ? [{ field: 'assignedTo', operator: 'eq', value: input.assignedTo }] : []),
];

/**
 * The request every contact polling trigger makes: one page of the contact search, newest first by
 * `sortBy`. The document shows no body; HighLevel's search guide (and real answers) need the
 * connected `locationId` and `pageLimit` in it; pages start at 1, at most 100 a page.
 */
export const contactSearch = (sortBy: 'dateAdded' | 'dateUpdated') =>
  ({
    endpoint: 'POST /contacts/search',
    scopes: CONTACT_SCOPES.read,
    location: 'body',
    request: (input, _bundle, { page, limit }) => ({
      body: { page: page + 1, pageLimit: limit, sort: [{ field: sortBy, direction: 'desc' }], filters: contactFilters(input) },
    }),
    list: 'contacts',
    newest: sortBy,
  }) satisfies Partial<TriggerSpec>;

/**
 * Contact Tag Added: the found contacts that carry the watched tag, each with that tag as `tag`,
 * so the change key is contact + tag (a contact already keyed never fires again when edited).
 */
export const contactsWithTag = (data: unknown, input: Input) => {
  const tag = tagName(input.tag);
  return listIn(data, 'contacts')
    .filter((c) => !Array.isArray(c.tags) || c.tags.some((t: unknown) => tagName(t) === tag))
    .map((c) => ({ ...c, tag }));
};

export const taggedContactSample = { ...contactSample, id: `${contactSample.id}:rankr-lead`, contactId: contactSample.id, tag: 'rankr-lead' };
export const taggedContactLabels = { ...contactOutputLabels, id: 'Event ID', contactId: 'Contact ID', tag: 'Tag Added' };

// ---- Tasks across the sub-account (POST /locations/{locationId}/tasks/search) ----

export const SUB_ACCOUNT_TASK_SCOPES = { read: ['locations/tasks.readonly'] };

/** A task of the sub-account's task search, which also says when it was added and last changed. */
export const subAccountTaskSample = {
  ...taskSample,
  locationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2026-11-21T12:02:11.285Z',
  dateUpdated: '2026-11-21T12:02:11.285Z',
};

export const taskOutputLabels = {
  id: 'Task ID', body: 'Description', assignedTo: 'Assigned User ID', contactId: 'Contact ID', dateAdded: 'Date Created',
};

/** The task search's own filters: tasks of these contacts, assigned to these users. */
export const taskFilterFields: FieldSpec[] = [
  {
    // No search link: Zapier cannot fill a list from a search step.
    ...contactIdField, search: undefined, label: 'Contacts', type: 'list', required: false, example: ['seD4PfOuKoVMLkEZqohJ'],
    help: 'Only tasks of these contacts. Pick them, or map Contact IDs. Leave empty for every task in the sub-account.',
  },
  {
    ...userIdField('assignedTo', 'Assigned Users', 'Only tasks assigned to these HighLevel users. Leave empty for every task.'),
    type: 'list', example: ['y0BeYjuRIlDwsDcOHOJo'],
  },
];

/**
 * The request of the sub-account task triggers: pending or completed tasks, the largest page.
 * The search has no sort option, so the narrower state filter keeps new events on the one page a
 * poll reads; the builder then orders it newest first. Searched tasks may say `_id`.
 */
export const taskSearch = (completed: boolean, newest: 'dateAdded' | 'dateUpdated') =>
  ({
    endpoint: 'POST /locations/{locationId}/tasks/search',
    scopes: SUB_ACCOUNT_TASK_SCOPES.read,
    fields: taskFilterFields,
    request: (_input, _bundle, { limit }) => ({ body: { completed, limit } }),
    list: (data: unknown) =>
      listIn(data, 'tasks')
        .map((t): Record<string, any> => ({ ...t, id: t.id ?? t._id }))
        // A task in the other state (should the search ignore the filter) is no event of this trigger.
        .filter((t) => t.id && (t.completed === undefined || t.completed === completed)),
    newest,
  }) satisfies Partial<TriggerSpec>;

// ---- Workflow webhooks ----

/**
 * A contact as HighLevel's workflow Webhook action posts it (snake_case, tags as a comma list), so
 * the instant triggers' "Test trigger" records look like real deliveries.
 */
export const contactAsWebhookPayload = (c: Record<string, any>): Record<string, any> => ({
  contact_id: c.id,
  first_name: c.firstName ?? c.firstNameRaw,
  last_name: c.lastName ?? c.lastNameRaw,
  full_name: c.name || c.contactName || [c.firstName, c.lastName].filter(Boolean).join(' ') || undefined,
  email: c.email,
  phone: c.phone,
  tags: Array.isArray(c.tags) ? c.tags.join(',') : c.tags,
  address1: c.address1 ?? c.address,
  city: c.city,
  state: c.state,
  country: c.country,
  postal_code: c.postalCode,
  company_name: c.companyName,
  website: c.website,
  date_created: c.dateAdded,
  contact_source: c.source,
  contact_type: c.type,
  location: { id: c.locationId },
});

/** What the Webhook action posts for a contact event: its sample, shared by the contact instant triggers. */
export const contactWebhookSample = {
  contact_id: 'seD4PfOuKoVMLkEZqohJ',
  first_name: 'Jane',
  last_name: 'Doe',
  full_name: 'Jane Doe',
  email: 'jane@example.com',
  phone: '+14155550123',
  tags: 'rankr-lead,seo',
  address1: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  country: 'US',
  postal_code: '35061',
  company_name: 'Acme Plumbing',
  date_created: '2026-11-20T09:31:30.255Z',
  contact_source: 'Rankr',
  contact_type: 'lead',
  location: { id: 've9EPM428h8vShlRW1KT', name: 'Acme Plumbing', fullAddress: '3535 1st St N, Dolomite AL 35061' },
  workflow: { id: 'b2f0a8d1-6c3e-4f57-9a7e-1d2c3b4a5f60', name: 'Rankr lead follow-up' },
  triggerData: {},
  customData: { source_app: 'HighLevel' },
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  name: 'Jane Doe',
  tagsList: ['rankr-lead', 'seo'],
  workflowId: 'b2f0a8d1-6c3e-4f57-9a7e-1d2c3b4a5f60',
  workflowName: 'Rankr lead follow-up',
  subAccountId: 've9EPM428h8vShlRW1KT',
};

/** The part of that sample every workflow event posts whatever its trigger: samples of event triggers start from it. */
export const eventWebhookSample = Object.fromEntries(
  Object.entries(contactWebhookSample).filter(([k]) =>
    ['contact_id', 'full_name', 'email', 'phone', 'location', 'workflow', 'triggerData', 'customData',
      'contactId', 'name', 'workflowId', 'workflowName', 'subAccountId'].includes(k)),
);

export const contactWebhookLabels = {
  contact_id: 'Contact ID (as Posted)', first_name: 'First Name', last_name: 'Last Name', full_name: 'Full Name',
  tags: 'Tags (Comma List)', postal_code: 'Postal Code', date_created: 'Date Created', contact_source: 'Contact Source',
  location__id: 'Sub-Account ID (as Posted)', location__name: 'Sub-Account Name', workflow__id: 'Workflow ID (as Posted)',
  workflow__name: 'Workflow Name (as Posted)', customData__source_app: 'Custom Data: Source App',
};

// ---- App events (instant via the relay): contacts, tasks and notes as HighLevel's events carry them ----

/** Contact events carry the contact under the record's own names; `id` is the item's, so the contact's is `contactId`. */
export const contactEvents: EventFamily = {
  asEvent: (c) => ({ ...c, name: presentContact(c).name, timestamp: c.dateUpdated ?? c.dateAdded }),
  present: (e) => {
    const { name, tagList } = presentContact(e);
    return { contactId: e.id, name, tagList, ...customFieldsById(e) };
  },
  labels: {
    ...contactOutputLabels, id: 'Event ID', contactId: 'Contact ID', 'addedTags[]': 'Tags Added',
    'customFields[]id': 'Custom Field ID (as Delivered)', 'customFields[]value': 'Custom Field Value (as Delivered)',
  },
  outputs: customFieldOutputs('contact'),
};

export const taskEvents: EventFamily = {
  // Task Completed's polling items carry a change id; the task's own is `taskId`.
  asEvent: (t) => ({ ...t, id: t.taskId ?? t.id, timestamp: t.dateUpdated ?? t.dateAdded }),
  present: (e) => ({ taskId: e.id }),
  labels: { ...taskOutputLabels, id: 'Event ID', taskId: 'Task ID' },
};

export const noteEvents: EventFamily = {
  asEvent: (n) => ({ ...n, timestamp: n.dateAdded }),
  present: (e) => ({ noteId: e.id }),
  labels: { noteId: 'Note ID', body: 'Note', contactId: 'Contact ID', dateAdded: 'Date Added' },
};
