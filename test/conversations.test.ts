// Conversations & Messages: Send Message per channel (checked against the contract), message
// paging, and the not-found handling the Other Operations steps share.
import nock from 'nock';
import { steps } from '../operations';
import { pinClock } from './support/clock';
import { appTester, AUTH, bundleFor, interceptHighLevel, perform } from './support/harness';

const step = (key: string) => steps.find((s) => s.key === key)!;
const sendMessage = step('send_message');
const messages = step('get_conversation_messages');

const send = (inputData: Record<string, unknown>) =>
  perform(sendMessage, bundleFor(sendMessage, { inputData: { contactId: 'seD4PfOuKoVMLkEZqohJ', ...inputData } }));

describe('Send Message', () => {
  // Send At must lie ahead: the tests run on 20 November 2026, whatever the day.
  pinClock('2026-11-20T12:00:00Z');

  it('sends an email with subject, HTML, CC/BCC, attachments and a schedule, as the document allows', async () => {
    const seen = interceptHighLevel();
    const result: any = await send({
      type: 'Email',
      message: 'Hi Jane, your audit is attached.',
      subject: 'Your SEO audit is ready',
      html: '<p>Hi Jane, your audit is attached.</p>',
      emailFrom: 'sam@example.com',
      emailCc: 'office@example.com, billing@example.com',
      emailBcc: ['records@example.com'],
      attachments: ['https://storage.example.com/media/seo-audit.pdf'],
      emailReplyMode: 'reply_all',
      threadId: 'rnGyqh2F6uBrIkfhFo9A',
      scheduledAt: '2026-11-25T15:00:00Z',
      fromNumber: '+14155550100', // an SMS input left over from switching channels: not sent
    });
    expect(seen).toHaveLength(1);
    expect(seen[0].problems).toEqual([]);
    expect(`${seen[0].method} ${seen[0].template}`).toBe('POST /conversations/messages');
    expect(seen[0].headers.version).toBe('2021-04-15');
    expect(seen[0].body).toEqual({
      type: 'Email',
      subType: 'Email',
      status: 'pending',
      contactId: 'seD4PfOuKoVMLkEZqohJ',
      message: 'Hi Jane, your audit is attached.',
      subject: 'Your SEO audit is ready',
      html: '<p>Hi Jane, your audit is attached.</p>',
      emailFrom: 'sam@example.com',
      emailCc: ['office@example.com', 'billing@example.com'],
      emailBcc: ['records@example.com'],
      attachments: ['https://storage.example.com/media/seo-audit.pdf'],
      emailReplyMode: 'reply_all',
      threadId: 'rnGyqh2F6uBrIkfhFo9A',
      scheduledTimestamp: Date.parse('2026-11-25T15:00:00Z') / 1000,
    });
    expect(result).toMatchObject({ id: expect.any(String), messageId: result.id, conversationId: expect.any(String) });
  });

  it('sends an SMS without the email inputs', async () => {
    const seen = interceptHighLevel();
    await send({ type: 'SMS', message: 'See you Tuesday!', subject: 'ignored', fromNumber: '+14155550100' });
    expect(seen[0].problems).toEqual([]);
    expect(seen[0].body).toEqual({
      type: 'SMS',
      subType: 'SMS',
      status: 'pending',
      contactId: 'seD4PfOuKoVMLkEZqohJ',
      message: 'See you Tuesday!',
      fromNumber: '+14155550100',
    });
  });

  it('shows each channel only the inputs it uses', async () => {
    const keysFor = async (type: string) =>
      // The channel's inputs come last (the Sub-Account field of agency connections comes first).
      (
        (await appTester(sendMessage.definition.operation.inputFields.filter((f: unknown) => typeof f === 'function').at(-1), {
          authData: AUTH,
          inputData: { type },
        } as any)) as { key: string }[]
      ).map((f) => f.key);
    const email = await keysFor('Email');
    expect(email).toEqual(expect.arrayContaining(['subject', 'html', 'emailCc', 'emailBcc', 'attachments', 'emailFrom']));
    expect(email).not.toContain('fromNumber');
    const sms = await keysFor('SMS');
    expect(sms).toEqual(expect.arrayContaining(['attachments', 'fromNumber', 'toNumber']));
    expect(sms).not.toContain('subject');
    expect(await keysFor('Live_Chat')).toEqual(['attachments']);
    expect(await keysFor('Custom')).toEqual(['conversationProviderId', 'attachments']);
    const channel = sendMessage.definition.operation.inputFields.find((f: any) => f.key === 'type');
    expect(channel).toMatchObject({ altersDynamicFields: true, required: true });
  });

  it.each([
    [
      { type: 'Email', subject: 'Hi', html: '<p>Hi</p>', emailCc: 'office@example.com, not-an-email' },
      /CC \(`emailCc`\): not-an-email is not an email address like jane@example.com/,
    ],
    [
      { type: 'Email', subject: 'Hi', html: '<p>Hi</p>', emailFrom: 'sam at example' },
      /From Email \(`emailFrom`\) must be an email address/,
    ],
    [
      { type: 'SMS', message: 'Hi', attachments: ['ftp://files.example.com/a.pdf'] },
      /Attachment URLs \(`attachments`\): ftp:\/\/files.example.com\/a.pdf is not a web address starting with https/,
    ],
    [{ type: 'Email', html: '<p>Hi</p>' }, /Subject \(`subject`\) is required/],
    [{ type: 'Email', subject: 'Hi' }, /An email needs a body/],
    [{ type: 'WhatsApp' }, /A WhatsApp message needs text in Message \(`message`\) or at least one attachment/],
    [{ type: 'Custom', message: 'Hi' }, /Conversation Provider \(`conversationProviderId`\) is required/],
    [{ type: 'SMS', message: 'Hi', scheduledAt: '2026-11-20T11:58:00Z' }, /Send At \(`scheduledAt`\) is in the past/],
    [{ type: 'Fax', message: 'Hi' }, /Channel \(`type`\) must be one of/],
  ])('refuses %j before calling HighLevel', async (input, message) => {
    const seen = interceptHighLevel();
    await expect(send(input)).rejects.toThrow(message);
    expect(seen).toEqual([]);
  });
});

