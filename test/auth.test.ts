// OAuth2 with HighLevel: authorize URL, code exchange, refresh with rotation, the connection test.
import nock from 'nock';
import App from '../index';
import { AUTHORIZE_URL, SCOPES } from '../authentication';
import { CONNECTION_SCOPES, requiredScopes, steps } from '../operations';
import { AGENCY_AUTH, appTester, AUTH, BASE, interceptHighLevel } from './support/harness';

const auth = App.authentication as any;

beforeAll(() => {
  process.env.CLIENT_ID = 'client-id-123';
  process.env.CLIENT_SECRET = 'client-secret-xyz';
});

const tokenAnswer = {
  access_token: 'new-access',
  token_type: 'Bearer',
  expires_in: 86399,
  refresh_token: 'rotated-refresh',
  scope: SCOPES,
  userType: 'Location',
  locationId: 'loc-1',
  companyId: 'co-1',
  userId: 'user-1',
};

describe('authorize URL', () => {
  it('sends the user to HighLevel to choose a location, with every scope', async () => {
    const url = new URL(
      await appTester(auth.oauth2Config.authorizeUrl, {
        inputData: { redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App123CLIAPI/', state: 's-1' },
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe(AUTHORIZE_URL);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client-id-123',
      redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App123CLIAPI/',
      state: 's-1',
      scope: SCOPES,
    });
  });

  it('asks for exactly the scopes the operations and both kinds of connection need', () => {
    const declared = new Set(steps.flatMap((s) => [...s.scopes, ...s.alsoCalls.flatMap((c) => c.scopes)]));
    expect(SCOPES.split(' ').sort()).toEqual([...new Set([...declared, ...CONNECTION_SCOPES])].sort());
    expect(requiredScopes()).toEqual(expect.arrayContaining(['contacts.write', 'companies.readonly', 'oauth.readonly', 'oauth.write']));
  });
});

describe('token exchange', () => {
  it('posts the code form-encoded, letting the consent decide the kind of token, and keeps the ids', async () => {
    let form: URLSearchParams | undefined;
    let contentType = '';
    nock(BASE)
      .post('/oauth/token', (body) => {
        form = new URLSearchParams(body as any);
        return true;
      })
      .reply(function () {
        contentType = String(this.req.headers['content-type']);
        return [200, tokenAnswer];
      });
    const result = await appTester(auth.oauth2Config.getAccessToken, {
      inputData: { code: 'the-code', redirect_uri: 'https://zapier.example/return' },
    });
    expect(contentType).toContain('application/x-www-form-urlencoded');
    expect(Object.fromEntries(form!)).toEqual({
      client_id: 'client-id-123',
      client_secret: 'client-secret-xyz',
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: 'https://zapier.example/return',
    });
    expect(result).toEqual({
      access_token: 'new-access',
      refresh_token: 'rotated-refresh',
      locationId: 'loc-1',
      companyId: 'co-1',
      userType: 'Location',
      userId: 'user-1',
    });
  });

  it('keeps an agency (Company) consent as such: no sub-account, the agency ID', async () => {
    nock(BASE)
      .post('/oauth/token')
      .reply(200, { ...tokenAnswer, userType: 'Company', locationId: undefined, approvedLocations: ['loc-1'] });
    const result = await appTester(auth.oauth2Config.getAccessToken, { inputData: { code: 'c', redirect_uri: 'x' } });
    expect(result).toEqual({
      access_token: 'new-access',
      refresh_token: 'rotated-refresh',
      locationId: '',
      companyId: 'co-1',
      userType: 'Company',
      userId: 'user-1',
    });
  });

  it("shows HighLevel's reason when the code is refused, never the secret", async () => {
    nock(BASE).post('/oauth/token').reply(400, { error: 'invalid_grant', error_description: 'Invalid authorization code' });
    const failure = appTester(auth.oauth2Config.getAccessToken, { inputData: { code: 'bad', redirect_uri: 'x' } });
    await expect(failure).rejects.toThrow(/Invalid authorization code/);
    await failure.catch((e: Error) => expect(e.message).not.toContain('client-secret-xyz'));
  });
});

describe('refresh', () => {
  it('uses the refresh token and stores the rotated one', async () => {
    let form: URLSearchParams | undefined;
    nock(BASE)
      .post('/oauth/token', (body) => {
        form = new URLSearchParams(body as any);
        return true;
      })
      .reply(200, { ...tokenAnswer, locationId: undefined, companyId: undefined });
    const result = await appTester(auth.oauth2Config.refreshAccessToken, { authData: AUTH });
    expect(form!.get('grant_type')).toBe('refresh_token');
    expect(form!.get('refresh_token')).toBe(AUTH.refresh_token);
    expect(form!.get('user_type')).toBe('Location');
    expect(result).toMatchObject({ access_token: 'new-access', refresh_token: 'rotated-refresh', locationId: AUTH.locationId });
  });

  it('refreshes an agency connection as an agency (Company) token', async () => {
    let form: URLSearchParams | undefined;
    nock(BASE)
      .post('/oauth/token', (body) => {
        form = new URLSearchParams(body as any);
        return true;
      })
      .reply(200, { ...tokenAnswer, userType: 'Company', locationId: undefined });
    const result = await appTester(auth.oauth2Config.refreshAccessToken, { authData: AGENCY_AUTH });
    expect(form!.get('user_type')).toBe('Company');
    expect(result).toMatchObject({ access_token: 'new-access', userType: 'Company', companyId: 'co-1', locationId: '' });
  });

  it('asks the user to reconnect when the refresh token is dead', async () => {
    nock(BASE).post('/oauth/token').reply(401, { message: 'Invalid refresh token' });
    await expect(appTester(auth.oauth2Config.refreshAccessToken, { authData: AUTH })).rejects.toThrow(/reconnect/i);
  });

  it.each([
    ['invalid_grant', 400, { error: 'invalid_grant', error_description: 'Invalid grant: refresh token is invalid' }],
    ['a 400', 400, { message: 'Bad refresh token' }],
    ['a 401', 401, { message: 'Unauthorized' }],
  ])('asks to reconnect only when HighLevel refuses the refresh token: %s', async (_what, status, body) => {
    nock(BASE).post('/oauth/token').reply(status, body);
    const failure = appTester(auth.oauth2Config.refreshAccessToken, { authData: AUTH });
    await expect(failure).rejects.toThrow(
      expect.objectContaining({ name: 'ExpiredAuthError', message: expect.stringMatching(/reconnect it/) }),
    );
  });

  it.each([
    ['a 500', (n: nock.Interceptor) => n.reply(500, { message: 'Internal server error' })],
    ['a 503 page in HTML', (n: nock.Interceptor) => n.reply(503, '<html>Service Unavailable</html>')],
    ['a 502 without a body', (n: nock.Interceptor) => n.reply(502)],
    ['a dropped connection', (n: nock.Interceptor) => n.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))],
    [
      'a connect timeout',
      (n: nock.Interceptor) => n.replyWithError(Object.assign(new Error('connect ETIMEDOUT 104.18.0.1:443'), { code: 'ETIMEDOUT' })),
    ],
    [
      'a response timeout',
      (n: nock.Interceptor) =>
        n.replyWithError(
          Object.assign(new Error('network timeout at: https://services.leadconnectorhq.com/oauth/token'), { type: 'request-timeout' }),
        ),
    ],
    ['a 200 without a token', (n: nock.Interceptor) => n.reply(200, { message: 'try again' })],
  ])('never asks to reconnect when HighLevel is unavailable during a refresh: %s', async (_what, answer) => {
    answer(nock(BASE).post('/oauth/token'));
    const error = await appTester(auth.oauth2Config.refreshAccessToken, { authData: AUTH }).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'ThrottledError', message: expect.stringMatching(/HighLevel is unavailable.*retry later/) });
    expect((error as Error).message).not.toMatch(/reconnect it|expired/i);
    expect((error as Error).message).not.toContain(AUTH.refresh_token);
  });

  it("waits as long as HighLevel's throttle asks when the token endpoint answers 429", async () => {
    nock(BASE).post('/oauth/token').reply(429, { message: 'Too many requests' }, { 'Retry-After': '42' });
    const error: any = await appTester(auth.oauth2Config.refreshAccessToken, { authData: AUTH }).catch((e: Error) => e);
    expect(error.name).toBe('ThrottledError');
    expect(error.message).not.toMatch(/reconnect it/);
  });

  it('a 401 from the API makes Zapier refresh the token', async () => {
    nock(BASE).get(/.*/).reply(401, { message: 'Invalid JWT' });
    const step = steps.find((s) => s.key === 'get_contact')!;
    await expect(appTester(step.definition.operation.perform, { authData: AUTH, inputData: { contactId: 'c1' } })).rejects.toThrow(
      expect.objectContaining({ name: 'RefreshAuthError' }),
    );
  });
});

