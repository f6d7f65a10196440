// Where HighLevel's documents are wrong or silent and the running app must know it. The corrections
// only the contract test, the sandbox and the spec sync need are in scripts/spec-fixes.mjs, which may
// import from here; nothing the app runs imports from scripts/.
import type { Endpoint } from './request';

/**
 * Scopes of endpoints whose documents list none (proposals.json gives its four endpoints empty
 * security scopes; HighLevel's Marketplace app settings name these).
 */
export const UNDOCUMENTED_SCOPES = {
  'GET /proposals/document': ['documents_contracts/list.readonly'],
  'POST /proposals/document/send': ['documents_contracts/sendLink.write'],
  'GET /proposals/templates': ['documents_contracts_template/list.readonly'],
  'POST /proposals/templates/send': ['documents_contracts_template/sendLink.write'],
} satisfies Partial<Record<Endpoint, string[]>>;
