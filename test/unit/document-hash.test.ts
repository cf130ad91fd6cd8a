/** A document's content hash covers what ingestion made of it, its sentence split included. */
import { describe, expect, it, vi } from 'vitest';
import type { Span } from '../../src/ingest/document-types.js';
import type * as SplitSentences from '../../src/ingest/split-sentences.js';

const split = vi.hoisted(() => ({ whole: false }));

vi.mock('../../src/ingest/split-sentences.js', async (importOriginal) => {
  const original = await importOriginal<typeof SplitSentences>();
  return {
    ...original,
    // With `whole`, a newer ingestion that reads each paragraph as one sentence.
    splitSentences: (text: string, offset = 0): Span[] =>
      split.whole
        ? [{ start: offset, end: offset + text.trimEnd().length }]
        : original.splitSentences(text, offset),
  };
});

const { parseSourceDocument } = await import('../../src/ingest/load-documents.js');
const { hashDocument } = await import('../../src/store/index-manifest.js');

describe('hashDocument', () => {
  it('changes when the same text is split into other sentences, so its chunks are rebuilt', () => {
    // Each read of the file is a new document (a document keeps its split while it lives).
    const read = () =>
      parseSourceDocument(
        '/c/001_split.txt',
        'Harbour news\n\nThe ferry sailed. It came back late.\n',
      );
    const before = hashDocument(read());
    split.whole = true;
    expect(hashDocument(read())).not.toBe(before);
    split.whole = false;
    expect(hashDocument(read())).toBe(before);
  });
});
