import { subAccountEvents } from '../../families/locations';
import { agencyHook } from '../../steps/agencyHook';
import listLocations from '../locations/listLocations';

export default agencyHook({
  key: 'sub_account_created_hook',
  noun: 'Sub-Account',
  label: 'Sub-Account Created (Instant)',
  description: 'Triggers when a sub-account (location) is added to your agency. Needs an agency connection.',
  events: ['LocationCreate'],
  family: subAccountEvents,
  list: { step: listLocations },
});
