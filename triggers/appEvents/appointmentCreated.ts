import { appointmentEvents, calendarEventFilter } from '../../families/calendars';
import { appEventHook } from '../../steps/define';
import appointmentBooked from '../calendars/appointmentBooked';

export default appEventHook({
  key: 'appointment_created_hook',
  noun: 'Appointment',
  label: 'Appointment Created (Instant)',
  description: 'Triggers when an appointment is booked, on any calendar or the one you choose.',
  events: ['AppointmentCreate'],
  adapter: appointmentEvents,
  ...calendarEventFilter,
  list: { step: appointmentBooked },
});
