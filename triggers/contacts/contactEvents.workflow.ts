// Contact events from a workflow's Webhook action: the contact part of every workflow payload.

/**
 * A contact as HighLevel's workflow Webhook action posts it (snake_case, tags as a comma list), so
 * the instant triggers' "Test trigger" records look like real deliveries.
 */
export const contactAsWebhookPayload = (c: Record<string, any>): Record<string, any> => ({
  contact_id: c.id,
  first_name: c.firstName ?? c.firstNameRaw,
  last_name: c.lastName ?? c.lastNameRaw,
  full_name: c.name || c.contactName || [c.firstName, c.lastName].filter(Boolean).join(' ') || undefined,
  email: c.email,
  phone: c.phone,
  tags: Array.isArray(c.tags) ? c.tags.join(',') : c.tags,
  address1: c.address1 ?? c.address,
  city: c.city,
  state: c.state,
  country: c.country,
  postal_code: c.postalCode,
  company_name: c.companyName,
  website: c.website,
  date_created: c.dateAdded,
  contact_source: c.source,
  contact_type: c.type,
  location: { id: c.locationId },
});

/** What the Webhook action posts for a contact event: the sample payload of the contact instant triggers. */
export const contactWebhookPayload = {
  contact_id: 'seD4PfOuKoVMLkEZqohJ',
  first_name: 'Jane',
  last_name: 'Doe',
  full_name: 'Jane Doe',
  email: 'jane@example.com',
  phone: '+14155550123',
  tags: 'rankr-lead,seo',
  address1: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  country: 'US',
  postal_code: '35061',
  company_name: 'Acme Plumbing',
  date_created: '2026-11-20T09:31:30.255Z',
  contact_source: 'Rankr',
  contact_type: 'lead',
  location: { id: 've9EPM428h8vShlRW1KT', name: 'Acme Plumbing', fullAddress: '3535 1st St N, Dolomite AL 35061' },
  workflow: { id: 'b2f0a8d1-6c3e-4f57-9a7e-1d2c3b4a5f60', name: 'Rankr lead follow-up' },
  triggerData: {},
  customData: { source_app: 'HighLevel' },
};

/** The part of that payload every workflow event posts whatever its trigger: event triggers' sample payloads start from it. */
export const eventWebhookPayload = Object.fromEntries(
  Object.entries(contactWebhookPayload).filter(([k]) =>
    ['contact_id', 'full_name', 'email', 'phone', 'location', 'workflow', 'triggerData', 'customData'].includes(k),
  ),
);

export const contactWebhookLabels = {
  contact_id: 'Contact ID (as Posted)',
  first_name: 'First Name',
  last_name: 'Last Name',
  full_name: 'Full Name',
  tags: 'Tags (Comma List)',
  postal_code: 'Postal Code',
  date_created: 'Date Created',
  contact_source: 'Contact Source',
  location__id: 'Sub-Account ID (as Posted)',
  location__name: 'Sub-Account Name',
  workflow__id: 'Workflow ID (as Posted)',
  workflow__name: 'Workflow Name (as Posted)',
  customData__source_app: 'Custom Data: Source App',
};
