/**
 * One browser test file's fixture: the real app over the seed articles, a
 * Chromium context, and a fresh page per test on an empty conversation.
 * Records Content-Security-Policy violations and uncaught errors per page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Deps } from '../../../src/deps.js';
import { appDepsFrom, createApp } from '../../../src/http/create-app.js';
import { createSeedDeps } from '../../helpers/seed-deps.js';
import { launchChromium, startServer } from './browser-harness.js';

export interface ChatPageFixture {
  deps: Deps;
  url: string;
  context: BrowserContext;
  page: Page;
  /** CSP violations and uncaught errors seen by the current page. */
  problems: string[];
}

/** Registers the hooks; read the fixture's fields inside tests. */
export function useChatPage(): ChatPageFixture {
  const fixture = { problems: [] as string[] } as unknown as ChatPageFixture;
  let closeServer: () => Promise<void> = async () => {};
  let closeBrowser: () => Promise<void> = async () => {};
  beforeAll(async () => {
    fixture.deps = await createSeedDeps();
    const server = await startServer(createApp(appDepsFrom(fixture.deps)).fetch);
    fixture.url = server.url;
    closeServer = server.close;
    const browser = await launchChromium();
    fixture.context = browser.context;
    closeBrowser = browser.close;
  });
  afterAll(async () => {
    await closeBrowser();
    await closeServer();
  });
  beforeEach(async () => {
    const page = await fixture.context.newPage();
    fixture.page = page;
    fixture.problems = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/iu.test(message.text()))
        fixture.problems.push(message.text());
    });
    page.on('pageerror', (error) => fixture.problems.push(error.message));
    await page.goto(`${fixture.url}/`);
    await page.getByRole('button', { name: 'New conversation' }).click();
  });
  afterEach(async () => {
    await fixture.page.close();
  });
  return fixture;
}

/** Types a question and sends it with Enter. */
export async function ask(page: Page, question: string) {
  await page.locator('#question').fill(question);
  await page.locator('#question').press('Enter');
}

/** Waits for the newest answer, refusal or error to settle, and returns it. */
export async function settledAnswer(page: Page, count: number) {
  const settled = page.locator('.message.assistant:not(.pending):not(.streaming)');
  await settled.nth(count - 1).waitFor();
  return settled.nth(count - 1);
}
