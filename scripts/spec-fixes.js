// Where HighLevel's live API differs from its documents (other spellings, epoch dates, extra wrapping,
// outages), the one list is docs/live-api-differences.md.
// Where HighLevel's documents contradict themselves, one rule for the contract test and the sandbox:
// a property typed `object` with no properties whose example is a plain value (dateOfBirth:
// "1990-09-25", monetaryValue: 220, firstObjectLabel: "student") accepts that value's type too.
'use strict';

const forgiveContradictions = (node) => {
  if (!node || typeof node !== 'object') return node;
  const example = typeof node.example;
  if (node.type === 'object' && !node.properties && ['string', 'number', 'boolean'].includes(example)) {
    node.type = ['object', example];
  }
  Object.values(node).forEach(forgiveContradictions);
  return node;
};

module.exports = { forgiveContradictions };
