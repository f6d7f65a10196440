import { appInstallEvents } from '../../families/locations';
import { agencyHook } from '../../steps/agencyHook';
import listInstalledSubAccounts from '../locations/listInstalledSubAccounts';

export default agencyHook({
  key: 'app_installed_hook',
  noun: 'Installation',
  label: 'App Installed (Instant)',
  description: "Triggers when this HighLevel app is installed on a sub-account of your agency (or on the agency), with the plan and trial chosen. Needs an agency connection.",
  events: ['AppInstall'],
  family: appInstallEvents,
  list: { step: listInstalledSubAccounts },
});
