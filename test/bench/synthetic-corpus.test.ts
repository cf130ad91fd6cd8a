import { describe, expect, it } from 'vitest';
import { createSyntheticCorpus } from '../../bench/synthetic-corpus.js';
import { chunkDocuments } from '../../src/ingest/chunk-documents.js';
import { loadDocuments, parseSourceDocument } from '../../src/ingest/load-documents.js';

describe('createSyntheticCorpus', () => {
  it('gives the same articles for the same seed, and different ones for another seed', async () => {
    const seeds = await loadDocuments('seeds');
    const first = createSyntheticCorpus({ seeds, targetChunks: 300, seed: 1 });
    const again = createSyntheticCorpus({ seeds, targetChunks: 300, seed: 1 });
    const other = createSyntheticCorpus({ seeds, targetChunks: 300, seed: 2 });
    expect(again.articles).toEqual(first.articles);
    expect(other.articles.map((article) => article.text)).not.toEqual(
      first.articles.map((article) => article.text),
    );
  });

  it('keeps the seed articles and grows to at least the asked number of chunks', async () => {
    const seeds = await loadDocuments('seeds');
    const corpus = createSyntheticCorpus({ seeds, targetChunks: 500 });
    expect(corpus.articles.slice(0, seeds.length).map((article) => article.text)).toEqual(
      seeds.map((seed) => seed.fileText),
    );
    const documents = corpus.articles.map((article) =>
      parseSourceDocument(article.name, article.text),
    );
    const chunks = chunkDocuments(documents);
    expect(chunks.length).toBe(corpus.chunks);
    expect(corpus.chunks).toBeGreaterThanOrEqual(500);
  });

  it('writes dated articles whose sentences come from the seeds', async () => {
    const seeds = await loadDocuments('seeds');
    const [article] = createSyntheticCorpus({ seeds, targetChunks: 200 }).articles.slice(
      seeds.length,
    );
    const document = parseSourceDocument(article!.name, article!.text);
    expect(document.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(document.paragraphs.length).toBeGreaterThanOrEqual(3);
  });
});
