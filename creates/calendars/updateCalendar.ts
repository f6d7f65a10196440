import {
  calendarBody,
  calendarFields,
  calendarIdField,
  calendarOutputLabels,
  calendarSample,
  CALENDAR_SCOPES,
} from '../../families/calendars';
import { create } from '../../steps/define';

export default create({
  key: 'update_calendar',
  noun: 'Calendar',
  label: 'Update Calendar',
  description: "Changes a calendar's settings; fields left empty stay as they are.",
  endpoint: 'PUT /calendars/{calendarId}',
  scopes: CALENDAR_SCOPES.calendars.write,
  fields: [calendarIdField(), ...calendarFields(false)],
  request: (input) => ({ body: calendarBody(input) }),
  what: (i) => `Calendar ${i.calendarId}`,
  result: 'calendar',
  sample: calendarSample,
  outputLabels: calendarOutputLabels,
});
