import { agencyEventHook } from '../../steps/define';
import listInstalledSubAccounts from './listInstalledSubAccounts';
import { appInstallEvents } from './subAccountEvents.appEvent';

export default agencyEventHook({
  key: 'app_installed_hook',
  noun: 'Installation',
  label: 'App Installed (Instant)',
  description:
    'Triggers when this HighLevel app is installed on a sub-account of your agency (or on the agency), with the plan and trial chosen. Needs an agency connection.',
  events: ['AppInstall'],
  adapter: appInstallEvents,
  list: { step: listInstalledSubAccounts },
});
