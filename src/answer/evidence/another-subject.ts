/**
 * Whose figure a sentence gives: "How many workers did Brightwell lay off?" is not answered
 * by "Norwegian headphone maker Solvik Audio said it would cut 180 jobs", although the
 * article is about Brightwell. In English the subject comes before the verb; a sentence whose
 * subject is a name the question does not give, and which names nothing the question asks
 * about, states that other one's figures and dates.
 */
import type { Entity, ParsedText } from '../analyze/parse-text.js';
import { REPORTING_VERBS } from '../analyze/reporting-verbs.js';
import { RELATIVE_PRONOUNS } from '../analyze/pronouns.js';

/** Parts of speech that may stand before a name in the noun phrase it heads ("Norwegian headphone maker Solvik Audio"). */
const MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Parts of speech that may follow the name before the verb: "Solvik Audio's revenue rose", "Solvik chief executive Mette Lund said". */
const AFTER_NAME: ReadonlySet<string> = new Set(['PART', 'NOUN', 'ADJ', 'PROPN']);

/**
 * The name that is the subject of the sentence's first clause, read after its dateline
 * (`from`, a character offset): a name entity that the words before the first verb end with,
 * only modifiers before it. Null when the subject is no name ("It said…", "Revenue fell…") or
 * the name sits in a prepositional phrase ("Analysts at Fjellstad Markets expect…").
 */
export function subjectName(parsed: ParsedText, from = 0): Entity | null {
  const tokens = parsed.tokens;
  let at = tokens.findIndex((token) => token.start >= from);
  if (at < 0) return null;
  // Punctuation opening the sentence ("— ", a quote mark, Markdown's "*" of emphasis) is no
  // word of it.
  while (tokens[at] && (tokens[at]!.pos === 'PUNCT' || tokens[at]!.pos === 'SYM')) at += 1;
  const verb = tokens.findIndex(
    (token, index) => index >= at && (token.pos === 'VERB' || token.pos === 'AUX'),
  );
  if (verb < 0) return null;
  // The noun phrase's head is its last name ("Norwegian headphone maker Solvik Audio").
  const name = parsed.entities.findLast(
    (entity) => entity.type === 'name' && entity.first >= at && entity.last < verb,
  );
  if (!name) return null;
  // "Wierzbicki, who became music director in 2011, will take the title…": the first verb is
  // a relative clause's, set between commas after the name the sentence is about.
  if (
    tokens[name.last + 1]?.normal === ',' &&
    RELATIVE_PRONOUNS.has(tokens[name.last + 2]?.normal ?? '') &&
    tokens.slice(at, name.first).every((token) => MODIFIERS.has(token.pos))
  )
    return name;
  // The name must end the noun phrase before the verb ("Solvik Audio said"; "Solvik Audio's
  // revenue rose" is about Solvik Audio too, and "'s" is a particle).
  const after = tokens.slice(name.last + 1, verb);
  if (after.some((token) => !AFTER_NAME.has(token.pos))) return null;
  if (!tokens.slice(at, name.first).every((token) => MODIFIERS.has(token.pos))) return null;
  return reportsOther(parsed, verb) ? null : name;
}

/** Parts of speech a noun phrase runs through with its prepositional phrases ("the Bracken Hollow fire on 21 August"). */
const PHRASE: ReadonlySet<string> = new Set([...MODIFIERS, 'ADP']);

/**
 * The name a non-restrictive relative clause describes, read after `from`: "The second-biggest
 * was the Bracken Hollow fire on 21 August, which burned 64 hectares" tells the Bracken Hollow
 * fire's hectares, as English's "which" and "who" refer back to the noun phrase before their
 * comma. The phrase's first name, or null when the sentence has no such clause or its phrase
 * names none, or when the phrase is the sentence's subject.
 */
export function relativeAntecedent(parsed: ParsedText, from = 0): Entity | null {
  const tokens = parsed.tokens;
  const comma = tokens.findIndex(
    (token, at) =>
      token.start >= from &&
      token.normal === ',' &&
      RELATIVE_PRONOUNS.has(tokens[at + 1]?.normal ?? '') &&
      tokens[at + 1]!.normal !== 'that',
  );
  if (comma < 0) return null;
  let first = comma;
  while (first > 0 && PHRASE.has(tokens[first - 1]!.pos) && tokens[first - 1]!.start >= from)
    first -= 1;
  // The phrase follows the sentence's verb, its object or complement: a relative clause set
  // inside the subject ("The Golden Boot winner, who fired…, has been unveiled on £140,000 a
  // week") ends before the main clause's figures.
  const verbBefore = tokens
    .slice(0, first)
    .some((token) => token.start >= from && (token.pos === 'VERB' || token.pos === 'AUX'));
  if (!verbBefore) return null;
  // …and the clause tells what the sentence gives: no figure or date stands before the phrase
  // ("…on an initial four-year contract, succeeding Tomasz Wierzbicki, who steps down…" gives
  // her contract's length, not his).
  const figureBefore = parsed.entities.some(
    (entity) =>
      entity.type !== 'name' &&
      entity.type !== 'ordinal' &&
      entity.start >= from &&
      entity.last < first,
  );
  if (figureBefore) return null;
  return (
    parsed.entities.find(
      (entity) => entity.type === 'name' && entity.first >= first && entity.last < comma,
    ) ?? null
  );
}

