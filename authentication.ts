// OAuth2 with HighLevel (authorization code) for both kinds of consent: a sub-account (Location) or
// an agency (Company), whose steps each choose a sub-account. HighLevel rotates refresh tokens, so
// every token response is stored whole; userType, companyId and locationId are kept for the request layer.
import type { BeforeRequestMiddleware, Bundle, ZObject } from 'zapier-platform-core';
import { baseUrl } from './highlevel/api';
import { highLevelMessage, parsed, retryDelaySeconds } from './highlevel/errors';
import { ghl } from './highlevel/request';
import { carriesConnectionToken, isAgencyConnection } from './highlevel/connection';
import { requiredScopes } from './operations';

export const AUTHORIZE_URL = 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation';

/** Scopes of every operation, derived from where the operations are declared. */
export const SCOPES = requiredScopes().join(' ');

const clientId = () => process.env.CLIENT_ID ?? '';

const authorizeUrl = async (_z: ZObject, bundle: Bundle) => {
  const params: Record<string, string> = {
    response_type: 'code',
    client_id: clientId(),
    redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
    state: String(bundle.inputData.state ?? ''),
    scope: SCOPES,
  };
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `${AUTHORIZE_URL}?${query}`;
};

/** Why a token request failed: HighLevel refused the credentials, or HighLevel could not answer. */
type Failure = { refused: true; message: string } | { refused: false; message: string; retryAfter?: number };

const UNAVAILABLE_RETRY_SECONDS = 60;

/**
 * POST /oauth/token, form-encoded as HighLevel requires; returns what Zapier stores in authData.
 * Only HighLevel refusing the grant (`invalid_grant`, or 400/401) counts as refused; an outage, a
 * timeout, a throttle or an unreadable answer says nothing about the credentials.
 */
const tokenRequest = async (z: ZObject, grant: Record<string, string>, onFailure: (failure: Failure) => Error) => {
  const form = new URLSearchParams({
    client_id: clientId(),
    client_secret: process.env.CLIENT_SECRET ?? '',
    ...grant,
  });
  const response = await z
    .request({
      ...({ throwForThrottlingEarly: false } as object),
      url: `${baseUrl()}/oauth/token`,
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form.toString(),
      skipThrowForStatus: true,
    })
    .catch((error: Error) => {
      // Core turns any 401 into "refresh the token"; from the token endpoint itself it means "refused".
      if (error.name === 'RefreshAuthError') throw onFailure({ refused: true, message: 'HighLevel refused the credentials.' });
      // No answer at all: a timeout or a network failure.
      throw onFailure({ refused: false, message: 'HighLevel did not answer in time.' });
    });
  const data = parsed(response);
  if (response.status < 400 && data?.access_token) {
    return {
      access_token: data.access_token,
      refresh_token: data.refresh_token,
      locationId: data.locationId ?? '',
      companyId: data.companyId ?? '',
      userType: data.userType ?? '',
      userId: data.userId ?? '',
    };
  }
  const why = (typeof data?.error_description === 'string' ? data.error_description : undefined) ?? highLevelMessage(data);
  const said = why ? `HighLevel said: ${why}` : `HighLevel did not issue a token (HTTP ${response.status}).`;
  if (data?.error === 'invalid_grant' || response.status === 400 || response.status === 401)
    throw onFailure({ refused: true, message: said });
  if (response.status === 429)
    throw onFailure({ refused: false, message: 'HighLevel is rate limiting requests.', retryAfter: retryDelaySeconds(response) });
  throw onFailure({
    refused: false,
    message: response.status >= 500 || response.status < 400 ? `HighLevel answered with an error (HTTP ${response.status}).` : said,
  });
};

// No user_type: HighLevel issues the kind of token the user consented to (sub-account or agency).
const getAccessToken = (z: ZObject, bundle: Bundle) =>
  tokenRequest(
    z,
    {
      grant_type: 'authorization_code',
      code: String(bundle.inputData.code ?? ''),
      redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
    },
    ({ message }) => new z.errors.Error(`Could not connect HighLevel. ${message}`, 'AuthenticationFailed'),
  );

/**
 * A refused refresh token means reconnecting (ExpiredAuthError); anything else is HighLevel being
 * unavailable for a while, which Zapier retries later (ThrottledError) without asking anyone to reconnect.
 */
const refreshFailure = (z: ZObject) => (failure: Failure) =>
  failure.refused
    ? new z.errors.ExpiredAuthError(`Your HighLevel connection expired; reconnect it. ${failure.message}`)
    : new z.errors.ThrottledError(
        `HighLevel is unavailable right now, so the connection could not be renewed: ${failure.message} Zapier will retry later; there is no need to reconnect.`,
        failure.retryAfter ?? UNAVAILABLE_RETRY_SECONDS,
      );

const refreshAccessToken = async (z: ZObject, bundle: Bundle) => {
  const tokens = await tokenRequest(
    z,
    {
      grant_type: 'refresh_token',
      refresh_token: bundle.authData.refresh_token ?? '',
      // The same kind of token as the connection holds.
      user_type: bundle.authData.userType === 'Company' ? 'Company' : 'Location',
    },
    refreshFailure(z),
  );
  // A refresh answer may omit the IDs; keep the ones we had.
  return Object.fromEntries(Object.entries(tokens).map(([k, v]) => [k, v || bundle.authData[k] || '']));
};

/** The connected agency or sub-account: proves the token works and names the connection. */
const test = async (z: ZObject, bundle: Bundle) => {
  if (isAgencyConnection(bundle)) {
    const data = await ghl(z, bundle, 'GET /companies/{companyId}', { what: 'The connected agency' });
    return data.company ?? data;
  }
  const data = await ghl(z, bundle, 'GET /locations/{locationId}', { what: 'The connected sub-account' });
  return data.location ?? data;
};

/**
 * Adds the connection's token to HighLevel API calls that carry none yet (request.ts sets the
 * sub-account token itself). An agency token never goes to a sub-account endpoint (connection.ts decides).
 */
export const addBearerToken: BeforeRequestMiddleware = (request, z, bundle) => {
  const token = bundle.authData?.access_token;
  const url = String(request.url ?? '');
  const hasToken = Object.keys(request.headers ?? {}).some((h) => h.toLowerCase() === 'authorization');
  if (!token || hasToken || !url.startsWith(baseUrl()) || url.includes('/oauth/token')) return request;
  if (!carriesConnectionToken(bundle, new URL(url).pathname)) {
    throw new z.errors.Error(
      'This request needs a sub-account token and was about to be sent with the agency token; it was stopped.',
      'SubAccountTokenMissing',
    );
  }
  request.headers = { ...request.headers, Authorization: `Bearer ${token}` };
  return request;
};

export default {
  type: 'oauth2' as const,
  oauth2Config: {
    authorizeUrl,
    getAccessToken,
    refreshAccessToken,
    autoRefresh: true,
    scope: SCOPES,
  },
  fields: [],
  test,
  connectionLabel: '{{bundle.inputData.name}}',
};
