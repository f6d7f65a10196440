// Users family: fields and samples, plus what agency-level steps share: the agency (Company) ID of
// the connection and a plain-words error when a sub-account connection is refused.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { ghl, splitEndpoint, type Endpoint } from '../highlevel/request';
import { requestParts, type FieldSpec } from '../steps/fields';

export const USER_SCOPES = { read: ['users.readonly'], write: ['users.write'] };

type Input = Record<string, any>;
type Perform = (z: ZObject, bundle: Bundle, input: Input) => Promise<any>;

// ---- Agency (Company) connections ----

/** HighLevel's status of a failed request, from our own errors (JSON messages) or core's. */
export const statusOf = (error: unknown): number | undefined => {
  const e = error as { name?: string; status?: number; message?: string };
  if (e?.name === 'RefreshAuthError') return 401;
  if (typeof e?.status === 'number') return e.status;
  try {
    const parsed = JSON.parse(String(e?.message ?? ''));
    return typeof parsed?.status === 'number' ? parsed.status : undefined;
  } catch {
    return undefined;
  }
};

const isAgencyConnection = (bundle: Bundle) => String(bundle.authData?.userType ?? '').toLowerCase() === 'company';

export const agencyMessage = (what: string) =>
  `This step needs an agency (Company) connection: HighLevel lets only agency-level connections ${what}, ` +
  'and this HighLevel connection is for a sub-account (location) or lacks agency access. ' +
  'Connect HighLevel with an agency account and use that connection for this step.';

/**
 * For steps HighLevel allows only with agency access: a refusal (403), or a rejected token (401)
 * on a sub-account connection, which no token refresh can fix, becomes a message saying so.
 * On an agency connection a 401 stays a 401, so Zapier refreshes the token as usual.
 */
export const agencyOnly =
  (what: string, perform: Perform): Perform =>
  async (z, bundle, input) => {
    try {
      return await perform(z, bundle, input);
    } catch (error) {
      const status = statusOf(error);
      if (status === 403 || (status === 401 && !isAgencyConnection(bundle))) {
        throw new z.errors.Error(agencyMessage(what), 'AgencyConnectionRequired', 403);
      }
      throw error;
    }
  };

/**
 * For steps HighLevel allows with agency or sub-account access, where sub-accounts may still be
 * refused (user management): a 403 explains that an agency connection may be needed.
 */
export const agencyOrAdmin =
  (what: string, perform: Perform): Perform =>
  async (z, bundle, input) => {
    try {
      return await perform(z, bundle, input);
    } catch (error) {
      if (statusOf(error) === 403) {
        throw new z.errors.Error(
          `HighLevel refused to ${what}. This step may need an agency (Company) connection, or a sub-account ` +
            'connection made by a sub-account admin; reconnect HighLevel with such an account and try again.',
          'Forbidden',
          403,
        );
      }
      throw error;
    }
  };

/** The agency (Company) ID HighLevel gave with the connection. */
export const companyIdOf = (z: ZObject, bundle: Bundle): string => {
  const companyId = bundle.authData?.companyId;
  if (!companyId) {
    throw new z.errors.Error(
      'This step needs the agency (Company) ID of your HighLevel connection, and the connection has none. Reconnect HighLevel.',
      'InvalidAuth',
    );
  }
  return String(companyId);
};

/**
 * One request built from the step's fields (path, query, body as the FieldSpecs say) plus extra
 * parts, for steps whose perform needs the connection's IDs or error handling of its own.
 */
export const callWith = async (
  z: ZObject,
  bundle: Bundle,
  endpoint: Endpoint,
  fields: FieldSpec[],
  input: Input,
  extra: { query?: Record<string, unknown>; body?: Record<string, unknown>; what?: string } = {},
) => {
  const [method, template] = splitEndpoint(endpoint);
  const parts = requestParts(fields, input, method, template);
  const body = { ...parts.body, ...extra.body };
  const sendsBody = method === 'POST' || method === 'PUT' || method === 'PATCH' || Object.keys(body).length > 0;
  return ghl(z, bundle, endpoint, {
    path: parts.path,
    query: { ...parts.query, ...extra.query },
    body: sendsBody ? body : undefined,
    what: extra.what,
  });
};

