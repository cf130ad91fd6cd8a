import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ChatResponse } from '../../../src/answer/chat-types.js';
import { chromiumRequired, hasChromium } from './browser-harness.js';
import { ask, settledAnswer, useChatPage } from './chat-page-fixture.js';

/** The article whose file starts with an unrelated headline that ingestion removed. */
const FURNISHED = '004_d8be782e761c7253';

describe.skipIf(!hasChromium && !chromiumRequired)('an answer as the page shows it', () => {
  const chat = useChatPage();

  it('leads with the short answer, then the cited sentence, and its source adds the passage around the quote', async () => {
    const { page } = chat;
    await ask(page, 'Who is the Iranian interior minister?');
    const answer = await settledAnswer(page, 1);
    expect(await answer.locator('.lead').innerText()).toBe('Ahmad Vahidi [1]');
    const sentence = await answer.locator('p.answer').innerText();
    expect(sentence).toMatch(/Interior Minister Ahmad Vahidi\. \[1\]$/u);
    // The lead comes first.
    const order = await answer
      .locator('.answer-body > *')
      .evaluateAll((nodes) => nodes.map((node) => node.className));
    expect(order).toEqual(['lead', 'answer']);

    const source = answer.locator('.sources li').first();
    expect(await source.locator('.source-title').innerText()).toBe(
      'Iranian interior minister meets his Pakistani counterpart, PM, COAS',
    );
    expect(await source.locator('.meta').innerText()).toMatch(/Dawn/u);
    const context = await source.locator('.context').innerText();
    const quote = await source.locator('.context mark').innerText();
    expect(sentence).toContain(quote);
    // More than the quote: the source is not the answer again.
    expect(context.length).toBeGreaterThan(quote.length + 40);
  });

  it('shows a list lead as its items, each cited', async () => {
    const { page, deps } = chat;
    const document = deps.documents.find((candidate) => candidate.docId === FURNISHED);
    if (!document) throw new Error('seed article missing');
    const span = document.paragraphs[0];
    if (!span) throw new Error('seed article has no paragraph');
    const citation = {
      n: 1,
      docId: document.docId,
      title: document.title,
      date: document.date,
      source: document.source,
      chunkId: `${document.docId}#0`,
      quote: document.fileText.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      score: 0.9,
    };
    const response: ChatResponse = {
      answer: `2 found:\n- Zahedan [1]\n- Turbat [2]\n\n${citation.quote} [1] [2]`,
      refused: false,
      citations: [citation, { ...citation, n: 2 }],
    };
    await page.route('**/api/chat', (route) => route.fulfill({ json: response }));
    await ask(page, 'Where will the officers serve?');
    const answer = await settledAnswer(page, 1);
    expect(await answer.locator('.lead').innerText()).toBe('2 found:');
    expect(await answer.locator('ul.items li').allInnerTexts()).toEqual([
      'Zahedan [1]',
      'Turbat [2]',
    ]);
    expect(await answer.locator('ul.items a.cite').count()).toBe(2);
  });

  it('shows a refusal with its reason', async () => {
    const { page } = chat;
    await ask(page, 'Who won the 2022 FIFA World Cup?');
    const answer = await settledAnswer(page, 1);
    expect(await answer.locator('.refusal-label').innerText()).toBe('Not in the documents');
    expect(await answer.locator('.refusal-reason').innerText()).toMatch(/No passage .*fifa/iu);
  });

  it('offers example questions drawn from the indexed titles, and each gets an answer', async () => {
    const { page, deps } = chat;
    const examples = await page.locator('button.example').allInnerTexts();
    expect(examples.length).toBeGreaterThan(1);
    const titles = deps.documents.map((document) => document.title);
    expect(examples.some((example) => titles.some((title) => example.includes(title)))).toBe(true);
    await page.locator('button.example').nth(1).click();
    const answer = await settledAnswer(page, 1);
    expect(await answer.getAttribute('class')).not.toMatch(/refused|error/u);
  });

  it('opens the cleaned article in the page type, the removed headline marked as not part of it', async () => {
    const { page } = chat;
    await ask(page, 'What rank are the liaison officers that Iran and Pakistan agreed to appoint?');
    const answer = await settledAnswer(page, 1);
    await answer.locator('a.cite[data-n="1"]').first().click();
    await page.locator('#viewer-text mark#passage').waitFor();
    const furniture = page.locator('#viewer-text details.furniture');
    expect(await furniture.count()).toBeGreaterThan(0);
    expect(await furniture.first().locator('summary').innerText()).toMatch(
      /Not part of the article/u,
    );
    expect(await furniture.first().getAttribute('open')).toBeNull();
    expect(await furniture.first().innerText()).not.toMatch(/Punjabi Army/u);
    const fonts = await page.evaluate(() => [
      getComputedStyle(document.querySelector('#viewer-text p') as Element).fontFamily,
      getComputedStyle(document.querySelector('.message .answer') as Element).fontFamily,
    ]);
    expect(fonts[0]).toBe(fonts[1]);
    await furniture.first().locator('summary').click();
    expect(await furniture.first().innerText()).toMatch(/Punjabi Army Will Not Succeed/u);
  });

  it('copies an answer with its citations as footnotes', async () => {
    const { page, context, url } = chat;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    await ask(page, 'Who is the Iranian interior minister?');
    const answer = await settledAnswer(page, 1);
    await answer.getByRole('button', { name: 'Copy answer' }).click();
    await expect.poll(() => answer.locator('.copy-answer').innerText()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^Ahmad Vahidi \[1\]\n\n.*Ahmad Vahidi\. \[1\]\n\n\[1\] Iranian interior minister meets his Pakistani counterpart, PM, COAS \(.*Dawn.*\): “.*Ahmad Vahidi\.”$/su,
    );
  });

  it('exports the conversation as Markdown', async () => {
    const { page } = chat;
    await ask(page, 'Who is the Iranian interior minister?');
    await settledAnswer(page, 1);
    await ask(page, 'Who won the 2022 FIFA World Cup?');
    await settledAnswer(page, 2);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as Markdown' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('sourced-conversation.md');
    const markdown = await readFile((await file.path()) as string, 'utf8');
    expect(markdown).toMatch(/^# Conversation with sourced\n/u);
    expect(markdown).toContain('## Who is the Iranian interior minister?\n\nAhmad Vahidi [1]\n\n');
    expect(markdown).toMatch(/> \[1\] Iranian interior minister meets/u);
    expect(markdown).toMatch(
      /## Who won the 2022 FIFA World Cup\?\n\n\*\*Not in the documents\.\*\*/u,
    );
  });

  it('follows a dark system setting', async () => {
    const { page } = chat;
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    const brightness = (color: string) =>
      (color.match(/\d+/gu) ?? []).slice(0, 3).reduce((sum, part) => sum + Number(part), 0);
    expect(brightness(light)).toBeGreaterThan(600);
    expect(brightness(dark)).toBeLessThan(150);
  });
});
