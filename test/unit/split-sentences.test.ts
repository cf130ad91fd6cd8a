import { describe, expect, it } from 'vitest';
import { finalWordBeforeStop, splitSentences } from '../../src/ingest/split-sentences.js';

const texts = (text: string) =>
  splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitting sentences', () => {
  it('does not end a sentence at a title abbreviation', () => {
    expect(texts('Mr. Marri spoke to Gen. Bajwa. They agreed.')).toEqual([
      'Mr. Marri spoke to Gen. Bajwa.',
      'They agreed.',
    ]);
  });

  it('ends a sentence at "no." unless a figure follows, as "No. 10" abbreviates "number"', () => {
    expect(
      texts('Can I turn up without a voucher? Not for a parcel, no. But please come.'),
    ).toEqual(['Can I turn up without a voucher?', 'Not for a parcel, no.', 'But please come.']);
    expect(texts('The bus stops at No. 10 Market Street. It is late.')).toEqual([
      'The bus stops at No. 10 Market Street.',
      'It is late.',
    ]);
  });

  it('does not end a sentence at initials opening a name, unless a capitalised function word follows', () => {
    expect(texts('A sketchbook used by J.M.W. Turner on his trip. It sold.')).toEqual([
      'A sketchbook used by J.M.W. Turner on his trip.',
      'It sold.',
    ]);
    expect(texts('Talks moved to the E.U. The deal followed.')).toEqual([
      'Talks moved to the E.U.',
      'The deal followed.',
    ]);
  });

  it('does not end a sentence at dotted initials unless a capitalised word follows', () => {
    expect(texts('Harbour Systems N.V. (Amsterdam: HSYS) reported results. Shares rose.')).toEqual([
      'Harbour Systems N.V. (Amsterdam: HSYS) reported results.',
      'Shares rose.',
    ]);
    expect(texts('The deal closed at Harbour Systems N.V. Shares rose.')).toEqual([
      'The deal closed at Harbour Systems N.V.',
      'Shares rose.',
    ]);
  });

  it('returns trimmed spans offset into the original text', () => {
    const spans = splitSentences('  One here.  Two there. ', 100);
    expect(spans).toEqual([
      { start: 102, end: 111 },
      { start: 113, end: 123 },
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(texts('“We will not allow it,” he said. Then he left.')).toEqual([
      '“We will not allow it,” he said.',
      'Then he left.',
    ]);
  });

  it('ends a sentence with the emphasis that closes it, and never makes a sentence of markup alone', () => {
    const text =
      '**Speaking of Brisa: would you ever buy them?**\n\n*(Laughs.)* I never say never. It works — **';
    const sentences = splitSentences(text).map((span) => text.slice(span.start, span.end));
    expect(sentences).toEqual([
      '**Speaking of Brisa: would you ever buy them?**',
      '*(Laughs.)*',
      'I never say never.',
      'It works — **',
    ]);
  });

  it('starts a sentence with the figure heading kept above it, without its list number', () => {
    const text =
      '**3. 13.1 million**\nPassengers carried by Brisa Air, up from 12 million the year before. The carrier grew.';
    expect(texts(text)).toEqual([
      '13.1 million**\nPassengers carried by Brisa Air, up from 12 million the year before.',
      'The carrier grew.',
    ]);
  });
});

describe('finalWordBeforeStop', () => {
  it('finds the word before a final full stop exactly as the pattern over the whole text does', () => {
    const pattern = /(?:^|[\s(“"])([\p{L}.]+)\.\s*$/u;
    const alphabet = [
      'a',
      'B',
      'é',
      '𝒜',
      '.',
      ' ',
      '\n',
      '\u00a0',
      '(',
      '“',
      '"',
      '”',
      '1',
      '-',
      '*',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 0x7fffffff);
    const tails = [
      '',
      '.',
      ' .',
      'U.S.',
      'the U.S. ',
      'by J.M.W.',
      '(Inc.)',
      '“Mr.  ',
      'x"St.\n',
      'Ltd. .',
    ];
    for (let count = 0; count < 20_000; count += 1) {
      let tail = '';
      for (let length = next() % 14; length > 0; length -= 1)
        tail += alphabet[next() % alphabet.length];
      tails.push(tail, `${tail}.`, `${tail}. `);
    }
    let matched = 0;
    for (const tail of tails) {
      const expected = pattern.exec(tail);
      const found = finalWordBeforeStop(tail);
      // What the splitter reads of a match: its text (for its length) and the word.
      expect([found?.[0], found?.[1]], JSON.stringify(tail)).toEqual([
        expected?.[0],
        expected?.[1],
      ]);
      if (expected) matched += 1;
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
