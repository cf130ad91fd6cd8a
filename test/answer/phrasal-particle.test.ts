/**
 * A phrasal verb's particle that closes its clause ("did he pass away?") is surely the verb's;
 * one followed by a noun phrase may be a preposition with its object ("running on MySQL").
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fakeCorpusAnalyzer } from '../helpers/fake-corpus-analyzer.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { openWordNet } from '../../src/text/wordnet.js';

const senses = openWordNet();
afterAll(() => senses.close());
const parser = createTextParser();

const termOf = async (question: string, token: string) => {
  const { analyzer } = await fakeCorpusAnalyzer([], parser, { senses });
  return analyzer
    .analyze([{ role: 'user', content: question }])
    .terms.find((term) => term.token === token);
};

describe("a phrasal verb's particle", () => {
  it('closing its clause is marked so', async () => {
    expect(await termOf('When did the founder pass away?', 'pass')).toMatchObject({
      phrasal: 'pass_away',
      particleCloses: true,
    });
  });

  it('before a noun phrase is not: it may be a preposition with its object', async () => {
    const running = await termOf('How should someone running on MySQL upgrade?', 'running');
    expect(running?.particleCloses).toBeUndefined();
  });
});
