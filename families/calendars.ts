// Calendars & Appointments family: scopes, ID fields, samples, time handling and the builders of
// HighLevel's larger bodies (calendars, notifications), shared by its steps.
import type { Bundle } from 'zapier-platform-core';
import { isObject } from '../highlevel/answers';
import { compact, isAgencyConnection } from '../highlevel/request';
import { invalidInput, type FieldSpec } from '../steps/fields';
import type { EventFamily } from '../steps/restHook';
import { firstValue } from '../steps/instant';
import { isoInZone, parseZapierTime, zapierTime, zoneOrUtc } from '../steps/time';
import { contactIdField, userIdField } from './contacts';

export { contactIdField, userIdField };

export const CALENDAR_SCOPES = {
  calendars: { read: ['calendars.readonly'], write: ['calendars.write'] },
  groups: { read: ['calendars/groups.readonly'], write: ['calendars/groups.write'] },
  events: { read: ['calendars/events.readonly'], write: ['calendars/events.write'] },
  resources: { read: ['calendars/resources.readonly'], write: ['calendars/resources.write'] },
};

// ---- Time: inputs without an offset mean the user's Zapier time zone ----

/** The Zap owner's time zone (Zapier Settings > Time Zone), UTC when Zapier sends none. */
export const userZone = (bundle: Bundle): string => zoneOrUtc(bundle.meta?.timezone);

/** A datetime input re-read from the raw value in the user's time zone: ISO-8601 with that zone's offset. */
export const zonedIso = (bundle: Bundle, key: string): string | undefined =>
  zapierTime(bundle.inputData?.[key], userZone(bundle))?.iso;

/** Body fields for the given datetime inputs, only those filled in. */
export const zonedTimes = (bundle: Bundle, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, zonedIso(bundle, k)]).filter(([, v]) => v !== undefined));

const DAY_MS = 24 * 60 * 60 * 1000;

export const daysAheadField = (max: number): FieldSpec => ({
  key: 'daysAhead', label: 'Days Ahead', type: 'integer', in: 'none', default: '30', example: 30,
  help: `How far ahead to look, in days from now (1 to ${max}, default 30).`,
});

/** From now to N days ahead, as epoch milliseconds. */
export const rollingWindow = (daysAhead: unknown, max: number, now = Date.now()) => {
  const wanted = Number(daysAhead);
  const days = Number.isFinite(wanted) && wanted >= 1 ? Math.min(Math.floor(wanted), max) : Math.min(30, max);
  return { start: now, end: now + days * DAY_MS };
};

// ---- ID fields (dynamic dropdowns) ----

export const calendarIdField = (required = true, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  key: 'calendarId', label: 'Calendar', required, dynamic: 'list_calendars.id.name', example: 'BqTwX8QFwXzpegMve9EQ',
  help: 'The HighLevel calendar. Pick one, or map a Calendar ID from an earlier step.',
  ...extra,
});

export const groupIdField = (required = true, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  key: 'groupId', label: 'Calendar Group', required, dynamic: 'list_calendar_groups.id.name', example: 'Z8j4mNq2Lr7TsVb1XyPw',
  help: 'The calendar group. Pick one, or map a Group ID from an earlier step.',
  ...extra,
});

export const eventIdField = (label: string, help: string, dynamic = 'list_appointment_choices.id.name'): FieldSpec => ({
  key: 'eventId', label, required: true, dynamic, example: 'ocQHyuzHvysMo5N5VsXc', help,
});

export const appointmentIdField: FieldSpec = {
  key: 'appointmentId', label: 'Appointment', required: true, dynamic: 'list_appointment_choices.id.name', example: 'ocQHyuzHvysMo5N5VsXc',
  help: 'Pick one of the appointments of the calendar chosen above, or map an appointment (event) ID from an earlier step (List Calendar Events, Get Appointment, Create Appointment).',
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
  key: 'appointmentCalendarId', label, in: 'none', altersDynamicFields: true, dynamic: 'list_calendars.id.name',
  example: 'BqTwX8QFwXzpegMve9EQ',
  help: `Only helps you pick: the ${what} dropdown below then lists this calendar's appointments from the past ${PICK_DAYS.back} days and the next 11 months. Not needed when you map an ID.`,
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
  key: 'noteId', label: 'Note', required: true, dynamic: 'list_appointment_notes.id.title', example: 'Qm3Xv8TzLp1RsN6KdWeY',
  help: "One of the chosen appointment's notes. Pick one, or map a Note ID from an earlier step.",
};

export const notificationIdField: FieldSpec = {
  key: 'notificationId', label: 'Notification', required: true, dynamic: 'list_calendar_notifications.id.name',
  example: '6626a2a8c6e1f3b4d7a9e012',
  help: "One of the chosen calendar's notifications. Pick one, or map a Notification ID from an earlier step.",
};

export const RESOURCE_TYPES = { rooms: 'Room', equipments: 'Equipment' };

export const resourceTypeField: FieldSpec = {
  key: 'resourceType', label: 'Resource Type', required: true, choices: RESOURCE_TYPES, example: 'rooms',
  help: 'Rooms (places with a capacity) or equipment (items with a quantity).',
};

export const resourceIdField: FieldSpec = {
  key: 'resourceId', as: 'id', in: 'path', label: 'Resource', required: true, dynamic: 'list_calendar_resources.id.name',
  example: '66a1f0c2b8d4e5f6a7b8c9d0',
  help: 'The room or equipment, of the type chosen above. Pick one, or map a Resource ID from an earlier step.',
};

