import {
  appointmentBody,
  appointmentCalendarField,
  appointmentFields,
  appointmentSample,
  CALENDAR_SCOPES,
  eventIdField,
  eventOutputLabels,
} from '../../families/calendars';
import { create } from '../../steps/define';

export default create({
  key: 'update_appointment',
  noun: 'Appointment',
  label: 'Update Appointment',
  description: 'Reschedules an appointment or changes its status, title or assignee; fields left empty stay as they are.',
  endpoint: 'PUT /calendars/events/appointments/{eventId}',
  scopes: CALENDAR_SCOPES.events.write,
  fields: [
    appointmentCalendarField(),
    eventIdField(
      'Appointment',
      'Pick one of the appointments of the calendar chosen above, or map an appointment (event) ID, for example from New Calendar Event or Create Appointment. For a whole recurring series use its master event ID.',
    ),
    ...appointmentFields(false),
  ],
  request: (input, bundle) => ({ body: appointmentBody(input, bundle) }),
  what: (i) => `Appointment ${i.eventId}`,
  result: (data) => data,
  sample: appointmentSample,
  outputLabels: { ...eventOutputLabels, id: 'Appointment ID' },
});
