/**
 * Block Kit formatting: answer sections within Slack's limits, `[n]` kept,
 * one Sources context block per citation, plain text for refusals.
 */
import { describe, expect, it } from 'vitest';
import type { ChatResponse } from '../../src/answer/chat-types.js';
import {
  formatAnswerBlocks,
  REFUSAL_TEXT,
  type SlackBlock,
} from '../../src/slack/format-answer-blocks.js';
import { markdownToMrkdwn, slackTextToPlain, splitText } from '../../src/slack/to-slack-mrkdwn.js';
import { CITED_RESPONSE } from './slack-test-kit.js';

const texts = (blocks: SlackBlock[] | undefined, type: string): string[] =>
  (blocks ?? [])
    .filter((block) => block.type === type)
    .map((block) =>
      type === 'section'
        ? (block.text as { text: string }).text
        : (block.elements as { text: string }[]).map((element) => element.text).join(''),
    );

describe('formatAnswerBlocks', () => {
  it('lays out answer, divider, sources and feedback buttons in that order', () => {
    const message = formatAnswerBlocks({
      response: CITED_RESPONSE,
      feedbackValue: '{"id":"a","q":"x"}',
    });
    expect(message.blocks?.map((block) => block.type)).toEqual([
      'section',
      'divider',
      'context',
      'context',
      'context',
      'actions',
    ]);
    expect(texts(message.blocks, 'section')[0]).toContain('[1]');
    expect(texts(message.blocks, 'context')).toEqual([
      '*Sources*',
      '*[1]* Central bank raises rates · 2024-03-01 · Daily Ledger\n> The central bank raised its main rate by 0.25 percentage points on Thursday.',
      '*[2]* Stocks climb\n> Markets rose after the decision &amp; bonds fell.',
    ]);
    expect(message.text).toBe(CITED_RESPONSE.answer);
  });

  it('gives a refusal as plain text with its reason, without sources or buttons', () => {
    const answer = `${REFUSAL_TEXT} The articles say nothing about <Zahedan> & its population.`;
    const refusal: ChatResponse = { answer, refused: true, citations: [] };
    expect(formatAnswerBlocks({ response: refusal, feedbackValue: 'v' })).toEqual({
      text: `${REFUSAL_TEXT} The articles say nothing about &lt;Zahedan&gt; &amp; its population.`,
    });
  });

  it('falls back to the plain refusal sentence when the refusal gives no text', () => {
    const refusal: ChatResponse = { answer: ' ', refused: true, citations: [] };
    expect(formatAnswerBlocks({ response: refusal })).toEqual({ text: REFUSAL_TEXT });
  });

  it('keeps a very long answer and many long citations within Block Kit limits', () => {
    const sentence = 'The committee discussed inflation & growth at length [1]. ';
    const citation = CITED_RESPONSE.citations[0]!;
    const response: ChatResponse = {
      answer: sentence.repeat(1000),
      refused: false,
      citations: Array.from({ length: 40 }, (_, index) => ({
        ...citation,
        n: index + 1,
        quote: 'word '.repeat(2000),
      })),
    };
    const message = formatAnswerBlocks({ response, feedbackValue: 'v' });
    const blocks = message.blocks ?? [];
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const text of [...texts(blocks, 'section'), ...texts(blocks, 'context')]) {
      expect(text.length).toBeLessThanOrEqual(3000);
    }
    expect(texts(blocks, 'context')).toContain('…and 30 more sources.');
    expect(message.text.length).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(message).length).toBeLessThan(40_000);
  });
});

describe('mrkdwn helpers', () => {
  it('escapes Slack control characters and converts Markdown bold and links', () => {
    expect(markdownToMrkdwn('**Rates** rose <fast> & [source](https://example.com/a) [2]')).toBe(
      '*Rates* rose &lt;fast&gt; &amp; <https://example.com/a|source> [2]',
    );
  });

  it('splits at sentence boundaries without cutting an entity', () => {
    const pieces = splitText('One sentence here. Another sentence there. &amp;&amp;&amp;', 30);
    expect(pieces.every((piece) => piece.length <= 30)).toBe(true);
    expect(pieces[0]).toBe('One sentence here.');
    expect(pieces.join(' ')).not.toMatch(/&[a-z]*(?![a-z;])/);
  });

  it('reads a user message without the mention and with Slack escaping undone', () => {
    expect(slackTextToPlain('<@UBOT>  what about <https://x.test|this> &amp; that?')).toBe(
      'what about this & that?',
    );
  });
});
