/**
 * Who does a verb and who it is done to, by English word order: asked "who <verb>…", a name
 * after the active verb is its object, the name before it (or the subject of the clause a
 * participle hangs on) its doer, and a pronoun doing it stands for a name before.
 */
import { describe, expect, it } from 'vitest';
import { createTextParser, type ParsedText } from '../../src/answer/analyze/parse-text.js';
import { doneByPronoun, objectOfVerb } from '../../src/answer/evidence/verb-arguments.js';
import { activeDoersOf } from '../../src/answer/evidence/passive-agent.js';
import { subjectName } from '../../src/answer/evidence/another-subject.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const named = (parsed: ParsedText, text: string) =>
  parsed.entities.find((entity) => entity.type === 'name' && entity.text.startsWith(text))!;

describe('objectOfVerb', () => {
  it('is the name after the active verb, past its particle and preposition', () => {
    const parsed = parser.parse(
      'She became head chef in October 2019, replacing Gareth Lowe, who left in August.',
    );
    expect(objectOfVerb(parsed.tokens, named(parsed, 'Gareth Lowe'), new Set(['replace']))).toBe(
      true,
    );
    const phrasal = parser.parse('Anika Sorensen took over from Luis Reyes on 1 July.');
    expect(objectOfVerb(phrasal.tokens, named(phrasal, 'Luis Reyes'), new Set(['take']))).toBe(
      true,
    );
    expect(objectOfVerb(phrasal.tokens, named(phrasal, 'Anika Sorensen'), new Set(['take']))).toBe(
      false,
    );
  });

  it('is not the doer after "by", nor the speaker a verb of saying puts after a quotation', () => {
    const passive = parser.parse('The bridge was opened in 1904 by Edwin Crake.');
    expect(objectOfVerb(passive.tokens, named(passive, 'Edwin Crake'), new Set(['open']))).toBe(
      false,
    );
    const quoted = parser.parse('"This crossed over," said Ben Akintola of Screenmetric.');
    expect(objectOfVerb(quoted.tokens, named(quoted, 'Ben Akintola'), new Set(['say']))).toBe(
      false,
    );
  });

  it('is no object of a verb not asked', () => {
    const parsed = parser.parse('She became head chef in 2019, replacing Gareth Lowe.');
    expect(objectOfVerb(parsed.tokens, named(parsed, 'Gareth Lowe'), new Set(['become']))).toBe(
      false,
    );
  });
});

describe('doneByPronoun', () => {
  it('is a personal pronoun before the verb, or opening the clause a participle hangs on', () => {
    const verbs = new Set(['replace']);
    expect(doneByPronoun(parser.parse('She replaced Gareth Lowe in 2019.').tokens, verbs)).toBe(
      true,
    );
    expect(
      doneByPronoun(
        parser.parse('She became head chef in October 2019, replacing Gareth Lowe.').tokens,
        verbs,
      ),
    ).toBe(true);
    expect(
      doneByPronoun(parser.parse('Ana Ferreira replaced Gareth Lowe in 2019.').tokens, verbs),
    ).toBe(false);
    expect(doneByPronoun(parser.parse('He was replaced by Ana Ferreira.').tokens, verbs)).toBe(
      false,
    );
  });
});

describe('activeDoersOf', () => {
  it("gives a participle's clause the sentence's subject, a finite verb the name before it", () => {
    const parsed = parser.parse(
      '*Rashid Okafor became general manager of The Harbour Crest on 1 August 2023, succeeding Eileen Trask.',
    );
    const verb = parsed.tokens.findIndex((token) => token.normal === 'succeeding');
    const [span] = activeDoersOf(parsed, [verb], subjectName(parsed));
    expect(parsed.tokens.slice(span![0], span![1]).map((token) => token.text)).toEqual([
      'Rashid',
      'Okafor',
    ]);
    const finite = parser.parse('In 2023 Carys Whitlow has taken over from him.');
    const taken = finite.tokens.findIndex((token) => token.normal === 'taken');
    const [own] = activeDoersOf(finite, [taken], null);
    expect(finite.tokens.slice(own![0], own![1]).map((token) => token.text)).toEqual([
      'Carys',
      'Whitlow',
    ]);
  });
});

describe('the short answer to "who <verb>…" of a sentence naming the one it was done to', () => {
  const profile = `Meet the team

Born in Porto, Ana Ferreira has cooked in Lisbon, London and, for the past four years, at a fish restaurant in Porthaven. She became head chef at the Gull's Rest Inn in October 2019, replacing Gareth Lowe, who left following an investigation.

Rashid Okafor became general manager of The Harbour Crest on 1 August 2023, succeeding Eileen Trask, who retired on 31 July.`;

  it('is the doer, not the object; for a pronoun, the name of the sentence before', async () => {
    const lexicon = await loadPackagedWordVectors();
    const corpus = createExtractiveCorpus({ '001_team.txt': profile }, { lexicon });
    expect((await corpus.ask('Who succeeded Eileen Trask?')).answer).toMatch(
      /^Rashid Okafor \[1\]/u,
    );
    expect((await corpus.ask('Who replaced Gareth Lowe?')).answer).toMatch(/^Ana Ferreira \[1\]/u);
  }, 60_000);
});

describe('asked "who <verb>…" of a sentence naming only the one it was done to', () => {
  it('does not answer with that one', async () => {
    const lexicon = await loadPackagedWordVectors();
    const corpus = createExtractiveCorpus(
      {
        '001_inn.txt': `Inn kitchen changes

The inn's head chef was suspended in July 2019 after the outbreak.

In October the owners hired a cook from a Lisbon restaurant, replacing Gareth Lowe after the investigation.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Who replaced the head chef?');
    expect(response.answer).not.toMatch(/^Gareth Lowe/u);
  }, 60_000);
});

describe('objectOfVerb and another preposition', () => {
  it("is not the noun phrase of a preposition after the verb's own object", () => {
    const parsed = parser.parse(
      'The airport has awarded the contract to resurface its main runway to Brennan & Shaw Civil Engineering.',
    );
    expect(
      objectOfVerb(parsed.tokens, named(parsed, 'Brennan'), new Set(['resurface', 'award'])),
    ).toBe(false);
  });
});
