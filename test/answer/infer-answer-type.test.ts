/** The answer type a noun takes from how the documents write it, not from a list of nouns. */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { inferAnswerType } from '../../src/answer/evidence/infer-answer-type.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const infer = (head: string, ...texts: string[]) =>
  inferAnswerType(
    head,
    texts.map((text) => parser.parse(text)),
  );

describe('inferAnswerType', () => {
  it('takes money from amounts written next to the noun, a change beside them or not', () => {
    expect(
      infer(
        'budget',
        'The film had a budget of $95 million.',
        'Its $40 million budget was spent by May.',
        'The budget rose 12% to $107 million.',
      ),
    ).toBe('money');
  });

  it('takes no type from a rate per one of the noun ("22 cents per share")', () => {
    expect(
      infer('share', 'A dividend of 22 cents per share.', 'The dividend was 18 cents per share.'),
    ).toBeNull();
  });

  it('takes percent when the noun is written with percentages', () => {
    expect(
      infer('margin', 'The operating margin was 9.2%.', 'Its margin slipped to 5.9% from 6.8%.'),
    ).toBe('percent');
  });

  it('gives no type from one use, or from counts and years alone', () => {
    expect(infer('budget', 'The film had a budget of $95 million.')).toBeNull();
    expect(
      infer('force', '14 security forces were hurt.', 'The force grew to 300 officers.'),
    ).toBeNull();
    expect(infer('revenue', 'Revenue for 2023 rose.', 'Revenue in 2022 fell.')).toBeNull();
  });

  it('takes no vote from a span or date without a numeral ("for the year")', () => {
    expect(
      infer(
        'turnover',
        'Our turnover for the year was about £1.16 million.',
        'Turnover for the year rose to £980,000.',
      ),
    ).toBe('money');
  });

  it('gives no type when the uses disagree', () => {
    expect(
      infer(
        'deal',
        'The deal was worth $5 million.',
        'The deal was signed on 3 May 2021.',
        'The deal closed 12 June 2022.',
        'A $2 million deal fell through.',
      ),
    ).toBeNull();
  });
});

describe('a figure the question gives of the kind the articles write with its noun', () => {
  it('describes which one is asked ("the four-hour performance"), so it is no type of answer', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_figures.md': `date 2022-06-10 Performance report

Four-hour performance in the emergency department was 69.8% in February. Four-hour performance improved to 72.0% in May, the best month of the year.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const analysis = corpus.analyzer.analyze([
      { role: 'user', content: 'What was the four-hour performance in May?' },
    ]);
    const evidence = corpus.finder.find({
      analysis,
      passages: corpus.chunks.map((chunk) => ({ chunk, score: 1 })),
    });
    expect(evidence.analysis.answerType).not.toBe('duration');
  }, 60_000);
});
