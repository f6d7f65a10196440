// Custom objects: record fields built from the object's schema (labels, types, choices), values
// checked against it before any write, the object key checked before any request, and the record
// triggers' dedupe keys.
import App from '../index';
import { steps } from '../operations';
import { appTester, AUTH, bundleFor, interceptHighLevel, perform } from './support/harness';

const step = (key: string) => steps.find((s) => s.key === key)!;

const OBJECT = 'custom_objects.pets';

const schemaAnswer = {
  cache: false,
  object: {
    id: 'obj1',
    key: OBJECT,
    standard: false,
    labels: { singular: 'Pet', plural: 'Pets' },
    primaryDisplayProperty: `${OBJECT}.name`,
  },
  fields: [
    { name: 'Name', fieldKey: `${OBJECT}.name`, dataType: 'TEXT' },
    { name: 'Notes', fieldKey: `${OBJECT}.notes`, dataType: 'LARGE_TEXT' },
    { name: 'Weight (kg)', fieldKey: `${OBJECT}.weight`, dataType: 'NUMERICAL' },
    { name: 'Fee', fieldKey: `${OBJECT}.fee`, dataType: 'MONETORY' },
    { name: 'Born On', fieldKey: `${OBJECT}.born_on`, dataType: 'DATE' },
    {
      name: 'Species',
      fieldKey: `${OBJECT}.species`,
      dataType: 'SINGLE_OPTIONS',
      options: [
        { key: 'dog', label: 'Dog' },
        { key: 'cat', label: 'Cat' },
      ],
    },
    {
      name: 'Vaccines',
      fieldKey: `${OBJECT}.vaccines`,
      dataType: 'MULTIPLE_OPTIONS',
      options: [
        { key: 'rabies', label: 'Rabies' },
        { key: 'parvo', label: 'Parvovirus' },
      ],
    },
    { name: 'Photo', fieldKey: `${OBJECT}.photo`, dataType: 'FILE_UPLOAD' },
    // The documents also spell the prefix in the singular.
    { name: 'Contacts', fieldKey: 'custom_object.pets.contacts', dataType: 'TEXTBOX_LIST', options: [{ key: 'vet', label: 'Vet' }] },
  ],
};

const record = (id: string, createdAt: string, updatedAt = createdAt, properties: object = { name: `Pet ${id}` }) => ({
  id,
  objectKey: OBJECT,
  properties,
  createdAt,
  updatedAt,
  owner: [],
  followers: [],
  locationId: AUTH.locationId,
});

/** Answers the schema fetch with `schemaAnswer` and everything else from the contract. */
const withSchema = (other?: (template?: string) => { status: number; body: unknown } | undefined) =>
  interceptHighLevel((req) => (req.template === '/objects/{key}' ? { status: 200, body: schemaAnswer } : other?.(req.template)));

const run = (key: string, inputData: Record<string, unknown>) =>
  perform(step(key), bundleFor(step(key), { inputData: { schemaKey: OBJECT, ...inputData } }));

const dynamicInputs = async (key: string) => {
  // The last loader: on agency connections the Sub-Account field comes first.
  const loader = step(key)
    .definition.operation.inputFields.filter((f: unknown) => typeof f === 'function')
    .pop();
  return (await appTester(loader, bundleFor(step(key), { inputData: { schemaKey: OBJECT } }) as any)) as any[];
};

describe("a record's fields from the object's schema", () => {
  it('become inputs with the field names as labels, Zapier types and option dropdowns', async () => {
    withSchema();
    const fields = await dynamicInputs('create_record');
    const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));
    expect(Object.keys(byKey)).toEqual([
      'property__name',
      'property__notes',
      'property__weight',
      'property__fee',
      'property__born_on',
      'property__species',
      'property__vaccines',
      'property__contacts.vet',
    ]);
    expect(byKey.property__name).toMatchObject({ label: 'Name', type: 'string', required: true });
    expect(byKey.property__notes).toMatchObject({ label: 'Notes', type: 'text', required: false });
    expect(byKey.property__weight).toMatchObject({ label: 'Weight (kg)', type: 'number' });
    expect(byKey.property__fee).toMatchObject({ label: 'Fee', type: 'number' });
    expect(byKey.property__born_on).toMatchObject({ label: 'Born On', type: 'datetime' });
    expect(byKey.property__species).toMatchObject({ label: 'Species', choices: { dog: 'Dog', cat: 'Cat' } });
    expect(byKey.property__vaccines).toMatchObject({ list: true, choices: { rabies: 'Rabies', parvo: 'Parvovirus' } });
    expect(byKey['property__contacts.vet']).toMatchObject({ label: 'Contacts: Vet' });
  });

  it('are optional when updating, and name the outputs', async () => {
    withSchema();
    expect((await dynamicInputs('update_record')).every((f) => f.required === false)).toBe(true);
    const loader = step('find_record').definition.operation.outputFields.find((f: unknown) => typeof f === 'function');
    const outputs = await appTester(loader, bundleFor(step('find_record'), { inputData: { schemaKey: OBJECT } }) as any);
    expect(outputs).toEqual(expect.arrayContaining([{ key: 'property__weight', label: 'Weight (kg)' }]));
  });
});

