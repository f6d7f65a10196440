import { appEventHook } from '../../steps/define';
import appointmentBooked from './appointmentBooked';
import { appointmentEvents, calendarEventFilter } from './appointmentEvents.appEvent';

export default appEventHook({
  key: 'appointment_deleted_hook',
  noun: 'Appointment',
  label: 'Appointment Deleted (Instant)',
  description: 'Triggers when an appointment is deleted, with its details as they were.',
  events: ['AppointmentDelete'],
  adapter: appointmentEvents,
  ...calendarEventFilter,
  list: { step: appointmentBooked },
});
