// The generated parts of the README and docs/ (operations table, scopes, instant triggers, the
// input-key reference), written from the registry by `npm run docs` (scripts/readme-sections.mjs)
// and checked by test/readme.test.ts, so they list exactly what the app offers.
import { families, requiredScopes, steps } from './operations';
import type { Step } from './steps/define';
import { exampleOf, named, type FieldSpec } from './steps/fields';
import { humanize } from './steps/labels';

const KIND = { trigger: 'Trigger', create: 'Action', search: 'Search' } as const;
const visible = () => steps.filter((s) => !s.hidden);

export const operationsTable = (): string => {
  const rows = visible().map(
    (s) => `| ${s.label} | ${KIND[s.kind]} | [\`${s.key}\`](reference.md#${s.key}) | \`${s.endpoint}\` | ${s.definition.display.description} | ${s.dedupeKey ?? '—'} |`,
  );
  return [
    `${rows.length} operations (${visible().filter((s) => s.kind === 'trigger').length} triggers, ${visible().filter((s) => s.kind !== 'trigger').length} actions and searches). Each key links to its inputs.`,
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

// ---- The input-key reference (docs/reference.md) ----

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const labelOf = (key: string) => steps.find((s) => s.key === key)?.label ?? key;

/** Where a field's values come from: its choices, or the dropdown (and search) that fills it. */
const valuesOf = (f: FieldSpec): string => {
  const parts: string[] = [];
  if (f.choices) parts.push(Object.entries(f.choices).map(([k, v]) => (k === v ? `\`${k}\`` : `\`${k}\` (${cell(v)})`)).join(', '));
  if (f.dynamic) parts.push(`dropdown: ${labelOf(f.dynamic.split('.')[0])} (\`${f.dynamic.split('.')[0]}\`)`);
  if (f.search) parts.push(`search: ${labelOf(f.search.split('.')[0])}`);
  if (f.default !== undefined) parts.push(`default \`${f.default}\``);
  return parts.join('; ') || '—';
};

/** The least input a step runs with: its required fields, the first field of each "one of" group and those its choices need. */
export const minimalInput = (step: Step): Record<string, unknown> => {
  const keys = new Set([...step.fields.filter((f) => f.required).map((f) => f.key), ...(step.exampleAlso ?? [])]);
  for (const group of step.needsOneOf ?? []) if (!group.some((k) => keys.has(k))) keys.add(group[0]);
  return Object.fromEntries(step.fields.filter((f) => keys.has(f.key)).map((f) => [f.key, exampleOf(f)]));
};

/** The `zapier-platform invoke` command docs/reference.md gives for a step (test/e2e.test.ts runs its input). */
export const invokeCommand = (step: Step): string => {
  const input = minimalInput(step);
  const json = JSON.stringify(input).replace(/'/g, "'\\''");
  return `npx zapier-platform invoke ${step.kind} ${step.key} --non-interactive${Object.keys(input).length ? ` -i '${json}'` : ''}`;
};

const referenceEntry = (step: Step): string => {
  const rows = step.fields.map(
    (f) => `| \`${f.key}\` | ${f.label} | ${f.type ?? 'string'} | ${f.required ? 'yes' : 'no'} | ${valuesOf(f)} | ${cell(f.help)} |`,
  );
  const notes = [
    ...(step.needsOneOf ?? []).map((g) => `Needs at least one of ${g.map((k) => named(step.fields.find((f) => f.key === k) ?? { key: k, label: k })).join(', ')}.`),
    ...(step.loadsFields ? ['More inputs load once the ones above are chosen (custom fields, a channel\'s own fields); `-i` takes them by the same keys.'] : []),
    ...(step.inSubAccount ? [] : ['Agency-level: on an agency connection it takes no `locationId`.']),
  ];
  return [
    `<a id="${step.key}"></a>`,
    `### ${step.label}`,
    '',
    `${KIND[step.kind]} \`${step.key}\` · \`${step.endpoint}\` · ${step.definition.display.description}`,
    '',
    ...(rows.length
      ? ['| Key | Label | Type | Required | Values | Help |', '| --- | --- | --- | --- | --- | --- |', ...rows, '']
      : ['No inputs.', '']),
    ...(notes.length ? [notes.join(' '), ''] : []),
    ...(step.instant
      ? ['`zapier-platform invoke` cannot run instant triggers (a CLI limit): build a Zap, or see its "Test trigger" records with the search the table above names.']
      : ['```sh', invokeCommand(step), '```']),
  ].join('\n');
};

/** docs/reference.md: every visible operation's inputs, by family, each under an anchor named by its key. */
export const inputReference = (): string =>
  Object.entries(families)
    .map(([family, list]) => [family, list.filter((s) => !s.hidden)] as const)
    .filter(([, list]) => list.length)
    .map(([family, list]) => [`## ${family === 'api' ? 'API Request' : humanize(family)}`, ...list.map(referenceEntry)].join('\n\n'))
    .join('\n\n');

/** Each generated section by its marker name. */
export const generatedSections: Record<string, () => string> = {
  operations: operationsTable, scopes: scopesList, instant: instantTable, reference: inputReference,
};

/** The file that holds each generated section, where it is not README.md. */
const SECTION_FILES: Record<string, string> = { operations: 'docs/operations.md', reference: 'docs/reference.md' };
export const sectionFile = (name: string): string => SECTION_FILES[name] ?? 'README.md';
