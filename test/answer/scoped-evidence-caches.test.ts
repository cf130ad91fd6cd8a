/**
 * The scoped evidence finder keeps sentence parses, bags and word sets across
 * questions. These tests change a document under the same caches and check
 * that the answers follow the new text, and that a warm finder answers as a
 * fresh one does.
 */
import { describe, expect, it } from 'vitest';
import { createCachedTextParser } from '../../src/answer/analyze/cached-text-parser.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { composeAnswer } from '../../src/answer/compose/compose-answer.js';
import {
  createMemoryCorpusReader,
  createScopedEvidenceFinder,
  type CorpusReader,
} from '../../src/answer/evidence/create-scoped-evidence-finder.js';
import { createBagCache } from '../../src/answer/evidence/term-matcher.js';
import type { SourceDocument } from '../../src/ingest/document-types.js';
import { parseSourceDocument } from '../../src/ingest/load-documents.js';
import { createTextCache } from '../../src/text/text-cache.js';
import { fakeCorpusAnalyzer } from '../helpers/fake-corpus-analyzer.js';

const BARRAGE = `Tidal barrage opens at Port Ellery

PORT ELLERY, 14 May 2024 - The harbour authority opened the tidal barrage on Tuesday.

The barrage holds twelve turbines, engineer Ruth Amsel said. It cost €480m.`;

const parser = createTextParser();

async function corpus(text: string) {
  const documents: SourceDocument[] = [parseSourceDocument('/corpus/barrage.txt', text)];
  return { documents, ...(await fakeCorpusAnalyzer(documents, parser)) };
}

type Corpus = Awaited<ReturnType<typeof corpus>>;

/** Asks through `finder`, every chunk of the corpus retrieved. */
function ask(
  { chunks, analyzer }: Corpus,
  finder: ReturnType<typeof createScopedEvidenceFinder>,
  question: string,
) {
  const analysis = analyzer.analyze([{ role: 'user', content: question }]);
  const passages = chunks.map((chunk, rank) => ({ chunk, score: 1 / (rank + 1) }));
  return composeAnswer(finder.find({ analysis, passages }), { minCoverage: 0.5 });
}

describe('evidence caches kept across questions', () => {
  it('answers from a changed document’s new text, not from what the caches hold of the old', async () => {
    const sentenceParser = createCachedTextParser({ parser });
    const bags = createBagCache();
    const words = createTextCache<Set<string>>({ maxCharacters: 100_000 });
    const finderOver = (current: Corpus, reader: CorpusReader) =>
      createScopedEvidenceFinder({
        parser: sentenceParser,
        lexicon: current.lexicon,
        reader,
        bags,
        words,
      });

    const before = await corpus(BARRAGE);
    const first = ask(
      before,
      finderOver(before, createMemoryCorpusReader(before)),
      'How many turbines does the barrage hold?',
    );
    expect(first.answer).toMatch(/twelve turbines/);
    const named = ask(
      before,
      finderOver(before, createMemoryCorpusReader(before)),
      'Who is Ruth Amsel?',
    );
    expect(named.refused).toBe(false);

    const after = await corpus(
      BARRAGE.replace('twelve turbines', 'sixteen turbines').replace(
        'Ruth Amsel',
        'Omar Lindqvist',
      ),
    );
    const finder = finderOver(after, createMemoryCorpusReader(after));
    const changed = ask(after, finder, 'How many turbines does the barrage hold?');
    expect(changed.answer).toMatch(/sixteen turbines/);
    expect(changed.answer).not.toMatch(/twelve/);
    // The old name's words are in the caches, not in the article any more.
    expect(ask(after, finder, 'Who is Ruth Amsel?').refused).toBe(true);
  });

  it('answers the same with warm caches as a finder that starts empty', async () => {
    const current = await corpus(BARRAGE);
    const reader = createMemoryCorpusReader(current);
    const warm = createScopedEvidenceFinder({
      parser: createCachedTextParser({ parser }),
      lexicon: current.lexicon,
      reader,
    });
    const questions = [
      'How many turbines does the barrage hold?',
      'How much did the barrage cost?',
      'When did the tidal barrage open?',
      'Who said the barrage holds twelve turbines?',
    ];
    for (const question of questions) ask(current, warm, question);
    for (const question of questions) {
      const cold = createScopedEvidenceFinder({ parser, lexicon: current.lexicon, reader });
      expect(ask(current, warm, question)).toEqual(ask(current, cold, question));
    }
  });
});
