// Instant triggers: every payload HighLevel's workflow actions can post becomes exactly one item
// (none when the secret is wrong), nothing received is dropped, and the secret never leaks.
import { contactSample } from '../families/contacts';
import { opportunitySample } from '../families/opportunities';
import { steps } from '../operations';
import { appTester, AUTH, bundleFor, interceptHighLevel, perform } from './support/harness';

const instants = steps.filter((s) => s.workflowTrigger);

/** What the standard Webhook action posts: contact fields in snake_case, plus its objects. */
const standard = {
  contact_id: 'seD4PfOuKoVMLkEZqohJ',
  first_name: 'Jane',
  last_name: 'Doe',
  full_name: 'Jane Doe',
  email: 'jane@example.com',
  phone: '+14155550123',
  tags: 'rankr-lead, seo ,vip',
  address1: '3535 1st St N',
  city: 'Dolomite',
  date_created: '2026-11-20T09:31:30.255Z',
  contact_source: 'Rankr',
  'Favourite Colour': 'Green',
  location: { id: 've9EPM428h8vShlRW1KT', name: 'Acme Plumbing' },
  workflow: { id: 'wf-1', name: 'Rankr lead follow-up' },
  triggerData: {},
  customData: { zapier_secret: 's3cret-value-123', offer: 'Spring' },
};

/** The Custom Webhook action: whatever JSON the user wrote. */
const custom = { event: 'appointment', contactId: 'c-2', name: 'Bob Roe', bookedAt: 1795000000000, lines: [1, 2] };

const hook = (
  step: (typeof instants)[number],
  request: { content?: string; cleaned?: unknown; headers?: Record<string, string> },
  secret?: string,
) =>
  appTester(step.definition.operation.perform, {
    authData: AUTH,
    inputData: secret ? { secret } : {},
    meta: { timezone: 'America/New_York' },
    cleanedRequest: request.cleaned,
    rawRequest: { method: 'POST', headers: request.headers ?? {}, content: request.content ?? '', querystring: '' },
  } as any) as Promise<any[]>;

