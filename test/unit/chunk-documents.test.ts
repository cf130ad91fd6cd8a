import { describe, expect, it } from 'vitest';
import { chunkDocuments } from '../../src/ingest/chunk-documents.js';
import { parseSourceDocument } from '../../src/ingest/load-documents.js';

const text = Array.from(
  { length: 12 },
  (_, i) => `Sentence number ${i + 1} is about the border.`,
).join(' ');
const document = parseSourceDocument('seeds/sample.txt', text);

describe('chunking', () => {
  it('packs whole sentences up to the size limit, overlapping by one sentence', () => {
    const chunks = chunkDocuments([document], { maxChars: 120, overlapSentences: 1 });
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.end - chunk.start).toBeLessThanOrEqual(120);
    for (let i = 1; i < chunks.length; i += 1) {
      expect(chunks[i]!.sentences[0]).toEqual(chunks[i - 1]!.sentences.at(-1));
    }
  });

  it('gives every chunk ids, metadata and offsets that slice the original text', () => {
    const chunks = chunkDocuments([document], { maxChars: 200, overlapSentences: 0 });
    chunks.forEach((chunk, index) => {
      expect(chunk.chunkId).toBe(`sample#${index}`);
      expect(chunk.docId).toBe('sample');
      expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text);
      for (const sentence of chunk.sentences)
        expect(text.slice(sentence.start, sentence.end)).toMatch(
          /^Sentence number \d+ is about the border\.$/,
        );
    });
    expect(chunks.flatMap((chunk) => chunk.sentences)).toHaveLength(12);
  });

  it('cuts a sentence longer than the limit at word boundaries', () => {
    const text = `${'word '.repeat(60).trim()}. Short one.`;
    const long = parseSourceDocument('seeds/long.txt', text);
    const chunks = chunkDocuments([long], { maxChars: 100, overlapSentences: 1 });
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(100);
      expect(chunk.text).toMatch(/^(?:word|Short)\b/u);
      expect(chunk.text).toMatch(/(?:word|\.)$/u);
      expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text);
    }
    expect(chunks.at(-1)!.text).toBe('Short one.');
  });
});
