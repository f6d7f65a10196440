// Billing: the body invoices and estimates share, their output and sending.
import type { Bundle, ZObject } from 'zapier-platform-core';
import { isObject } from '../../highlevel/answers';
import { invalidInput, type FieldSpec } from '../../steps/fields';
import { userIdField } from '../contacts';
import { connectedAlt } from '../payments';
import { currencyOf } from './money';
import { discountOf, lineItems, type Row } from './items';
import { billedContact, billingDays, businessDetails } from './parties';

/**
 * What an invoice or estimate body shares, from the checked input: every check first (currency,
 * discount, days, contact, lines), then the catalogue, the contact and the business. `end` names the
 * due (or expiry) day's key, its label and HighLevel's key.
 */
export const billingBody = async (z: ZObject, bundle: Bundle, input: Row, end: { key: string; label: string }, title: string) => {
  const currency = currencyOf(input.currency);
  const discount = discountOf(input, currency);
  const { issueDate, end: endDay } = billingDays(input, bundle, end.key, end.label);
  const items = await lineItems(z, bundle, input.lineItems, currency);
  const { contactDetails, sentTo } = await billedContact(z, bundle, input);
  return {
    ...connectedAlt(bundle),
    name: input.name,
    businessDetails: await businessDetails(z, bundle),
    currency,
    items,
    discount,
    contactDetails,
    sentTo,
    issueDate,
    ...(endDay ? { [end.key]: endDay } : {}),
    title: input.title ?? title,
    ...(input.termsNotes ? { termsNotes: input.termsNotes } : {}),
    liveMode: input.liveMode ?? true,
  };
};

// ---- Output ----

/** The billed contact at the top level of an invoice or estimate, as Zaps map it. */
export const withBilledContact = (r: Record<string, any>) => {
  const contact = isObject(r.contactDetails) ? r.contactDetails : {};
  return { ...r, id: r._id ?? r.id, contactId: contact.id, contactName: contact.name, contactEmail: contact.email };
};

/** What invoice and estimate samples share: the contact and two lines (one typed, one from the catalogue). */
export const billedSample = {
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  contactName: 'Jane Doe',
  contactEmail: 'jane@example.com',
  contactDetails: { id: 'seD4PfOuKoVMLkEZqohJ', name: 'Jane Doe', email: 'jane@example.com', phoneNo: '+14155550123' },
  lines: [
    { name: 'Local SEO package', description: 'Monthly on-page and local listings work', qty: 1, amount: 1200, currency: 'USD' },
    {
      name: 'Citation cleanup',
      productId: '655b33a82209e60b6adb87a5',
      priceId: '655b33aa2209e60b6adb87a7',
      qty: 2,
      amount: 150,
      currency: 'USD',
    },
  ],
};

// ---- Sending ----

export const SEND_ACTIONS = {
  email: 'Email',
  sms: 'SMS',
  sms_and_email: 'Email and SMS',
  send_manually: 'Mark as Sent (send it yourself)',
};

export const sendFields = (noun: string): FieldSpec[] => [
  {
    key: 'action',
    label: 'Send By',
    required: true,
    choices: SEND_ACTIONS,
    default: 'email',
    example: 'email',
    helpText: `How HighLevel sends the ${noun} to its contact: email, SMS, both, or mark it sent without sending (you share the link yourself).`,
  },
  {
    ...userIdField(
      'userId',
      'Sent By User',
      `The HighLevel user the ${noun} is sent as; replies and updates go to them. Leave empty for the user who connected HighLevel.`,
    ),
    in: 'none',
  },
  {
    key: 'fromName',
    label: 'From Name',
    as: 'sentFrom.fromName',
    example: 'Acme Plumbing Billing',
    helpText: 'Sender name on the email. Leave empty for the sub-account default.',
  },
  {
    key: 'fromEmail',
    label: 'From Email',
    type: 'email',
    as: 'sentFrom.fromEmail',
    example: 'billing@acmeplumbing.com',
    helpText: 'Sender email address. Leave empty for the sub-account default.',
  },
  {
    key: 'liveMode',
    label: 'Live Mode',
    type: 'boolean',
    default: 'true',
    example: true,
    helpText: 'Yes for real payments; No sends it in test mode.',
  },
];

/** What sending an invoice or estimate posts besides the fields of `sendFields` (which go by their `as`). */
export const sendBody = (input: Row, bundle: Bundle) => ({
  ...connectedAlt(bundle),
  userId: actingUser(input, bundle),
  liveMode: input.liveMode ?? true,
});

/** The user a step acts as: the one chosen, else the connection's own. */
export const actingUser = (input: Row, bundle: Bundle): string => {
  const userId = input.userId ?? bundle.authData?.userId;
  if (!userId) throw invalidInput('Choose the Sent By User (`userId`): this HighLevel connection names no user.');
  return userId;
};
