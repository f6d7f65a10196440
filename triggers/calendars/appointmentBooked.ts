import { CALENDAR_SCOPES, eventSample } from '../../families/calendars';
import { listIn } from '../../highlevel/answers';
import { trigger } from '../../steps/define';
import { appointmentEventLabels, presentAppointment, watchedAppointmentsQuery, watchedCalendarField } from './appointmentEvents';

// Dedupe key: the appointment (event) id; for a recurring series, the series' id (masterEventId). One request per poll: the calendar's (or the connected
// user's) appointments from 30 days back to 330 days ahead, newest booking first.
export default trigger({
  key: 'appointment_booked',
  noun: 'Appointment',
  label: 'Appointment Booked',
  description: 'Triggers when an appointment is booked on the chosen calendar (or for you, on any calendar).',
  endpoint: 'GET /calendars/events',
  scopes: CALENDAR_SCOPES.events.read,
  fields: [watchedCalendarField],
  location: 'query',
  request: (input, bundle) => ({ query: watchedAppointmentsQuery(input, bundle) }),
  // A recurring series books once: its later occurrences, entering the window week by week, keep
  // the series' id (the occurrence's own stays in appointmentId) and so never fire again.
  list: (data, _input, bundle) =>
    listIn(data, 'events').map((e) => ({
      ...presentAppointment(e, bundle),
      appointmentId: e.id,
      ...(e.isRecurring && e.masterEventId ? { id: e.masterEventId } : {}),
    })),
  newest: 'dateAdded',
  dedupe: 'id',
  sample: { ...eventSample, appointmentId: eventSample.id },
  outputLabels: { ...appointmentEventLabels, id: 'Booking ID (the Series for Recurring Appointments)', appointmentId: 'Appointment ID' },
});
