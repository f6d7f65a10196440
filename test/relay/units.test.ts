// The relay's pure parts: key formats, event checks, request signing, filter input, backoff, pacing, config.
// (The store matches filters: fanout.test.ts.)
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { checkRelayRequest, relaySignature, signRelayRequest } from '../../relay/auth';
import { ConfigError, loadConfig } from '../../relay/config';
import { backoffMs, retryAfterMs } from '../../relay/backoff';
import { TargetLimiter } from '../../relay/limiter';
import { addedTags, parseFilters } from '../../relay/filters';
import { named } from '../../relay/store/sql';
import { checkSignature, ed25519PublicKey, HIGHLEVEL_RSA_PUBLIC_KEY, isRefusal, readEvent, rsaPublicKey } from '../../relay/verify';

describe('HighLevel keys', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const body = Buffer.from('{"type":"ContactCreate"}');
  const signature = sign(null, body, privateKey).toString('base64');

  test.each([
    ['PEM', publicKey.export({ format: 'pem', type: 'spki' }).toString()],
    ['PEM with escaped newlines (one-line env)', publicKey.export({ format: 'pem', type: 'spki' }).toString().replace(/\n/g, '\\n')],
    ['raw base64', raw.toString('base64')],
    ['raw hex', raw.toString('hex')],
  ])('an Ed25519 key given as %s verifies', (_format, text) => {
    expect(
      checkSignature(
        body,
        { 'x-ghl-signature': signature },
        { ed25519: ed25519PublicKey(text), rsa: rsaPublicKey(HIGHLEVEL_RSA_PUBLIC_KEY) },
      ),
    ).toBeUndefined();
  });

  test('bad keys are refused with a reason', () => {
    expect(() => ed25519PublicKey('abc')).toThrow('raw 32-byte key');
    expect(() => ed25519PublicKey(HIGHLEVEL_RSA_PUBLIC_KEY)).toThrow('rsa key, not ed25519');
  });

  test("HighLevel's bundled RSA key is a 4096-bit RSA key", () => {
    expect(rsaPublicKey(HIGHLEVEL_RSA_PUBLIC_KEY).asymmetricKeyDetails?.modulusLength).toBe(4096);
  });

  test('an Ed25519 signature cannot be checked without the key: refused, never let through', () => {
    const refusal = checkSignature(body, { 'x-ghl-signature': signature }, { rsa: rsaPublicKey(HIGHLEVEL_RSA_PUBLIC_KEY) });
    expect(refusal).toMatchObject({ refused: 'bad_signature', message: expect.stringContaining('HIGHLEVEL_WEBHOOK_PUBLIC_KEY') });
  });
});

describe('readEvent', () => {
  const now = Date.parse('2025-02-10T08:26:05.961Z');
  const read = (body: object) => readEvent(Buffer.from(JSON.stringify(body)), 'app1', now);
  const base = { type: 'ContactCreate', webhookId: 'w1', timestamp: '2025-02-10T08:26:05.961Z', locationId: 'L1' };

  test('keeps the body and names install events as HighLevel lists them', () => {
    expect(read({ ...base, type: 'INSTALL', appId: 'app1', companyId: 'C1' })).toMatchObject({
      type: 'AppInstall',
      webhookId: 'w1',
      locationId: 'L1',
      companyId: 'C1',
    });
  });

  test('reads the sub-account of invoice events, which name it only as altId', () => {
    const { locationId: _, ...invoice } = { ...base, type: 'InvoicePaid' };
    expect(read({ ...invoice, altId: 'L2', altType: 'location' })).toMatchObject({ locationId: 'L2' });
    expect(read({ ...invoice, altId: 'C2', altType: 'company' })).toMatchObject({ locationId: undefined });
    expect(read({ ...base, altId: 'L2', altType: 'location' })).toMatchObject({ locationId: 'L1' });
  });

  test.each([
    [{ ...base, timestamp: now / 1000 - 60 }, undefined],
    [{ ...base, timestamp: now - 299_000 }, undefined],
    [{ ...base, timestamp: '2025-02-10T08:31:07Z' }, 'stale_timestamp'],
    [{ ...base, timestamp: 'yesterday' }, 'missing_fields'],
    [{ ...base, appId: 'app2' }, 'other_app'],
    [{ ...base, webhookId: ' ' }, 'missing_fields'],
  ])('%j -> %s', (body, refused) => {
    const result = read(body);
    expect(isRefusal(result) ? result.refused : undefined).toBe(refused);
  });
});

