import { agencyEventHook } from '../../steps/define';
import listLocations from './listLocations';
import { subAccountEvents } from './subAccountEvents.appEvent';

export default agencyEventHook({
  key: 'sub_account_updated_hook',
  noun: 'Sub-Account',
  label: 'Sub-Account Updated (Instant)',
  description:
    'Triggers when a sub-account (location) of your agency changes (its name, email or business details). Needs an agency connection.',
  events: ['LocationUpdate'],
  adapter: subAccountEvents,
  list: { step: listLocations },
});
