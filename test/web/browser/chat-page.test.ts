import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Assistant, ChatResponse } from '../../../src/answer/chat-types.js';
import type { Deps } from '../../../src/deps.js';
import { appDepsFrom, createApp } from '../../../src/http/create-app.js';
import { createSeedDeps } from '../../helpers/seed-deps.js';
import {
  CHROMIUM_PATH,
  chromiumRequired,
  hasChromium,
  launchChromium,
  SCREENSHOT_DIR,
  startServer,
} from './browser-harness.js';

const ANSWERABLE = 'What rank are the liaison officers that Iran and Pakistan agreed to appoint?';
const UNANSWERABLE = 'Who won the 2022 FIFA World Cup?';

/** A Server-Sent Events body, CRLF-separated as a proxy might send it. */
const sse = (events: [string, unknown][]) =>
  events
    .map(([event, data]) => `event: ${event}\r\ndata: ${JSON.stringify(data)}\r\n\r\n`)
    .join('');
/** A final answer that differs from its deltas, as after a late fallback. */
const DONE: ChatResponse = {
  answer: 'Colonels will serve. [1]',
  refused: false,
  citations: [
    {
      n: 1,
      docId: 'd',
      title: 'A title',
      date: null,
      source: null,
      chunkId: 'd#0',
      quote: 'a quote',
      start: 0,
      end: 7,
      score: 1,
    },
  ],
};

it.runIf(chromiumRequired && !hasChromium)('finds Chromium to drive', () => {
  expect(hasChromium, `${CHROMIUM_PATH} is absent: apt-get install -y chromium`).toBe(true);
});

