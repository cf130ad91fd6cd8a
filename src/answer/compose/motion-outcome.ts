/**
 * A motion's fate, as minutes record it. Meeting procedure states whether a motion, proposal or
 * amendment went through with a verb of deciding ("The amendment was lost by 5 votes to 9.",
 * "Carried: 41 for, 14 against.", "Carried unanimously."), often in the sentence after the one
 * that states the motion. A question asking whether it was passed (approved, carried, adopted,
 * whether it succeeded, whether members voted for it) is answered by that verb: yes when it
 * went through, no when it fell.
 */
import { lemmatize } from '../../text/tokenize.js';
import type { Token } from '../analyze/parse-text.js';
import { saysUnanimous } from './vote-tally.js';

/**
 * English's verbs of a motion going through, as meeting procedure uses them (a closed class):
 * "carried", "passed", "approved", "adopted", "agreed", "accepted", "endorsed", "ratified".
 */
const CARRIED: ReadonlySet<string> = new Set([
  'carry',
  'pass',
  'approve',
  'adopt',
  'agree',
  'accept',
  'endorse',
  'ratify',
]);

/**
 * English's verbs of a motion not going through (a closed class): "defeated", "rejected",
 * "lost", "fell", "failed", "withdrawn".
 */
const LOST: ReadonlySet<string> = new Set(['defeat', 'reject', 'lose', 'fall', 'fail', 'withdraw']);

/** What a question may ask of a motion besides those verbs: whether it succeeded. */
const SUCCEEDED: ReadonlySet<string> = new Set(['succeed']);

/** The nouns meeting procedure names what is voted on by (a closed class). */
const MOTIONS: ReadonlySet<string> = new Set([
  'motion',
  'proposal',
  'amendment',
  'resolution',
  'recommendation',
  'proposition',
]);

/** Parts of speech that open a verb's object ("approve the grant", "back Sandra"). */
const OBJECT_START: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/** How many words after a verb of deciding its tally may start ("carried by 4 votes", "Carried: 41 for"). */
const TALLY_REACH = 3;

/**
 * True when a tally of a vote follows the verb at `at`: "unanimously", "by 4 votes to 1", ": 41
 * for" (a count of votes, not "fell by 5% to £3").
 */
function talliedAfter(tokens: readonly Token[], at: number): boolean {
  const after = tokens.slice(at + 1, at + 1 + TALLY_REACH);
  return after.some(
    (token, index) =>
      saysUnanimous(token.normal) ||
      (token.pos === 'NUM' &&
        ['by', ':'].includes(after[index - 1]?.normal ?? '') &&
        tokens
          .slice(at + 2 + index, at + 5 + index)
          .some((next) => ['vote', 'votes', 'for', 'against'].includes(next.normal))),
  );
}

/** True when the token is a noun naming a motion ("amendment", "proposals"). */
function namesMotion(token: Token): boolean {
  return token.pos === 'NOUN' && MOTIONS.has(lemmatize(token.normal));
}

/** True when a noun naming a motion stands before the verb at `at` ("The amendment was lost"). */
function motionBefore(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(0, at).some(namesMotion);
}

/** True when the verb at `at` opens the sentence, past numbering and punctuation ("Carried.", "(b) Agreed."). */
function opensSentence(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(0, at).every((token) => token.pos === 'PUNCT' || token.pos === 'NUM');
}

/**
 * The fate a sentence records for a motion: "carried" when a verb of a motion going through is
 * said of one (its noun before it, a tally after it, or the verb opening the sentence), "lost"
 * when a verb of one not going through is, or the first is negated; null when it records none.
 * "Passengers carried: 498,700" or "Ashcombe lost by four wickets" record no vote.
 */
export function motionOutcome(tokens: readonly Token[]): 'carried' | 'lost' | null {
  for (const [at, token] of tokens.entries()) {
    if (token.pos !== 'VERB') continue;
    const lemma = lemmatize(token.normal);
    const carried = CARRIED.has(lemma) ? true : LOST.has(lemma) ? false : null;
    if (carried === null) continue;
    if (!talliedAfter(tokens, at) && !motionBefore(tokens, at) && !opensSentence(tokens, at))
      continue;
    return carried !== token.negated ? 'carried' : 'lost';
  }
  return null;
}

/**
 * What a yes/no question asks of a motion's fate: "carried" when it asks whether it went through
 * ("Was the amendment passed?", "Did the proposal succeed?", "Did members vote to allow
 * dogs…?", "…vote in favour of…"), "lost" when it asks whether it fell ("Was the motion
 * defeated?", "Did they vote against it?"); null for any other question. Its main verb is its
 * last; "vote" may be read as a noun ("Did members vote to…").
 */
export function askedMotionOutcome(tokens: readonly Token[]): 'carried' | 'lost' | null {
  const verbs = tokens.filter((token) => token.pos === 'VERB');
  const main = verbs.at(-1);
  // "Did the Community Sports Fund approve the grant?" asks what a body did to a thing, not a
  // motion's fate: with an object after its verb, the question must name a motion.
  const object =
    main !== undefined && OBJECT_START.has(tokens[tokens.indexOf(main) + 1]?.pos ?? '');
  if (main !== undefined && (!object || tokens.some(namesMotion))) {
    const lemma = lemmatize(main.normal);
    if (CARRIED.has(lemma) || SUCCEEDED.has(lemma)) return 'carried';
    if (LOST.has(lemma)) return 'lost';
  }
  const vote = tokens.findIndex((token) => lemmatize(token.normal) === 'vote');
  if (vote < 0) return null;
  const next = tokens[vote + 1]?.normal;
  if (next === 'against') return 'lost';
  if (next === 'to' || next === 'for') return 'carried';
  return next === 'in' && ['favour', 'favor'].includes(tokens[vote + 2]?.normal ?? '')
    ? 'carried'
    : null;
}

/**
 * Words at most between a motion's noun and the "to" of what it would do ("A motion from
 * Millpond Lane plot holders to allow…"); set once, not tuned.
 */
const MOTION_TO_REACH = 6;

/**
 * The lemmas of what a sentence's motions would do: the verb after the "to" a motion's noun
 * governs ("A motion … to allow hosepipes at that site", "the proposal to freeze the precept"),
 * with no other verb between.
 */
export function motionVerbs(tokens: readonly Token[]): Set<string> {
  const verbs = new Set<string>();
  tokens.forEach((token, at) => {
    if (!namesMotion(token)) return;
    for (
      let next = at + 1;
      next <= at + 1 + MOTION_TO_REACH && next < tokens.length - 1;
      next += 1
    ) {
      const word = tokens[next]!;
      if (word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'PUNCT') return;
      if (word.normal === 'to' && tokens[next + 1]!.pos === 'VERB') {
        verbs.add(lemmatize(tokens[next + 1]!.normal));
        return;
      }
    }
  });
  return verbs;
}

/**
 * True when a question asks whether a body approved a thing ("Did the committee approve buying
 * CCTV?", "Did the trustees accept the offer?"): a verb of a motion going through with an
 * object after it. Minutes record such a decision as the fate of the item
 * that states the thing ("…proposed the purchase of … CCTV… Carried by 7 votes to 2.").
 */
export function asksApprovalOfThing(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (token.pos !== 'VERB' || !CARRIED.has(lemmatize(token.normal))) return false;
    const next = tokens[at + 1];
    // …or a gerund ("approve buying CCTV"), however tagged.
    return next !== undefined && (OBJECT_START.has(next.pos) || /\p{L}ing$/u.test(next.normal));
  });
}
