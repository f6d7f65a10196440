import { appointmentEvents, calendarIdField } from '../../families/calendars';
import { restHook } from '../../steps/restHook';
import appointmentBooked from '../calendars/appointmentBooked';

export default restHook({
  key: 'appointment_updated_hook',
  noun: 'Appointment',
  label: 'Appointment Updated (Instant)',
  description: 'Triggers instantly when an appointment changes: rescheduled, confirmed, cancelled, showed or no-show.',
  events: ['AppointmentUpdate'],
  family: appointmentEvents,
  fields: [calendarIdField(false, { help: 'Only appointments of this calendar. Leave empty for every calendar ("Test trigger" on an agency connection needs one).' })],
  filterBy: { calendarId: 'appointment.calendarId' },
  list: { step: appointmentBooked },
});
