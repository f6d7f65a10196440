// Calendars: scopes, ID fields (dynamic dropdowns) and the dropdowns of appointments and blocked slots.
import { invalidInput, type FieldSpec } from '../../steps/fields';
import { userIdField } from '../contacts';
import { DAY_MS } from './timeInputs';

export const CALENDAR_SCOPES = {
  calendars: { read: ['calendars.readonly'], write: ['calendars.write'] },
  groups: { read: ['calendars/groups.readonly'], write: ['calendars/groups.write'] },
  events: { read: ['calendars/events.readonly'], write: ['calendars/events.write'] },
  resources: { read: ['calendars/resources.readonly'], write: ['calendars/resources.write'] },
};

// ---- ID fields (dynamic dropdowns) ----

export const calendarIdField = (required = true, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  key: 'calendarId',
  label: 'Calendar',
  required,
  dynamic: 'list_calendars.id.name',
  example: 'BqTwX8QFwXzpegMve9EQ',
  helpText: 'The HighLevel calendar. Pick one, or map a Calendar ID from an earlier step.',
  ...extra,
});

export const groupIdField = (required = true, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  key: 'groupId',
  label: 'Calendar Group',
  required,
  dynamic: 'list_calendar_groups.id.name',
  example: 'Z8j4mNq2Lr7TsVb1XyPw',
  helpText: 'The calendar group. Pick one, or map a Group ID from an earlier step.',
  ...extra,
});

export const eventIdField = (label: string, helpText: string, dynamic = 'list_appointment_choices.id.name'): FieldSpec => ({
  key: 'eventId',
  label,
  required: true,
  dynamic,
  example: 'ocQHyuzHvysMo5N5VsXc',
  helpText,
});

export const appointmentIdField: FieldSpec = {
  key: 'appointmentId',
  label: 'Appointment',
  required: true,
  dynamic: 'list_appointment_choices.id.name',
  example: 'ocQHyuzHvysMo5N5VsXc',
  helpText:
    'Pick one of the appointments of the calendar chosen above, or map an appointment (event) ID from an earlier step (New Calendar Event, Appointment Updated (Chosen Appointment), Create Appointment).',
};

// ---- Dropdowns of appointments and blocked slots ----

/** The appointment and blocked-slot dropdowns list from 30 days ago to 330 days ahead (under a year). */
export const PICK_DAYS = { back: 30, ahead: 330 };

export const pickWindow = (now = Date.now()) => ({ start: now - PICK_DAYS.back * DAY_MS, end: now + PICK_DAYS.ahead * DAY_MS });

/**
 * Only feeds the appointment dropdown below it: HighLevel lists appointments per calendar. Not sent;
 * its own key, so it never mixes with a Calendar field the step sends.
 */
export const appointmentCalendarField = (label = 'Appointment Calendar', what = 'Appointment'): FieldSpec => ({
  key: 'appointmentCalendarId',
  label,
  in: 'none',
  altersDynamicFields: true,
  dynamic: 'list_calendars.id.name',
  example: 'BqTwX8QFwXzpegMve9EQ',
  helpText: `Only helps you pick: the ${what} dropdown below then lists this calendar's appointments from the past ${PICK_DAYS.back} days and the next 11 months. Not needed when you map an ID.`,
});

/** "Title · 2026-11-25 10:00" for dropdowns, in the time HighLevel gives (the calendar's zone). */
export const choiceName = (title: unknown, start: unknown, fallback: string) => {
  const when = typeof start === 'string' ? start.replace('T', ' ').slice(0, 16) : '';
  const text = typeof title === 'string' && title.trim() ? title.trim() : fallback;
  return when ? `${text} · ${when}` : text;
};

