import { appointmentCalendarField, CALENDAR_SCOPES, eventIdField, eventOutputLabels, eventSample } from '../../families/calendars';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_appointment',
  noun: 'Appointment',
  label: 'Appointment Updated (Chosen Appointment)',
  catalog: 'Get Appointment',
  description: 'Triggers when the chosen appointment changes (time, status, assignee), and once when first set up.',
  endpoint: 'GET /calendars/events/appointments/{eventId}',
  scopes: CALENDAR_SCOPES.events.read,
  fields: [
    appointmentCalendarField(),
    eventIdField(
      'Appointment',
      'Pick one of the appointments of the calendar chosen above, or map an appointment (event) ID, for example from New Calendar Event or Create Appointment. For a recurring series use its master event ID.',
    ),
  ],
  record: 'event',
  dedupe: { changedBy: 'dateUpdated', idAs: 'appointmentId' },
  what: (i) => `Appointment ${i.eventId}`,
  sample: { ...eventSample, id: `${eventSample.id}:${eventSample.dateUpdated}`, appointmentId: eventSample.id },
  outputLabels: { ...eventOutputLabels, id: 'Change ID', appointmentId: 'Appointment ID' },
});
