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
