// Custom objects: scopes, the object and record fields, and the checks before any request.
import { invalidInput, type FieldSpec } from '../../steps/fields';
import { userIdField } from '../contacts';

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
  key: 'schemaKey',
  label: 'Object',
  required: true,
  dynamic: 'list_objects.key.name',
  altersDynamicFields: true,
  example: 'custom_objects.pet',
  helpText:
    'The custom object, like Pets. Pick one, or map its key: custom object keys start with `custom_objects.`, e.g. `custom_objects.pets` (Settings → Objects in HighLevel).',
};

export const recordIdField: FieldSpec = {
  key: 'recordId',
  as: 'id',
  label: 'Record',
  required: true,
  dynamic: 'new_record.id.name',
  example: '661c06b4ffde146bdb469442',
  helpText: 'The record of the chosen object. Pick one, or map a Record ID from an earlier step (for example Find Record or New Record).',
};

/** Owner and followers: HighLevel users, sent as the lists HighLevel keeps. */
export const ownershipFields: FieldSpec[] = [
  { ...userIdField('owner', 'Owner', 'The HighLevel user who owns the record (HighLevel allows one).'), in: 'none' },
  {
    key: 'followers',
    label: 'Followers',
    type: 'list',
    in: 'none',
    dynamic: 'list_users.id.name',
    example: ['y0BeYjuRIlDwsDcOHOJo'],
    helpText: 'HighLevel users who follow the record (up to 10). Pick users, or map user IDs.',
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
    throw invalidInput(
      `Object '${k}' is not a custom object key: they start with custom_objects., like custom_objects.pets. Pick the object from the dropdown.`,
    );
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
