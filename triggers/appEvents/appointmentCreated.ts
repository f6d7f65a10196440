import { appointmentEvents, calendarIdField } from '../../families/calendars';
import { restHook } from '../../steps/restHook';
import appointmentBooked from '../calendars/appointmentBooked';

export default restHook({
  key: 'appointment_created_hook',
  noun: 'Appointment',
  label: 'Appointment Created (Instant)',
  description: 'Triggers instantly when an appointment is booked, on any calendar or the one you choose.',
  events: ['AppointmentCreate'],
  family: appointmentEvents,
  fields: [calendarIdField(false, { help: 'Only appointments of this calendar. Leave empty for every calendar ("Test trigger" on an agency connection needs one).' })],
  filterBy: { calendarId: 'appointment.calendarId' },
  list: { step: appointmentBooked },
});
