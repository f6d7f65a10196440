// Calendars: the fields of calendar notifications and their timing.
import type { FieldSpec } from '../../steps/fields';
import { CHANNELS, NOTIFICATION_TYPES, RECEIVERS } from './calendarSamples';

export const notificationFields = (isNew: boolean): FieldSpec[] => [
  {
    key: 'notificationType',
    label: 'When',
    required: isNew,
    choices: NOTIFICATION_TYPES,
    example: 'reminder',
    helpText: 'The appointment moment that sends it: booked, confirmed, cancelled, rescheduled, a reminder before, or a follow-up after.',
  },
  {
    key: 'channel',
    label: 'Channel',
    required: isNew,
    choices: CHANNELS,
    example: 'email',
    helpText: 'How it is sent: email, text message (SMS), WhatsApp, or an in-app notification to HighLevel users.',
  },
  {
    key: 'receiverType',
    label: 'Send To',
    required: isNew,
    choices: RECEIVERS,
    example: 'contact',
    helpText: 'Who receives it. Additional Emails/Phone Numbers and Business use the lists below.',
  },
  {
    key: 'timeOffset',
    label: 'Time Before or After',
    type: 'number',
    in: 'none',
    example: 1,
    helpText: 'For reminders: how long before the appointment; for follow-ups: how long after. Ignored for other kinds.',
  },
  {
    key: 'timeUnit',
    label: 'Time Before or After Unit',
    in: 'none',
    example: 'days',
    choices: { minutes: 'Minutes', hours: 'Hours', days: 'Days' },
    helpText: 'Unit of the time before or after. Default: hours.',
  },
  {
    key: 'subject',
    label: 'Subject',
    helpText: 'Email subject. Not used for in-app notifications.',
    example: 'Your SEO strategy call is tomorrow',
  },
  {
    key: 'body',
    label: 'Message',
    type: 'text',
    helpText: 'Email or text message body; may use HighLevel placeholders like {{contact.first_name}}.',
    example: 'Hi {{contact.first_name}}, see you tomorrow at {{appointment.start_time}}.',
  },
  // No templateId: no endpoint of the contract lists email templates, and Subject and Message cover it.
  {
    key: 'additionalEmails',
    as: 'additionalEmailIds',
    label: 'Additional Emails',
    type: 'list',
    example: ['office@example.com'],
    helpText: 'Extra email addresses, one per line, for Send To "Additional Emails".',
  },
  {
    key: 'additionalPhoneNumbers',
    label: 'Additional Phone Numbers',
    type: 'list',
    helpText: 'Extra phone numbers with country code, for Send To "Additional Phone Numbers".',
    example: ['+14155550123'],
  },
  {
    key: 'selectedUsers',
    label: 'Selected Users',
    type: 'list',
    dynamic: 'list_users.id.name',
    example: ['y0BeYjuRIlDwsDcOHOJo'],
    helpText: 'HighLevel users for in-app and business notifications; "sub_account_admin" means the sub-account admins.',
  },
  { key: 'fromName', label: 'From Name', helpText: 'Sender name of emails and texts.', example: 'Acme Plumbing' },
  { key: 'fromAddress', label: 'From Email', type: 'email', helpText: 'Sender address of emails.', example: 'hello@example.com' },
  { key: 'fromNumber', label: 'From Number', type: 'phone', helpText: 'Sender number of text messages.', example: '+14155550188' },
  { key: 'isActive', label: 'Active', type: 'boolean', helpText: 'No keeps the notification but stops sending it.', example: true },
];

/** Reminder/follow-up timing in HighLevel's beforeTime/afterTime shape. */
export const notificationTiming = (input: Record<string, any>) => {
  if (input.timeOffset === undefined) return {};
  const schedule = [{ timeOffset: input.timeOffset, unit: input.timeUnit ?? 'hours' }];
  if (input.notificationType === 'reminder') return { beforeTime: schedule };
  if (input.notificationType === 'followup') return { afterTime: schedule };
  return {};
};