/** The page size Zapier asks for, capped at `max`. */
export const pageOf = (bundle: Bundle, max = 100) => {
  const wanted = Number(bundle.meta?.limit);
  const limit = wanted > 0 ? Math.min(wanted, max) : max;
  return { page: Math.max(0, Number(bundle.meta?.page) || 0), limit };
};

// ---- Fields ----

export const userIdField: FieldSpec = {
  key: 'userId', label: 'User', required: true, dynamic: 'list_users.id.name', example: 'y0BeYjuRIlDwsDcOHOJo',
  help: 'The HighLevel user (a team member, not a contact). Pick one, or map a User ID from an earlier step.',
};

export const USER_TYPES = { account: 'Sub-account user', agency: 'Agency user' };
export const USER_ROLES = { admin: 'Admin', user: 'User' };

export const userFields = ({ isNew }: { isNew: boolean }): FieldSpec[] => [
  { key: 'firstName', label: 'First Name', required: isNew, help: "The user's given name.", example: 'Sam' },
  { key: 'lastName', label: 'Last Name', required: isNew, help: "The user's family name.", example: 'Rivera' },
  ...(isNew
    ? [{
        key: 'email', label: 'Email', type: 'email' as const, required: true,
        help: 'Login email of the new user. HighLevel cannot change it later.', example: 'sam@example.com',
      }]
    : []),
  { key: 'password', label: 'Password', required: isNew, help: isNew ? 'Initial password; the user can change it after logging in.' : 'A new password for the user. Leave empty to keep it.', example: 'Str0ng-Passw0rd!' },
  { key: 'phone', label: 'Phone', type: 'phone', help: 'Phone number with country code, like +14155550188.', example: '+14155550188' },
  { key: 'type', label: 'User Type', required: isNew, choices: USER_TYPES, ...(isNew ? { default: 'account' } : {}), help: 'Sub-account user (works in sub-accounts) or agency user (agency connections only).', example: 'account' },
  { key: 'role', label: 'Role', required: isNew, choices: USER_ROLES, ...(isNew ? { default: 'user' } : {}), help: 'Admins can change sub-account settings; users cannot.', example: 'user' },
  {
    key: 'locationIds', label: 'Sub-Accounts', type: 'list', dynamic: 'list_locations.id.name',
    help: isNew
      ? 'Sub-accounts the user may work in: pick them (the list needs an agency connection) or map location IDs. Leave empty for the connected sub-account.'
      : 'Sub-accounts the user may work in: pick them (the list needs an agency connection) or map location IDs. Replaces the current list; leave empty to keep it.',
    example: ['ve9EPM428h8vShlRW1KT'],
  },
  { key: 'profilePhoto', label: 'Profile Photo URL', type: 'url', help: 'Web address of a picture for the user, starting with https://.', example: 'https://www.example.com/photos/sam.png' },
];

// ---- Samples ----

export const userSample = {
  id: 'y0BeYjuRIlDwsDcOHOJo',
  name: 'Sam Rivera',
  firstName: 'Sam',
  lastName: 'Rivera',
  email: 'sam@example.com',
  phone: '+14155550188',
  extension: '',
  roles: { type: 'account', role: 'user', locationIds: ['ve9EPM428h8vShlRW1KT'], restrictSubAccount: false },
  deleted: false,
  platformLanguage: 'en_US',
};

export const userOutputLabels = {
  id: 'User ID', roles__type: 'User Type', roles__role: 'Role', 'roles__locationIds[]': 'Sub-Account IDs',
  roles__restrictSubAccount: 'Restricted to Sub-Accounts',
};

/** A user's display name for dropdowns. */
export const withUserName = (u: Record<string, any>) => ({
  ...u,
  name: u.name || [u.firstName, u.lastName].filter(Boolean).join(' ') || u.email || u.id,
});
