import { appointmentCalendarField, appointmentIdField, appointmentNoteIdField, CALENDAR_SCOPES } from '../../families/calendars';
import { confirmation, create } from '../../steps/define';

export default create({
  key: 'delete_appointment_note',
  noun: 'Note',
  label: 'Delete Appointment Note',
  description: "Deletes one of an appointment's notes.",
  endpoint: 'DELETE /calendars/appointments/{appointmentId}/notes/{noteId}',
  scopes: CALENDAR_SCOPES.events.write,
  fields: [appointmentCalendarField(), appointmentIdField, appointmentNoteIdField],
  what: (i) => `Note ${i.noteId} of appointment ${i.appointmentId}`,
  result: confirmation('noteId', (i) => ({ appointmentId: i.appointmentId })),
  sample: { id: 'Qm3Xv8TzLp1RsN6KdWeY', success: true, appointmentId: 'ocQHyuzHvysMo5N5VsXc' },
  outputLabels: { id: 'Deleted Note ID', appointmentId: 'Appointment ID' },
});