describe('Get Messages by Conversation', () => {
  const page = (ids: [string, string][], nextPage: boolean) => ({
    // HighLevel wraps the page under `messages`; the document shows it bare. Both are read.
    messages: {
      lastMessageId: ids[ids.length - 1][0],
      nextPage,
      messages: ids.map(([id, dateAdded]) => ({
        id,
        dateAdded,
        type: 2,
        messageType: 'TYPE_SMS',
        direction: 'inbound',
        body: `Message ${id}`,
        contactId: 'seD4PfOuKoVMLkEZqohJ',
        conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
        locationId: AUTH.locationId,
        contentType: 'text/plain',
      })),
    },
  });

  it('polls one page, newest first, each message once with a readable name', async () => {
    const seen = interceptHighLevel(() => ({
      status: 200,
      body: page(
        [
          ['m2', '2026-11-21T10:00:00.000Z'],
          ['m3', '2026-11-21T12:00:00.000Z'],
          ['m1', '2026-11-21T08:00:00.000Z'],
        ],
        true,
      ),
    }));
    const result = (await perform(messages, bundleFor(messages))) as any[];
    expect(seen).toHaveLength(1);
    expect(seen[0].problems).toEqual([]);
    expect(seen[0].query).toEqual({ limit: '10', type: 'TYPE_SMS' });
    expect(result.map((m) => m.id)).toEqual(['m3', 'm2', 'm1']);
    expect(result[0].name).toBe('Inbound SMS: Message m3');
  });

  it('loads further dropdown pages from the last message ID of the page before', async () => {
    process.env.ZAPIER_DEPLOY_KEY = 'test-deploy-key';
    const seen = interceptHighLevel((req) => ({
      status: 200,
      body: req.query.lastMessageId
        ? page([['m0', '2026-11-20T08:00:00.000Z']], false)
        : page(
            [
              ['m2', '2026-11-21T10:00:00.000Z'],
              ['m1', '2026-11-21T08:00:00.000Z'],
            ],
            true,
          ),
    }));
    // Zapier's cursor store, reached over its RPC.
    const cursors: Record<string, string> = {};
    nock('https://rpc.zapier.com')
      .persist()
      .post('/cli')
      .reply(200, (_uri, raw: any) => {
        const { id, method, params, storeKey } = typeof raw === 'string' ? JSON.parse(raw) : raw;
        if (method === 'set_cursor') cursors[storeKey] = params[0];
        return { id, result: method === 'get_cursor' ? (cursors[storeKey] ?? null) : null };
      });
    try {
      const meta = { isFillingDynamicDropdown: true, limit: 2 };
      const first = (await perform(messages, bundleFor(messages, { meta: { ...meta, page: 0 } }))) as any[];
      const second = (await perform(messages, bundleFor(messages, { meta: { ...meta, page: 1 } }))) as any[];
      expect(first.map((m) => m.id)).toEqual(['m2', 'm1']);
      expect(second.map((m) => m.id)).toEqual(['m0']);
      expect(seen.map((r) => r.query.lastMessageId)).toEqual([undefined, 'm1']);
      expect(seen.every((r) => r.problems.length === 0)).toBe(true);
    } finally {
      delete process.env.ZAPIER_DEPLOY_KEY;
    }
  });
});

