// Polling dedupe: a trigger fires once per real event.
import { steps } from '../operations';
import { contentHash, dedupeItem, newestFirst } from '../steps/dedupe';
import { bundleFor, interceptHighLevel, perform } from './support/harness';

const step = (key: string) => steps.find((s) => s.key === key)!;

const poll = async (key: string, answer: unknown) => {
  interceptHighLevel(() => ({ status: 200, body: answer }));
  return (await perform(step(key), bundleFor(step(key)))) as any[];
};

describe('"Get ... by ID" triggers key on the record and its change', () => {
  const contact = { id: 'c1', firstName: 'Jane', dateUpdated: '2026-11-20T10:00:00.000Z' };

  it('an unchanged contact keeps its key, an updated one gets a new key', async () => {
    const [first] = await poll('get_contact', { contact });
    const [again] = await poll('get_contact', { contact });
    const [changed] = await poll('get_contact', { contact: { ...contact, firstName: 'Janet', dateUpdated: '2026-11-21T08:00:00.000Z' } });
    expect(first.id).toBe('c1:2026-11-20T10:00:00.000Z');
    expect(again.id).toBe(first.id);
    expect(changed.id).not.toBe(first.id);
    expect(changed.contactId).toBe('c1');
  });

  it('records without an updated stamp key on a hash of their content', async () => {
    const task = { id: 't1', title: 'Call back', completed: false, dueDate: '2026-11-25T15:00:00.000Z' };
    const [first] = await poll('get_contact_task', { task });
    const [again] = await poll('get_contact_task', { task: { ...task } });
    const [done] = await poll('get_contact_task', { task: { ...task, completed: true } });
    expect(again.id).toBe(first.id);
    expect(done.id).not.toBe(first.id);
    expect(done.taskId).toBe('t1');
  });

  it('the hash ignores key order', () => {
    expect(contentHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(contentHash({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(dedupeItem({ id: 'x', v: 1 }, { changedBy: 'content', idAs: 'xId' }).id).not.toBe(
      dedupeItem({ id: 'x', v: 2 }, { changedBy: 'content', idAs: 'xId' }).id,
    );
  });
});

describe('new-record triggers', () => {
  it('key on the record id and list the newest first', async () => {
    const items = await poll('get_contact_notes', {
      notes: [
        { id: 'n1', body: 'old', dateAdded: '2026-11-01T10:00:00.000Z' },
        { id: 'n3', body: 'newest', dateAdded: '2026-11-21T10:00:00.000Z' },
        { id: 'n2', body: 'middle', dateAdded: '2026-11-10T10:00:00.000Z' },
      ],
    });
    expect(items.map((i) => i.id)).toEqual(['n3', 'n2', 'n1']);
  });

  it('keep undated items, after the dated ones', () => {
    expect(newestFirst([{ id: 'a' }, { id: 'b', d: '2026-01-01' }], 'd').map((i) => i.id)).toEqual(['b', 'a']);
  });

  it('survive odd answers without a TypeError', async () => {
    expect(await poll('get_contact_notes', {})).toEqual([]);
    expect(await poll('get_contact_notes', { notes: null })).toEqual([]);
    expect(await poll('get_contact_notes', { notes: [null, 'x', { id: 'n1' }] })).toHaveLength(1);
    expect(await poll('get_contact', { contact: null })).toEqual([]);
  });
});

describe('paging', () => {
  it('honours the page size Zapier asks for and pages Search Contacts from 1', async () => {
    const seen = interceptHighLevel(() => ({ status: 200, body: { contacts: [] } }));
    const s = step('search_contacts');
    await perform(s, bundleFor(s, { meta: { page: 2, limit: 25 } }));
    expect(seen[0].body).toMatchObject({ page: 3, pageLimit: 25, sort: [{ field: 'dateAdded', direction: 'desc' }] });
  });
});

describe('contact output people can map', () => {
  it('adds a name, a comma list of tags and each custom field value by id', async () => {
    const [item] = await poll('search_contacts', {
      contacts: [{ id: 'c1', firstName: 'Jane', lastName: 'Doe', tags: ['vip', 'seo'], customFields: [{ id: 'cf1', value: 'Gold' }] }],
    });
    expect(item).toMatchObject({ name: 'Jane Doe', tags: ['vip', 'seo'], tagList: 'vip, seo', customField__cf1: 'Gold' });
  });

  it('labels custom field outputs by their names', async () => {
    interceptHighLevel(() => ({ status: 200, body: { customFields: [{ id: 'cf1', name: 'Membership Level', dataType: 'TEXT' }] } }));
    const outputs = step('search_contacts').definition.operation.outputFields.filter((f: unknown) => typeof f === 'function');
    const { appTester } = await import('./support/harness');
    expect(await appTester(outputs[0], bundleFor(step('search_contacts')) as any)).toEqual([
      { key: 'customField__cf1', label: 'Membership Level' },
    ]);
  });
});
