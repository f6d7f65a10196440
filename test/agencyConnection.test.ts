// An agency connection: each sub-account step exchanges the agency token for the chosen sub-account's
// token (POST /oauth/locationToken), caches it per connection and sub-account, retries once when
// HighLevel rejects it, and never lets a token reach a message or a log line.
import App from '../index';
import { steps } from '../operations';
import { subAccountCacheKey } from '../highlevel/subAccountToken';
import {
  AGENCY_AUTH,
  agencyBundleFor,
  appTester,
  bundleFor,
  CHOSEN_SUB_ACCOUNT,
  clearZcache,
  interceptHighLevel,
  perform,
  subAccountTokenOf,
  zcache,
  type Answer,
} from './support/harness';

const step = (key: string) => steps.find((s) => s.key === key)!;
const listUsers = step('list_users');
const SUB_TOKEN = subAccountTokenOf(CHOSEN_SUB_ACCOUNT);
const isExchange = (r: { template?: string }) => r.template === '/oauth/locationToken';

beforeEach(clearZcache);

describe('the exchange', () => {
  it('posts the agency and sub-account IDs form-encoded with the agency token, then calls HighLevel with the sub-account token', async () => {
    const seen = interceptHighLevel();
    await perform(listUsers, agencyBundleFor(listUsers));
    expect(seen.map((r) => r.template)).toEqual(['/oauth/locationToken', '/users/']);
    const [exchange, call] = seen;
    expect(exchange.method).toBe('POST');
    expect(exchange.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(exchange.headers.version).toBe('2021-07-28');
    expect(exchange.headers.authorization).toBe(`Bearer ${AGENCY_AUTH.access_token}`);
    expect(Object.fromEntries(new URLSearchParams(String(exchange.body)))).toEqual({
      companyId: AGENCY_AUTH.companyId,
      locationId: CHOSEN_SUB_ACCOUNT,
    });
    expect(exchange.problems).toEqual([]);
    expect(call.headers.authorization).toBe(`Bearer ${SUB_TOKEN}`);
    expect(call.query.locationId).toBe(CHOSEN_SUB_ACCOUNT);
  });

  it('stops before any request when no sub-account is chosen', async () => {
    const seen = interceptHighLevel();
    const { locationId: _none, ...inputData } = agencyBundleFor(listUsers).inputData as Record<string, unknown>;
    await expect(perform(listUsers, agencyBundleFor(listUsers, { inputData }))).rejects.toThrow(
      /Choose a Sub-Account \(`locationId`\) in this step/,
    );
    expect(seen).toHaveLength(0);
  });

  it('names the sub-account and says how to install the app when it is not installed there', async () => {
    const seen = interceptHighLevel((req) => {
      if (isExchange(req)) return { status: 400, body: { statusCode: 400, message: 'App is not installed on this location' } };
      if (req.template === '/oauth/installedLocations') {
        return { status: 200, body: { locations: [{ _id: CHOSEN_SUB_ACCOUNT, name: 'Acme Plumbing', address: 'x', isInstalled: false }] } };
      }
      return undefined;
    });
    const error: any = await perform(listUsers, agencyBundleFor(listUsers)).catch((e) => e);
    expect(error.message).toContain(`not installed on sub-account Acme Plumbing (${CHOSEN_SUB_ACCOUNT})`);
    expect(error.message).toMatch(/Install it there/);
    expect(error.name).not.toBe('RefreshAuthError');
    // The exchange, then the agency's list for the name; nothing reaches the sub-account's endpoints.
    expect(seen.map((r) => r.template)).toEqual(['/oauth/locationToken', '/oauth/installedLocations']);
    expect(seen[1].query).toMatchObject({ companyId: AGENCY_AUTH.companyId, locationId: CHOSEN_SUB_ACCOUNT });
    expect(seen[1].problems).toEqual([]);
  });

  it('still names the sub-account by its ID when its name cannot be read', async () => {
    interceptHighLevel((req) =>
      isExchange(req) || req.template === '/oauth/installedLocations' ? { status: 403, body: { message: 'forbidden' } } : undefined,
    );
    await expect(perform(listUsers, agencyBundleFor(listUsers))).rejects.toThrow(
      `not installed on sub-account ${CHOSEN_SUB_ACCOUNT} (HighLevel said: forbidden)`,
    );
  });

  it('a 401 on the exchange is the agency token expiring: Zapier refreshes it', async () => {
    interceptHighLevel((req) => (isExchange(req) ? { status: 401, body: { message: 'Invalid JWT' } } : undefined));
    await expect(perform(listUsers, agencyBundleFor(listUsers))).rejects.toThrow(expect.objectContaining({ name: 'RefreshAuthError' }));
  });
});

describe('the cache', () => {
  it('keeps the token across runs: the second run makes no exchange', async () => {
    const first = interceptHighLevel();
    await perform(listUsers, agencyBundleFor(listUsers));
    expect(first.filter(isExchange)).toHaveLength(1);

    const second = interceptHighLevel();
    await perform(listUsers, agencyBundleFor(listUsers));
    expect(second.filter(isExchange)).toHaveLength(0);
    expect(second[0].headers.authorization).toBe(`Bearer ${SUB_TOKEN}`);
  });

  it('is keyed by connection and sub-account, never by a token, and remembers when the token expires', async () => {
    interceptHighLevel();
    const before = Date.now();
    await perform(listUsers, agencyBundleFor(listUsers));
    const keys = Object.keys(zcache());
    expect(keys).toEqual([subAccountCacheKey(agencyBundleFor(listUsers) as any, CHOSEN_SUB_ACCOUNT)]);
    expect(keys[0]).toContain(AGENCY_AUTH.companyId);
    expect(keys[0]).toContain(CHOSEN_SUB_ACCOUNT);
    expect(keys[0]).not.toContain(SUB_TOKEN);
    expect(keys[0]).not.toContain(AGENCY_AUTH.access_token);
    const stored = JSON.parse(String(zcache()[keys[0]]));
    expect(stored.token).toBe(SUB_TOKEN);
    expect(stored.expiresAt).toBeGreaterThanOrEqual(before + 86399 * 1000);
  });

  it('holds one token per sub-account', async () => {
    const seen = interceptHighLevel();
    await perform(listUsers, agencyBundleFor(listUsers));
    const other = agencyBundleFor(listUsers, { inputData: { locationId: 'OtherSubAccount1234' } });
    await perform(listUsers, other);
    expect(seen.filter(isExchange)).toHaveLength(2);
    expect(seen[3].headers.authorization).toBe(`Bearer ${subAccountTokenOf('OtherSubAccount1234')}`);
    expect(Object.keys(zcache())).toHaveLength(2);
  });

  it('exchanges again shortly before the cached token expires', async () => {
    const key = subAccountCacheKey(agencyBundleFor(listUsers) as any, CHOSEN_SUB_ACCOUNT);
    // Expires in two minutes: too close to use.
    zcache()[key] = JSON.stringify({ token: 'old-sub-account-token', expiresAt: Date.now() + 2 * 60 * 1000 });
    const seen = interceptHighLevel();
    await perform(listUsers, agencyBundleFor(listUsers));
    expect(seen.filter(isExchange)).toHaveLength(1);
    expect(seen[1].headers.authorization).toBe(`Bearer ${SUB_TOKEN}`);

    // Still an hour to go: used as it is.
    zcache()[key] = JSON.stringify({ token: 'cached-sub-account-token', expiresAt: Date.now() + 60 * 60 * 1000 });
    const again = interceptHighLevel();
    await perform(listUsers, agencyBundleFor(listUsers));
    expect(again.map((r) => r.headers.authorization)).toEqual(['Bearer cached-sub-account-token']);
  });
});

describe('a 401 on the sub-account token', () => {
  const rejecting = (times: number): Answer => {
    let left = times;
    return (req) => (!isExchange(req) && left-- > 0 ? { status: 401, body: { message: 'Invalid JWT' } } : undefined);
  };

  it('gets exactly one fresh exchange and one retry', async () => {
    const key = subAccountCacheKey(agencyBundleFor(listUsers) as any, CHOSEN_SUB_ACCOUNT);
    zcache()[key] = JSON.stringify({ token: 'revoked-sub-account-token', expiresAt: Date.now() + 60 * 60 * 1000 });
    const seen = interceptHighLevel(rejecting(1));
    const result = await perform(listUsers, agencyBundleFor(listUsers));
    expect(seen.map((r) => [r.template, r.headers.authorization])).toEqual([
      ['/users/', 'Bearer revoked-sub-account-token'],
      ['/oauth/locationToken', `Bearer ${AGENCY_AUTH.access_token}`],
      ['/users/', `Bearer ${SUB_TOKEN}`],
    ]);
    expect(Array.isArray(result)).toBe(true);
    expect(JSON.parse(String(zcache()[key])).token).toBe(SUB_TOKEN);
  });

  it('a second 401 stops with a clear message, without asking Zapier to refresh the agency token', async () => {
    const seen = interceptHighLevel(rejecting(5));
    const error: any = await perform(listUsers, agencyBundleFor(listUsers)).catch((e) => e);
    expect(error.name).not.toBe('RefreshAuthError');
    expect(error.message).toMatch(new RegExp(`rejected the token of sub-account ${CHOSEN_SUB_ACCOUNT}`));
    expect(seen.filter(isExchange)).toHaveLength(2);
    expect(seen.filter((r) => !isExchange(r))).toHaveLength(2);
  });

  it("on the agency token (agency steps) still goes through Zapier's refresh", async () => {
    interceptHighLevel(() => ({ status: 401, body: { message: 'Invalid JWT' } }));
    const snapshots = step('list_snapshots');
    await expect(perform(snapshots, agencyBundleFor(snapshots))).rejects.toThrow(expect.objectContaining({ name: 'RefreshAuthError' }));
  });
});

describe('tokens', () => {
  const secrets = [SUB_TOKEN, AGENCY_AUTH.access_token, AGENCY_AUTH.refresh_token];

  it('appear in no message, even when HighLevel echoes one', async () => {
    interceptHighLevel((req) =>
      isExchange(req) ? undefined : { status: 422, body: { message: `token ${SUB_TOKEN} may not list users` } },
    );
    const error: any = await perform(listUsers, agencyBundleFor(listUsers)).catch((e) => e);
    expect(error.message).toMatch(/HighLevel said: token \[redacted\] may not list users/);
    for (const secret of secrets) expect(error.message).not.toContain(secret);
  });

  it('appear in no log line', async () => {
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'log').mockImplementation((...args) => void lines.push(args.map(String).join(' ')));
    process.env.LOG_TO_STDOUT = 'true';
    process.env.DETAILED_LOG_TO_STDOUT = 'true';
    try {
      interceptHighLevel();
      await perform(listUsers, agencyBundleFor(listUsers));
      await perform(listUsers, agencyBundleFor(listUsers));
      interceptHighLevel((req) => (isExchange(req) ? { status: 400, body: { message: 'App is not installed' } } : undefined));
      clearZcache();
      await perform(listUsers, agencyBundleFor(listUsers)).catch(() => undefined);
    } finally {
      delete process.env.LOG_TO_STDOUT;
      delete process.env.DETAILED_LOG_TO_STDOUT;
      spy.mockRestore();
    }
    expect(lines.join('\n')).toMatch(/oauth\/locationToken/);
    for (const line of lines) for (const secret of secrets) expect(line).not.toContain(secret);
  });
});

