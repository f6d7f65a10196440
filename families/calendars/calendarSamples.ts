// Calendars: static samples (ISO-8601 dates), output labels and the IDs HighLevel names differently.

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
  id: 'Calendar ID',
  groupId: 'Calendar Group ID',
  appoinmentPerSlot: 'Appointments per Slot',
  appoinmentPerDay: 'Appointments per Day',
  'teamMembers[]userId': 'Team Member User ID',
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
  id: 'Event ID',
  calendarId: 'Calendar ID',
  groupId: 'Calendar Group ID',
  contactId: 'Contact ID',
  assignedUserId: 'Assigned User ID',
  'users[]': 'Other Assigned User IDs',
  address: 'Address or Meeting Link',
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

export const notificationOutputLabels = {
  id: 'Notification ID',
  _id: 'Notification ID (HighLevel)',
  'selectedUsers[]': 'Selected User IDs',
};

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

export const NOTIFICATION_TYPES: Record<string, string> = {
  booked: 'Booked',
  confirmation: 'Confirmation',
  cancellation: 'Cancellation',
  reminder: 'Reminder',
  followup: 'Follow-up',
  reschedule: 'Reschedule',
};
export const CHANNELS: Record<string, string> = { email: 'Email', inApp: 'In-App', sms: 'SMS', whatsapp: 'WhatsApp' };
export const RECEIVERS: Record<string, string> = {
  contact: 'Contact',
  guest: 'Guests',
  assignedUser: 'Assigned User',
  emails: 'Additional Emails',
  phoneNumbers: 'Additional Phone Numbers',
  business: 'Business (Selected Users)',
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
