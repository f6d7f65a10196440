// Sub-account-wide event triggers (contacts, tasks, inbound messages): each fires once per real
// event, in one request per poll. `zap()` plays Zapier's polling dedupe: the first poll only
// remembers what it sees; later polls fire the items whose `id` it has never seen.
import { steps } from '../operations';
import { AUTH, bundleFor, interceptHighLevel, perform } from './support/harness';

const step = (key: string) => steps.find((s) => s.key === key)!;

/** An ordinary poll: Zapier asks for no particular page size. */
const ORDINARY_POLL = { page: 0, limit: -1, isLoadingSample: false, timezone: 'America/New_York' };

const zap = (key: string, inputData: Record<string, unknown> = {}) => {
  const remembered = new Set<string>();
  let polls = 0;
  return async (answer: unknown) => {
    const requests = interceptHighLevel(() => ({ status: 200, body: answer }));
    const items = (await perform(step(key), bundleFor(step(key), { inputData, meta: ORDINARY_POLL }))) as any[];
    expect(requests).toHaveLength(1);
    expect(requests[0].problems).toEqual([]);
    const fired = polls++ === 0 ? [] : items.filter((i) => !remembered.has(i.id));
    for (const i of items) remembered.add(i.id);
    return { items, fired, request: requests[0] };
  };
};

const ids = (items: any[]) => items.map((i) => i.id);

describe('New Contact (new_contact)', () => {
  const old = { id: 'c0', firstName: 'Old', dateAdded: '2026-11-01T10:00:00.000Z', dateUpdated: '2026-11-01T10:00:00.000Z' };
  const jane = { id: 'c1', firstName: 'Jane', dateAdded: '2026-11-20T10:00:00.000Z', dateUpdated: '2026-11-20T10:00:00.000Z' };

  it('fires for a new contact, not again while it is unchanged, nor when it is edited', async () => {
    const poll = zap('new_contact');
    await poll({ contacts: [old] });
    expect(ids((await poll({ contacts: [jane, old] })).fired)).toEqual(['c1']);
    const unchanged = await poll({ contacts: [jane, old] });
    expect(ids(unchanged.items)).toEqual(['c1', 'c0']);
    expect(unchanged.fired).toEqual([]);
    const edited = await poll({ contacts: [{ ...jane, firstName: 'Janet', dateUpdated: '2026-11-22T10:00:00.000Z' }, old] });
    expect(edited.fired).toEqual([]);
  });

  it('asks the contact search for the newest contacts of the connected sub-account, a full page', async () => {
    const { request } = await zap('new_contact')({ contacts: [] });
    expect(request).toMatchObject({ method: 'POST', path: '/contacts/search' });
    expect(request.body).toEqual({
      locationId: AUTH.locationId,
      page: 1,
      pageLimit: 100,
      sort: [{ field: 'dateAdded', direction: 'desc' }],
      filters: [],
    });
  });

  it('filters by the assigned user and gives custom fields by ID for their names', async () => {
    const { items, request } = await zap('new_contact', { assignedTo: 'u1' })({
      contacts: [{ ...jane, customFields: [{ id: 'cf1', value: 'Gold' }] }],
    });
    expect((request.body as any).filters).toEqual([{ field: 'assignedTo', operator: 'eq', value: 'u1' }]);
    expect(items[0]).toMatchObject({ id: 'c1', name: 'Jane', customField__cf1: 'Gold' });
  });
});

describe('Contact Updated (contact_updated)', () => {
  const jane = { id: 'c1', firstName: 'Jane', dateAdded: '2026-11-20T10:00:00.000Z', dateUpdated: '2026-11-20T10:00:00.000Z' };
  const bob = { id: 'c2', firstName: 'Bob', dateAdded: '2026-11-21T10:00:00.000Z', dateUpdated: '2026-11-21T10:00:00.000Z' };

  it('fires for a new contact, not for an unchanged one, and exactly once per change', async () => {
    const poll = zap('contact_updated');
    await poll({ contacts: [jane] });
    const added = await poll({ contacts: [bob, jane] });
    expect(ids(added.fired)).toEqual(['c2:2026-11-21T10:00:00.000Z']);
    expect(added.fired[0].contactId).toBe('c2');
    expect((await poll({ contacts: [bob, jane] })).fired).toEqual([]);
    const changedJane = { ...jane, firstName: 'Janet', dateUpdated: '2026-11-22T08:00:00.000Z' };
    const changed = await poll({ contacts: [changedJane, bob] });
    expect(ids(changed.fired)).toEqual(['c1:2026-11-22T08:00:00.000Z']);
    expect(changed.fired[0]).toMatchObject({ contactId: 'c1', firstName: 'Janet' });
    expect((await poll({ contacts: [changedJane, bob] })).fired).toEqual([]);
  });

  it('sorts the search by dateUpdated, newest first, and lists the newest change first', async () => {
    const { request, items } = await zap('contact_updated')({ contacts: [jane, bob] });
    expect(request.body).toMatchObject({
      locationId: AUTH.locationId,
      pageLimit: 100,
      sort: [{ field: 'dateUpdated', direction: 'desc' }],
    });
    expect(items.map((i) => i.contactId)).toEqual(['c2', 'c1']);
  });
});

