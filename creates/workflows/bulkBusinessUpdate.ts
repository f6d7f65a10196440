import { CONTACT_SCOPES } from '../../families/contacts';
import { ghl } from '../../highlevel/request';
import { create } from '../../steps/define';
import type { FieldSpec } from '../../steps/fields';

const fields: FieldSpec[] = [
  {
    key: 'change',
    label: 'Change',
    required: true,
    in: 'none',
    choices: { add: 'Add the contacts to the business', remove: 'Remove the contacts from their business' },
    default: 'add',
    helpText: 'Whether the listed contacts join the business or leave the business they belong to.',
    example: 'add',
  },
  {
    key: 'ids',
    label: 'Contacts',
    type: 'list',
    required: true,
    dynamic: 'search_contacts.id.name',
    helpText: 'The contacts to change: pick them or map Contact IDs.',
    example: ['seD4PfOuKoVMLkEZqohJ', 'pOC0uJ97VYOKH2m3fkMD'],
  },
  {
    key: 'businessId',
    label: 'Business',
    dynamic: 'list_businesses.id.name',
    search: 'find_business.id',
    helpText: 'The business the contacts join. Needed when adding; ignored when removing.',
    example: '641c094001436dbc2081e642',
  },
];

export default create({
  key: 'bulk_business_update',
  noun: 'Business',
  label: 'Bulk Business Update',
  description: 'Adds many contacts to a business (company record) at once, or removes them from their business.',
  endpoint: 'POST /contacts/bulk/business',
  // The catalog and document name no scope here; it changes contacts, so it needs contacts.write.
  scopes: CONTACT_SCOPES.write,
  exampleAlso: ['businessId'],
  fields,
  // HighLevel removes contacts from their business when businessId is null.
  perform: (z, bundle, input) => {
    if (input.change === 'add' && !input.businessId) {
      throw new z.errors.Error('Business (`businessId`) is required when adding contacts to a business.', 'InvalidInput');
    }
    return ghl(z, bundle, 'POST /contacts/bulk/business', {
      location: 'body',
      body: { ids: input.ids, businessId: input.change === 'add' ? input.businessId : null },
    });
  },
  result: (data, input) => ({
    success: data?.success ?? true,
    ids: data?.ids ?? input.ids,
    businessId: input.change === 'add' ? input.businessId : '',
    change: input.change,
  }),
  sample: { success: true, ids: ['seD4PfOuKoVMLkEZqohJ', 'pOC0uJ97VYOKH2m3fkMD'], businessId: '641c094001436dbc2081e642', change: 'add' },
  outputLabels: { 'ids[]': 'Contact IDs', businessId: 'Business ID' },
});
