import {
  appointmentCalendarField,
  CALENDAR_SCOPES,
  choiceName,
  eventOutputLabels,
  eventSample,
  pickWindow,
  soonestFirst,
} from '../../families/calendars';
import { trigger } from '../../steps/define';
import { invalidInput } from '../../steps/fields';

// Hidden: feeds the Appointment and Event dropdowns with the appointments of the calendar chosen
// in the same step (HighLevel lists events per calendar, user or group, in a time window).
export default trigger({
  key: 'list_appointment_choices',
  noun: 'Appointment',
  label: 'List Appointment Choices',
  description: 'Triggers when an appointment is booked on the chosen calendar. Used for the Appointment dropdowns.',
  endpoint: 'GET /calendars/events',
  scopes: CALENDAR_SCOPES.events.read,
  hidden: true,
  fields: [appointmentCalendarField()],
  location: 'query',
  request: (input) => {
    if (!input.appointmentCalendarId) {
      throw invalidInput('Pick a calendar in the Calendar field above first: this list shows the appointments of that calendar.');
    }
    const { start, end } = pickWindow();
    return { query: { calendarId: input.appointmentCalendarId, startTime: String(start), endTime: String(end) } };
  },
  list: (data) => soonestFirst(data?.events),
  what: (i) => `Calendar ${i.appointmentCalendarId}`,
  item: (e) => ({ ...e, name: choiceName(e.title, e.startTime, 'Appointment') }),
  sample: { ...eventSample, name: `${eventSample.title} · 2026-11-25 10:00` },
  outputLabels: { ...eventOutputLabels, name: 'Appointment (Title and Start)' },
});
