import { listIn } from '../../highlevel/answers';
import { installedSubAccountSample } from '../../families/locations';
import { installedSubAccounts, SUB_ACCOUNT_LIST_SCOPES } from '../../highlevel/connection';
import { pageOf } from '../../steps/call';
import { trigger } from '../../steps/define';
import { ALL_SUB_ACCOUNTS, SUB_ACCOUNTS_TO_WATCH } from '../../steps/appEventHook';

// Feeds the Sub-Account dropdown of the instant app-event triggers on an agency connection: "All
// sub-accounts" first, then each sub-account where the app is installed.
export default trigger({
  key: SUB_ACCOUNTS_TO_WATCH,
  noun: 'Sub-Account',
  label: 'List Sub-Accounts to Watch',
  description: 'Triggers when the app is installed on another sub-account (location) of your agency. Needs an agency connection.',
  hidden: true,
  ...installedSubAccounts,
  scopes: SUB_ACCOUNT_LIST_SCOPES,
  list: (data, _input, bundle) => [
    ...(pageOf(bundle).page === 0 ? [{ _id: ALL_SUB_ACCOUNTS, name: 'All sub-accounts' }] : []),
    ...listIn(data, 'locations'),
  ],
  sample: installedSubAccountSample,
});
