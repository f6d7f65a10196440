// Calendars: a calendar's own fields (type, durations, booking rules) and HighLevel's body for them.
import type { FieldSpec } from '../../steps/fields';
import { groupIdField } from './calendarFields';
import { openHoursFrom } from './hours';

const DURATION_UNITS = { mins: 'Minutes', hours: 'Hours' };

const durationFields = (key: string, label: string, helpText: string, example: number, withUnit = true): FieldSpec[] => [
  {
    key,
    label,
    type: 'number',
    helpText: withUnit ? helpText : `${helpText} In the unit the calendar already uses (minutes unless changed in HighLevel).`,
    example,
  },
  ...(withUnit
    ? [
        {
          key: `${key}Unit`,
          label: `${label} Unit`,
          choices: DURATION_UNITS,
          helpText: `Unit of ${label}. Default: minutes.`,
          example: 'mins',
        },
      ]
    : []),
];

const CALENDAR_TYPES = {
  round_robin: 'Round Robin',
  event: 'Event',
  class_booking: 'Class Booking',
  collective: 'Collective Booking',
  service_booking: 'Service Booking',
  personal: 'Personal Booking',
};

const LOCATION_KINDS = {
  physical: 'In Person (Address)',
  custom: 'Custom',
  inbound_call: 'Phone (Contact Calls)',
  outbound_call: 'Phone (Team Member Calls)',
  zoom_conference: 'Zoom',
  google_conference: 'Google Meet',
  ms_teams_conference: 'Microsoft Teams',
  booker: 'Booker Chooses',
};

