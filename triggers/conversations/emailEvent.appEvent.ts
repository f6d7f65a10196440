import { appEventHook } from '../../steps/define';
import { EMAIL_EVENTS, emailStatsEvents } from './messageEvents.appEvent';

// No endpoint lists email events: "Test trigger" shows the documented example.
export default appEventHook({
  key: 'email_event_hook',
  noun: 'Email Event',
  label: 'Email Event (Instant)',
  description:
    'Triggers when an email sent from the sub-account is delivered, opened, clicked, bounced, unsubscribed from or marked as spam.',
  events: ['LCEmailStats'],
  adapter: emailStatsEvents,
  fields: [
    {
      key: 'emailEvent',
      label: 'Event',
      choices: EMAIL_EVENTS,
      example: 'opened',
      helpText: 'Only this event (Failed is a bounce). Leave empty for every event of every email.',
    },
  ],
  filterBy: { emailEvent: 'webhookPayload.event' },
});
