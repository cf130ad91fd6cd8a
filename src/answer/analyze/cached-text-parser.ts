/**
 * A text parser that remembers its parses across questions. The evidence
 * finder parses the sentences of every document a question touches, and the
 * same sentences come back question after question (parsing was about 40 %
 * of answering). A parse depends only on the text, so the text is the key:
 * a changed document has changed sentences, and nothing can go stale.
 * Results are frozen, since one parse is now shared by many readers; a
 * reader that tried to change one would throw rather than alter another
 * question's answer.
 */
import { cachedFor, createTextCache } from '../../text/text-cache.js';
import type { ParsedText, TextParser } from './parse-text.js';

export interface CachedTextParserOptions {
  parser: TextParser;
  /** Most characters of parsed text kept (about 45 bytes of heap each, tokens included: ≈ 11 MB). */
  maxCharacters?: number;
}

function freeze(parsed: ParsedText): ParsedText {
  for (const token of parsed.tokens) Object.freeze(token);
  for (const entity of parsed.entities) Object.freeze(entity);
  Object.freeze(parsed.tokens);
  Object.freeze(parsed.entities);
  return Object.freeze(parsed);
}

/** Wraps `parser` with a least-recently-used memo bounded by characters of text. */
export function createCachedTextParser({
  parser,
  maxCharacters = 250_000,
}: CachedTextParserOptions): TextParser {
  const cache = createTextCache<ParsedText>({ maxCharacters });
  const parseAndFreeze = (text: string) => freeze(parser.parse(text));
  return { parse: (text) => cachedFor(cache, text, parseAndFreeze) };
}
