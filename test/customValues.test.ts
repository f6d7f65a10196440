// Custom values (update by name, clear messages before any change) and the tag steps and dropdowns.
import { steps } from '../operations';
import { TAG_DROPDOWN } from '../families/tags';
import { bundleFor, interceptHighLevel, perform } from './support/harness';

const step = (key: string) => steps.find((s) => s.key === key)!;
const update = step('update_custom_value');

const VALUES = [
  { id: 'cv1', name: 'Offer Price', fieldKey: '{{ custom_values.offer_price }}', value: '$499', locationId: 've9EPM428h8vShlRW1KT' },
  {
    id: 'cv2',
    name: 'Booking Link',
    fieldKey: '{{ custom_values.booking_link }}',
    value: 'https://cal.example.com',
    locationId: 've9EPM428h8vShlRW1KT',
  },
  { id: 'cv3', name: 'Clinic Hours', fieldKey: '{{ custom_values.clinic_hours }}', value: '9-5', locationId: 've9EPM428h8vShlRW1KT' },
  { id: 'cv4', name: 'clinic hours', fieldKey: '{{ custom_values.clinic_hours_2 }}', value: '8-4', locationId: 've9EPM428h8vShlRW1KT' },
  { id: 'cv5', name: 'Hours', fieldKey: '{{ custom_values.hours }}', value: '8-4', locationId: 've9EPM428h8vShlRW1KT' },
  { id: 'cv6', name: 'HOURS', fieldKey: '{{ custom_values.hours_2 }}', value: '8-4', locationId: 've9EPM428h8vShlRW1KT' },
];

/** HighLevel with the custom values above; the PUT answers with the value as updated. */
const withValues = () =>
  interceptHighLevel((req) =>
    req.method === 'GET' && req.template === '/locations/{locationId}/customValues'
      ? { status: 200, body: { customValues: VALUES } }
      : req.method === 'PUT'
        ? { status: 200, body: { customValue: { id: req.path.split('/').pop(), ...(req.body as object) } } }
        : undefined,
  );

const run = (inputData: Record<string, unknown>) => perform(update, bundleFor(update, { inputData }));

