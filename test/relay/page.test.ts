// The status page's guards, over plain HTTP: the login cookie, the form token and Origin on every form
// post (CSRF), escaping of hostile event data, target URLs never shown in full.
import { Sessions } from '../../relay/admin/credentials';
import { maskUrl } from '../../relay/admin/html';
import { ConfigError, loadConfig } from '../../relay/config';
import type { Relay } from '../../relay/relay';
import {
  ADMIN_TOKEN,
  adminCall,
  deliver,
  event,
  metric,
  relayForSuite,
  subscribe,
  testRelay,
  uid,
  Receiver,
  waitFor,
} from './support/relay';

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

describe('status page on pglite', () => {
  let relay: Relay;
  const receiver = new Receiver();
  relayForSuite('pglite', receiver, (started) => (relay = started));

  async function logIn(): Promise<string> {
    const response = await fetch(`${relay.url}/login`, {
      method: 'POST',
      headers: { ...FORM, Origin: relay.url },
      body: new URLSearchParams({ token: ADMIN_TOKEN }),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^relay_operator=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    return setCookie.split(';')[0];
  }

  const page = async (session: string, query = '') => {
    const response = await fetch(`${relay.url}/${query}`, { headers: { Cookie: session } });
    expect(response.status).toBe(200);
    return response.text();
  };
  const formToken = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)![1];

  test('a wrong token or a tampered cookie gets the login form; refusals are counted', async () => {
    const wrong = await fetch(`${relay.url}/login`, {
      method: 'POST',
      headers: FORM,
      body: new URLSearchParams({ token: 'not-the-token-0123456789' }),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('That is not the operator token');
    expect(await metric(relay, 'relay_operator_refused_total{reason="wrong_login"}')).toBe(1);
    const session = await logIn();
    const tampered = session.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await page(tampered)).toContain('name="token"');
    expect(await page(session)).toContain('id="health"');
  });

  test('hostile event data and trigger names are escaped; target URLs show host and last 6 characters only', async () => {
    const session = await logIn();
    const hook = `${receiver.hook()}secret-part-of-the-hook-url-x7Q9zK`;
    receiver.answer = (r) => ({ status: r.path === new URL(hook).pathname ? 400 : 200 });
    const locationId = uid('loc');
    const hostile = '<img src=x onerror="alert(1)">';
    await subscribe(relay, { targetUrl: hook, events: ['ContactCreate'], locationId, trigger: hostile });
    const webhookId = `wh-"><script>alert(1)</script>`;
    expect((await deliver(relay, event('ContactCreate', { locationId, webhookId }))).status).toBe(200);
    await waitFor(async () => (await adminCall(relay, 'GET', '/deliveries/dead')).body.total >= 1, 'the dead delivery');
    const html = await page(session, `?webhookId=${encodeURIComponent(webhookId)}`);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('wh-&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('secret-part-of-the-hook-url');
    expect(html).toContain(`127.0.0.1:${receiver.port}/…x7Q9zK`);
  });

  test("form posts need the page's form token and this host's Origin; then they act and go back to the page", async () => {
    const session = await logIn();
    const hook = receiver.hook();
    receiver.answer = (r) => ({ status: r.path === new URL(hook).pathname ? 400 : 200 });
    const locationId = uid('loc');
    const subscription = await subscribe(relay, { targetUrl: hook, events: ['ContactCreate'], locationId });
    await deliver(relay, event('ContactCreate', { locationId }));
    const dead = await waitFor(
      async () => (await adminCall(relay, 'GET', `/deliveries/dead?subscriptionId=${subscription.id}`)).body.deliveries[0],
      'the dead delivery',
    );
    const csrf = formToken(await page(session));
    const post = (fields: Record<string, string>, origin = relay.url, cookie = session) =>
      fetch(`${relay.url}/deliveries/replay`, {
        method: 'POST',
        headers: { ...FORM, Cookie: cookie, Origin: origin },
        body: new URLSearchParams(fields),
        redirect: 'manual',
      });
    const filter = { subscriptionId: subscription.id, back: `/?subscriptionId=${subscription.id}` };
    expect((await post(filter)).status).toBe(403);
    expect((await post({ ...filter, csrf: `${csrf}x` })).status).toBe(403);
    expect((await post({ ...filter, csrf }, 'https://evil.example')).status).toBe(403);
    expect((await post({ ...filter, csrf }, relay.url, '')).status).toBe(401);
    expect(await metric(relay, 'relay_operator_refused_total{reason="cross_site"}')).toBe(3);
    receiver.answer = () => ({ status: 200 });
    const done = await post({ ...filter, csrf });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toMatch(
      new RegExp(`^/\\?subscriptionId=${subscription.id}&notice=1\\+dead\\+deliveries\\+queued\\+again`),
    );
    await waitFor(() => receiver.at(hook, true).length === 1, 'the replayed delivery');
    // The notice the page shows after the action is signed: a crafted link cannot make it say anything.
    const location = done.headers.get('location')!;
    expect(await page(session, location.slice(1))).toContain('1 dead deliveries queued again');
    expect(await page(session, '?notice=Your+token+leaked%3A+visit+evil.example&n=AAAAAAAAAAAAAAAAAAAAAA')).not.toContain('evil.example');
    expect((await adminCall(relay, 'GET', `/events/${dead.webhookId}`)).body.deliveries.map((d: { outcome: string }) => d.outcome)).toEqual(
      ['dead', 'delivered'],
    );
    const out = await fetch(`${relay.url}/logout`, {
      method: 'POST',
      headers: { ...FORM, Cookie: session, Origin: relay.url },
      body: new URLSearchParams({ csrf }),
      redirect: 'manual',
    });
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
  });
});

describe('operator credential', () => {
  test('a session lasts 12 hours, is bound to the token, and its form token to the session', () => {
    const sessions = new Sessions(ADMIN_TOKEN);
    const now = Date.UTC(2030, 0, 1);
    const cookie = sessions.issue(now);
    const session = sessions.check(cookie, now + 11 * 3_600_000);
    expect(session?.formToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sessions.check(cookie, now + 12 * 3_600_000 + 1_000)).toBeUndefined();
    expect(new Sessions(`${ADMIN_TOKEN}2`).check(cookie, now)).toBeUndefined();
    expect(sessions.check(sessions.issue(now), now)?.formToken).not.toBe(session?.formToken);
  });

  test('RELAY_ADMIN_TOKEN and RELAY_METRICS_TOKEN must be long enough; unset, the operator routes are off', () => {
    const env = { RELAY_SECRET: 'a-relay-secret-0123456789', HIGHLEVEL_APP_ID: 'app' };
    expect(() => loadConfig({ ...env, RELAY_ADMIN_TOKEN: 'short' })).toThrow(
      /RELAY_ADMIN_TOKEN must be a random value of at least 16 characters/,
    );
    expect(() => loadConfig({ ...env, RELAY_METRICS_TOKEN: 'short' })).toThrow(ConfigError);
    expect(loadConfig(env).operator).toEqual({ adminToken: undefined, metricsToken: undefined, replayCap: 1000 });
    expect(loadConfig({ ...env, RELAY_ADMIN_TOKEN: ` ${ADMIN_TOKEN} `, RELAY_REPLAY_CAP: '50' }).operator).toMatchObject({
      adminToken: ADMIN_TOKEN,
      replayCap: 50,
    });
  });

  test('masked target URLs keep the host and the last 6 characters only', () => {
    expect(maskUrl('https://hooks.zapier.com/hooks/standard/1234567/abcdef0123456789/')).toBe('hooks.zapier.com/…56789/');
    expect(maskUrl('not a url but long enough')).toBe('?/…enough');
  });
});

test('below RELAY_PATH_PREFIX the page, its login and its cookie live under the prefix', async () => {
  const relay = await testRelay('pglite', { pathPrefix: '/hl-relay' });
  try {
    const login = await (await fetch(`${relay.url}/hl-relay/`)).text();
    expect(login).toContain('action="/hl-relay/login"');
    const response = await fetch(`${relay.url}/hl-relay/login`, {
      method: 'POST',
      headers: FORM,
      body: new URLSearchParams({ token: ADMIN_TOKEN }),
      redirect: 'manual',
    });
    expect(response.headers.get('location')).toBe('/hl-relay/');
    expect(response.headers.get('set-cookie')).toContain('Path=/hl-relay/;');
    const session = response.headers.get('set-cookie')!.split(';')[0];
    const page = await (await fetch(`${relay.url}/hl-relay/?group=account`, { headers: { Cookie: session } })).text();
    expect(page).toContain('action="/hl-relay/logout"');
    expect(page).toContain('name="back" value="/hl-relay/?group=account"');
  } finally {
    await relay.close();
  }
});
