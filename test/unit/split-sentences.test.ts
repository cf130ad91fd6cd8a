import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/split-sentences.js';

const texts = (text: string) =>
  splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitting sentences', () => {
  it('does not end a sentence at a title abbreviation', () => {
    expect(texts('Mr. Marri spoke to Gen. Bajwa. They agreed.')).toEqual([
      'Mr. Marri spoke to Gen. Bajwa.',
      'They agreed.',
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
