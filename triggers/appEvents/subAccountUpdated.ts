import { subAccountEvents } from '../../families/locations';
import { agencyEventHook } from '../../steps/define';
import listLocations from '../locations/listLocations';

export default agencyEventHook({
  key: 'sub_account_updated_hook',
  noun: 'Sub-Account',
  label: 'Sub-Account Updated (Instant)',
  description: "Triggers when a sub-account (location) of your agency changes (its name, email or business details). Needs an agency connection.",
  events: ['LocationUpdate'],
  adapter: subAccountEvents,
  list: { step: listLocations },
});
