/**
 * How well a question term is present in a text: 1 for the same lemma, 0.8
 * for a derivation ("appoint"/"appointment"), the cosine of the closest word
 * vector when it is close enough ("frontier" ≈ "border"), else 0. Names only
 * match themselves.
 */
import { dot } from '../../embed/term-weights.js';
import type { WordVectors } from '../../embed/word-vectors.js';
import { cachedFor, createTextCache, type TextCache } from '../../text/text-cache.js';
import { adverbBase } from '../../text/adverb-base.js';
import { sharesStem } from '../../text/shares-stem.js';
import { isParticle } from '../../text/particles.js';
import { lemmatize, tokenize } from '../../text/tokenize.js';
import type { QuestionTerm } from '../analyze/question-types.js';
import { isWeekday } from '../analyze/parse-text.js';
import { PERSON_PRONOUNS } from '../analyze/pronouns.js';
import { MONTHS } from '../../ingest/extract-metadata.js';

/** Credit from which a word of the question counts as stated by a text (1 is the word itself). */
export const STATED_CREDIT = 0.5;
/** Credit of a WordNet synonym of the word: as close as the word vectors' closest ever give. */
const SYNONYM_CREDIT = 0.9;
/** Credit of a word naming a kind of the asked one ("fine" for "penalty"): as a derivation's. */
const KIND_CREDIT = 0.8;

/** The words of a text, ready for matching. */
export interface Bag {
  lemmas: Set<string>;
  /** The adjectives its adverbs in "-ly" are made from ("firm" for "firmly"). */
  adverbBases: Set<string>;
  /** The lemmas of its words written as a verb's past or "-ing" form ("repaid", "backing"). */
  verbal: Set<string>;
  /** Each word joined to the particle right after it, as nouns of phrasal verbs are ("callout"). */
  joined: Set<string>;
  /** Its distinct words that have a vector (a repeated word brings no closer one)… */
  words: string[];
  /** …and their vectors, in the same order. */
  vectors: Float32Array[];
}

export interface TermMatcher {
  bagOf(text: string): Bag;
  match(term: QuestionTerm, bag: Bag): number;
  /**
   * True when the bag states the term by its own word, a derivation or a WordNet relation, not
   * only by the word vectors' closeness ("charged" is near "convicted" but states no conviction).
   */
  states(term: QuestionTerm, bag: Bag): boolean;
}

/**
 * Bags kept across questions for one lexicon, by text (a bag depends on nothing
 * else, so a changed sentence is simply another key), least recently used first out.
 */
export type BagCache = TextCache<Bag>;

/** A bag cache bounded by characters of text (a bag holds ≈ 20 bytes of heap a character: ≈ 5 MB). */
export function createBagCache({ maxCharacters = 250_000 } = {}): BagCache {
  return createTextCache({ maxCharacters });
}

/**
 * A matcher for one question: each term is matched against each bag once, however often
 * a sentence is weighed (as itself, a neighbour, the sentence before a name). With `bags`,
 * bags come from and go to that cache.
 */
