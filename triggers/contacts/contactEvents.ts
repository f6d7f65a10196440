// Contact events, polling: contacts (POST /contacts/search) and tasks searched sub-account-wide.
import { listIn } from '../../highlevel/answers';
import type { TriggerSpec } from '../../steps/define';
import type { FieldSpec } from '../../steps/fields';
import { CONTACT_SCOPES, contactIdField, contactOutputLabels, contactSample, taskSample, userIdField } from '../../families/contacts';

type Input = Record<string, any>;

/** HighLevel keeps tags in lower case; a typed "VIP" means the tag "vip". */
export const tagName = (tag: unknown) =>
  String(tag ?? '')
    .trim()
    .toLowerCase();

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

export const taggedContactSample = {
  ...contactSample,
  id: `${contactSample.id}:rankr-lead`,
  contactId: contactSample.id,
  tag: 'rankr-lead',
};
export const taggedContactLabels = { ...contactOutputLabels, id: 'Event ID', contactId: 'Contact ID', tag: 'Tag Added' };

// ---- Tasks across the sub-account (POST /locations/{locationId}/tasks/search) ----

export const SUB_ACCOUNT_TASK_SCOPES = { read: ['locations/tasks.readonly'] };

/** A task of the sub-account's task search, which also says where and when it was added (as the TaskCreate event shows a task). */
export const subAccountTaskSample = {
  ...taskSample,
  locationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2026-11-21T12:02:11.285Z',
};

export const taskOutputLabels = {
  id: 'Task ID',
  body: 'Description',
  assignedTo: 'Assigned User ID',
  contactId: 'Contact ID',
  dateAdded: 'Date Created',
};

/** The task search's own filters: tasks of these contacts, assigned to these users. */
export const taskFilterFields: FieldSpec[] = [
  {
    // No search link: Zapier cannot fill a list from a search step.
    ...contactIdField,
    search: undefined,
    label: 'Contacts',
    type: 'list',
    required: false,
    example: ['seD4PfOuKoVMLkEZqohJ'],
    helpText: 'Only tasks of these contacts. Pick them, or map Contact IDs. Leave empty for every task in the sub-account.',
  },
  {
    ...userIdField('assignedTo', 'Assigned Users', 'Only tasks assigned to these HighLevel users. Leave empty for every task.'),
    type: 'list',
    example: ['y0BeYjuRIlDwsDcOHOJo'],
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