describe('Search Conversations', () => {
  it('asks for the most recently active conversations of the connected sub-account', async () => {
    const seen = interceptHighLevel();
    const conversationsStep = step('search_conversations');
    const result = (await perform(conversationsStep, bundleFor(conversationsStep, { inputData: { query: 'jane' } }))) as any[];
    expect(seen[0].problems).toEqual([]);
    expect(seen[0].query).toEqual({ locationId: AUTH.locationId, query: 'jane', limit: '10', sort: 'desc', sortBy: 'last_message_date' });
    expect(result[0]).toMatchObject({ id: expect.any(String), name: expect.any(String) });
  });
});

describe('Get Message Transcription', () => {
  it('joins the sentences in order into one record, once per call', async () => {
    interceptHighLevel(() => ({
      status: 200,
      body: [
        { sentenceIndex: 2, startTime: 4, endTime: 9, transcript: 'Hi Jane.', confidence: 0.9, mediaChannel: 2 },
        { sentenceIndex: 1, startTime: 0, endTime: 4, transcript: 'This call may be recorded.', confidence: 0.9, mediaChannel: 1 },
      ],
    }));
    const transcription = step('get_message_transcription');
    const [item, ...rest] = (await perform(transcription, bundleFor(transcription))) as any[];
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      id: 'p1mRSHeLDhAms5q0LMr4',
      transcript: 'This call may be recorded. Hi Jane.',
      durationSeconds: 9,
      sentenceCount: 2,
    });
  });
});

describe('not found', () => {
  it('Find Location by ID answers "nothing found" for an unknown sub-account instead of failing', async () => {
    const seen = interceptHighLevel(() => ({ status: 404, body: { message: 'Location not found' } }));
    const findLocation = step('find_location');
    expect(await perform(findLocation, bundleFor(findLocation, { inputData: { locationId: 'unknownLoc123' } }))).toEqual([]);
    expect(seen[0].path).toBe('/locations/unknownLoc123');
  });

  it('Get Message by ID names the message on 404', async () => {
    interceptHighLevel(() => ({ status: 404, body: { message: 'Message not found' } }));
    const getMessage = step('get_message');
    await expect(perform(getMessage, bundleFor(getMessage))).rejects.toThrow('Message p1mRSHeLDhAms5q0LMr4 was not found in HighLevel');
  });
});

