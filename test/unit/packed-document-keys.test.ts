import { describe, expect, it } from 'vitest';
import { unpackDocumentKeys } from '../../src/store/packed-document-keys.js';

const RECORD = '\u001e';
const FIELD = '\u001f';

describe('unpackDocumentKeys', () => {
  it('takes the packed row apart into each document’s keys, empty columns included', () => {
    const words = [
      ['a', 'iran pakistan border', 'border fence', 'dawn'].join(FIELD),
      ['b', '', '', ''].join(FIELD),
    ].join(RECORD);
    const edges = ['iran and pakistan — “the border”', ''].join(RECORD);
    expect(unpackDocumentKeys({ count: 2, words, edges })).toEqual(
      new Map([
        [
          'a',
          {
            header: ['iran', 'pakistan', 'border'],
            edges: 'iran and pakistan — “the border”',
            title: ['border', 'fence'],
            source: ['dawn'],
          },
        ],
        ['b', { header: [], edges: '', title: [], source: [] }],
      ]),
    );
  });

  it('gives no keys for an empty table, and null for a row it cannot take apart', () => {
    expect(unpackDocumentKeys({ count: 0, words: null, edges: null })).toEqual(new Map());
    const one = ['a', 'x', 'y', 'z'].join(FIELD);
    const two = ['b', 'x', 'y', 'z'].join(FIELD);
    // A separator inside a column: a record too many, or a field too many.
    expect(
      unpackDocumentKeys({
        count: 2,
        words: `${one}${RECORD}${two}`,
        edges: `e${RECORD}f${RECORD}g`,
      }),
    ).toBeNull();
    expect(unpackDocumentKeys({ count: 1, words: `${one}${RECORD}x`, edges: 'e' })).toBeNull();
    expect(unpackDocumentKeys({ count: 1, words: `${one}${FIELD}extra`, edges: 'e' })).toBeNull();
    expect(unpackDocumentKeys({ count: 2, words: one, edges: 'e' })).toBeNull();
    // …but a field separator in the edges separates nothing.
    expect(unpackDocumentKeys({ count: 1, words: one, edges: `e${FIELD}f` })?.get('a')?.edges).toBe(
      `e${FIELD}f`,
    );
  });
});
