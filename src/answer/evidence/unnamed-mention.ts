/**
 * A sentence that writes the noun asked about only as an unnamed one names none of it: "What is
 * the name of Tamarack's partner factory in Taiwan?" is not answered by "…are made by a partner
 * factory in Taiwan": English's indefinite article ("a", "an") brings in a thing without naming
 * it, as a possessor does a role ("Guelph's mayor cut a ribbon"). The sentence's other names
 * ("its Muskoka commuter range") are other things. A name set beside the noun names it: in
 * apposition ("Spokes, a bike shop in Laval"; "a bike shop, Spokes,"), after "called" or
 * "named", or as the subject the noun is said of ("Spokes is a bike shop").
 */
import { lemmatize } from '../../text/tokenize.js';
import type { ParsedText } from '../analyze/parse-text.js';

/** Parts of speech inside a noun phrase before its head ("a partner factory", "a new steel canopy"). */
const BEFORE_HEAD: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'NUM', 'ADV']);
/** Words after the noun that name it next ("a shop called Spokes"). */
const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'named']);

/** True when every use of the noun `head` (a lemma) in the sentence is an unnamed one; false when it has none. */
export function namesOnlyUnnamed(parsed: ParsedText, head: string): boolean {
  const uses = parsed.tokens.flatMap((token, at) =>
    token.pos === 'NOUN' && lemmatize(token.normal) === head ? [at] : [],
  );
  return uses.length > 0 && uses.every((at) => unnamedAt(parsed, at));
}

/** Parts of speech before a name in apposition ("the 10-metre Morwenna Hope"). */
const IN_APPOSITION_LEAD: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PUNCT']);
/** Words before a name in apposition, at most; set once, not tuned. */
const APPOSITION_LEAD = 4;

/** Words after the noun a relative clause naming it may take to its naming verb ("which the children have named…"). */
const NAMING_REACH = 6;

function unnamedAt(parsed: ParsedText, at: number): boolean {
  const tokens = parsed.tokens;
  // A name ending (or starting) at a token: a proper noun, or a word capitalised inside the
  // sentence ("Phil at Home", whatever the tagger made of "Home").
  const named = (index: number) =>
    tokens[index]?.pos === 'PROPN' || (index > 0 && /^\p{Lu}/u.test(tokens[index]?.text ?? ''));
  // The noun heads its phrase: "a park ranger" speaks of a ranger, not a park, and "a
  // part-time library manager" of a manager.
  const next = tokens[at + 1];
  if (['NOUN', 'PROPN'].includes(next?.pos ?? '') || next?.text === '-') return false;
  let start = at;
  while (start > 0 && BEFORE_HEAD.has(tokens[start - 1]!.pos)) start -= 1;
  const determiner = tokens[start - 1];
  let opens: number;
  if (determiner !== undefined && ['a', 'an'].includes(determiner.normal)) opens = start - 1;
  else if (determiner?.pos === 'PART' && /^['’]s$/u.test(determiner.normal)) {
    // "Guelph's mayor": the phrase opens with its possessor's name.
    opens = start - 2;
    while (opens > 0 && tokens[opens - 1]!.pos === 'PROPN') opens -= 1;
    if (tokens[opens]?.pos !== 'PROPN') return false;
  } else return false;
  const before = tokens[opens - 1];
  // "Spokes is a bike shop": said of its subject, which names it.
  if (before?.pos === 'AUX' || before?.lemma === 'become') return false;
  // "Spokes, a bike shop in Laval": a name in apposition before it.
  if (before?.text === ',' && named(opens - 2)) return false;
  // "a bike shop, Spokes,", "Jory Pascoe's new boat, the 10-metre Morwenna Hope".
  if (tokens[at + 1]?.text === ',') {
    let next = at + 2;
    while (next < at + 2 + APPOSITION_LEAD && IN_APPOSITION_LEAD.has(tokens[next]?.pos ?? '')) {
      if (named(next)) break;
      next += 1;
    }
    if (named(next)) return false;
  }
  // "a shop called Spokes", "a new library, which the children have named The Nest".
  for (let next = at + 1; next <= at + 1 + NAMING_REACH && next < tokens.length; next += 1) {
    if (['.', ';', ':'].includes(tokens[next]!.text)) break;
    if (NAMING_VERBS.has(tokens[next]!.normal)) return false;
  }
  return true;
}
