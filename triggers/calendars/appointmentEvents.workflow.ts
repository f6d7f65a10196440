// Appointment events from a "Customer Booked Appointment" workflow's Webhook action: the payload's
// shape, its labelled fields and the sample.
import { firstValue, isObject } from '../../highlevel/answers';
import { compact } from '../../highlevel/request';

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

/** What the Webhook action of a "Customer Booked Appointment" workflow posts: the instant trigger's sample payload. */
export const appointmentWebhookPayload = {
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
