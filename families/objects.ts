// Custom objects family: a sub-account's custom objects (Pets, Properties, Tickets...) and their
// records. A record keeps its values under `properties`, keyed by the field's short key; the object's
// schema (GET /objects/{key}) names and types those fields, so record steps build their inputs and
// outputs from it: `property__<key>`, labelled by the field's name, typed, options as dropdowns.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { isObject, listIn, recordIn } from '../highlevel/answers';
import { ghl } from '../highlevel/request';
import { invalidInput, named, parseInput, zapierField, type FieldSpec, type FieldType } from '../steps/fields';
import type { EventFamily } from '../steps/restHook';
import { userIdField } from './contacts';

// Scopes: the documents leave GET/PUT/DELETE of one record without a scope; HighLevel's scope table
// (docs/Scopes.md) puts reading a record under objects/record.readonly and writing under
// objects/record.write, and the schema reads under objects/schema.readonly.
export const OBJECT_SCOPES = {
  schema: ['objects/schema.readonly'],
  read: ['objects/record.readonly'],
  write: ['objects/record.write'],
};

/** Record steps read the object's schema for their dynamic fields (scopes and contract test read it). */
export const SCHEMA_CALL = { endpoint: 'GET /objects/{key}' as const, scopes: OBJECT_SCOPES.schema };

/**
 * The Object dropdown offers custom objects only: contacts and opportunities are not served by the
 * record endpoints (they have their own steps), and businesses, the one standard object those
 * endpoints take, have their own Business steps. A typed `business` key still works.
 */
export const objectKeyField: FieldSpec = {
  key: 'schemaKey', label: 'Object', required: true, dynamic: 'list_objects.key.name', altersDynamicFields: true,
  example: 'custom_objects.pet',
  help: 'The custom object, like Pets. Pick one, or map its key: custom object keys start with `custom_objects.`, e.g. `custom_objects.pets` (Settings → Objects in HighLevel).',
};

export const recordIdField: FieldSpec = {
  key: 'recordId', as: 'id', label: 'Record', required: true, dynamic: 'new_record.id.name', example: '661c06b4ffde146bdb469442',
  help: 'The record of the chosen object. Pick one, or map a Record ID from an earlier step (for example Find Record or New Record).',
};

/** Owner and followers: HighLevel users, sent as the lists HighLevel keeps. */
export const ownershipFields: FieldSpec[] = [
  { ...userIdField('owner', 'Owner', 'The HighLevel user who owns the record (HighLevel allows one).'), in: 'none' },
  {
    key: 'followers', label: 'Followers', type: 'list', in: 'none', dynamic: 'list_users.id.name', example: ['y0BeYjuRIlDwsDcOHOJo'],
    help: 'HighLevel users who follow the record (up to 10). Pick users, or map user IDs.',
  },
];

export const ownershipOf = (input: Record<string, any>) => ({
  ...(input.owner ? { owner: [input.owner] } : {}),
  ...(input.followers ? { followers: input.followers } : {}),
});

const STANDARD_WITH_OWN_STEPS: Record<string, string> = {
  contact: 'Contacts have their own steps (Create Contact, Update Contact, Find Contact)',
  opportunity: 'Opportunities have their own steps (Create Opportunity, Update Opportunity, Find Opportunity)',
};

/** Record endpoints take custom objects (and `business`): other keys stop before any request. */
export const checkObjectKey = (key: unknown) => {
  const k = String(key ?? '');
  if (STANDARD_WITH_OWN_STEPS[k]) throw invalidInput(`${STANDARD_WITH_OWN_STEPS[k]}; record steps work with custom objects.`);
  if (k !== 'business' && !/^custom_objects\.\S+$/.test(k)) {
    throw invalidInput(`Object '${k}' is not a custom object key: they start with custom_objects., like custom_objects.pets. Pick the object from the dropdown.`);
  }
  return {};
};

export const recordWhat = (i: Record<string, any>) => `Record ${i.recordId} of object '${i.schemaKey}'`;
export const objectWhat = (i: Record<string, any>) => `Object '${i.schemaKey}'`;

/** Steps on one chosen record: the Object and Record inputs, the key check, "not found" naming both. */
export const oneRecord = {
  fields: [objectKeyField, recordIdField],
  request: (input: Record<string, any>) => checkObjectKey(input.schemaKey),
  what: recordWhat,
};

// --- The object's schema --------------------------------------------------------------------------

