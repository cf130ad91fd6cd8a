/**
 * An article saying the asked thing has not been made public ("The price has not been
 * disclosed.") is the honest answer to it: a refusal quoting it, not another sum from nearby.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet, tells } from '../../src/text/wordnet.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { untoldSubject } from '../../src/answer/evidence/undisclosed.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const senses = openWordNet();
afterAll(() => senses.close());
let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_sale.md': `date 2020-02-19 Family-owned Millbrook Vets sold to national group

Millbrook Veterinary Practice, owned by the Fairweather family since 1974, has been sold to Vantage Vet Group.

The sale was completed on 14 February. The price has not been disclosed. Vantage now owns more than 230 practices.

A consultation at Millbrook costs £45.`,
      '002_interview.md': `date 2023-05-02 Two years on at Millbrook

Vantage has invested more than £400,000 in Millbrook since 2020, including a CT scanner.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses },
  );
});

describe('a sum an article says was not made public', () => {
  it('is refused, quoting the sentence that says so', () => {
    const response = corpus.ask('How much did Vantage pay for Millbrook?');
    expect(response.refused).toBe(true);
    expect(response.answer).toContain('The price has not been disclosed.');
  });

  it('leaves an answer stating the asked verb alone', () => {
    const response = corpus.ask('How much does a consultation cost at Millbrook?');
    expect(response.answer).toMatch(/^£45 \[1\]/u);
  });
});

describe('the subject of a negated passive verb of telling', () => {
  const parser = createTextParser();
  const subject = (text: string) => {
    const tokens = parser.parse(text).tokens;
    const at = untoldSubject(tokens, tells(senses));
    return at === null ? null : tokens[at]!.text;
  };

  it('is what was not told', () => {
    expect(subject('The price has not been disclosed.')).toBe('price');
    expect(subject('The girl has not been named.')).toBe('girl');
    expect(subject('The fee is yet to be announced.')).toBe('fee');
  });

  it('is nothing when the telling is only put off, or happened', () => {
    expect(subject('The winner was not announced until Friday.')).toBeNull();
    expect(subject('The price was announced on Friday.')).toBeNull();
  });
});
