import { appInstallEvents } from '../../families/locations';
import { agencyHook } from '../../steps/agencyHook';

// No endpoint lists removals: "Test trigger" shows the documented example.
export default agencyHook({
  key: 'app_uninstalled_hook',
  noun: 'Installation',
  label: 'App Uninstalled (Instant)',
  description: 'Triggers when this HighLevel app is removed from a sub-account of your agency (its Zaps there stop working). Needs an agency connection.',
  events: ['AppUninstall'],
  family: appInstallEvents,
});
