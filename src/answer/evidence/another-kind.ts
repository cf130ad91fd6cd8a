/**
 * Another kind of the asked thing: "How much is an adult ticket?" is not answered by "A family
 * ticket … costs £32". In English the nouns before a noun name its kind ("family ticket",
 * "season ticket", "league goals"); a sentence that writes the asked noun only under a noun
 * of its own kind, one the question does not use, speaks of another kind of it.
 */
import type { ParsedText, Token } from '../analyze/parse-text.js';

/** Parts of speech of the words that may narrow a noun from before it ("adult", "family"). */
const NARROWING: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

/**
 * Inside a name the words are capitalised and read as proper nouns, but still name its kind
 * ("Harwick Town Council": a town council, not the county council asked).
 */
const NAME_NARROWING: ReadonlySet<string> = new Set([...NARROWING, 'PROPN']);

/** The words (lemmas) in the run of modifiers right before the noun at `at`. */
function modifiersBefore(tokens: readonly Token[], at: number): Token[] {
  const narrowing = tokens[at]!.pos === 'PROPN' ? NAME_NARROWING : NARROWING;
  const run: Token[] = [];
  for (let index = at - 1; index >= 0 && narrowing.has(tokens[index]!.pos); index -= 1)
    run.unshift(tokens[index]!);
  return run;
}

/**
 * The question's nouns narrowed by a modifier, each with the lemmas of its modifiers ("adult
 * ticket": ticket → {adult}). Function words ("many", "much") narrow nothing.
 */
export function askedKinds(question: ParsedText): ReadonlyMap<string, ReadonlySet<string>> {
  const kinds = new Map<string, Set<string>>();
  question.tokens.forEach((token, at) => {
    if (token.pos !== 'NOUN') return;
    const modifiers = modifiersBefore(question.tokens, at).filter((word) => !word.stop);
    if (modifiers.length === 0) return;
    const known = kinds.get(token.lemma) ?? new Set<string>();
    for (const word of modifiers) known.add(word.lemma);
    kinds.set(token.lemma, known);
  });
  return kinds;
}

/**
 * True when the sentence writes the noun `head` only as another kind than asked: each time under
 * a noun modifier that is not one of the question's words (`asked`: its lemmas), with none of
 * the question's own modifiers of it (`modifiers`). False when it writes the noun bare or as
 * asked, or not at all.
 */
export function writesOtherKind(
  parsed: ParsedText,
  head: string,
  modifiers: ReadonlySet<string>,
  asked: ReadonlySet<string>,
): boolean {
  const places = parsed.tokens.flatMap((token, at) =>
    (token.pos === 'NOUN' || token.pos === 'PROPN') && token.lemma === head ? [at] : [],
  );
  return (
    places.length > 0 &&
    places.every((at) => {
      const run = modifiersBefore(parsed.tokens, at);
      if (run.some((word) => modifiers.has(word.lemma))) return false;
      return run.some(
        (word) => (word.pos === 'NOUN' || word.pos === 'PROPN') && !asked.has(word.lemma),
      );
    })
  );
}