/** Upcoming first (soonest on top), then past ones (most recent on top). */
export const soonestFirst = (items: unknown, now = Date.now()) => {
  const list = (Array.isArray(items) ? items : []).filter((i): i is Record<string, any> => Boolean(i) && typeof i === 'object');
  const at = (i: Record<string, any>) => {
    const t = Date.parse(String(i.startTime ?? ''));
    return Number.isNaN(t) ? Infinity : t;
  };
  const upcoming = list.filter((i) => at(i) >= now).sort((a, b) => at(a) - at(b));
  const past = list.filter((i) => at(i) < now).sort((a, b) => at(b) - at(a));
  return [...upcoming, ...past];
};

export const appointmentNoteIdField: FieldSpec = {
  key: 'noteId',
  label: 'Note',
  required: true,
  dynamic: 'list_appointment_notes.id.title',
  example: 'Qm3Xv8TzLp1RsN6KdWeY',
  helpText: "One of the chosen appointment's notes. Pick one, or map a Note ID from an earlier step.",
};

export const notificationIdField: FieldSpec = {
  key: 'notificationId',
  label: 'Notification',
  required: true,
  dynamic: 'list_calendar_notifications.id.name',
  example: '6626a2a8c6e1f3b4d7a9e012',
  helpText: "One of the chosen calendar's notifications. Pick one, or map a Notification ID from an earlier step.",
};

export const RESOURCE_TYPES = { rooms: 'Room', equipments: 'Equipment' };

export const resourceTypeField: FieldSpec = {
  key: 'resourceType',
  label: 'Resource Type',
  required: true,
  choices: RESOURCE_TYPES,
  example: 'rooms',
  helpText: 'Rooms (places with a capacity) or equipment (items with a quantity).',
};

export const resourceIdField: FieldSpec = {
  key: 'resourceId',
  as: 'id',
  in: 'path',
  label: 'Resource',
  required: true,
  dynamic: 'list_calendar_resources.id.name',
  example: '66a1f0c2b8d4e5f6a7b8c9d0',
  helpText: 'The room or equipment, of the type chosen above. Pick one, or map a Resource ID from an earlier step.',
};

// ---- "Show Events For": calendar, user or group ----

const EVENTS_FOR = {
  calendar: { key: 'calendarId', label: 'Calendar', choice: 'One Calendar' },
  user: { key: 'userId', label: 'User', choice: 'One User (Team Member)' },
  group: { key: 'groupId', label: 'Calendar Group', choice: 'One Calendar Group' },
} as const;

export const eventsForFields = (what: string): FieldSpec[] =>
  [
    {
      key: 'eventsFor',
      label: `Show ${what} For`,
      required: true,
      in: 'none',
      example: 'calendar',
      choices: Object.fromEntries(Object.entries(EVENTS_FOR).map(([k, v]) => [k, v.choice])),
      helpText: `HighLevel lists ${what.toLowerCase()} of one calendar, one user or one calendar group: choose which, then pick it in the matching field below.`,
    },
    calendarIdField(false, { in: 'none', helpText: `Used when Show ${what} For is "One Calendar".` }),
    userIdField('userId', 'User', `The team member whose ${what.toLowerCase()} to list. Used when Show ${what} For is "One User".`),
    groupIdField(false, { in: 'none', helpText: `Used when Show ${what} For is "One Calendar Group".` }),
  ].map((f) => ({ ...f, in: 'none' as const }));

/** The one query parameter HighLevel needs among calendarId, userId and groupId. */
export const eventsForQuery = (input: Record<string, any>, what: string) => {
  const chosen = EVENTS_FOR[input.eventsFor as keyof typeof EVENTS_FOR];
  if (!chosen) throw invalidInput(`Show ${what} For (\`eventsFor\`) must be one of: calendar, user, group.`);
  const value = input[chosen.key];
  if (!value) {
    throw invalidInput(
      `Show ${what} For (\`eventsFor\`) is "${chosen.choice}", but ${chosen.label} (\`${chosen.key}\`) is empty. Pick a ${chosen.label} there, or change Show ${what} For.`,
    );
  }
  return { [chosen.key]: value };
};
