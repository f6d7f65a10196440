import {
  appointmentCalendarField,
  appointmentIdField,
  appointmentNoteFields,
  appointmentNoteSample,
  CALENDAR_SCOPES,
} from '../../families/calendars';
import { create } from '../../steps/define';

export default create({
  key: 'create_appointment_note',
  noun: 'Note',
  label: 'Create Appointment Note',
  description: 'Adds a note to an appointment.',
  endpoint: 'POST /calendars/appointments/{appointmentId}/notes',
  scopes: CALENDAR_SCOPES.events.write,
  fields: [appointmentCalendarField(), appointmentIdField, ...appointmentNoteFields],
  what: (i) => `Appointment ${i.appointmentId}`,
  result: 'note',
  sample: appointmentNoteSample,
  outputLabels: { id: 'Note ID', userId: 'Author User ID', createdBy__name: 'Created By' },
});
