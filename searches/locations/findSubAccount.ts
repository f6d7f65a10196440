import { installedSubAccountSample } from '../../families/locations';
import { installedSubAccounts, SUB_ACCOUNT_LIST_SCOPES } from '../../highlevel/connection';
import { SUB_ACCOUNT_SEARCH } from '../../highlevel/connection';
import { search } from '../../steps/define';

// Lets agency Zaps pick the sub-account by name at run time (and backs the Sub-Account dropdown's search).
export default search({
  key: SUB_ACCOUNT_SEARCH,
  noun: 'Sub-Account',
  label: 'Find Sub-Account by Name',
  description: 'Finds a sub-account (location) of your agency where the app is installed, by its name. Needs an agency connection.',
  ...installedSubAccounts,
  scopes: SUB_ACCOUNT_LIST_SCOPES,
  fields: [
    {
      key: 'subAccountName',
      as: 'query',
      label: 'Sub-Account Name',
      required: true,
      helpText: 'The name of the sub-account, or part of it, as HighLevel shows it.',
      example: 'Acme Plumbing',
    },
  ],
  result: (data) => (Array.isArray(data?.locations) ? data.locations.map(installedSubAccounts.item) : []),
  sample: installedSubAccountSample,
});
