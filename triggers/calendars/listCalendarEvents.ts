import {
  CALENDAR_SCOPES,
  daysAheadField,
  eventOutputLabels,
  eventSample,
  eventsForFields,
  eventsForQuery,
  rollingWindow,
} from '../../families/calendars';
import { trigger } from '../../steps/define';

const MAX_DAYS = 365;

export default trigger({
  key: 'list_calendar_events',
  noun: 'Appointment',
  label: 'New Calendar Event',
  catalog: 'List Calendar Events',
  description: 'Triggers when a new appointment is booked for the coming days on a calendar, for a user or in a calendar group.',
  endpoint: 'GET /calendars/events',
  scopes: CALENDAR_SCOPES.events.read,
  exampleAlso: ['calendarId'],
  fields: [...eventsForFields('Events'), daysAheadField(MAX_DAYS)],
  location: 'query',
  // A rolling window from now to N days ahead, in epoch milliseconds as HighLevel wants.
  request: (input) => {
    const { start, end } = rollingWindow(input.daysAhead, MAX_DAYS);
    return { query: { ...eventsForQuery(input, 'Events'), startTime: String(start), endTime: String(end) } };
  },
  list: 'events',
  newest: 'dateAdded',
  item: (e) => ({ ...e, title: e.title || e.id }),
  sample: eventSample,
  outputLabels: eventOutputLabels,
});
