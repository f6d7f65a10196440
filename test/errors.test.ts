// Errors people can act on, and odd input that must never reach HighLevel or crash.
import nock from 'nock';
import { steps } from '../operations';
import { AUTH, bundleFor, interceptHighLevel, perform } from './support/harness';

const step = (key: string) => steps.find((s) => s.key === key)!;
const getContact = step('get_contact');
const createContact = step('create_contact');

const failWith = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  interceptHighLevel(() => ({ status, body, headers }));

describe('HighLevel errors', () => {
  it("shows HighLevel's message for 400", async () => {
    failWith(400, { statusCode: 400, message: 'The slot you have selected is no longer available' });
    await expect(perform(getContact, bundleFor(getContact))).rejects.toThrow(
      /HighLevel said: The slot you have selected is no longer available/,
    );
  });

  it('joins a list of messages for 422 and dumps no JSON', async () => {
    failWith(422, { statusCode: 422, message: ['email must be an email', 'phone is too short'], error: 'Unprocessable Entity' });
    const error: any = await perform(createContact, bundleFor(createContact)).catch((e) => e);
    expect(error.message).toMatch(/email must be an email; phone is too short/);
    expect(error.message).not.toContain('statusCode');
  });

  it('names the record on 404', async () => {
    failWith(404, { message: 'Contact not found' });
    await expect(perform(getContact, bundleFor(getContact))).rejects.toThrow(/Contact seD4PfOuKoVMLkEZqohJ was not found in HighLevel/);
  });

  it('throttles on 429 with the Retry-After delay', async () => {
    failWith(429, { message: 'Too many requests' }, { 'Retry-After': '7' });
    const error: any = await perform(getContact, bundleFor(getContact)).catch((e) => e);
    expect(error.name).toBe('ThrottledError');
    expect(JSON.parse(error.message).delay).toBe(7);
  });

  it("throttles on 429 for the burst window from HighLevel's rate headers", async () => {
    failWith(429, {}, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Interval-Milliseconds': '10000', 'X-RateLimit-Max': '100' });
    const error: any = await perform(getContact, bundleFor(getContact)).catch((e) => e);
    expect(error.name).toBe('ThrottledError');
    expect(JSON.parse(error.message)).toMatchObject({ delay: 10 });
    expect(error.message).toMatch(/100 per 10 seconds/);
  });

  it('waits an hour when the daily limit is used up', async () => {
    failWith(429, {}, { 'X-RateLimit-Daily-Remaining': '0', 'X-RateLimit-Limit-Daily': '200000' });
    const error: any = await perform(getContact, bundleFor(getContact)).catch((e) => e);
    expect(JSON.parse(error.message)).toMatchObject({ delay: 3600 });
    expect(error.message).toMatch(/daily/);
  });

  it('lets Zapier retry a read after a 5xx', async () => {
    failWith(502, { message: 'Bad gateway' });
    const error: any = await perform(getContact, bundleFor(getContact)).catch((e) => e);
    expect(error.name).toBe('ThrottledError');
    expect(error.message).toMatch(/HighLevel had a problem \(HTTP 502\)/);
  });

  it('does not retry a POST after a 5xx: the record may exist', async () => {
    const seen = failWith(500, { message: 'Internal error' });
    const error: any = await perform(createContact, bundleFor(createContact)).catch((e) => e);
    expect(error.name).not.toBe('ThrottledError');
    expect(error.message).toMatch(/may exist/);
    expect(seen.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('reports a non-JSON answer briefly', async () => {
    nock.cleanAll();
    nock('https://services.leadconnectorhq.com').get(/.*/).reply(200, '<html>maintenance</html>');
    await expect(perform(getContact, bundleFor(getContact))).rejects.toThrow(/unreadable answer/);
  });

  it('never puts the token in a message', async () => {
    failWith(403, { message: `token ${AUTH.access_token} lacks scope` });
    const error: any = await perform(getContact, bundleFor(getContact)).catch((e) => e);
    expect(error.message).toMatch(/refused access/);
    expect(error.message).not.toContain(AUTH.access_token);
    expect(error.message).toContain('[redacted]');
  });
});

describe('odd input', () => {
  const run = (s = getContact, inputData: Record<string, unknown>) => {
    const seen = interceptHighLevel();
    return { seen, result: perform(s, bundleFor(s, { inputData })) };
  };

  it('stops before any request when a required ID is missing', async () => {
    const { seen, result } = run(getContact, {});
    await expect(result).rejects.toThrow(/Contact \(`contactId`\) is required/);
    expect(seen).toHaveLength(0);
  });

  it('names the field of a bad email and sends nothing', async () => {
    const { seen, result } = run(createContact, { email: 'not-an-email' });
    await expect(result).rejects.toThrow(/Email \(`email`\) must be an email address/);
    expect(seen).toHaveLength(0);
  });

  it('names the field of a bad date', async () => {
    const task = step('create_contact_task');
    const { seen, result } = run(task, { contactId: 'c1', title: 'x', dueDate: 'someday' });
    await expect(result).rejects.toThrow(/Due Date \(`dueDate`\) must be a date and time/);
    expect(seen).toHaveLength(0);
  });

  it('URL-encodes slashes in IDs so they cannot reach another endpoint', async () => {
    const { seen, result } = run(getContact, { contactId: 'a/../b' });
    await result;
    expect(seen[0].path).toBe('/contacts/a%2F..%2Fb');
  });

  it('refuses "." and ".." as IDs', async () => {
    const { seen, result } = run(getContact, { contactId: '..' });
    await expect(result).rejects.toThrow(/valid contactId/);
    expect(seen).toHaveLength(0);
  });

  it('passes unicode and very long text through intact', async () => {
    const long = 'Ünïcødé 名前 🚀 '.repeat(500);
    const { seen, result } = run(createContact, { firstName: long, tags: 'vip, 顧客 ,  ' });
    await result;
    expect(seen[0].body).toMatchObject({ firstName: long.trim(), tags: ['vip', '顧客'] });
  });

  it('treats empty and whitespace-only optional fields as not given', async () => {
    const { seen, result } = run(createContact, { firstName: '   ', email: '', tags: [] });
    await result;
    expect(seen[0].body).toEqual({ locationId: AUTH.locationId });
  });

  it('coerces Zapier strings into numbers and booleans', async () => {
    const { seen, result } = run(step('complete_contact_task'), { contactId: 'c1', taskId: 't1', completed: 'no' });
    await result;
    expect(seen[0].body).toEqual({ completed: false });
  });
});

describe('searches', () => {
  it('treat "not found" as no result, not an error', async () => {
    interceptHighLevel(() => ({ status: 404, body: { message: 'Contact not found' } }));
    const find = step('find_contact');
    expect(await perform(find, bundleFor(find, { inputData: { contactId: 'missing' } }))).toEqual([]);
  });
});

describe('dates without an offset', () => {
  it("are read in the user's Zapier time zone", async () => {
    const task = step('create_contact_task');
    const seen = interceptHighLevel();
    await perform(
      task,
      bundleFor(task, {
        inputData: { contactId: 'c1', title: 'Call', dueDate: '2026-11-25 09:00' },
        meta: { timezone: 'America/New_York' },
      }),
    );
    expect(seen[0].body).toMatchObject({ dueDate: '2026-11-25T14:00:00.000Z' });
  });
});

describe('API Request', () => {
  const api = step('api_request');
  it('sends the named request with the same auth, Version header and errors', async () => {
    const seen = interceptHighLevel();
    await perform(
      api,
      bundleFor(api, {
        inputData: {
          method: 'POST',
          path: '/calendars/groups',
          body: '{"locationId": "ve9EPM428h8vShlRW1KT", "name": "Sales", "description": "Team", "slug": "sales"}',
        },
      }),
    );
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/calendars/groups', problems: [] });
    expect(seen[0].headers.version).toBe('2021-04-15');
  });

  it.each(['https://evil.example/x', '//evil.example/x', '/contacts/../oauth/token', 'contacts', '/contacts/{id}', '\\\\evil'])(
    'keeps the path under the API host: refuses %s',
    async (path) => {
      const seen = interceptHighLevel();
      await expect(perform(api, bundleFor(api, { inputData: { method: 'GET', path } }))).rejects.toThrow(/Path \(`path`\) must/);
      expect(seen).toHaveLength(0);
    },
  );
});
