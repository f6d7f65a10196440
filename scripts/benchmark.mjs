#!/usr/bin/env node
// Benchmark (not a timed test): how long the built app takes to load compared with
// zapier-platform-core alone; how big build.zip (npm run zip: app/, as push makes it) is compared with
// the zip of an app that is core alone (the floor, scripts/zip.mjs); the CPU of a warm invocation
// through core's own handler beside a one-step app (scripts/invocation-cost.mjs); requests per poll.
// docs/development.md quotes the figures with the machine state they were measured in. The load
// times alternate core and app processes, so they can be compared even on a busy machine; each app
// process also times its own load after core's, a ratio that core's varying time does not blur.
//   npm run bench   (makes app/build/build.zip first when it is missing or older than the build; offline, no Zapier login)
//   BENCH_RUNS=21 npm run bench   (fresh processes per load-time figure; default 15)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runtimeFiles } from './app-package.mjs';
import { root, zipApp } from './zip.mjs';

const zip = join(root, 'app', 'build', 'build.zip');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

// The load times are of build.zip's app, the invocation cost of dist/'s: a zip older than the files it
// packs (a build since the last `npm run zip`) would time the app as it was, so it is made again.
const packed = runtimeFiles.map((file) => statSync(join(root, file)).mtimeMs);
if (!existsSync(zip) || statSync(zip).mtimeMs < Math.max(...packed)) {
  execFileSync('npm', ['run', '--silent', 'zip'], { cwd: root, stdio: 'inherit' });
}

const scratch = mkdtempSync(join(tmpdir(), 'ghl-bench-'));
const unpacked = join(scratch, 'app');
execFileSync('python3', ['-c', `import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])`, zip, unpacked]);

