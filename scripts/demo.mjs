// `npm start`: the connector working end to end with no HighLevel account. Starts the local
// sandbox, runs a short Rankr-style flow through the real Zapier CLI runner (`zapier-platform
// invoke`), prints what each step returned, stops the sandbox; then shows an instant trigger's path
// through the event relay (demo-relay.mjs). Exits non-zero if a step misbehaves. Ctrl-C stops all.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { showRelayPath } from './demo-relay.mjs';
import { startSandbox } from './sandbox.mjs';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'node_modules', 'zapier-platform-cli', 'src', 'bin', 'run');

const FLOW = [
  { title: 'Connect HighLevel (connection test)', args: ['auth', 'test'] },
  {
    title: 'Trigger: New Task (Chosen Contact) (a Rankr user views a contact)',
    args: ['trigger', 'get_contact_tasks'],
    input: { contactId: 'seD4PfOuKoVMLkEZqohJ' },
  },
  {
    title: 'Action: Create Contact Task (a new Rankr task)',
    args: ['create', 'create_contact_task'],
    input: {
      contactId: 'seD4PfOuKoVMLkEZqohJ',
      title: 'Fix 12 missing meta descriptions',
      dueDate: '2026-12-01T15:00:00Z',
      body: 'Flagged by Rankr',
    },
    note: "the documents' example task, not the one sent: HighLevel itself answers with the task it created",
  },
  { title: 'Search: Find Contact by ID', args: ['search', 'find_contact'], input: { contactId: 'seD4PfOuKoVMLkEZqohJ' } },
  {
    title: 'Action: Create Contact with a mistyped email (must fail with a clear message)',
    args: ['create', 'create_contact'],
    input: { firstName: 'Jane', email: 'jane(at)example.com' },
    expectError: /Email \(`email`\) must be an email address/,
  },
];

const SHOWN = 12;
const WIDTH = 90;

/** A value on one short line: nested objects as `{key: value, ...}`, cut at WIDTH characters. */
const compact = (value) => {
  const text = (function render(v) {
    if (Array.isArray(v)) return `[${v.map(render).join(', ')}]`;
    if (v && typeof v === 'object')
      return `{${Object.entries(v)
        .map(([k, x]) => `${k}: ${render(x)}`)
        .join(', ')}}`;
    return String(v);
  })(value);
  return text.length > WIDTH ? `${text.slice(0, WIDTH - 1)}…` : text;
};

/** The first item (or the object) as `key: value` lines, and how many fields are not shown. */
const readable = (value) => {
  const item = Array.isArray(value) ? value[0] : value;
  if (!item || typeof item !== 'object') return `  ${JSON.stringify(value)}`;
  const count = Array.isArray(value) ? `  (${value.length} item${value.length === 1 ? '' : 's'}; the first:)\n` : '';
  const entries = Object.entries(item);
  const more = entries.length > SHOWN ? [`  … and ${entries.length - SHOWN} more fields`] : [];
  return count + [...entries.slice(0, SHOWN).map(([k, v]) => `  ${k}: ${compact(v)}`), ...more].join('\n');
};

const lastJson = (text) => {
  const start = text.search(/^[[{]/m);
  try {
    return start >= 0 ? JSON.parse(text.slice(start)) : undefined;
  } catch {
    return undefined;
  }
};

async function main() {
  console.log('Starting the HighLevel sandbox (Prism, from the bundled official OpenAPI document)...');
  const sandbox = await startSandbox();
  console.log(`Sandbox on ${sandbox.url}. It answers every request with the examples in HighLevel's documents,`);
  console.log('so what comes back (names, dates, IDs) is the same whatever a step sends: it shows that each');
  console.log('request is one HighLevel accepts and how the connector presents the answer, not your data.\n');
  const env = {
    ...process.env,
    GHL_API_BASE_URL: sandbox.url,
    CLIENT_ID: 'sandbox-client',
    CLIENT_SECRET: 'sandbox-secret',
    authData_access_token: 'sandbox-token',
    authData_refresh_token: 'sandbox-refresh',
    authData_locationId: 've9EPM428h8vShlRW1KT',
  };
  let failures = 0;
  // Ctrl-C: the CLI run in progress ends with it (same process group); then the sandbox stops.
  const interrupted = () => sandbox.stop().then(() => process.exit(130));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, interrupted);
  try {
    for (const [i, step] of FLOW.entries()) {
      const args = [cli, 'invoke', ...step.args, '--non-interactive', ...(step.input ? ['-i', JSON.stringify(step.input)] : [])];
      const run = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', timeout: 120000 });
      // The CLI warns on every run when there is no .env; this flow passes everything in the environment.
      const output = `${run.stdout}\n${run.stderr}`.replace(/^The \.env file does not exist.*\n/m, '');
      const ok = step.expectError ? run.status !== 0 && step.expectError.test(output) : run.status === 0;
      console.log(`${i + 1}. ${step.title}: ${ok ? 'OK' : 'FAILED'}`);
      if (step.expectError) {
        // The CLI wraps long messages; show the sentence from the match on, on one line.
        const from = Math.max(0, output.search(step.expectError));
        console.log(
          `  error shown to the user: ${output
            .slice(from)
            .split(/"|\n\s*\n/)[0]
            .replace(/[\s›]+/g, ' ')
            .trim()}`,
        );
      } else {
        const data = lastJson(run.stdout);
        if (step.note) console.log(`  (${step.note})`);
        console.log(data === undefined ? output.trim().split('\n').slice(-5).join('\n') : readable(data));
      }
      console.log('');
      if (!ok) failures += 1;
    }
  } finally {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeListener(signal, interrupted);
    await sandbox.stop();
  }
  console.log('The sandbox is stopped.\n');
  failures += (await showRelayPath({ first: FLOW.length + 1 })).failures;
  console.log(failures ? `${failures} step(s) failed.` : 'All steps behaved as expected. The sandbox and the relay are stopped.');
  process.exitCode = failures ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