describe('subscription request signing', () => {
  const secret = 'shared-secret-0123456789';
  const request = (headers: Record<string, string>) => ({ method: 'POST', url: '/subscriptions', headers, body: Buffer.from('{"a":1}') });

  test('is HMAC-SHA256 over timestamp, nonce (when sent), method, path and body, as the Zapier app computes it', () => {
    const expected = createHmac('sha256', secret).update('1700000000.POST./subscriptions.{"a":1}').digest('hex');
    expect(relaySignature(secret, 1700000000, 'post', '/subscriptions', '{"a":1}')).toBe(`v1=${expected}`);
    const nonce = '0123456789abcdef0123456789abcdef';
    const withNonce = createHmac('sha256', secret).update(`1700000000.${nonce}.POST./subscriptions.{"a":1}`).digest('hex');
    expect(relaySignature(secret, 1700000000, 'post', '/subscriptions', '{"a":1}', nonce)).toBe(`v1=${withNonce}`);
    const signed = signRelayRequest(secret, 'POST', '/subscriptions', '{"a":1}', 1_700_000_000_000);
    expect(signed['X-Relay-Nonce']).toMatch(/^[0-9a-f]{32}$/);
    expect(signed['X-Relay-Signature']).toBe(
      relaySignature(secret, 1700000000, 'POST', '/subscriptions', '{"a":1}', signed['X-Relay-Nonce']),
    );
  });

  test('accepts a fresh signature, to be remembered until its window ends; refuses a stale, missing or different one', () => {
    const now = 1_700_000_000_000;
    const signature = relaySignature(secret, 1700000000, 'POST', '/subscriptions', '{"a":1}');
    expect(
      checkRelayRequest(secret, request({ 'x-relay-timestamp': '1700000000', 'x-relay-signature': signature }), now + 299_000),
    ).toEqual({ signature, expiresAt: 1700000300 });
    const nonce = 'ab'.repeat(16);
    const nonced = {
      'x-relay-timestamp': '1700000000',
      'x-relay-nonce': nonce,
      'x-relay-signature': relaySignature(secret, 1700000000, 'POST', '/subscriptions', '{"a":1}', nonce),
    };
    expect(checkRelayRequest(secret, request(nonced), now)).toMatchObject({ signature: nonced['x-relay-signature'] });
    // The nonce is signed: another one, or none, does not verify.
    expect(checkRelayRequest(secret, request({ ...nonced, 'x-relay-nonce': 'cd'.repeat(16) }), now)).toBe('Invalid X-Relay-Signature');
    expect(checkRelayRequest(secret, request({ ...nonced, 'x-relay-nonce': 'NOT-HEX' }), now)).toContain('X-Relay-Nonce');
    expect(
      checkRelayRequest(secret, request({ 'x-relay-timestamp': '1700000000', 'x-relay-signature': signature }), now + 301_000),
    ).toContain('300 s');
    expect(checkRelayRequest(secret, request({ 'x-relay-timestamp': '1700000000', 'x-relay-signature': 'v1=00' }), now)).toBe(
      'Invalid X-Relay-Signature',
    );
    expect(checkRelayRequest(secret, request({}), now)).toContain('Missing');
  });
});

describe('filters', () => {
  test('invalid filters are explained', () => {
    expect(parseFilters({ 'a..b': 'x' })).toContain('dotted field path');
    expect(parseFilters({ tags: [] })).toContain('filters.tags');
    expect(parseFilters({ n: 5, ok: true })).toEqual({ n: '5', ok: 'true' });
  });

  test('addedTags: new tags since last seen, case-insensitive; a contact never seen has all added', () => {
    expect(addedTags(['Lead'], ['lead', 'VIP'])).toEqual(['VIP']);
    expect(addedTags(null, ['a', 'b'])).toEqual(['a', 'b']);
    expect(addedTags(['a'], [])).toEqual([]);
  });
});

