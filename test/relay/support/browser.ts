// A real headless Chromium from the system's packages (Debian: chromium-headless-shell or chromium;
// .ci/run installs it when missing), driven by puppeteer-core, which downloads nothing.
import * as fs from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser's executable: CHROMIUM_PATH, else the first one installed. Missing fails the test (never a skip). */
export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((path): path is string => Boolean(path && fs.existsSync(path)));
  if (!found)
    throw new Error(`No Chromium found (${CANDIDATES.join(', ')}): apt-get install -y chromium-headless-shell, or set CHROMIUM_PATH`);
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  return puppeteer.launch({
    executablePath,
    // chromium-headless-shell is the old headless mode on its own; the full browser runs the new one.
    headless: executablePath.endsWith('headless-shell') ? 'shell' : true,
    // As root (CI containers) Chromium's sandbox cannot start.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
    protocolTimeout: 60_000,
  });
}