describe('the Sub-Account dropdown', () => {
  const dropdown = step('list_installed_sub_accounts');

  it('lists the sub-accounts where the app is installed, page by page, with the agency token', async () => {
    const seen = interceptHighLevel(() => ({
      status: 200,
      body: { locations: [{ _id: 'Kx9c2Fh3LmQpZr8sTt4u', name: 'Acme Plumbing', address: '47 W 13th St' }], count: 1 },
    }));
    // As a dropdown it receives the step's form, where `query` means something else.
    const result: any = await perform(
      dropdown,
      agencyBundleFor(dropdown, {
        inputData: { query: 'jane', subAccountName: 'Acme' },
        meta: { page: 2, limit: 25 },
      }),
    );
    expect(result).toEqual([expect.objectContaining({ id: 'Kx9c2Fh3LmQpZr8sTt4u', name: 'Acme Plumbing' })]);
    expect(seen).toHaveLength(1);
    expect(seen[0].problems).toEqual([]);
    expect(seen[0].headers.authorization).toBe(`Bearer ${AGENCY_AUTH.access_token}`);
    expect(seen[0].query).toEqual({
      companyId: AGENCY_AUTH.companyId,
      appId: '6578278e879ad2646715ba9c',
      isInstalled: 'true',
      skip: '50',
      limit: '25',
      query: 'Acme',
    });
  });

  it('is the first field of sub-account steps, searchable with Find Sub-Account by Name', async () => {
    const field = (await appTester(listUsers.definition.operation.inputFields[0], agencyBundleFor(listUsers) as any)) as any[];
    expect(field[0]).toMatchObject({ key: 'locationId', search: 'find_sub_account.id', required: true });
    expect(App.searches?.find_sub_account).toBeDefined();
  });

  it('Find Sub-Account on a sub-account connection says it needs an agency connection, before asking HighLevel anything', async () => {
    const find = step('find_sub_account');
    const seen = interceptHighLevel();
    // As in the sandbox: no Marketplace app ID configured, no agency on the connection.
    const saved = { APP_ID: process.env.APP_ID, CLIENT_ID: process.env.CLIENT_ID };
    delete process.env.APP_ID;
    delete process.env.CLIENT_ID;
    try {
      const { companyId: _company, ...subAccountOnly } = bundleFor(find).authData;
      const error = await perform(find, bundleFor(find, { authData: subAccountOnly, inputData: { subAccountName: 'Acme' } })).catch(
        (e: Error) => e,
      );
      expect(String(error)).toMatch(/needs an agency connection/);
      expect(String(error)).not.toMatch(/APP_ID|Reconnect/);
      expect(seen).toHaveLength(0);
    } finally {
      for (const [key, value] of Object.entries(saved)) if (value !== undefined) process.env[key] = value;
    }
  });

  it('Find Sub-Account by Name finds the sub-account a later step can map', async () => {
    const find = step('find_sub_account');
    interceptHighLevel(() => ({
      status: 200,
      body: { locations: [{ _id: 'Kx9c2Fh3LmQpZr8sTt4u', name: 'Acme Plumbing', address: 'x' }] },
    }));
    const found: any = await perform(find, agencyBundleFor(find, { inputData: { subAccountName: 'Acme' } }));
    expect(found).toEqual([expect.objectContaining({ id: 'Kx9c2Fh3LmQpZr8sTt4u' })]);
  });
});

