import { appointmentEvents, calendarEventFilter } from '../../families/calendars';
import { appEventHook } from '../../steps/define';
import appointmentBooked from '../calendars/appointmentBooked';

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
