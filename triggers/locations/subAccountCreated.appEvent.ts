import { agencyEventHook } from '../../steps/define';
import listLocations from './listLocations';
import { subAccountEvents } from './subAccountEvents.appEvent';

export default agencyEventHook({
  key: 'sub_account_created_hook',
  noun: 'Sub-Account',
  label: 'Sub-Account Created (Instant)',
  description: 'Triggers when a sub-account (location) is added to your agency. Needs an agency connection.',
  events: ['LocationCreate'],
  adapter: subAccountEvents,
  list: { step: listLocations },
});
