import { appEventHook } from '../../steps/define';
import appointmentBooked from './appointmentBooked';
import { appointmentEvents, calendarEventFilter } from './appointmentEvents.appEvent';

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
