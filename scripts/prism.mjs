// Prism's CLI, bound to the process that started it: it exits when that process's pipe on its
// stdin closes, which happens however the parent ends (Ctrl-C, SIGTERM, SIGKILL, a crashed jest
// worker), so no Prism outlives its sandbox and holds the port.
//   node scripts/prism.mjs mock <document> --host <host> --port <port>   (spawned by scripts/sandbox.mjs)
process.stdin
  .on('end', () => process.exit(0))
  .on('error', () => process.exit(0))
  .resume();
await import('@stoplight/prism-cli/dist/index.js');
