import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { watchSeeds } from '../../src/store/watch-seeds.js';
import { ask, createLiveTestApp } from './live-app-kit.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function until(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out waiting for the folder watch');
}

describe('WATCH_SEEDS folder watch', () => {
  it('indexes a file dropped into the seeds folder, follows its edits and forgets it when deleted', async () => {
    const { app, deps, seedsDir, cleanup } = await createLiveTestApp({ WATCH_SEEDS: '1' });
    cleanups.push(cleanup);
    const watcher = watchSeeds({
      seedsDir,
      manager: deps.documentManager,
      logger: createLogger({ level: 'silent' }),
      delayMs: 50,
    });
    cleanups.push(() => watcher.close());
    const listed = async () =>
      ((await (await app.request('/api/documents')).json()).documents as { docId: string }[]).some(
        (document) => document.docId === 'harbour-article',
      );

    await copyFile(
      'test/fixtures/documents/harbour-article.html',
      join(seedsDir, 'harbour-article.html'),
    );
    await until(listed);
    expect(
      (await ask(app, 'How many turbines does the Port Ellery tidal barrage hold?')).answer,
    ).toMatch(/twelve turbines/);

    const html = await readFile('test/fixtures/documents/harbour-article.html', 'utf8');
    await writeFile(
      join(seedsDir, 'harbour-article.html'),
      html.replace('twelve turbines', 'sixteen turbines'),
    );
    await until(async () =>
      /sixteen turbines/.test(
        (await ask(app, 'How many turbines does the Port Ellery tidal barrage hold?')).answer,
      ),
    );

    await writeFile(
      join(seedsDir, 'notes.txt'),
      'Ferry notes\n\nThe Skarvik ferry now sails at 7:15 every weekday morning from the north pier.\n',
    );
    await until(async () => (await app.request('/api/documents/notes')).status === 200);

    await rm(join(seedsDir, 'harbour-article.html'));
    await until(async () => !(await listed()));
  });
});