// ---- "Show Events For": calendar, user or group ----

const EVENTS_FOR = {
  calendar: { key: 'calendarId', label: 'Calendar', choice: 'One Calendar' },
  user: { key: 'userId', label: 'User', choice: 'One User (Team Member)' },
  group: { key: 'groupId', label: 'Calendar Group', choice: 'One Calendar Group' },
} as const;

export const eventsForFields = (what: string): FieldSpec[] => [
  {
    key: 'eventsFor', label: `Show ${what} For`, required: true, in: 'none', example: 'calendar',
    choices: Object.fromEntries(Object.entries(EVENTS_FOR).map(([k, v]) => [k, v.choice])),
    help: `HighLevel lists ${what.toLowerCase()} of one calendar, one user or one calendar group: choose which, then pick it in the matching field below.`,
  },
  calendarIdField(false, { in: 'none', help: `Used when Show ${what} For is "One Calendar".` }),
  userIdField('userId', 'User', `The team member whose ${what.toLowerCase()} to list. Used when Show ${what} For is "One User".`),
  groupIdField(false, { in: 'none', help: `Used when Show ${what} For is "One Calendar Group".` }),
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

// ---- Samples (static, ISO-8601 dates) ----

export const groupSample = {
  id: 'Z8j4mNq2Lr7TsVb1XyPw',
  name: 'SEO Consultations',
  description: 'Calendars for SEO audit and strategy calls.',
  slug: 'seo-consultations',
  isActive: true,
  locationId: 've9EPM428h8vShlRW1KT',
};

export const calendarSample = {
  id: 'BqTwX8QFwXzpegMve9EQ',
  name: 'SEO Strategy Call',
  description: 'A 30-minute call to review your Rankr SEO audit.',
  slug: 'seo-strategy-call',
  widgetSlug: 'seo-strategy-call',
  calendarType: 'round_robin',
  eventType: 'RoundRobin_OptimizeForAvailability',
  groupId: 'Z8j4mNq2Lr7TsVb1XyPw',
  locationId: 've9EPM428h8vShlRW1KT',
  isActive: true,
  teamMembers: [{ userId: 'y0BeYjuRIlDwsDcOHOJo', priority: 1, isPrimary: true }],
  eventTitle: 'SEO call with {{contact.name}}',
  eventColor: '#039be5',
  slotDuration: 30,
  slotDurationUnit: 'mins',
  slotInterval: 30,
  slotIntervalUnit: 'mins',
  slotBuffer: 10,
  slotBufferUnit: 'mins',
  preBuffer: 0,
  preBufferUnit: 'mins',
  appoinmentPerSlot: 1,
  appoinmentPerDay: 8,
  allowBookingAfter: 1,
  allowBookingAfterUnit: 'days',
  allowBookingFor: 30,
  allowBookingForUnit: 'days',
  openHours: [{ daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] }],
  autoConfirm: true,
  allowReschedule: true,
  allowCancellation: true,
};

export const calendarOutputLabels = {
  id: 'Calendar ID', groupId: 'Calendar Group ID', appoinmentPerSlot: 'Appointments per Slot',
  appoinmentPerDay: 'Appointments per Day', 'teamMembers[]userId': 'Team Member User ID',
};

export const eventSample = {
  id: 'ocQHyuzHvysMo5N5VsXc',
  title: 'SEO strategy call with Jane Doe',
  calendarId: 'BqTwX8QFwXzpegMve9EQ',
  groupId: 'Z8j4mNq2Lr7TsVb1XyPw',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  assignedUserId: 'y0BeYjuRIlDwsDcOHOJo',
  users: ['y0BeYjuRIlDwsDcOHOJo'],
  appointmentStatus: 'confirmed',
  address: 'https://meet.example.com/seo-call',
  notes: 'Review the Rankr audit together.',
  description: 'Walk through the 12 missing meta descriptions.',
  isRecurring: false,
  startTime: '2026-11-25T10:00:00-05:00',
  endTime: '2026-11-25T10:30:00-05:00',
  locationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2026-11-21T15:00:00.000Z',
  dateUpdated: '2026-11-21T15:00:00.000Z',
};

export const eventOutputLabels = {
  id: 'Event ID', calendarId: 'Calendar ID', groupId: 'Calendar Group ID', contactId: 'Contact ID',
  assignedUserId: 'Assigned User ID', 'users[]': 'Other Assigned User IDs', address: 'Address or Meeting Link',
};