/**
 * True when the verb reports a clause about something else: "Lumenstream disclosed that season
 * two drew 298 million hours" gives season two's figure, the one who reports it aside;
 * "Solvik Audio said that it would cut 180 jobs" gives Solvik's (a pronoun stands for it).
 */
function reportsOther(parsed: ParsedText, verb: number): boolean {
  const tokens = parsed.tokens;
  if (!REPORTING_VERBS.has(tokens[verb]!.lemma)) return false;
  const next = tokens.findIndex(
    (token, index) => index > verb && (token.pos === 'VERB' || token.pos === 'AUX'),
  );
  if (next < 0) return false;
  // The reported clause opens after "that" when it has one ("said in November that it…").
  const that = tokens.findIndex(
    (token, index) => index > verb && index < next && token.normal === 'that',
  );
  const clause = tokens.slice(that >= 0 ? that + 1 : verb + 1, next);
  // A phrase of time or place ("on Tuesday", "in November") is no subject.
  let inPhrase = false;
  return clause.some((token) => {
    if (token.pos === 'ADP') inPhrase = true;
    else if (!MODIFIERS.has(token.pos)) inPhrase = false;
    return !inPhrase && (token.pos === 'NOUN' || token.pos === 'PROPN');
  });
}

/**
 * The name in a table row's first cell ("| Solvik Audio | $352m | +11% |"): what the row's
 * figures are of, as a sentence's subject is. Null when the text is no table row or its first
 * cell holds no name.
 */
export function rowSubject(parsed: ParsedText): Entity | null {
  const opening = parsed.text.indexOf('|');
  if (opening < 0 || parsed.text.slice(0, opening).trim() !== '') return null;
  const closing = parsed.text.indexOf('|', opening + 1);
  if (closing < 0) return null;
  return (
    parsed.entities.find(
      (entity) => entity.type === 'name' && entity.start > opening && entity.end < closing,
    ) ?? null
  );
}

/**
 * The question's names that may be the subject of what it asks: not one modifying a noun
 * inside a prepositional phrase ("How much revenue did Tonearc have before the Solvik deal?":
 * Tonearc, not Solvik; "…to bring in Theo Lindqvist" keeps Lindqvist, who heads his phrase).
 * All of them when every one is such a modifier.
 */
export function subjectNames(
  question: ParsedText,
  names: readonly (readonly string[])[],
): readonly (readonly string[])[] {
  const { tokens } = question;
  const inPhrase = (name: readonly string[]) => {
    const first = tokens.findIndex((token) => token.normal === name[0]);
    if (first < 0 || tokens[first + name.length]?.pos !== 'NOUN') return false;
    let at = first - 1;
    while (at >= 0 && MODIFIERS.has(tokens[at]!.pos)) at -= 1;
    return tokens[at]?.pos === 'ADP';
  };
  const subjects = names.filter((name) => !inPhrase(name));
  return subjects.length > 0 ? subjects : names;
}

/**
 * True when the sentence is about another named one than the question's: it states none of
 * the question's names that may be its subject (`mentions` says whether its words state one;
 * `subjectNames`) and its subject (a table row's: its first cell's) is a name the question
 * does not give, one `isOther` accepts (the caller's test that it names someone or something
 * else: not a common word read as a name at the start of a sentence, not the article's own
 * subject).
 */
export function aboutAnother(
  parsed: ParsedText,
  names: readonly (readonly string[])[],
  {
    mentions,
    isOther,
    from = 0,
  }: {
    mentions: (name: readonly string[]) => boolean;
    isOther: (name: Entity) => boolean;
    from?: number;
  },
): boolean {
  if (names.length === 0 || names.some(mentions)) return false;
  const subject =
    rowSubject(parsed) ?? subjectName(parsed, from) ?? relativeAntecedent(parsed, from);
  return subject !== null && isOther(subject);
}
