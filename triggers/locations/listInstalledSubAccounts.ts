import { installedSubAccountSample } from '../../families/locations';
import { installedSubAccounts, SUB_ACCOUNT_LIST_SCOPES } from '../../highlevel/connection';
import { SUB_ACCOUNT_DROPDOWN } from '../../highlevel/connection';
import { trigger } from '../../steps/define';

// Feeds the Sub-Account dropdown every sub-account-level step shows on an agency connection.
export default trigger({
  key: SUB_ACCOUNT_DROPDOWN,
  noun: 'Sub-Account',
  label: 'List Installed Sub-Accounts',
  description: 'Triggers when the app is installed on another sub-account (location) of your agency. Needs an agency connection.',
  hidden: true,
  ...installedSubAccounts,
  scopes: SUB_ACCOUNT_LIST_SCOPES,
  fields: [
    // Own key: as a dropdown this trigger reads the whole form, where `query` means something else.
    {
      key: 'subAccountName',
      as: 'query',
      label: 'Sub-Account Name',
      helpText: 'Only sub-accounts whose name matches this text.',
      example: 'Acme',
    },
  ],
  sample: installedSubAccountSample,
});
