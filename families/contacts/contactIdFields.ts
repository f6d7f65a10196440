// Contacts: scopes and ID fields (dynamic dropdowns with a search step where one exists).
import type { FieldSpec } from '../../steps/fields';
import { TAG_DROPDOWN } from '../tags';

export const CONTACT_SCOPES = { read: ['contacts.readonly'], write: ['contacts.write'] };

// ---- ID fields (dynamic dropdowns with a search step where one exists) ----

export const contactIdField: FieldSpec = {
  key: 'contactId',
  label: 'Contact',
  required: true,
  type: 'string',
  helpText: 'The HighLevel contact. Pick one, or map a Contact ID from an earlier step (for example Find Contact).',
  dynamic: 'search_contacts.id.name',
  search: 'find_contact.id',
  example: 'seD4PfOuKoVMLkEZqohJ',
};

/** The contact field of forms whose Task or Note dropdown lists that contact's records: changing it reloads them. */
export const parentContactIdField: FieldSpec = { ...contactIdField, altersDynamicFields: true };

export const taskIdField: FieldSpec = {
  key: 'taskId',
  label: 'Task',
  required: true,
  helpText: "One of the chosen contact's tasks. Pick one, or map a Task ID from an earlier step.",
  dynamic: 'get_contact_tasks.id.title',
  example: 'lJpzYrWdpkC2hX6t2yue',
};

export const noteIdField: FieldSpec = {
  key: 'noteId',
  as: 'id',
  in: 'path',
  label: 'Note',
  required: true,
  helpText: "One of the chosen contact's notes. Pick one, or map a Note ID from an earlier step.",
  dynamic: 'get_contact_notes.id.title',
  example: 'HGPcayliwcdoUFzvbTok',
};

export const userIdField = (key: string, label: string, helpText: string): FieldSpec => ({
  key,
  label,
  helpText,
  dynamic: 'list_users.id.name',
  example: 'y0BeYjuRIlDwsDcOHOJo',
});

/** Optional filter of the contact polling triggers (the search's `filters`, not a body field). */
export const assignedUserFilterField: FieldSpec = {
  ...userIdField('assignedTo', 'Assigned User', 'Only contacts owned by this HighLevel user. Leave empty for every contact.'),
  in: 'none',
};

export const tagsField = (required: boolean): FieldSpec => ({
  key: 'tags',
  label: 'Tags',
  type: 'list',
  required,
  example: ['rankr-lead', 'seo'],
  dynamic: TAG_DROPDOWN,
  helpText:
    "Pick the sub-account's tags, or type or map tag names (one per line or separated by commas). Tags that do not exist yet are created.",
});
