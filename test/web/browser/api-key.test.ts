/**
 * The chat page on a server with API_KEYS: it asks for the key once, on the
 * first 401, keeps it, and sends it with every later question.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDepsFrom, createApp } from '../../../src/http/create-app.js';
import { createSeedDeps } from '../../helpers/seed-deps.js';
import { hasChromium, launchChromium, startServer } from './browser-harness.js';

const KEY = 'k-browser-0123456789';
const QUESTION = 'What rank are the liaison officers that Iran and Pakistan agreed to appoint?';

describe.skipIf(!hasChromium)('the chat page with API keys', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    const deps = await createSeedDeps();
    server = await startServer(
      createApp({ ...appDepsFrom(deps), access: { apiKeys: [KEY] } }).fetch,
    );
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const ask = async (page: Page, question: string) => {
    await page.locator('#question').fill(question);
    await page.locator('#question').press('Enter');
    await page.locator('.message.assistant:not(.pending):not(.streaming)').last().waitFor();
  };

  it('asks for the key once, then answers every question with it', async () => {
    const page = await browser.context.newPage();
    const prompts: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.message());
      void dialog.accept(KEY);
    });
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'New conversation' }).click();
    await ask(page, QUESTION);
    await expect.poll(() => page.locator('.message.assistant .cite').count()).toBeGreaterThan(0);
    // The passage viewer reads the article from /api/documents with the same key.
    await page.locator('.message.assistant a.cite[data-n="1"]').first().click();
    await page.locator('#passage-viewer mark#passage').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'New conversation' }).click();
    await ask(page, QUESTION);
    await expect.poll(() => page.locator('.message.assistant .cite').count()).toBeGreaterThan(0);
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatch(/API key/);
    await page.close();
  });

  it('shows the 401 inline when the reader cancels the prompt', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    // The profile is shared with the test before, which saved the key.
    await page.evaluate(() => localStorage.clear());
    page.on('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'New conversation' }).click();
    await ask(page, QUESTION);
    const last = page.locator('.message.assistant').last();
    expect(await last.getAttribute('class')).toContain('error');
    expect(await last.getByRole('alert').innerText()).toMatch(/API key/);
    await page.close();
  });
});
