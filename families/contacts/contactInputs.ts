// Contacts: the create/update/upsert fields and what the contact steps share.
import { addressFields } from '../../steps/address';
import type { FieldSpec } from '../../steps/fields';
import { withCustomFields } from '../customFields';
import { tagsField, userIdField } from './contactIdFields';
import { contactOutputLabels, contactSample, presentContact } from './contactSamples';

/** Contact inputs; HighLevel's update body has no company name. */
export const contactFields = ({ forUpdate = false } = {}): FieldSpec[] => [
  { key: 'firstName', label: 'First Name', helpText: "The contact's given name.", example: 'Jane' },
  { key: 'lastName', label: 'Last Name', helpText: "The contact's family name.", example: 'Doe' },
  {
    key: 'email',
    label: 'Email',
    type: 'email',
    helpText: 'Email address. HighLevel uses it (with phone) to spot duplicates.',
    example: 'jane@example.com',
  },
  { key: 'phone', label: 'Phone', type: 'phone', helpText: 'Phone number with country code, like +14155550123.', example: '+14155550123' },
  ...(forUpdate
    ? []
    : [{ key: 'companyName', label: 'Company Name', helpText: 'The business the contact works for.', example: 'Acme Plumbing' }]),
  ...addressFields('address1'),
  {
    key: 'website',
    label: 'Website',
    type: 'url',
    helpText: "The contact's website, starting with https://.",
    example: 'https://www.example.com',
  },
  { key: 'timezone', label: 'Time Zone', helpText: 'IANA time zone, like America/New_York.', example: 'America/Chicago' },
  {
    key: 'dateOfBirth',
    label: 'Date of Birth',
    type: 'date',
    helpText: 'Birthday as YYYY-MM-DD, for example 1990-09-25.',
    example: '1990-09-25',
  },
  { key: 'source', label: 'Source', helpText: 'Where the contact came from, shown in HighLevel (for example "Rankr").', example: 'Rankr' },
  tagsField(false),
  userIdField('assignedTo', 'Assigned User', 'The HighLevel user who owns this contact.'),
  { key: 'dnd', label: 'Do Not Disturb', type: 'boolean', helpText: 'Yes blocks all outbound messages to this contact.', example: false },
];

export const campaignIdField: FieldSpec = {
  key: 'campaignId',
  label: 'Campaign',
  required: true,
  dynamic: 'list_campaigns.id.name',
  example: 'qkMAHo2CDfqbvAwNHGdb',
  helpText: 'The HighLevel campaign. Pick one, or map a Campaign ID from an earlier step.',
};

export const taskFields = (isNew: boolean): FieldSpec[] => [
  {
    key: 'title',
    label: 'Title',
    required: isNew,
    helpText: 'What needs doing, shown in the task list.',
    example: 'Call back about the SEO audit',
  },
  {
    key: 'body',
    label: 'Description',
    type: 'text',
    helpText: 'Details of the task, shown under its title.',
    example: 'Rankr flagged 12 missing meta descriptions.',
  },
  {
    key: 'dueDate',
    label: 'Due Date',
    type: 'datetime',
    required: isNew,
    helpText: 'When the task is due, date and time.',
    example: '2026-11-25T15:00:00Z',
  },
  userIdField('assignedTo', 'Assigned User', 'The HighLevel user who should do the task.'),
  { key: 'completed', label: 'Completed', type: 'boolean', helpText: 'Yes marks the task done.', example: false },
];

export const noteFields = (isNew: boolean): FieldSpec[] => [
  {
    key: 'body',
    label: 'Note',
    type: 'text',
    required: isNew,
    helpText: 'The text of the note.',
    example: 'Interested in the local SEO package.',
  },
  { key: 'title', label: 'Title', helpText: 'A short heading for the note.', example: 'Follow-up summary' },
  userIdField('userId', 'Author', 'The HighLevel user shown as the author of the note.'),
  { key: 'pinned', label: 'Pinned', type: 'boolean', helpText: "Yes keeps the note at the top of the contact's notes.", example: false },
];

// ---- What steps share ----

/** `contactOutput` for every step returning contacts; `contactForm` for create, update and upsert. */
export const { output: contactOutput, form: contactForm } = withCustomFields('contact', presentContact, contactSample, contactOutputLabels);

/** "Get ... by ID" contact triggers: the sample's id is the composite change key. */
export const changedContactSample = {
  ...contactSample,
  id: `${contactSample.id}:${contactSample.dateUpdated}`,
  contactId: contactSample.id,
};
export const changedContactLabels = { ...contactOutputLabels, id: 'Change ID', contactId: 'Contact ID' };
