import {
  blockedSlotSample,
  CALENDAR_SCOPES,
  daysAheadField,
  eventsForFields,
  eventsForQuery,
  rollingWindow,
} from '../../families/calendars';
import { trigger } from '../../steps/define';

const MAX_DAYS = 365;

export default trigger({
  key: 'list_blocked_slots',
  noun: 'Blocked Slot',
  label: 'New Blocked Slot',
  catalog: 'List Blocked Slots',
  description: 'Triggers when time is newly blocked in the coming days on a calendar, for a user or in a calendar group.',
  endpoint: 'GET /calendars/blocked-slots',
  scopes: CALENDAR_SCOPES.events.read,
  exampleAlso: ['calendarId'],
  fields: [...eventsForFields('Blocked Slots'), daysAheadField(MAX_DAYS)],
  location: 'query',
  request: (input) => {
    const { start, end } = rollingWindow(input.daysAhead, MAX_DAYS);
    return { query: { ...eventsForQuery(input, 'Blocked Slots'), startTime: String(start), endTime: String(end) } };
  },
  list: 'events',
  newest: 'dateAdded',
  sample: blockedSlotSample,
  outputLabels: { id: 'Blocked Slot ID', calendarId: 'Calendar ID', assignedUserId: 'User ID' },
});
