/**
 * What kind of name a name is — a person, an organisation or a place — from the
 * word vectors of its words: "Iran" and "Pakistan" sit near "country" and
 * "city", "Microsoft" near "company", "John" near "man". Only names every word
 * of which has a vector are typed, and only when one kind is clearly nearer than
 * the others; the rest (most of a corpus's own names) are left to grammar.
 */
import { COMMON_WORD_RANK, type WordVectors } from '../../embed/word-vectors.js';
import { dot } from '../../embed/term-weights.js';
import { TYPE_NOUNS, namedKindOfNoun, typeOfNoun } from '../analyze/classify-question.js';
import type { Entity, ParsedText, Token } from '../analyze/parse-text.js';
import { lemmatize } from '../../text/tokenize.js';
import type { AnswerType } from '../analyze/question-types.js';

const NAME_KINDS: ReadonlySet<AnswerType> = new Set(['person', 'organization', 'place']);
/**
 * How much nearer the nearest kind must be than the next (cosine); chosen on the development
 * sets: "Iran" is 0.12 nearer a place than an organisation, "Saudi Arabia" too close to call.
 */
const KIND_MARGIN = 0.1;

/** Names whose kind is remembered at most. */
const MAX_REMEMBERED = 50_000;

export type NameKind = (name: string) => AnswerType | null;

export function createNameKind(lexicon: WordVectors): NameKind {
  const kinds = TYPE_NOUNS.filter(([type]) => NAME_KINDS.has(type)).map(([type, nouns]) => ({
    type,
    vectors: nouns.flatMap((noun) => lexicon.vector(noun) ?? []),
  }));
  const known = new Map<string, AnswerType | null>();
  return (name) => {
    const key = name.toLowerCase();
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    const all = key.split(/[^\p{L}]+/u).filter((word) => word.length > 1);
    // An English compound name's last word is its head when it is a common noun ("Larchmont
    // Developments", "Wendle County"): it says what the name is; the words before it only
    // tell which one (and may be a real place's name, as "Larchmont" is).
    const head = all.at(-1);
    const words =
      all.length >= 2 && head !== undefined && (lexicon.rank(head) ?? Infinity) < COMMON_WORD_RANK
        ? [head]
        : all;
    const vectors = words.map((word) => lexicon.vector(word));
    let kind: AnswerType | null = null;
    // Or its first word, when that is a common noun of place or organisation that classifies
    // the rest ("Port Vellan", "Lake Orta", "University of Wendle"); a title ("Captain",
    // "President") is near no kind of name, and "Chief" is a person's.
    const first = all[0];
    const classifier =
      words === all &&
      all.length >= 2 &&
      first !== undefined &&
      (lexicon.rank(first) ?? Infinity) < COMMON_WORD_RANK
        ? namedKindOfNoun(first, lexicon)
        : null;
    if (classifier !== null) kind = classifier;
    else if (words.length > 0 && vectors.every((vector) => vector !== undefined)) {
      const sum = new Float32Array(lexicon.dimension);
      for (const vector of vectors) vector!.forEach((value, at) => (sum[at]! += value));
      const norm = Math.hypot(...sum) || 1;
      const mean = sum.map((value) => value / norm);
      const scored = kinds
        .map(({ type, vectors }) => ({
          type,
          similarity: Math.max(-1, ...vectors.map((vector) => dot(mean, vector))),
        }))
        .sort((a, b) => b.similarity - a.similarity);
      if (scored.length >= 2 && scored[0]!.similarity - scored[1]!.similarity >= KIND_MARGIN)
        kind = scored[0]!.type;
    }
    // Names seen are few next to a corpus's words; the memo is emptied when it grows past that.
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(key, kind);
    return kind;
  };
}

/** The kind a name takes from the noun it stands in apposition to, or null. */
export type AppositionKind = (entity: Entity, parsed: ParsedText) => AnswerType | null;

/**
 * The kind a sentence gives a name by the common noun it stands in apposition to: "the
 * market town of Dunmere" is a place, "the Dutch group Vennik" an organisation, "her partner
 * Ewan Bell" a person — when that noun is a type noun or close to one; else null. Each
 * noun's kind is worked out once.
 */
export function createAppositionKind(
  lexicon: WordVectors,
  /** True when a noun's most frequent sense names a person (WordNet's: "student", "manager"). */
  namesPerson: (lemma: string) => boolean = () => false,
): AppositionKind {
  const known = new Map<string, AnswerType | null>();
  return (entity, parsed) => {
    const tokens = parsed.tokens;
    const before = tokens[entity.first - 1];
    const noun = (before?.normal === 'of' ? tokens[entity.first - 2] : before) ?? undefined;
    const described = noun?.pos === 'NOUN' ? noun : bracketedNoun(tokens, entity.last + 1);
    if (described === undefined) return null;
    const lemma = lemmatize(described.normal);
    if (!known.has(lemma)) {
      const kind = typeOfNoun(lemma, lexicon) ?? (namesPerson(lemma) ? 'person' : null);
      if (known.size >= MAX_REMEMBERED) known.clear();
      known.set(lemma, kind !== null && NAME_KINDS.has(kind) ? kind : null);
    }
    return known.get(lemma)!;
  };
}

/**
 * The head noun of a bracket right after a name, describing it: "Eilidh MacBride (PhD
 * student)", "Vennik (a Dutch group)" — the last noun before the bracket closes or a comma
 * ("(PhD student, minutes)").
 */
function bracketedNoun(tokens: readonly Token[], open: number): Token | undefined {
  if (tokens[open]?.text !== '(') return undefined;
  let head: Token | undefined;
  for (let at = open + 1; at < tokens.length; at += 1) {
    const token = tokens[at]!;
    if (token.text === ')' || token.text === ',') return head;
    if (token.pos === 'NOUN') head = token;
    else if (!['ADJ', 'DET', 'PROPN', 'NUM'].includes(token.pos)) return undefined;
  }
  return undefined;
}
