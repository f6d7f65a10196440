// The connection: whether it is an agency's or a sub-account's, and which of the agency's
// sub-accounts a step acts in.
import { errors } from 'zapier-platform-core';
import { marketplaceAppId } from './api';

export const SUB_ACCOUNT_LIST_SCOPES = ['oauth.readonly'];

/** One request shape for the Sub-Account dropdown and Find Sub-Account: the agency's installed sub-accounts. */
export const installedSubAccounts = {
  endpoint: 'GET /oauth/installedLocations' as const,
  company: 'query' as const,
  access: 'agency' as const,
  request: (_input: unknown, _bundle: unknown, { page, limit }: { page: number; limit: number }) => {
    const appId = marketplaceAppId();
    if (!appId) throw new errors.Error('The connector has no Marketplace app ID: set APP_ID (or a CLIENT_ID of the form <appId>-<suffix>).', 'InvalidInput');
    // The document types skip and limit as strings.
    return { query: { appId, isInstalled: 'true', skip: String(page * limit), limit: String(limit) } };
  },
  list: 'locations',
  /** HighLevel names the ID `_id`; dropdowns and later steps want `id`. */
  item: ({ _id, ...rest }: Record<string, any>) => ({ id: _id, ...rest }),
  what: () => 'The installed sub-accounts',
};

