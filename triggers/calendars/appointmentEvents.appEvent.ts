// Appointment events from HighLevel's app events, via the relay (Appointment Create, Update and Delete).
import { calendarIdField } from '../../families/calendars';
import { isObject } from '../../highlevel/answers';
import type { EventAdapter } from '../../steps/appEventHook';
import { appointmentWebhookLabels } from './appointmentEvents.workflow';

/** The Calendar filter of the appointment event triggers. */
export const calendarEventFilter = {
  fields: [
    calendarIdField(false, {
      helpText: 'Only appointments of this calendar. Leave empty for every calendar ("Test trigger" on an agency connection needs one).',
    }),
  ],
  filterBy: { calendarId: 'appointment.calendarId' },
};

/** Appointment events nest the appointment under `appointment`; its labelled fields come out to the top. */
export const appointmentEvents: EventAdapter = {
  asEvent: (e) => ({ appointment: { ...e, id: e.appointmentId ?? e.id }, timestamp: e.dateUpdated ?? e.dateAdded }),
  present: (e) => {
    const a = isObject(e.appointment) ? e.appointment : {};
    return {
      appointmentId: a.id,
      appointmentTitle: a.title,
      calendarId: a.calendarId,
      contactId: a.contactId,
      startTime: a.startTime,
      endTime: a.endTime,
      appointmentStatus: a.appointmentStatus,
      assignedUserId: a.assignedUserId,
    };
  },
  labels: {
    ...appointmentWebhookLabels,
    contactId: 'Contact ID',
    assignedUserId: 'Assigned User ID',
    appointment__id: 'Appointment ID (as Delivered)',
    appointment__calendarId: 'Calendar ID (as Delivered)',
    appointment__contactId: 'Contact ID (as Delivered)',
    'appointment__users[]': 'User IDs',
  },
};
