/**
 * Property: whatever the article and the question, every citation's quote is
 * exactly the slice of the source file its offsets name, and every [n] in the
 * answer has its citation.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createQuestionAnalyzer } from '../../src/answer/analyze/analyze-question.js';
import { createDocumentCatalogue } from '../../src/answer/analyze/document-catalogue.js';
import { createTextParser, type TextParser } from '../../src/answer/analyze/parse-text.js';
import { composeAnswer } from '../../src/answer/compose/compose-answer.js';
import { createEvidenceFinder } from '../../src/answer/evidence/find-evidence.js';
import type { WordVectors } from '../../src/embed/word-vectors.js';
import { chunkDocuments } from '../../src/ingest/chunk-documents.js';
import { parseSourceDocument } from '../../src/ingest/load-documents.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';

const WORDS = [
  'the',
  'council',
  'Maria',
  'Lopes',
  'approved',
  'tram',
  '2021',
  '€480m',
  '12%',
  'in',
  'March',
  'Veldhaven',
  'said',
  'ridership',
  'rose',
  'to',
  '3.1',
  'million',
  'because',
  'fares',
  'fell',
  'Q2',
  '“quoted”',
  'café',
  'naïve',
  '—',
  'did',
  'not',
];
const word = fc.constantFrom(...WORDS);
const sentence = fc
  .tuple(fc.array(word, { minLength: 3, maxLength: 14 }), fc.constantFrom('.', '!', '?', '.'))
  .map(([words, stop]) => `${words.join(' ')}${stop}`);
const paragraph = fc
  .array(sentence, { minLength: 1, maxLength: 4 })
  .map((sentences) => sentences.join(' '));
const spacing = fc.constantFrom('\n\n', '\n\n\n', '\r\n\r\n', '\n \n');
const article = fc
  .tuple(
    fc.array(word, { minLength: 2, maxLength: 6 }),
    fc.array(paragraph, { minLength: 1, maxLength: 5 }),
    spacing,
  )
  .map(([title, paragraphs, gap]) => `${title.join(' ')}${gap}${paragraphs.join(gap)}\n`);
const question = fc
  .tuple(
    fc.constantFrom(
      'What',
      'Who',
      'When',
      'How many',
      'Why',
      'Did',
      'Summarize',
      'List the',
      'Compare',
    ),
    fc.array(word, { minLength: 1, maxLength: 6 }),
  )
  .map(([opening, words]) => `${opening} ${words.join(' ')}?`);

let parser: TextParser;
let lexicon: WordVectors;
beforeAll(async () => {
  parser = createTextParser();
  lexicon = await createFakeWordVectors(WORDS.map((w) => w.toLowerCase()))();
});

describe('quotes on arbitrary articles', () => {
  it('are verbatim slices of the file at their offsets, and every marker is cited', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), question, (texts, asked) => {
        const documents = texts.map((text, index) =>
          parseSourceDocument(`/corpus/00${index}_doc.txt`, text),
        );
        const chunks = chunkDocuments(documents);
        const analyzer = createQuestionAnalyzer({
          parser,
          lexicon,
          catalogue: createDocumentCatalogue(documents),
          specificity: () => 1,
        });
        const finder = createEvidenceFinder({ parser, lexicon, documents, chunks });
        const analysis = analyzer.analyze([{ role: 'user', content: asked }]);
        const passages = chunks.map((chunk, rank) => ({ chunk, score: 1 / (rank + 1) }));
        const response = composeAnswer(finder.find({ analysis, passages }), { minCoverage: 0.5 });
        for (const citation of response.citations) {
          const document = documents.find((candidate) => candidate.docId === citation.docId)!;
          expect(document.fileText.slice(citation.start, citation.end)).toBe(citation.quote);
          expect(citation.quote.trim().length).toBeGreaterThan(0);
        }
        const markers = new Set(
          [...response.answer.matchAll(/\[(\d+)\]/gu)].map((match) => Number(match[1])),
        );
        expect(markers).toEqual(new Set(response.citations.map((citation) => citation.n)));
        if (response.refused) expect(response.citations).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
