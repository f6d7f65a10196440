import { calendarIdField, CALENDAR_SCOPES, daysAheadField, rollingWindow, userIdField, userZone } from '../../families/calendars';
import type { Bundle } from 'zapier-platform-core';
import { trigger } from '../../steps/define';
import { invalidInput } from '../../steps/fields';
import { isTimeZone } from '../../steps/dates';

// HighLevel: "Date range cannot be more than 31 days"; 30 keeps clear of its day rounding.
const MAX_DAYS = 30;

/** The zone slot times are given in: the chosen one, else the user's Zapier time zone. */
const slotZone = (input: Record<string, any>, bundle: Bundle) => {
  if (!input.timezone) return userZone(bundle);
  if (!isTimeZone(input.timezone))
    throw invalidInput(`Time Zone (\`timezone\`) "${input.timezone}" is not an IANA time zone, like America/New_York.`);
  return input.timezone.trim();
};

export default trigger({
  key: 'get_free_slots',
  noun: 'Free Slot',
  label: 'New Free Slot',
  catalog: 'Get Free Slots',
  description: 'Triggers when a new bookable time opens on the chosen calendar, within the coming days.',
  endpoint: 'GET /calendars/{calendarId}/free-slots',
  scopes: CALENDAR_SCOPES.calendars.read,
  fields: [
    calendarIdField(),
    userIdField('userId', 'Team Member', "Only this team member's free times. Leave empty for the whole calendar."),
    {
      key: 'timezone',
      label: 'Time Zone',
      in: 'none',
      example: 'America/New_York',
      helpText: 'IANA time zone the slot times are given in, like America/New_York. Leave empty for your Zapier time zone.',
    },
    daysAheadField(MAX_DAYS),
  ],
  what: (i) => `Calendar ${i.calendarId}`,
  // Free slots from now to N days ahead, in one request.
  request: (input, bundle) => {
    const { start, end } = rollingWindow(input.daysAhead, MAX_DAYS);
    return { query: { startDate: start, endDate: end, timezone: slotZone(input, bundle) } };
  },
  // The answer is keyed by date ({"2026-11-25": {"slots": [...]}, "traceId": ...}): one item per slot.
  list: (data, input, bundle) =>
    Object.entries(data && typeof data === 'object' ? (data as Record<string, any>) : {})
      .filter(([, day]) => day && typeof day === 'object' && Array.isArray(day.slots))
      .flatMap(([date, day]) =>
        (day.slots as unknown[])
          .filter((slot): slot is string => typeof slot === 'string' && slot !== '')
          .map((slot) => ({
            id: `${input.calendarId}:${slot}`,
            calendarId: input.calendarId,
            date,
            slotStart: slot,
            timezone: slotZone(input, bundle),
            ...(input.userId ? { userId: input.userId } : {}),
          })),
      ),
  sample: {
    id: 'BqTwX8QFwXzpegMve9EQ:2026-11-25T10:00:00-05:00',
    calendarId: 'BqTwX8QFwXzpegMve9EQ',
    date: '2026-11-25',
    slotStart: '2026-11-25T10:00:00-05:00',
    timezone: 'America/New_York',
  },
  outputLabels: { id: 'Slot ID', calendarId: 'Calendar ID', date: 'Date', slotStart: 'Slot Start Time', timezone: 'Time Zone' },
});
