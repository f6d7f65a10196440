// The README's generated sections (operations tables, scopes, instant trigger tables), generated from
// the registry (scripts/readme-sections.mjs writes them, test/readme.test.ts checks them).
import { requiredScopes, steps } from './operations';
import type { Step } from './steps/define';

const KIND = { trigger: 'Trigger', create: 'Action', search: 'Search' } as const;

/** The three kinds of trigger (see README, "Instant triggers"), then actions and searches. */
const GROUPS: { title: string; has: (s: Step) => boolean }[] = [
  { title: 'Polling triggers (plain labels)', has: (s) => s.kind === 'trigger' && !s.instant },
  { title: 'Instant triggers from HighLevel\'s app events, via the event relay ("(Instant)")', has: (s) => Boolean(s.relay) },
  { title: 'Instant triggers from a workflow\'s Webhook action ("(Instant, via Workflow)")', has: (s) => Boolean(s.workflowTrigger) },
  { title: 'Actions and searches', has: (s) => s.kind !== 'trigger' },
];

export const operationsTable = (): string => {
  const visible = steps.filter((s) => !s.hidden);
  const row = (s: Step) =>
    `| ${s.label} | ${KIND[s.kind]} | \`${s.key}\` | \`${s.endpoint}\` | ${s.definition.display.description} | ${s.dedupeKey ?? '—'} |`;
  return [
    `${visible.length} operations (${visible.filter((s) => s.kind === 'trigger').length} triggers, ${visible.filter((s) => s.kind !== 'trigger').length} actions and searches).`,
    ...GROUPS.flatMap(({ title, has }) => {
      const rows = visible.filter(has);
      return [
        '',
        `#### ${title}: ${rows.length}`,
        '',
        '| Operation | Kind | Key | HighLevel endpoint | What it does | Dedupe key |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows.map(row),
      ];
    }),
  ].join('\n');
};

/** The scopes a HighLevel app must grant, as the README lists them. */
export const scopesList = (): string =>
  `Scopes (${requiredScopes().length}): ${requiredScopes().map((s) => `\`${s}\``).join(', ')}.`;

/** The workflow-webhook triggers and the HighLevel workflow trigger each one expects. */
export const instantTable = (): string =>
  [
    '| Instant trigger (via Workflow) | Key | In HighLevel, the workflow trigger | "Test trigger" shows |',
    '| --- | --- | --- | --- |',
    ...steps
      .filter((s) => s.workflowTrigger)
      .map((s) => `| ${s.label} | \`${s.key}\` | ${s.workflowTrigger} | recent records from \`${s.endpoint}\` |`),
  ].join('\n');

/** The app-event triggers: the HighLevel events each subscribes to at the relay, and its filters. */
export const hooksTable = (): string =>
  [
    '| Instant trigger | Key | HighLevel event | Filters (input → event field) | "Test trigger" shows |',
    '| --- | --- | --- | --- | --- |',
    ...steps
      .filter((s) => s.relay)
      .map((s) => `| ${s.label} | \`${s.key}\` | ${s.relay!.events.map((e) => `\`${e}\``).join(', ')} | ${s.relay!.filters.join('; ') || '—'} | recent records from \`${s.endpoint}\` |`),
  ].join('\n');

/** Each generated README section by its marker name. */
export const generatedSections: Record<string, () => string> = {
  operations: operationsTable, scopes: scopesList, instant: instantTable, hooks: hooksTable,
};
