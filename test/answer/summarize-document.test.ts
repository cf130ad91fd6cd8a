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

  it('prefers a sentence stating facts not yet stated to one repeating the chosen ones', () => {
    // Every sentence names the airline, its chief and its city; only the last adds a deal.
    const article = sentences([
      'Harbour Airways carried a record 14.8 million passengers in 2019, chief executive Ada Berg said in Oslo on Monday.',
      'Ada Berg thanked the pilots, cabin crews, engineers and caterers of Harbour Airways at a dinner in Oslo for their record year in 2019.',
      'Harbour Airways ground staff in Oslo celebrated the record with cake, music, balloons and speeches by Ada Berg in December 2019.',
      'The record made Harbour Airways the favourite airline of business travellers, students and tourists flying from Oslo, Ada Berg argued.',
      'Ada Berg, who has led Harbour Airways from its modest Oslo headquarters since 2019, called the record a team effort of thousands.',
      'Rivals of Harbour Airways congratulated Ada Berg in Oslo on the record, though several questioned the cheap fares behind it.',
      'Ada Berg said Harbour Airways would open a spacious new lounge with showers and a library in Oslo to mark the record.',
      'Harbour Airways will also buy 12 jets from Vantor for €310 million in March 2020, Ada Berg said.',
    ]);
    const summary = summarizeDocument(article).map((sentence) => sentence.position);
    expect(summary).toContain(7);
  });

  it('leaves out a table row and a labelled line without a verb (a contact line)', () => {
    const article = sentences([
      'Harbour Airways Group today announces its audited results for the twelve months of 2019.',
      '| Harbour Airways Group passengers 2019 | 14.8 million | 14.1 million |',
      'Media contact: Ada Berg, Harbour Airways Group Communications, press@harbour.example',
      'Harbour Airways Group carried 14.8 million passengers in 2019, a record for the group.',
    ]);
    const summary = summarizeDocument(article).map((sentence) => sentence.position);
    expect(summary).toEqual([0, 3]);
  });

  it('adds no labelled reference code or date as a key figure', () => {
    const article = sentences([
      'Reference: CPSA/PR/2022/0117-U1',
      'Issued: 20 September 2022',
      'The safety authority has today published an update to the recall of the air fryers first announced in April.',
      'The company has agreed to extend the recall to air fryers with serial numbers beginning 21L and 22A.',
    ]);
    const summary = summarizeDocument(article).map((sentence) => sentence.position);
    expect(summary).toEqual([2, 3]);
  });

  it("leaves out a list's item cut from its lead-in (opening in lower case)", () => {
    const article = sentences([
      'The safety authority has today published an update to the recall of the air fryers first announced in April.',
      'The company has agreed to extend the recall to air fryers with serial numbers beginning 21L and 22A.',
      'The authority has told the company that it must now take three steps to find the missing fryers:',
      'write to every customer for whom it or its retail partners hold contact details;',
      '• work with online marketplaces to identify people who bought AF-55 units second-hand;',
    ]);
    const summary = summarizeDocument(article).map((sentence) => sentence.position);
    expect(summary).toEqual([0, 1, 2]);
  });
});

/** Every sentence of a document as evidence, in order, as the evidence stage would give them. */
function documentSentences(name: string, text: string): EvidenceSentence[] {
  const document = parseSourceDocument(`/corpus/${name}`, text);
  const spans = chunkDocuments([document])
    .filter((chunk) => chunk.kind === 'body')
    .flatMap((chunk) => chunk.sentences);
  return spans
    .filter((span, index) => spans.findIndex((other) => other.start === span.start) === index)
    .map((span, position) => {
      const sentence = document.fileText.slice(span.start, span.end);
      return {
        text: sentence,
        span,
        position,
        document,
        parsed: parser.parse(sentence),
      } as EvidenceSentence;
    });
}

describe('summarizeDocument: topic sentences and questions', () => {
  it("prefers each paragraph's first sentence, its topic sentence", () => {
    const report = documentSentences(
      '002_report.md',
      `# Final report: depot fire at Harbourton, 3 March 2024

The Bureau's report on the depot fire at Harbourton was published on 12 June 2024 by the Harbourton council.

- **The fire started in the battery room of the Harbourton depot.** A charger for the depot's forklifts had been left on, the Bureau found.
- **The alarm in the Harbourton depot failed.** Its battery had been flat since January, the Bureau said of the depot.
- **The sprinklers in the Harbourton depot worked.** They held the fire to one room of the depot until the crews came.
- **Nobody was hurt at the Harbourton depot.** The night shift of the depot had gone home an hour earlier, the Bureau said.`,
    );
    const summary = summarizeDocument(report).map((sentence) => sentence.text.replace(/^\W+/u, ''));
    for (const finding of ['The fire started', 'The alarm', 'The sprinklers', 'Nobody was hurt'])
      expect(summary.some((sentence) => sentence.startsWith(finding))).toBe(true);
  });

  it("leaves out questions: an interviewer's question states no point", () => {
    const interview = documentSentences(
      '003_interview.md',
      `# Ana Ruiz on her first season at Harbour City

Ana Ruiz took over Harbour City in October 2022, when the club was 14th in the league.

**What was the first thing you changed at Harbour City when you arrived in October 2022?**

The running: Harbour City covered 8 per cent less distance than the league average in 2022.

**Why did you sign a new contract with Harbour City until June 2027?**

The chairman, Victor Hale, promised me time to build the academy at Harbour City.`,
    );
    const summary = summarizeDocument(interview).map((sentence) => sentence.text);
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.filter((sentence) => /\?\W*$/u.test(sentence))).toEqual([]);
  });

  it("leaves out an interviewer's prompt set apart in emphasis, though it asks nothing", () => {
    const interview = documentSentences(
      '004_interview.md',
      `# Ana Ruiz on her first season at Harbour City

Ana Ruiz took over Harbour City in October 2022, when the club was 14th in the league.

**Talk us through the Harbour City cup final against Portwick in May 2023.**

Harbour City won the cup final 2-1 against Portwick in May 2023 after extra time.

**Harbour City have also given you a new contract until June 2027.**

The chairman, Victor Hale, promised me time to build the academy at Harbour City.`,
    );
    const summary = summarizeDocument(interview).map((sentence) => sentence.text);
    expect(summary.length).toBeGreaterThan(0);
    expect(
      summary.filter((sentence) => /Talk us|given you a new contract/u.test(sentence)),
    ).toEqual([]);
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
    const all = documentSentences('001_review.md', text);
    const summary = summarizeDocument(all).map((sentence) => sentence.text);
    expect(summary.some((sentence) => sentence.startsWith('The last act'))).toBe(true);
    expect(summary.some((sentence) => sentence.startsWith('Buy it'))).toBe(true);
    expect(summary).toContain('Score: 8/10');
  });
});
