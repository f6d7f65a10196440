// Tags family: the sub-account's tag list feeds every tag input's dropdown; tag steps share these.
import type { FieldSpec } from '../steps/fields';

// Get/update/delete of one tag name no scope in the documents; the list's own scopes cover them.
export const TAG_SCOPES = { read: ['locations/tags.readonly'], write: ['locations/tags.write'] };

/** The dropdown of the sub-account's tags, by name (what contacts carry); typed or mapped tags work too. */
export const TAG_DROPDOWN = 'new_tag.name.name';

export const tagSample = { id: 'zYy3YOUuHxgomU1uYJty', name: 'rankr-lead', locationId: 've9EPM428h8vShlRW1KT' };

/** One tag by its ID (for rename and delete), from the same tag list labelled by name. */
export const tagIdField: FieldSpec = {
  key: 'tagId',
  label: 'Tag',
  required: true,
  dynamic: 'new_tag.id.name',
  helpText: "The sub-account's tag. Pick one, or map a Tag ID (from New Tag or Create Tag).",
  example: 'zYy3YOUuHxgomU1uYJty',
};

export const tagOutputLabels = { id: 'Tag ID', name: 'Tag Name', locationId: 'Sub-Account ID' };
