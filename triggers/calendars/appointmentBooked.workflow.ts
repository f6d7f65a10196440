import { workflowHook } from '../../steps/define';
import appointmentBooked from './appointmentBooked';
import {
  appointmentAsWebhookPayload,
  appointmentWebhookLabels,
  appointmentWebhookPayload,
  presentAppointmentPayload,
} from './appointmentEvents.workflow';

// "Test trigger" shows recent bookings of the chosen calendar, or of the connected user on every calendar.
export default workflowHook({
  key: 'appointment_booked_instant',
  noun: 'Appointment',
  label: 'Appointment Booked (Instant, via Workflow)',
  description: 'Triggers when a contact books an appointment (instant, via a workflow Webhook action).',
  workflowTrigger: 'Customer Booked Appointment',
  workflowFilter: 'its filters to the calendars to watch (or use "Appointment Status" to follow confirmations and cancellations too)',
  // Agency connections name a calendar for samples: their user is not one of the sub-account's.
  fallback: { step: appointmentBooked, asPayload: appointmentAsWebhookPayload, sampleFilters: ['calendarId'] },
  present: presentAppointmentPayload,
  samplePayload: appointmentWebhookPayload,
  outputLabels: appointmentWebhookLabels,
});
