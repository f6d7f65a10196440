// The connection, a sub-account's or an agency's, in one place. For a bundle and an endpoint it
// decides the sub-account a request acts in, whose token it carries, and whether a step asks for a
// Sub-Account; it sends nothing itself. The request layer, the token exchange (subAccountToken.ts),
// the step builders, beforeRequest and the instant triggers ask here.
import { errors, type Bundle, type ZObject } from 'zapier-platform-core';
import { marketplaceAppId } from './api';

/** An agency (Company) connection: each sub-account-level step names the sub-account it works in. */
export const isAgencyConnection = (bundle: Bundle): boolean => bundle.authData?.userType === 'Company';

// ---- Each endpoint's level, from the documents' security entries ----

/** Whether an endpoint is called with the agency's own token, or acts inside one sub-account. */
export type Level = 'agency' | 'subAccount';

/** Families whose every endpoint the documents give Agency-Access only. */
const AGENCY_FAMILIES = ['/oauth/', '/companies/', '/snapshots/'];
/** Endpoints of other families the documents give Agency-Access only (creating a sub-account, the agency's users by email). */
const AGENCY_ENDPOINTS = ['/locations/', '/users/search/filter-by-email'];
/**
 * Endpoints the documents allow with either token, called here with the agency's: a sub-account's
 * own record and the search of them read any of the agency's sub-accounts, app installed or not.
 */
export const AGENCY_READS = ['/locations/search', '/locations/{locationId}'];

/** A documented path template as a pattern for concrete paths (a `{name}` is one segment; a trailing slash optional). */
const pattern = (template: string) => new RegExp(`^${template.replace(/\/$/, '').replace(/\{\w+\}/g, '[^/]+')}/?$`);
const AGENCY_PATHS = [...AGENCY_ENDPOINTS, ...AGENCY_READS].map(pattern);
/** The families' own paths, without the trailing slash (`/oauth`). */
const AGENCY_FAMILY_ROOTS = AGENCY_FAMILIES.map((f) => f.slice(0, -1));

/** The level of a path, a documented template or a concrete path (test/contract.test.ts checks it against the documents). */
export const levelOf = (path: string): Level =>
  AGENCY_FAMILIES.some((f) => path.startsWith(f)) || AGENCY_FAMILY_ROOTS.includes(path) || AGENCY_PATHS.some((p) => p.test(path))
    ? 'agency'
    : 'subAccount';

export const isAgencyEndpoint = (path: string): boolean => levelOf(path) === 'agency';

/**
 * A step's level: it acts inside one sub-account when it places the location itself or calls any
 * sub-account endpoint. On an agency connection such a step asks which sub-account, first.
 */
export const stepLevel = (paths: string[], placesLocation: boolean): Level =>
  placesLocation || paths.some((p) => levelOf(p) === 'subAccount') ? 'subAccount' : 'agency';

// ---- The sub-account ----

/** The input key of the Sub-Account field steps show on agency connections (HighLevel's own name). */
export const SUB_ACCOUNT_KEY = 'locationId';

/** The sub-account chosen in the step (agency connections). */
export const chosenSubAccount = (bundle: Bundle): string | undefined => {
  const value = bundle.inputData?.[SUB_ACCOUNT_KEY];
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  return text || undefined;
};

/** The sub-account a request acts in: the connection's own, or on an agency connection the step's choice. */
export const connectedLocation = (bundle: Bundle): string => {
  if (isAgencyConnection(bundle)) {
    const chosen = chosenSubAccount(bundle);
    if (!chosen) {
      throw new errors.Error(
        'Choose a Sub-Account (`locationId`) in this step: this HighLevel connection is for an agency, so each step names the sub-account it works in (pick one, or map a Sub-Account ID).',
        'InvalidInput',
      );
    }
    return chosen;
  }
  const locationId = bundle.authData?.locationId;
  if (!locationId) {
    throw new Error('This step works with a sub-account (location) connection. Reconnect HighLevel and choose a sub-account.');
  }
  return locationId;
};

export const connectedCompany = (bundle: Bundle): string => {
  const companyId = bundle.authData?.companyId;
  if (!companyId) {
    throw new Error(
      'This step needs the agency (Company) ID of your HighLevel connection, and the connection has none. Reconnect HighLevel.',
    );
  }
  return companyId;
};

/** The bundle of a step acting in `locationId`: on an agency connection, as if that sub-account were chosen. */
export const actingIn = (bundle: Bundle, locationId: unknown): Bundle =>
  isAgencyConnection(bundle) && typeof locationId === 'string' && locationId
    ? { ...bundle, inputData: { ...bundle.inputData, [SUB_ACCOUNT_KEY]: locationId } }
    : bundle;

