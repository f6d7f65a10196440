// Where HighLevel's live API differs from its documents (other spellings, epoch dates, extra wrapping,
// outages), the one list is docs/live-api-differences.md.
// Where HighLevel's documents are wrong or silent: this file, in one place for the contract test,
// the sandbox and the steps.
'use strict';

// A property typed `object` with no properties whose example is a plain value (dateOfBirth:
// "1990-09-25", monetaryValue: 220, firstObjectLabel: "student") accepts that value's type too.
const forgiveContradictions = (node) => {
  if (!node || typeof node !== 'object') return node;
  const example = typeof node.example;
  if (node.type === 'object' && !node.properties && ['string', 'number', 'boolean'].includes(example)) {
    node.type = ['object', example];
  }
  Object.values(node).forEach(forgiveContradictions);
  return node;
};

// The webhook-event documents (docs/webhook-events/*.md) show each event's example body; these fill
// what they leave out or get wrong, so samples and tests start from what HighLevel really delivers:
// - `type`: the Appointment Update/Delete examples say AppointmentCreate; invoice and record examples have none;
// - `webhookId` and `timestamp`: every delivery carries them (WebhookAuthentication.md), no example shows them;
// - `locationId`: invoice examples name the sub-account only as `altId` (with `altType: location`);
// - `priceType`: the PriceUpdate and PriceDelete examples put the price's type under `type`;
// - `objectKey`: record examples do not say which custom object the record belongs to; the relay
//   contract filters record events on `objectKey`, as HighLevel's record payloads name it.
const EXAMPLE_DELIVERY = { webhookId: '0b8f2a3c-6d4e-4f51-9a7b-2c1d3e4f5a60', timestamp: '2026-11-20T09:31:30.255Z' };

const completeEventExample = (type, example) => {
  const body = { ...example, type };
  if (!body.locationId && body.altType === 'location' && body.altId) body.locationId = body.altId;
  if (/^Record(Create|Update|Delete)$/.test(type) && !body.objectKey) body.objectKey = 'custom_objects.pets';
  // PriceUpdate and PriceDelete examples name the price's type `type` (PriceCreate's: `priceType`), which the event's type overwrites.
  if (/^Price(Create|Update|Delete)$/.test(type) && example.type && example.type !== type && !body.priceType) body.priceType = example.type;
  return { ...body, ...EXAMPLE_DELIVERY, ...pick(example, ['webhookId', 'timestamp']) };
};

const pick = (o, keys) => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));

/**
 * Requirements the documents state that HighLevel cannot mean. Record Payment requires `card`
 * (brand, last 4) and `cheque` (number) on every payment, cash and bank transfer too: each is asked
 * only for its own payment method.
 */
const NOT_REQUIRED = { 'invoices.RecordPaymentDto': ['card', 'cheque'] };

const relaxRequirements = (components) => {
  for (const [name, keys] of Object.entries(NOT_REQUIRED)) {
    const schema = components?.schemas?.[name];
    if (schema?.required) schema.required = schema.required.filter((k) => !keys.includes(k));
  }
  return components;
};

/** Both fixes, on a whole document (the sandbox) or its components (the contract test). */
const fixDocuments = (node) => {
  forgiveContradictions(node);
  relaxRequirements(node.components ?? node);
  return node;
};

/**
 * Scopes of endpoints whose documents list none (proposals.json gives its four endpoints empty
 * security scopes; HighLevel's Marketplace app settings name these).
 */
const UNDOCUMENTED_SCOPES = {
  'GET /proposals/document': ['documents_contracts/list.readonly'],
  'POST /proposals/document/send': ['documents_contracts/sendLink.write'],
  'GET /proposals/templates': ['documents_contracts_template/list.readonly'],
  'POST /proposals/templates/send': ['documents_contracts_template/sendLink.write'],
};

module.exports = { forgiveContradictions, fixDocuments, UNDOCUMENTED_SCOPES, completeEventExample };
