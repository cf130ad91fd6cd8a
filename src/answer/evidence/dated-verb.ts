/**
 * Whose time a date gives. In English a time phrase after a verb modifies the nearest verb
 * before it (right association): in "The shop he opened in 1962 closed in 1993", 1962 is when
 * it opened and 1993 when it closed; in "Arthur Hartnell, who has died at his home aged 84,
 * founded the bakery in 1962", 1962 is the founding's, not the death's. A date opening its
 * sentence ("In 1962, he…") is the main clause's, and no verb before it is read.
 */
import type { Entity, ParsedText, Token } from '../analyze/parse-text.js';
import { lemmatize } from '../../text/tokenize.js';
import { subjectEndBefore } from './verb-arguments.js';

/**
 * The position of the verb nearest before the date, or -1 when none stands before it. A verb
 * taking a figure ("aged 84", "won 3 medals") is read past: the date is not its time.
 */
function verbDatedAt(parsed: ParsedText, entity: Entity): number {
  const tokens = parsed.tokens;
  for (let at = entity.first - 1; at >= 0; at -= 1) {
    const token = tokens[at]!;
    if (token.pos !== 'VERB') continue;
    // "aged 84, on 17 November": a verb taking another figure; "died 17 November 2018" takes
    // the date itself.
    if (tokens[at + 1]?.pos === 'NUM' && at + 1 !== entity.first) continue;
    return at;
  }
  // "In June the group elected Tomasz Wielgosz": a date in the phrase opening its sentence is
  // the time of the main clause, whose verb follows it.
  const opening = tokens.slice(0, entity.first).every((token) => OPENING_PHRASE.has(token.pos));
  if (!opening) return -1;
  // Read only when the subject follows the date straight away: past a comma ("In 1962, the
  // year he married, he opened…"; "…volunteers, including a dozen Cubs, planted…") the
  // first verb may be an inserted phrase's.
  const verb = tokens.findIndex((token, at) => at > entity.last && token.pos === 'VERB');
  return verb > 0 && tokens.slice(entity.last + 1, verb).every((token) => token.pos !== 'PUNCT')
    ? verb
    : -1;
}

/** Parts of speech of a phrase opening a sentence before its date ("In", "Early in", "— On"). */
const OPENING_PHRASE: ReadonlySet<string> = new Set(['ADP', 'ADV', 'DET', 'PUNCT', 'SYM']);

/** The lemma of the verb nearest before the date (see `verbDatedAt`), or null. */
export function verbDated(parsed: ParsedText, entity: Entity): string | null {
  const at = verbDatedAt(parsed, entity);
  return at < 0 ? null : lemmatize(parsed.tokens[at]!.normal);
}

/** Parts of speech of an apposition's noun phrase ("a paramedic", "the new chair"). */
const APPOSITION: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN']);

/**
 * The name (lower-case words) of who did the verb the date gives the time of, when English
 * word order names them: a name right before the verb, before an apposition between commas
 * ("BO, a geography teacher, joined the team in 2013"), or before a relative "who" with or
 * without one ("Mrs McAndrew, a paramedic who joined the team in 2007"); null otherwise.
 */
export function datedDoer(parsed: ParsedText, entity: Entity): string[] | null {
  const tokens = parsed.tokens;
  const verb = verbDatedAt(parsed, entity);
  if (verb < 1) return null;
  let at = subjectEndBefore(tokens, verb);
  // "…, a paramedic who joined": the relative clause's antecedent, past its apposition;
  // "BO, a secondary school geography teacher, joined": the subject before the apposition.
  const relative = tokens[at]?.normal === 'who';
  if (relative || tokens[at]?.normal === ',') {
    const end = at;
    at -= 1;
    while (at >= 0 && APPOSITION.has(tokens[at]!.pos)) at -= 1;
    if (tokens[at]?.normal === ',') at -= 1;
    else if (!relative || at < end - 1) return null;
  }
  const name: string[] = [];
  while (at >= 0 && tokens[at]!.pos === 'PROPN') name.unshift(tokens[at--]!.normal);
  // A name inside a phrase ("the new fire station on Tanner's Way became…") is no subject.
  if (IN_PHRASE.has(tokens[at]?.pos ?? '')) return null;
  return name.length > 0 ? name : null;
}

/**
 * The name (lower-case words) the verb the date gives the time of is done to, as its object
 * right after it ("the group elected Tomasz Wielgosz as its chair", "appointed the Revd Anna
 * Cole"): what is done to them happens to them too. Null when no name follows the verb.
 */
export function datedObject(parsed: ParsedText, entity: Entity): string[] | null {
  const tokens = parsed.tokens;
  let at = verbDatedAt(parsed, entity);
  if (at < 0) return null;
  at += 1;
  while (tokens[at] && (tokens[at]!.pos === 'DET' || tokens[at]!.pos === 'ADJ')) at += 1;
  const name: string[] = [];
  while (tokens[at]?.pos === 'PROPN') name.push(tokens[at++]!.normal);
  return name.length > 0 ? name : null;
}

/** Parts of speech before a name that put it inside a phrase: a preposition, a possessive. */
const IN_PHRASE: ReadonlySet<string> = new Set(['ADP', 'PART']);

/**
 * The name a "when" question asks the doing of, as its subject: the capitalised words right
 * after its auxiliary ("When did Ian Fellowes join…?" → ["ian", "fellowes"]); null when its
 * subject is no name ("When did he…?") or is in the passive ("When was the club founded?",
 * "When was Harland Homes' appeal dismissed?").
 */
export function askedDoer(tokens: readonly Token[]): string[] | null {
  let at = tokens.findIndex((token) => token.pos === 'AUX');
  // "When was the club founded?": the passive's subject is what was done to, not its doer.
  if (at < 0 || tokens[at]!.lemma === 'be') return null;
  at += 1;
  const name: string[] = [];
  while (tokens[at]?.pos === 'PROPN') name.push(tokens[at++]!.normal);
  // The name is the subject only when the verb follows it, past adverbs ("first join");
  // not "Harland Homes' appeal".
  while (tokens[at]?.pos === 'ADV') at += 1;
  return name.length > 0 && tokens[at]?.pos === 'VERB' ? name : null;
}

/**
 * True when the sentence states an asked verb (`askedVerbs`, lemmas) and the date is another
 * verb's time: what the question asks the time of is not when this date happened.
 */
export function datesAnotherVerb(
  parsed: ParsedText,
  entity: Entity,
  askedVerbs: ReadonlySet<string>,
  /** True when a noun's most frequent sense is a happening (WordNet's `namesEvent`). */
  namesEvent: (lemma: string) => boolean = () => false,
): boolean {
  const states = parsed.tokens.some(
    (token) => token.pos === 'VERB' && askedVerbs.has(lemmatize(token.normal)),
  );
  if (!states) return false;
  // "…reopened The Copperline, fourteen weeks after a kitchen fire on February 11": a date in
  // a phrase right after a noun of a happening is that happening's time (English attaches the
  // phrase to the nearest head that takes a time), not the verb's before it.
  const tokens = parsed.tokens;
  const noun = tokens[entity.first - 2];
  if (
    tokens[entity.first - 1]?.pos === 'ADP' &&
    noun?.pos === 'NOUN' &&
    !askedVerbs.has(lemmatize(noun.normal)) &&
    namesEvent(lemmatize(noun.normal))
  )
    return true;
  const verb = verbDated(parsed, entity);
  return verb !== null && !askedVerbs.has(verb);
}
