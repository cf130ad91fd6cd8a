/**
 * Yes or no, only when a cited sentence states it: "No" when the sentence
 * that covers the question negates what it asks or gives another figure for
 * it, "Yes" when it states every word of the question (a name may stand in the
 * sentence before) without negation. Otherwise the evidence without a verdict.
 */
import {
  reportsEarlierText,
  wronglyReported,
  type ReportedTextOptions,
} from '../analyze/reported-text.js';
import { deviationVerdict, deviationWords, statedDeviation } from './plan-deviation.js';
import { isStopword, lemmatize, tokenize } from '../../text/tokenize.js';
import { isModal, PRICE_VERBS } from '../analyze/classify-question.js';
import {
  attributiveParticiple,
  type Entity,
  isPossessiveMarker,
  FIGURE_ENTITIES,
  NEGATIVE_PRONOUNS,
  type Token,
} from '../analyze/parse-text.js';
import { sharesStem } from '../../text/shares-stem.js';
import { answerWordOf, valueLabelledBy } from './labelled-value.js';
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import { GENERIC_COUNT_LEMMAS, type QuestionTerm } from '../analyze/question-types.js';
import { STATED_CREDIT } from '../evidence/term-matcher.js';
import type { Draft } from './draft.js';
import { answerAfter, asksItself, sameParagraph } from './posed-question.js';
import { creditedWriter } from '../evidence/credited-writer.js';
import { endsAsking } from '../../text/ends-asking.js';
import { adverbPhrases } from '../analyze/adverb-phrases.js';
import {
  CEASING,
  ceasedAsSubject,
  ceasedBy,
  inNegationScope,
  negatedInRelativeClause,
} from '../analyze/negation-scope.js';
import { lemmasByTimeClause } from '../analyze/asked-time-clause.js';
import { modifierOnlyLemmas } from '../analyze/subject-modifier.js';
import { carriedByLightVerb } from '../analyze/light-verbs.js';
import { inCounterfactualAt } from '../evidence/counterfactual.js';
import { THIRD_PERSON_PRONOUNS } from '../analyze/pronouns.js';
import { asksUnanimity } from './vote-tally.js';
import { minutedUnanimity } from './minuted-unanimity.js';
import {
  askedMotionOutcome,
  asksApprovalOfThing,
  motionOutcome,
  motionVerbs,
} from './motion-outcome.js';
import { statesInsteadOf, statesOtherOrdinal, statesPartOfAll } from './quantity-verdict.js';
import { withoutComparisons } from '../evidence/aside-years.js';
import { doersOf } from '../evidence/passive-agent.js';
import { yearsIn } from '../analyze/find-constraints.js';
import { existentialHead, mainClauseNegated, mainSubject } from './main-clause.js';
import { doneToOther } from './done-to-other.js';
import { asksRealized, statesOnlyFuture } from './planned-only.js';

/** Parts of speech between an adjective and the noun it modifies ("non-vintage sparkling wine"). */
const BEFORE_HEAD: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'PUNCT']);

/**
 * True when the adjective at `index` modifies a noun the question does not ask of (`asked`,
 * lemmas): the next noun after it, or, inside brackets after a name, that name ("Classic Cuvée
 * (non-vintage sparkling), Long Meadow Reserve…", asked of the Long Meadow Reserve). English's
 * negative prefix ("non-vintage") negates its adjective of that noun only. An adjective
 * modifying no noun (predicative: "it is non-binding") is the subject's.
 */
function modifiesOther(
  tokens: readonly Token[],
  index: number,
  asked: ReadonlySet<string>,
): boolean {
  if (tokens[index]?.pos !== 'ADJ') return false;
  let at = index + 1;
  while (at < tokens.length && BEFORE_HEAD.has(tokens[at]!.pos) && tokens[at]!.text !== ')')
    at += 1;
  // A compound's head is its last noun ("a non-contact fitness class": the class).
  while (tokens[at]?.pos === 'NOUN' && tokens[at + 1]?.pos === 'NOUN') at += 1;
  let head = tokens[at];
  if (head?.text === ')') {
    let open = index - 1;
    while (open >= 0 && tokens[open]!.text !== '(') open -= 1;
    head = tokens[open - 1];
  }
  return (
    head !== undefined &&
    (head.pos === 'NOUN' || head.pos === 'PROPN') &&
    !asked.has(lemmatize(head.normal))
  );
}

/** A figure's unit written on to it ("12-year-old", "909km"): the letters after its digits. */
const UNIT_ON_FIGURE = /\d[\d.,]*-?(\p{L}[\p{L}-]*)$/u;

/**
 * The word (lemma) a figure counts or measures: the noun after it, past adjectives and figures
 * ("two largest layouts": "layout"), or the unit written on to it ("12-year-old"); null when
 * neither ("it rose to 30.").
 */
function countedWord(tokens: readonly Token[], entity: Entity): string | null {
  const written = UNIT_ON_FIGURE.exec(entity.text);
  if (written) return written[1]!.toLowerCase();
  for (let at = entity.last + 1; at < tokens.length; at += 1) {
    const token = tokens[at]!;
    if (token.pos === 'NOUN') return lemmatize(token.normal);
    if (token.pos !== 'ADJ' && token.pos !== 'NUM') return null;
  }
  return null;
}

/** Coverage from which a sentence that neither negates nor contradicts counts as saying yes; chosen on the development sets. */
const AFFIRM_COVERAGE = 0.6;
/** The same, for the sentence on its own. */
const AFFIRM_OWN_COVERAGE = 0.5;
/**
 * Least share of the question's main verbs the sentence must state to say yes. Chosen on the
 * development sets: 0.3 removes a false "Yes" (appealing a fine, from a sentence about the
 * fine) for one correct "Yes" lost to a paraphrase (blame / accuse); 0.5 loses three.
 */
const AFFIRM_VERB = 0.3;
/** Share of the asked verbs from which a sentence counts as stating them (the verb itself, or a close synonym). */
const STATES_VERB = 0.6;

/** English's prepositions of stance after a verb, each with its opposite ("vote for" / "vote against"). */
const OPPOSITE_STANCE: Readonly<Record<string, string>> = { for: 'against', against: 'for' };

/** Parts of speech that may stand between a verb and the preposition of its stance ("voted 11 to 6 against"). */
const BEFORE_STANCE: ReadonlySet<string> = new Set(['NUM', 'ADV', 'ADP', 'PART']);
/** Words a verb may stand before the preposition of its stance, at most ("voted 11 to 6 against"). */
const STANCE_REACH = 4;

/**
 * The stance ("for" or "against") the verb at `at` takes, when its preposition follows it
 * within `STANCE_REACH` words of figures, adverbs and particles ("voted 11 to 6 against").
 */
function stanceOf(tokens: readonly Token[], at: number): string | null {
  for (let next = at + 1; next <= at + STANCE_REACH && next < tokens.length; next += 1) {
    const word = tokens[next]!;
    if (OPPOSITE_STANCE[word.normal] !== undefined) return word.normal;
    if (!BEFORE_STANCE.has(word.pos)) return null;
  }
  return null;
}

/**
 * True when the sentence states a verb's stance "against" the very thing asked about — a
 * word the question asks (`asked`, lemmas) right after "against" and its determiner — and
 * the question takes no stance itself: "Did the council approve the fence?" — "Councillors
 * voted 11 to 6 against the fence". English's "against" after a verb opposes its object,
 * whatever the verb ("voted", "ruled", "campaigned").
 */
function standsAgainstAsked(
  question: readonly Token[],
  stated: readonly Token[],
  asked: ReadonlySet<string>,
): boolean {
  if (question.some((token) => OPPOSITE_STANCE[token.normal] !== undefined)) return false;
  return stated.some((token, at) => {
    if (token.pos !== 'VERB' || stanceOf(stated, at) !== 'against') return false;
    let object = stated.findIndex((word, index) => index > at && word.normal === 'against') + 1;
    if (stated[object]?.pos === 'DET') object += 1;
    const thing = stated[object];
    return thing !== undefined && asked.has(lemmatize(thing.normal));
  });
}

/**
 * English's negative implicative verbs (a closed class): "refused to remove", "failed to
 * qualify", "declined to comment", "neglected to file", "forgot to pay" each assert that
 * what follows "to" did not happen.
 */
const NEGATIVE_IMPLICATIVES: ReadonlySet<string> = new Set([
  'refuse',
  'decline',
  'fail',
  'neglect',
  'forget',
]);

/** True when the verb at `index` follows "to" after a negative implicative ("refused to remove"). */
function deniedByImplicative(tokens: readonly Token[], index: number): boolean {
  if (tokens[index - 1]?.normal !== 'to') return false;
  const verb = tokens[index - 2];
  return verb !== undefined && NEGATIVE_IMPLICATIVES.has(lemmatize(verb.normal));
}

/**
 * True when a negative pronoun ("nobody", "nothing") negates the word at `index` through a verb
 * the question does not ask (`asks` says which it does: its own, or one the term matcher takes
 * for it): the pronoun is its clause's subject and denies that the verb happened, so "nobody
 * would exploit an accident" denies the exploiting, not the accident. (A "not" or "no" before a
 * noun, "There are no bookings", "does not work with the old agent", keeps its reading.)
 */
