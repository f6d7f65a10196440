import { appointmentEvents, calendarEventFilter } from '../../families/calendars';
import { restHook } from '../../steps/restHook';
import appointmentBooked from '../calendars/appointmentBooked';

export default restHook({
  key: 'appointment_deleted_hook',
  noun: 'Appointment',
  label: 'Appointment Deleted (Instant)',
  description: 'Triggers when an appointment is deleted, with its details as they were.',
  events: ['AppointmentDelete'],
  family: appointmentEvents,
  ...calendarEventFilter,
  list: { step: appointmentBooked },
});
