import { appEventHook } from '../../steps/define';
import appointmentBooked from './appointmentBooked';
import { appointmentEvents, calendarEventFilter } from './appointmentEvents.appEvent';

export default appEventHook({
  key: 'appointment_updated_hook',
  noun: 'Appointment',
  label: 'Appointment Updated (Instant)',
  description: 'Triggers when an appointment changes: rescheduled, confirmed, cancelled, showed or no-show.',
  events: ['AppointmentUpdate'],
  adapter: appointmentEvents,
  ...calendarEventFilter,
  list: { step: appointmentBooked },
});
