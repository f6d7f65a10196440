// Sub-account tokens of an agency connection: HighLevel exchanges the agency (Company) token for a
// token of one sub-account where the app is installed (POST /oauth/locationToken). Each is cached per
// connection and sub-account until shortly before it expires. Only connection.ts calls this.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { apiVersion, baseUrl, marketplaceAppId } from './api';
import { connectionCache } from './cache';
import { highLevelMessage, parsed, retryDelaySeconds, serverError } from './errors';

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
  const response = await z
    .request({
      url: `${baseUrl()}/oauth/installedLocations`,
      method: 'GET',
      params: { companyId: String(bundle.authData?.companyId ?? ''), appId: marketplaceAppId(), locationId, limit: '1' },
      headers: { Accept: 'application/json', Version: apiVersion('/oauth') },
      skipThrowForStatus: true,
    })
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
  const response = await z.request({
    ...({ throwForThrottlingEarly: false } as object),
    url: `${baseUrl()}/oauth/locationToken`,
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', Version: apiVersion('/oauth') },
    body: new URLSearchParams({ companyId, locationId }).toString(),
    skipThrowForStatus: true,
  });
  const data = parsed(response);
  if (response.status === 429) {
    throw new z.errors.ThrottledError('HighLevel is rate limiting requests; Zapier will retry shortly.', retryDelaySeconds(response));
  }
  if (response.status >= 500) throw serverError(z, 'GET', 'HighLevel could not issue a sub-account token.');
  const token = typeof data?.access_token === 'string' ? data.access_token : '';
  if (response.status >= 400 || !token) {
    // HighLevel echoes no tokens here, but keep any out of the message all the same.
    const why = highLevelMessage(data)?.split(String(bundle.authData?.access_token || '\u0000')).join('[redacted]');
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