describe('dropdowns', () => {
  it('List Conversation Emails offers the email IDs of the email messages, as the email endpoints take them', async () => {
    const emails = step('list_conversation_emails');
    const seen = interceptHighLevel(() => ({
      status: 200,
      body: {
        lastMessageId: 'm2',
        nextPage: false,
        messages: [
          {
            id: 'm1',
            type: 3,
            messageType: 'TYPE_EMAIL',
            direction: 'outbound',
            body: 'Your audit is ready',
            dateAdded: '2026-11-21T10:00:00.000Z',
            contactId: 'seD4PfOuKoVMLkEZqohJ',
            conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
            locationId: AUTH.locationId,
            contentType: 'text/html',
            meta: { email: { messageIds: ['e1', 'e2'] } },
          },
          {
            id: 'm2',
            type: 3,
            messageType: 'TYPE_EMAIL',
            direction: 'inbound',
            body: 'Thanks!',
            dateAdded: '2026-11-21T12:00:00.000Z',
            contactId: 'seD4PfOuKoVMLkEZqohJ',
            conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
            locationId: AUTH.locationId,
            contentType: 'text/html',
            meta: { email: { messageIds: ['e3'] } },
          },
        ],
      },
    }));
    const result = (await perform(emails, bundleFor(emails))) as any[];
    expect(seen).toHaveLength(1);
    expect(seen[0].problems).toEqual([]);
    expect(seen[0].path).toBe('/conversations/tDtDnQdgm2LXpyiqYvZ6/messages');
    expect(seen[0].query).toEqual({ limit: '10', type: 'TYPE_EMAIL' });
    expect(result.map((e) => [e.id, e.name, e.messageId])).toEqual([
      ['e3', 'Inbound Email: Thanks!', 'm2'],
      ['e1', 'Outbound Email: Your audit is ready (email 1 of 2)', 'm1'],
      ['e2', 'Outbound Email: Your audit is ready (email 2 of 2)', 'm1'],
    ]);
    for (const key of ['get_email_message', 'update_message_status']) {
      const fields = step(key).definition.operation.inputFields;
      expect(fields.find((f: any) => f.key === 'emailMessageId')).toMatchObject({ dynamic: 'list_conversation_emails.id.name' });
      expect(fields.find((f: any) => f.key === 'conversationId')).toMatchObject({ altersDynamicFields: true });
    }
  });

  it("Get Live Chat Visitor offers the chosen contact's visitor ID, and nothing when the contact has none", async () => {
    const visitor = step('get_live_chat_visitor');
    const contact = (extra: object) => ({ contact: { id: 'seD4PfOuKoVMLkEZqohJ', firstName: 'Jane', lastName: 'Doe', ...extra } });
    let seen = interceptHighLevel(() => ({ status: 200, body: contact({ visitorId: 'vis123' }) }));
    expect(await perform(visitor, bundleFor(visitor))).toEqual([
      { id: 'vis123', name: 'Jane Doe (live chat visitor)', contactId: 'seD4PfOuKoVMLkEZqohJ' },
    ]);
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /contacts/seD4PfOuKoVMLkEZqohJ']);
    seen = interceptHighLevel(() => ({ status: 200, body: contact({}) }));
    expect(await perform(visitor, bundleFor(visitor))).toEqual([]);
    const typing = step('send_agent_typing').definition.operation.inputFields;
    expect(typing.find((f: any) => f.key === 'visitorId')).toMatchObject({ dynamic: 'get_live_chat_visitor.id.name', required: true });
  });
});

describe('the agency of the connection', () => {
  it.each([
    ['list_locations', 'GET', '/locations/search'],
    ['get_company', 'GET', '/companies/UAXssdawIWAWD'],
    ['create_location', 'POST', '/locations/'],
  ])('%s takes the company ID from the connection, never from an input', async (key, method, path) => {
    const s = step(key);
    expect(s.fields.map((f) => f.key)).not.toContain('companyId');
    const seen = interceptHighLevel();
    await perform(s, bundleFor(s));
    expect(seen[0].problems).toEqual([]);
    expect(`${seen[0].method} ${seen[0].path}`).toBe(`${method} ${path}`);
    if (key === 'list_locations') expect(seen[0].query.companyId).toBe(AUTH.companyId);
    if (key === 'create_location')
      expect(seen[0].body).toMatchObject({ companyId: AUTH.companyId, snapshotId: 'kJx8Aq2XbG1f0mUvWz3R', postalCode: '35061' });
  });

  it('asks for an agency connection when the connection names no agency, before calling HighLevel', async () => {
    const s = step('get_company');
    const seen = interceptHighLevel();
    await expect(perform(s, bundleFor(s, { authData: { ...AUTH, companyId: '' } }))).rejects.toThrow(
      /needs the agency \(Company\) ID of your HighLevel connection/,
    );
    expect(seen).toEqual([]);
  });
});

describe('not ready yet', () => {
  it('Get Message Transcription stays quiet while HighLevel answers 404 (call not transcribed yet)', async () => {
    const seen = interceptHighLevel(() => ({ status: 404, body: { message: 'Transcription not found' } }));
    const transcription = step('get_message_transcription');
    expect(await perform(transcription, bundleFor(transcription))).toEqual([]);
    expect(seen).toHaveLength(1);
  });
});
