/**
 * The doer of an asked verb named by role, not by name: "Who approves my leave?" is answered
 * by "Your line manager approves or declines each request" or "…are approved by your line
 * manager". English grammar: the noun phrase right before the verb (past its auxiliaries and
 * adverbs) is its subject, the one after "by" in the passive its doer; a phrase counts when
 * its head noun names a person (`isPersonNoun`: WordNet's noun.person senses).
 */
import type { Entity, ParsedText, Token } from '../analyze/parse-text.js';
import { inNegationScope } from '../analyze/negation-scope.js';
import { lemmatize } from '../../text/tokenize.js';
import { inPassive, subjectEndBefore } from './verb-arguments.js';

/** Words of a noun phrase before its head noun ("line", "senior", "department"). */
const MODIFIERS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN']);
/** Words after the verb within which its passive "by" may come ("approved in writing by"). */
const BY_REACH = 4;

/** The noun phrase ending at `head` (its determiner or possessive, modifiers and the head). */
function phraseEndingAt(tokens: readonly Token[], head: number): [number, number] {
  let first = head;
  while (first > 0 && MODIFIERS.has(tokens[first - 1]!.pos)) first -= 1;
  const opener = tokens[first - 1];
  if (opener !== undefined && (opener.pos === 'DET' || opener.pos === 'PRON')) first -= 1;
  return [first, head];
}

/** The noun phrase starting at `from` ("the head of department" stops at its first noun run). */
function phraseStartingAt(tokens: readonly Token[], from: number): [number, number] | null {
  let at = from;
  if (tokens[at]?.pos === 'DET' || tokens[at]?.pos === 'PRON') at += 1;
  const start = at;
  while (MODIFIERS.has(tokens[at]?.pos ?? '')) at += 1;
  return at > start ? [from, at - 1] : null;
}

function entityOf(parsed: ParsedText, [first, last]: [number, number]): Entity {
  const start = parsed.tokens[first]!.start;
  const end = parsed.tokens[last]!.end;
  return { type: 'role', text: parsed.text.slice(start, end), start, end, first, last };
}

/**
 * The noun phrases doing the asked verbs (`askedVerbs`, lemmas) in a sentence, as token ranges
 * [first, last]: the phrase right before a finite verb (past auxiliaries and adverbs; not a
 * participle right after a noun, "the pilot flying") and the one after its "by" ("led by
 * marine biologist Dr Hannah Reyes", "approved by your line manager"). A negated verb has none.
 */
function doerPhrases(parsed: ParsedText, askedVerbs: ReadonlySet<string>): [number, number][] {
  const tokens = parsed.tokens;
  const found: [number, number][] = [];
  tokens.forEach((token, verb) => {
    if (token.pos !== 'VERB' || !askedVerbs.has(lemmatize(token.normal))) return;
    if (inNegationScope(tokens, verb)) return;
    const before = subjectEndBefore(tokens, verb);
    const passive = inPassive(tokens, verb);
    const participle = /ing$/u.test(token.normal) && tokens[verb - 1]?.pos !== 'AUX';
    const subject = tokens[before];
    if (!passive && !participle && (subject?.pos === 'NOUN' || subject?.pos === 'PROPN'))
      found.push(phraseEndingAt(tokens, before));
    for (let at = verb + 1; at <= verb + BY_REACH && at < tokens.length; at += 1) {
      if (tokens[at]!.pos === 'VERB' || tokens[at]!.pos === 'PUNCT') break;
      if (tokens[at]!.normal !== 'by') continue;
      const phrase = phraseStartingAt(tokens, at + 1);
      if (phrase) found.push(phrase);
      break;
    }
  });
  return found;
}

/** The doer phrases (`doerPhrases`) headed by a noun naming a person, as entities of type 'role'. */
export function doerRoles(
  parsed: ParsedText,
  askedVerbs: ReadonlySet<string>,
  isPersonNoun: (lemma: string) => boolean,
): Entity[] {
  return doerPhrases(parsed, askedVerbs)
    .filter(([, head]) => {
      const token = parsed.tokens[head]!;
      return token.pos === 'NOUN' && isPersonNoun(lemmatize(token.normal));
    })
    .map((phrase) => entityOf(parsed, phrase));
}
