// The relay tests' log lines: every relay they start logs to a file under RELAY_TEST_DIR/logs
// (support/relay.ts), and no line may hold a byte of an event body (relay/README.md, Logs). Event
// bodies the tests send carry BODY_MARKER (support/relay.ts, event()); logs.test.ts sends hostile ones.
import * as fs from 'node:fs';
import { join } from 'node:path';

/** In every event body the relay tests send, so a line that quotes a body is found. */
export const BODY_MARKER = 'relaybodymarker7c31';

export const testLogDir = () => join(process.env.RELAY_TEST_DIR!, 'logs');

/** Each line of the log files in `dir` (or those named by `only`) that holds one of `markers`, with its file. */
export function linesHolding(markers: string[], dir = testLogDir(), only?: (file: string) => boolean): { file: string; line: string }[] {
  if (!fs.existsSync(dir)) return [];
  const found: { file: string; line: string }[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => !only || only(f))) {
    for (const line of fs.readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (markers.some((marker) => line.includes(marker))) found.push({ file, line });
    }
  }
  return found;
}

/** Every line of a log file, parsed (lines that are not JSON are kept as `{ text }`). */
export function logLines(file: string): Record<string, any>[] {
  const path = join(testLogDir(), file);
  if (!fs.existsSync(path)) return [];
  return fs
    .readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      try {
        return JSON.parse(line);
      } catch {
        return { text: line };
      }
    });
}