describe('named SQL parameters', () => {
  test('become $n in the order given, a name used twice is one parameter, and casts are left alone', () => {
    expect(named('SELECT :b::text[], :a, :b, x::int', { a: 1, b: ['x'] })).toEqual(['SELECT $2::text[], $1, $2, x::int', [1, ['x']]]);
  });

  test('a name without a value, or a value the statement never uses, is refused', () => {
    expect(() => named('SELECT :a, :c', { a: 1 })).toThrow('no value for parameter :c');
    expect(() => named('SELECT :a', { a: 1, b: 2 })).toThrow('parameters not in the statement: b');
  });
});

describe('retry timing', () => {
  const config = { retryMinMs: 10_000, retryMaxMs: 3_600_000 };

  test('backoff doubles from the minimum, jittered between half and all, capped at the maximum', () => {
    expect([1, 2, 3].map((n) => backoffMs(n, config, () => 1))).toEqual([10_000, 20_000, 40_000]);
    expect(backoffMs(3, config, () => 0)).toBe(20_000);
    expect(backoffMs(40, config, () => 1)).toBe(3_600_000);
  });

  test('Retry-After in seconds or as an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });

  test('a target gets at most its rate per second after a short burst (Zapier: about 30 per second per hook)', () => {
    const limiter = new TargetLimiter(20);
    const waits = Array.from({ length: 40 }, () => limiter.reserve('https://hooks.zapier.com/a', 0));
    const inFirstSecond = waits.filter((w) => w < 1000).length;
    expect(inFirstSecond).toBeLessThanOrEqual(25);
    expect(inFirstSecond).toBeGreaterThanOrEqual(20);
    expect(limiter.reserve('https://hooks.zapier.com/b', 0)).toBe(0); // targets are paced apart
  });

  test('with two relay processes sharing the store, each sends a target half the rate', () => {
    const limiter = new TargetLimiter(20);
    limiter.share(2);
    const waits = Array.from({ length: 40 }, () => limiter.reserve('https://hooks.zapier.com/a', 0));
    const inFirstSecond = waits.filter((w) => w < 1000).length;
    expect(inFirstSecond).toBeLessThanOrEqual(13);
    expect(inFirstSecond).toBeGreaterThanOrEqual(10);
  });
});

describe('config', () => {
  const env = { RELAY_SECRET: 'x'.repeat(16), CLIENT_ID: '6578278e879ad2646715ba9c-abc' };

  test('defaults: port 8787, embedded store, app id from CLIENT_ID, HighLevel RSA key, 7-day retention, 24 h retries', () => {
    expect(loadConfig(env)).toMatchObject({
      port: 8787,
      appId: '6578278e879ad2646715ba9c',
      databaseUrl: undefined,
      dataDir: './data/relay',
      retentionDays: 7,
      contactTagsDays: 365,
      keys: { ed25519: undefined, rsa: expect.anything() },
      delivery: { deadAfterMs: 24 * 3_600_000, targetRate: 20 },
    });
  });

  test.each([
    [{ RELAY_SECRET: 'short' }, 'RELAY_SECRET'],
    [{ CLIENT_ID: '' }, 'HIGHLEVEL_APP_ID'],
    [{ RELAY_RETENTION_DAYS: '0.5' }, 'RELAY_RETENTION_DAYS'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ HIGHLEVEL_WEBHOOK_PUBLIC_KEY: 'nope' }, 'HIGHLEVEL_WEBHOOK_PUBLIC_KEY'],
    [{ DATABASE_URL: 'mysql://relay:s3cret@db/relay' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'relay:s3cret@[db' }, 'DATABASE_URL'],
  ])('%j is refused naming the variable', (change, name) => {
    expect(() => loadConfig({ ...env, ...change })).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, ...change })).toThrow(name);
    expect(() => loadConfig({ ...env, ...change })).not.toThrow('s3cret'); // a password never echoed
  });

  test('DATABASE_URL keeps its SSL settings for pg', () => {
    const url = 'postgresql://relay:pw@db.example.com:5432/relay?sslmode=verify-full&sslrootcert=/etc/ssl/db-ca.pem';
    expect(loadConfig({ ...env, DATABASE_URL: ` ${url} ` }).databaseUrl).toBe(url);
  });
});