interface ObjectField {
  name?: string;
  fieldKey: string;
  dataType: string;
  description?: string;
  placeholder?: string;
  options?: { key: string; label: string }[];
  allowCustomOption?: boolean;
}
export interface ObjectSchema {
  object: Record<string, any>;
  fields: ObjectField[];
}

/** The object and its fields; an unknown key is named in the message instead of a bare 404. */
export const objectSchema = async (z: ZObject, bundle: Bundle, key: string): Promise<ObjectSchema> => {
  checkObjectKey(key);
  const data = await ghl(z, bundle, SCHEMA_CALL.endpoint, {
    path: { key },
    query: { fetchProperties: 'true' },
    location: 'query',
    notFoundIsEmpty: true,
  });
  if (!isObject(data) || (!isObject(data.object) && !Array.isArray(data.fields))) {
    throw invalidInput(`Object '${key}' was not found in this sub-account. Pick the object from the dropdown.`);
  }
  const fields = (Array.isArray(data.fields) ? data.fields : []).filter((f: any) => isObject(f) && typeof f.fieldKey === 'string');
  return { object: isObject(data.object) ? data.object : { key }, fields };
};

/**
 * A field's key inside `properties`: the schema's fieldKey without its object prefix. The documents
 * write the prefix both as `custom_objects.pet.` and `custom_object.pet.`; businesses use `business.`.
 */
export const propertyKeyOf = (fieldKey: string, objectKey: string): string => {
  if (fieldKey.startsWith(`${objectKey}.`)) return fieldKey.slice(objectKey.length + 1);
  const custom = /^custom_objects?\.[^.]+\.(.+)$/.exec(fieldKey);
  if (custom) return custom[1];
  const standard = /^[a-z_]+\.(.+)$/.exec(fieldKey);
  return standard ? standard[1] : fieldKey;
};

const PREFIX = 'property__';

const TYPE: Record<string, FieldType> = {
  TEXT: 'string', PHONE: 'string', LARGE_TEXT: 'text', NUMERICAL: 'number', MONETORY: 'number', DATE: 'date',
  SINGLE_OPTIONS: 'string', RADIO: 'string', MULTIPLE_OPTIONS: 'list', CHECKBOX: 'list',
};
const OPTION_TYPES = new Set(['SINGLE_OPTIONS', 'RADIO', 'MULTIPLE_OPTIONS', 'CHECKBOX']);

/** One record input: where its value goes in `properties` and how to check it. */
interface PropertyInput {
  spec: FieldSpec;
  property: string;
  dataType: string;
  options: { key: string; label: string }[];
  anyOption: boolean;
}

const optionsOf = (f: ObjectField) =>
  (f.options ?? [])
    .filter((o) => o && typeof o.key === 'string')
    // An option without a label is shown and matched by its key.
    .map((o) => ({ ...o, label: typeof o.label === 'string' && o.label.trim() ? o.label : o.key }));

/** Every field a user can fill, from the schema (file uploads cannot come from a Zap and are left out). */
export const propertyInputs = (schema: ObjectSchema, { isNew }: { isNew: boolean }): PropertyInput[] => {
  const objectKey = String(schema.object.key ?? '');
  const primary = schema.object.primaryDisplayProperty ? propertyKeyOf(String(schema.object.primaryDisplayProperty), objectKey) : undefined;
  return schema.fields.flatMap((f): PropertyInput[] => {
    const property = propertyKeyOf(f.fieldKey, objectKey);
    const name = f.name || property;
    const about = [f.description || f.placeholder, `Field \`${property}\` of the object.`, isNew ? '' : 'Leave empty to keep it unchanged.']
      .filter(Boolean).join(' ');
    // A textbox list keeps one value per option, as `<field>.<option>`.
    if (f.dataType === 'TEXTBOX_LIST') {
      return optionsOf(f).map((o) => ({
        spec: { key: `${PREFIX}${property}.${o.key}`, label: `${name}: ${o.label}`, help: about },
        property: `${property}.${o.key}`, dataType: 'TEXT', options: [], anyOption: true,
      }));
    }
    if (!TYPE[f.dataType] && f.dataType !== 'TEXT') return [];
    const options = OPTION_TYPES.has(f.dataType) ? optionsOf(f) : [];
    return [{
      spec: {
        key: `${PREFIX}${property}`,
        label: name,
        type: TYPE[f.dataType] ?? 'string',
        required: isNew && property === primary,
        help: f.dataType === 'MONETORY' ? `${about} An amount in the sub-account's currency, like 100 or 49.99.` : about,
        ...(options.length ? { choices: Object.fromEntries(options.map((o) => [o.key, o.label])) } : {}),
      },
      property, dataType: f.dataType, options,
      anyOption: !options.length || (f.dataType === 'RADIO' && Boolean(f.allowCustomOption)),
    }];
  });
};

