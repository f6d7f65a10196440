import { agencyEventHook } from '../../steps/define';
import { appInstallEvents } from './subAccountEvents.appEvent';

// No endpoint lists removals: "Test trigger" shows the documented example.
export default agencyEventHook({
  key: 'app_uninstalled_hook',
  noun: 'Installation',
  label: 'App Uninstalled (Instant)',
  description:
    'Triggers when this HighLevel app is removed from a sub-account of your agency (its Zaps there stop working). Needs an agency connection.',
  events: ['AppUninstall'],
  adapter: appInstallEvents,
});
