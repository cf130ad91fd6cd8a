/**
 * A code written as one word ("VX-310") is one name to the question's weights, though the
 * tokenizer splits it: it must not outweigh the words asked beside it.
 */
import { describe, expect, it } from 'vitest';
import { createQuestionAnalyzer } from '../../src/answer/analyze/analyze-question.js';
import { createDocumentCatalogue } from '../../src/answer/analyze/document-catalogue.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

it('finds what is said of a coded drug in a sentence calling it "the drug"', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '001_trial.txt': `Migraine drug halves attacks in late-stage trial

A once-monthly injection developed by Veltis cut migraine days by half in a late-stage trial, the company said.

The trial enrolled 1,120 adults at 96 sites. Patients given the drug, called VX-310, had 4.6 fewer migraine days a month.

The most common side effects were pain at the injection site and constipation. Six per cent of patients stopped treatment.

Veltis said it would apply for approval next year. Its medical chief said the drug could reach patients in 2027 if approved.`,
    },
    { lexicon },
  );
  const response = await corpus.ask('When could VX-310 reach patients?');
  expect(response.answer).toMatch(/^2027 \[1\]/u);
}, 60_000);

describe("a code's pieces in the question's terms", () => {
  const weightsOf = async (question: string) => {
    const analyzer = createQuestionAnalyzer({
      parser: createTextParser(),
      lexicon: await createFakeWordVectors()(),
      catalogue: createDocumentCatalogue([]),
      specificity: () => 1,
    });
    const { terms } = analyzer.analyze([{ role: 'user', content: question }]);
    return new Map(terms.map((term) => [term.token, term.weight]));
  };

  it('share the weight of one word', async () => {
    const coded = await weightsOf('When could VX-310 reach patients?');
    const plain = await weightsOf('When could VX 310 reach patients?');
    expect(coded.get('vx')).toBeCloseTo(plain.get('vx')! / 2);
    expect(coded.get('310')).toBeCloseTo(plain.get('310')! / 2);
    expect(coded.get('reach')).toBeCloseTo(plain.get('reach')!);
  });

  it('leave a decimal and a score whole', async () => {
    for (const [written, spaced, token] of [
      ['When did the 8.5% increase start?', 'When did the 8 5% increase start?', '8'],
      ['Who scored in the 1-2 defeat?', 'Who scored in the 1 2 defeat?', '2'],
    ] as const)
      expect((await weightsOf(written)).get(token)).toBeCloseTo(
        (await weightsOf(spaced)).get(token)!,
      );
  });
});
