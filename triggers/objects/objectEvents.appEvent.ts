// Custom object events from HighLevel's app events, via the relay: records created, updated, deleted;
// object definitions created, updated.
import type { EventAdapter } from '../../steps/appEventHook';
import { objectKeyField, PREFIX } from '../../families/objects';

/** The Object filter of the record event triggers. */
export const objectEventFilter = {
  fields: [
    {
      ...objectKeyField,
      required: false,
      helpText: 'Only records of this custom object. Leave empty for every object ("Test trigger" needs one).',
    },
  ],
  filterBy: { schemaKey: 'objectKey' },
};

/** Record events list the values as `properties: [{ key, valueString }]`; items also give each as `property__<key>`. */
export const recordEvents: EventAdapter = {
  asEvent: (r, input) => ({
    id: r.recordId ?? r.id,
    objectKey: r.objectKey ?? input.schemaKey,
    owners: r.owner,
    followers: r.followers,
    properties: Object.entries(r)
      .filter(([k]) => k.startsWith(PREFIX))
      .map(([k, v]) => ({ key: k.slice(PREFIX.length), valueString: String(v) })),
    timestamp: r.updatedAt ?? r.createdAt,
  }),
  present: (e) => ({
    recordId: e.id,
    ...Object.fromEntries(
      (Array.isArray(e.properties) ? e.properties : [])
        .filter((p: any) => p?.key)
        .map((p: any) => [`${PREFIX}${p.key}`, p.valueString ?? p.value]),
    ),
  }),
  labels: {
    recordId: 'Record ID',
    objectKey: 'Object Key',
    'owners[]': 'Owner User IDs',
    'followers[]': 'Follower User IDs',
    'properties[]key': 'Field Keys (as Delivered)',
    'properties[]valueString': 'Field Values (as Delivered)',
  },
};

/** ObjectSchemaCreate and ObjectSchemaUpdate: a custom object's definition (its labels, key, searchable fields). */
export const objectSchemaEvents: EventAdapter = {
  asEvent: (o) => ({ ...o, timestamp: o.updatedAt ?? o.createdAt }),
  present: (e) => ({ objectId: e.id, objectKey: e.key, objectName: e.labels?.plural ?? e.labels?.singular }),
  labels: {
    objectId: 'Object ID',
    objectKey: 'Object Key',
    objectName: 'Object Name',
    key: 'Object Key (as Delivered)',
    labels__singular: 'Singular Name',
    labels__plural: 'Plural Name',
    description: 'Object Description',
    'searchableProperties[]': 'Searchable Fields',
    primaryDisplayProperty: 'Primary Display Field',
    objectType: 'Object Type',
  },
};
