// The README's generated sections (operations table, scopes), generated from the registry (scripts/operations-table.mjs writes it,
// test/readme.test.ts checks it), grouped by the catalog's families.
import { requiredScopes, steps } from './operations';

const KIND = { trigger: 'Trigger', create: 'Action', search: 'Search' } as const;

export const operationsTable = (): string => {
  const visible = steps.filter((s) => !s.hidden);
  const rows = visible.map(
    (s) => `| ${s.label} | ${KIND[s.kind]} | \`${s.key}\` | \`${s.endpoint}\` | ${s.definition.display.description} | ${s.dedupeKey ?? '—'} |`,
  );
  return [
    `${visible.length} operations (${visible.filter((s) => s.kind === 'trigger').length} triggers, ${visible.filter((s) => s.kind !== 'trigger').length} actions and searches).`,
    '',
    '| Operation | Kind | Key | HighLevel endpoint | What it does | Dedupe key |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
};

/** The scopes a HighLevel app must grant, as the README lists them. */
export const scopesList = (): string =>
  `Scopes (${requiredScopes().length}): ${requiredScopes().map((s) => `\`${s}\``).join(', ')}.`;

/** The instant triggers and the HighLevel workflow trigger each one expects. */
export const instantTable = (): string =>
  [
    '| Instant trigger | Key | In HighLevel, the workflow trigger | "Test trigger" shows |',
    '| --- | --- | --- | --- |',
    ...steps
      .filter((s) => s.instant)
      .map((s) => `| ${s.label} | \`${s.key}\` | ${s.workflowTrigger} | recent records from \`${s.endpoint}\` |`),
  ].join('\n');

/** Each generated README section by its marker name. */
export const generatedSections: Record<string, () => string> = { operations: operationsTable, scopes: scopesList, instant: instantTable };
