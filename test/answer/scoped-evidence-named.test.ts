/**
 * A question that names more articles than evidence can draw on ("the Dawn piece" in
 * an archive of 1,800 Dawn articles) reads only the named articles retrieval found,
 * not every one whole: reading them all took ≈ 20 s a question at 100k chunks.
 */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import {
  createMemoryCorpusReader,
  createScopedEvidenceFinder,
  MAX_NAMED_DOCUMENTS,
  type CorpusReader,
} from '../../src/answer/evidence/create-scoped-evidence-finder.js';
import { parseSourceDocument } from '../../src/ingest/load-documents.js';
import { fakeCorpusAnalyzer } from '../helpers/fake-corpus-analyzer.js';

const parser = createTextParser();

async function harbourNotes(count: number) {
  const documents = Array.from({ length: count }, (_, at) =>
    parseSourceDocument(
      `/corpus/note-${String(at).padStart(2, '0')}.txt`,
      `Harbour note ${at}\n\nThe harbour authority counted ${at + 10} ferries in port on Monday.`,
    ),
  );
  const { chunks, lexicon, analyzer } = await fakeCorpusAnalyzer(documents, parser);
  // What the finder asks the store for, document by document.
  const read = new Set<string>();
  const memory = createMemoryCorpusReader({ documents, chunks });
  const reader: CorpusReader = {
    document: (docId) => (read.add(docId), memory.document(docId)),
    chunksOf: (docId) => (read.add(docId), memory.chunksOf(docId)),
  };
  const finder = createScopedEvidenceFinder({ parser, lexicon, reader });
  return { documents, chunks, analyzer, finder, read };
}

/** The question, naming every article of the corpus, with the first two articles retrieved. */
async function askNamingAll(count: number) {
  const corpus = await harbourNotes(count);
  const asked = corpus.analyzer.analyze([
    { role: 'user', content: 'How many ferries did the harbour authority count?' },
  ]);
  const analysis = { ...asked, documents: corpus.documents.map((document) => document.docId) };
  const retrieved = corpus.documents.slice(0, 2).map((document) => document.docId);
  const passages = corpus.chunks
    .filter((chunk) => retrieved.includes(chunk.docId))
    .map((chunk, rank) => ({ chunk, score: 1 / (rank + 1) }));
  const evidence = corpus.finder.find({ analysis, passages });
  return { ...corpus, evidence, retrieved };
}

describe('articles a question names, in the scoped evidence finder', () => {
  it('reads only the retrieved ones when the question names more than evidence draws on', async () => {
    const { evidence, read, retrieved } = await askNamingAll(MAX_NAMED_DOCUMENTS + 5);
    expect([...read].sort()).toEqual([...retrieved].sort());
    expect(evidence.analysis.documents).toEqual(retrieved);
    for (const sentence of evidence.sentences) expect(retrieved).toContain(sentence.document.docId);
  });

  it('reads every one whole when they are few', async () => {
    const { documents, evidence, read } = await askNamingAll(5);
    const all = documents.map((document) => document.docId);
    expect([...read].sort()).toEqual(all);
    expect(new Set(evidence.sentences.map((sentence) => sentence.document.docId))).toEqual(
      new Set(all),
    );
  });
});