describe('Contact Tag Added (contact_tag_added)', () => {
  const jane = { id: 'c1', firstName: 'Jane', tags: ['seo'], dateUpdated: '2026-11-20T10:00:00.000Z' };
  const bob = { id: 'c2', firstName: 'Bob', tags: ['vip'], dateUpdated: '2026-11-19T10:00:00.000Z' };

  it('fires once per contact that gets the tag; edits of a tagged contact do not fire again', async () => {
    const poll = zap('contact_tag_added', { tag: ' VIP ' });
    await poll({ contacts: [bob] });
    const tagged = { ...jane, tags: ['seo', 'vip'], dateUpdated: '2026-11-21T10:00:00.000Z' };
    const gained = await poll({ contacts: [tagged, bob] });
    expect(ids(gained.fired)).toEqual(['c1:vip']);
    expect(gained.fired[0]).toMatchObject({ contactId: 'c1', tag: 'vip' });
    expect((await poll({ contacts: [tagged, bob] })).fired).toEqual([]);
    // Bob already had the tag: editing him brings him to the top of the search, with the same key.
    const editedBob = { ...bob, firstName: 'Robert', tags: ['vip', 'seo'], dateUpdated: '2026-11-22T10:00:00.000Z' };
    const edited = await poll({ contacts: [editedBob, tagged] });
    expect(ids(edited.items)).toEqual(['c2:vip', 'c1:vip']);
    expect(edited.fired).toEqual([]);
  });

  it('keys on the tag, so the same contact getting another watched tag is a new event', async () => {
    const vip = await zap('contact_tag_added', { tag: 'vip' })({ contacts: [{ ...jane, tags: ['seo', 'vip'] }] });
    const seo = await zap('contact_tag_added', { tag: 'seo' })({ contacts: [{ ...jane, tags: ['seo', 'vip'] }] });
    expect(ids(vip.items)).toEqual(['c1:vip']);
    expect(ids(seo.items)).toEqual(['c1:seo']);
  });

  it('searches for the tag in lower case, newest change first, and drops contacts without it', async () => {
    const { request, items } = await zap('contact_tag_added', { tag: 'VIP' })({ contacts: [bob, jane] });
    expect(request.body).toMatchObject({
      locationId: AUTH.locationId,
      pageLimit: 100,
      sort: [{ field: 'dateUpdated', direction: 'desc' }],
      filters: [{ field: 'tags', operator: 'contains', value: ['vip'] }],
    });
    expect(ids(items)).toEqual(['c2:vip']);
  });

  it('stops before any request without a tag', async () => {
    const requests = interceptHighLevel();
    await expect(perform(step('contact_tag_added'), bundleFor(step('contact_tag_added'), { inputData: {} }))).rejects.toThrow(
      'Tag (`tag`) is required.',
    );
    expect(requests).toEqual([]);
  });
});

describe('New Task (new_task)', () => {
  const old = { id: 't0', title: 'Old task', completed: false, dateAdded: '2026-11-01T10:00:00.000Z' };
  const call = {
    _id: 't1',
    title: 'Call back',
    completed: false,
    dateAdded: '2026-11-21T10:00:00.000Z',
    dueDate: '2026-11-25T15:00:00.000Z',
  };

  it('fires for a new task (searched tasks may say _id), not again while unchanged or when edited', async () => {
    const poll = zap('new_task');
    await poll({ tasks: [old] });
    const added = await poll({ tasks: [old, call] });
    expect(ids(added.fired)).toEqual(['t1']);
    expect(ids(added.items)).toEqual(['t1', 't0']);
    expect((await poll({ tasks: [old, call] })).fired).toEqual([]);
    expect((await poll({ tasks: [{ ...call, title: 'Call back today' }, old] })).fired).toEqual([]);
  });

  it('searches the pending tasks of the connected sub-account, a full page, with its filters as lists', async () => {
    const { request } = await zap('new_task', { contactId: 'c1', assignedTo: 'u1, u2' })({ tasks: [] });
    expect(request).toMatchObject({ method: 'POST', path: `/locations/${AUTH.locationId}/tasks/search` });
    expect(request.body).toEqual({ completed: false, limit: 100, contactId: ['c1'], assignedTo: ['u1', 'u2'] });
  });
});

