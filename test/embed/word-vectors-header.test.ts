/**
 * A lexicon's header (`parseWordVectorsHeader`): its 50k words and ranks are checked
 * and kept as parsed, not copied; a header that is not a lexicon's is refused as corrupt.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseWordVectorsHeader } from '../../src/embed/word-vectors.js';

const bytesOf = (header: unknown) => new TextEncoder().encode(JSON.stringify(header));
const HEADER = {
  dimension: 2,
  sourceSize: 10,
  words: ['iran', 'pakistan', 'border'],
  ranks: [0, 1, 2],
  commonComponent: [0.5, -0.25],
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a lexicon’s header', () => {
  it('keeps the word and rank lists it parsed, without copying them', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const header = parseWordVectorsHeader(bytesOf(HEADER), 'lexicon.bin');
    const parsed = parse.mock.results[0]!.value as typeof HEADER;
    expect(header.words).toBe(parsed.words);
    expect(header.ranks).toBe(parsed.ranks);
    expect(header.words).toEqual(HEADER.words);
    expect(header.ranks).toEqual(HEADER.ranks);
    expect(Array.from(header.commonComponent!)).toEqual(HEADER.commonComponent);
  });

  it('is refused as corrupt when a word, a rank or the common component is not what it must be', () => {
    for (const wrong of [
      { words: ['iran', 7, 'border'] },
      { words: 'iran pakistan border' },
      { ranks: [0, -1, 2] },
      { ranks: [0, 1.5, 2] },
      { ranks: [0, '1', 2] },
      { commonComponent: [0.5, 'x'] },
    ])
      expect(() => parseWordVectorsHeader(bytesOf({ ...HEADER, ...wrong }), 'lexicon.bin')).toThrow(
        expect.objectContaining({ code: 'index_corrupt' }),
      );
    expect(() =>
      parseWordVectorsHeader(bytesOf({ ...HEADER, ranks: [0, 1] }), 'lexicon.bin'),
    ).toThrow(/size mismatch/u);
  });
});
