// Custom objects: records as steps return them.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { isObject, listIn, recordIn } from '../../highlevel/answers';
import { SCHEMA_CALL } from './objectFields';
import { objectSchema, PREFIX, propertyInputs, toZapierInput } from './objectSchema';

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
  page: page + 1,
  pageLimit: limit,
  query: String(query ?? ''),
  searchAfter: [],
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

/**
 * A record as Get, Create and Update Record answer one: their answer (IRecordSchema) does not say
 * which object and sub-account the record belongs to, as the search's records do.
 */
export const oneRecordSample = (({ objectKey: _k, objectId: _o, locationId: _l, ...rest }) => rest)(recordSample);

export const recordOutputLabels = {
  id: 'Record ID',
  name: 'Record Name',
  objectKey: 'Object Key',
  objectId: 'Object ID',
  'owner[]': 'Owner User ID',
  'followers[]': 'Follower User IDs',
  createdAt: 'Created At',
  updatedAt: 'Updated At',
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
  sample: oneRecordSample,
  dynamicFields: [recordInputs(isNew)],
});

/** The change ID and the record's own ID, for Get Record's composite dedupe. */
export const changedRecordSample = { ...oneRecordSample, id: `${recordSample.id}:${recordSample.updatedAt}`, recordId: recordSample.id };
export const changedRecordLabels = { ...recordOutputLabels, id: 'Change ID', recordId: 'Record ID' };