/** Zapier input fields for the record's fields: typed, options as dropdowns, dates with a date picker. */
export const toZapierInput = (p: PropertyInput) => ({
  ...zapierField(p.spec),
  ...(p.dataType === 'DATE' ? { type: 'datetime' } : {}),
});

/** An option by key, or by its label as people type and map it; undefined when it is not one. */
const optionKey = (p: PropertyInput, value: string): string | undefined => {
  const v = value.trim().toLowerCase();
  return p.options.find((o) => o.key === value.trim())?.key
    ?? p.options.find((o) => o.label.trim().toLowerCase() === v || o.key.toLowerCase() === v)?.key;
};

const checkOptions = (p: PropertyInput, value: unknown): unknown => {
  if (!p.options.length) return value;
  const pick = (v: unknown) => {
    const found = optionKey(p, String(v));
    if (found !== undefined || p.anyOption) return found ?? v;
    const allowed = p.options.map((o) => (o.label === o.key ? o.key : `${o.label} (${o.key})`)).join(', ');
    throw invalidInput(`${named(p.spec)}: '${v}' is not one of the field's options. Use one of: ${allowed}.`);
  };
  return Array.isArray(value) ? value.map(pick) : pick(value);
};

/**
 * The record's `properties` from the user's `property__` inputs, checked against the schema before
 * any write: a number field given text, a bad date or an unknown option stops the step here, and an
 * input the object no longer has is reported rather than dropped.
 */
export const recordProperties = (
  schema: ObjectSchema,
  inputData: Record<string, unknown> = {},
  timeZone: string | null = null,
): Record<string, unknown> => {
  const inputs = propertyInputs(schema, { isNew: false });
  const known = new Set(inputs.map((p) => p.spec.key));
  const stale = Object.keys(inputData).filter((k) => k.startsWith(PREFIX) && !known.has(k) && !isEmpty(inputData[k]));
  if (stale.length) {
    throw invalidInput(`The object '${schema.object.key}' has no field ${stale.map((k) => `'${k.slice(PREFIX.length)}'`).join(', ')}. Refresh the fields of this step.`);
  }
  // Options are checked here (by key or label); the other checks are the shared field checks.
  const checked = parseInput(inputs.map((p) => ({ ...p.spec, choices: undefined })), inputData, timeZone);
  return Object.fromEntries(
    inputs
      .filter((p) => p.spec.key in checked)
      .map((p) => {
        const value = checkOptions(p, checked[p.spec.key]);
        return [p.property, p.dataType === 'MONETORY' ? { currency: 'default', value } : value];
      }),
  );
};

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

// --- Records as steps return them ---------------------------------------------------------------

/** A value as Zap builders map it: money as its amount, files as their URLs. */
const plainValue = (v: unknown): unknown => {
  if (isObject(v) && 'value' in v) return v.value;
  if (Array.isArray(v) && v.every((i) => isObject(i) && typeof i.url === 'string')) return v.map((i) => i.url);
  return v;
};

/**
 * A record with each property under `property__<key>` and one pair of dates: single records say
 * `dateAdded`/`dateUpdated`, search results `createdAt`/`updatedAt`. The documents type
 * `properties` as a string though HighLevel sends an object; anything else is ignored.
 */
export const presentRecord = (raw: Record<string, any>) => {
  const { properties, searchAfter: _paging, dateAdded, dateUpdated, ...rest } = raw;
  const values = isObject(properties) ? properties : {};
  const firstText = Object.values(values).find((v) => typeof v === 'string' && v.trim());
  return {
    ...rest,
    name: String(values.name ?? firstText ?? raw.id),
    createdAt: raw.createdAt ?? dateAdded,
    updatedAt: raw.updatedAt ?? dateUpdated,
    ...Object.fromEntries(Object.entries(values).map(([k, v]) => [`${PREFIX}${k}`, plainValue(v)])),
  };
};

