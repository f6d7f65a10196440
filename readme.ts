// The generated parts of the README and docs/ (operations tables, scopes, instant trigger tables,
// the input-key reference), written from the registry by `npm run docs` (scripts/readme-sections.mjs)
// and checked by test/readme.test.ts, so they list exactly what the app offers.
import { families, requiredScopes, steps } from './operations';
import type { Step } from './steps/define';
import { exampleOf, named, type FieldSpec } from './steps/fields';
import { humanize } from './steps/labels';

const KIND = { trigger: 'Trigger', create: 'Action', search: 'Search' } as const;
const visible = () => steps.filter((s) => !s.hidden);

/** The three kinds of trigger (see README, "Instant triggers"), then actions and searches. */
const GROUPS: { title: string; has: (s: Step) => boolean }[] = [
  { title: 'Polling triggers (plain labels)', has: (s) => s.kind === 'trigger' && !s.instant },
  { title: 'Instant triggers from HighLevel\'s app events, via the event relay ("(Instant)")', has: (s) => Boolean(s.relay) },
  { title: 'Instant triggers from a workflow\'s Webhook action ("(Instant, via Workflow)")', has: (s) => Boolean(s.workflowTrigger) },
  { title: 'Actions and searches', has: (s) => s.kind !== 'trigger' },
];

export const operationsTable = (): string => {
  const row = (s: Step) =>
    `| ${s.label} | ${KIND[s.kind]} | [\`${s.key}\`](reference.md#${s.key}) | \`${s.endpoint}\` | ${s.definition.display.description} | ${s.dedupeKey ?? '—'} |`;
  return [
    `${visible().length} operations (${visible().filter((s) => s.kind === 'trigger').length} triggers, ${visible().filter((s) => s.kind !== 'trigger').length} actions and searches). Each key links to its inputs.`,
    ...GROUPS.flatMap(({ title, has }) => {
      const rows = visible().filter(has);
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
  `Scopes (${requiredScopes().length}): ${requiredScopes()
    .map((s) => `\`${s}\``)
    .join(', ')}.`;

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
    '| Instant trigger | Key | HighLevel event | Watches | Filters (input → event field) | "Test trigger" shows |',
    '| --- | --- | --- | --- | --- | --- |',
    ...steps
      .filter((s) => s.relay)
      .map((s) => [
        s.label,
        `\`${s.key}\``,
        s.relay!.events.map((e) => `\`${e}\``).join(', '),
        s.relay!.agency ? 'the agency (agency connections only)' : 'a sub-account, or all',
        s.relay!.filters.join('; ') || '—',
        s.relay!.example ? 'the documented example' : `recent records from \`${s.endpoint}\``,
      ])
      .map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');

// ---- The input-key reference (docs/reference.md) ----

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const labelOf = (key: string) => steps.find((s) => s.key === key)?.label ?? key;

/** Where a field's values come from: its choices, or the dropdown (and search) that fills it. */
const valuesOf = (f: FieldSpec): string => {
  const parts: string[] = [];
  if (f.children) parts.push(`rows of ${f.children.map((c) => `\`${c.key}\``).join(', ')}`);
  if (f.choices)
    parts.push(
      Object.entries(f.choices)
        .map(([k, v]) => (k === v ? `\`${k}\`` : `\`${k}\` (${cell(v)})`))
        .join(', '),
    );
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
  const row = (f: FieldSpec, key = `\`${f.key}\``) =>
    `| ${key} | ${f.label} | ${f.children ? 'line items' : (f.type ?? 'string')} | ${f.required ? 'yes' : 'no'} | ${valuesOf(f)} | ${cell(f.helpText)} |`;
  // A line item's own fields follow it, as keys of each row (`-i '{"lineItems": [{"itemName": ...}]}'`).
  const rows = step.fields.flatMap((f) => [row(f), ...(f.children ?? []).map((c) => row(c, `↳ \`${c.key}\``))]);
  const notes = [
    ...(step.needsOneOf ?? []).map(
      (g) => `Needs at least one of ${g.map((k) => named(step.fields.find((f) => f.key === k) ?? { key: k, label: k })).join(', ')}.`,
    ),
    ...(step.loadsFields
      ? ["More inputs load once the ones above are chosen (custom fields, a channel's own fields); `-i` takes them by the same keys."]
      : []),
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
      ? [
          '`zapier-platform invoke` cannot run instant triggers (a CLI limit): build a Zap, or see its "Test trigger" records with the search the table above names.',
        ]
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
  operations: operationsTable,
  scopes: scopesList,
  instant: instantTable,
  hooks: hooksTable,
  reference: inputReference,
};

/** The file that holds each generated section, where it is not README.md. */
const SECTION_FILES: Record<string, string> = {
  operations: 'docs/operations.md',
  instant: 'docs/instant-triggers.md',
  hooks: 'docs/instant-triggers.md',
  reference: 'docs/reference.md',
};
export const sectionFile = (name: string): string => SECTION_FILES[name] ?? 'README.md';
