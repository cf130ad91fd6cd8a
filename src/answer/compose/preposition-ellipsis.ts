/**
 * A follow-up of a preposition and a wh-word alone ("From whom?", "With whom?", "By whom?",
 * "Until when?"): English ellipsis for the phrase that preposition governs in what was just
 * said. "Quillmark has raised $12 million from Fjordline Ventures and existing investors" —
 * "From whom?" — "Fjordline Ventures and existing investors".
 */
import type { ParsedText, Token } from '../analyze/parse-text.js';
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import type { Draft } from './draft.js';

/** The wh-words such a follow-up ends with. */
const WH_WORDS: ReadonlySet<string> = new Set(['whom', 'who', 'what', 'where', 'when', 'which']);

/** Parts of speech of a noun phrase's words (and "and", "of" joining them). */
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const JOINERS: ReadonlySet<string> = new Set(['and', 'of', '&']);

/** The preposition the question is made of with a wh-word alone, or null. */
export function ellipticalPreposition(tokens: readonly Token[]): string | null {
  const words = tokens.filter((token) => token.pos !== 'PUNCT');
  if (words.length !== 2) return null;
  const [preposition, wh] = words as [Token, Token];
  return preposition.pos === 'ADP' && WH_WORDS.has(wh.normal) ? preposition.normal : null;
}

/** The noun phrase right after `preposition` in the sentence (its first use), or null. */
function phraseAfter(parsed: ParsedText, preposition: string): string | null {
  const at = parsed.tokens.findIndex((token) => token.normal === preposition);
  if (at < 0) return null;
  // A participle before a noun modifies it ("existing investors").
  const inPhrase = (index: number) => {
    const token = parsed.tokens[index];
    if (!token) return false;
    return (
      PHRASE_POS.has(token.pos) ||
      (token.pos === 'VERB' && parsed.tokens[index + 1]?.pos === 'NOUN')
    );
  };
  let last = at;
  for (let next = at + 1; next < parsed.tokens.length; next += 1) {
    const token = parsed.tokens[next]!;
    if (inPhrase(next)) last = next;
    else if (JOINERS.has(token.normal) && inPhrase(next + 1)) continue;
    // A name after a preposition says which ones ("two engineers from Brennan Marine").
    else if (token.pos === 'ADP' && parsed.tokens[next + 1]?.pos === 'PROPN') continue;
    else break;
  }
  if (last === at) return null;
  return parsed.text.slice(parsed.tokens[at + 1]!.start, parsed.tokens[last]!.end);
}

/**
 * The answer to such a follow-up from the previous answer's sentence that holds the
 * preposition; null when the question is no such follow-up or no sentence answers it.
 */
export function composePrepositionEllipsis(evidence: Evidence): Draft | null {
  const { analysis } = evidence;
  const preposition = ellipticalPreposition(analysis.parsed.tokens);
  if (preposition === null || analysis.previousAnswer === '') return null;
  const said = (sentence: EvidenceSentence) => analysis.previousAnswer.includes(sentence.text);
  for (const sentence of evidence.sentences.filter(said)) {
    const phrase = phraseAfter(sentence.parsed, preposition);
    if (phrase !== null) return { lead: phrase, leadSentence: sentence, parts: [{ sentence }] };
  }
  return null;
}
