/** A one-article summary keeps the lead and the central sentences that state facts. */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { summarizeDocument } from '../../src/answer/compose/compose-summary.js';
import type { EvidenceSentence } from '../../src/answer/evidence/evidence-types.js';

const parser = createTextParser();
const document = { docId: '001_club' } as EvidenceSentence['document'];

function sentences(texts: string[]): EvidenceSentence[] {
  return texts.map(
    (text, position) =>
      ({ text, position, document, parsed: parser.parse(text) }) as EvidenceSentence,
  );
}

describe('summarizeDocument', () => {
  it('of two sentences saying the same, keeps the one stating names and figures', () => {
    const article = sentences([
      'The club looked back on a long season at its annual meeting with the fans on Monday.',
      'The club had a strong season under the manager, the fans said at the meeting.',
      'The club had a strong season under the manager Ana Ruiz, finishing fourth on 70 points in May 2024, the fans said at the meeting.',
    ]);
    const summary = summarizeDocument(article).map((sentence) => sentence.position);
    expect(summary).toEqual([0, 2]);
  });
});
