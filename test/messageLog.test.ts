// Log Inbound Message and Log Outbound Call: the body HighLevel's document requires, the contact's
// conversation found or started, and bad input stopped before any request.
import { steps } from '../operations';
import { bundleFor, interceptHighLevel, perform } from './support/harness';

const step = (key: string) => steps.find((s) => s.key === key)!;
const inbound = step('log_inbound_message');
const outbound = step('log_outbound_call');

const CONTACT = 'seD4PfOuKoVMLkEZqohJ';
const PROVIDER = '61d6d1f9cdac7612faf80753';

const logInbound = (inputData: Record<string, unknown>) =>
  perform(inbound, bundleFor(inbound, { inputData: { contactId: CONTACT, conversationProviderId: PROVIDER, ...inputData } }));

/** HighLevel where the contact has the given conversations. */
const withConversations = (conversations: object[]) =>
  interceptHighLevel((req) =>
    req.template === '/conversations/search' ? { status: 200, body: { conversations, total: conversations.length } } : undefined,
  );

describe('Log Inbound Message', () => {
  it("logs into the contact's latest conversation with type, provider and the date in the user's time zone", async () => {
    const seen = withConversations([{ id: 'conv-latest', contactId: CONTACT }]);
    const result: any = await logInbound({
      type: 'Email',
      message: 'Can we talk Tuesday?',
      subject: 'Audit question',
      date: '2026-11-21 09:02',
      altId: 'rankr-msg-1',
    });
    expect(seen.map((r) => `${r.method} ${r.template}`)).toEqual(['GET /conversations/search', 'POST /conversations/messages/inbound']);
    expect(seen[0].query).toMatchObject({ contactId: CONTACT, locationId: 've9EPM428h8vShlRW1KT', limit: '1' });
    expect(seen.every((r) => r.problems.length === 0)).toBe(true);
    expect(seen[1].body).toEqual({
      type: 'Email',
      contactId: CONTACT,
      conversationId: 'conv-latest',
      conversationProviderId: PROVIDER,
      message: 'Can we talk Tuesday?',
      subject: 'Audit question',
      date: '2026-11-21T14:02:00.000Z', // 09:02 in New York (the bundle's time zone)
      altId: 'rankr-msg-1',
    });
    expect(result).toMatchObject({ id: expect.any(String), messageId: result.id });
  });

  it('starts a conversation when the contact has none', async () => {
    const seen = withConversations([]);
    await logInbound({ type: 'SMS', message: 'Hi' });
    expect(seen.map((r) => `${r.method} ${r.template}`)).toEqual([
      'GET /conversations/search',
      'POST /conversations/',
      'POST /conversations/messages/inbound',
    ]);
    expect(seen[1].body).toEqual({ contactId: CONTACT, locationId: 've9EPM428h8vShlRW1KT' });
    expect(seen.every((r) => r.problems.length === 0)).toBe(true);
  });

  it('uses a chosen conversation with one request, and logs a call with its numbers and outcome', async () => {
    const seen = withConversations([]);
    await logInbound({ type: 'Call', conversationId: 'conv-1', callFrom: '+14155550123', callTo: '+14155550100', callStatus: 'voicemail' });
    expect(seen).toHaveLength(1);
    expect(seen[0].problems).toEqual([]);
    expect(seen[0].body).toEqual({
      type: 'Call',
      contactId: CONTACT,
      conversationId: 'conv-1',
      conversationProviderId: PROVIDER,
      call: { from: '+14155550123', to: '+14155550100', status: 'voicemail' },
    });
  });

  it.each([
    [{ type: 'Fax', message: 'Hi' }, /Channel \(`type`\) must be one of: SMS, Email/],
    [{ type: 'Custom', message: 'Hi', conversationProviderId: '' }, /Conversation Provider ID \(`conversationProviderId`\) is required/],
    [{ type: 'SMS' }, /needs text in Message/],
    [{ type: 'Email', message: 'Hi', date: 'next week-ish' }, /Date \(`date`\) must be a date and time/],
    [{ type: 'Call', callStatus: 'hung-up' }, /Call Status \(`callStatus`\) must be one of/],
    [{ type: 'SMS', message: 'Hi', contactId: '' }, /Contact \(`contactId`\) is required/],
  ])('stops %j before any request', async (inputData, message) => {
    const seen = withConversations([]);
    await expect(logInbound(inputData)).rejects.toThrow(message);
    expect(seen).toEqual([]);
  });
});

describe('Log Outbound Call', () => {
  it("logs a call into the contact's conversation as the document's Call type", async () => {
    const seen = withConversations([{ id: 'conv-latest' }]);
    await perform(
      outbound,
      bundleFor(outbound, {
        inputData: {
          contactId: CONTACT,
          conversationProviderId: PROVIDER,
          callFrom: '+14155550100',
          callTo: '+14155550123',
          callStatus: 'completed',
          date: '2026-11-21T14:02:00Z',
        },
      }),
    );
    expect(seen.map((r) => `${r.method} ${r.template}`)).toEqual(['GET /conversations/search', 'POST /conversations/messages/outbound']);
    expect(seen.every((r) => r.problems.length === 0)).toBe(true);
    expect(seen[1].body).toEqual({
      type: 'Call',
      conversationId: 'conv-latest',
      conversationProviderId: PROVIDER,
      call: { from: '+14155550100', to: '+14155550123', status: 'completed' },
      date: '2026-11-21T14:02:00.000Z',
    });
  });

  it('needs a contact or a conversation, before any request', async () => {
    const seen = withConversations([]);
    await expect(perform(outbound, bundleFor(outbound, { inputData: { conversationProviderId: PROVIDER } }))).rejects.toThrow(
      /Give a Contact \(`contactId`\) or a Conversation \(`conversationId`\): Log Outbound Call needs one of them/,
    );
    expect(seen).toEqual([]);
  });
});
