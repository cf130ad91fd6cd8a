/**
 * What the browser tests share: the real app listening on 127.0.0.1 (a
 * random port), and Debian's Chromium driven by playwright-core with a fresh
 * profile. Both are skipped, loudly, where Chromium is not installed.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; `CHROMIUM_PATH` points elsewhere (another OS, another build). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
/** `npm run test:e2e` sets this: there a missing Chromium is a failure, not a skip. */
export const chromiumRequired = process.env.E2E_REQUIRE_CHROMIUM === '1';
export const SCREENSHOT_DIR = 'test-results';

if (!hasChromium && !chromiumRequired) {
  console.warn(
    `\n  ⚠ Browser tests skipped: ${CHROMIUM_PATH} is absent. ` +
      'Install it (apt-get install -y chromium) and run `npm run test:e2e`.\n',
  );
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Serves `fetch` on 127.0.0.1 at a free port. */
export async function startServer(fetch: (request: Request) => Response | Promise<Response>) {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    // A page still open on the server keeps its connection alive, and `close` would wait for
    // it (as long as the page keeps asking): its connections are closed with it.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

/** A Chromium context on a fresh profile folder, removed again by `close`. */
export async function launchChromium(): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> {
  const profile = await mkdtemp(join(tmpdir(), 'sourced-chromium-'));
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
