import {
  appointmentCalendarField,
  appointmentIdField,
  appointmentNoteFields,
  appointmentNoteIdField,
  appointmentNoteSample,
  CALENDAR_SCOPES,
} from '../../families/calendars';
import { create } from '../../steps/define';

export default create({
  key: 'update_appointment_note',
  noun: 'Note',
  label: 'Update Appointment Note',
  description: "Replaces the text of an appointment's note.",
  endpoint: 'PUT /calendars/appointments/{appointmentId}/notes/{noteId}',
  scopes: CALENDAR_SCOPES.events.write,
  fields: [appointmentCalendarField(), appointmentIdField, appointmentNoteIdField, ...appointmentNoteFields],
  what: (i) => `Note ${i.noteId} of appointment ${i.appointmentId}`,
  result: 'note',
  sample: appointmentNoteSample,
  outputLabels: { id: 'Note ID', userId: 'Author User ID', createdBy__name: 'Created By' },
});
