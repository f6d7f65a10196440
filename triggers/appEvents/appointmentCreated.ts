import { appointmentEvents, calendarEventFilter } from '../../families/calendars';
import { restHook } from '../../steps/restHook';
import appointmentBooked from '../calendars/appointmentBooked';

export default restHook({
  key: 'appointment_created_hook',
  noun: 'Appointment',
  label: 'Appointment Created (Instant)',
  description: 'Triggers when an appointment is booked, on any calendar or the one you choose.',
  events: ['AppointmentCreate'],
  family: appointmentEvents,
  ...calendarEventFilter,
  list: { step: appointmentBooked },
});
