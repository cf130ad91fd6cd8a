/**
 * A text parser that remembers its parses across questions. The evidence
 * finder parses the sentences of every document a question touches, and the
 * same sentences come back question after question (parsing was about 40 %
 * of answering). A parse depends only on the text, so the text is the key:
 * a changed document has changed sentences, and nothing can go stale.
 * Results are frozen, since one parse is now shared by many readers; a
 * reader that tried to change one would throw rather than alter another
 * question's answer. With `copies`, each reader gets its own copy instead,
 * which it may change: the question analyzer retags a question's tokens, and
 * parsing the question (and again each earlier turn of a conversation) was
 * ≈ 6 % of answering once the sentences' parses were kept.
 */
import { cachedFor, createTextCache } from '../../text/text-cache.js';
import type { ParsedText, TextParser } from './parse-text.js';

export interface CachedTextParserOptions {
  parser: TextParser;
  /** Most characters of parsed text kept (about 45 bytes of heap each, tokens included: ≈ 11 MB). */
  maxCharacters?: number;
  /** Give each reader its own copy of a parse (its tokens and entities), not the shared one. */
  copies?: boolean;
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
  copies = false,
}: CachedTextParserOptions): TextParser {
  const cache = createTextCache<ParsedText>({ maxCharacters });
  const parseAndFreeze = (text: string) => freeze(parser.parse(text));
  const parse = (text: string) => cachedFor(cache, text, parseAndFreeze);
  return { parse: copies ? (text) => copyOf(parse(text)) : parse };
}

/** A parse of one's own: tokens and entities are flat records, so copying each field copies them. */
function copyOf(parsed: ParsedText): ParsedText {
  return {
    ...parsed,
    tokens: parsed.tokens.map((token) => ({ ...token })),
    entities: parsed.entities.map((entity) => ({ ...entity })),
  };
}
