/**
 * The fit's pooling shared with a second thread: the same sums, raw embeddings
 * and words (in the order first met) as one thread pooling every text, the
 * worker given the last texts, and its part pooled here when it fails.
 */
import { describe, expect, it, vi } from 'vitest';
import { wordVectorEmbedderSpec } from '../../src/embed/embedder-spec.js';
import {
  poolTextsInParallel,
  startPoolTextsThread,
  type PoolTextsWorkerData,
} from '../../src/embed/pool-texts-thread.js';
import { createSharedWordVectors, type WordVectors } from '../../src/embed/word-vectors.js';

const DIMENSION = 12;

/** 300 texts over a vocabulary that grows as they go: later texts bring words of their own. */
function createTexts(): string[] {
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: 300 }, (_, index) =>
    Array.from({ length: 4 + Math.floor(next() * 12) }, () => {
      const word = `w${Math.floor(next() * (20 + index * 3))}`;
      // Some words outside the vectors (hashed), some numbers, as articles have.
      return next() < 0.1 ? `${word}x` : next() < 0.05 ? String(index) : word;
    }).join(' '),
  );
}

/** Vectors for w0…w999 in shared memory, as the packaged ones are loaded. */
function createSharedVectors(): WordVectors {
  const words = Array.from({ length: 1000 }, (_, index) => `w${index}`);
  const data = new Float32Array(new SharedArrayBuffer(words.length * DIMENSION * 4));
  data.forEach((_, index) => (data[index] = Math.sin(index * 0.37) + Math.cos(index * 1.3)));
  return createSharedWordVectors({ words, data, dimension: DIMENSION });
}

describe('pooling the fit on two threads', () => {
  const texts = createTexts();
  const source = createSharedVectors();

  it('gives every number and word in the order one thread gives them, the worker pooling the last texts', async () => {
    const given: PoolTextsWorkerData[] = [];
    const answers: Promise<string[]>[] = [];
    const startThread = vi.fn((data: PoolTextsWorkerData) => {
      given.push(data);
      answers.push(startPoolTextsThread(data));
      return answers[0]!;
    });
    const alone = await poolTextsInParallel({ source, texts, minThreadTexts: Infinity });
    const shared = await poolTextsInParallel({ source, texts, minThreadTexts: 0, startThread });
    expect(startThread).toHaveBeenCalledOnce();
    expect(given[0]!.texts).toEqual(texts.slice(texts.length - 135));
    expect(given[0]!.sums.buffer).toBeInstanceOf(SharedArrayBuffer);
    // The worker itself pooled its part (not this thread after a failure).
    await expect(answers[0]).resolves.toContain(given[0]!.texts[0]!.split(' ')[0]);
    expect([...shared.words]).toEqual([...alone.words]);
    expect(shared.sums).toEqual(alone.sums);
    expect(shared.raw).toEqual(alone.raw);
    // The worker's part brings words the first part does not have: the merge's order is tested.
    const firstPart = new Set(texts.slice(0, 165).flatMap((text) => text.split(' ')));
    expect([...alone.words].some((word) => !firstPart.has(word))).toBe(true);
  });

  it('pools the worker’s part on this thread when the worker fails', async () => {
    const alone = await poolTextsInParallel({ source, texts, minThreadTexts: Infinity });
    const failed = await poolTextsInParallel({
      source,
      texts,
      minThreadTexts: 0,
      startThread: () => Promise.reject(new Error('no thread')),
    });
    expect([...failed.words]).toEqual([...alone.words]);
    expect(failed.sums).toEqual(alone.sums);
    expect(failed.raw).toEqual(alone.raw);
  });

  it('keeps vectors that are not in shared memory on this thread', async () => {
    const startThread = vi.fn(startPoolTextsThread);
    const { rows: _rows, ...unshared } = createSharedVectors() as WordVectors & { rows: unknown };
    await poolTextsInParallel({ source: unshared, texts, minThreadTexts: 0, startThread });
    expect(startThread).not.toHaveBeenCalled();
  });

  it('fits the same lexicon and embeddings as a fit on one thread', async () => {
    const startThread = vi.fn(startPoolTextsThread);
    const one = await wordVectorEmbedderSpec({ minThreadTexts: Infinity }).fit!({
      lexicon: source,
      texts,
    });
    const two = await wordVectorEmbedderSpec({ minThreadTexts: 0, startThread }).fit!({
      lexicon: source,
      texts,
    });
    expect(startThread).toHaveBeenCalledOnce();
    expect(two.lexicon.words).toEqual(one.lexicon.words);
    expect(two.lexicon.commonComponent).toEqual(one.lexicon.commonComponent);
    texts.forEach((_, index) => expect(two.embeddingOf!(index)).toEqual(one.embeddingOf!(index)));
  });
});