export const calendarFields = (isNew: boolean): FieldSpec[] => [
  { key: 'name', label: 'Name', required: isNew, helpText: 'Calendar name, shown to people booking.', example: 'SEO Strategy Call' },
  {
    key: 'description',
    label: 'Description',
    type: 'text',
    helpText: 'Shown on the booking page.',
    example: 'A 30-minute call to review your Rankr SEO audit.',
  },
  groupIdField(false, { helpText: 'The calendar group this calendar belongs to. Pick one, or map a Group ID.' }),
  {
    key: 'slug',
    label: 'URL Slug',
    helpText: 'The booking page address part, lowercase with dashes, like seo-strategy-call.',
    example: 'seo-strategy-call',
  },
  // HighLevel sets the type at creation only.
  ...(isNew
    ? [
        {
          key: 'calendarType',
          label: 'Calendar Type',
          choices: CALENDAR_TYPES,
          example: 'round_robin',
          helpText:
            "How bookings are shared: Round Robin spreads them over team members, Collective books all of them, Personal is one user's calendar.",
        },
      ]
    : []),
  {
    key: 'eventType',
    label: 'Round Robin Mode',
    example: 'RoundRobin_OptimizeForAvailability',
    choices: {
      RoundRobin_OptimizeForAvailability: 'Optimize for Availability',
      RoundRobin_OptimizeForEqualDistribution: 'Optimize for Equal Distribution',
    },
    helpText: 'For Round Robin calendars: offer the most free times, or share bookings equally.',
  },
  {
    key: 'teamMembers',
    label: 'Team Members',
    type: 'list',
    in: 'none',
    dynamic: 'list_users.id.name',
    example: ['y0BeYjuRIlDwsDcOHOJo'],
    helpText: `HighLevel user IDs who take bookings, one per line. Needed for Round Robin, Collective, Class and Service calendars; a Personal calendar has exactly one.${isNew ? '' : ' Replaces the current team.'}`,
  },
  {
    key: 'meetingLocationKind',
    label: 'Meeting Location Type',
    in: 'none',
    choices: LOCATION_KINDS,
    example: 'physical',
    helpText: 'Where meetings happen. Applies to every team member (or to the calendar when it has none).',
  },
  {
    key: 'meetingLocation',
    label: 'Meeting Location',
    in: 'none',
    helpText: 'Address, phone number or link for the meeting location type (not needed for Zoom, Google Meet or Teams).',
    example: '3535 1st St N, Dolomite, AL',
  },
  {
    key: 'eventTitle',
    label: 'Appointment Title',
    helpText: 'Title of booked appointments; may use HighLevel placeholders like {{contact.name}}.',
    example: 'SEO call with {{contact.name}}',
  },
  { key: 'eventColor', label: 'Color', helpText: 'Color of appointments on the calendar, as a hex code like #039be5.', example: '#039be5' },
  ...durationFields('slotDuration', 'Meeting Length', 'How long each meeting lasts.', 30),
  ...durationFields('slotInterval', 'Slot Interval', 'Time between the start times offered to bookers, like every 30 minutes.', 30),
  // HighLevel's update body has no unit for the buffer after meetings.
  ...durationFields('slotBuffer', 'Buffer After', 'Free time kept after each meeting.', 10, isNew),
  ...durationFields('preBuffer', 'Buffer Before', 'Free time kept before each meeting.', 0),
  {
    key: 'appoinmentPerSlot',
    label: 'Bookings per Slot',
    type: 'integer',
    helpText: 'Most bookings per slot and team member (seats for class bookings).',
    example: 1,
  },
  {
    key: 'appoinmentPerDay',
    label: 'Bookings per Day',
    type: 'integer',
    helpText: 'The most appointments the calendar accepts on one day, like 8; once reached, that day shows no free times.',
    example: 8,
  },
  {
    key: 'allowBookingAfter',
    label: 'Minimum Scheduling Notice',
    type: 'integer',
    helpText: 'How long in advance a booking must be made.',
    example: 1,
  },
  {
    key: 'allowBookingAfterUnit',
    label: 'Minimum Scheduling Notice Unit',
    example: 'days',
    choices: { hours: 'Hours', days: 'Days', weeks: 'Weeks', months: 'Months' },
    helpText: 'Hours, days, weeks or months: a notice of 1 and Days means bookings must be made at least a day ahead.',
  },
  { key: 'allowBookingFor', label: 'Booking Window', type: 'integer', helpText: 'How far ahead people may book.', example: 30 },
  {
    key: 'allowBookingForUnit',
    label: 'Booking Window Unit',
    example: 'days',
    choices: { days: 'Days', weeks: 'Weeks', months: 'Months' },
    helpText: 'Days, weeks or months: a window of 30 and Days lets people book up to 30 days ahead.',
  },
  {
    key: 'openHours',
    label: 'Open Hours',
    type: 'json',
    in: 'none',
    example: '{"monday": "09:00-17:00", "tuesday": "09:00-17:00", "friday": "09:00-12:00, 13:00-16:00"}',
    helpText: `Weekly availability as JSON: day name to opening times (24-hour, comma-separated ranges), like {"monday": "09:00-17:00", "friday": "09:00-12:00, 13:00-16:00"}. Days left out are closed.${isNew ? '' : ' Replaces the current open hours.'}`,
  },
  {
    key: 'autoConfirm',
    label: 'Auto-Confirm Bookings',
    type: 'boolean',
    helpText: 'Yes confirms new bookings at once; No leaves them New until confirmed.',
    example: true,
  },
  {
    key: 'allowReschedule',
    label: 'Allow Rescheduling',
    type: 'boolean',
    helpText: 'Yes lets contacts reschedule from their confirmation.',
    example: true,
  },
  {
    key: 'allowCancellation',
    label: 'Allow Cancellation',
    type: 'boolean',
    helpText: 'Yes lets contacts cancel from their confirmation.',
    example: true,
  },
  {
    key: 'notes',
    label: 'Meeting Notes',
    type: 'text',
    helpText: 'Notes added to booked appointments, like preparation instructions.',
    example: 'Have your website login ready.',
  },
  {
    key: 'isActive',
    label: 'Active',
    type: 'boolean',
    example: true,
    helpText: isNew
      ? 'No saves the calendar as a draft that takes no bookings.'
      : 'No turns the calendar into a draft that takes no bookings.',
  },
];

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
