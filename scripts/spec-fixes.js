// Where HighLevel's documents are wrong or silent, in one place for the contract test, the sandbox
// and the steps.
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

module.exports = { forgiveContradictions, fixDocuments, UNDOCUMENTED_SCOPES };
