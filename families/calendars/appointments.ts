// Calendars: the fields and bodies of calendar groups, appointments, blocked slots and appointment notes.
import type { Bundle } from 'zapier-platform-core';
import { invalidInput, type FieldSpec } from '../../steps/fields';
import { contactIdField, userIdField } from '../contacts';
import { calendarIdField } from './calendarFields';
import { zonedTimes } from './timeInputs';

export const groupFields: FieldSpec[] = [
  { key: 'name', label: 'Name', required: true, helpText: 'Group name, shown on the group booking page.', example: 'SEO Consultations' },
  {
    key: 'description',
    label: 'Description',
    type: 'text',
    required: true,
    helpText: 'What the calendars of this group are for.',
    example: 'Calendars for SEO audit and strategy calls.',
  },
  {
    key: 'slug',
    label: 'URL Slug',
    required: true,
    example: 'seo-consultations',
    helpText: 'The group booking page address part, lowercase with dashes. Check it first with Validate Group Slug if unsure.',
  },
];

// ---- Appointments and blocked slots ----

const APPOINTMENT_STATUS = {
  new: 'New',
  confirmed: 'Confirmed',
  cancelled: 'Cancelled',
  showed: 'Showed',
  noshow: 'No Show',
  invalid: 'Invalid',
};

const TIME_HELP = 'Without a time zone offset it is read in your Zapier time zone (Settings > Time Zone).';

export const appointmentFields = (isNew: boolean): FieldSpec[] => [
  isNew
    ? calendarIdField(true, { helpText: 'The calendar to book on. Pick one, or map a Calendar ID from an earlier step.' })
    : calendarIdField(false, { helpText: 'Moves the appointment to this calendar. Leave empty to keep it where it is.' }),
  ...(isNew ? [contactIdField] : []),
  {
    key: 'startTime',
    label: 'Start Time',
    type: 'datetime',
    required: isNew,
    example: '2026-11-25T10:00:00-05:00',
    helpText: `When the appointment starts, like 2026-11-25 10:00. ${TIME_HELP}`,
  },
  {
    key: 'endTime',
    label: 'End Time',
    type: 'datetime',
    example: '2026-11-25T10:30:00-05:00',
    helpText: `When it ends. ${TIME_HELP}${isNew ? " Leave empty to use the calendar's meeting length." : ''}`,
  },
  {
    key: 'title',
    label: 'Title',
    helpText: 'Shown on the calendar, for example "SEO call with Jane Doe".',
    example: 'SEO strategy call with Jane Doe',
  },
  {
    key: 'appointmentStatus',
    label: 'Status',
    choices: APPOINTMENT_STATUS,
    example: 'confirmed',
    helpText: isNew
      ? "Status of the booking. Leave empty for the calendar's default."
      : 'New status, for example Showed or No Show after the meeting.',
  },
  userIdField('assignedUserId', 'Assigned User', 'The team member who takes the appointment. Leave empty to let the calendar assign one.'),
  {
    key: 'meetingLocationType',
    label: 'Meeting Location Type',
    example: 'custom',
    choices: {
      custom: 'Custom',
      address: 'In Person (Address)',
      phone: 'Phone',
      zoom: 'Zoom',
      gmeet: 'Google Meet',
      ms_teams: 'Microsoft Teams',
      google: 'Google',
    },
    helpText: "Overrides the calendar's meeting location for this appointment. Leave empty to use the calendar's setting.",
  },
  {
    key: 'address',
    label: 'Address or Meeting Link',
    helpText: 'Where the meeting happens: a street address, phone number or video link.',
    example: 'https://meet.example.com/seo-call',
  },
  {
    key: 'description',
    label: 'Description',
    type: 'text',
    helpText: 'Details shown in the appointment.',
    example: 'Walk through the 12 missing meta descriptions.',
  },
  {
    key: 'ignoreFreeSlotValidation',
    label: 'Book Even If the Slot Is Taken',
    type: 'boolean',
    example: false,
    helpText:
      "Yes books the time even if it is not a free slot. No (default) lets HighLevel refuse a taken slot, and the Zap shows HighLevel's message.",
  },
  {
    key: 'ignoreDateRange',
    label: 'Ignore Booking Window',
    type: 'boolean',
    example: false,
    helpText: "Yes ignores the calendar's minimum scheduling notice and how far ahead it takes bookings.",
  },
  {
    key: 'toNotify',
    label: 'Send Notifications and Run Automations',
    type: 'boolean',
    example: true,
    helpText: 'No books silently: HighLevel sends no notifications and runs no workflows for this booking.',
  },
  {
    key: 'rrule',
    label: 'Recurrence Rule',
    example: 'RRULE:FREQ=WEEKLY;COUNT=4',
    helpText:
      'Makes a recurring appointment, as an iCalendar RRULE like RRULE:FREQ=WEEKLY;COUNT=4. HighLevel applies it only with "Book Even If the Slot Is Taken" set to Yes.',
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
      key: 'blockFor',
      label: 'Block Time For',
      required: mode !== 'pick',
      in: 'none',
      example: 'calendar',
      choices: BLOCK_FOR,
      ...refresh,
      helpText: 'HighLevel blocks time on one calendar or for one user, not both: choose which, then pick it below.',
    },
    calendarIdField(false, { in: 'none', helpText: `Used when Block Time For is "A Calendar".${lists}`, ...refresh }),
    { ...userIdField('assignedUserId', 'User', `Used when Block Time For is "A User".${lists}`), in: 'none', ...refresh },
  ];
};

export const blockSlotFields = (isNew: boolean, slotField?: FieldSpec): FieldSpec[] => [
  ...blockTargetFields(isNew ? 'create' : 'update'),
  ...(slotField ? [slotField] : []),
  { key: 'title', label: 'Title', helpText: 'Why the time is blocked, shown on the calendar.', example: 'Team offsite' },
  {
    key: 'startTime',
    label: 'Start Time',
    type: 'datetime',
    required: isNew,
    example: '2026-11-27T09:00:00-05:00',
    helpText: `Start of the blocked time. ${TIME_HELP}`,
  },
  {
    key: 'endTime',
    label: 'End Time',
    type: 'datetime',
    required: isNew,
    example: '2026-11-27T17:00:00-05:00',
    helpText: `End of the blocked time. ${TIME_HELP}`,
  },
];

export const blockSlotBody = (input: Record<string, any>, bundle: Bundle) => {
  const forUser = input.blockFor === 'user';
  const value = forUser ? input.assignedUserId : input.calendarId;
  if (!value)
    throw invalidInput(
      `Block Time For (\`blockFor\`) is "${input.blockFor}", so pick a ${forUser ? 'User (`assignedUserId`)' : 'Calendar (`calendarId`)'}.`,
    );
  return { ...(forUser ? { assignedUserId: value } : { calendarId: value }), ...zonedTimes(bundle, ['startTime', 'endTime']) };
};

export const appointmentNoteFields: FieldSpec[] = [
  {
    key: 'body',
    label: 'Note',
    type: 'text',
    required: true,
    helpText: 'The text of the note.',
    example: 'Client wants to focus on local SEO first.',
  },
  userIdField('userId', 'Author', 'The HighLevel user shown as the author of the note.'),
];