function negatedThroughOtherVerb(
  tokens: readonly Token[],
  index: number,
  asks: (verb: Token) => boolean,
): boolean {
  // "nobody went on strike": a light verb's noun is its event, denied with it.
  if (!tokens[index]?.negated || carriedByLightVerb(tokens, index)) return false;
  let at = index - 1;
  let otherVerb = false;
  while (at >= 0 && tokens[at]!.negated) {
    const token = tokens[at]!;
    if (token.pos === 'VERB' && !asks(token)) otherVerb = true;
    at -= 1;
  }
  return otherVerb && tokens[at] !== undefined && NEGATIVE_PRONOUNS.has(tokens[at]!.normal);
}

/**
 * How many sentences after one stating a motion may record its fate, within its paragraph ("The
 * Tour Manager proposed… It was agreed that a hardship fund… The proposal was carried…"); set
 * once, not tuned.
 */
const MOTION_REACH = 3;
/** English's indefinite pronouns a question asks "anyone at all" with (a closed class). */
const INDEFINITE: ReadonlySet<string> = new Set(['anyone', 'anybody', 'anything']);
/**
 * How many sentences after one about the asked event may say that no one did what is asked
 * ("…the blaze was under control by 1.30am. No one was hurt."); set once, not tuned.
 */
const NOBODY_REACH = 3;
/** How many sentences after the best one may state its verdict (a listicle's item, then its comment). */
const VERDICT_REACH = 2;

/**
 * A sentence shortly after `best`, in its article, that negates an asked verb `best` does not
 * hold (a word it holds is already judged in `best`; a negated noun, "broke no rule", is no
 * verdict on what was asked); the question's names must be stated by `best`.
 */
function negatingNeighbour(
  evidence: Evidence,
  best: EvidenceSentence,
  negatedIn: (sentence: EvidenceSentence, verbs: boolean) => string[],
): EvidenceSentence | undefined {
  if (best.position < 0) return undefined;
  const held = new Set(best.parsed.tokens.map((token) => lemmatize(token.normal)));
  const names = new Set(
    evidence.analysis.terms.filter((term) => term.name).map((term) => term.token),
  );
  if (best.unstated.some((word) => names.has(word))) return undefined;
  return evidence
    .sentencesOf(best.document.docId, {
      from: best.position + 1,
      to: best.position + 1 + VERDICT_REACH,
    })
    .find((sentence) => negatedIn(sentence, true).some((lemma) => !held.has(lemma)));
}

/**
 * True when an asked word the question states as happening ("did Aurelian buy Brisa?") the
 * sentence states only after "to" ("ended talks to buy", "plans to buy"): English's
 * infinitive names an event without asserting it, so it says neither yes nor no.
 */
function onlyUnrealized(
  asked: readonly Token[],
  stated: readonly Token[],
  lemmas: ReadonlySet<string>,
): boolean {
  const afterTo = (tokens: readonly Token[], index: number) => tokens[index - 1]?.normal === 'to';
  return asked.some((token, index) => {
    const lemma = lemmatize(token.normal);
    if (token.pos !== 'VERB' || !lemmas.has(lemma) || afterTo(asked, index)) return false;
    const uses = stated.flatMap((other, at) => (lemmatize(other.normal) === lemma ? [at] : []));
    return uses.length > 0 && uses.every((at) => afterTo(stated, at));
  });
}

/**
 * Least share of the shorter word a derivation shares at its start (`sharesStem`): 0.6 lets
 * "acquire" stand for "acquisition" (5 of 7 letters), which the term matcher's 0.75 does not.
 * Not tuned: the one value tried, on the development sets (earnings' "Was the Lumio
 * acquisition paid in cash?" kept its "Yes").
 */
const DERIVATION_SHARE = 0.6;

/** English's words for no quantity at all, as a labelled line's value ("Injuries: none"). */
const NONE_VALUES: ReadonlySet<string> = new Set(['none', 'nil', 'zero', '0', 'nobody']);

/** Parts of speech whose words a "Yes" must state as such. */
const DESCRIBING = new Set(['NOUN', 'ADJ', 'NUM']);

/**
 * The question's common nouns, adjectives and figures that `sentence` does not state as such
 * (the word, or a derivation of it): a "Yes" asserts what was asked, and a word that is only
 * close in meaning ("appeal" for "trial") asserts something else. A verb may be a close
 * synonym ("blame", "accuse"): `AFFIRM_VERB` judges those; names, `unstated`.
 */
function notLiterallyStated(evidence: Evidence, sentence: EvidenceSentence): string[] {
  // The article's title says what each of its sentences is about ("Harbour museum reopens…":
  // "Entry will be free for children" is the museum's entry).
  const stated = [
    ...sentence.parsed.tokens.map((token) => lemmatize(token.normal)),
    ...tokenize(sentence.document.title).map(lemmatize),
  ];
  // Common nouns, adjectives and figures: what the question says of its names. Not "person"
  // or "people", which say of someone only that they are someone ("Was Stan Gorringe the
  // person who founded the league?" asks whether he founded it).
  const described = new Set(
    evidence.analysis.parsed.tokens
      .filter((token) => DESCRIBING.has(token.pos) && !/^\p{Lu}/u.test(token.text))
      .map((token) => lemmatize(token.normal))
      .filter((lemma) => !GENERIC_COUNT_LEMMAS.has(lemma)),
  );
  return evidence.analysis.terms
    .filter((term) => term.primary && !term.name && described.has(term.lemma))
    .filter(
      (term) =>
        !stated.some(
          (lemma) => lemma === term.lemma || sharesStem(lemma, term.lemma, DERIVATION_SHARE),
        ),
    )
    .map((term) => term.token);
}

/**
 * True when the word at `at` is a gerund, a noun however the tagger read it: an "-ing" verb after
 * a determiner or a preposition ("a programme for the reopening", "with reopening planned for
 * June"), or, with `compound`, after a noun it heads a compound with, a verb after it ("Was the
 * runway resurfacing finished…?").
 */
export function gerundAt(tokens: readonly Token[], at: number, compound = false): boolean {
  const before = tokens[at - 1]?.pos ?? '';
  return (
    tokens[at]!.pos === 'VERB' &&
    tokens[at]!.normal.endsWith('ing') &&
    (before === 'ADP' ||
      before === 'DET' ||
      // …heading the subject, the question's verb after it ("Were trains running…?" has none).
      (compound && before === 'NOUN' && tokens.slice(at + 1).some((token) => token.pos === 'VERB')))
  );
}

/**
 * True when an asked verb the sentence states only as a noun ("did she direct it?" — "the
 * original director"; "was it released?" — "calls for its release"): a noun names the event
 * or its agent without asserting that it happened, so it says neither yes nor no.
 */
function onlyNominalized(verbs: ReadonlySet<string>, stated: readonly Token[]): boolean {
  return [...verbs].some((lemma) => {
    const uses = stated.flatMap((other, at) => {
      const otherLemma = lemmatize(other.normal);
      return otherLemma === lemma || sharesStem(otherLemma, lemma, DERIVATION_SHARE) ? [at] : [];
    });
    // A noun a light verb carries states its event ("went on strike").
    const nominal = (at: number) => stated[at]!.pos === 'NOUN' || gerundAt(stated, at);
    return uses.length > 0 && uses.every((at) => nominal(at) && !carriedByLightVerb(stated, at));
  });
}

/**
 * True when an asked verb the sentence does not state among its words (and the nouns a light
 * verb carries: "went on strike"); a verb of paying is stated by an amount of money ("Was it
 * paid in cash?" — "agreed to acquire it for $310 million in cash").
 * - `close`: among its verbs, by the word, a derivation or a close synonym; a verb stated only
 *   by a noun says neither yes nor no ("were they freed?" — "called for the release of the
 *   guards held hostage"), as `onlyNominalized` says for the words themselves.
 * - `own`: by its own word, a derivation or a WordNet relation, in the sentence or its
 *   article's title, not only by a verb the word vectors put near it ("Was Ashcombe
 *   convicted?" — "has been charged with fraud"): close in use is not the same event, so it
 *   says no "Yes". The title states what each of its sentences is about ("…Agree to Appoint
 *   High-Ranking Officers…" for "have decided to station Colonel-rank officers").
 */
function askedVerbUnstated(
  evidence: Evidence,
  verbs: ReadonlySet<string>,
  sentence: EvidenceSentence,
  by: 'close' | 'own',
): boolean {
  const tokens = sentence.parsed.tokens;
  const text = tokens
    .filter(
      (token, at) =>
        (by === 'close' ? token.pos === 'VERB' : token.pos !== 'NOUN') ||
        carriedByLightVerb(tokens, at),
    )
    .map((token) => token.text)
    .join(' ');
  const unstated = (term: QuestionTerm) =>
    by === 'close'
      ? evidence.credit(term, text) < STATED_CREDIT
      : !evidence.states(term, text) && !evidence.states(term, sentence.document.title);
  return evidence.analysis.terms.some(
    (term) =>
      term.primary && verbs.has(term.lemma) && !paidByAmount(sentence, term) && unstated(term),
  );
}

/** True when the term is a verb of paying and the sentence gives an amount of money. */
function paidByAmount(sentence: EvidenceSentence, term: QuestionTerm): boolean {
  return (
    PRICE_VERBS.has(term.lemma) &&
    sentence.parsed.entities.some((entity) => entity.type === 'money')
  );
}

