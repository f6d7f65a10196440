import { calendarIdField, calendarOutputLabels, calendarSample, CALENDAR_SCOPES } from '../../families/calendars';
import { contentHash } from '../../steps/dedupe';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_calendar',
  noun: 'Calendar',
  label: 'Calendar Updated (Chosen Calendar)',
  catalog: 'Get Calendar by ID',
  description: 'Triggers when the chosen calendar changes (its settings, team or open hours), and once when first set up.',
  endpoint: 'GET /calendars/{calendarId}',
  scopes: CALENDAR_SCOPES.calendars.read,
  fields: [calendarIdField()],
  record: 'calendar',
  // Calendars carry no updated stamp: a hash of their content marks a change.
  dedupe: { changedBy: 'content', idAs: 'calendarId' },
  what: (i) => `Calendar ${i.calendarId}`,
  sample: () => ({ ...calendarSample, id: `${calendarSample.id}:${contentHash(calendarSample)}`, calendarId: calendarSample.id }),
  outputLabels: { ...calendarOutputLabels, id: 'Change ID', calendarId: 'Calendar ID' },
});
