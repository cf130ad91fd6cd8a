import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createLiveTestApp } from '../../documents/live-app-kit.js';
import { SCREENSHOT_DIR, hasChromium, launchChromium, startServer } from './browser-harness.js';

const QUESTION = 'How many turbines does the Port Ellery tidal barrage hold?';

describe.skipIf(!hasChromium)('managing documents from the documents view in Chromium', () => {
  let kit: Awaited<ReturnType<typeof createLiveTestApp>>;
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    kit = await createLiveTestApp();
    server = await startServer(kit.app.fetch);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await kit?.cleanup();
  });

  // Asked from the page over HTTP, as any client would.
  const ask = (page: Page) =>
    page.evaluate(async (question) => {
      const response = await fetch('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ role: 'user', content: question }] }),
      });
      return (await response.json()) as {
        answer: string;
        refused: boolean;
        citations: { docId: string }[];
      };
    }, QUESTION);

  it('uploads with an admin key, the article is then cited, and its delete button makes it unanswerable', async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/iu.test(message.text()))
        problems.push(message.text());
    });
    await page.goto(`${server.url}/documents`);
    expect(await page.locator('#upload-zone').isVisible()).toBe(false);

    await page.locator('#admin-key').fill('a-wrong-key-of-enough-length');
    await page.getByRole('button', { name: 'Use key' }).click();
    await page
      .locator('#upload-input')
      .setInputFiles('test/fixtures/documents/harbour-article.html');
    await page.locator('.admin-error').filter({ hasText: 'Check the admin key' }).waitFor();

    await page.getByRole('button', { name: 'Forget key' }).click();
    await page.locator('#admin-key').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Use key' }).click();
    await page.locator('#upload-input').setInputFiles('test/fixtures/documents/scanned.pdf');
    await page.locator('.admin-error').filter({ hasText: 'no text layer' }).waitFor();
    await page
      .locator('#upload-input')
      .setInputFiles('test/fixtures/documents/harbour-article.html');
    await page.locator('.admin-ok').filter({ hasText: 'added as "harbour-article"' }).waitFor();
    await page.waitForLoadState('load');
    const row = page.locator('tr', { has: page.locator('a[href="/documents/harbour-article"]') });
    await row.waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'documents-admin.png') });

    const answer = await ask(page);
    expect(answer.citations[0]?.docId).toBe('harbour-article');
    expect(answer.answer).toMatch(/twelve turbines/);

    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Delete' }).click();
    await page.locator('.admin-ok').filter({ hasText: '"harbour-article" deleted' }).waitFor();
    expect(await row.count()).toBe(0);
    const after = await ask(page);
    expect(after.refused).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('uploads a file dropped on the drop zone', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/documents`);
    await page.locator('#admin-key').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Use key' }).click();
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File(
          [
            'Ferry notes\n\nThe Skarvik ferry now sails at 7:15 every weekday morning from the north pier.\n',
          ],
          'ferry-notes.txt',
          { type: 'text/plain' },
        ),
      );
      document
        .getElementById('upload-zone')!
        .dispatchEvent(
          new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    });
    await page.locator('.admin-ok').filter({ hasText: 'added as "ferry-notes"' }).waitFor();
    await page.close();
  });
});
