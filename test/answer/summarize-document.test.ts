/** A one-article summary keeps the lead and the central sentences that state facts. */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { summarizeDocument } from '../../src/answer/compose/compose-summary.js';
import type { EvidenceSentence } from '../../src/answer/evidence/evidence-types.js';
import { chunkDocuments } from '../../src/ingest/chunk-documents.js';
import { parseSourceDocument } from '../../src/ingest/load-documents.js';

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

describe('summarizeDocument of an article with sections', () => {
  const text = `# Harbour Quest review: a flooded town worth the trip

Posted by Kit Lane on 12 May 2023

Harbour Quest is a rowing adventure from the Portwick studio Tidemark, and the town it floods is the best place I have visited in a game this year.

## What works

The town is drawn with care, and every street of the town changes as the tide of the town rises and falls over the town's harbour. The town's harbour, the town's market and the town's church are each a puzzle of the town's tide. The town's people talk about the town's tide all day in the town. The town's boats and the town's tide carry you round the town's harbour at dawn. The town's bells ring the town's tide from the town's church tower. The town's market floods with the town's tide every evening in the town.

## What doesn't

The last act drops the tide for two hours of ordinary fighting.

## Verdict

Buy it for the tide and forgive the ending.

Score: 8/10`;

  it('draws on every section and adds the labelled score', () => {
    const document = parseSourceDocument('/corpus/001_review.md', text);
    const spans = chunkDocuments([document])
      .filter((chunk) => chunk.kind === 'body')
      .flatMap((chunk) => chunk.sentences);
    const unique = spans.filter(
      (span, index) => spans.findIndex((other) => other.start === span.start) === index,
    );
    const all = unique.map((span, position) => {
      const sentence = document.fileText.slice(span.start, span.end);
      return {
        text: sentence,
        span,
        position,
        document,
        parsed: parser.parse(sentence),
      } as EvidenceSentence;
    });
    const summary = summarizeDocument(all).map((sentence) => sentence.text);
    expect(summary.some((sentence) => sentence.startsWith('The last act'))).toBe(true);
    expect(summary.some((sentence) => sentence.startsWith('Buy it'))).toBe(true);
    expect(summary).toContain('Score: 8/10');
  });
});
