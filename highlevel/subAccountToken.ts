// The token each request carries (request.ts asks withTokenFor). On an agency connection a
// sub-account endpoint takes that sub-account's token: HighLevel exchanges the agency (Company) token
// for it (POST /oauth/locationToken) where the app is installed. Each is cached per connection and
// sub-account until shortly before it expires. The exchange's own requests carry the agency's token,
// so they are built below the request layer (http.ts) and sent here.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { connectionCache } from './cache';
import { carriesConnectionToken, connectedLocation, installedSubAccounts } from './connection';
import { highLevelMessage, parsed, retryDelaySeconds, serverError } from './errors';
import { requestOptions, splitEndpoint } from './http';

/** Tokens are dropped this long before HighLevel says they expire, so none expires mid-step. */
const EARLY_EXPIRY_SECONDS = 5 * 60;
/** HighLevel's tokens last a day; used when an answer does not say. */
const DEFAULT_LIFETIME_SECONDS = 86399;

type Cached = { token: string; expiresAt: number };

/** Identifies the connection and the sub-account, never a token. */
export const subAccountCacheKey = (bundle: Bundle, locationId: string) =>
  `highlevel:sub-account-token:${bundle.authData?.companyId ?? ''}:${bundle.authData?.userId ?? ''}:${locationId}`;

/** The sub-account's name, for messages; best effort (the agency lists its sub-accounts with the app's state). */
const subAccountName = async (z: ZObject, bundle: Bundle, locationId: string): Promise<string | undefined> => {
  const [method, template] = splitEndpoint(installedSubAccounts.endpoint);
  const response = await z
    .request(requestOptions({ method, template, ...installedSubAccounts.entry(bundle, locationId) }))
    .catch(() => undefined);
  const found = response && response.status < 300 ? parsed(response)?.locations?.find((l: any) => l?._id === locationId) : undefined;
  return typeof found?.name === 'string' && found.name.trim() ? found.name.trim() : undefined;
};

const notInstalled = (z: ZObject, locationId: string, name?: string, why?: string) =>
  new z.errors.Error(
    `The HighLevel app is not installed on sub-account ${name ? `${name} (${locationId})` : locationId}${why ? ` (HighLevel said: ${why})` : ''}. ` +
      'Install it there (HighLevel Marketplace → the app → Install, choose that sub-account), or choose another sub-account in this step.',
    'SubAccountNotInstalled',
    403,
  );

/** POST /oauth/locationToken, form-encoded. A 401 here is the agency token's: core refreshes it. */
const exchange = async (z: ZObject, bundle: Bundle, locationId: string): Promise<Cached> => {
  const companyId = String(bundle.authData?.companyId ?? '');
  const response = await z.request(
    requestOptions({
      method: 'POST',
      template: '/oauth/locationToken',
      contentType: 'application/x-www-form-urlencoded',
      body: new URLSearchParams({ companyId, locationId }).toString(),
    }),
  );
  const data = parsed(response);
  if (response.status === 429) {
    throw new z.errors.ThrottledError('HighLevel is rate limiting requests; Zapier will retry shortly.', retryDelaySeconds(response));
  }
  if (response.status >= 500) throw serverError(z, 'GET', 'HighLevel could not issue a sub-account token.');
  const token = typeof data?.access_token === 'string' ? data.access_token : '';
  if (response.status >= 400 || !token) {
    // HighLevel echoes no tokens here, but keep any out of the message all the same.
    const why = highLevelMessage(data)
      ?.split(String(bundle.authData?.access_token || '\u0000'))
      .join('[redacted]');
    throw notInstalled(z, locationId, await subAccountName(z, bundle, locationId), why);
  }
  const lifetime = Number(data.expires_in) > 0 ? Number(data.expires_in) : DEFAULT_LIFETIME_SECONDS;
  return { token, expiresAt: Date.now() + lifetime * 1000 };
};

/**
 * The token of `locationId` for this agency connection: from the cache while it is fresh, otherwise
 * exchanged and cached. `fresh` skips (and drops) the cached one, after HighLevel rejected it.
 */
export const subAccountToken = async (z: ZObject, bundle: Bundle, locationId: string, fresh = false): Promise<string> => {
  const cache = connectionCache(z);
  const key = subAccountCacheKey(bundle, locationId);
  if (fresh) await cache.delete(key);
  else {
    const cached = (await cache.get(key)) as Cached | null;
    if (cached?.token && cached.expiresAt - EARLY_EXPIRY_SECONDS * 1000 > Date.now()) return cached.token;
  }
  const issued = await exchange(z, bundle, locationId);
  const ttl = Math.max(60, Math.floor((issued.expiresAt - Date.now()) / 1000) - EARLY_EXPIRY_SECONDS);
  await cache.set(key, issued, ttl);
  return issued.token;
};

/**
 * Proves this agency connection may act in `locationId` now: a fresh token exchange, which HighLevel
 * refuses for a sub-account outside the agency or without the app (that refusal names the sub-account).
 */
export const proveSubAccount = async (z: ZObject, bundle: Bundle, locationId: string): Promise<void> => {
  await subAccountToken(z, bundle, locationId, true);
};

/**
 * Runs `attempt` with the token a request to `path` must carry: none of its own (the connection's,
 * added by beforeRequest), or on an agency connection calling a sub-account endpoint the chosen
 * sub-account's (exchanged once, then cached). HighLevel rejecting a sub-account token gets one fresh
 * exchange and one retry; core still refreshes the agency token on its own 401s. Returns the answer
 * and the token used, which messages must never show.
 */
export const withTokenFor = async <T>(
  z: ZObject,
  bundle: Bundle,
  path: string,
  attempt: (token?: string) => Promise<T>,
): Promise<{ result: T; token?: string }> => {
  if (carriesConnectionToken(bundle, path)) return { result: await attempt() };
  const locationId = connectedLocation(bundle);
  const rejected = (error: Error) => error.name === 'RefreshAuthError';
  const token = await subAccountToken(z, bundle, locationId);
  try {
    return { result: await attempt(token), token };
  } catch (error) {
    if (!rejected(error as Error)) throw error;
  }
  const fresh = await subAccountToken(z, bundle, locationId, true);
  try {
    return { result: await attempt(fresh), token: fresh };
  } catch (error) {
    if (!rejected(error as Error)) throw error;
    throw new z.errors.Error(
      `HighLevel rejected the token of sub-account ${locationId} even after issuing a new one. Check that the app is still installed there with the scopes it needs, then try again.`,
      'SubAccountTokenRejected',
      401,
    );
  }
};
