import { calendarBody, calendarFields, calendarOutputLabels, calendarSample, CALENDAR_SCOPES } from '../../families/calendars';
import { create } from '../../steps/define';

export default create({
  key: 'create_calendar',
  noun: 'Calendar',
  label: 'Create Calendar',
  description: 'Creates a booking calendar with its team, meeting length and open hours.',
  endpoint: 'POST /calendars/',
  scopes: CALENDAR_SCOPES.calendars.write,
  fields: calendarFields(true),
  location: 'body',
  request: (input) => ({ body: calendarBody(input) }),
  result: 'calendar',
  sample: calendarSample,
  outputLabels: calendarOutputLabels,
});
