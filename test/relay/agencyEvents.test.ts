// Agency-level events end to end: a relay process on its embedded store, the built Zapier app run by
// zapier-platform-core's handler, and node:http receivers standing in for Zapier's hook URLs. Agency
// triggers (Sub-Account Created, App Installed, App Uninstalled, User Created...) subscribe the agency
// (`companyId`) and get its events, never another agency's; a sub-account connection is refused.
// Needs `npm run build` first (the built app, dist/), as `npm test` does.
import { APP_ID, deliver, Receiver, settle, uid, waitFor } from './support/relay';
import { appWithRelay, highLevelEvent, zapierCalls } from './support/zapier';

const AGENCY = uid('company');
const AGENCY_AUTH = {
  access_token: 'e2e-agency-token',
  refresh_token: 'e2e-refresh-token',
  locationId: '',
  companyId: AGENCY,
  userType: 'Company',
};
const SUB_ACCOUNT_AUTH = { ...AGENCY_AUTH, access_token: 'e2e-access-token', locationId: uid('loc'), userType: 'Location' };

const receiver = new Receiver();
const relay = appWithRelay(receiver);
const { turnOn, turnOff, runZap } = zapierCalls(AGENCY_AUTH);

const post = (body: object) => deliver(relay.base(), body);
const delivered = (hook: string) => receiver.at(hook, true);

test("Sub-Account Created and User Created subscribe the agency and get its events as items, never another agency's", async () => {
  const zaps = [
    ['sub_account_created_hook', receiver.hook()],
    ['user_created_hook', receiver.hook()],
  ] as const;
  const subscriptions = [];
  for (const [key, hook] of zaps) {
    const subscription = await turnOn(key, hook);
    expect(subscription).toMatchObject({ companyId: AGENCY, locationId: null, trigger: key });
    subscriptions.push(subscription);
  }
  const created = highLevelEvent('LocationCreate', { companyId: AGENCY, id: uid('loc'), name: 'Bolt Electric' });
  const user = highLevelEvent('UserCreate', {
    companyId: AGENCY,
    locationId: uid('loc'),
    id: uid('user'),
    firstName: 'Sam',
    lastName: 'Rivera',
  });
  // The same events of another agency reach no Zap of this one.
  expect(await post(highLevelEvent('LocationCreate', { companyId: uid('company'), id: uid('loc') }))).toMatchObject({
    status: 200,
    body: { deliveries: 0 },
  });
  expect(await post(highLevelEvent('UserCreate', { companyId: uid('company'), id: uid('user') }))).toMatchObject({
    status: 200,
    body: { deliveries: 0 },
  });
  expect(await post(created)).toMatchObject({ status: 200, body: { status: 'stored', deliveries: 1 } });
  expect(await post(user)).toMatchObject({ status: 200, body: { status: 'stored', deliveries: 1 } });
  await waitFor(() => zaps.every(([, hook]) => delivered(hook).length > 0), 'both agency events');

  const [subAccount] = await runZap('sub_account_created_hook', delivered(zaps[0][1])[0]);
  expect(subAccount).toMatchObject({
    id: created.webhookId,
    type: 'LocationCreate',
    subAccountId: created.id,
    subAccountName: 'Bolt Electric',
    companyId: AGENCY,
  });
  const [member] = await runZap('user_created_hook', delivered(zaps[1][1])[0]);
  expect(member).toMatchObject({ id: user.webhookId, userId: user.id, name: 'Sam Rivera', companyId: AGENCY });
  await settle();
  expect(zaps.map(([, hook]) => receiver.at(hook).length)).toEqual([1, 1]);
  for (const [i, [key, hook]] of zaps.entries()) await turnOff(key, hook, subscriptions[i]);
});

test('App Uninstalled gets an uninstall that names only the sub-account, from the install the relay saw', async () => {
  const [installHook, uninstallHook] = [receiver.hook(), receiver.hook()];
  const installed = await turnOn('app_installed_hook', installHook);
  const uninstalled = await turnOn('app_uninstalled_hook', uninstallHook);
  const location = uid('loc');
  // Install events name the Marketplace app: the relay takes only its own app's.
  const install = highLevelEvent('AppInstall', { appId: APP_ID, companyId: AGENCY, locationId: location });
  expect(await post(install)).toMatchObject({ status: 200, body: { deliveries: 1 } });
  await waitFor(() => delivered(installHook).length === 1, 'the install');
  const [installItem] = await runZap('app_installed_hook', delivered(installHook)[0]);
  expect(installItem).toMatchObject({ id: install.webhookId, subAccountId: location, agencyId: AGENCY, planId: install.planId });

  // As documented: AppUninstall carries the sub-account only; the relay knows its agency from the install.
  const uninstall = highLevelEvent('AppUninstall', { appId: APP_ID, locationId: location });
  expect(uninstall).not.toHaveProperty('companyId');
  expect(await post(uninstall)).toMatchObject({ status: 200, body: { deliveries: 1 } });
  await waitFor(() => delivered(uninstallHook).length === 1, 'the uninstall');
  const [uninstallItem] = await runZap('app_uninstalled_hook', delivered(uninstallHook)[0]);
  expect(uninstallItem).toMatchObject({ id: uninstall.webhookId, type: 'AppUninstall', subAccountId: location });
  // A sub-account the relay never saw installed in this agency is not this agency's.
  expect(await post(highLevelEvent('AppUninstall', { appId: APP_ID, locationId: uid('loc') }))).toMatchObject({
    status: 200,
    body: { deliveries: 0 },
  });
  await settle();
  expect([receiver.at(installHook).length, receiver.at(uninstallHook).length]).toEqual([1, 1]);
  await turnOff('app_installed_hook', installHook, installed);
  await turnOff('app_uninstalled_hook', uninstallHook, uninstalled);
});

test('an agency trigger refuses a sub-account connection, saying it needs an agency connection', async () => {
  await expect(turnOn('sub_account_created_hook', receiver.hook(), {}, SUB_ACCOUNT_AUTH)).rejects.toThrow(/needs an agency connection/);
});
