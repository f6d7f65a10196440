import { contactOutput } from '../../families/contacts';
import { TAG_DROPDOWN } from '../../families/tags';
import { trigger } from '../../steps/define';
import { contactSearch, contactsWithTag, taggedContactLabels, taggedContactSample } from './contactEvents';

export default trigger({
  ...contactOutput,
  // Tagging a contact changes its `dateUpdated`, so the most recently changed tagged contacts come first.
  ...contactSearch('dateUpdated'),
  key: 'contact_tag_added',
  noun: 'Contact',
  label: 'Contact Tag Added',
  description: 'Triggers when a contact gets the chosen tag, once per contact.',
  fields: [
    {
      key: 'tag',
      label: 'Tag',
      required: true,
      in: 'none',
      dynamic: TAG_DROPDOWN,
      example: 'rankr-lead',
      helpText:
        'The tag to watch. Pick one or type it (HighLevel keeps tags in lower case). Fires once for each contact ' +
        'that gets it, among the 100 most recently updated contacts with the tag; editing a contact that already ' +
        'had it does not fire again, and neither does removing the tag and adding it back. For every tagging, at ' +
        'the moment it happens, use Contact Tag Added (Instant).',
    },
  ],
  list: contactsWithTag,
  // Dedupe: contact ID + the tag (`contactId:tag`): a contact fires once for this tag, never again while
  // it keeps it; another Zap watching another tag keys on that tag. The contact's ID stays in `contactId`.
  dedupe: { changedBy: 'tag', idAs: 'contactId' },
  sample: taggedContactSample,
  outputLabels: taggedContactLabels,
});
