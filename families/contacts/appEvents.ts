// Contacts: app events through the relay (contacts, tasks and notes as HighLevel's events carry them).
import type { EventAdapter } from '../../steps/appEventHook';
import { customFieldOutputs, customFieldsById } from '../customFields';
import { contactOutputLabels, presentContact } from './samples';
import { taskOutputLabels } from './polling';

/** Contact events carry the contact under the record's own names; `id` is the item's, so the contact's is `contactId`. */
export const contactEvents: EventAdapter = {
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

export const taskEvents: EventAdapter = {
  // Task Completed's polling items carry a change id; the task's own is `taskId`.
  asEvent: (t) => ({ ...t, id: t.taskId ?? t.id, timestamp: t.dateUpdated ?? t.dateAdded }),
  present: (e) => ({ taskId: e.id }),
  labels: { ...taskOutputLabels, id: 'Event ID', taskId: 'Task ID' },
};

export const noteEvents: EventAdapter = {
  asEvent: (n) => ({ ...n, timestamp: n.dateAdded }),
  present: (e) => ({ noteId: e.id }),
  labels: { noteId: 'Note ID', body: 'Note', contactId: 'Contact ID', dateAdded: 'Date Added' },
};

/** CampaignStatusUpdate: a contact's status in a campaign (no endpoint lists them: "Test trigger" shows the documented example). */
export const campaignStatusEvents: EventAdapter = {
  asEvent: (c) => c,
  present: (e) => ({ contactId: e.contactId, campaignStatus: e.status }),
  labels: {
    id: 'Event ID', contactId: 'Contact ID', campaignStatus: 'Campaign Status', status: 'Status (as Delivered)',
    templateId: 'Campaign Template ID', replied: 'Replied', dateAdded: 'Date Added',
  },
};

/** The Status filter of Campaign Status Changed: HighLevel's own word, which its documents do not list. */
export const campaignStatusField = {
  key: 'campaignStatus', label: 'Status', example: 'paused',
  helpText: 'Only this status, as HighLevel words it (for example paused or finished). Leave empty for every status change.',
};
