// The Zapier app: authentication, the bearer-token middleware and every registered step.
import zapier, { defineApp } from 'zapier-platform-core';
import authentication, { addBearerToken } from './authentication';
import { byKind } from './operations';
import { version } from './package.json';

export default defineApp({
  version,
  platformVersion: zapier.version,
  authentication,
  beforeRequest: [addBearerToken],
  triggers: byKind('trigger'),
  creates: byKind('create'),
  searches: byKind('search'),
  flags: { cleanInputData: false },
});