/**
 * The question's words (not names) the content words of the sentence (and of its article's
 * title, what the sentence is about) do not state: the term
 * matcher's word vectors put some function words near content words ("because" ≈ "hurt"),
 * which may rank a sentence but asserts nothing.
 */
function unstatedByContent(evidence: Evidence, sentence: EvidenceSentence): string[] {
  const words = tokenize(`${sentence.text} ${sentence.document.title}`).filter(
    (word) => !isStopword(word),
  );
  const content = words.join(' ');
  // An amount of money states the paying, as for `askedVerbUnstated`; a derivation states its
  // word ("acquire" the acquisition).
  const stated = (term: QuestionTerm) =>
    evidence.states(term, content) ||
    paidByAmount(sentence, term) ||
    words.some((word) => sharesStem(lemmatize(word), term.lemma, DERIVATION_SHARE));
  const framing = inVerbGroup(evidence.analysis.parsed.tokens);
  return evidence.analysis.terms
    .filter(
      (term) =>
        term.primary &&
        !term.name &&
        !framing.has(term.token) &&
        !GENERIC_COUNT_LEMMAS.has(term.lemma) &&
        (evidence.credit(term, content) < STATED_CREDIT || !stated(term)),
    )
    .map((term) => term.token);
}

/**
 * The question's adverbs inside its verb group, after its auxiliary and before its main verb
 * ("Did the inn ever get back…?", "Did the turbine actually break…?"): English puts adverbs of
 * frequency, stance and focus there, which ask whether at all, not how; a manner adverb follows
 * the verb ("did sales fall sharply?"). A "Yes" need not state them.
 */
function inVerbGroup(tokens: readonly Token[]): Set<string> {
  const auxiliary = tokens.findIndex((token) => token.pos === 'AUX');
  const words = new Set<string>();
  if (auxiliary < 0) return words;
  tokens.forEach((token, at) => {
    if (at <= auxiliary || token.pos !== 'ADV') return;
    let next = at + 1;
    while (tokens[next]?.pos === 'ADV') next += 1;
    if (tokens[next]?.pos === 'VERB') words.add(token.normal);
  });
  return words;
}

/** Parts of speech between a subject and its verb ("people will soon call"). */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/**
 * True when every use of an asked verb in the sentence has another subject than the question's
 * ("Did he call it a failure?" — "people will call it failure"): the word right before the
 * verb (past auxiliaries and adverbs) is a noun the question does not hold. A pronoun may
 * stand for the one asked about.
 */
function doneByOthers(
  verbs: ReadonlySet<string>,
  stated: readonly Token[],
  questionLemmas: ReadonlySet<string>,
  asked: readonly Token[],
): boolean {
  // "Was he found guilty?" leaves the doer open: an active sentence's subject ("A jury…
  // found Neil Ashcombe guilty") is whoever did it.
  const agentless =
    asked[0]?.pos === 'AUX' &&
    asked[0].lemma === 'be' &&
    asked.some((token) => token.pos === 'VERB' && verbs.has(lemmatize(token.normal))) &&
    !asked.some((token) => token.normal === 'by');
  const uses = stated.flatMap((token, at) =>
    token.pos === 'VERB' && verbs.has(lemmatize(token.normal)) ? [at] : [],
  );
  if (uses.length === 0) return false;
  return uses.every((at) => {
    // "…a letter to Tehran accusing Iran of inaction": a participle in "-ing" after a noun
    // qualifies an earlier noun phrase; the noun right before it is no subject.
    if (stated[at]!.normal.endsWith('ing')) return false;
    // "…a minibus, paid for by the Reaching Communities grant": a participle's agent after
    // "by" (past its particle) is who did it; asked whether young people pay, none of them.
    const agent = agentAfter(stated, at);
    // A pronoun ("by her") may stand for the one asked about.
    if (agent !== null && !agentless)
      return !agent.some(
        (token) => token.pos === 'PRON' || questionLemmas.has(lemmatize(token.normal)),
      );
    let before = at - 1;
    // "Unused days may be carried over": in the passive, the noun before the verb is what
    // the verb is done to, not who does it.
    const auxiliary = stated[before];
    const passive =
      auxiliary?.pos === 'AUX' && ['be', 'being'].includes(lemmatize(auxiliary.normal));
    while (before >= 0 && BETWEEN_SUBJECT_AND_VERB.has(stated[before]!.pos)) before -= 1;
    before = headBefore(stated, before);
    const subject = stated[before];
    const other =
      subject !== undefined &&
      (subject.pos === 'NOUN' || subject.pos === 'PROPN') &&
      !questionLemmas.has(lemmatize(subject.normal)) &&
      !nameRunAsked(stated, before, questionLemmas);
    if (!passive) return other && !agentless;
    // What it is done to may be the asked thing by another word ("Can I carry over unused
    // leave?" — "unused days may be carried over"), unless the sentence names the asked thing
    // apart from it: "Was the hospital rated Outstanding?" — "The maternity unit was rated
    // Outstanding, the only part of the hospital to…".
    return (
      other &&
      stated.some(
        (token, index) =>
          index !== before && token.pos === 'NOUN' && questionLemmas.has(lemmatize(token.normal)),
      )
    );
  });
}

/** Parts of speech of the words between "no" and the head of its noun phrase ("no still Pinot Noir"). */
const IN_DETERMINED: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'PROPN', 'NOUN', 'NUM']);

/** True when the determiner "no" opens the noun phrase the word at `index` is in. */
function determinedByNo(tokens: readonly Token[], index: number): boolean {
  let at = index - 1;
  while (at >= 0 && IN_DETERMINED.has(tokens[at]!.pos)) at -= 1;
  return tokens[at]?.normal === 'no' && tokens[at]!.pos === 'DET';
}

/** Parts of speech of an agent's noun phrase after "by" ("by the Reaching Communities grant"). */
const IN_AGENT: ReadonlySet<string> = new Set([
  'DET',
  'ADJ',
  'NUM',
  'NOUN',
  'PROPN',
  'PRON',
  // "by the Hollis and Dunn families": one phrase of two names.
  'CCONJ',
]);

/**
 * The nouns and pronouns of the noun phrase the verb at `at` names its doer by, after its "by"
 * (`doersOf`: "paid for by the grant"); null when no "by" follows the verb.
 */
function agentAfter(tokens: readonly Token[], at: number): Token[] | null {
  const from = doersOf(tokens, [at])[0]?.[0];
  if (from === undefined) return null;
  const agent: Token[] = [];
  // "by Wiltshire Council's planning committee": a possessive goes on to the phrase's head.
  const inAgent = (token: Token | undefined) =>
    token !== undefined && (IN_AGENT.has(token.pos) || isPossessiveMarker(token.normal));
  for (let next = from; inAgent(tokens[next]); next += 1)
    if (['NOUN', 'PROPN', 'PRON'].includes(tokens[next]!.pos)) agent.push(tokens[next]!);
  return agent.length > 0 ? agent : null;
}

/** Parts of speech inside a noun phrase before its head noun ("the 600 striking nurses", "Iran's"). */
const IN_NOUN_PHRASE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PART']);

/**
 * True when the word at `last` ends a name (a run of proper nouns) of which the question states
 * a word: "Did Kingsmere win…?" asks of "Kingsmere Rowing Club", whose last word is no other doer.
 */
function nameRunAsked(
  tokens: readonly Token[],
  last: number,
  questionLemmas: ReadonlySet<string>,
): boolean {
  for (let at = last; at >= 0 && tokens[at]!.pos === 'PROPN'; at -= 1)
    if (questionLemmas.has(lemmatize(tokens[at]!.normal))) return true;
  return false;
}

/**
 * The head of the subject whose last word is at `last`: a noun phrase after a preposition that
 * follows a noun is that noun's complement ("Around 600 nurses at Ashbury General Hospital
 * went…": the nurses went), so the head is the noun before the preposition.
 */
function headBefore(tokens: readonly Token[], last: number): number {
  let head = last;
  let at = last;
  for (;;) {
    while (at >= 0 && IN_NOUN_PHRASE.has(tokens[at]!.pos)) at -= 1;
    const governing = tokens[at - 1];
    if (tokens[at]?.pos !== 'ADP' || (governing?.pos !== 'NOUN' && governing?.pos !== 'PROPN'))
      return head;
    head = at - 1;
    at -= 1;
  }
}

/** Parts of speech of a word that may end a question as its predicate ("over", "off", "out"). */
const PARTICLE_POS: ReadonlySet<string> = new Set(['ADP', 'ADV', 'PART', 'ADJ']);

/**
 * The question's last word when it is a function word that says what is asked of its subject
 * ("Is the freeze over?", "Was the match called off?"), which the search drops as a stopword
 * but a "Yes" must state; null otherwise.
 */
function particlePredicate(tokens: readonly Token[]): string | null {
  const last = tokens.filter((token) => token.pos !== 'PUNCT').at(-1);
  return last && PARTICLE_POS.has(last.pos) && isStopword(last.normal) ? last.normal : null;
}

/**
 * Least share of the question's words a question the article asks itself must state to be the
 * one asked ("Is the freeze over?" for "Is the hiring freeze over?": half). Set once on an
 * interview of our own; no development set has such a question.
 */
const POSED_COVERAGE = 0.45;