describe('API Request on an agency connection', () => {
  const api = step('api_request');

  it('sends agency endpoints with the agency token, without a sub-account', async () => {
    const seen = interceptHighLevel();
    await perform(api, agencyBundleFor(api, { inputData: { method: 'GET', path: `/companies/${AGENCY_AUTH.companyId}` } }));
    expect(seen.map((r) => [r.path, r.headers.authorization])).toEqual([
      [`/companies/${AGENCY_AUTH.companyId}`, `Bearer ${AGENCY_AUTH.access_token}`],
    ]);
  });

  it('asks for a sub-account before calling a sub-account endpoint', async () => {
    const seen = interceptHighLevel();
    await expect(perform(api, agencyBundleFor(api, { inputData: { method: 'GET', path: '/contacts/' } }))).rejects.toThrow(
      /Choose a Sub-Account/,
    );
    expect(seen).toHaveLength(0);
  });
});

describe('files of an agency connection', () => {
  it('are downloaded with the token of the sub-account they belong to', async () => {
    const seen = interceptHighLevel();
    const download = (App as any).hydrators.downloadRecording;
    await appTester(download, { authData: AGENCY_AUTH, inputData: { messageId: 'msg1', locationId: CHOSEN_SUB_ACCOUNT } } as any).catch(
      () => undefined,
    );
    const call = seen.find((r) => !isExchange(r))!;
    expect(call.path).toBe(`/conversations/messages/msg1/locations/${CHOSEN_SUB_ACCOUNT}/recording`);
    expect(call.headers.authorization).toBe(`Bearer ${SUB_TOKEN}`);
  });
});
