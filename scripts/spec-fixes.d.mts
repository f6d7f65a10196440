// Types of spec-fixes.mjs for the TypeScript tests that call it (test/support/contract.ts).
export function forgiveContradictions<T>(node: T): T;
export function fixDocuments<T extends object>(node: T): T;
/** The body Prism makes of `node`, a schema of the document `doc`, when the answer has no example. */
export function documentedBody(doc: object, node: unknown, depth?: number): unknown;
export function completeEventExample(type: string, example: Record<string, unknown>): Record<string, unknown>;
