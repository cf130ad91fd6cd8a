/** Lexicon files for the tests of reading them: fake vectors saved, and two lexicons compared. */
import { join } from 'node:path';
import { expect } from 'vitest';
import {
  saveWordVectors,
  withCommonComponent,
  type WordVectors,
} from '../../src/embed/word-vectors.js';
import { createFakeWordVectors } from './fake-word-vectors.js';

/** Fake vectors of `words` with a common component, saved as `name` in `directory`. */
export async function saveFakeLexicon(
  directory: string,
  words: string[],
  name: string,
  common: (index: number) => number,
): Promise<{ path: string; source: WordVectors }> {
  const base = await createFakeWordVectors(words)();
  const source = withCommonComponent(
    base,
    Float32Array.from({ length: 8 }, (_, i) => common(i)),
  );
  const path = join(directory, name);
  await saveWordVectors(source, path);
  return { path, source };
}

/** `read` holds the same words, ranks, vectors and common component as `expected`. */
export function expectSameVectors(read: WordVectors, expected: WordVectors): void {
  expect(read.words).toEqual(expected.words);
  expect(read.dimension).toBe(expected.dimension);
  expect(read.sourceSize).toBe(expected.sourceSize);
  expect(Array.from(read.commonComponent!)).toEqual(Array.from(expected.commonComponent!));
  for (const word of expected.words) {
    expect(read.rank(word)).toBe(expected.rank(word));
    expect(Array.from(read.vector(word)!)).toEqual(Array.from(expected.vector(word)!));
  }
  expect(read.vector('absent')).toBeUndefined();
  expect(read.rank('absent')).toBeUndefined();
}
