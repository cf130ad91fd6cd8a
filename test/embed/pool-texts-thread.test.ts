/**
 * The fit's pooling shared with a second thread: the same sums, raw embeddings
 * and words (in the order first met) as one thread pooling every text, the
 * worker given the last texts, the blocks it has not taken pooled here, and
 * those it took pooled again when it fails.
 */
import { describe, expect, it, vi } from 'vitest';
import { wordVectorEmbedderSpec } from '../../src/embed/embedder-spec.js';
import {
  poolTextsInParallel,
  startPoolTextsThread,
  type PoolTextsWorkerData,
} from '../../src/embed/pool-texts-thread.js';
import { claimBlock, createClaims, createTextPooler } from '../../src/embed/pool-texts.js';
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

  it('has the worker pool the blocks it takes as this thread pools them', async () => {
    const part = texts.slice(100);
    const shared = () => new Float64Array(new SharedArrayBuffer(part.length * DIMENSION * 8));
    const [sums, raw] = [shared(), shared()];
    const rows = (source as WordVectors & { rows: { words: string[]; data: Float32Array } }).rows;
    const words = await startPoolTextsThread({
      ...rows,
      dimension: DIMENSION,
      texts: part,
      sums,
      raw,
      claims: createClaims(Math.ceil(part.length / 16)),
      blockSize: 16,
    });
    const expected = { sums: new Float64Array(sums.length), raw: new Float64Array(raw.length) };
    const found = new Set<string>();
    createTextPooler({ source, texts: part, ...expected })(0, part.length, found);
    expect(words).toEqual([...found]);
    expect(new Float64Array(sums)).toEqual(expected.sums);
    expect(new Float64Array(raw)).toEqual(expected.raw);
  });

  it('gives every number and word in the order one thread gives them, the worker given the last texts', async () => {
    const given: PoolTextsWorkerData[] = [];
    const startThread = vi.fn((data: PoolTextsWorkerData) => {
      given.push(data);
      return startPoolTextsThread(data);
    });
    const alone = await poolTextsInParallel({ source, texts, minThreadTexts: Infinity });
    const shared = await poolTextsInParallel({ source, texts, minThreadTexts: 0, startThread });
    expect(startThread).toHaveBeenCalledOnce();
    expect(given[0]!.texts).toEqual(texts.slice(texts.length - 135));
    expect(given[0]!.sums.buffer).toBeInstanceOf(SharedArrayBuffer);
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

  it('takes the blocks a slow worker has not taken, from the back, with the same results', async () => {
    const alone = await poolTextsInParallel({ source, texts, minThreadTexts: Infinity });
    // A worker that takes two blocks from the front, then stops taking any.
    const slow = (data: PoolTextsWorkerData) => {
      const pool = createTextPooler({ source, ...data });
      const found = new Set<string>();
      for (let count = 0; count < 2; count += 1) {
        const block = claimBlock(data.claims, 'front')!;
        pool(block * data.blockSize, (block + 1) * data.blockSize, found);
      }
      return new Promise<string[]>((resolve) => setTimeout(() => resolve([...found]), 50));
    };
    const idle = () => Promise.resolve([]);
    for (const startThread of [slow, idle]) {
      const shared = await poolTextsInParallel({
        source,
        texts,
        minThreadTexts: 0,
        blockSize: 16,
        startThread,
      });
      expect([...shared.words]).toEqual([...alone.words]);
      expect(shared.sums).toEqual(alone.sums);
      expect(shared.raw).toEqual(alone.raw);
    }
  });

  it('pools again the blocks a worker took before it failed', async () => {
    const alone = await poolTextsInParallel({ source, texts, minThreadTexts: Infinity });
    const failing = (data: PoolTextsWorkerData) => {
      claimBlock(data.claims, 'front');
      claimBlock(data.claims, 'front');
      return Promise.reject(new Error('the thread stopped'));
    };
    const failed = await poolTextsInParallel({
      source,
      texts,
      minThreadTexts: 0,
      blockSize: 16,
      startThread: failing,
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
