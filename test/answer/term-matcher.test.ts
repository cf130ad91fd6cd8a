import { describe, expect, it } from 'vitest';
import type { QuestionTerm } from '../../src/answer/analyze/question-types.js';
import { createBagCache, createTermMatcher } from '../../src/answer/evidence/term-matcher.js';
import type { WordVectors } from '../../src/embed/word-vectors.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';

const term = (token: string, lemma = token): QuestionTerm => ({
  token,
  lemma,
  weight: 1,
  primary: true,
  name: false,
});

/** The fake lexicon, counting the words looked up. */
async function countingLexicon(): Promise<WordVectors & { lookups: string[] }> {
  const lexicon = await createFakeWordVectors()();
  const lookups: string[] = [];
  return {
    ...lexicon,
    lookups,
    vector(word) {
      lookups.push(word);
      return lexicon.vector(word);
    },
  };
}

describe('a phrasal verb asked', () => {
  it('is not stated by its verb alone when its particle closes the question ("pass away?")', async () => {
    const matcher = createTermMatcher({ lexicon: await loadPackagedWordVectors() });
    const pass = { ...term('pass'), verb: true, phrasal: 'pass_away' };
    const bag = matcher.bagOf('He passed the leadership to Anna Kowal.');
    expect(matcher.match({ ...pass, particleCloses: true }, bag)).toBe(0);
    expect(matcher.match({ ...pass, particleCloses: true }, matcher.bagOf('He passed away.'))).toBe(
      1,
    );
  });

  it('is stated by its verb when the particle may be a preposition with its object ("running on MySQL")', async () => {
    const matcher = createTermMatcher({ lexicon: await loadPackagedWordVectors() });
    const running = { ...term('running', 'run'), verb: true, phrasal: 'run_on' };
    expect(matcher.match(running, matcher.bagOf('You must run it with version 4.'))).toBe(1);
  });
});

