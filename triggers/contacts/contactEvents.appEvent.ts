// Contact events from HighLevel's app events, via the relay: contacts, tasks and notes as the events carry them.
import type { EventAdapter } from '../../steps/appEventHook';
import { customFieldOutputs, customFieldsById } from '../../families/customFields';
import { contactOutputLabels, presentContact } from '../../families/contacts';
import { taskOutputLabels } from './contactEvents';

/** Contact events carry the contact under the record's own names; `id` is the item's, so the contact's is `contactId`. */
export const contactEvents: EventAdapter = {
  asEvent: (c) => ({ ...c, name: presentContact(c).name, timestamp: c.dateUpdated ?? c.dateAdded }),
  present: (e) => {
    const { name, tagList } = presentContact(e);
    return { contactId: e.id, name, tagList, ...customFieldsById(e) };
  },
  labels: {
    ...contactOutputLabels,
    id: 'Event ID',
    contactId: 'Contact ID',
    'addedTags[]': 'Tags Added',
    'customFields[]id': 'Custom Field ID (as Delivered)',
    'customFields[]value': 'Custom Field Value (as Delivered)',
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