describe('Create and Update Record', () => {
  it("send checked values under `properties`: numbers coerced, money as HighLevel's amount, options by key or label", async () => {
    const seen = withSchema();
    await run('create_record', {
      property__name: 'Buddy',
      property__weight: '12.5',
      property__fee: '40',
      property__born_on: '2026-03-01T00:00:00-05:00',
      property__species: 'Dog',
      property__vaccines: 'rabies, Parvovirus',
      'property__contacts.vet': 'Dr. Lee',
      owner: 'u1',
      followers: [],
    });
    expect(seen.map((r) => `${r.method} ${r.template}`)).toEqual(['GET /objects/{key}', 'POST /objects/{schemaKey}/records']);
    expect(seen[0].query).toEqual({ locationId: AUTH.locationId, fetchProperties: 'true' });
    expect(seen[1].body).toEqual({
      locationId: AUTH.locationId,
      owner: ['u1'],
      properties: {
        name: 'Buddy',
        weight: 12.5,
        fee: { currency: 'default', value: 40 },
        born_on: '2026-03-01',
        species: 'dog',
        vaccines: ['rabies', 'parvo'],
        'contacts.vet': 'Dr. Lee',
      },
    });
  });

  it("rejects an option that is not one of the field's options before writing, listing the options", async () => {
    const seen = withSchema();
    await expect(run('create_record', { property__species: 'Hamster' })).rejects.toThrow(
      "Species (`property__species`): 'Hamster' is not one of the field's options. Use one of: Dog (dog), Cat (cat).",
    );
    await expect(run('update_record', { recordId: 'r1', property__vaccines: ['rabies', 'flu'] })).rejects.toThrow(
      "Vaccines (`property__vaccines`): 'flu'",
    );
    expect(seen.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('rejects text in a number field and a field the object does not have, before writing', async () => {
    const seen = withSchema();
    await expect(run('create_record', { property__weight: 'heavy' })).rejects.toThrow('Weight (kg) (`property__weight`) must be a number.');
    await expect(run('create_record', { property__colour: 'brown' })).rejects.toThrow("has no field 'colour'");
    expect(seen.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('updates with the location in the query and asks for something to change', async () => {
    const seen = withSchema();
    await run('update_record', { recordId: 'r1', property__weight: 14 });
    expect(seen[1]).toMatchObject({
      method: 'PUT',
      path: `/objects/${OBJECT}/records/r1`,
      query: { locationId: AUTH.locationId },
      body: { properties: { weight: 14 } },
    });
    await expect(run('update_record', { recordId: 'r1' })).rejects.toThrow('Fill in at least one field to change.');
  });
});

describe('an unknown object', () => {
  it('is named in the message when the sub-account has no such object', async () => {
    const seen = interceptHighLevel((req) =>
      req.template === '/objects/{key}' ? { status: 404, body: { message: 'Not found' } } : undefined,
    );
    await expect(run('create_record', { schemaKey: 'custom_objects.nope' })).rejects.toThrow(
      "Object 'custom_objects.nope' was not found in this sub-account.",
    );
    expect(seen).toHaveLength(1);
  });

  it('stops before any request when the key is not a custom object key', async () => {
    const seen = interceptHighLevel();
    await expect(run('find_record', { schemaKey: 'pets', query: 'Buddy' })).rejects.toThrow("Object 'pets' is not a custom object key");
    await expect(run('delete_record', { schemaKey: 'contact', recordId: 'r1' })).rejects.toThrow('Contacts have their own steps');
    expect(seen).toEqual([]);
  });
});

describe('New Record', () => {
  const poll = async (records: object[]) => {
    interceptHighLevel(() => ({ status: 200, body: { records, total: records.length } }));
    return (await run('new_record', {})) as any[];
  };

  it('lists newest first, with properties by field key and dedupes on the record id', async () => {
    const older = record('a', '2026-11-01T10:00:00.000Z');
    const first = await poll([
      older,
      record('b', '2026-11-02T10:00:00.000Z', undefined, { name: 'Rex', fee: { currency: 'default', value: 40 } }),
    ]);
    expect(first.map((r) => r.id)).toEqual(['b', 'a']);
    expect(first[0]).toMatchObject({ name: 'Rex', property__name: 'Rex', property__fee: 40 });
    // Unchanged: the same ids; a new record: one new id; a changed record keeps its id (no new item).
    expect((await poll([older])).map((r) => r.id)).toEqual(['a']);
    const later = await poll([record('c', '2026-11-03T10:00:00.000Z'), { ...older, updatedAt: '2026-11-04T10:00:00.000Z' }]);
    expect(later.map((r) => r.id)).toEqual(['c', 'a']);
  });

  it('sends the documented search body', async () => {
    const seen = interceptHighLevel();
    await run('new_record', { query: 'name:Buddy' });
    expect(seen[0].body).toEqual({ locationId: AUTH.locationId, page: 1, pageLimit: 10, query: 'name:Buddy', searchAfter: [] });
  });
});

describe('Get Record', () => {
  it('fires again when the record changes: id = record id + updated time, record id kept', async () => {
    const answer = (dateUpdated: string) =>
      interceptHighLevel(() => ({
        status: 200,
        body: { record: { id: 'r1', properties: { name: 'Buddy' }, dateAdded: '2026-11-01T10:00:00.000Z', dateUpdated } },
      }));
    answer('2026-11-02T10:00:00.000Z');
    const [before] = (await run('get_record', { recordId: 'r1' })) as any[];
    expect(before).toMatchObject({
      id: 'r1:2026-11-02T10:00:00.000Z',
      recordId: 'r1',
      updatedAt: '2026-11-02T10:00:00.000Z',
      property__name: 'Buddy',
    });
    answer('2026-11-05T10:00:00.000Z');
    const [after] = (await run('get_record', { recordId: 'r1' })) as any[];
    expect(after.id).toBe('r1:2026-11-05T10:00:00.000Z');
  });
});

it('pairs Find Record with Create Record as Find or Create Record', () => {
  expect((App as any).searchOrCreates.find_record).toMatchObject({
    search: 'find_record',
    create: 'create_record',
    display: { label: 'Find or Create Record' },
  });
});
