import { CONTACT_SCOPES, tagsField } from '../../families/contacts';
import { create } from '../../steps/define';

export default create({
  key: 'bulk_update_contact_tags',
  noun: 'Tag',
  label: 'Bulk Update Contact Tags',
  description: 'Adds or removes the same tags on many contacts at once.',
  endpoint: 'POST /contacts/bulk/tags/update/{type}',
  // The document names no scope here; it changes contacts, so it needs contacts.write.
  scopes: CONTACT_SCOPES.write,
  fields: [
    {
      key: 'type',
      label: 'Change',
      required: true,
      choices: { add: 'Add the tags', remove: 'Remove the tags' },
      default: 'add',
      in: 'path',
      helpText: 'Whether the tags are added to or removed from every listed contact.',
      example: 'add',
    },
    {
      key: 'contacts',
      label: 'Contacts',
      type: 'list',
      required: true,
      dynamic: 'search_contacts.id.name',
      helpText: 'The contacts to change: pick them or map Contact IDs, up to a few hundred.',
      example: ['seD4PfOuKoVMLkEZqohJ'],
    },
    tagsField(true),
    {
      key: 'removeAllTags',
      label: 'Remove All Other Tags',
      type: 'boolean',
      helpText: 'When removing, yes clears every tag on these contacts, not only the listed ones.',
      example: false,
    },
  ],
  location: 'body',
  result: (data) => ({ succeeded: Boolean(data.succeded), errorCount: data.errorCount ?? 0, responses: data.responses ?? [] }),
  // One result per contact, as HighLevel documents them (UpdateTagsResponseDTO).
  sample: {
    succeeded: true,
    errorCount: 0,
    responses: [
      {
        contactId: 'seD4PfOuKoVMLkEZqohJ',
        message: 'Tags updated',
        type: 'success',
        oldTags: ['seo'],
        tagsAdded: ['rankr-lead'],
        tagsRemoved: [],
      },
    ],
  },
  outputLabels: { errorCount: 'Failed Contacts', 'responses[]': 'Results' },
});
