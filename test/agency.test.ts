// Agency-level steps: they take the agency (Company) ID from the connection, and a sub-account
// connection that HighLevel refuses gets told, in plain words, that an agency connection is needed.
import { steps } from '../operations';
import { AUTH, bundleFor, interceptHighLevel, perform } from './support/harness';

const step = (key: string) => steps.find((s) => s.key === key)!;

const refuse = (status: number, message = 'The token is not authorized for this scope.') =>
  interceptHighLevel(() => ({ status, body: { statusCode: status, message } }));

const AGENCY_NEEDED = /This step needs an agency \(Company\) connection/;

describe('agency-only steps on a sub-account connection', () => {
  it.each(['filter_users_by_email', 'list_snapshots'])('%s: a 403 says an agency connection is needed', async (key) => {
    const seen = refuse(403);
    const error: any = await perform(step(key), bundleFor(step(key))).catch((e) => e);
    expect(error.message).toMatch(AGENCY_NEEDED);
    expect(error.name).not.toBe('RefreshAuthError');
    expect(seen).toHaveLength(1);
  });

  it.each(['filter_users_by_email', 'list_snapshots'])('%s: a 401 (no refresh can help a sub-account token) says so too', async (key) => {
    refuse(401, 'This authClass type is not allowed to access this scope.');
    const error: any = await perform(step(key), bundleFor(step(key))).catch((e) => e);
    expect(error.message).toMatch(AGENCY_NEEDED);
    expect(error.name).not.toBe('RefreshAuthError');
  });

  it('on an agency connection a 401 still asks Zapier to refresh the token', async () => {
    refuse(401, 'Invalid JWT');
    const key = 'list_snapshots';
    const error: any = await perform(step(key), bundleFor(step(key), { authData: { ...AUTH, userType: 'Company' } })).catch((e) => e);
    expect(error.name).toBe('RefreshAuthError');
  });

  it('other failures keep their own message', async () => {
    interceptHighLevel(() => ({ status: 400, body: { message: 'emails must be a string' } }));
    const key = 'filter_users_by_email';
    await expect(perform(step(key), bundleFor(step(key)))).rejects.toThrow(/HighLevel said: emails must be a string/);
  });

  it('the descriptions say an agency connection is needed', () => {
    for (const key of ['filter_users_by_email', 'list_snapshots']) {
      expect(step(key).definition.display.description).toMatch(/agency \(Company\) connection/);
    }
  });
});

describe("the connection's agency (Company) ID", () => {
  it('is sent by List Snapshots, Search Users and Filter Users by Email', async () => {
    const seen = interceptHighLevel();
    await perform(step('list_snapshots'), bundleFor(step('list_snapshots')));
    await perform(step('search_users'), bundleFor(step('search_users')));
    await perform(step('filter_users_by_email'), bundleFor(step('filter_users_by_email')));
    expect(seen[0].query).toEqual({ companyId: AUTH.companyId });
    expect(seen[1].query).toMatchObject({
      companyId: AUTH.companyId,
      locationId: AUTH.locationId,
      sort: 'dateAdded',
      sortDirection: 'desc',
    });
    expect(seen[2].body).toMatchObject({ companyId: AUTH.companyId, emails: 'sam@example.com,alex@example.com', projection: 'all' });
  });

  it('is placed in the body of Create User, with the connected sub-account by default', async () => {
    const seen = interceptHighLevel();
    const create = step('create_user');
    const { locationIds: _omit, ...inputData } = bundleFor(create).inputData as Record<string, unknown>;
    await perform(create, bundleFor(create, { inputData }));
    expect(seen[0].body).toMatchObject({
      companyId: AUTH.companyId,
      locationIds: [AUTH.locationId],
      type: 'account',
      role: 'user',
      email: 'sam@example.com',
    });
    expect(seen[0].body).not.toHaveProperty('loginEmail');
  });

  it("offers the agency's sub-accounts for Create User and Update User, without filtering them by the user's email", async () => {
    for (const key of ['create_user', 'update_user']) {
      const field = step(key).definition.operation.inputFields.find((f: any) => f.key === 'locationIds');
      expect(field).toMatchObject({ dynamic: 'list_locations.id.name', list: true });
    }
    const create = step('create_user');
    const seen = interceptHighLevel();
    await perform(step('list_locations'), bundleFor(step('list_locations'), { inputData: bundleFor(create).inputData }));
    expect(seen[0].query).not.toHaveProperty('email');
  });

  it('when the connection has none, the step stops before any request and says to reconnect', async () => {
    const seen = interceptHighLevel();
    const key = 'list_snapshots';
    const error: any = await perform(step(key), bundleFor(step(key), { authData: { ...AUTH, companyId: '' } })).catch((e) => e);
    expect(error.message).toMatch(/agency \(Company\) ID of your HighLevel connection/);
    expect(seen).toHaveLength(0);
  });
});

describe('user management refused for a sub-account', () => {
  it.each(['create_user', 'update_user', 'delete_user', 'search_users', 'get_user'])(
    '%s: a 403 mentions the agency connection',
    async (key) => {
      refuse(403);
      await expect(perform(step(key), bundleFor(step(key)))).rejects.toThrow(/may need an agency \(Company\) connection/);
    },
  );

  it('a 404 still names the user', async () => {
    interceptHighLevel(() => ({ status: 404, body: { message: 'User not found' } }));
    await expect(perform(step('get_user'), bundleFor(step('get_user')))).rejects.toThrow(/User y0BeYjuRIlDwsDcOHOJo was not found/);
  });
});