describe('Task Completed (task_completed)', () => {
  const done = { id: 't1', title: 'Call back', completed: true, dateUpdated: '2026-11-21T10:00:00.000Z' };
  const older = { id: 't0', title: 'Old task', completed: true, dateUpdated: '2026-11-01T10:00:00.000Z' };

  it('fires once when a task is completed, never again for it (edited, or reopened and completed again)', async () => {
    const poll = zap('task_completed');
    await poll({ tasks: [older] });
    const completed = await poll({ tasks: [older, done] });
    expect(ids(completed.fired)).toEqual(['t1:true']);
    expect(completed.fired[0].taskId).toBe('t1');
    expect((await poll({ tasks: [done, older] })).fired).toEqual([]);
    expect((await poll({ tasks: [{ ...done, title: 'Called back', dateUpdated: '2026-11-22T10:00:00.000Z' }, older] })).fired).toEqual([]);
    await poll({ tasks: [older] }); // reopened: out of the completed tasks
    expect((await poll({ tasks: [{ ...done, dateUpdated: '2026-11-23T10:00:00.000Z' }, older] })).fired).toEqual([]);
  });

  it('searches completed tasks only, and never takes a pending one for a completion', async () => {
    const { request, items } = await zap('task_completed')({ tasks: [done, { id: 't2', completed: false }] });
    expect(request.body).toEqual({ completed: true, limit: 100 });
    expect(ids(items)).toEqual(['t1:true']);
  });
});

describe('New Inbound Message (new_inbound_message)', () => {
  const jane = {
    id: 'cv1',
    contactId: 'c1',
    fullName: 'Jane Doe',
    email: 'jane@example.com',
    phone: '+14155550123',
    lastMessageBody: 'Is Tuesday still OK?',
    lastMessageType: 'TYPE_SMS',
    lastMessageDirection: 'inbound',
    lastMessageDate: 1795000000000,
    unreadCount: 1,
  };
  const bob = { ...jane, id: 'cv2', contactId: 'c2', fullName: 'Bob Roe', lastMessageBody: 'Hi', lastMessageDate: 1794000000000 };

  it('fires once per new inbound message, and never for a conversation without a newer one', async () => {
    const poll = zap('new_inbound_message');
    await poll({ conversations: [bob] });
    const arrived = await poll({ conversations: [jane, bob] });
    expect(ids(arrived.fired)).toEqual([`cv1:${new Date(1795000000000).toISOString()}`]);
    expect(arrived.fired[0]).toMatchObject({
      conversationId: 'cv1',
      contactId: 'c1',
      name: 'Jane Doe',
      lastMessageBody: 'Is Tuesday still OK?',
      channel: 'SMS',
      lastMessageDate: new Date(1795000000000).toISOString(),
    });
    // Read in HighLevel: the unread count changes, the message does not.
    expect((await poll({ conversations: [{ ...jane, unreadCount: 0 }, bob] })).fired).toEqual([]);
    const next = { ...jane, lastMessageBody: 'Actually, Wednesday?', lastMessageDate: 1795000600000, unreadCount: 2 };
    const again = await poll({ conversations: [next, bob] });
    expect(again.fired).toHaveLength(1);
    expect(again.fired[0]).toMatchObject({ conversationId: 'cv1', lastMessageBody: 'Actually, Wednesday?' });
    expect((await poll({ conversations: [next, bob] })).fired).toEqual([]);
  });

  it('asks for conversations whose latest message came in, on the chosen channel, latest first', async () => {
    const { request, items } = await zap('new_inbound_message', { channel: 'TYPE_WHATSAPP' })({
      conversations: [bob, { ...jane, lastMessageDirection: 'outbound' }],
    });
    expect(request).toMatchObject({ method: 'GET', path: '/conversations/search' });
    expect(request.query).toEqual({
      locationId: AUTH.locationId,
      limit: '100',
      sort: 'desc',
      sortBy: 'last_message_date',
      lastMessageDirection: 'inbound',
      lastMessageType: 'TYPE_WHATSAPP',
    });
    expect(items.map((i) => i.conversationId)).toEqual(['cv2']);
  });

  it('offers the channels people look for, as HighLevel names them', () => {
    const channel = step('new_inbound_message').definition.operation.inputFields.find((f: any) => f.key === 'channel');
    expect(Object.keys(channel.choices)).toEqual(
      expect.arrayContaining(['TYPE_SMS', 'TYPE_EMAIL', 'TYPE_LIVE_CHAT', 'TYPE_WHATSAPP', 'TYPE_FACEBOOK', 'TYPE_INSTAGRAM', 'TYPE_CALL']),
    );
  });
});
