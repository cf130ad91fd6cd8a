/**
 * A year before a noun says which one that is ("the 2020 flood appeal surplus"), not when the
 * thing asked happened.
 */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { yearModifiesOther } from '../../src/answer/evidence/year-modifier.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const modifiesOther = (text: string, asked: string[], verbs: string[]) => {
  const parsed = parser.parse(text);
  const year = parsed.entities.find((entity) => /^\d{4}$/u.test(entity.text))!;
  return yearModifiesOther(parsed, year, new Set(asked), new Set(verbs));
};

describe('yearModifiesOther', () => {
  it('reads a year before a noun phrase the question does not ask of as naming which one', () => {
    expect(
      modifiesOther(
        'Reserves, including the 2020 flood appeal surplus: £42,000',
        ['extension'],
        ['open'],
      ),
    ).toBe(true);
    // The asked thing, or the asked verb's event, modified: its year is its time.
    expect(modifiesOther('The 2021 regatta drew 312 entrants.', ['regatta'], ['hold'])).toBe(false);
    expect(modifiesOther('After its 2021 opening, the hall was full.', ['hall'], ['open'])).toBe(
      false,
    );
    // A year modifying nothing.
    expect(modifiesOther('The extension opened in 2021.', ['extension'], ['open'])).toBe(false);
  });

  it('keeps such a year from answering "when"', async () => {
    const corpus = createExtractiveCorpus(
      {
        '004_sheet.md': `date 2021-10-01 The boathouse extension

The boathouse extension was paid for from reserves, including the 2020 flood appeal surplus.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(corpus.ask('When did the boathouse extension open?').answer).not.toMatch(/^2020/u);
  }, 60_000);
});
