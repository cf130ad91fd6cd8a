import { describe, expect, it } from 'vitest';
import { chromiumRequired, hasChromium } from './browser-harness.js';
import { ask, settledAnswer, useChatPage } from './chat-page-fixture.js';
import { seriousViolations } from './run-axe.js';

describe.skipIf(!hasChromium && !chromiumRequired)('accessibility (axe-core)', () => {
  const chat = useChatPage();

  const expectNoSeriousViolations = async (state: string) => {
    expect(await seriousViolations(chat.page), state).toEqual([]);
  };

  for (const scheme of ['light', 'dark'] as const) {
    it(`finds nothing serious on the chat page in every state (${scheme})`, async () => {
      const { page } = chat;
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoSeriousViolations('empty');
      expect(await page.locator('h1').count()).toBe(1);

      await ask(page, 'Who is the Iranian interior minister?');
      const answer = await settledAnswer(page, 1);
      await expectNoSeriousViolations('answered');

      await ask(page, 'Who won the 2022 FIFA World Cup?');
      await settledAnswer(page, 2);
      await expectNoSeriousViolations('refused');

      await answer.locator('a.cite').first().click();
      await page.locator('#viewer-text mark#passage').waitFor();
      await page.locator('#viewer-text details.furniture').first().locator('summary').click();
      await expectNoSeriousViolations('passage open');
      await page.keyboard.press('Escape');

      await page.route('**/api/chat', (route) => route.abort('connectionrefused'));
      await ask(page, 'Where will the liaison officers be stationed?');
      await settledAnswer(page, 3);
      await expectNoSeriousViolations('error');
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSeriousViolations('phone');
    });

    it(`finds nothing serious on the documents, article and API pages (${scheme})`, async () => {
      const { page, url } = chat;
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${url}/documents`);
      await expectNoSeriousViolations('/documents');
      await page.goto(`${url}/documents/004_d8be782e761c7253?start=125&end=200`);
      await expectNoSeriousViolations('/documents/:docId');
      await page.goto(`${url}/documents/no-such-document`);
      await expectNoSeriousViolations('not found');
      await page.goto(`${url}/docs`);
      await page.locator('.swagger-ui .opblock').first().waitFor();
      await expectNoSeriousViolations('/docs');
    });
  }

  it('is usable from the keyboard: focus is visible, the passage scrolls, /docs leads back', async () => {
    const { page, url } = chat;
    await ask(page, 'Who is the Iranian interior minister?');
    const answer = await settledAnswer(page, 1);
    // Tab from the question box reaches the citation links and the copy button.
    await answer.locator('a.cite').first().focus();
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await page.locator('#viewer-text mark#passage').waitFor();
    // The article text is a focusable scroll region: arrow keys scroll it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('viewer-text');
    const before = await page.locator('#viewer-text').evaluate((element) => element.scrollTop);
    await page.keyboard.press('PageDown');
    await expect
      .poll(() => page.locator('#viewer-text').evaluate((element) => element.scrollTop))
      .not.toBe(before);
    // Tab reaches it too, from the panel's Close button.
    await page.locator('#viewer-close').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('viewer-text');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('cite');

    await page.goto(`${url}/docs`);
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.waitForURL(`${url}/`);
  });
});