describe.each(instants.map((s) => [s.key, s] as const))('%s', (_key, step) => {
  const op = step.definition.operation;

  it('is a static webhook with directions, a Secret input and a polling fallback', () => {
    expect(op.type).toBe('hook');
    expect(op.performSubscribe).toBeUndefined();
    expect(typeof op.performList).toBe('function');
    // Then, for an event with other kinds of trigger, "Also as ..." (triggers/otherKinds.ts).
    expect(step.definition.display.description).toMatch(/^Triggers when .*\(instant, via a workflow Webhook action\)\.( Also as .*)?$/);
    expect(step.label).toMatch(/ \(Instant, via Workflow\)$/);
    expect(step.definition.display.directions).toMatch(/Automation, then Workflows/);
    expect(step.definition.display.directions).toMatch(/Webhook/);
    expect(op.inputFields.map((f: any) => f.key)).toContain('secret');
    expect(op.sample.id).toEqual(expect.any(String));
  });

  it('turns the standard Webhook payload into one item with every field and clean labelled fields', async () => {
    const items = await hook(step, { cleaned: standard, content: JSON.stringify(standard) });
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({
      contact_id: 'seD4PfOuKoVMLkEZqohJ',
      first_name: 'Jane',
      'Favourite Colour': 'Green',
      contact_source: 'Rankr',
      workflow: { id: 'wf-1', name: 'Rankr lead follow-up' },
      triggerData: {},
      customData: { offer: 'Spring' },
      contactId: 'seD4PfOuKoVMLkEZqohJ',
      email: 'jane@example.com',
      phone: '+14155550123',
      name: 'Jane Doe',
      tagsList: ['rankr-lead', 'seo', 'vip'],
      workflowId: 'wf-1',
      workflowName: 'Rankr lead follow-up',
      subAccountId: 've9EPM428h8vShlRW1KT',
      date_created: '2026-11-20T09:31:30.255Z',
    });
    expect(item.id).toEqual(expect.any(String));
  });

  it('takes the Custom Webhook JSON as written, with dates as ISO-8601', async () => {
    const [item, ...rest] = await hook(step, { content: JSON.stringify(custom) });
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ event: 'appointment', contactId: 'c-2', name: 'Bob Roe', lines: [1, 2] });
    expect(item.bookedAt).toBe(new Date(1795000000000).toISOString());
  });

  it('reads form-encoded bodies, nesting bracketed keys', async () => {
    const content =
      'contact_id=c-3&email=ann%40example.com&tags=a%2Cb&customData%5Bzapier_secret%5D=s3cret-value-123&customData%5Bplan%5D=gold';
    const [item, ...rest] = await hook(step, { content }, 's3cret-value-123');
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      contact_id: 'c-3',
      contactId: 'c-3',
      email: 'ann@example.com',
      tagsList: ['a', 'b'],
      customData: { plan: 'gold' },
    });
  });

  it('keeps partial and garbage payloads as one item each, without a TypeError', async () => {
    expect(await hook(step, { content: '{"email": "x@example.com"}' })).toEqual([expect.objectContaining({ email: 'x@example.com' })]);
    expect(await hook(step, { content: 'this is not json at all' })).toEqual([
      expect.objectContaining({ payload: 'this is not json at all' }),
    ]);
    expect(await hook(step, { content: '[1,2,3]' })).toEqual([expect.objectContaining({ payload: [1, 2, 3] })]);
    expect(await hook(step, { content: '{"tags": null, "contact": 5, "workflow": "x", "date_created": "soon"}' })).toEqual([
      expect.objectContaining({ tags: null, contact: 5, workflow: 'x', date_created: 'soon' }),
    ]);
    expect(await hook(step, {})).toHaveLength(1);
  });

  it('changes only moments under date-like keys, and keeps a posted id and bracketed JSON keys', async () => {
    const body = {
      id: 'posted-1',
      responseTime: 45,
      update: 1,
      candidate: '2026-11-20T09:31:30Z',
      date_of_birth: '05/01/1990',
      birthDate: '1990-05-01',
      startTime: '2026-11-25T15:00:00',
      created_at: '1795000000',
      'a[b]': 1,
      a: 'x',
    };
    const [item] = await hook(step, { content: JSON.stringify(body) });
    expect(item).toMatchObject({
      postedId: 'posted-1',
      responseTime: 45,
      update: 1,
      candidate: '2026-11-20T09:31:30Z',
      date_of_birth: '05/01/1990',
      birthDate: '1990-05-01',
      startTime: '2026-11-25T15:00:00-05:00',
      startTimeOriginal: '2026-11-25T15:00:00',
      created_at: new Date(1795000000 * 1000).toISOString(),
      'a[b]': 1,
      a: 'x',
    });
    expect(item.id).not.toBe('posted-1');
  });

  it('gives every delivery its own id, even one that repeats an earlier payload', async () => {
    const now = jest.spyOn(Date, 'now');
    now.mockReturnValue(Date.parse('2026-11-24T10:00:00Z'));
    const [a] = await hook(step, { content: JSON.stringify(custom) });
    now.mockReturnValue(Date.parse('2026-11-24T10:05:00Z'));
    const [b] = await hook(step, { content: JSON.stringify(custom) });
    const [c] = await hook(step, { content: JSON.stringify({ ...custom, contactId: 'c-9' }) });
    now.mockRestore();
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
    // The payload's hash comes first, so a repeat is recognisable in Zap history.
    expect(a.id.split('-')[0]).toBe(b.id.split('-')[0]);
  });

  describe('with a Secret', () => {
    const secret = 's3cret-value-123';

    it('accepts the secret as custom data zapier_secret, and drops it from the output', async () => {
      const items = await hook(step, { cleaned: standard }, secret);
      expect(items).toHaveLength(1);
      expect(JSON.stringify(items)).not.toContain(secret);
      expect(items[0].customData).toEqual({ offer: 'Spring' });
    });

    it('accepts the secret at the top of custom JSON that has a customData object of its own', async () => {
      const items = await hook(
        step,
        { content: JSON.stringify({ ...custom, zapier_secret: secret, customData: { plan: 'gold' } }) },
        secret,
      );
      expect(items).toHaveLength(1);
      expect(JSON.stringify(items)).not.toContain(secret);
    });

    it('accepts the secret as header X-Zapier-Secret, however Zapier spells the header', async () => {
      for (const name of ['X-Zapier-Secret', 'Http-X-Zapier-Secret', 'x_zapier_secret']) {
        const items = await hook(step, { content: JSON.stringify(custom), headers: { [name]: secret } }, secret);
        expect(items).toHaveLength(1);
        expect(JSON.stringify(items)).not.toContain(secret);
      }
    });

    it('refuses a payload without the secret or with another one, and logs why without the secret', async () => {
      const logs: string[] = [];
      const spy = jest.spyOn(console, 'log').mockImplementation((...args) => void logs.push(args.join(' ')));
      try {
        expect(await hook(step, { content: JSON.stringify(custom) }, secret)).toEqual([]);
        expect(await hook(step, { cleaned: { ...standard, customData: { zapier_secret: 'guess' } } }, secret)).toEqual([]);
        expect(await hook(step, { content: JSON.stringify(custom), headers: { 'X-Zapier-Secret': `${secret}x` } }, secret)).toEqual([]);
      } finally {
        spy.mockRestore();
      }
      expect(JSON.stringify(logs)).not.toContain(secret);
    });
  });

  it('shows recent real records from its fallback, shaped like the webhook payload, in one request', async () => {
    // The documents give contact search no answer; opportunities answer with one that changed
    // stage (the documents' example never moved); the others answer from their examples.
    const answer = (req: { template?: string }) =>
      req.template === '/contacts/search'
        ? { status: 200, body: { contacts: [contactSample], total: 1 } }
        : req.template === '/opportunities/search'
          ? { status: 200, body: { opportunities: [opportunitySample] } }
          : undefined;
    // A first run fills what polls keep in Zapier's cache (pipeline stage names); then one request.
    interceptHighLevel(answer);
    await perform(step, bundleFor(step, { inputData: {} }));
    const seen = interceptHighLevel(answer);
    const items = (await perform(step, bundleFor(step, { inputData: {} }))) as any[];
    expect(seen).toHaveLength(1);
    expect(seen[0].problems).toEqual([]);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.id).toEqual(expect.any(String));
      // The same clean fields as a real delivery, where the record has them.
      const sampleKeys = Object.keys(op.sample).filter(
        (k) => !['customData', 'triggerData', 'workflow', 'workflowId', 'workflowName'].includes(k),
      );
      expect(sampleKeys.filter((k) => k in item).length).toBeGreaterThan(sampleKeys.length / 2);
    }
  });
});

it('offers instant triggers', () => {
  expect(instants.map((s) => s.key)).toContain('new_workflow_event');
});