export const blockedSlotSample = {
  id: 'tXr8Kd3PqLm2NvB7WcZa',
  title: 'Team offsite',
  calendarId: 'BqTwX8QFwXzpegMve9EQ',
  assignedUserId: 'y0BeYjuRIlDwsDcOHOJo',
  startTime: '2026-11-27T09:00:00-05:00',
  endTime: '2026-11-27T17:00:00-05:00',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const appointmentSample = {
  id: 'ocQHyuzHvysMo5N5VsXc',
  title: 'SEO strategy call with Jane Doe',
  calendarId: 'BqTwX8QFwXzpegMve9EQ',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  assignedUserId: 'y0BeYjuRIlDwsDcOHOJo',
  appointmentStatus: 'confirmed',
  meetingLocationType: 'custom',
  address: 'https://meet.example.com/seo-call',
  isRecurring: false,
  startTime: '2026-11-25T10:00:00-05:00',
  endTime: '2026-11-25T10:30:00-05:00',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const appointmentNoteSample = {
  id: 'Qm3Xv8TzLp1RsN6KdWeY',
  body: 'Client wants to focus on local SEO first.',
  userId: 'y0BeYjuRIlDwsDcOHOJo',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  dateAdded: '2026-11-25T10:35:00.000Z',
  createdBy: { id: 'y0BeYjuRIlDwsDcOHOJo', name: 'Sam Rivera' },
};

export const notificationSample = {
  id: '6626a2a8c6e1f3b4d7a9e012',
  _id: '6626a2a8c6e1f3b4d7a9e012',
  name: 'Reminder by email to the contact',
  notificationType: 'reminder',
  channel: 'email',
  receiverType: 'contact',
  isActive: true,
  deleted: false,
  subject: 'Your SEO strategy call is tomorrow',
  body: 'Hi {{contact.first_name}}, see you tomorrow at {{appointment.start_time}}.',
  templateId: '',
  beforeTime: [{ timeOffset: 1, unit: 'days' }],
  additionalEmailIds: ['office@example.com'],
  selectedUsers: ['y0BeYjuRIlDwsDcOHOJo'],
};

export const notificationOutputLabels = { id: 'Notification ID', _id: 'Notification ID (HighLevel)', 'selectedUsers[]': 'Selected User IDs' };

export const resourceSample = {
  id: '66a1f0c2b8d4e5f6a7b8c9d0',
  name: 'Yoga Room',
  resourceType: 'rooms',
  description: 'Main studio, second floor.',
  isActive: true,
  capacity: 12,
  quantity: 1,
  outOfService: 0,
  calendarIds: ['BqTwX8QFwXzpegMve9EQ'],
  locationId: 've9EPM428h8vShlRW1KT',
};

export const resourceOutputLabels = { id: 'Resource ID', 'calendarIds[]': 'Calendar IDs', outOfService: 'Out of Service' };

/** HighLevel's resource answers name the id `_id` (or `id`, or not at all: then the fallback). */
export const withResourceId = (r: Record<string, any>, fallback?: string) => {
  const id = r.id ?? r._id ?? fallback;
  return id === undefined ? { ...r } : { ...r, id };
};

const NOTIFICATION_TYPES: Record<string, string> = {
  booked: 'Booked', confirmation: 'Confirmation', cancellation: 'Cancellation',
  reminder: 'Reminder', followup: 'Follow-up', reschedule: 'Reschedule',
};
const CHANNELS: Record<string, string> = { email: 'Email', inApp: 'In-App', sms: 'SMS', whatsapp: 'WhatsApp' };
const RECEIVERS: Record<string, string> = {
  contact: 'Contact', guest: 'Guests', assignedUser: 'Assigned User', emails: 'Additional Emails',
  phoneNumbers: 'Additional Phone Numbers', business: 'Business (Selected Users)',
};

/** Notifications carry `_id`; dropdowns want `id` and a readable `name`. */
export const withNotificationId = (n: Record<string, any>) => ({
  ...n,
  id: n.id ?? n._id,
  name:
    n.name ||
    `${NOTIFICATION_TYPES[n.notificationType] ?? n.notificationType ?? 'Notification'} by ${
      CHANNELS[n.channel] ?? n.channel ?? 'any channel'
    } to ${(RECEIVERS[n.receiverType] ?? n.receiverType ?? 'recipient').toLowerCase()}`,
});

// ---- Calendar groups ----

export const groupFields: FieldSpec[] = [
  { key: 'name', label: 'Name', required: true, help: 'Group name, shown on the group booking page.', example: 'SEO Consultations' },
  { key: 'description', label: 'Description', type: 'text', required: true, help: 'What the calendars of this group are for.', example: 'Calendars for SEO audit and strategy calls.' },
  {
    key: 'slug', label: 'URL Slug', required: true, example: 'seo-consultations',
    help: "The group booking page address part, lowercase with dashes. Check it first with Validate Group Slug if unsure.",
  },
];

// ---- Appointments and blocked slots ----

const APPOINTMENT_STATUS = {
  new: 'New', confirmed: 'Confirmed', cancelled: 'Cancelled', showed: 'Showed', noshow: 'No Show', invalid: 'Invalid',
};

const TIME_HELP = 'Without a time zone offset it is read in your Zapier time zone (Settings > Time Zone).';

export const appointmentFields = (isNew: boolean): FieldSpec[] => [
  isNew
    ? calendarIdField(true, { help: 'The calendar to book on. Pick one, or map a Calendar ID from an earlier step.' })
    : calendarIdField(false, { help: 'Moves the appointment to this calendar. Leave empty to keep it where it is.' }),
  ...(isNew ? [contactIdField] : []),
  {
    key: 'startTime', label: 'Start Time', type: 'datetime', required: isNew, example: '2026-11-25T10:00:00-05:00',
    help: `When the appointment starts, like 2026-11-25 10:00. ${TIME_HELP}`,
  },
  {
    key: 'endTime', label: 'End Time', type: 'datetime', example: '2026-11-25T10:30:00-05:00',
    help: `When it ends. ${TIME_HELP}${isNew ? " Leave empty to use the calendar's meeting length." : ''}`,
  },
  { key: 'title', label: 'Title', help: 'Shown on the calendar, for example "SEO call with Jane Doe".', example: 'SEO strategy call with Jane Doe' },
  {
    key: 'appointmentStatus', label: 'Status', choices: APPOINTMENT_STATUS, example: 'confirmed',
    help: isNew ? 'Status of the booking. Leave empty for the calendar\'s default.' : 'New status, for example Showed or No Show after the meeting.',
  },
  userIdField('assignedUserId', 'Assigned User', 'The team member who takes the appointment. Leave empty to let the calendar assign one.'),
  {
    key: 'meetingLocationType', label: 'Meeting Location Type', example: 'custom',
    choices: { custom: 'Custom', address: 'In Person (Address)', phone: 'Phone', zoom: 'Zoom', gmeet: 'Google Meet', ms_teams: 'Microsoft Teams', google: 'Google' },
    help: "Overrides the calendar's meeting location for this appointment. Leave empty to use the calendar's setting.",
  },
  { key: 'address', label: 'Address or Meeting Link', help: 'Where the meeting happens: a street address, phone number or video link.', example: 'https://meet.example.com/seo-call' },
  { key: 'description', label: 'Description', type: 'text', help: 'Details shown in the appointment.', example: 'Walk through the 12 missing meta descriptions.' },
  {
    key: 'ignoreFreeSlotValidation', label: 'Book Even If the Slot Is Taken', type: 'boolean', example: false,
    help: "Yes books the time even if it is not a free slot. No (default) lets HighLevel refuse a taken slot, and the Zap shows HighLevel's message.",
  },
  {
    key: 'ignoreDateRange', label: 'Ignore Booking Window', type: 'boolean', example: false,
    help: "Yes ignores the calendar's minimum scheduling notice and how far ahead it takes bookings.",
  },
  {
    key: 'toNotify', label: 'Send Notifications and Run Automations', type: 'boolean', example: true,
    help: 'No books silently: HighLevel sends no notifications and runs no workflows for this booking.',
  },
  {
    key: 'rrule', label: 'Recurrence Rule', example: 'RRULE:FREQ=WEEKLY;COUNT=4',
    help: 'Makes a recurring appointment, as an iCalendar RRULE like RRULE:FREQ=WEEKLY;COUNT=4. HighLevel applies it only with "Book Even If the Slot Is Taken" set to Yes.',
  },
];

/** Appointment body extras: times in the user's zone, and the location override flag HighLevel needs. */
export const appointmentBody = (input: Record<string, any>, bundle: Bundle) => ({
  ...zonedTimes(bundle, ['startTime', 'endTime']),
  ...(input.meetingLocationType ? { overrideLocationConfig: true } : {}),
});

const BLOCK_FOR = { calendar: 'A Calendar', user: 'A User (Team Member)' };

/**
 * Where time is blocked: a calendar or a user. On update they also fill the Blocked Slot dropdown
 * (the list_blocked_slot_choices trigger reads these keys), so they come first and refresh it.
 */
export const blockTargetFields = (mode: 'create' | 'update' | 'pick'): FieldSpec[] => {
  const refresh = mode === 'update' ? { altersDynamicFields: true } : {};
  const lists = mode === 'create' ? '' : ' Its blocked time is listed in the Blocked Slot dropdown.';
  return [
    {
      key: 'blockFor', label: 'Block Time For', required: mode !== 'pick', in: 'none', example: 'calendar', choices: BLOCK_FOR, ...refresh,
      help: 'HighLevel blocks time on one calendar or for one user, not both: choose which, then pick it below.',
    },
    calendarIdField(false, { in: 'none', help: `Used when Block Time For is "A Calendar".${lists}`, ...refresh }),
    { ...userIdField('assignedUserId', 'User', `Used when Block Time For is "A User".${lists}`), in: 'none', ...refresh },
  ];
};

export const blockSlotFields = (isNew: boolean, slotField?: FieldSpec): FieldSpec[] => [
  ...blockTargetFields(isNew ? 'create' : 'update'),
  ...(slotField ? [slotField] : []),
  { key: 'title', label: 'Title', help: 'Why the time is blocked, shown on the calendar.', example: 'Team offsite' },
  { key: 'startTime', label: 'Start Time', type: 'datetime', required: isNew, example: '2026-11-27T09:00:00-05:00', help: `Start of the blocked time. ${TIME_HELP}` },
  { key: 'endTime', label: 'End Time', type: 'datetime', required: isNew, example: '2026-11-27T17:00:00-05:00', help: `End of the blocked time. ${TIME_HELP}` },
];

export const blockSlotBody = (input: Record<string, any>, bundle: Bundle) => {
  const forUser = input.blockFor === 'user';
  const value = forUser ? input.assignedUserId : input.calendarId;
  if (!value) throw invalidInput(`Block Time For (\`blockFor\`) is "${input.blockFor}", so pick a ${forUser ? 'User (`assignedUserId`)' : 'Calendar (`calendarId`)'}.`);
  return { ...(forUser ? { assignedUserId: value } : { calendarId: value }), ...zonedTimes(bundle, ['startTime', 'endTime']) };
};

export const appointmentNoteFields: FieldSpec[] = [
  { key: 'body', label: 'Note', type: 'text', required: true, help: 'The text of the note.', example: 'Client wants to focus on local SEO first.' },
  userIdField('userId', 'Author', 'The HighLevel user shown as the author of the note.'),
];

// ---- Calendars ----

const DURATION_UNITS = { mins: 'Minutes', hours: 'Hours' };

const durationFields = (key: string, label: string, help: string, example: number, withUnit = true): FieldSpec[] => [
  { key, label, type: 'number', help: withUnit ? help : `${help} In the unit the calendar already uses (minutes unless changed in HighLevel).`, example },
  ...(withUnit
    ? [{ key: `${key}Unit`, label: `${label} Unit`, choices: DURATION_UNITS, help: `Unit of ${label}. Default: minutes.`, example: 'mins' }]
    : []),
];

const CALENDAR_TYPES = {
  round_robin: 'Round Robin', event: 'Event', class_booking: 'Class Booking',
  collective: 'Collective Booking', service_booking: 'Service Booking', personal: 'Personal Booking',
};

const LOCATION_KINDS = {
  physical: 'In Person (Address)', custom: 'Custom', inbound_call: 'Phone (Contact Calls)', outbound_call: 'Phone (Team Member Calls)',
  zoom_conference: 'Zoom', google_conference: 'Google Meet', ms_teams_conference: 'Microsoft Teams', booker: 'Booker Chooses',
};

export const calendarFields = (isNew: boolean): FieldSpec[] => [
  { key: 'name', label: 'Name', required: isNew, help: 'Calendar name, shown to people booking.', example: 'SEO Strategy Call' },
  { key: 'description', label: 'Description', type: 'text', help: 'Shown on the booking page.', example: 'A 30-minute call to review your Rankr SEO audit.' },
  groupIdField(false, { help: 'The calendar group this calendar belongs to. Pick one, or map a Group ID.' }),
  { key: 'slug', label: 'URL Slug', help: 'The booking page address part, lowercase with dashes, like seo-strategy-call.', example: 'seo-strategy-call' },
  // HighLevel sets the type at creation only.
  ...(isNew
    ? [{
        key: 'calendarType', label: 'Calendar Type', choices: CALENDAR_TYPES, example: 'round_robin',
        help: 'How bookings are shared: Round Robin spreads them over team members, Collective books all of them, Personal is one user\'s calendar.',
      }]
    : []),
  {
    key: 'eventType', label: 'Round Robin Mode', example: 'RoundRobin_OptimizeForAvailability',
    choices: { RoundRobin_OptimizeForAvailability: 'Optimize for Availability', RoundRobin_OptimizeForEqualDistribution: 'Optimize for Equal Distribution' },
    help: 'For Round Robin calendars: offer the most free times, or share bookings equally.',
  },
  {
    key: 'teamMembers', label: 'Team Members', type: 'list', in: 'none', dynamic: 'list_users.id.name', example: ['y0BeYjuRIlDwsDcOHOJo'],
    help: `HighLevel user IDs who take bookings, one per line. Needed for Round Robin, Collective, Class and Service calendars; a Personal calendar has exactly one.${isNew ? '' : ' Replaces the current team.'}`,
  },
  {
    key: 'meetingLocationKind', label: 'Meeting Location Type', in: 'none', choices: LOCATION_KINDS, example: 'physical',
    help: 'Where meetings happen. Applies to every team member (or to the calendar when it has none).',
  },
  { key: 'meetingLocation', label: 'Meeting Location', in: 'none', help: 'Address, phone number or link for the meeting location type (not needed for Zoom, Google Meet or Teams).', example: '3535 1st St N, Dolomite, AL' },
  { key: 'eventTitle', label: 'Appointment Title', help: 'Title of booked appointments; may use HighLevel placeholders like {{contact.name}}.', example: 'SEO call with {{contact.name}}' },
  { key: 'eventColor', label: 'Color', help: 'Color of appointments on the calendar, as a hex code like #039be5.', example: '#039be5' },
  ...durationFields('slotDuration', 'Meeting Length', 'How long each meeting lasts.', 30),
  ...durationFields('slotInterval', 'Slot Interval', 'Time between the start times offered to bookers, like every 30 minutes.', 30),
  // HighLevel's update body has no unit for the buffer after meetings.
  ...durationFields('slotBuffer', 'Buffer After', 'Free time kept after each meeting.', 10, isNew),
  ...durationFields('preBuffer', 'Buffer Before', 'Free time kept before each meeting.', 0),
  { key: 'appoinmentPerSlot', label: 'Bookings per Slot', type: 'integer', help: 'Most bookings per slot and team member (seats for class bookings).', example: 1 },
  { key: 'appoinmentPerDay', label: 'Bookings per Day', type: 'integer', help: 'The most appointments the calendar accepts on one day, like 8; once reached, that day shows no free times.', example: 8 },
  { key: 'allowBookingAfter', label: 'Minimum Scheduling Notice', type: 'integer', help: 'How long in advance a booking must be made.', example: 1 },
  {
    key: 'allowBookingAfterUnit', label: 'Minimum Scheduling Notice Unit', example: 'days',
    choices: { hours: 'Hours', days: 'Days', weeks: 'Weeks', months: 'Months' },
    help: 'Hours, days, weeks or months: a notice of 1 and Days means bookings must be made at least a day ahead.',
  },
  { key: 'allowBookingFor', label: 'Booking Window', type: 'integer', help: 'How far ahead people may book.', example: 30 },
  {
    key: 'allowBookingForUnit', label: 'Booking Window Unit', example: 'days', choices: { days: 'Days', weeks: 'Weeks', months: 'Months' },
    help: 'Days, weeks or months: a window of 30 and Days lets people book up to 30 days ahead.',
  },
  {
    key: 'openHours', label: 'Open Hours', type: 'json', in: 'none',
    example: '{"monday": "09:00-17:00", "tuesday": "09:00-17:00", "friday": "09:00-12:00, 13:00-16:00"}',
    help: `Weekly availability as JSON: day name to opening times (24-hour, comma-separated ranges), like {"monday": "09:00-17:00", "friday": "09:00-12:00, 13:00-16:00"}. Days left out are closed.${isNew ? '' : ' Replaces the current open hours.'}`,
  },
  { key: 'autoConfirm', label: 'Auto-Confirm Bookings', type: 'boolean', help: 'Yes confirms new bookings at once; No leaves them New until confirmed.', example: true },
  { key: 'allowReschedule', label: 'Allow Rescheduling', type: 'boolean', help: 'Yes lets contacts reschedule from their confirmation.', example: true },
  { key: 'allowCancellation', label: 'Allow Cancellation', type: 'boolean', help: 'Yes lets contacts cancel from their confirmation.', example: true },
  { key: 'notes', label: 'Meeting Notes', type: 'text', help: 'Notes added to booked appointments, like preparation instructions.', example: 'Have your website login ready.' },
  {
    key: 'isActive', label: 'Active', type: 'boolean', example: true,
    help: isNew ? 'No saves the calendar as a draft that takes no bookings.' : 'No turns the calendar into a draft that takes no bookings.',
  },
];

const DAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

const clock = (text: string, day: string) => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  const hour = m ? Number(m[1]) : NaN;
  const minute = m ? Number(m[2]) : NaN;
  if (!m || hour > 24 || minute > 59 || (hour === 24 && minute > 0)) {
    throw invalidInput(`Open Hours (\`openHours\`) for ${day}: "${text.trim()}" is not a time like 09:00 or 17:30.`);
  }
  return { hour, minute };
};

/** `{"monday": "09:00-17:00, 18:00-20:00"}` as HighLevel's openHours, days with equal hours grouped. */
export const openHoursFrom = (value: Record<string, unknown>) => {
  const byHours = new Map<string, { days: number[]; hours: object[] }>();
  for (const [name, ranges] of Object.entries(value)) {
    const day = DAYS[name.trim().toLowerCase()] ?? (/^[0-6]$/.test(name.trim()) ? Number(name) : undefined);
    if (day === undefined) throw invalidInput(`Open Hours (\`openHours\`): "${name}" is not a day of the week (use monday, tuesday, ...).`);
    const list = (Array.isArray(ranges) ? ranges : String(ranges ?? '').split(',')).map((r) => String(r).trim()).filter(Boolean);
    if (!list.length || list.some((r) => /^closed$/i.test(r))) continue;
    const hours = list.map((r) => {
      const [from, to, ...rest] = r.split('-');
      if (to === undefined || rest.length) throw invalidInput(`Open Hours (\`openHours\`) for ${name}: "${r}" should look like 09:00-17:00.`);
      const open = clock(from, name);
      const close = clock(to, name);
      if (close.hour * 60 + close.minute <= open.hour * 60 + open.minute) {
        throw invalidInput(`Open Hours (\`openHours\`) for ${name}: "${r}" closes before it opens.`);
      }
      return { openHour: open.hour, openMinute: open.minute, closeHour: close.hour, closeMinute: close.minute };
    });
    const key = JSON.stringify(hours);
    const entry = byHours.get(key) ?? { days: [], hours };
    if (!entry.days.includes(day)) entry.days.push(day);
    byHours.set(key, entry);
  }
  return [...byHours.values()].map((e) => ({ daysOfTheWeek: e.days.sort((a, b) => a - b), hours: e.hours }));
};

/** The nested parts of a calendar body: team members with their meeting location, open hours. */
export const calendarBody = (input: Record<string, any>) => {
  const location = input.meetingLocationKind
    ? [{ kind: input.meetingLocationKind, ...(input.meetingLocation ? { location: input.meetingLocation } : {}) }]
    : undefined;
  const members: string[] = input.teamMembers ?? [];
  return {
    ...(members.length
      ? {
          teamMembers: members.map((userId, i) => ({
            userId,
            ...(input.calendarType === 'collective' && i === 0 ? { isPrimary: true } : {}),
            ...(location ? { locationConfigurations: location } : {}),
          })),
        }
      : location
        ? { locationConfigurations: location }
        : {}),
    ...(input.openHours ? { openHours: openHoursFrom(input.openHours) } : {}),
  };
};

// ---- Calendar notifications ----

export const notificationFields = (isNew: boolean): FieldSpec[] => [
  {
    key: 'notificationType', label: 'When', required: isNew, choices: NOTIFICATION_TYPES, example: 'reminder',
    help: 'The appointment moment that sends it: booked, confirmed, cancelled, rescheduled, a reminder before, or a follow-up after.',
  },
  {
    key: 'channel', label: 'Channel', required: isNew, choices: CHANNELS, example: 'email',
    help: 'How it is sent: email, text message (SMS), WhatsApp, or an in-app notification to HighLevel users.',
  },
  { key: 'receiverType', label: 'Send To', required: isNew, choices: RECEIVERS, example: 'contact', help: 'Who receives it. Additional Emails/Phone Numbers and Business use the lists below.' },
  {
    key: 'timeOffset', label: 'Time Before or After', type: 'number', in: 'none', example: 1,
    help: 'For reminders: how long before the appointment; for follow-ups: how long after. Ignored for other kinds.',
  },
  {
    key: 'timeUnit', label: 'Time Before or After Unit', in: 'none', example: 'days',
    choices: { minutes: 'Minutes', hours: 'Hours', days: 'Days' }, help: 'Unit of the time before or after. Default: hours.',
  },
  { key: 'subject', label: 'Subject', help: 'Email subject. Not used for in-app notifications.', example: 'Your SEO strategy call is tomorrow' },
  { key: 'body', label: 'Message', type: 'text', help: 'Email or text message body; may use HighLevel placeholders like {{contact.first_name}}.', example: 'Hi {{contact.first_name}}, see you tomorrow at {{appointment.start_time}}.' },
  // No templateId: no endpoint of the contract lists email templates, and Subject and Message cover it.
  {
    key: 'additionalEmails', as: 'additionalEmailIds', label: 'Additional Emails', type: 'list', example: ['office@example.com'],
    help: 'Extra email addresses, one per line, for Send To "Additional Emails".',
  },
  { key: 'additionalPhoneNumbers', label: 'Additional Phone Numbers', type: 'list', help: 'Extra phone numbers with country code, for Send To "Additional Phone Numbers".', example: ['+14155550123'] },
  {
    key: 'selectedUsers', label: 'Selected Users', type: 'list', dynamic: 'list_users.id.name', example: ['y0BeYjuRIlDwsDcOHOJo'],
    help: 'HighLevel users for in-app and business notifications; "sub_account_admin" means the sub-account admins.',
  },
  { key: 'fromName', label: 'From Name', help: 'Sender name of emails and texts.', example: 'Acme Plumbing' },
  { key: 'fromAddress', label: 'From Email', type: 'email', help: 'Sender address of emails.', example: 'hello@example.com' },
  { key: 'fromNumber', label: 'From Number', type: 'phone', help: 'Sender number of text messages.', example: '+14155550188' },
  { key: 'isActive', label: 'Active', type: 'boolean', help: 'No keeps the notification but stops sending it.', example: true },
];

/** Reminder/follow-up timing in HighLevel's beforeTime/afterTime shape. */
export const notificationTiming = (input: Record<string, any>) => {
  if (input.timeOffset === undefined) return {};
  const schedule = [{ timeOffset: input.timeOffset, unit: input.timeUnit ?? 'hours' }];
  if (input.notificationType === 'reminder') return { beforeTime: schedule };
  if (input.notificationType === 'followup') return { afterTime: schedule };
  return {};
};

// ---- Calendar resources ----

export const resourceFields = (isNew: boolean): FieldSpec[] => [
  { key: 'name', label: 'Name', required: isNew, help: 'Name of the room or equipment.', example: 'Yoga Room' },
  { key: 'description', label: 'Description', type: 'text', required: isNew, help: 'What it is or where to find it.', example: 'Main studio, second floor.' },
  {
    key: 'calendarIds', label: 'Service Calendars', type: 'list', required: isNew, dynamic: 'list_calendars.id.name', example: ['BqTwX8QFwXzpegMve9EQ'],
    help: 'Service calendars that use it, one per line. A piece of equipment belongs to one service calendar; a room may serve several.',
  },
  { key: 'capacity', label: 'Capacity', type: 'integer', help: 'For rooms: how many people fit.' + (isNew ? ' Default 1.' : ''), example: 12 },
  { key: 'quantity', label: 'Quantity', type: 'integer', help: 'For equipment: how many items there are.' + (isNew ? ' Default 1.' : ''), example: 1 },
  { key: 'outOfService', label: 'Out of Service', type: 'integer', help: 'For equipment: how many items cannot be booked.' + (isNew ? ' Default 0.' : ''), example: 0 },
];

// ---- Appointment event triggers (booked, status changed) and their instant twin ----

export const APPOINTMENT_STATUSES = { confirmed: 'Confirmed', cancelled: 'Cancelled', showed: 'Showed', noshow: 'No-Show' };

export const watchedCalendarField = calendarIdField(false, {
  in: 'none',
  help: 'The calendar to watch. Leave empty for the appointments of the HighLevel user you connected with, on every calendar (sub-account connections only; agency connections choose a calendar).',
});

/**
 * The one GET /calendars/events query of an appointment poll: the chosen calendar, else the
 * connected user (HighLevel needs a calendar, user or group), over the dropdowns' window
 * (30 days back, for late status updates, to 330 days ahead) in epoch milliseconds.
 */
export const watchedAppointmentsQuery = (input: Record<string, any>, bundle: Bundle, now = Date.now()) => {
  // An agency connection's user is the agency's, not a team member of the chosen sub-account.
  const userId = isAgencyConnection(bundle) ? undefined : bundle.authData?.userId;
  const whose = input.calendarId ? { calendarId: input.calendarId } : userId ? { userId } : undefined;
  if (!whose) {
    throw invalidInput(
      isAgencyConnection(bundle)
        ? 'Choose a Calendar (`calendarId`): on an agency connection there is no team member of the sub-account whose appointments could be watched instead.'
        : 'Choose a Calendar (`calendarId`): this connection names no HighLevel user whose appointments could be watched instead.',
    );
  }
  const { start, end } = pickWindow(now);
  return { ...whose, startTime: String(start), endTime: String(end) };
};

/** Epoch times as ISO-8601 in the Zap owner's zone; HighLevel's ISO text is kept as it is. */
const isoTime = (value: unknown, zone: string) =>
  typeof value === 'number' || (typeof value === 'string' && /^\d{10,13}$/.test(value.trim()))
    ? isoInZone(parseZapierTime(value, zone)!, zone)
    : value;

/** An appointment as the event triggers output it: always a title, times as ISO-8601. */
export const presentAppointment = (e: Record<string, any>, bundle: Bundle) => ({
  ...e,
  title: e.title || e.id,
  // HighLevel also spells it `appoinmentStatus`.
  appointmentStatus: firstValue(e.appointmentStatus, e.appoinmentStatus),
  startTime: isoTime(e.startTime, userZone(bundle)),
  endTime: isoTime(e.endTime, userZone(bundle)),
});

export const appointmentEventLabels = { ...eventOutputLabels, startTime: 'Start Time', endTime: 'End Time', appointmentStatus: 'Appointment Status' };

/** An appointment as the Webhook action of a "Customer Booked Appointment" workflow posts it. */
export const appointmentAsWebhookPayload = (e: Record<string, any>): Record<string, any> => ({
  contact_id: e.contactId,
  calendar: {
    id: e.calendarId,
    appointmentId: e.appointmentId ?? e.id,
    title: e.title,
    startTime: e.startTime,
    endTime: e.endTime,
    status: e.appointmentStatus,
    // HighLevel's own spelling in its workflow payloads.
    appoinmentStatus: e.appointmentStatus,
    address: e.address,
    notes: e.notes,
    date_created: e.dateAdded,
    assignedUserId: e.assignedUserId,
  },
  location: { id: e.locationId },
});

/** Clean labelled appointment fields of a workflow payload: the Webhook action's `calendar` object or custom JSON. */
export const presentAppointmentPayload = (p: Record<string, any>) => {
  const c = isObject(p.calendar) ? p.calendar : {};
  const a = isObject(p.appointment) ? p.appointment : {};
  return compact({
    appointmentId: firstValue(c.appointmentId, p.appointmentId, p.appointment_id, a.id),
    appointmentTitle: firstValue(c.title, p.appointmentTitle, a.title),
    calendarId: firstValue(c.id, p.calendarId, p.calendar_id, a.calendarId),
    calendarName: firstValue(c.calendarName, p.calendarName, p.calendar_name),
    startTime: firstValue(c.startTime, p.startTime, p.start_time, a.startTime),
    endTime: firstValue(c.endTime, p.endTime, p.end_time, a.endTime),
    appointmentStatus: firstValue(c.appoinmentStatus, c.appointmentStatus, c.status, p.appointmentStatus, a.appointmentStatus),
  });
};

export const appointmentWebhookSample = {
  contact_id: 'seD4PfOuKoVMLkEZqohJ',
  full_name: 'Jane Doe',
  email: 'jane@example.com',
  phone: '+14155550123',
  calendar: {
    id: 'BqTwX8QFwXzpegMve9EQ',
    calendarName: 'SEO Strategy Call',
    appointmentId: 'ocQHyuzHvysMo5N5VsXc',
    title: 'SEO strategy call with Jane Doe',
    startTime: '2026-11-25T15:00:00.000Z',
    endTime: '2026-11-25T15:30:00.000Z',
    status: 'confirmed',
    appoinmentStatus: 'confirmed',
    address: 'https://meet.example.com/seo-call',
    date_created: '2026-11-21T15:00:00.000Z',
  },
  location: { id: 've9EPM428h8vShlRW1KT', name: 'Acme Plumbing' },
  workflow: { id: 'b2f0a8d1-6c3e-4f57-9a7e-1d2c3b4a5f60', name: 'Booked call' },
  triggerData: {},
  customData: {},
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  name: 'Jane Doe',
  subAccountId: 've9EPM428h8vShlRW1KT',
  appointmentId: 'ocQHyuzHvysMo5N5VsXc',
  appointmentTitle: 'SEO strategy call with Jane Doe',
  calendarId: 'BqTwX8QFwXzpegMve9EQ',
  calendarName: 'SEO Strategy Call',
  startTime: '2026-11-25T15:00:00.000Z',
  endTime: '2026-11-25T15:30:00.000Z',
  appointmentStatus: 'confirmed',
};

export const appointmentWebhookLabels = {
  calendar__id: 'Calendar ID (as Posted)',
  calendar__appoinmentStatus: 'Appointment Status (as Posted)',
  appointmentId: 'Appointment ID',
  appointmentTitle: 'Appointment Title',
  calendarId: 'Calendar ID',
  calendarName: 'Calendar Name',
  startTime: 'Start Time',
  endTime: 'End Time',
  appointmentStatus: 'Appointment Status',
};

// ---- App events (instant via the relay): Appointment Create, Update and Delete ----

/** The Calendar filter of the appointment event triggers. */
export const calendarEventFilter = {
  fields: [calendarIdField(false, { help: 'Only appointments of this calendar. Leave empty for every calendar ("Test trigger" on an agency connection needs one).' })],
  filterBy: { calendarId: 'appointment.calendarId' },
};

/** Appointment events nest the appointment under `appointment`; its labelled fields come out to the top. */
export const appointmentEvents: EventFamily = {
  asEvent: (e) => ({ appointment: { ...e, id: e.appointmentId ?? e.id }, timestamp: e.dateUpdated ?? e.dateAdded }),
  present: (e) => {
    const a = isObject(e.appointment) ? e.appointment : {};
    return {
      appointmentId: a.id, appointmentTitle: a.title, calendarId: a.calendarId, contactId: a.contactId,
      startTime: a.startTime, endTime: a.endTime, appointmentStatus: a.appointmentStatus, assignedUserId: a.assignedUserId,
    };
  },
  labels: {
    ...appointmentWebhookLabels, contactId: 'Contact ID', assignedUserId: 'Assigned User ID',
    appointment__id: 'Appointment ID (as Delivered)', appointment__calendarId: 'Calendar ID (as Delivered)',
    appointment__contactId: 'Contact ID (as Delivered)', 'appointment__users[]': 'User IDs',
  },
};
