// The status page in a real headless Chromium, on both stores: an operator logs in, finds the failing
// Zap, replays its dead delivery, and sees it delivered (at the receiver standing in for Zapier, and on
// the page). Chromium missing fails this test: it never passes by skipping.
import type { Browser, Page } from 'puppeteer-core';
import type { Relay } from '../../relay/relay';
import { launchBrowser } from './support/browser';
import { ADMIN_TOKEN, adminCall, deliver, event, STORES, subscribe, testRelay, uid, Receiver, waitFor } from './support/relay';

jest.setTimeout(180_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(STORES)('status page in Chromium on %s', (kind) => {
  let relay: Relay;
  const receiver = new Receiver();
  beforeAll(async () => {
    // Dead after 1.5 s of failing (retries every 0.2-1 s), so the test sees a dead delivery at once.
    [relay] = await Promise.all([testRelay(kind, { delivery: { deadAfterMs: 1_500 } }), receiver.start()]);
  });
  afterAll(async () => {
    await relay?.close();
    await receiver.stop();
  });

  // biome-ignore lint/performance/useDomNodeTextContent: the text a person sees, which innerText is (textContent also holds hidden text).
  const text = (page: Page, selector: string) => page.$eval(selector, (element) => (element as HTMLElement).innerText);

  test('log in, see the failing Zap, replay its dead delivery, see it delivered', async () => {
    const hook = receiver.hook();
    const path = new URL(hook).pathname;
    let failing = true; // the Zap's target answers 500 until told otherwise
    receiver.answer = (r) => ({ status: r.path === path && failing ? 500 : 200 });
    const locationId = uid('loc');
    const subscription = await subscribe(relay, { targetUrl: hook, events: ['ContactCreate'], locationId, trigger: 'new_contact' });
    const body = event('ContactCreate', { locationId, firstName: 'Ada' });
    expect((await deliver(relay, body)).status).toBe(200);
    const webhookId = body.webhookId as string;
    await waitFor(
      async () => (await adminCall(relay, 'GET', `/deliveries/dead?subscriptionId=${subscription.id}`)).body.total === 1,
      'the delivery to go dead',
    );

    // A context of its own: cookies are per host, not per port, and each store's run logs in anew.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    try {
      page.setDefaultTimeout(60_000);
      // 1. Log in.
      await page.goto(`${relay.url}/`);
      await page.type('input[name=token]', ADMIN_TOKEN);
      await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
      const [session] = await page.cookies();
      expect(session).toMatchObject({ name: 'relay_operator', httpOnly: true, sameSite: 'Strict' });
      expect(await page.$('#health')).not.toBeNull();

      // 2. The failing Zap, first in its list, its target shown only as host and last 6 characters.
      const row = `tr[data-subscription="${subscription.id}"]`;
      expect(await page.$eval(row, (element) => element.className)).toBe('failing');
      const zapText = await text(page, row);
      expect(zapText).toContain('answered 500');
      expect(zapText).toContain(`127.0.0.1:${receiver.port}/…${hook.slice(-6)}`);
      expect(await page.content()).not.toContain(hook);
      expect(await page.$eval('table.zaps tbody tr', (element) => element.getAttribute('data-subscription'))).toBe(subscription.id);

      // 3. Its dead deliveries, through its link, and the Replay button.
      await Promise.all([page.waitForNavigation(), page.click(`${row} a[href*="subscriptionId="]`)]);
      const deadRows = await page.$$('table.dead tbody tr');
      expect(deadRows).toHaveLength(1);
      expect(await text(page, 'table.dead tbody tr')).toContain(webhookId);
      failing = false;
      await Promise.all([page.waitForNavigation(), page.click('table.dead tbody tr button[type=submit]')]);
      expect(await text(page, '.notice')).toMatch(/queued again/);

      // 4. Delivered to the receiver, and the page's event search says so.
      await waitFor(() => receiver.at(hook, true).length === 1, 'the replayed delivery at the receiver');
      expect(receiver.at(hook, true)[0].body).toMatchObject({ webhookId, firstName: 'Ada' });
      await waitFor(async () => {
        await page.goto(`${relay.url}/`);
        await page.type('input[name=webhookId]', webhookId);
        await Promise.all([page.waitForNavigation(), page.click('#search button[type=submit]')]);
        return (await page.$$eval('table.trace .badge', (badges) => badges.map((b) => b.textContent).join(','))) === 'dead,delivered';
      }, 'the page to show the delivery delivered');
      expect(await page.$$('table.dead tbody tr')).toHaveLength(0);
      expect(await text(page, `tr[data-subscription="${subscription.id}"]`)).not.toMatch(/^failing/);
    } finally {
      await context.close();
    }
  });
});
