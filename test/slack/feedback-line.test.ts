/**
 * Feedback lines stay bounded whatever the answer or payload held, and
 * still read back as valid records.
 */
import { describe, expect, it } from 'vitest';
import {
  feedbackRecordSchema,
  formatFeedbackLine,
  MAX_FEEDBACK_LINE_BYTES,
  type FeedbackRecord,
} from '../../src/slack/feedback-store.js';
import { CITED_RESPONSE } from './slack-test-kit.js';

const base: FeedbackRecord = {
  at: '2023-11-14T22:13:20.000Z',
  verdict: 'up',
  user: 'U1',
  channel: 'C1',
  messageTs: '1.1',
  answerId: 'a1',
  question: 'rates?',
  answer: CITED_RESPONSE.answer,
  citations: CITED_RESPONSE.citations,
};

describe('formatFeedbackLine', () => {
  it('writes an ordinary record whole, as one line', () => {
    const line = formatFeedbackLine(base);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trimEnd()).not.toContain('\n');
    expect(feedbackRecordSchema.parse(JSON.parse(line))).toEqual(base);
  });

  it('bounds a record with huge fields and many long citations', () => {
    const citation = CITED_RESPONSE.citations[0]!;
    const huge: FeedbackRecord = {
      ...base,
      user: 'U'.repeat(100_000),
      question: 'q'.repeat(100_000),
      answer: 'a'.repeat(100_000),
      citations: Array.from({ length: 500 }, (_, index) => ({
        ...citation,
        n: index + 1,
        title: 't'.repeat(10_000),
        quote: '“'.repeat(10_000),
      })),
    };
    const line = formatFeedbackLine(huge);
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(MAX_FEEDBACK_LINE_BYTES);
    const record = feedbackRecordSchema.parse(JSON.parse(line));
    expect(record.question?.length).toBeLessThanOrEqual(2000);
    expect(record.answer?.endsWith('a…')).toBe(true);
    expect(record.citations.length).toBeGreaterThan(0);
  });
});
