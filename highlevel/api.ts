// Where HighLevel lives and which API version each family speaks.
// The contract test checks every request's Version header against the official documents.

export const DEFAULT_BASE_URL = 'https://services.leadconnectorhq.com';

/** Base URL of the HighLevel API; GHL_API_BASE_URL points the connector at a local sandbox. */
export const baseUrl = (): string => (process.env.GHL_API_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');

/** Calendars and conversations were versioned 2021-04-15; every other family 2021-07-28. */
export const apiVersion = (path: string): string => (/^\/(calendars|conversations)(\/|$)/.test(path) ? '2021-04-15' : '2021-07-28');

/**
 * The Marketplace app's ID, which lists the sub-accounts it is installed on. HighLevel's client IDs
 * are `<appId>-<suffix>`; APP_ID overrides that when a client ID is shaped otherwise.
 */
export const marketplaceAppId = (): string => process.env.APP_ID || (process.env.CLIENT_ID ?? '').split('-')[0] || '';
