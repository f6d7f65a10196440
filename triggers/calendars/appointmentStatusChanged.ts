import { CALENDAR_SCOPES, eventSample } from '../../families/calendars';
import { listIn } from '../../highlevel/answers';
import { trigger } from '../../steps/define';
import {
  APPOINTMENT_STATUSES,
  appointmentEventLabels,
  presentAppointment,
  watchedAppointmentsQuery,
  watchedCalendarField,
} from './appointmentEvents';

// Dedupe key: appointment id + appointmentStatus, so each status an appointment reaches fires once
// and an appointment whose status stayed the same never fires again.
export default trigger({
  key: 'appointment_status_changed',
  noun: 'Appointment',
  label: 'Appointment Status Changed',
  description: 'Triggers when an appointment on the chosen calendar is confirmed, cancelled, marked showed or marked no-show.',
  endpoint: 'GET /calendars/events',
  scopes: CALENDAR_SCOPES.events.read,
  fields: [
    watchedCalendarField,
    {
      key: 'appointmentStatus',
      label: 'Status',
      in: 'none',
      choices: APPOINTMENT_STATUSES,
      example: 'noshow',
      helpText: 'Only appointments that reach this status. Leave empty for confirmed, cancelled, showed and no-show.',
    },
  ],
  location: 'query',
  request: (input, bundle) => ({ query: watchedAppointmentsQuery(input, bundle) }),
  list: (data, input, bundle) =>
    listIn(data, 'events')
      .map((e) => presentAppointment(e, bundle))
      .filter((e) =>
        input.appointmentStatus ? e.appointmentStatus === input.appointmentStatus : String(e.appointmentStatus) in APPOINTMENT_STATUSES,
      ),
  newest: 'dateUpdated',
  dedupe: { changedBy: 'appointmentStatus', idAs: 'appointmentId' },
  sample: { ...eventSample, id: `${eventSample.id}:confirmed`, appointmentId: eventSample.id },
  outputLabels: { ...appointmentEventLabels, id: 'Change ID', appointmentId: 'Appointment ID' },
});
