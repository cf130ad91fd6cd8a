/**
 * Whether a question asks who or what does its verb (its interrogative is the verb's subject),
 * by English word order.
 */
import type { Token } from './parse-text.js';

/**
 * True when the question's interrogative phrase is the subject of an active verb: "Who led
 * the survey?", "Which company built the app?" (not "Who was it built by?", "Who did they
 * appoint?", where an auxiliary comes first).
 */
export function asksDoer(tokens: readonly Token[]): boolean {
  const wh = tokens.findIndex((token) => ['who', 'which', 'what'].includes(token.normal));
  if (wh < 0) return false;
  let at = wh + 1;
  // "Which company", "what Dutch firm": the interrogative's noun phrase.
  if (tokens[wh]!.normal !== 'who')
    while (['ADJ', 'NOUN', 'PROPN'].includes(tokens[at]?.pos ?? '')) at += 1;
  if (tokens[wh]!.normal !== 'who' && at === wh + 1) return false;
  return tokens[at]?.pos === 'VERB';
}

/** Parts of speech of a subject's words that say who it is ("the Iranian interior minister"). */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * The words (lower case) of the subject of a question asking its verb's object ("Who did the
 * Iranian interior minister meet?": "iranian", "interior", "minister"): the noun phrase between
 * its auxiliary (not a form of "be") and its verb, after "who" or "whom"; empty otherwise.
 */
export function askedSubjectWords(tokens: readonly Token[]): string[] {
  // Not a form of "be": "Who is the commissioner quoted…?" asks who the subject is.
  if (
    !['who', 'whom'].includes(tokens[0]?.normal ?? '') ||
    tokens[1]?.pos !== 'AUX' ||
    tokens[1].lemma === 'be'
  )
    return [];
  const verb = tokens.findIndex((token, at) => at > 1 && token.pos === 'VERB');
  if (verb < 0) return [];
  const phrase = tokens.slice(2, verb);
  if (!phrase.every((token) => token.pos === 'DET' || SUBJECT_WORDS.has(token.pos))) return [];
  return phrase.filter((token) => SUBJECT_WORDS.has(token.pos)).map((token) => token.normal);
}