/**
 * The verdict a reply opens with: "Yes" or "No" (the tokenizer may keep the full stop on the
 * word: "No. The lease…"), after a word set off by a comma ("Sorry, no.", "Well, yes."), or a
 * reply of "not" and no verb ("Not directly.", "Not yet."), English's elliptical no; null
 * otherwise.
 */
function replyVerdict(spoken: readonly Token[]): 'Yes' | 'No' | null {
  const tokens = withoutSpeaker(spoken);
  const word = (at: number) => tokens[at]?.normal.replace(/\W+$/u, '');
  const verdict = (at: number) => (word(at) === 'yes' ? 'Yes' : word(at) === 'no' ? 'No' : null);
  const first = verdict(0) ?? (tokens[1]?.text === ',' ? verdict(2) : null);
  if (first !== null) return first;
  const clause = tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX');
  if (word(0) === 'not' && !clause) return 'No';
  // English's short answer: a pronoun and the auxiliary the question asked with, nothing else
  // ("Would you live in Ellerbeck?" — "I do."; "I don't." a no).
  const words = tokens.filter((token) => token.pos !== 'PUNCT');
  const [subject, auxiliary, ...rest] = words;
  if (subject?.pos !== 'PRON' || auxiliary?.pos !== 'AUX') return null;
  if (rest.length === 0) return auxiliary.negated ? 'No' : 'Yes';
  return rest.length === 1 && rest[0]!.pos === 'PART' && /^(?:not|n't|n’t)$/u.test(rest[0]!.normal)
    ? 'No'
    : null;
}

/**
 * The tokens after a transcript's speaker label ("Q: Are prices going up?", "A: No."): one word
 * and a colon opening the line say who speaks, not what.
 */
function withoutSpeaker(tokens: readonly Token[]): readonly Token[] {
  return tokens[1]?.text === ':' && /^\p{Lu}\p{L}*$/u.test(tokens[0]?.text ?? '')
    ? tokens.slice(2)
    : tokens;
}

/** What leads the evidence when no sentence states the verdict. */
const NO_VERDICT = 'The articles do not say so in as many words; this is what they state:';

/** How many of the best sentences are searched for one stating the asked verb. */
const VERB_SEARCH = 5;

/**
 * True when the sentence states, not negated, the opposite of an asked verb or adjective it
 * does not state itself: "Did the barge owners win their petition?" — "…petitioned Parliament
 * and lost". Antonyms are WordNet's (a verb's in its most frequent senses); word vectors put a
 * word near its opposite, so the term matcher alone would read "lost" as stating "win".
 */
function statesOpposite(
  asked: readonly Token[],
  stated: readonly Token[],
  { antonyms, verbAntonyms, verbSynonyms }: YesNoOptions,
): boolean {
  const statedLemmas = new Set(stated.map((token) => lemmatize(token.normal)));
  const askedNames = new Set(
    asked.filter((token) => token.pos === 'PROPN').map((token) => token.normal),
  );
  return asked.some((token) => {
    const lemma = lemmatize(token.normal);
    if (statedLemmas.has(lemma) || isStopword(token.normal)) return false;
    const opposites =
      token.pos === 'VERB'
        ? (verbAntonyms?.(lemma) ?? [])
        : token.pos === 'ADJ'
          ? (antonyms?.(token.normal) ?? [])
          : [];
    // "Did the airport have to shut…?" — "the airport will remain open": a verb's word as an
    // adjective names the state it brings about, whose opposite a linking verb may state.
    const oppositeStates = token.pos === 'VERB' ? (antonyms?.(lemma) ?? []) : [];
    // Antonymy goes both ways, between senses: "lost the cup" is the opposite of keeping it
    // ("lose": "keep", in a frequent sense of "lose"), so of holding on to it ("hold": "keep").
    const askedSenses =
      token.pos === 'VERB' ? new Set([lemma, ...(verbSynonyms?.(lemma) ?? [])]) : new Set();
    const opposes = (other: Token) =>
      other.pos === 'VERB' &&
      (verbAntonyms?.(lemmatize(other.normal)) ?? []).some((word) => askedSenses.has(word));
    return stated.some(
      (other, at) =>
        (((other.pos === token.pos || (token.pos === 'ADJ' && predicative(stated, at))) &&
          (opposites.includes(lemmatize(other.normal)) ||
            opposites.includes(other.normal) ||
            opposes(other))) ||
          (other.pos === 'ADJ' &&
            afterLinkingVerb(stated, at) &&
            oppositeStates.includes(other.normal))) &&
        !inNegationScope(stated, at) &&
        asserted(stated, at) &&
        !doneByOther(stated, at, askedNames),
    );
  });
}

/**
 * True when a name the question does not give is the verb's subject, right before it ("Graham
 * Hollis has lost the seat", asked whether Hannah Byrne won one): the opposite is another's.
 */
function doneByOther(
  tokens: readonly Token[],
  at: number,
  askedNames: ReadonlySet<string>,
): boolean {
  let before = at - 1;
  while (tokens[before]?.pos === 'AUX' || tokens[before]?.pos === 'ADV') before -= 1;
  const name: Token[] = [];
  while (tokens[before]?.pos === 'PROPN') name.push(tokens[before--]!);
  return name.length > 0 && !name.some((word) => askedNames.has(word.normal));
}

/**
 * True when the sentence asserts the verb at `at`: not an infinitive ("has promised to keep
 * any rise to 3%", a plan, not what was done) nor a modal's verb ("will keep"), which English
 * uses for what is intended, possible or foretold.
 */
function asserted(tokens: readonly Token[], at: number): boolean {
  let before = at - 1;
  while (tokens[before]?.pos === 'ADV') before -= 1;
  const word = tokens[before];
  if (word === undefined) return true;
  if (word.normal === 'to' && word.pos === 'PART') return false;
  return !isModal(word);
}

/**
 * True when the verb at `at` is a participle after a form of "be" ("It is closed on Mondays"):
 * English uses it as an adjective, the opposite of an asked adjective ("open").
 */
function predicative(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return (
    tokens[at]?.pos === 'VERB' &&
    before?.pos === 'AUX' &&
    before.lemma === 'be' &&
    /(?:ed|en)$/u.test(tokens[at]!.normal)
  );
}

/** English's linking verbs of a lasting state (a closed class): "is open", "remained open", "stays shut". */
const STATE_VERBS: ReadonlySet<string> = new Set(['be', 'remain', 'stay']);

/** True when the adjective at `at` follows a linking verb of state, past adverbs ("will remain open"). */
function afterLinkingVerb(tokens: readonly Token[], at: number): boolean {
  let before = at - 1;
  while (tokens[before]?.pos === 'ADV') before -= 1;
  const verb = tokens[before];
  return (
    verb !== undefined &&
    ['AUX', 'VERB'].includes(verb.pos) &&
    STATE_VERBS.has(lemmatize(verb.normal))
  );
}

/**
 * True when the sentence states an asked year only in a phrase of comparison ("Turnover
 * recovered to £7.7 million, from £6.1 million in 2020, and the firm returned to a profit"):
 * what its main clause says is of another time, no Yes to "did the firm make a profit in 2020?".
 */
function yearOnlyCompared(asked: readonly (readonly number[])[], text: string): boolean {
  if (asked.length === 0) return false;
  const stated = yearsIn(text);
  const outside = yearsIn(withoutComparisons(text));
  return asked.some(
    (group) =>
      group.some((year) => stated.includes(year)) && !group.some((year) => outside.includes(year)),
  );
}

/** Parts of speech that end the phrase after a verb that may date it: another clause. */
const ENDS_VERB_PHRASE: ReadonlySet<string> = new Set(['PUNCT', 'SCONJ', 'VERB', 'AUX']);

/**
 * True when every use of an asked verb in the sentence is dated, in the phrase after it, to
 * years the question does not ask: "…broke down repeatedly during the 2016 and 2017 harvests"
 * is no "Yes" to "Did it break down during the 2019 harvest?", whatever the article's date.
 */
function datedToOtherYears(
  verbs: ReadonlySet<string>,
  stated: readonly Token[],
  asked: readonly (readonly number[])[],
): boolean {
  if (asked.length === 0) return false;
  const askedYears = new Set(asked.flat());
  const uses = stated.flatMap((token, at) =>
    token.pos === 'VERB' && verbs.has(lemmatize(token.normal)) ? [at] : [],
  );
  return (
    uses.length > 0 &&
    uses.every((at) => {
      let end = at + 1;
      while (end < stated.length && !ENDS_VERB_PHRASE.has(stated[end]!.pos)) end += 1;
      const years = yearsIn(
        stated
          .slice(at + 1, end)
          .map((token) => token.text)
          .join(' '),
      );
      return years.length > 0 && !years.some((year) => askedYears.has(year));
    })
  );
}

/** WordNet's antonyms and adverbs of several words, when the server has WordNet. */
export interface YesNoOptions extends ReportedTextOptions {
  antonyms?: ((adjective: string) => readonly string[]) | undefined;
  verbAntonyms?: ((verb: string) => readonly string[]) | undefined;
  verbSynonyms?: ((verb: string) => readonly string[]) | undefined;
  verbKinds?: ((verb: string) => readonly string[]) | undefined;
  isAdverb?: ((words: readonly string[]) => boolean) | undefined;
}

/**
 * True when the question uses an adverb of several words the sentence does not write ("Did the
 * bridge open on time?" — "opened … two years late"): the search sets them aside as framing,
 * but a "Yes" asserts how, as well as what, was asked.
 */
function leavesAdverbUnstated(
  question: readonly Token[],
  sentence: string,
  isAdverb: (words: readonly string[]) => boolean,
): boolean {
  const text = sentence.toLowerCase();
  return adverbPhrases(
    question.map((token) => token.normal),
    isAdverb,
  ).some((phrase) => !text.includes(phrase.join(' ')));
}

/** English's modals of permission, as a yes/no question opens with them ("Can I…?", "May we…?"). */
const PERMISSION_MODALS: ReadonlySet<string> = new Set(['can', 'may', 'could']);
/** The personal pronouns a question asks for permission of: the one asking, or anyone. */
const ASKING_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you']);

/** True when the question asks whether the one asking may do something: "Can I bring my dog?". */
function asksPermission(tokens: readonly Token[]): boolean {
  return (
    tokens[0]?.pos === 'AUX' &&
    PERMISSION_MODALS.has(tokens[0].normal) &&
    ASKING_SUBJECTS.has(tokens[1]?.normal ?? '')
  );
}

/**
 * True when the question asks permission and the sentence's main clause denies its subject, a
 * thing asked (`asked`, lemmas of words not names): "Can I take my dog to the Kessel Hut?" —
 * "Dogs are not allowed in the Kessel Hut…" denies it, whatever its verb.
 */
function deniesPermission(
  question: readonly Token[],
  sentence: readonly Token[],
  asked: ReadonlySet<string>,
): boolean {
  return (
    asksPermission(question) &&
    mainClauseNegated(sentence) &&
    [...mainSubject(sentence)].some((lemma) => asked.has(lemma))
  );
}

/** Parts of speech of a noun phrase's words before its head and the head itself. */
const IN_SUBJECT: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The words (lemmas) of a yes/no question's subject: the noun phrase after its opening
 * auxiliary ("Is **the new play area** open…?", "Is **Larkspur 3.0** still under the MIT
 * licence?", "Is **Daniel Okwuosa** the first director…?"), to its head noun; an adjective after
 * a noun is the predicate's.
 */
export function questionSubject(tokens: readonly Token[]): string[] {
  const words = tokens.filter((token) => token.pos !== 'PUNCT');
  if (words[0]?.pos !== 'AUX') return [];
  let at = words[1]?.pos === 'DET' ? 2 : 1;
  const subject: string[] = [];
  let noun = false;
  for (; at < words.length; at += 1) {
    const token = words[at]!;
    if (!IN_SUBJECT.has(token.pos) || (token.pos === 'ADJ' && noun)) break;
    noun ||= token.pos !== 'ADJ';
    // Through the shared tokenizer, as the question's terms are ("3.0": "3", "0").
    subject.push(...tokenize(token.normal).map(lemmatize));
  }
  return noun ? subject : [];
}

/** Sentences before the best one that may name its subject: what its pronouns point back to. */
const SUBJECT_REACH = 2;

/**
 * Words of an asked name the sentence states by another word of that name: a person named in
 * full once is then named by one of its words ("Helen becomes the trust's third permanent chief
 * executive", in the release appointing Helen Osei), so a word of an asked name of two words or
 * more is stated when another word of it is and the article writes it too.
 */
function namedInPart(evidence: Evidence, sentence: EvidenceSentence): (word: string) => boolean {
  const own = new Set(sentence.parsed.tokens.map((token) => token.normal));
  return (word) =>
    evidence.analysis.constraints.names.some(
      (name) =>
        name.length > 1 &&
        name.includes(word) &&
        name.some((other) => other !== word && own.has(other)) &&
        evidence.articleWords(sentence.document).has(word),
    );
}

/**
 * Words of an asked name the sentence states as its writer's "we": "…has stayed on with us as
 * assistant cidermaker", in Pennyhill Farm Cider's harvest report, is Pennyhill's keeping him on,
 * the group the article's credit lines name (`creditedWriter`).
 */
function namedAsWriter(evidence: Evidence, sentence: EvidenceSentence): (word: string) => boolean {
  return (word) =>
    evidence.analysis.constraints.names.some(
      (name) => name.includes(word) && creditedWriter(sentence.text, sentence.document, name),
    );
}

/**
 * The first of `sentences` that is a line labelled with every common word asked and valued by
 * an answer word ("Suitable for vegetarians: No"), of the thing the question names (stated
 * above it), with that answer; null when none is.
 */
function labelledAnswer(
  evidence: Evidence,
  sentences: readonly EvidenceSentence[],
): { sentence: EvidenceSentence; answer: 'Yes' | 'No' } | null {
  for (const sentence of sentences) {
    const labelled = valueLabelledBy(sentence.text, () => true);
    const answer = labelled === null ? null : answerWordOf(labelled.value);
    if (
      answer !== null &&
      labelStates(evidence, sentence.text.slice(0, labelled!.start)) &&
      !nameLeftUnsaid(evidence, sentence)
    )
      return { sentence, answer };
  }
  return null;
}

/**
 * True when a label (the words before a line's colon) states every common word the question
 * asks ("Suitable for vegetarians" of "Is Arkendale Crumbly suitable for vegetarians?"); the
 * names are what the sheet is about, stated above it (`nameLeftUnsaid`).
 */
function labelStates(evidence: Evidence, label: string): boolean {
  const asked = evidence.analysis.terms.filter((term) => term.primary && !term.name);
  return asked.length > 0 && asked.every((term) => evidence.states(term, label));
}

/** The sentence's words and its article's title's, lower-cased: where a name is stated. */
function wordsWithTitle(sentence: EvidenceSentence): Set<string> {
  return new Set([
    ...sentence.parsed.tokens.map((token) => token.normal),
    ...tokenize(sentence.document.title),
  ]);
}

/**
 * True when a name the question asks of is neither in the sentence, its article's title, nor
 * the sentences just before it (a fact sheet names its subject once, above its lines).
 */
function nameLeftUnsaid(evidence: Evidence, sentence: EvidenceSentence): boolean {
  const context = subjectFromContext(evidence, sentence);
  const own = wordsWithTitle(sentence);
  return evidence.analysis.terms.some(
    (term) => term.primary && term.name && !own.has(term.token) && !context.has(term.lemma),
  );
}

/**
 * True when a name the question asks of is in neither the sentence nor its article's title,
 * and no pronoun of the sentence points back to it: "The club's new chair is the first to come
 * from a science centre", after "Alice Carter was elected treasurer", is nothing of Alice's.
 */
function nameLeftBehind(evidence: Evidence, sentence: EvidenceSentence): boolean {
  const own = wordsWithTitle(sentence);
  const partly = namedInPart(evidence, sentence);
  const credited = namedAsWriter(evidence, sentence);
  const left = evidence.analysis.terms.some(
    (term) =>
      term.primary &&
      term.name &&
      !own.has(term.token) &&
      !partly(term.token) &&
      !credited(term.token),
  );
  return left && !sentence.parsed.tokens.some((token) => THIRD_PERSON_PRONOUNS.has(token.normal));
}

/**
 * The question's subject words the sentence leaves to what comes before it: its article's
 * title or the sentences just before ("Daniel Okwuosa has been named director. … He is the
 * museum's first director to come from a science centre"). A name so left needs a pronoun in
 * the sentence pointing back to it (`nameLeftBehind`).
 */
function subjectFromContext(evidence: Evidence, sentence: EvidenceSentence): Set<string> {
  const subject = questionSubject(evidence.analysis.parsed.tokens);
  if (subject.length === 0) return new Set();
  const own = new Set(sentence.parsed.tokens.map((token) => lemmatize(token.normal)));
  const before = evidence
    .sentencesOf(sentence.document.docId, {
      from: sentence.position - SUBJECT_REACH,
      to: sentence.position,
    })
    .map((other) => other.text);
  const title = new Set(tokenize(sentence.document.title).map(lemmatize));
  const context = new Set(tokenize(before.join(' ')).map(lemmatize));
  const names = new Set(
    evidence.analysis.terms.filter((term) => term.name).map((term) => term.lemma),
  );
  // A name is stated by any of its words ("Dr Okwuosa" for "Daniel Okwuosa").
  const subjectNames = subject.filter((word) => names.has(word));
  const namedIn = (words: ReadonlySet<string>) => subjectNames.some((word) => words.has(word));
  return new Set(
    subject.filter((word) => {
      if (own.has(word)) return false;
      if (!names.has(word)) return title.has(word) || context.has(word);
      // What the title names, each sentence is about; a sentence before, through a pronoun
      // (`nameLeftBehind`).
      return namedIn(title) || namedIn(context);
    }),
  );
}

/**
 * The sentences from `from` to `to` (exclusive) places after `sentence` (before it, when
 * negative) that stand in its paragraph: in minutes, its item.
 */
function inItsParagraph(
  evidence: Evidence,
  sentence: EvidenceSentence,
  from: number,
  to: number,
): EvidenceSentence[] {
  return evidence
    .sentencesOf(sentence.document.docId, {
      from: sentence.position + from,
      to: sentence.position + to,
    })
    .filter((other) => sameParagraph(sentence, other));
}

/**
 * The motion's fate minutes record for `sentence`: in it, or in one of the MOTION_REACH
 * sentences after it in its paragraph (its item); undefined when none records one.
 */
function recordedFate(
  evidence: Evidence,
  sentence: EvidenceSentence,
): { other: EvidenceSentence; fate: 'carried' | 'lost' } | undefined {
  for (const other of [sentence, ...inItsParagraph(evidence, sentence, 1, 1 + MOTION_REACH)]) {
    const fate = motionOutcome(other.parsed.tokens);
    if (fate !== null) return { other, fate };
  }
  return undefined;
}

/** The verdict a recorded fate gives, led by the sentence recording it, after the motion's own. */
function fateDraft(
  sentence: EvidenceSentence,
  stated: { other: EvidenceSentence },
  verdict: 'Yes' | 'No',
): Draft {
  const parts = stated.other === sentence ? [sentence] : [sentence, stated.other];
  return {
    lead: verdict,
    leadSentence: stated.other,
    parts: parts.map((part) => ({ sentence: part })),
  };
}

export function composeYesNo(evidence: Evidence, options: YesNoOptions = {}): Draft {
  // The verdict is in the sentence that states what is asked ("would not appeal"), when one
  // of the best does; otherwise in the best.
  // Better still, one stating every word asked besides names ("Does Little Pho take
  // bookings?" — "There are no bookings", not the sentence describing the bar).
  const described = new Set(
    evidence.analysis.terms.filter((term) => term.primary && !term.name).map((term) => term.token),
  );
  // "Is the hiring freeze over?" of an interview asking "**Is the freeze over?**": what
  // follows the article's own question answers it, with its verdict when it opens with one
  // ("No. We…").
  // It must ask for a yes or a no as the user does: open with an auxiliary and state the
  // particle the user's question ends with.
  const predicate = particlePredicate(evidence.analysis.parsed.tokens);
  const posed = evidence.sentences.slice(0, VERB_SEARCH).find((sentence) => {
    const words = withoutSpeaker(sentence.parsed.tokens).filter(
      (token) => !['PUNCT', 'SYM'].includes(token.pos),
    );
    return (
      asksItself(sentence) &&
      words[0]?.pos === 'AUX' &&
      (predicate === null || words.some((token) => token.normal === predicate)) &&
      sentence.unmet === null &&
      sentence.ownCoverage >= POSED_COVERAGE
    );
  });
  const answer = posed ? answerAfter(evidence, posed) : [];
  // The question's words that are no names (lemmas): what a permission denied is of.
  const askedThings = new Set(
    evidence.analysis.terms.filter((term) => term.primary && !term.name).map((term) => term.lemma),
  );
  if (posed && answer.length > 0) {
    const reply = answer[0]!.parsed.tokens;
    // "Can I bring my dog?" — "Dogs are not permitted, …": a reply denying a thing asked for
    // permission says no.
    const opening =
      replyVerdict(reply) ??
      (deniesPermission(evidence.analysis.parsed.tokens, reply, askedThings) ? 'No' : null);
    const parts = [posed, ...answer].map((sentence) => ({ sentence }));
    return opening !== null
      ? { lead: opening, leadSentence: answer[0], parts }
      : { lead: NO_VERDICT, parts };
  }
  const { analysis } = evidence;
  // The question's verbs asked to have happened: not a complement another verb takes
  // ("recommend approving", "agree to pay"), whose event the sentence may name as a noun
  // ("recommended approval").
  const questionTokens = analysis.parsed.tokens;
  // A gerund of the question is a noun ("Was the runway resurfacing finished…?"), and a
  // participle inside a noun phrase an adjective ("become a charitable incorporated
  // organisation").
  const verbsAt = questionTokens.flatMap((token, index) =>
    token.pos === 'VERB' &&
    !gerundAt(questionTokens, index, true) &&
    !attributiveParticiple(questionTokens, index)
      ? [index]
      : [],
  );
  const askedVerbs = new Set(verbsAt.map((at) => lemmatize(questionTokens[at]!.normal)));
  const taken = (at: number) =>
    (questionTokens[at - 1]?.pos === 'VERB' && !gerundAt(questionTokens, at - 1, true)) ||
    (questionTokens[at - 1]?.normal === 'to' && questionTokens[at - 2]?.pos === 'VERB');
  // "Was Fenwright elected unopposed when he became chair?": a clause of time presupposes its
  // event and asks of the main clause's; its verb is not asked to have happened.
  const { inClause: askedTime, outside: askedOutsideTime } = lemmasByTimeClause(questionTokens);
  const presupposed = (lemma: string) => askedTime.has(lemma) && !askedOutsideTime.has(lemma);
  const assertedVerbs = new Set(
    verbsAt.filter((at) => !taken(at)).map((at) => lemmatize(questionTokens[at]!.normal)),
  );
  // What a "Yes" must state: the asserted verbs but the presupposed (the best sentence is
  // still chosen by all of them: the clause picks out which event is asked of).
  // "Did the rower taken to hospital after the capsize recover fully?": a participle clause on
  // the subject says which one is meant; what it says is presupposed, as a clause of time's.
  const describing = modifierOnlyLemmas(questionTokens);
  const mainVerbs = new Set(
    [...assertedVerbs].filter((lemma) => !presupposed(lemma) && !describing.has(lemma)),
  );
  // A question asserts nothing: "Will the cap stay?" says neither yes nor no.
  const stating = evidence.eligible.filter((sentence) => !endsAsking(sentence.text));
  const candidates = stating
    .slice(0, VERB_SEARCH)
    .filter((sentence) => sentence.verbCoverage >= STATES_VERB);
  const statesAll = (sentence: EvidenceSentence) =>
    !sentence.unstated.some((word) => described.has(word));
  // A sentence stating the asked event as a verb says whether it happened ("Quenneville will
  // not direct Crownfire"); one naming it by a noun ("original director Quenneville left…")
  // does not.
  const statesEvent = (sentence: EvidenceSentence) =>
    !onlyNominalized(assertedVerbs, sentence.parsed.tokens) &&
    !askedVerbUnstated(evidence, assertedVerbs, sentence, 'close');
  const best =
    candidates.find((sentence) => statesAll(sentence) && statesEvent(sentence)) ??
    candidates.find(statesAll) ??
    candidates[0] ??
    stating[0] ??
    evidence.eligible[0];
  if (!best) return { parts: [] };
  // "Suitable for vegetarians: No": a fact sheet's line labelled with the words asked answers
  // by its answer word, wherever among the best it stands (a sheet's short lines rank alike).
  if (!analysis.negated) {
    const labelled = labelledAnswer(evidence, stating.slice(0, VERB_SEARCH));
    if (labelled)
      return {
        lead: labelled.answer,
        leadSentence: labelled.sentence,
        parts: [{ sentence: labelled.sentence }],
      };
  }
  // "Was the vote unanimous?": the tally closing the item of one of the best sentences (minutes
  // record "Agreed, with one abstention." after the proposal) settles it.
  if (asksUnanimity(questionTokens)) {
    const tally = minutedUnanimity(evidence, stating.slice(0, VERB_SEARCH), questionTokens);
    if (tally) return fateDraft(tally.sentence, { other: tally.closing }, tally.verdict);
  }
  // "Was Councillor Ormerod's amendment passed?" — "…moved an amendment to retain both engines
  // at Stowbridge. The amendment was lost by 5 votes to 9.": minutes record a motion's fate in
  // the sentence that states it or one after it in its paragraph (its item).
  const askedFate = analysis.negated ? null : askedMotionOutcome(questionTokens);
  if (askedFate !== null)
    for (const sentence of stating.slice(0, VERB_SEARCH)) {
      // Of the motion asked about: a sentence stating it as well as a "Yes" must.
      if (sentence.coverage < AFFIRM_COVERAGE) continue;
      const stated = recordedFate(evidence, sentence);
      if (!stated) continue;
      return fateDraft(sentence, stated, stated.fate === askedFate ? 'Yes' : 'No');
    }
  // "Were hosepipes allowed at Millpond Lane?" — "A motion from Millpond Lane plot holders to
  // allow hosepipes at that site on weekday evenings was defeated by 48 votes to 22.": a motion
  // to do what is asked did it when it went through, and did not when it fell.
  const doneByMotion = analysis.negated ? [] : [...mainVerbs];
  if (doneByMotion.length > 0)
    for (const sentence of stating.slice(0, VERB_SEARCH)) {
      if (sentence.coverage < AFFIRM_COVERAGE) continue;
      const proposed = motionVerbs(sentence.parsed.tokens);
      if (!doneByMotion.some((lemma) => proposed.has(lemma))) continue;
      const stated = recordedFate(evidence, sentence);
      if (!stated) continue;
      return fateDraft(sentence, stated, stated.fate === 'carried' ? 'Yes' : 'No');
    }
  // "Did the committee approve buying CCTV in March 2024?" — "The Chair proposed the purchase of
  // two trail cameras and a small solar-powered CCTV system… Carried by 7 votes to 2.": a body's
  // approving what an item of the minutes states is that item's recorded fate, told after it.
  if (!analysis.negated && asksApprovalOfThing(questionTokens))
    for (const sentence of stating.slice(0, VERB_SEARCH)) {
      if (sentence.coverage < AFFIRM_COVERAGE) continue;
      const stated = recordedFate(evidence, sentence);
      if (!stated || stated.other === sentence) continue;
      return fateDraft(sentence, stated, stated.fate === 'carried' ? 'Yes' : 'No');
    }
  // "Was the boathouse finished on time?" — "…finished in September 2022, two months behind
  // schedule": a deviation from the plan the question asks of settles it.
  const askedDeviation = analysis.negated ? null : statedDeviation(questionTokens);
  const askedDeviationWords = deviationWords(questionTokens);
  if (askedDeviation !== null)
    for (const sentence of stating.slice(0, VERB_SEARCH)) {
      // Of the asked event: "made her first crossing … later than planned" says nothing of
      // whether she arrived on time.
      if (sentence.verbCoverage < AFFIRM_VERB) continue;
      const stated = statedDeviation(sentence.parsed.tokens);
      const verdict = stated === null ? null : deviationVerdict(askedDeviation, stated);
      // A "Yes" asserts every word asked: "finishing the foundations early" is no "Yes" to
      // "finishing the roof early?".
      // The asked deviation's own words are what the verdict reads ("paid off early?" —
      // "…repaid more than a year ahead of schedule").
      const beyond = (words: readonly string[]) =>
        words.filter((word) => !askedDeviationWords.has(word.toLowerCase()));
      if (
        verdict === 'Yes' &&
        (beyond(sentence.unstated).length > 0 ||
          beyond(notLiterallyStated(evidence, sentence)).length > 0)
      )
        continue;
      if (verdict !== null) return { lead: verdict, leadSentence: sentence, parts: [{ sentence }] };
    }
  const lemmas = new Set(analysis.terms.filter((term) => term.primary).map((term) => term.lemma));
  // The asked word a sentence's word states: itself, or, for a common noun of the sentence, a
  // close synonym of a word asked besides names and figures ("supporters" for "fans"), as the
  // term matcher judges. Only the sentence's nouns: the word vectors put verbs near their
  // opposites ("stop" ≈ "keep") and function words near anything, and a negated opposite is
  // no "No". (The question's own tags are not trusted: "Were fans in…" tags "fans" a verb.)
  const askedNouns = analysis.terms.filter(
    (term) => term.primary && !term.name && !/\d/u.test(term.token) && !isStopword(term.token),
  );
  const names = new Set(analysis.terms.filter((term) => term.name).map((term) => term.lemma));
  const askedAs = (token: Token): string | null => {
    const lemma = lemmatize(token.normal);
    if (lemmas.has(lemma)) return lemma;
    if (token.pos !== 'NOUN' || isStopword(token.normal)) return null;
    const close = askedNouns.find((term) => evidence.credit(term, token.normal) >= STATED_CREDIT);
    return close ? close.lemma : null;
  };
  // A verb of the sentence the question asks: its own, or one the term matcher takes for it.
  const askedVerbTerms = analysis.terms.filter(
    (term) => term.primary && assertedVerbs.has(term.lemma),
  );
  const asksVerb = (verb: Token) =>
    lemmas.has(lemmatize(verb.normal)) ||
    askedVerbTerms.some((term) => evidence.credit(term, verb.normal) >= STATED_CREDIT);
  /** The asked words a sentence negates (lemmas); with `verbs`, only those it uses as verbs. */
  // The question's words (lemmas): what a negated adjective's noun must be to be asked of.
  const askedWords = new Set(questionTokens.map((token) => lemmatize(token.normal)));
  // "Was the fell race cancelled?" asks of the calling off itself: a sentence stating it does
  // not deny what is asked.
  const asksCeasing = [...askedVerbs].some((verb) => CEASING.has(verb));
  const calledOff = (tokens: readonly Token[], index: number) => {
    const verb = ceasedAsSubject(tokens, index);
    return verb >= 0 && !asksCeasing && !asksVerb(tokens[verb]!);
  };
  const negatedIn = (sentence: EvidenceSentence, verbs = false): string[] => {
    const tokens = sentence.parsed.tokens;
    return tokens.flatMap((token, index) => {
      if (verbs && token.pos !== 'VERB') return [];
      // A negative prefix: "unannounced", "non-binding".
      const prefix = /^(un|non-?|dis)(\p{L}{4,})$/u.exec(token.normal);
      const base = prefix ? lemmatize(prefix[2]!) : null;
      if (base !== null && lemmas.has(base))
        return modifiesOther(tokens, index, askedWords) ? [] : [base];
      const lemma = askedAs(token);
      if (lemma === null) return [];
      // "the Tollbridge Ceramics Festival, which was due to take place on 11–12 July, has been
      // cancelled": a name that is itself the subject of a verb of calling off (its last word
      // before the verb's auxiliary or an aside's comma) did not go on.
      const nameEnds = tokens[index + 1]?.normal === ',' || tokens[index + 1]?.pos === 'AUX';
      if (token.pos === 'PROPN' && nameEnds && calledOff(tokens, index)) return [lemma];
      // A name negated ("did not meet Baqeri") is what the negated verb is about: the verdict
      // is the verb's or the noun's the question asks of it. Unless "no" determines the name's
      // own phrase ("…and no still Pinot Noir at all this year"): there is none of it.
      if (names.has(lemma)) return determinedByNo(tokens, index) ? [lemma] : [];
      // "It wouldn't have hurt": what would (not) have been says nothing of what was.
      if (inCounterfactualAt(tokens, index)) return [];
      // After a verb of ceasing ("stop selling"), what is asked stops; after a negated one ("no
      // plans to stop selling") it goes on: two negations.
      const ceasedAt = ceasedBy(tokens, index);
      const ceasing = tokens[ceasedAt];
      if (ceasing !== undefined && !lemmas.has(lemmatize(ceasing.normal))) {
        // "stopped the company from enrolling new patients": a noun stops with the verb it is
        // the object of, which the question may not ask ("Were the patients taking it?").
        const between = tokens.slice(ceasedAt + 1, index);
        const otherVerb =
          tokens[index]!.pos === 'NOUN' &&
          between.some((word) => word.pos === 'VERB' && !lemmas.has(lemmatize(word.normal)));
        if (otherVerb) return [];
        return ceasing.negated ? [] : [lemma];
      }
      // "An outdoor performance planned for the Fish Market … was abandoned": what is asked
      // of, called off, did not happen.
      if ((token.pos === 'NOUN' || token.pos === 'ADJ') && calledOff(tokens, index)) return [lemma];
      // A noun negated as the object of a verb the question does not ask ("hoped nobody would
      // exploit an accident", asked whether the accident's investigators concluded…) is what
      // that verb is about: the verdict is the verb's, as for a name.
      if (token.pos === 'NOUN' && negatedThroughOtherVerb(tokens, index, asksVerb)) return [];
      // A negation inside a relative clause after a pronoun picks out whom the sentence speaks
      // of ("those of you who haven't seen the new lights"), not what it asserts.
      if (negatedInRelativeClause(tokens, index)) return [];
      // In the scope of "not"/"no"/"never", after "yet to" ("yet to be announced"), or after a
      // verb that asserts its complement did not happen ("refused to remove").
      return inNegationScope(tokens, index) ||
        (tokens[index - 2]?.normal === 'yet' && tokens[index - 1]?.normal === 'to') ||
        (tokens[index - 3]?.normal === 'yet' && tokens[index - 2]?.normal === 'to') ||
        deniedByImplicative(tokens, index)
        ? [lemma]
        : [];
    });
  };
  const tokens = best.parsed.tokens;
  // "Those who did not pay the charge were fined": an asked word negated inside a relative
  // clause after a pronoun is neither asserted nor denied ("Did residents pay the charge?").
  const negatedInRelative = tokens.some(
    (token, index) => askedAs(token) !== null && negatedInRelativeClause(tokens, index),
  );
  // "Was the deal reached without industrial action?" — "…accepted…, without any industrial
  // action": what the question itself negates, negated, is as asked. "Did anyone lose their
  // job when the shop closed?" — "Nobody could have foreseen that the store would close": the
  // clause of time dates what is asked, and its verb negated is no verdict on it.
  const negatedAsked = new Set(
    analysis.negated
      ? []
      : questionTokens.flatMap((token) => (token.negated ? [lemmatize(token.normal)] : [])),
  );
  const negatedMatch = negatedIn(best).some(
    (lemma) => !negatedAsked.has(lemma) && (askedTime.size === 0 || askedOutsideTime.has(lemma)),
  );
  const numbers = analysis.constraints.numbers;
  // The sentence's digits but its dates' and times' ("HARBOURTON, 3 May 2021 -" states no 3).
  const undated = [...best.parsed.entities]
    .filter((entity) => ['date', 'time', 'year'].includes(entity.type))
    .sort((a, b) => b.start - a.start)
    .reduce(
      (text, entity) => text.slice(0, entity.start) + ' ' + text.slice(entity.end),
      best.text,
    );
  const digits = undated.replace(/[,\s]/gu, '');
  // Another figure contradicts the asked one only when it is of the same kind: "a 100%
  // discount" says nothing of "the £500 payment".
  const askedKinds = new Set(
    analysis.parsed.entities
      .filter((entity) => FIGURE_ENTITIES.has(entity.type))
      .map((entity) => entity.type),
  );
  // …and counts the same thing: "two largest layouts" says nothing of "my 12-year-old".
  const askedCounted = new Set(
    analysis.parsed.entities.flatMap((entity) =>
      FIGURE_ENTITIES.has(entity.type) ? (countedWord(questionTokens, entity) ?? []) : [],
    ),
  );
  const figures = best.parsed.entities.filter((entity) => {
    if (!FIGURE_ENTITIES.has(entity.type)) return false;
    if (askedKinds.size > 0 && !askedKinds.has(entity.type)) return false;
    const counted = countedWord(tokens, entity);
    return askedCounted.size === 0 || counted === null || askedCounted.has(counted);
  });
  const contradicts =
    numbers.length > 0 && numbers.some((number) => !digits.includes(number)) && figures.length > 0;
  // "Did she vote for the budget?" against "…voted against it": the stance is the opposite.
  const stance = (list: typeof tokens) =>
    list.flatMap((token, index) => {
      // The tagger may read a question's bare verb as a noun ("did she vote for").
      if (token.pos !== 'VERB' && token.pos !== 'NOUN') return [];
      const taken = stanceOf(list, index);
      return taken ? [{ verb: lemmatize(token.normal), stance: taken }] : [];
    });
  const asked = stance(analysis.parsed.tokens);
  const opposed =
    stance(tokens).some((stated) =>
      asked.some(
        (ask) => ask.verb === stated.verb && OPPOSITE_STANCE[ask.stance] === stated.stance,
      ),
    ) || standsAgainstAsked(analysis.parsed.tokens, tokens, askedThings);
  const parts = [{ sentence: best }];
  // The question's words (lemmas), as the checks of a "Yes" read them.
  const questionLemmas = new Set(analysis.parsed.tokens.map((token) => lemmatize(token.normal)));
  // Who the question asks of: its own words, and the names an earlier turn gave that its
  // pronouns stand for ("Did she also vote against…?" after "Trustee Sunita Rao…").
  const askedOf = new Set([
    ...questionLemmas,
    ...analysis.terms.filter((term) => term.name && !term.primary).map((term) => term.lemma),
  ]);
  // "Did the trust refuse to remove them?" asks of the negative, as "didn't it remove them?"
  // does; "did it accuse Tehran of failing to act?" asks of an accusation, whatever it says.
  const askedNegative =
    analysis.negated !==
    questionTokens.some(
      (token, index) =>
        deniedByImplicative(questionTokens, index) &&
        !['ADP', 'VERB'].includes(questionTokens[index - 3]?.pos ?? '') &&
        lemmas.has(lemmatize(token.normal)),
    );
  // "…and lost" answers "did they win?": the opposite stated is a negation.
  const opposite = !negatedMatch && statesOpposite(questionTokens, tokens, options);
  // "Did the board accept all of the recommendations?" — "…accepted seven of the nine
  // recommendations"; "Was her 2019 title her first?" — "…for the third time"; "Did it end up
  // with 84 turbines?" — "63 turbines, rather than the 84 originally consented".
  const otherQuantity =
    !analysis.negated &&
    (statesPartOfAll(questionTokens, tokens) ||
      statesOtherOrdinal(questionTokens, tokens) ||
      statesInsteadOf(numbers, tokens));
  // "Did the Autumn Steam Gala happen in 2020?", "Was there a nursery class at the 2021
  // trial?": asked only whether a thing took place (no verb of the question is a term), a main
  // clause denying its subject that thing says no ("the Autumn Steam Gala will not take place
  // this year").
  const mainNegated = !analysis.negated && mainClauseNegated(tokens);
  const askedThing =
    existentialHead(questionTokens) ?? questionSubject(questionTokens).at(-1) ?? null;
  const deniesThing =
    mainNegated &&
    askedThing !== null &&
    ![...assertedVerbs].some((verb) => lemmas.has(verb)) &&
    mainSubject(tokens).has(askedThing);
  // Asked whether the one asking may do something, a main clause denying a thing asked.
  const deniedPermission =
    !analysis.negated && deniesPermission(questionTokens, tokens, askedThings);
  // "Injuries: none": a line labelled with a word asked, valued "none", says there were none.
  const labelled = askedNegative
    ? null
    : valueLabelledBy(best.text, (word) => {
        const lemma = lemmatize(word.toLowerCase());
        return [...lemmas].some((asked) => sharesStem(lemma, asked, DERIVATION_SHARE));
      });
  const labelledNone = labelled !== null && NONE_VALUES.has(labelled.value.toLowerCase());
  // "We also wrongly described the contribution as a loan; it is a grant": what a correction
  // reports as an error was not so.
  const reportedWrong = !analysis.negated && wronglyReported(tokens, options, askedThings);
  if (
    contradicts ||
    reportedWrong ||
    opposed ||
    otherQuantity ||
    deniesThing ||
    deniedPermission ||
    labelledNone ||
    (negatedMatch || opposite) !== askedNegative
  )
    return { lead: 'No', leadSentence: best, parts };
  // The sentence that sets the scene may leave the verdict to one that follows it: "The High
  // Court dismissed the residents' review… The chair said it would not appeal."
  const following = askedNegative ? undefined : negatingNeighbour(evidence, best, negatedIn);
  if (following)
    return { lead: 'No', leadSentence: following, parts: [...parts, { sentence: following }] };
  // "Is Corvane appealing the fine?": yes only from a sentence stating the asked verb, and
  // "did he say it would have co-op?" only from one stating every word asked.
  // The subject's words the sentence leaves to its title or the sentences before count as stated.
  const fromContext = subjectFromContext(evidence, best);
  const partly = namedInPart(evidence, best);
  const credited = namedAsWriter(evidence, best);
  const own = (words: readonly string[]) =>
    words.filter(
      (word) =>
        !fromContext.has(lemmatize(word)) &&
        !partly(word) &&
        !credited(word) &&
        !describing.has(lemmatize(word)),
    );
  if (
    own(best.unstated).length === 0 &&
    !negatedInRelative &&
    !nameLeftBehind(evidence, best) &&
    (predicate === null || best.parsed.tokens.some((token) => token.normal === predicate)) &&
    own(unstatedByContent(evidence, best)).filter((word) => !presupposed(lemmatize(word)))
      .length === 0 &&
    own(notLiterallyStated(evidence, best)).length === 0 &&
    !onlyUnrealized(analysis.parsed.tokens, best.parsed.tokens, lemmas) &&
    !onlyNominalized(mainVerbs, best.parsed.tokens) &&
    !askedVerbUnstated(evidence, mainVerbs, best, 'close') &&
    !askedVerbUnstated(evidence, mainVerbs, best, 'own') &&
    !doneByOthers(askedVerbs, best.parsed.tokens, askedOf, questionTokens) &&
    !doneToOther(askedVerbs, best.parsed.tokens, askedOf) &&
    (options.isAdverb === undefined ||
      !leavesAdverbUnstated(questionTokens, best.text, options.isAdverb)) &&
    !yearOnlyCompared(analysis.constraints.years, best.text) &&
    !(asksRealized(questionTokens) && statesOnlyFuture(best.parsed.tokens)) &&
    !datedToOtherYears(askedVerbs, best.parsed.tokens, analysis.constraints.years) &&
    // "We also stated that Abbotsgate was the first…": what a text once said, reported.
    !reportsEarlierText(best.parsed.tokens, options) &&
    best.verbCoverage >= AFFIRM_VERB &&
    best.coverage >= AFFIRM_COVERAGE &&
    (best.ownCoverage >= AFFIRM_OWN_COVERAGE || fromContext.size > 0)
  )
    return { lead: 'Yes', leadSentence: best, parts };
  // "Was anyone injured in the Regent fire?": asked of anyone at all, a sentence near one about
  // the event that says no one did it ("…and no one was hurt.", "No injuries have been
  // reported.") says no. Denying a more general verb denies the asked one: "no one was hurt"
  // says no one was injured.
  const nobody = !analysis.negated && questionTokens.some((token) => INDEFINITE.has(token.normal));
  const moreGeneral = (token: Token) =>
    token.pos === 'VERB' &&
    [...mainVerbs].some((verb) =>
      (options.verbKinds?.(verb) ?? []).includes(lemmatize(token.normal)),
    );
  // Of the main clause's verbs: a clause of time's is presupposed ("Did anyone lose their job
  // when the shop closed?" is not denied by "Nobody could have foreseen that the store would
  // close").
  const denies = (sentence: EvidenceSentence) =>
    sentence.parsed.tokens.some(
      (token) =>
        token.negated &&
        !presupposed(lemmatize(token.normal)) &&
        ((token.pos === 'VERB' && asksVerb(token)) ||
          moreGeneral(token) ||
          (token.pos === 'NOUN' &&
            [...mainVerbs].some((verb) =>
              sharesStem(lemmatize(token.normal), verb, DERIVATION_SHARE),
            ))),
    );
  if (nobody)
    for (const sentence of stating.slice(0, VERB_SEARCH)) {
      // Of the event asked about: the question's names stated.
      if (sentence.unstated.some((word) => names.has(lemmatize(word)))) continue;
      const near = [
        sentence,
        ...evidence.sentencesOf(sentence.document.docId, {
          from: sentence.position + 1,
          to: sentence.position + 1 + NOBODY_REACH,
        }),
      ];
      const denying = near.find(denies);
      if (denying)
        return {
          lead: 'No',
          leadSentence: denying,
          parts: (denying === sentence ? [sentence] : [sentence, denying]).map((part) => ({
            sentence: part,
          })),
        };
    }
  return { lead: NO_VERDICT, parts };
}