describe.skipIf(!hasChromium)('the chat page in Chromium', () => {
  let deps: Deps;
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let page: Page;
  /** Content-Security-Policy violations and uncaught errors seen by the current page. */
  let problems: string[];

  beforeAll(async () => {
    deps = await createSeedDeps();
    server = await startServer(createApp(appDepsFrom(deps)).fetch);
    browser = await launchChromium();
    context = browser.context;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await context.newPage();
    problems = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/iu.test(message.text()))
        problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'New conversation' }).click();
  });
  afterEach(async () => {
    await page.close();
  });

  const ask = async (question: string) => {
    await page.locator('#question').fill(question);
    await page.locator('#question').press('Enter');
  };
  const lastAnswer = () => page.locator('.message.assistant').last();
  const settled = () => page.locator('.message.assistant:not(.pending):not(.streaming)').last();

  it('streams in a cited answer, and [1] opens its passage highlighted in the article', async () => {
    const request = page.waitForRequest((candidate) => candidate.url().endsWith('/api/chat'));
    await ask(ANSWERABLE);
    expect((await request).postDataJSON()).toMatchObject({
      stream: true,
      messages: [{ role: 'user', content: ANSWERABLE }],
    });
    await settled().waitFor();
    await expect.poll(() => lastAnswer().locator('.answer').innerText()).toMatch(/Colonel/);
    const answerText = await lastAnswer().locator('.answer-body').innerText();
    expect(await lastAnswer().locator('.sources .source-title').first().innerText()).not.toBe('');

    await lastAnswer().locator('a.cite[data-n="1"]').first().click();
    const mark = page.locator('#passage-viewer mark#passage');
    await mark.waitFor();
    // The quote is verbatim in the answer, cited [1].
    expect(answerText).toContain(`${await mark.innerText()} [1]`);
    const title = await page.locator('#viewer-title').innerText();
    expect(await lastAnswer().locator('.sources .source-title').first().innerText()).toBe(title);
    // The highlight is scrolled into view inside the panel: it is what the reader sees at its centre.
    const onTop = await mark.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return element.contains(document.elementFromPoint(box.left + 2, box.top + box.height / 2));
    });
    expect(onTop).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'chat-desktop.png') });
    expect(problems).toEqual([]);
  });

  it('shows the deltas while they stream, then the answer from `done`, which is authoritative', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const assistant: Assistant = {
      ask: () => Promise.reject(new Error('the page should ask for a stream')),
      async *stream() {
        yield { type: 'citations', passages: [] };
        yield { type: 'delta', text: 'Colonels ' };
        yield { type: 'delta', text: 'will be' };
        await gate;
        yield { type: 'done', response: DONE };
      },
    };
    const streaming = await startServer(createApp({ ...appDepsFrom(deps), assistant }).fetch);
    try {
      await page.goto(`${streaming.url}/`);
      await ask(ANSWERABLE);
      await page.locator('.message.assistant.streaming').waitFor();
      await expect.poll(() => lastAnswer().innerText()).toBe('Colonels will be');
      release();
      await settled().waitFor();
      expect(await lastAnswer().locator('.answer').innerText()).toBe(DONE.answer);
      expect(await lastAnswer().locator('.sources .source-title').innerText()).toBe('A title');
    } finally {
      release();
      await streaming.close();
    }
  });

  it('shows an error event that ends a stream inline', async () => {
    await page.route('**/api/chat', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/event-stream',
        body: sse([
          ['delta', { text: 'Partial' }],
          [
            'error',
            { error: { code: 'internal_error', message: 'The answer could not be completed' } },
          ],
        ]),
      }),
    );
    await ask(ANSWERABLE);
    await settled().waitFor();
    expect(await lastAnswer().getByRole('alert').innerText()).toBe(
      'The answer could not be completed',
    );
  });

  it('sends on Enter and adds a line on Shift+Enter', async () => {
    await page.locator('#question').fill('first line');
    await page.locator('#question').press('Shift+Enter');
    await page.locator('#question').pressSequentially('second line');
    expect(await page.locator('#question').inputValue()).toBe('first line\nsecond line');
    expect(await page.locator('.message').count()).toBe(0);
    await page.locator('#question').press('Enter');
    await settled().waitFor();
    expect(await page.locator('.message.user').innerText()).toBe('first line\nsecond line');
    expect(await page.locator('#question').inputValue()).toBe('');
  });

  it('shows a question the articles cannot answer as a refusal, without sources', async () => {
    await ask(UNANSWERABLE);
    await settled().waitFor();
    expect(await lastAnswer().getAttribute('class')).toContain('refused');
    expect(await lastAnswer().locator('.refusal-label').innerText()).toBe('Not in the documents');
    expect(await lastAnswer().locator('.sources').count()).toBe(0);
  });

  it("shows the server's 400 message inline, and the next question still works", async () => {
    await ask('a'.repeat(2001));
    await settled().waitFor();
    expect(await lastAnswer().getAttribute('class')).toContain('error');
    expect(await lastAnswer().getByRole('alert').innerText()).toMatch(/at most 2000 characters/);
    await ask(ANSWERABLE);
    await expect.poll(() => page.locator('.message.assistant .cite').count()).toBeGreaterThan(0);
  });

  it('reports an unreachable server inline', async () => {
    await page.route('**/api/chat', (route) => route.abort('connectionrefused'));
    await ask(ANSWERABLE);
    await settled().waitFor();
    expect(await lastAnswer().getByRole('alert').innerText()).toMatch(/Could not reach the server/);
  });

  it('keeps the conversation across a reload until "New conversation" clears it', async () => {
    await ask(ANSWERABLE);
    await settled().waitFor();
    const answer = await lastAnswer().locator('.answer').innerText();
    await page.reload();
    expect(await page.locator('.message.user').innerText()).toBe(ANSWERABLE);
    // A restored answer is rendered as a fresh one is (its passages' text read first): wait for it.
    await expect.poll(() => lastAnswer().locator('.answer').innerText()).toBe(answer);
    await lastAnswer().locator('a.cite').first().click();
    await page.locator('#passage-viewer mark#passage').waitFor();

    await page.getByRole('button', { name: 'New conversation' }).click();
    expect(await page.locator('.message').count()).toBe(0);
    expect(await page.locator('#passage-viewer').isHidden()).toBe(true);
    await page.reload();
    expect(await page.locator('.message').count()).toBe(0);
    expect(await page.locator('#empty-state').isVisible()).toBe(true);
  });

  it('fits a phone-width screen, the passage covering the conversation until closed', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await ask(ANSWERABLE);
    await settled().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await lastAnswer().locator('a.cite').first().click();
    await page.locator('#passage-viewer mark#passage').waitFor();
    expect(await page.locator('#passage-viewer').boundingBox()).toMatchObject({ x: 0, width: 390 });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'chat-phone.png') });
    await page.keyboard.press('Escape');
    expect(await page.locator('#passage-viewer').isHidden()).toBe(true);
  });

  it('lists the documents and renders the API reference without breaking the policy', async () => {
    await page.getByRole('link', { name: 'Documents', exact: true }).click();
    expect(await page.locator('table.documents tbody tr').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'API', exact: true }).click();
    await page.locator('.swagger-ui .opblock').first().waitFor();
    expect(await page.locator('.swagger-ui .opblock-summary-path').allInnerTexts()).toEqual(
      expect.arrayContaining(['/api/chat', '/api/documents/{docId}']),
    );
    // "Try it out" against the live server exercises Swagger UI's rendering of a real response.
    await page.locator('#operations-documents-listDocuments .opblock-summary').click();
    await page.getByRole('button', { name: 'Try it out' }).click();
    await page.getByRole('button', { name: 'Execute' }).click();
    await page
      .locator('#operations-documents-listDocuments .live-responses-table .response-col_status')
      .first()
      .waitFor();
    expect(problems).toEqual([]);
  });
});