export function createTermMatcher({
  lexicon,
  synonymSimilarity = 0.65,
  bags,
  synonyms,
  kindsOf,
  verbSynonyms,
  verbKinds,
  verbStates,
  verbAntonyms,
}: {
  lexicon: WordVectors;
  synonymSimilarity?: number;
  bags?: BagCache;
  /** A noun's synonyms in its most frequent sense (WordNet's synset), lemmas. */
  synonyms?: (lemma: string) => readonly string[];
  /** What a noun names a kind of, in its most frequent sense (WordNet's hypernyms), lemmas. */
  kindsOf?: (lemma: string) => readonly string[];
  /** A verb's synonyms in its most frequent sense, lemmas: for terms the question uses as verbs. */
  verbSynonyms?: (lemma: string) => readonly string[];
  /** What a verb names a way of doing, in its most frequent sense (WordNet's hypernyms), lemmas. */
  verbKinds?: (lemma: string) => readonly string[];
  /** The adjective naming the state a stative verb is ("attend": "present"; WordNet's gloss). */
  verbStates?: (lemma: string) => readonly string[];
  /** A verb's opposites (WordNet's antonyms), lemmas: never close enough to state it. */
  verbAntonyms?: (lemma: string) => readonly string[];
}): TermMatcher {
  const matched = new WeakMap<QuestionTerm, WeakMap<Bag, number>>();
  // Each term's vector, looked up once per question rather than once per bag, and its
  // closeness to each word weighed once per question: a question's sentences and their
  // neighbours share most of their words (on the seed corpus a term met each word ≈ 2.2
  // times), and weighing two vectors was a fifth of answering once bags were cached.
  const weighings = new WeakMap<QuestionTerm, Weighing>();
  const weighingOf = (term: QuestionTerm) => {
    let weighing = weighings.get(term);
    if (!weighing)
      weighings.set(
        term,
        (weighing = {
          vector: lexicon.vector(term.token) ?? null,
          closeness: new Map(),
          opposites: new Set(term.verb ? (verbAntonyms?.(term.lemma) ?? []) : []),
        }),
      );
    return weighing;
  };
  const makeBag = (text: string): Bag => {
    const tokens = tokenize(text);
    // Only the closest vector counts, so a word's vector is weighed once however often the
    // text writes it (on the seed and civic corpora an article's bag held each vector twice,
    // a sentence's bag a third of them twice).
    const words: string[] = [];
    const vectors: Float32Array[] = [];
    const lemmas = new Set<string>();
    const verbal = new Set<string>();
    // Lemmas too from each distinct word once, in the order of first use: the same sets in the
    // same order as word by word (an article's bag writes most of its words more than once).
    for (const token of new Set(tokens)) {
      const lemma = lemmatize(token);
      lemmas.add(lemma);
      if (verbForm(token, lemma)) verbal.add(lemma);
      // A pronoun names no thing of its own ("she" is near "woman" in the vectors): it is
      // weighed by its word only, not by closeness.
      const vector = PERSON_PRONOUNS.has(token) ? undefined : lexicon.vector(token);
      if (!vector) continue;
      words.push(token);
      vectors.push(vector);
    }
    const joined = new Set<string>();
    tokens.forEach((token, at) => {
      const next = tokens[at + 1];
      if (next !== undefined && isParticle(next)) joined.add(`${lemmatize(token)}${next}`);
    });
    const adverbBases = new Set<string>();
    for (const lemma of lemmas) {
      const base = adverbBase(lemma);
      if (base !== null) adverbBases.add(base);
    }
    return { lemmas, adverbBases, verbal, joined, words, vectors };
  };
  const bagOf = (text: string) => cachedFor(bags, text, makeBag);
  // What each bag's nouns name kinds of, gathered once a bag for this question's terms.
  const bagKinds = new WeakMap<Bag, Set<string>>();
  const bagVerbKinds = new WeakMap<Bag, Set<string>>();
  const kindsIn = (
    bag: Bag,
    of: (lemma: string) => readonly string[],
    gathered: WeakMap<Bag, Set<string>>,
    lemmas: ReadonlySet<string> = bag.lemmas,
  ) => {
    let kinds = gathered.get(bag);
    if (!kinds) {
      // A loop, not a spread and flatMap: a bag holds up to hundreds of lemmas, a question ≈ 100 bags.
      kinds = new Set();
      for (const lemma of lemmas) for (const kind of of(lemma)) kinds.add(kind);
      gathered.set(bag, kinds);
    }
    return kinds;
  };
  return {
    bagOf,
    match(term, bag) {
      let byBag = matched.get(term);
      if (!byBag) matched.set(term, (byBag = new WeakMap()));
      let credit = byBag.get(bag);
      if (credit === undefined) byBag.set(bag, (credit = matchTerm(term, bag)));
      return credit;
    },
    states(term, bag) {
      return statedCredit(term, bag) > 0;
    },
  };

  function matchTerm(term: QuestionTerm, bag: Bag): number {
    const stated = statedCredit(term, bag);
    if (stated > 0 || term.name) return stated;
    // "Mondays" is near "Tuesday" in the vectors, but a day or a month of the calendar is
    // stated only by its own name (or a derivation above): each names another time.
    if (isWeekday(term.lemma) || MONTHS.includes(term.lemma)) return 0;
    const { vector, closeness, opposites } = weighingOf(term);
    if (!vector) return 0;
    // Its verb without its particle is another verb, however near its vector is ("passed").
    const bareVerb = withoutParticle(term, bag) ? term.lemma : null;
    let best = 0;
    for (let index = 0; index < bag.words.length; index += 1) {
      const word = bag.words[index]!;
      if (bareVerb !== null && lemmatize(word) === bareVerb) continue;
      let similarity = closeness.get(word);
      // "opened" is near "close" in the vectors, as opposites are (they share their contexts),
      // but states the opposite: no credit for a verb's antonym.
      if (similarity === undefined)
        closeness.set(
          word,
          (similarity =
            opposites.size > 0 && opposites.has(lemmatize(word))
              ? 0
              : dot(vector, bag.vectors[index]!)),
        );
      best = Math.max(best, similarity);
    }
    return best >= synonymSimilarity ? Math.min(best, 0.9) : 0;
  }

  /** The term's credit by its word, a derivation or WordNet; 0 when only vectors could say. */
  function statedCredit(term: QuestionTerm, bag: Bag): number {
    // A phrasal verb is its verb with its particle: "passed £950,000" states no "pass away".
    if (bag.lemmas.has(term.lemma) && !withoutParticle(term, bag)) return 1;
    if (term.name) return 0;
    // A derivation shares five letters or more at its start (sharesStem): a shorter lemma has none.
    if (term.lemma.length >= 5)
      for (const lemma of bag.lemmas) if (sharesStem(term.lemma, lemma)) return 0.8;
    // An adverb and its adjective ("firmly", "firm") are derivations too, however short.
    const base = adverbBase(term.lemma);
    if ((base !== null && bag.lemmas.has(base)) || bag.adverbBases.has(term.lemma)) return 0.8;
    if (synonyms && synonyms(term.lemma).some((word) => bag.lemmas.has(word)))
      return SYNONYM_CREDIT;
    if (kindsOf && kindsIn(bag, kindsOf, bagKinds).has(term.lemma)) return KIND_CREDIT;
    // A noun made of a phrasal verb and the verb with its particle name one event: "callouts"
    // asked, "was called out 78 times" written, or the other way round. As a derivation.
    if (!term.verb && bag.joined.has(term.lemma)) return 0.8;
    if (term.phrasal && bag.lemmas.has(term.phrasal.replace('_', ''))) return 0.8;
    // A verb the question asks of ("Did they back the plan?") is stated by its synonym
    // ("supported"), or by a verb naming a way of doing it ("postponed" for "delayed").
    // Only words the text writes as verbs: "talks" may be a negotiation and "the vote" a
    // ballot, whose nouns WordNet relates to other words than the verbs'.
    // A phrasal verb is stated by its synonyms too ("called off": "cancelled").
    if (term.verb) {
      const verbs = term.phrasal ? [term.lemma, term.phrasal] : [term.lemma];
      if (verbs.some((verb) => verbSynonyms?.(verb).some((word) => bag.verbal.has(word))))
        return SYNONYM_CREDIT;
      if (
        verbKinds &&
        verbs.some((verb) => kindsIn(bag, verbKinds, bagVerbKinds, bag.verbal).has(verb))
      )
        return KIND_CREDIT;
      // Being the state a stative verb is states it ("Present: …" who attended), written as
      // an adjective, not as a verb ("presented the trophies").
      if (verbStates?.(term.lemma).some((state) => bag.lemmas.has(state) && !bag.verbal.has(state)))
        return SYNONYM_CREDIT;
    }
    return 0;
  }
}

/**
 * True when `token` is written as a verb's past or "-ing" form of `lemma` by English
 * morphology: a regular "-ed" or "-ing" ending, or an irregular form the lemmatizer maps to
 * another word without a plural "-s" ("wrote", "led"). A bare or "-s" form may be a noun.
 */
function verbForm(token: string, lemma: string): boolean {
  if (token === lemma) return false;
  if (token.endsWith('ed') || token.endsWith('ing')) return true;
  return !token.endsWith('s');
}

interface Weighing {
  vector: Float32Array | null;
  /** The cosine of the term's vector and each word's met so far (0 for its opposites). */
  closeness: Map<string, number>;
  /** The term's antonyms, lemmas. */
  opposites: ReadonlySet<string>;
}

/**
 * True when the term is a phrasal verb whose particle closes the question's clause ("pass
 * away?") and the bag lacks a word after its verb ("away" of "pass_away"): the verb alone
 * ("passed the leadership") is another verb.
 */
function withoutParticle(term: QuestionTerm, bag: Bag): boolean {
  if (term.phrasal === undefined || term.particleCloses !== true) return false;
  return !term.phrasal
    .split('_')
    .slice(1)
    .every((word) => bag.lemmas.has(lemmatize(word)) || bag.lemmas.has(word));
}
