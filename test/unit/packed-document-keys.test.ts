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
    expect(unpackDocumentKeys({ count: 2, words, edges, unsafe: 0 })).toEqual(
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
    expect(unpackDocumentKeys({ count: 0, words: null, edges: null, unsafe: null })).toEqual(
      new Map(),
    );
    const one = ['a', 'x', 'y', 'z'].join(FIELD);
    expect(unpackDocumentKeys({ count: 1, words: one, edges: 'e', unsafe: 1 })).toBeNull();
    expect(unpackDocumentKeys({ count: 2, words: one, edges: 'e', unsafe: 0 })).toBeNull();
    expect(
      unpackDocumentKeys({ count: 1, words: `${one}${FIELD}extra`, edges: 'e', unsafe: 0 }),
    ).toBeNull();
  });
});
