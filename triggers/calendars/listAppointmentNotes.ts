import { appointmentCalendarField, appointmentIdField, appointmentNoteSample, CALENDAR_SCOPES } from '../../families/calendars';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'list_appointment_notes',
  noun: 'Note',
  label: 'New Note (Chosen Appointment)',
  catalog: 'List Appointment Notes',
  description: 'Triggers when a note is added to the chosen appointment.',
  endpoint: 'GET /calendars/appointments/{appointmentId}/notes',
  scopes: CALENDAR_SCOPES.events.read,
  fields: [appointmentCalendarField(), appointmentIdField],
  // HighLevel serves at most 20 notes per request.
  pageSize: 20,
  request: (_input, _bundle, { page, limit }) => ({ query: { limit, offset: page * limit } }),
  list: 'notes',
  newest: 'dateAdded',
  // Notes have no title; dropdowns label them by the start of the text.
  item: (n) => ({ ...n, title: String(n.body ?? '').slice(0, 60) || n.id }),
  what: (i) => `Appointment ${i.appointmentId}`,
  sample: { ...appointmentNoteSample, title: appointmentNoteSample.body },
  outputLabels: { id: 'Note ID', userId: 'Author User ID', title: 'Note Preview', createdBy__name: 'Created By' },
});
