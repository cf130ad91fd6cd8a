/**
 * Who a verb is done to: "Who replaced him?" is not answered by "Gareth Lowe" in "She became head
 * chef in October 2019, replacing Gareth Lowe": in English the noun phrase after an active verb
 * (past its particle and preposition: "took over from Reyes") is its object, the one acted on,
 * and the doer stands before the verb. Only the passive's "by" puts the doer after it.
 */
import type { Entity, ParsedText, Token } from '../analyze/parse-text.js';
import { lemmatize } from '../../text/tokenize.js';
import { REPORTING_VERBS } from '../analyze/reporting-verbs.js';

/** Particles and prepositions right after a verb, before its object ("took over from"). */
const AFTER_VERB: ReadonlySet<string> = new Set(['ADP', 'PART']);
/** Words of the object's noun phrase before the name: determiner, possessive, modifiers ("its former head chef"). */
const BEFORE_NAME: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NOUN']);
/** Words after the verb within which its object's name may begin. Set once, not tuned. */
const OBJECT_REACH = 5;

/** Parts of speech between a subject and its verb. */
const BEFORE_VERB: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);
/** English's personal pronouns in the subject's case, for a person (a closed class). */
export const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * True when the verb at `verb` is in the passive: a form of "be" right before it ("was
 * replaced"); a participle in "-ing" after it is the progressive ("is retiring"), active.
 */
export function inPassive(tokens: readonly Token[], verb: number): boolean {
  const auxiliary = tokens[verb - 1];
  return (
    auxiliary?.pos === 'AUX' &&
    ['be', 'being', 'been'].includes(lemmatize(auxiliary.normal)) &&
    !tokens[verb]!.normal.endsWith('ing')
  );
}

/**
 * True when the verb at `verb` is a participle opening a clause after a comma ("…became general
 * manager, succeeding Eileen Trask"): its doer is the sentence's subject.
 */
export function opensParticipleClause(tokens: readonly Token[], verb: number): boolean {
  return /ing$/u.test(tokens[verb]!.normal) && tokens[verb - 1]?.normal === ',';
}

/**
 * True when the name `entity` is the object of an active verb among `askedVerbs` (lemmas): in
 * English word order, the verb, its particles and preposition ("took over from"), then the
 * name's own noun phrase ("former head chef Gareth Lowe"), within OBJECT_REACH words; not after
 * "by" (the passive's doer), nor a verb in the passive, nor the noun phrase of another
 * preposition ("resurface its runway to Brennan & Shaw": the runway is resurfaced).
 */
export function objectOfVerb(
  tokens: readonly Token[],
  entity: Entity,
  askedVerbs: ReadonlySet<string>,
): boolean {
  return objectVerbAt(tokens, entity, askedVerbs) >= 0;
}

/** The position of the verb whose object `entity` is (see `objectOfVerb`); -1 when none. */
export function objectVerbAt(
  tokens: readonly Token[],
  entity: Entity,
  askedVerbs: ReadonlySet<string>,
): number {
  let at = entity.first - 1;
  const reach = entity.first - 1 - OBJECT_REACH;
  while (at >= 0 && at >= reach && BEFORE_NAME.has(tokens[at]!.pos)) at -= 1;
  while (at >= 0 && at >= reach && AFTER_VERB.has(tokens[at]!.pos) && tokens[at]!.normal !== 'by')
    at -= 1;
  const verb = tokens[at];
  if (at < reach || verb?.pos !== 'VERB' || !askedVerbs.has(lemmatize(verb.normal))) return -1;
  // "…crossed over," said Ben Akintola: after a quotation English may put the verb of saying
  // before its subject.
  if (REPORTING_VERBS.has(lemmatize(verb.normal)) && tokens[at - 1]?.pos === 'PUNCT') return -1;
  return inPassive(tokens, at) ? -1 : at;
}

/**
 * The name right before the verb at `verb` (past its auxiliaries and adverbs): its subject
 * ("Pavel Horak met Maria Lopes"); undefined when the subject is no name.
 */
export function subjectNameOf(parsed: ParsedText, verb: number): Entity | undefined {
  const before = subjectEndBefore(parsed.tokens, verb);
  return parsed.entities.find((entity) => entity.type === 'name' && entity.last === before);
}

/**
 * Where the subject of the verb at `verb` ends: the token right before it, past its auxiliaries
 * and adverbs ("Whitlow has since taken over"); -1 when the verb opens the text.
 */
export function subjectEndBefore(tokens: readonly Token[], verb: number): number {
  let before = verb - 1;
  while (before >= 0 && BEFORE_VERB.has(tokens[before]!.pos)) before -= 1;
  return before;
}

/**
 * True when an active verb among `askedVerbs` has a personal pronoun for its subject: the one
 * right before a finite verb (past its auxiliaries and adverbs: "she has since replaced"), or
 * the one opening the sentence when the verb is a participle opening a clause after a comma
 * ("She became head chef in October 2019, replacing Gareth Lowe"). The doer is then named in
 * an earlier sentence, none of this one's names.
 */
export function doneByPronoun(tokens: readonly Token[], askedVerbs: ReadonlySet<string>): boolean {
  const opening = tokens.findIndex((token) => token.pos !== 'PUNCT' && token.pos !== 'SYM');
  return tokens.some((token, verb) => {
    if (token.pos !== 'VERB' || !askedVerbs.has(lemmatize(token.normal))) return false;
    if (inPassive(tokens, verb)) return false;
    const subject = opensParticipleClause(tokens, verb) ? opening : subjectEndBefore(tokens, verb);
    return subject >= 0 && PERSONAL_SUBJECTS.has(tokens[subject]!.normal);
  });
}
