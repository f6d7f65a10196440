// Calendars & Appointments: time conversion (across daylight-saving changes), rolling windows,
// free-slot flattening, the calendar/user/group choice, nested bodies and HighLevel's own errors.
import { families } from '../operations';
import { openHoursFrom } from '../families/calendars';
import type { Step } from '../steps/define';
import { parseInput } from '../steps/fields';
import { instantOfWall, isoInZone, isTimeZone, offsetMinutes, parseZapierTime, zapierTime } from '../steps/dates';
import { bundleFor, exampleInput, interceptHighLevel, perform } from './support/harness';

const calendars = families.calendars;
const NY = 'America/New_York';
const DAY = 24 * 60 * 60 * 1000;
const step = (key: string): Step => {
  const found = calendars.find((s) => s.key === key);
  if (!found) throw new Error(`no step ${key}`);
  return found;
};
const withInput = (s: Step, input: Record<string, unknown>, meta: Record<string, unknown> = {}) => {
  const base = bundleFor(s);
  return { ...base, inputData: { ...exampleInput(s), ...input }, meta: { ...base.meta, ...meta } };
};

describe('steps/dates.ts', () => {
  it('knows New York offsets on both sides of the 2026 changes', () => {
    expect(offsetMinutes(Date.parse('2026-03-08T06:59:59Z'), NY)).toBe(-300);
    expect(offsetMinutes(Date.parse('2026-03-08T07:00:00Z'), NY)).toBe(-240);
    expect(offsetMinutes(Date.parse('2026-11-01T05:59:59Z'), NY)).toBe(-240);
    expect(offsetMinutes(Date.parse('2026-11-01T06:00:00Z'), NY)).toBe(-300);
    expect(offsetMinutes(Date.parse('2026-07-01T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });

  it('reads text without an offset in the given zone, spring forward (2026-03-08)', () => {
    expect(zapierTime('2026-03-08T01:30', NY)).toEqual({ ms: Date.parse('2026-03-08T06:30:00Z'), iso: '2026-03-08T01:30:00-05:00' });
    expect(zapierTime('2026-03-08 03:30:00', NY)).toEqual({ ms: Date.parse('2026-03-08T07:30:00Z'), iso: '2026-03-08T03:30:00-04:00' });
    // 02:30 does not exist that night: it moves forward by the skipped hour.
    expect(zapierTime('2026-03-08 02:30', NY)?.iso).toBe('2026-03-08T03:30:00-04:00');
    // A bare date is midnight in the zone.
    expect(zapierTime('2026-03-08', NY)?.iso).toBe('2026-03-08T00:00:00-05:00');
    expect(zapierTime('2026-03-09', NY)?.iso).toBe('2026-03-09T00:00:00-04:00');
  });

  it('reads text without an offset in the given zone, fall back (2026-11-01)', () => {
    expect(zapierTime('2026-11-01T00:30', NY)?.iso).toBe('2026-11-01T00:30:00-04:00');
    // 01:30 happens twice: the first (daylight time) is taken.
    expect(zapierTime('2026-11-01T01:30', NY)).toEqual({ ms: Date.parse('2026-11-01T05:30:00Z'), iso: '2026-11-01T01:30:00-04:00' });
    expect(zapierTime('2026-11-01T02:30', NY)).toEqual({ ms: Date.parse('2026-11-01T07:30:00Z'), iso: '2026-11-01T02:30:00-05:00' });
    // One hour of wall time across the change is two hours of real time.
    const wall = (hour: number) => instantOfWall({ year: 2026, month: 11, day: 1, hour, minute: 0, second: 0, ms: 0 }, NY);
    expect(wall(2) - wall(1)).toBe(2 * 60 * 60 * 1000);
  });

  it('keeps the instant of text with an offset, and of epoch seconds or milliseconds', () => {
    expect(zapierTime('2026-11-25T15:00:00Z', NY)?.iso).toBe('2026-11-25T10:00:00-05:00');
    expect(zapierTime('2026-11-25T15:00:00+05:30', NY)?.ms).toBe(Date.parse('2026-11-25T09:30:00Z'));
    expect(zapierTime('2026-11-25T15:00:00.250-0500', NY)?.iso).toBe('2026-11-25T15:00:00.250-05:00');
    expect(zapierTime('2026-07-04T12:00:00-04:00', NY)?.iso).toBe('2026-07-04T12:00:00-04:00');
    expect(parseZapierTime('1795618800', NY)).toBe(1795618800000);
    expect(parseZapierTime(1795618800000, NY)).toBe(1795618800000);
    expect(parseZapierTime('Sun, 08 Mar 2026 14:30:00 GMT', NY)).toBe(Date.parse('2026-03-08T14:30:00Z'));
  });

  it('reads other readable text in the zone and refuses what is not a time', () => {
    expect(zapierTime('March 9, 2026 9:30 AM', NY)?.iso).toBe('2026-03-09T09:30:00-04:00');
    expect(parseZapierTime('2026-02-30', NY)).toBeUndefined();
    expect(parseZapierTime('next tuesday-ish', NY)).toBeUndefined();
    expect(parseZapierTime('', NY)).toBeUndefined();
  });

  it('falls back to UTC for a missing or unknown zone', () => {
    expect(isTimeZone(NY)).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(zapierTime('2026-03-08T02:30', 'Mars/Olympus_Mons')?.iso).toBe('2026-03-08T02:30:00+00:00');
    expect(zapierTime('2026-03-08T02:30', null)?.iso).toBe('2026-03-08T02:30:00+00:00');
    expect(isoInZone(Date.parse('2026-01-01T00:00:00Z'), 'Asia/Kolkata')).toBe('2026-01-01T05:30:00+05:30');
  });

  it('is what datetime inputs go through: offsets keep their instant, plain text is UTC without a zone', () => {
    const fields = [{ key: 'at', label: 'At', helpText: 'When.', type: 'datetime' as const }];
    expect(parseInput(fields, { at: '2026-11-25T15:00:00+05:30' }).at).toBe('2026-11-25T09:30:00.000Z');
    expect(parseInput(fields, { at: '2026-11-25 15:00' }).at).toBe('2026-11-25T15:00:00.000Z');
    expect(parseInput(fields, { at: '1795618800' }).at).toBe('2026-11-25T15:00:00.000Z');
    expect(() => parseInput(fields, { at: 'soon' })).toThrow(/must be a date and time/);
    expect(parseInput(fields, { at: '2026-11-25 15:00' }, 'America/New_York').at).toBe('2026-11-25T20:00:00.000Z');
  });
});

describe('Create Appointment', () => {
  const s = step('create_appointment');

  it("sends start and end in the user's zone, with the offset of each side of a change", async () => {
    const seen = interceptHighLevel();
    await perform(s, withInput(s, { startTime: '2026-11-01T01:30', endTime: '2026-11-01 02:30' }, { timezone: NY }));
    expect(seen).toHaveLength(1);
    expect(seen[0].problems).toEqual([]);
    expect(seen[0].body).toMatchObject({
      calendarId: 'BqTwX8QFwXzpegMve9EQ',
      contactId: 'seD4PfOuKoVMLkEZqohJ',
      locationId: 've9EPM428h8vShlRW1KT',
      startTime: '2026-11-01T01:30:00-04:00',
      endTime: '2026-11-01T02:30:00-05:00',
      appointmentStatus: 'confirmed',
      overrideLocationConfig: true,
      ignoreFreeSlotValidation: false,
    });
  });

  it('keeps the instant of times given with an offset, shown in the user zone', async () => {
    const seen = interceptHighLevel();
    await perform(s, withInput(s, { startTime: '2026-03-08T12:00:00Z', endTime: '' }, { timezone: NY }));
    expect((seen[0].body as any).startTime).toBe('2026-03-08T08:00:00-04:00');
    expect(seen[0].body).not.toHaveProperty('endTime');
  });

  it("shows HighLevel's own message when the slot is taken", async () => {
    interceptHighLevel(() => ({ status: 400, body: { statusCode: 400, message: 'The slot you have selected is no longer available.' } }));
    await expect(perform(s, withInput(s, {}))).rejects.toThrow(/The slot you have selected is no longer available/);
  });

  it('offers the status as choices from the document', () => {
    const status = s.definition.operation.inputFields.find((f: any) => f.key === 'appointmentStatus');
    expect(Object.keys(status.choices)).toEqual(['new', 'confirmed', 'cancelled', 'showed', 'noshow', 'invalid']);
  });
});

describe('List Calendar Events and List Blocked Slots', () => {
  it.each(['list_calendar_events', 'list_blocked_slots'])('%s polls from now to Days Ahead, for the chosen calendar only', async (key) => {
    const s = step(key);
    const seen = interceptHighLevel();
    const before = Date.now();
    await perform(s, withInput(s, { eventsFor: 'calendar', daysAhead: 7 }));
    const after = Date.now();
    expect(seen).toHaveLength(1);
    const q = seen[0].query;
    expect(q.calendarId).toBe('BqTwX8QFwXzpegMve9EQ');
    expect(q).not.toHaveProperty('userId');
    expect(q).not.toHaveProperty('groupId');
    expect(Number(q.startTime)).toBeGreaterThanOrEqual(before);
    expect(Number(q.startTime)).toBeLessThanOrEqual(after);
    expect(Number(q.endTime) - Number(q.startTime)).toBe(7 * DAY);
  });

  it('defaults to 30 days and sends only the group when a group is chosen', async () => {
    const s = step('list_calendar_events');
    const seen = interceptHighLevel();
    await perform(s, withInput(s, { eventsFor: 'group', daysAhead: '' }));
    expect(seen[0].query.groupId).toBe('Z8j4mNq2Lr7TsVb1XyPw');
    expect(seen[0].query).not.toHaveProperty('calendarId');
    expect(Number(seen[0].query.endTime) - Number(seen[0].query.startTime)).toBe(30 * DAY);
  });

  it('says clearly when the chosen calendar, user or group is empty', async () => {
    const s = step('list_calendar_events');
    const seen = interceptHighLevel();
    await expect(perform(s, withInput(s, { eventsFor: 'user', userId: '' }))).rejects.toThrow(
      /One User \(Team Member\).{0,2}, but User \(`userId`\) is empty/,
    );
    expect(seen).toHaveLength(0);
  });

  it('fires once per new event, newest first', async () => {
    const s = step('list_calendar_events');
    interceptHighLevel(() => ({
      status: 200,
      body: {
        events: [
          { id: 'old', title: 'A', dateAdded: '2026-11-20T10:00:00.000Z' },
          { id: 'new', title: 'B', dateAdded: '2026-11-22T10:00:00.000Z' },
        ],
      },
    }));
    const items = (await perform(s, withInput(s, {}))) as any[];
    expect(items.map((i) => i.id)).toEqual(['new', 'old']);
  });
});

describe('Appointment and Blocked Slot dropdowns', () => {
  const actionsWithAppointmentDropdown = [
    ['get_appointment', 'eventId'],
    ['update_appointment', 'eventId'],
    ['delete_calendar_event', 'eventId'],
    ['list_appointment_notes', 'appointmentId'],
    ['create_appointment_note', 'appointmentId'],
    ['update_appointment_note', 'appointmentId'],
    ['delete_appointment_note', 'appointmentId'],
  ];

  it.each(actionsWithAppointmentDropdown)('%s offers the appointments of a calendar chosen just above, not sent', async (key, idKey) => {
    const s = step(key);
    const fields = s.definition.operation.inputFields;
    const at = fields.findIndex((f: any) => f.key === idKey);
    expect(fields[at].dynamic).toBe('list_appointment_choices.id.name');
    expect(fields[at - 1]).toMatchObject({ key: 'appointmentCalendarId', dynamic: 'list_calendars.id.name', altersDynamicFields: true });
    const seen = interceptHighLevel();
    await perform(s, withInput(s, {}));
    expect(JSON.stringify(seen.map((r) => [r.query, r.body]))).not.toContain('appointmentCalendarId');
  });

  it('lists the chosen calendar from 30 days ago to 330 days ahead, upcoming soonest first, then the past', async () => {
    const s = step('list_appointment_choices');
    const now = Date.now();
    const iso = (days: number) => new Date(now + days * DAY).toISOString();
    const seen = interceptHighLevel(() => ({
      status: 200,
      body: {
        events: [
          { id: 'past-old', title: 'Kickoff', startTime: iso(-20) },
          { id: 'later', title: 'Review', startTime: iso(10) },
          { id: 'past-recent', title: 'Audit', startTime: iso(-2) },
          { id: 'far', title: '', startTime: '2099-01-01T10:00:00-05:00' },
          { id: 'next', title: 'Call', startTime: iso(1) },
        ],
      },
    }));
    const items = (await perform(s, withInput(s, { appointmentCalendarId: 'CAL1' }))) as any[];
    expect(seen).toHaveLength(1);
    const q = seen[0].query;
    expect(q).toMatchObject({ calendarId: 'CAL1', locationId: 've9EPM428h8vShlRW1KT' });
    expect(Math.abs(Number(q.startTime) - (now - 30 * DAY))).toBeLessThan(60_000);
    expect(Number(q.endTime) - Number(q.startTime)).toBe(360 * DAY);
    expect(items.map((i) => i.id)).toEqual(['next', 'later', 'far', 'past-recent', 'past-old']);
    expect(items.find((i) => i.id === 'far').name).toBe('Appointment · 2099-01-01 10:00');
  });

  it('asks for the calendar first instead of calling HighLevel without one', async () => {
    const s = step('list_appointment_choices');
    const seen = interceptHighLevel();
    await expect(perform(s, withInput(s, { appointmentCalendarId: '' }))).rejects.toThrow(
      /Pick a calendar in the Calendar field above first/,
    );
    expect(seen).toHaveLength(0);
  });

  it('Update Block Slot lists the blocked time of the calendar or user chosen above its Blocked Slot field', async () => {
    const update = step('update_block_slot');
    // Its own fields, after the Sub-Account field that agency connections add first.
    const own = update.definition.operation.inputFields.filter((f: unknown) => typeof f === 'object');
    expect(own.slice(0, 4).map((f: any) => f.key)).toEqual(['blockFor', 'calendarId', 'assignedUserId', 'eventId']);
    expect(own[3].dynamic).toBe('list_blocked_slot_choices.id.name');

    const s = step('list_blocked_slot_choices');
    const seen = interceptHighLevel();
    await perform(s, withInput(s, { blockFor: 'user', calendarId: 'CAL1', assignedUserId: 'USER1' }));
    await perform(s, withInput(s, { blockFor: '', calendarId: 'CAL1', assignedUserId: '' }));
    expect(seen[0].query).toMatchObject({ userId: 'USER1' });
    expect(seen[0].query).not.toHaveProperty('calendarId');
    expect(seen[1].query).toMatchObject({ calendarId: 'CAL1' });
    expect(seen[1].query).not.toHaveProperty('userId');
    await expect(perform(s, withInput(s, { blockFor: 'user', assignedUserId: '' }))).rejects.toThrow(/Pick a User above first/);
    expect(seen).toHaveLength(2);
  });
});

describe('Get Free Slots', () => {
  const s = step('get_free_slots');

  it('flattens the answer keyed by date into one item per slot, id = calendar and slot start', async () => {
    const seen = interceptHighLevel(() => ({
      status: 200,
      body: {
        '2026-11-25': { slots: ['2026-11-25T10:00:00-05:00', '2026-11-25T10:30:00-05:00'] },
        '2026-11-26': { slots: ['2026-11-26T09:00:00-05:00'] },
        traceId: 'a1b2c3',
      },
    }));
    const before = Date.now();
    const items = (await perform(s, withInput(s, { timezone: '', userId: '' }, { timezone: NY }))) as any[];
    expect(items.map((i) => i.id)).toEqual([
      'BqTwX8QFwXzpegMve9EQ:2026-11-25T10:00:00-05:00',
      'BqTwX8QFwXzpegMve9EQ:2026-11-25T10:30:00-05:00',
      'BqTwX8QFwXzpegMve9EQ:2026-11-26T09:00:00-05:00',
    ]);
    expect(items[2]).toEqual({
      id: 'BqTwX8QFwXzpegMve9EQ:2026-11-26T09:00:00-05:00',
      calendarId: 'BqTwX8QFwXzpegMve9EQ',
      date: '2026-11-26',
      slotStart: '2026-11-26T09:00:00-05:00',
      timezone: NY,
    });
    expect(seen).toHaveLength(1);
    expect(seen[0].problems).toEqual([]);
    expect(seen[0].query.timezone).toBe(NY);
    expect(Number(seen[0].query.startDate)).toBeGreaterThanOrEqual(before);
    expect(Number(seen[0].query.endDate) - Number(seen[0].query.startDate)).toBe(30 * DAY);
  });

  it("keeps the window within HighLevel's 31-day limit and refuses unknown time zones", async () => {
    const seen = interceptHighLevel();
    await perform(s, withInput(s, { daysAhead: 90 }));
    expect(Number(seen[0].query.endDate) - Number(seen[0].query.startDate)).toBeLessThanOrEqual(31 * DAY);
    await expect(perform(s, withInput(s, { timezone: 'Eastern' }))).rejects.toThrow(/not an IANA time zone/);
  });
});

describe('calendar bodies', () => {
  it('turns open hours JSON into HighLevel openHours, grouping days with equal hours', () => {
    expect(openHoursFrom({ monday: '09:00-17:00', Tue: '09:00-17:00', friday: '09:00-12:00, 13:00-16:30', sunday: 'closed' })).toEqual([
      { daysOfTheWeek: [1, 2], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] },
      {
        daysOfTheWeek: [5],
        hours: [
          { openHour: 9, openMinute: 0, closeHour: 12, closeMinute: 0 },
          { openHour: 13, openMinute: 0, closeHour: 16, closeMinute: 30 },
        ],
      },
    ]);
    expect(() => openHoursFrom({ funday: '09:00-17:00' })).toThrow(/not a day of the week/);
    expect(() => openHoursFrom({ monday: '17:00-09:00' })).toThrow(/closes before it opens/);
  });

  it('Create Calendar sends team members as objects with their meeting location', async () => {
    const s = step('create_calendar');
    const seen = interceptHighLevel();
    await perform(s, withInput(s, { teamMembers: ['u1', 'u2'], calendarType: 'collective' }));
    expect(seen[0].problems).toEqual([]);
    expect((seen[0].body as any).teamMembers).toEqual([
      { userId: 'u1', isPrimary: true, locationConfigurations: [{ kind: 'physical', location: '3535 1st St N, Dolomite, AL' }] },
      { userId: 'u2', locationConfigurations: [{ kind: 'physical', location: '3535 1st St N, Dolomite, AL' }] },
    ]);
    expect((seen[0].body as any).openHours[0].daysOfTheWeek).toEqual([1, 2]);
  });

  it('Create Block Slot blocks for a user without a calendar when asked', async () => {
    const s = step('create_block_slot');
    const seen = interceptHighLevel();
    await perform(s, withInput(s, { blockFor: 'user', startTime: '2026-03-08 09:00', endTime: '2026-03-08 17:00' }, { timezone: NY }));
    expect(seen[0].body).toMatchObject({
      assignedUserId: 'y0BeYjuRIlDwsDcOHOJo',
      startTime: '2026-03-08T09:00:00-04:00',
      endTime: '2026-03-08T17:00:00-04:00',
    });
    expect(seen[0].body).not.toHaveProperty('calendarId');
  });

  it('Create Calendar Notification sends a list of one, reminder timing in beforeTime', async () => {
    const s = step('create_calendar_notification');
    const seen = interceptHighLevel();
    const out = (await perform(s, withInput(s, {}))) as any;
    expect(seen[0].problems).toEqual([]);
    expect(Array.isArray(seen[0].body)).toBe(true);
    expect((seen[0].body as any[])[0]).toMatchObject({
      notificationType: 'reminder',
      channel: 'email',
      beforeTime: [{ timeOffset: 1, unit: 'days' }],
      additionalEmailIds: ['office@example.com'],
    });
    expect((seen[0].body as any[])[0]).not.toHaveProperty('additionalEmails');
    expect(out).toHaveProperty('id');
  });

  it('offers the resource type as a dropdown of rooms and equipment', () => {
    for (const key of [
      'list_calendar_resources',
      'get_calendar_resource',
      'create_calendar_resource',
      'update_calendar_resource',
      'delete_calendar_resource',
    ]) {
      const field = step(key).definition.operation.inputFields.find((f: any) => f.key === 'resourceType');
      expect(Object.keys(field.choices).sort()).toEqual(['equipments', 'rooms']);
    }
  });
});
