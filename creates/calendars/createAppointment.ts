import { appointmentBody, appointmentFields, appointmentSample, CALENDAR_SCOPES, eventOutputLabels } from '../../families/calendars';
import { create } from '../../steps/define';

export default create({
  key: 'create_appointment',
  noun: 'Appointment',
  label: 'Create Appointment',
  description: "Books an appointment for a contact on a calendar. If the time is not free, HighLevel's reason is shown.",
  endpoint: 'POST /calendars/events/appointments',
  scopes: CALENDAR_SCOPES.events.write,
  fields: appointmentFields(true),
  location: 'body',
  // Times are re-read in the user's Zapier time zone and sent as ISO-8601 with its offset.
  request: (input, bundle) => ({ body: appointmentBody(input, bundle) }),
  result: (data) => data,
  sample: appointmentSample,
  outputLabels: { ...eventOutputLabels, id: 'Appointment ID' },
});
