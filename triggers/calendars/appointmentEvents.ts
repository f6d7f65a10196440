// Appointment events, polling: the appointment triggers (booked, status changed) watch a calendar, or
// the connected user's appointments on every calendar.
import type { Bundle } from 'zapier-platform-core';
import { calendarIdField, eventOutputLabels, pickWindow, userZone } from '../../families/calendars';
import { firstValue } from '../../highlevel/answers';
import { connectedTeamMember, isAgencyConnection } from '../../highlevel/connection';
import { isoInZone, parseZapierTime } from '../../steps/dates';
import { invalidInput } from '../../steps/fields';

export const APPOINTMENT_STATUSES = { confirmed: 'Confirmed', cancelled: 'Cancelled', showed: 'Showed', noshow: 'No-Show' };

export const watchedCalendarField = calendarIdField(false, {
  in: 'none',
  helpText:
    'The calendar to watch. Leave empty for the appointments of the HighLevel user you connected with, on every calendar (sub-account connections only; agency connections choose a calendar).',
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

export const appointmentEventLabels = {
  ...eventOutputLabels,
  startTime: 'Start Time',
  endTime: 'End Time',
  appointmentStatus: 'Appointment Status',
};
