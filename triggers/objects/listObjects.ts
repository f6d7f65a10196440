import { listIn } from '../../highlevel/answers';
import { OBJECT_SCOPES } from '../../families/objects';
import { trigger } from '../../steps/define';

// Feeds the Object dropdown (value: the object's key); not in the catalog, so hidden. Dedupe: `id`.
export default trigger({
  key: 'list_objects',
  noun: 'Object',
  label: 'List Custom Objects',
  description: 'Triggers when a custom object (like Pets or Properties) is added to the sub-account.',
  hidden: true,
  endpoint: 'GET /objects/',
  scopes: OBJECT_SCOPES.schema,
  location: 'query',
  // Custom objects only (contacts, opportunities and businesses have steps of their own).
  list: (data) => listIn(data, 'objects').filter((o) => o.standard !== true),
  item: (o) => ({ ...o, name: o.labels?.plural || o.labels?.singular || o.key }),
  newest: 'dateAdded',
  sample: {
    id: '661c06b4ffde146bdb469442',
    key: 'custom_objects.pets',
    name: 'Pets',
    labels: { singular: 'Pet', plural: 'Pets' },
    description: 'Pets our clinic cares for',
    standard: false,
    primaryDisplayProperty: 'custom_objects.pets.name',
    locationId: 've9EPM428h8vShlRW1KT',
    dateAdded: '2026-11-02T09:35:39.032Z',
    dateUpdated: '2026-11-02T09:35:39.032Z',
  },
  outputLabels: { id: 'Object ID', key: 'Object Key', name: 'Object Name' },
});
