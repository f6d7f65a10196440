import { appointmentEvents, calendarIdField } from '../../families/calendars';
import { restHook } from '../../steps/restHook';
import appointmentBooked from '../calendars/appointmentBooked';

export default restHook({
  key: 'appointment_deleted_hook',
  noun: 'Appointment',
  label: 'Appointment Deleted (Instant)',
  description: 'Triggers instantly when an appointment is deleted, with its details as they were.',
  events: ['AppointmentDelete'],
  family: appointmentEvents,
  fields: [calendarIdField(false, { help: 'Only appointments of this calendar. Leave empty for every calendar ("Test trigger" on an agency connection needs one).' })],
  filterBy: { calendarId: 'appointment.calendarId' },
  list: { step: appointmentBooked },
});