export const recordOf = (data: unknown) => presentRecord(recordIn(data, 'record') ?? {});
export const recordsOf = (data: unknown) => listIn(data, 'records').map(presentRecord);

/** The search body: the documents require every key; `searchAfter` stays empty (pages by number). */
export const searchBody = (query: unknown, page: number, limit: number) => ({
  page: page + 1, pageLimit: limit, query: String(query ?? ''), searchAfter: [],
});

export const recordSample = {
  id: '661c06b4ffde146bdb469442',
  name: 'Buddy',
  objectKey: 'custom_objects.pets',
  objectId: '6d6f6e676f5f6576656e7473',
  locationId: 've9EPM428h8vShlRW1KT',
  owner: ['y0BeYjuRIlDwsDcOHOJo'],
  followers: ['y0BeYjuRIlDwsDcOHOJo'],
  createdAt: '2026-11-20T09:35:39.032Z',
  updatedAt: '2026-11-21T14:02:11.500Z',
};

export const recordOutputLabels = {
  id: 'Record ID', name: 'Record Name', objectKey: 'Object Key', objectId: 'Object ID', 'owner[]': 'Owner User ID',
  'followers[]': 'Follower User IDs', createdAt: 'Created At', updatedAt: 'Updated At',
};

/** Output fields named after the object's fields (loaded while the Zap is edited). */
const recordOutputs = async (z: ZObject, bundle: Bundle) => {
  if (!bundle.inputData?.schemaKey) return [];
  const schema = await objectSchema(z, bundle, String(bundle.inputData.schemaKey));
  return propertyInputs(schema, { isNew: false }).map((p) => ({ key: p.spec.key, label: p.spec.label }));
};

/** Input fields for the object's fields: required ones (the display property) only when creating. */
const recordInputs = (isNew: boolean) => async (z: ZObject, bundle: Bundle) => {
  if (!bundle.inputData?.schemaKey) return [];
  const schema = await objectSchema(z, bundle, String(bundle.inputData.schemaKey));
  return propertyInputs(schema, { isNew }).map(toZapierInput);
};

/** What every step returning records shares: shape, sample, labels, fields by name. */
export const recordOutput = {
  alsoCalls: [SCHEMA_CALL],
  item: presentRecord,
  dynamicOutputs: [recordOutputs],
  sample: recordSample,
  outputLabels: recordOutputLabels,
};

/** Create and Update Record: the object's fields as inputs, checked against the schema, then written. */
export const recordForm = (isNew: boolean) => ({
  ...recordOutput,
  dynamicFields: [recordInputs(isNew)],
});

/** The change ID and the record's own ID, for Get Record's composite dedupe. */
export const changedRecordSample = { ...recordSample, id: `${recordSample.id}:${recordSample.updatedAt}`, recordId: recordSample.id };
export const changedRecordLabels = { ...recordOutputLabels, id: 'Change ID', recordId: 'Record ID' };

// ---- App events (instant via the relay): Record Created, Record Updated ----

/** The Object filter of the record event triggers. */
export const objectEventFilter = {
  fields: [{ ...objectKeyField, required: false, help: 'Only records of this custom object. Leave empty for every object ("Test trigger" needs one).' }],
  filterBy: { schemaKey: 'objectKey' },
};

/** Record events list the values as `properties: [{ key, valueString }]`; items also give each as `property__<key>`. */
export const recordEvents: EventFamily = {
  asEvent: (r, input) => ({
    id: r.recordId ?? r.id,
    objectKey: r.objectKey ?? input.schemaKey,
    owners: r.owner,
    followers: r.followers,
    properties: Object.entries(r).filter(([k]) => k.startsWith(PREFIX)).map(([k, v]) => ({ key: k.slice(PREFIX.length), valueString: String(v) })),
    timestamp: r.updatedAt ?? r.createdAt,
  }),
  present: (e) => ({
    recordId: e.id,
    ...Object.fromEntries(
      (Array.isArray(e.properties) ? e.properties : []).filter((p: any) => p?.key).map((p: any) => [`${PREFIX}${p.key}`, p.valueString ?? p.value]),
    ),
  }),
  labels: {
    recordId: 'Record ID', objectKey: 'Object Key', 'owners[]': 'Owner User IDs', 'followers[]': 'Follower User IDs',
    'properties[]key': 'Field Keys (as Delivered)', 'properties[]valueString': 'Field Values (as Delivered)',
  },
};
