// Calendars: the appointment event triggers (booked, status changed) and their workflow-webhook twin.
import type { Bundle } from 'zapier-platform-core';
import { firstValue, isObject } from '../../highlevel/answers';
import { compact } from '../../highlevel/request';
import { connectedTeamMember, isAgencyConnection } from '../../highlevel/connection';
import { invalidInput } from '../../steps/fields';
import { isoInZone, parseZapierTime } from '../../steps/dates';
import { calendarIdField, pickWindow } from './fields';
import { userZone } from './timeInputs';
import { eventOutputLabels } from './samples';

export const APPOINTMENT_STATUSES = { confirmed: 'Confirmed', cancelled: 'Cancelled', showed: 'Showed', noshow: 'No-Show' };

export const watchedCalendarField = calendarIdField(false, {
  in: 'none',
  helpText: 'The calendar to watch. Leave empty for the appointments of the HighLevel user you connected with, on every calendar (sub-account connections only; agency connections choose a calendar).',
});

/**
 * The one GET /calendars/events query of an appointment poll: the chosen calendar, else the
 * connected user (HighLevel needs a calendar, user or group), over the dropdowns' window
 * (30 days back, for late status updates, to 330 days ahead) in epoch milliseconds.
 */
export const watchedAppointmentsQuery = (input: Record<string, any>, bundle: Bundle, now = Date.now()) => {
  const userId = connectedTeamMember(bundle);
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