describe('connection test and label', () => {
  it('reads the connected location and labels the connection with its name', async () => {
    const seen = interceptHighLevel(() => ({ status: 200, body: { location: { id: AUTH.locationId, name: 'Acme Plumbing' } } }));
    const result: any = await appTester(auth.test, { authData: AUTH });
    expect(seen[0].path).toBe(`/locations/${AUTH.locationId}`);
    expect(seen[0].problems).toEqual([]);
    expect(result.name).toBe('Acme Plumbing');
    expect(auth.connectionLabel).toBe('{{bundle.inputData.name}}');
  });

  it("reads the agency on an agency connection and labels the connection with the agency's name", async () => {
    const seen = interceptHighLevel(() => ({
      status: 200,
      body: { company: { id: AGENCY_AUTH.companyId, name: 'Rankr Marketing Agency' } },
    }));
    const result: any = await appTester(auth.test, { authData: AGENCY_AUTH });
    expect(seen).toHaveLength(1);
    expect(seen[0].path).toBe(`/companies/${AGENCY_AUTH.companyId}`);
    expect(seen[0].problems).toEqual([]);
    expect(seen[0].headers.authorization).toBe(`Bearer ${AGENCY_AUTH.access_token}`);
    expect(result.name).toBe('Rankr Marketing Agency');
  });
});
