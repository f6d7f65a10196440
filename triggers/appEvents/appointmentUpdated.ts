import { appointmentEvents, calendarEventFilter } from '../../families/calendars';
import { restHook } from '../../steps/restHook';
import appointmentBooked from '../calendars/appointmentBooked';

export default restHook({
  key: 'appointment_updated_hook',
  noun: 'Appointment',
  label: 'Appointment Updated (Instant)',
  description: 'Triggers when an appointment changes: rescheduled, confirmed, cancelled, showed or no-show.',
  events: ['AppointmentUpdate'],
  family: appointmentEvents,
  ...calendarEventFilter,
  list: { step: appointmentBooked },
});