/** The connection's user as a team member of the sub-account: none on agency connections (that user is the agency's). */
export const connectedTeamMember = (bundle: Bundle): string | undefined =>
  isAgencyConnection(bundle) ? undefined : bundle.authData?.userId;

/** Stops a sub-account step on an agency connection before any request when no sub-account is chosen. */
export const requireSubAccount = (bundle: Bundle, level: Level) => {
  if (isAgencyConnection(bundle) && level === 'subAccount') connectedLocation(bundle);
};

/** Whether what depends on the sub-account (custom fields and the like) must wait for one to be chosen. */
export const awaitsSubAccount = (bundle: Bundle, level: Level = 'subAccount'): boolean =>
  isAgencyConnection(bundle) && level === 'subAccount' && !chosenSubAccount(bundle);

// ---- The Sub-Account field ----

/** The dropdown trigger that lists the agency's sub-accounts where the app is installed, and the search by name. */
export const SUB_ACCOUNT_DROPDOWN = 'list_installed_sub_accounts';
export const SUB_ACCOUNT_SEARCH = 'find_sub_account';

/**
 * The Sub-Account field, shown only on agency connections (Zapier passes authData to field functions).
 * Choosing one reloads the step's other dropdowns and custom fields for it.
 */
export const subAccountField =
  ({
    required,
    helpText,
    dynamic = `${SUB_ACCOUNT_DROPDOWN}.id.name`,
    search = `${SUB_ACCOUNT_SEARCH}.id`,
  }: {
    required: boolean;
    helpText: string;
    dynamic?: string;
    search?: string | false;
  }) =>
  async (_z: ZObject, bundle: Bundle) =>
    isAgencyConnection(bundle)
      ? [
          {
            key: SUB_ACCOUNT_KEY,
            label: 'Sub-Account',
            helpText,
            required,
            dynamic,
            ...(search ? { search } : {}),
            altersDynamicFields: true,
          },
        ]
      : [];

export const SUB_ACCOUNT_LIST_SCOPES = ['oauth.readonly'];

/**
 * The agency's sub-accounts as HighLevel lists them for this app (GET /oauth/installedLocations), the
 * one definition of that request: as a step's spec, the Sub-Account dropdowns and Find Sub-Account
 * page through the sub-accounts where the app is installed (so do the app-event triggers watching
 * "All sub-accounts"); `entry` reads one sub-account, installed or not, to name it in messages.
 */
export const installedSubAccounts = {
  endpoint: 'GET /oauth/installedLocations' as const,
  company: 'query' as const,
  access: 'agency' as const,
  request: (_input: unknown, bundle: Bundle, { page, limit }: { page: number; limit: number }) => {
    // Only an agency lists its sub-accounts: say so first, before what else the request would lack.
    if (!isAgencyConnection(bundle)) {
      throw new errors.Error(
        'Finding sub-accounts needs an agency connection: this HighLevel connection is for one sub-account, which ' +
          'is where its steps already work. To choose among sub-accounts, connect HighLevel as an agency user.',
        'AgencyConnectionRequired',
      );
    }
    const appId = marketplaceAppId();
    if (!appId)
      throw new errors.Error(
        'The connector has no Marketplace app ID: set APP_ID (or a CLIENT_ID of the form <appId>-<suffix>).',
        'InvalidInput',
      );
    // The document types skip and limit as strings.
    return { query: { appId, isInstalled: 'true', skip: String(page * limit), limit: String(limit) } };
  },
  /** The query for one sub-account, with or without the app; the agency's `companyId` first, where `company` places it for the list. */
  entry: (bundle: Bundle, locationId: string) => ({
    query: { companyId: String(bundle.authData?.companyId ?? ''), appId: marketplaceAppId(), locationId, limit: '1' },
  }),
  list: 'locations',
  /** HighLevel names the ID `_id`; dropdowns and later steps want `id`. */
  item: ({ _id, ...rest }: Record<string, any>) => ({ id: _id, ...rest }),
  what: () => 'The installed sub-accounts',
};

// ---- The token ----

/**
 * Whether a request to `path` carries the connection's own token (added by beforeRequest,
 * authentication.ts); otherwise it carries the chosen sub-account's (subAccountToken.ts).
 */
export const carriesConnectionToken = (bundle: Bundle, path: string): boolean => !isAgencyConnection(bundle) || isAgencyEndpoint(path);