/** Wall times, in ms, of each of `parts`, run one after the other in a fresh Node process in `cwd`. */
const timed = (parts, cwd) => {
  const code = [
    'const t=[process.hrtime.bigint()]',
    ...parts.map((part) => `${part};t.push(process.hrtime.bigint())`),
    'process.stdout.write(JSON.stringify(t.slice(1).map((end,i)=>Number(end-t[i])/1e6)))',
  ].join(';');
  const out = spawnSync(process.execPath, ['-e', code], { cwd, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout);
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The part times of RUNS fresh processes of each list of parts, run in turn (core, app, core, app...),
 * so a change in the machine's load in the middle of the run weighs on both alike.
 */
const processes = (kinds, cwd) => {
  const times = kinds.map(() => []);
  for (let i = 0; i < RUNS; i++) for (const [k, parts] of kinds.entries()) times[k].push(timed(parts, cwd));
  return times;
};

const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

/**
 * A cold start as Zapier's Lambda has it: load core and the app, then the first invocation (one poll,
 * HighLevel intercepted) through core's handler, which compiles the whole definition, samples and
 * labels included, for the first time. Median wall ms of fresh processes: [app load, first poll].
 */
const coldStart = (cwd) => {
  const code = `process.env.NODE_ENV='test';const zapier=require('zapier-platform-core');
const t0=process.hrtime.bigint();const app=require('./index.js');const t1=process.hrtime.bigint();
const nock=require(${JSON.stringify(join(root, 'node_modules', 'nock'))});nock.disableNetConnect();
nock('https://services.leadconnectorhq.com').persist().get(/.*/).reply(200,'{}');
const bundle={authData:{access_token:'bench',locationId:'ve9EPM428h8vShlRW1KT',companyId:'c1',userType:'Location',userId:'u1'},inputData:{contactId:'seD4PfOuKoVMLkEZqohJ'},meta:{page:0,limit:100,timezone:'America/New_York'}};
const t2=process.hrtime.bigint();zapier.createAppHandler(app)({command:'execute',method:'triggers.get_contact_tasks.operation.perform',bundle}).then(()=>{
process.stdout.write(JSON.stringify([Number(t1-t0)/1e6,Number(process.hrtime.bigint()-t2)/1e6]))});`;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const out = spawnSync(process.execPath, ['-e', code], { cwd, encoding: 'utf8' });
    if (out.status !== 0) throw new Error(out.stderr);
    runs.push(JSON.parse(out.stdout));
  }
  return [0, 1].map((k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]);
};

try {
  const loadCore = "require('zapier-platform-core')";
  const [coreAlone, coreThenApp] = processes(
    [[loadCore], [loadCore, "const app=require('./index.js');if(!app.triggers)throw new Error('no app')"]],
    unpacked,
  );
  const core = median(coreAlone.map(([c]) => c));
  const app = median(coreThenApp.map(([c, a]) => c + a));
  // The app's own load, and core's, as one process met them: on a busy machine core's time varies from
  // process to process by more than the app adds, so the ratio is taken within each process.
  const own = median(coreThenApp.map(([, a]) => a));
  const ratio = median(coreThenApp.map(([c, a]) => (c + a) / c));
  // The floor: an app that is nothing but zapier-platform-core, zipped like ours.
  const coreVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies['zapier-platform-core'];
  const floor = zipApp({
    packageJson: {
      name: 'core-only',
      version: '1.0.0',
      private: true,
      main: 'index.js',
      dependencies: { 'zapier-platform-core': coreVersion },
    },
    files: {
      'index.js': "module.exports = { version: '1.0.0', platformVersion: require('zapier-platform-core').version };\n",
      '.zapierapprc': { path: '.zapierapprc' }, // the .mjs files core's dependencies need
    },
    out: join(scratch, 'floor.zip'),
  });
  const size = statSync(zip).size;
  console.log(`node ${process.version}, median of ${RUNS} fresh processes`);
  console.log(`zapier-platform-core alone: ${core.toFixed(1)} ms`);
  const diff = app - core;
  console.log(
    `core + built app:           ${app.toFixed(1)} ms (${diff >= 0 ? '+' : '−'}${Math.abs(diff).toFixed(1)} ms, ${(app / core).toFixed(2)}× core)`,
  );
  console.log(`the app's own load:         ${own.toFixed(1)} ms after core's in the same process: ${ratio.toFixed(2)}× core`);
  const [coldLoad, firstPoll] = coldStart(unpacked);
  console.log(
    `cold start: app load ${coldLoad.toFixed(1)} ms, then the first poll ${firstPoll.toFixed(1)} ms (core compiles the definition)`,
  );
  console.log(`app/build/build.zip:        ${kib(size)}`);
  console.log(`core-only app's zip:        ${kib(floor)} (the floor)`);
  console.log(`build.zip / floor:          ${(size / floor).toFixed(2)}`);
  // Imported only now: they load core and the built app in this process.
  const { invocationCost } = await import('./invocation-cost.mjs');
  const cost = await invocationCost();
  const ms = ({ cpuMs, wallMs }) => `${cpuMs.toFixed(1)} ms CPU (${wallMs.toFixed(1)} ms wall)`;
  console.log(`warm invocation, median of ${cost.runs} (${cost.trigger} through core's handler):`);
  console.log(`  this app:                 ${ms(cost.app)}, definition of ${cost.definitionNodes} values`);
  console.log(`  the same step alone:      ${ms(cost.stepAlone)}`);
  console.log(`  a one-step app:           ${ms(cost.oneStep)}`);
  console.log(`  this app / one-step app:  ${cost.ratio.toFixed(1)}×`);
  const { requestsPerPoll } = await import('./poll-cost.mjs');
  const polls = await requestsPerPoll();
  const ordinary = Object.values(polls).map(([, next]) => next);
  const firstMore = Object.entries(polls)
    .filter(([, [first, next]]) => first > next)
    .map(([key]) => key);
  console.log(
    `requests per ordinary poll:  ${Math.max(...ordinary)} at most, over ${ordinary.length} polling triggers` +
      (firstMore.length ? ` (one more on the first poll of ${firstMore.join(', ')}: it fills Zapier's cache)` : ''),
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
