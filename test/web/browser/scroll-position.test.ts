import { describe, expect, it } from 'vitest';
import { chromiumRequired, hasChromium } from './browser-harness.js';
import { ask, settledAnswer, useChatPage } from './chat-page-fixture.js';

const QUESTIONS = [
  'What rank are the liaison officers that Iran and Pakistan agreed to appoint?',
  'Where will the liaison officers be stationed?',
  'Who won the 2022 FIFA World Cup?',
  'Who is the Iranian interior minister?',
];

describe.skipIf(!hasChromium && !chromiumRequired)('where a new answer lands', () => {
  const chat = useChatPage();

  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`shows the fourth answer whole, above the sticky composer, on a ${name}`, async () => {
      const { page } = chat;
      await page.setViewportSize(viewport);
      for (const [index, question] of QUESTIONS.entries()) {
        await ask(page, question);
        await settledAnswer(page, index + 1);
      }
      const answer = page.locator('.message.assistant').nth(3);
      // The page did scroll: the composer is stuck to the bottom of the window.
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      const box = await answer.boundingBox();
      const composer = await page.locator('#ask-form').boundingBox();
      if (!box || !composer) throw new Error('answer or composer not laid out');
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(composer.y);
      expect(composer.y + composer.height).toBeLessThanOrEqual(viewport.height + 1);
      // What the reader sees at the answer's last line is the answer, not the composer.
      const onTop = await answer.evaluate((element) => {
        const { left, bottom } = element.getBoundingClientRect();
        return element.contains(document.elementFromPoint(left + 4, bottom - 4));
      });
      expect(onTop).toBe(true);

      // Opening its passage scrolls the article panel, not the conversation away from the link.
      const cite = answer.locator('a.cite').first();
      await cite.click();
      await page.locator('#viewer-text mark#passage').waitFor();
      expect(await page.locator('#viewer-text mark#passage').isVisible()).toBe(true);
      if (name === 'desktop') {
        const link = await cite.boundingBox();
        const form = await page.locator('#ask-form').boundingBox();
        expect(link && form && link.y >= 0 && link.y + link.height <= form.y).toBe(true);
      }
      expect(chat.problems).toEqual([]);
    });
  }

  it('shows the beginning of an answer taller than the room above the composer', async () => {
    const { page } = chat;
    await page.setViewportSize({ width: 390, height: 500 });
    for (const [index, question] of QUESTIONS.slice(0, 2).entries()) {
      await ask(page, question);
      await settledAnswer(page, index + 1);
    }
    const box = await page.locator('.message.assistant').nth(1).boundingBox();
    const composer = await page.locator('#ask-form').boundingBox();
    if (!box || !composer) throw new Error('answer or composer not laid out');
    expect(box.height).toBeGreaterThan(composer.y);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(20);
  });
});