describe('matching question terms against sentences', () => {
  it('credits the same lemma, a derivation and a near-synonym, and names only themselves', async () => {
    const matcher = createTermMatcher({ lexicon: await createFakeWordVectors()() });
    const bag = matcher.bagOf('The appointment was made at the frontier.');
    expect(matcher.match(term('appointment'), bag)).toBe(1);
    expect(matcher.match(term('appoints', 'appoint'), bag)).toBe(0.8);
    expect(matcher.match(term('border'), bag)).toBeCloseTo(0.9);
    expect(matcher.match({ ...term('border'), name: true }, bag)).toBe(0);
  });

  it('credits no verb\'s antonym, however near the vectors put it ("lost" for "win")', async () => {
    const lexicon = await loadPackagedWordVectors();
    const win = { ...term('win'), verb: true };
    const bag = (matcher: ReturnType<typeof createTermMatcher>) => matcher.bagOf('They lost.');
    const plain = createTermMatcher({ lexicon });
    expect(plain.match(win, bag(plain))).toBeGreaterThan(0);
    const matcher = createTermMatcher({
      lexicon,
      verbAntonyms: (lemma) => (lemma === 'win' ? ['lose'] : []),
    });
    expect(matcher.match(win, bag(matcher))).toBe(0);
    // Only a verb's: the noun "win" keeps what the vectors give.
    expect(matcher.match(term('win'), bag(matcher))).toBeGreaterThan(0);
  });

  it('takes no pronoun for a noun the vectors put near it ("she" for "woman")', async () => {
    const matcher = createTermMatcher({ lexicon: await loadPackagedWordVectors() });
    expect(matcher.match(term('woman'), matcher.bagOf('She talked about her season.'))).toBe(0);
    expect(matcher.match(term('woman'), matcher.bagOf('The woman talked.'))).toBe(1);
  });

  it('says a term is stated by its word or a derivation, not by a word only the vectors put near it', async () => {
    const matcher = createTermMatcher({ lexicon: await createFakeWordVectors()() });
    const bag = matcher.bagOf('The appointment was made at the frontier.');
    expect(matcher.states(term('appointment'), bag)).toBe(true);
    expect(matcher.states(term('appoints', 'appoint'), bag)).toBe(true);
    expect(matcher.match(term('border'), bag)).toBeGreaterThan(0.5);
    expect(matcher.states(term('border'), bag)).toBe(false);
  });

  it('credits a day or a month of the calendar only by its own name, however near the vectors put another', async () => {
    const matcher = createTermMatcher({ lexicon: await loadPackagedWordVectors() });
    const bag = matcher.bagOf('The museum is open Tuesday to Saturday, from June to August.');
    expect(matcher.match(term('mondays', 'monday'), bag)).toBe(0);
    expect(matcher.match(term('july'), bag)).toBe(0);
    expect(matcher.match(term('tuesday'), bag)).toBe(1);
  });

  it('credits a synonym the synonyms given name, and nothing without them', async () => {
    const lexicon = await createFakeWordVectors()();
    const synonyms = (lemma: string) => (lemma === 'judge' ? ['justice', 'jurist'] : []);
    const withSynonyms = createTermMatcher({ lexicon, synonyms });
    const without = createTermMatcher({ lexicon });
    const text = 'The ruling was given by Justice Rupert Hale.';
    expect(withSynonyms.match(term('judges', 'judge'), withSynonyms.bagOf(text))).toBeCloseTo(0.9);
    expect(without.match(term('judges', 'judge'), without.bagOf(text))).toBe(0);
  });

  it('credits an adverb by its adjective and the adjective by its adverb, as derivations', async () => {
    const matcher = createTermMatcher({ lexicon: await createFakeWordVectors()() });
    expect(matcher.match(term('firmly'), matcher.bagOf('They signed a firm order.'))).toBe(0.8);
    expect(matcher.match(term('firm'), matcher.bagOf('They firmly ordered jets.'))).toBe(0.8);
  });

  it('credits a word naming a kind of the asked one, as the kinds given say, and not the reverse', async () => {
    const lexicon = await createFakeWordVectors()();
    const kindsOf = (lemma: string) => (lemma === 'fine' ? ['penalty'] : []);
    const withKinds = createTermMatcher({ lexicon, kindsOf });
    const without = createTermMatcher({ lexicon });
    const text = 'The agency fined the maker on Tuesday.';
    expect(withKinds.match(term('penalty'), withKinds.bagOf(text))).toBe(0.8);
    expect(without.match(term('penalty'), without.bagOf(text))).toBe(0);
    // A penalty is not always a fine.
    expect(withKinds.match(term('fine'), withKinds.bagOf('A penalty was imposed.'))).toBe(0);
  });

  it("credits a verb's synonym or a way of doing it only where the text writes it as a verb", async () => {
    const lexicon = await createFakeWordVectors()();
    const verbSynonyms = (lemma: string) => (lemma === 'approve' ? ['sanction'] : []);
    const verbKinds = (lemma: string) => (lemma === 'shelve' ? ['delay'] : []);
    const matcher = createTermMatcher({ lexicon, verbSynonyms, verbKinds });
    const asVerb = (token: string, lemma: string): QuestionTerm => ({
      ...term(token, lemma),
      verb: true,
    });
    expect(
      matcher.match(asVerb('approve', 'approve'), matcher.bagOf('The council sanctioned it.')),
    ).toBeCloseTo(0.9);
    expect(
      matcher.match(asVerb('delayed', 'delay'), matcher.bagOf('The festival was shelved.')),
    ).toBe(0.8);
    // The question's noun, not its verb: no verb's relations.
    expect(matcher.match(term('approve'), matcher.bagOf('The council sanctioned it.'))).toBe(0);
    // A bare form may be a noun ("a sanction", "the shelve"): not stated as a verb.
    expect(matcher.match(asVerb('approve', 'approve'), matcher.bagOf('A new sanction.'))).toBe(0);
  });

  it('credits the state a stative verb is, written as an adjective, not as a verb', async () => {
    const lexicon = await createFakeWordVectors()();
    const verbStates = (lemma: string) => (lemma === 'attend' ? ['present'] : []);
    const matcher = createTermMatcher({ lexicon, verbStates });
    const attended: QuestionTerm = { ...term('attended', 'attend'), verb: true };
    expect(
      matcher.match(attended, matcher.bagOf('Present: Tony Glasby (Chair), Maureen Howlett.')),
    ).toBeCloseTo(0.9);
    // "presented" is another verb, not the state.
    expect(matcher.match(attended, matcher.bagOf('Frank Mulvey presented the trophies.'))).toBe(0);
    // The question's noun ("the attend"), not its verb: no state.
    expect(matcher.match(term('attend'), matcher.bagOf('Present: Tony Glasby.'))).toBe(0);
  });

  it('credits a noun made of a phrasal verb where the text writes the verb with its particle', async () => {
    const lexicon = await createFakeWordVectors()();
    const matcher = createTermMatcher({ lexicon });
    const callouts = term('callouts', 'callout');
    expect(
      matcher.match(callouts, matcher.bagOf('The team was called out 78 times this year.')),
    ).toBe(0.8);
    // The verb without its particle is another verb.
    expect(matcher.match(callouts, matcher.bagOf('The team called a meeting.'))).toBe(0);
    // And the other way round: the phrasal verb asked, the noun written.
    const calledOut: QuestionTerm = { ...term('called', 'call'), verb: true, phrasal: 'call_out' };
    expect(matcher.match(calledOut, matcher.bagOf('There were 78 callouts in 2016.'))).toBe(0.8);
  });

  it('shares bags across matchers through a cache, and makes a changed sentence its own bag', async () => {
    const lexicon = await countingLexicon();
    const bags = createBagCache();
    const first = createTermMatcher({ lexicon, bags });
    const before = first.bagOf('The barrage holds twelve turbines.');
    const lookups = lexicon.lookups.length;
    const second = createTermMatcher({ lexicon, bags });
    expect(second.bagOf('The barrage holds twelve turbines.')).toBe(before);
    expect(lexicon.lookups).toHaveLength(lookups);
    const after = second.bagOf('The barrage holds sixteen turbines.');
    expect(after).not.toBe(before);
    expect(second.match(term('sixteen'), after)).toBe(1);
    expect(second.match(term('sixteen'), before)).toBe(0);
  });

  it('keeps at most its budget of characters of text', async () => {
    const lexicon = await createFakeWordVectors()();
    const bags = createBagCache({ maxCharacters: 40 });
    const matcher = createTermMatcher({ lexicon, bags });
    const a = matcher.bagOf('The council met on Tuesday.');
    matcher.bagOf('Rates rose by 4 percent in 2024.');
    expect(bags.has('The council met on Tuesday.')).toBe(false);
    expect(matcher.bagOf('The council met on Tuesday.')).not.toBe(a);
    matcher.bagOf('x'.repeat(41));
    expect(bags.has('x'.repeat(41))).toBe(false);
  });

  it('weighs a term against a bag once per question, with the same credit each time', async () => {
    const lexicon = await countingLexicon();
    const matcher = createTermMatcher({ lexicon });
    const bag = matcher.bagOf('Officials inspected the frontier fence.');
    const border = term('border');
    const credit = matcher.match(border, bag);
    const lookups = lexicon.lookups.length;
    expect(matcher.match(border, bag)).toBe(credit);
    expect(lexicon.lookups).toHaveLength(lookups);
    // Another question's term is weighed afresh.
    expect(matcher.match(term('border'), bag)).toBe(credit);
    expect(lexicon.lookups).toHaveLength(lookups + 1);
  });
});
