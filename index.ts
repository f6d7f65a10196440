// The Zapier app: authentication, the bearer-token middleware and every registered step.
import zapier, { defineApp } from 'zapier-platform-core';
import authentication, { addBearerToken } from './authentication';
import { byKind } from './operations';
import { hydrators } from './families/conversations';
import { version } from './package.json';

const findOrCreate = (search: string, create: string, noun: string) => ({
  key: search,
  display: {
    label: `Find or Create ${noun}`,
    description: `Finds a ${noun.toLowerCase()}, or creates one when none matches.`,
  },
  search,
  create,
});

export default defineApp({
  version,
  platformVersion: zapier.version,
  authentication,
  beforeRequest: [addBearerToken],
  triggers: byKind('trigger'),
  creates: byKind('create'),
  searches: byKind('search'),
  // "Find or create" pairs: Zapier offers the create when the search finds nothing.
  searchOrCreates: {
    find_contact: findOrCreate('find_contact', 'create_contact', 'Contact'),
    find_opportunity: findOrCreate('find_opportunity', 'create_opportunity', 'Opportunity'),
    find_business: findOrCreate('find_business', 'create_business', 'Business'),
    find_record: findOrCreate('find_record', 'create_record', 'Record'),
  },
  // Recordings and transcriptions reach later steps as files, downloaded only when used.
  hydrators,
  flags: { cleanInputData: false },
});
