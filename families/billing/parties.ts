// Billing: the contact billed, the sub-account's business details and dates in the user's time zone.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { recordIn } from '../../highlevel/answers';
import { compact, ghl } from '../../highlevel/request';
import { connectedLocation } from '../../highlevel/connection';
import { invalidInput, type FieldSpec } from '../../steps/fields';
import { dayInZone } from '../../steps/dates';
import { CONTACT_SCOPES, contactIdField, presentContact } from '../contacts';
import type { Row } from './items';

export const billedContactFields: FieldSpec[] = [
  {
    ...contactIdField,
    required: false,
    in: 'none',
    helpText: 'The contact billed. Pick one or map a Contact ID; or leave empty and give Contact Email.',
  },
  {
    key: 'contactEmail',
    label: 'Contact Email',
    type: 'email',
    in: 'none',
    example: 'jane@example.com',
    helpText: 'Used when no Contact is chosen: the contact with this email in the sub-account is billed.',
  },
];

export const CONTACT_CALLS = [
  { endpoint: 'GET /contacts/{contactId}' as const, scopes: CONTACT_SCOPES.read },
  { endpoint: 'GET /contacts/search/duplicate' as const, scopes: CONTACT_SCOPES.read },
];

/** A billing step names its contact by ID or by email (declared as the steps' `needsOneOf`). */
export const BILLED_CONTACT = ['contactId', 'contactEmail'];

/** The contact as HighLevel's contactDetails and sentTo want it, read from the sub-account. */
export const billedContact = async (z: ZObject, bundle: Bundle, input: Row) => {
  let contact: Record<string, any> | undefined;
  if (input.contactId) {
    const data = await ghl(z, bundle, 'GET /contacts/{contactId}', {
      path: { contactId: input.contactId },
      what: `Contact ${input.contactId}`,
    });
    contact = recordIn(data, 'contact');
  } else {
    const data = await ghl(z, bundle, 'GET /contacts/search/duplicate', { location: 'query', query: { email: input.contactEmail } });
    contact = data?.contact ?? undefined;
    if (!contact)
      throw new z.errors.Error(
        `No contact in this sub-account has the email ${input.contactEmail}. Create the contact first (for example with Find or Create Contact), or choose one.`,
        'NotFound',
        404,
      );
  }
  const c: Record<string, any> = presentContact(contact ?? {});
  const email = c.email ?? '';
  const phone = c.phone ?? '';
  return {
    contactDetails: compact({
      id: c.id ?? input.contactId,
      name: c.name ?? '',
      email,
      phoneNo: phone,
      companyName: c.companyName,
    }) as Record<string, unknown>,
    sentTo: { email: email ? [email] : [], ...(phone ? { phoneNo: [phone] } : {}) },
  };
};

// ---- The business billing ----

export const BUSINESS_CALL = { endpoint: 'GET /locations/{locationId}' as const, scopes: ['locations.readonly'] };

/** The sub-account's business as the invoice's sender, as HighLevel's own invoice editor fills it. */
export const businessDetails = async (z: ZObject, bundle: Bundle) => {
  const data = await ghl(z, bundle, 'GET /locations/{locationId}', {
    path: { locationId: connectedLocation(bundle) },
    what: 'The sub-account',
  });
  const l = recordIn(data, 'location') ?? {};
  const address = compact({ addressLine1: l.address, city: l.city, state: l.state, countryCode: l.country, postalCode: l.postalCode });
  return compact({
    name: l.name,
    phoneNo: l.phone,
    website: l.website,
    logoUrl: l.logoUrl,
    address: Object.keys(address).length ? address : undefined,
  });
};

// ---- Dates, in the user's time zone ----

/** The day a Zapier date or datetime falls on in the user's time zone (HighLevel wants YYYY-MM-DD). */
export const dayOf = (iso: string | undefined, bundle: Bundle): string | undefined =>
  iso === undefined ? undefined : dayInZone(Date.parse(iso), bundle.meta?.timezone);

export const today = (bundle: Bundle) => dayInZone(Date.now(), bundle.meta?.timezone);

export const dateField = (key: string, label: string, helpText: string, example = '2026-11-20'): FieldSpec => ({
  key,
  label,
  type: 'datetime',
  in: 'none',
  example,
  helpText: `${helpText} A date like 2026-11-20 (or a date and time, read as the day it falls on in your Zapier time zone).`,
});

/** Issue and due (or expiry) days; a due day before the issue day is refused. */
export const billingDays = (input: Row, bundle: Bundle, endKey: string, endLabel: string) => {
  const issueDate = dayOf(input.issueDate, bundle) ?? today(bundle);
  const end = dayOf(input[endKey], bundle);
  if (end && end < issueDate)
    throw invalidInput(`${endLabel} (\`${endKey}\`) ${end} is before the Issue Date (\`issueDate\`) ${issueDate}.`);
  return { issueDate, end };
};
