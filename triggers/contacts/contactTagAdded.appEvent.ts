import { tagsField } from '../../families/contacts';
import { appEventHook } from '../../steps/define';
import contactUpdated from './contactUpdated';
import { contactEvents } from './contactEvents.appEvent';

// HighLevel's ContactTagUpdate carries the contact's current tags only; the relay adds `addedTags`,
// the tags it had not seen on the contact before, so this fires for a tag newly added, once.
export default appEventHook({
  key: 'contact_tag_added_hook',
  noun: 'Contact',
  label: 'Contact Tag Added (Instant)',
  description: 'Triggers when a tag is added to a contact: any tag, or the ones you choose.',
  events: ['ContactTagUpdate'],
  adapter: contactEvents,
  fields: [
    { ...tagsField(false), helpText: 'Only when one of these tags is added (pick them or type them). Leave empty for any tag added.' },
  ],
  filterBy: { tags: 'addedTags' },
  baseFilters: { addedTags: '*' },
  // A contact the relay never saw before: all its current tags count as added.
  relayAdds: (body) => ({ addedTags: body.addedTags ?? body.tags }),
  list: { step: contactUpdated },
  outputLabels: { 'addedTags[]': 'Tags Added' },
});
