import { agencyEventHook } from '../../steps/define';
import { userEvents } from './userEvents.appEvent';

// HighLevel lists users per sub-account or by email only: "Test trigger" shows the documented example.
export default agencyEventHook({
  key: 'user_created_hook',
  noun: 'User',
  label: 'User Created (Instant)',
  description: 'Triggers when a user (team member) is added to your agency or one of its sub-accounts. Needs an agency connection.',
  events: ['UserCreate'],
  adapter: userEvents,
});