describe('Update Custom Value', () => {
  it('finds the value by its name and PUTs exactly once to its path, keeping what was left empty', async () => {
    const seen = withValues();
    const result: any = await run({ customValueName: '  offer price ', value: '$449' });
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /locations/ve9EPM428h8vShlRW1KT/customValues',
      'PUT /locations/ve9EPM428h8vShlRW1KT/customValues/cv1',
    ]);
    expect(seen.every((r) => r.problems.length === 0)).toBe(true);
    expect(seen[1].body).toEqual({ name: 'Offer Price', value: '$449' });
    expect(result).toMatchObject({ id: 'cv1', name: 'Offer Price', value: '$449' });
  });

  it('also finds it by its merge field', async () => {
    const seen = withValues();
    await run({ customValueName: '{{ custom_values.booking_link }}', value: 'https://book.example.com' });
    expect(seen[1].path).toBe('/locations/ve9EPM428h8vShlRW1KT/customValues/cv2');
  });

  it('prefers the exact spelling when names differ only in capitals', async () => {
    const seen = withValues();
    await run({ customValueName: 'clinic hours', value: '10-6' });
    expect(seen[1].path).toMatch(/\/cv4$/);
  });

  it('names a value that matches nothing, and changes nothing', async () => {
    const seen = withValues();
    await expect(run({ customValueName: 'Ofer Price', value: '$449' })).rejects.toThrow(
      /No custom value is named \W+Ofer Price\W+ in this sub-account/,
    );
    expect(seen.filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('says which values share an ambiguous name, and changes nothing', async () => {
    const seen = withValues();
    await expect(run({ customValueName: 'hours', value: '9-5' })).rejects.toThrow(/2 custom values are named \W+hours\W+ \(IDs cv5, cv6\)/);
    expect(seen.filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('with a chosen value and both name and value given, costs one request', async () => {
    const seen = withValues();
    await run({ customValueId: 'cv2', newName: 'Booking Page', value: 'https://book.example.com' });
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['PUT /locations/ve9EPM428h8vShlRW1KT/customValues/cv2']);
    expect(seen[0].body).toEqual({ name: 'Booking Page', value: 'https://book.example.com' });
  });

  it('with a chosen value, reads its current name for a value-only change', async () => {
    const seen = withValues();
    await run({ customValueId: 'cv3', value: '10-6' });
    expect(seen[1].body).toEqual({ name: 'Clinic Hours', value: '10-6' });
  });

  it.each([
    [{ value: '$449' }, /Give a Custom Value \(`customValueId`\) or a Custom Value Name \(`customValueName`\)/],
    [{ customValueName: 'Offer Price' }, /Give a Value \(`value`\) or a New Name \(`newName`\): Update Custom Value needs one of them/],
  ])('stops %j before any request', async (inputData, message) => {
    const seen = withValues();
    await expect(run(inputData)).rejects.toThrow(message);
    expect(seen).toEqual([]);
  });

  it('says when a chosen ID is not in the sub-account', async () => {
    const seen = withValues();
    await expect(run({ customValueId: 'gone', value: 'x' })).rejects.toThrow(/Custom value gone is not in this sub-account/);
    expect(seen.filter((r) => r.method === 'PUT')).toEqual([]);
  });
});

describe('custom value triggers', () => {
  it('New Custom Value lists every value for the dropdown, labelled by name', async () => {
    interceptHighLevel((req) => (req.method === 'GET' ? { status: 200, body: { customValues: VALUES } } : undefined));
    const items = (await perform(step('new_custom_value'), bundleFor(step('new_custom_value')))) as any[];
    expect(items.map((i) => [i.id, i.name])).toEqual(VALUES.map((v) => [v.id, v.name]));
  });

  it('Custom Value Changed fires again when a value changes, keeping the value ID', async () => {
    const changed = step('custom_value_changed');
    interceptHighLevel(() => ({ status: 200, body: { customValues: [VALUES[0]] } }));
    const [before] = (await perform(changed, bundleFor(changed))) as any[];
    interceptHighLevel(() => ({ status: 200, body: { customValues: [{ ...VALUES[0], value: '$449' }] } }));
    const [after] = (await perform(changed, bundleFor(changed))) as any[];
    expect(before.customValueId).toBe('cv1');
    expect(after.customValueId).toBe('cv1');
    expect(after.id).not.toBe(before.id);
  });
});

describe('tags', () => {
  const tagInputs = steps.flatMap((s) =>
    s.fields.filter((f) => /^tags?$/.test(f.key) && !s.key.includes('blog')).map((f) => [s.key, f] as const),
  );

  it.each(tagInputs)('%s: its tag input is the tag dropdown', (_key, field) => {
    expect(field.dynamic).toBe(TAG_DROPDOWN);
  });

  it('the tag dropdown still takes typed and mapped tags', async () => {
    const add = step('add_contact_tags');
    const seen = interceptHighLevel();
    await perform(add, bundleFor(add, { inputData: { contactId: 'seD4PfOuKoVMLkEZqohJ', tags: 'rankr-lead, brand new tag' } }));
    expect(seen[0].body).toEqual({ tags: ['rankr-lead', 'brand new tag'] });
    expect(seen[0].problems).toEqual([]);
  });

  it('Rename Tag PUTs the new name to the chosen tag', async () => {
    const rename = step('rename_tag');
    const seen = interceptHighLevel();
    const result: any = await perform(rename, bundleFor(rename, { inputData: { tagId: 'zYy3YOUuHxgomU1uYJty', name: 'rankr-customer' } }));
    expect(`${seen[0].method} ${seen[0].path}`).toBe('PUT /locations/ve9EPM428h8vShlRW1KT/tags/zYy3YOUuHxgomU1uYJty');
    expect(seen[0].body).toEqual({ name: 'rankr-customer' });
    expect(result).toHaveProperty('id');
  });

  it('Delete Tag names the tag HighLevel cannot find', async () => {
    const del = step('delete_tag');
    interceptHighLevel(() => ({ status: 404, body: { message: 'Tag not found' } }));
    await expect(perform(del, bundleFor(del, { inputData: { tagId: 'gone' } }))).rejects.toThrow(/Tag gone/);
  });
});
