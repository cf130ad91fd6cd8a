import { describe, expect, it } from 'vitest';
import { fakeCorpusAnalyzer } from '../helpers/fake-corpus-analyzer.js';
import { contrastWords } from '../../src/answer/analyze/contrast-phrase.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';

const parser = createTextParser();

describe('what a question sets aside', () => {
  it('reads the phrase "rather than" or "instead of" opens, to the end of its clause', () => {
    expect(
      contrastWords(
        parser.parse('How can I get sandbags before the flood rather than on the night?'),
      ),
    ).toEqual(['rather', 'than', 'on', 'the', 'night']);
    expect(contrastWords(parser.parse('Why open in May instead of summer, as planned?'))).toEqual([
      'instead',
      'of',
      'summer',
    ]);
    expect(contrastWords(parser.parse('How can I get sandbags before the flood?'))).toEqual([]);
    // The phrase ends at the verb that goes on with what is asked.
    expect(
      contrastWords(parser.parse('Why was Okafor rather than Solberg conducting the premiere?')),
    ).toEqual(['rather', 'than', 'solberg']);
  });

  it('leaves its words out of what is searched for', async () => {
    const { analyzer } = await fakeCorpusAnalyzer([], parser);
    const analysis = analyzer.analyze([
      {
        role: 'user',
        content: 'How can I get sandbags before the flood rather than on the night?',
      },
    ]);
    const lemmas = analysis.terms.map((term) => term.lemma);
    expect(lemmas).toContain('sandbag');
    expect(lemmas).not.toContain('night');
    expect(lemmas).not.toContain('rather');
  });
});
