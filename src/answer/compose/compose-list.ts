/**
 * A list: every distinct item of the asked-for type in the sentences about
 * the question, each cited, with how many were found. Items are the
 * entities of the expected type (names for people, groups and places) near
 * the noun the question asks about; without a type, the distinct sentences.
 */
import { TITLES_OF_ADDRESS } from '../evidence/answer-fit.js';
import { lemmatize, tokenize } from '../../text/tokenize.js';
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import type { Entity, Token } from '../analyze/parse-text.js';
import { countValue } from '../analyze/find-constraints.js';
import type { Draft } from './draft.js';
import { inReadingOrder, pickDistinct } from './pick-sentences.js';
import { fullNameOf } from './full-name.js';
import { INTRODUCER_SEARCH, itemLabel, listAfter, MAX_ITEMS } from './introduced-list.js';
import { answerAfter, asksItself } from './posed-question.js';
import { valueLabelledBy } from './labelled-value.js';
import { sectionDraft } from './section-list.js';
import { datelineLength } from '../evidence/dateline.js';
import { tableColumns } from '../evidence/table-columns.js';
import { TYPE_NOUNS } from '../analyze/classify-question.js';

const isTypeNoun = (lemma: string) => TYPE_NOUNS.some(([, nouns]) => nouns.includes(lemma));

/** How many tokens from the asked-for noun an item may be; chosen on the development sets. */
const ITEM_DISTANCE = 12;
/** Kinds of list item that are names. */
const NAME_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'place']);

/** Least fit (answer-fit.ts) of a list item to the kind asked for; chosen on the development sets. */
const ITEM_FIT = 0.6;
/** Names coordinated together that make an enumeration of items whatever their fit; set once, not tuned. */
const ENUMERATED = 3;
/** Share of the best coverage a sentence needs to contribute items; chosen on the development sets. */
const ITEM_COVERAGE = 0.8;

function key(text: string): string {
  return tokenize(text.replace(/['’]s\b/gu, '')).join(' ');
}

export function composeList(
  evidence: Evidence,
  {
    minCoverage,
    namedKind,
  }: {
    minCoverage: number;
    /** Whether WordNet knows a name as one of a kind (`namedKind` in wordnet.ts). */
    namedKind?: ((name: string, noun: string) => boolean | null) | undefined;
  },
): Draft {
  const { analysis } = evidence;
  // Items come from the articles the question names, when it names any.
  const named = analysis.documents;
  const relevant = evidence.sentences.filter(
    (sentence) =>
      sentence.coverage >= minCoverage * 0.8 &&
      sentence.unmet === null &&
      (named.length === 0 || named.includes(sentence.document.docId)),
  );
  if (relevant.length === 0) return { parts: [] };
  // "Which members are named as present at the 2018 AGM?" — "Present: Bernadette
  // O'Shaughnessy (Chair); Lorna Vickery (Secretary); …": a line whose short label states a
  // word asked lists its items in its value, one a semicolon (or one a name, without them).
  const askedWords = new Set(
    analysis.terms.filter((term) => term.primary && !term.name).map((term) => term.lemma),
  );
  for (const sentence of relevant.slice(0, INTRODUCER_SEARCH)) {
    const labelled = valueLabelledBy(sentence.text, (word) => askedWords.has(lemmatize(word)));
    if (!labelled) continue;
    const names = sentence.parsed.entities.filter(
      (entity) => entity.type === 'name' && entity.start >= labelled.start,
    );
    if (names.length < 2) continue;
    // Each item names one ("and 30 other members" counts none of them).
    const items = labelled.value.includes(';')
      ? labelled.value
          .split(/\s*;\s*/u)
          .filter((item) => names.some((entity) => item.includes(entity.text)))
      : names.map((entity) => entity.text);
    if (items.length < 2) continue;
    return {
      lead: `${items.length} found:`,
      items: items.map((text) => ({ text, sentence })),
      parts: [],
      bullets: true,
    };
  }
  // "List the action items" of a postmortem with a section "## Action items": its items.
  const sectioned = sectionDraft(evidence);
  if (sectioned) return sectioned;
  const primary = new Set(analysis.terms.filter((term) => term.primary).map((term) => term.lemma));
  const asked = analysis.focus?.lemma ?? analysis.head ?? undefined;
  // "Which people are quoted?", "the people who served as chief executive": a noun that only
  // names the kind asked for is no word the sentences write beside their items; the
  // question's other nouns are ("executive"), when it has any.
  const kindOnly = asked !== undefined && isTypeNoun(asked);
  const anchorWords = kindOnly
    ? analysis.parsed.tokens
        .filter((token) => token.pos === 'NOUN')
        .map((token) => lemmatize(token.normal))
        .filter((lemma) => lemma !== asked && primary.has(lemma))
    : asked !== undefined
      ? [asked]
      : [];
  const typed = analysis.answerType !== 'any' || asked !== undefined;
  // Items come from the sentences that cover the question nearly as well as the best one
  // holding any answer of the kind asked (a sentence naming none, "He became chief fire officer
  // in 2009", sets no bar for those that do), near the noun asked about where a sentence names
  // it ("…armed groups").
  const holding = relevant.filter((sentence) => sentence.answers.length > 0);
  const best = Math.max(
    ...(holding.length > 0 ? holding : relevant).map((sentence) => sentence.coverage),
  );
  const strong = relevant.filter((sentence) => sentence.coverage >= ITEM_COVERAGE * best);
  // "Aurelian sells three fare types on short-haul routes:" followed by a bulleted list: the
  // sentence that introduces a list, among the best few, is answered by that list's items.
  for (const introducer of relevant.slice(0, INTRODUCER_SEARCH)) {
    const listed = listAfter(evidence, introducer, { paragraph: true });
    if (listed.length < 1) continue;
    return {
      lead: `${listed.length} found:`,
      items: listed.map((sentence) => ({
        text: letteredValue(sentence.text) ?? itemLabel(sentence.text),
        sentence,
      })),
      parts: [{ sentence: introducer }],
      bullets: true,
    };
  }
  // "Q: What are your priorities for 2023?" then "A: Three things. First, …": a question the
  // article asks itself, among the best few, is answered by what follows it (posed-question.ts),
  // whatever that answer's wording.
  for (const posed of relevant.slice(0, INTRODUCER_SEARCH)) {
    if (!asksItself(posed)) continue;
    const following = answerAfter(evidence, posed);
    if (following.length === 0) continue;
    return { parts: [posed, ...following].map((sentence) => ({ sentence })) };
  }
  // "Option A: Sell the building…", "Option B: …": lines under one label word and a letter or
  // number are one list's entries; one of them among the best few lists them all, in order,
  // each by its value's first phrase.
  for (const sentence of relevant.slice(0, INTRODUCER_SEARCH)) {
    const entries = letteredEntries(evidence, sentence);
    if (entries.length < 2) continue;
    return {
      lead: `${entries.length} found:`,
      items: entries.map(({ value, sentence: entry }) => ({ text: value, sentence: entry })),
      parts: [],
      bullets: true,
    };
  }
  // "Name the three judges…": the sentence naming just that many items of the kind asked,
  // among those about the question, lists them, however weakly it states the rest.
  const wanted = asked === undefined ? null : askedCount(analysis.parsed.tokens, asked);
  if (wanted !== null && wanted >= 2 && NAME_KINDS.has(analysis.answerType)) {
    for (const sentence of relevant) {
      const found = collectItems([sentence], analysis, []);
      if (found.length !== wanted) continue;
      return {
        lead: `${found.length} found:`,
        items: found.map((item) => ({ text: item.entity.text, sentence: item.sentence })),
        parts: [{ sentence }],
        bullets: true,
      };
    }
  }
  // "Which countries…": a name WordNet knows as another kind ("Beijing", a city) is no item;
  // one it knows as the kind asked is, in any sentence about the question ("talks between
  // China, Pakistan and Iran").
  const ofKind = (name: string): boolean | null =>
    asked === undefined || !namedKind ? null : namedKind(name, asked);
  const collected = typed ? collectItems(strong, analysis, anchorWords, ofKind) : [];
  // Only when the sentences' own items are too few to list: the names met beside them are
  // of the kind, but the sentences may relate them otherwise ("sold in the United States…,
  // assembled in Vietnam").
  const items =
    typed && asked !== undefined && namedKind && collected.length < 2
      ? [
          ...collected,
          // "Which cities are mentioned?" asks of nothing but the kind: every sentence found.
          ...knownOfKind(
            kindOnly && anchorWords.length === 0 ? evidence.sentences : relevant,
            analysis,
            collected,
            ofKind,
          ),
        ]
      : collected;
  // "**Day 1: Ghent**" found: the diary's other days ("Day 11: Dresden") are entries too.
  items.push(...parallelEntries(evidence, items));
  if (items.length >= 2) {
    // "Which courts heard the case?": when the names themselves write the kind asked
    // ("Halbury Crown Court", "Court of Appeal"), a name that does not is of another kind
    // ("Neil Ashcombe", found beside "Halbury Crown Court"), unless listed with one that does.
    // Not for a noun naming a type of answer ("organisations"), which names need not write.
    const written = kindOnly ? [] : items.filter((item) => ofKind(item.entity.text) === true);
    const ofTheKind =
      written.length >= 2
        ? items.filter(
            (item) =>
              ofKind(item.entity.text) === true ||
              written.some(
                (other) =>
                  other.sentence === item.sentence &&
                  coordinated(item.entity, [item.entity, other.entity], item.sentence),
              ),
          )
        : items;
    const kept = withoutShortForms(ofTheKind);
    const sentences = pickDistinct(
      kept.map((item) => item.sentence),
      { count: 6, value: (sentence) => sentence.score, maxOverlap: 0.95 },
    );
    // A person named by one word or a title and one ("Ms Obi") is listed by the full name
    // another sentence of the article gives ("Rachel Obi"), that sentence cited, as a factoid's
    // answer is; once.
    const shown = kept.map((item) => {
      const full =
        analysis.answerType === 'person'
          ? fullNameOf(evidence, item.sentence, item.entity.text)
          : undefined;
      // Not a longer name of the item's own sentence ("Councillors Varga, Doyle…" lists "Varga").
      return full && full.sentence !== item.sentence
        ? { text: full.name, sentence: full.sentence }
        : { text: item.entity.text, sentence: item.sentence };
    });
    const listed = shown.filter(
      (item, index) => shown.findIndex((other) => other.text === item.text) === index,
    );
    return {
      lead: `${listed.length} found:`,
      items: listed,
      parts: inReadingOrder(sentences).map((sentence) => ({ sentence })),
      bullets: true,
    };
  }
  const sentences = pickDistinct(relevant, { count: 6, value: (sentence) => sentence.score });
  return { parts: inReadingOrder(sentences).map((sentence) => ({ sentence })), bullets: true };
}

/** "Option A: Sell the building…", "Phase 2 – …": a label word, a letter or number, and a value. */
const LETTERED_ENTRY = /^[*_]*(\p{Lu}\p{Ll}+)\s+(\p{Lu}|\d{1,2})[*_]*\s*[:–—-]\s*[*_]*(.+)$/u;

/**
 * The entries of `sentence`'s article under the label word `sentence` opens with ("Option A:",
 * "Option B:"), in order, each by its value's first phrase (to a comma or semicolon); none when
 * the sentence is no such entry.
 */
function letteredEntries(
  evidence: Evidence,
  sentence: EvidenceSentence,
): { value: string; sentence: EvidenceSentence }[] {
  const label = LETTERED_ENTRY.exec(sentence.text)?.[1];
  if (label === undefined) return [];
  const seen = new Set<string>();
  return evidence.sentencesOf(sentence.document.docId).flatMap((other) => {
    const match = LETTERED_ENTRY.exec(other.text);
    if (!match || match[1] !== label || seen.has(match[2]!)) return [];
    seen.add(match[2]!);
    const value = letteredValue(other.text);
    return value === null ? [] : [{ value, sentence: other }];
  });
}

/**
 * The first phrase (to a comma or semicolon) of a lettered entry's value ("Option B: a new
 * aquatic centre at Parkside, next to…": "a new aquatic centre at Parkside"), what tells it from
 * the others as its label does not; null for a line that is no such entry.
 */
function letteredValue(text: string): string | null {
  const value = LETTERED_ENTRY.exec(text)?.[3]
    ?.split(/[,;]/u)[0]
    ?.replace(/[*_.]+$/u, '')
    .trim();
  return value ? value : null;
}

/** "**Day 1: Ghent**": a short line labelled by a word and a number, and its value. */
const NUMBERED_ENTRY = /^[*_]*(\p{L}+)\s+\d+[*_]*\s*:\s*[*_]*(.+?)[*_]*$/u;

/**
 * The entries parallel to items found on numbered lines ("Day 1: Ghent" … "Day 11: Dresden"):
 * a diary's, a programme's or a timeline's lines under one label make one list, so each whose
 * value is one answer of the kind asked is an item, wherever in its article it stands (the
 * search finds a few of an article's passages, not all of them).
 */
function parallelEntries(
  evidence: Evidence,
  items: readonly { entity: Entity; sentence: EvidenceSentence }[],
): { entity: Entity; sentence: EvidenceSentence }[] {
  const found: { entity: Entity; sentence: EvidenceSentence }[] = [];
  const seen = new Set(items.map((item) => key(item.entity.text)));
  const read = new Set<string>();
  for (const item of items) {
    const match = NUMBERED_ENTRY.exec(item.sentence.text);
    if (!match || match[2]!.trim() !== item.entity.text) continue;
    const label = `${item.sentence.document.docId}\u0000${match[1]!.toLowerCase()}`;
    if (read.has(label)) continue;
    read.add(label);
    for (const other of evidence.sentencesOf(item.sentence.document.docId)) {
      const entry = NUMBERED_ENTRY.exec(other.text);
      if (!entry || entry[1]!.toLowerCase() !== match[1]!.toLowerCase()) continue;
      const value = entry[2]!.trim();
      // Entries under one label share their kind, as coordinated items do: any answer will do.
      const entity = other.answers.find((answer) => answer.text === value);
      if (!entity || seen.has(key(entity.text))) continue;
      seen.add(key(entity.text));
      found.push({ entity, sentence: other });
    }
  }
  return found;
}

/**
 * The count the question gives the noun asked about ("the three judges", "4 new stations"):
 * a number before it, adjectives between; null without one.
 */
function askedCount(tokens: readonly Token[], asked: string): number | null {
  const at = tokens.findIndex((token) => lemmatize(token.normal) === asked);
  let before = at - 1;
  while (before >= 0 && tokens[before]!.pos === 'ADJ') before -= 1;
  return at > 0 && before >= 0 ? countValue(tokens[before]!.normal) : null;
}

/** The entity is joined to another of the list's by a comma, "and" or "or" ("A, B and C"). */
function coordinated(entity: Entity, entities: Entity[], sentence: EvidenceSentence): boolean {
  return entities.some((other) => {
    if (other === entity) return false;
    const [left, right] = other.start < entity.start ? [other, entity] : [entity, other];
    // A parenthesis describing the first ("Helen Quayle (Ward 7, Riverside), Brendan Doyle")
    // does not break the coordination.
    const between = sentence.text.slice(left.end, right.start).replace(/^\s*\([^()]*\)/u, '');
    // "…the United Kingdom and, for the first time, Germany": an aside between commas after
    // the conjunction does not break it either.
    return (
      (/^\s*(,|and|or|, and|, or)\s*(,[^,()]{1,40},\s*)?(the\s+)?$/iu.test(between) &&
        !joinsClauses(left, right, sentence)) ||
      describedItem(left, right, sentence)
    );
  });
}

/**
 * True when "and" between two names joins two clauses, not two names: the first ends a phrase
 * after a preposition ("…is now at Port Ardrain on Islay") and the second is the subject of a
 * verb of its own, past a relative clause set off by commas ("and Ruth Calder, who created the
 * gin, has stepped back"). Names listed after one preposition ("to Veldhaven, Ostravia and
 * Harbourton") or before one verb ("Bramble, Sorrel, and Ash were born") stay one list.
 */
function joinsClauses(left: Entity, right: Entity, sentence: EvidenceSentence): boolean {
  const { tokens } = sentence.parsed;
  if (tokens[left.first - 1]?.pos !== 'ADP') return false;
  if (!tokens.slice(left.last + 1, right.first).some((token) => token.pos === 'CCONJ'))
    return false;
  let at = right.last + 1;
  // Past ", who …," describing the second name.
  if (tokens[at]?.text === ',' && ['who', 'which'].includes(tokens[at + 1]?.normal ?? '')) {
    const close = tokens.findIndex((token, index) => index > at + 1 && token.text === ',');
    if (close < 0) return false;
    at = close + 1;
  }
  while (tokens[at]?.pos === 'ADV') at += 1;
  return tokens[at]?.pos === 'VERB' || tokens[at]?.pos === 'AUX';
}

/** Most common words describing an item before its name ("the sportswear maker"); set once. */
const MAX_DESCRIPTION = 3;

/**
 * Two names coordinated with a description of the second before it: "Norvik Power, the
 * sportswear maker Strideline and…" — a comma or a conjunction, then a determiner and a few
 * common nouns or adjectives in lower case, as English introduces an item it describes.
 */
function describedItem(left: Entity, right: Entity, sentence: EvidenceSentence): boolean {
  const between = sentence.parsed.tokens.slice(left.last + 1, right.first);
  let at = 0;
  if (between[at]?.normal === ',') at += 1;
  if (between[at]?.pos === 'CCONJ') at += 1;
  if (at === 0 || between[at]?.pos !== 'DET') return false;
  const words = between.slice(at + 1);
  return (
    words.length >= 1 &&
    words.length <= MAX_DESCRIPTION &&
    words.every((token) => ['NOUN', 'ADJ'].includes(token.pos) && /^\p{Ll}/u.test(token.text))
  );
}

/**
 * The item's name with the capitalised words that carry it on, which the tagger may read as
 * common nouns ("Branswick Building Society", "Fenwick Park"): a list's item is named whole.
 */
function wholeName(entity: Entity, sentence: EvidenceSentence): Entity {
  if (entity.type !== 'name') return entity;
  const tokens = sentence.parsed.tokens;
  let last = entity.last;
  while (
    tokens[last + 1] !== undefined &&
    ['NOUN', 'PROPN', 'ADJ'].includes(tokens[last + 1]!.pos) &&
    /^\p{Lu}\p{Ll}/u.test(tokens[last + 1]!.text)
  )
    last += 1;
  if (last === entity.last) return entity;
  const end = tokens[last]!.end;
  return { ...entity, last, end, text: sentence.text.slice(entity.start, end) };
}

/** The entity stands inside an open bracket of its sentence. */
function inBrackets(entity: Entity, text: string): boolean {
  const before = text.slice(0, entity.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/**
 * The name is a possessor ("Iran's regional rival"): it opens a noun phrase in apposition, not
 * another item of a coordination ("Saudi Arabia, Iran's regional rival, …").
 */
function possessive(entity: Entity, sentence: EvidenceSentence): boolean {
  return /^['’]s\b/u.test(sentence.text.slice(entity.end)) || /['’]s$/u.test(entity.text);
}

/**
 * The items without those a longer one names already: "Mr Hoskin" beside "Coxswain Trevor
 * Hoskin" (every word of the shorter but its title of address in the one longer item), as an
 * article names a person in full, then by title and surname. A short form two longer items
 * could stand for ("Quayle" beside "Helen Quayle" and "Martin Quayle") stays.
 */
export function withoutShortForms<T extends { entity: Entity }>(items: readonly T[]): T[] {
  const wordsOf = (item: T) =>
    tokenize(item.entity.text).filter((word) => !TITLES_OF_ADDRESS.has(word));
  return items.filter((item) => {
    const own = wordsOf(item);
    const longer = items.filter((other) => {
      if (other === item) return false;
      const words = wordsOf(other);
      return words.length > own.length && own.every((word) => words.includes(word));
    });
    return own.length === 0 || longer.length !== 1;
  });
}

/** `chosen` and every entity of `all` coordinated with one of them, link by link, in text order. */
function withCoordinated(chosen: Entity[], all: Entity[], sentence: EvidenceSentence): Entity[] {
  const kept = new Set(chosen);
  let grew = true;
  while (grew) {
    grew = false;
    for (const entity of all)
      if (!kept.has(entity) && coordinated(entity, [...kept], sentence)) {
        kept.add(entity);
        grew = true;
      }
  }
  return all.filter((entity) => kept.has(entity));
}

/**
 * The names WordNet knows as the kind asked, in the sentences about the question, that
 * `listed` does not hold yet (a name once, its first sentence; as collectItems, none the
 * question gives nor the dateline's).
 */
function knownOfKind(
  relevant: readonly EvidenceSentence[],
  analysis: Evidence['analysis'],
  listed: readonly { entity: Entity }[],
  ofKind: (name: string) => boolean | null,
): { entity: Entity; sentence: EvidenceSentence }[] {
  const seen = new Set(listed.map((item) => key(item.entity.text)));
  const question = tokenize(analysis.question).join(' ');
  const found: { entity: Entity; sentence: EvidenceSentence }[] = [];
  for (const sentence of inReadingOrder([...relevant])) {
    const dateline = datelineLength(sentence.text);
    for (const entity of sentence.parsed.entities) {
      if (listed.length + found.length >= MAX_ITEMS) return found;
      if (entity.type !== 'name' || entity.end <= dateline) continue;
      const id = key(entity.text);
      if (id === '' || seen.has(id) || question.includes(id) || ofKind(entity.text) !== true)
        continue;
      seen.add(id);
      found.push({ entity, sentence });
    }
  }
  return found;
}

function collectItems(
  relevant: EvidenceSentence[],
  analysis: Evidence['analysis'],
  anchorWords: readonly string[],
  ofKind: (name: string) => boolean | null = () => null,
): { entity: Entity; sentence: EvidenceSentence }[] {
  const items: { entity: Entity; sentence: EvidenceSentence; column: boolean }[] = [];
  const seen: string[] = [];
  for (const sentence of relevant) {
    if (items.length >= MAX_ITEMS) break;
    const anchors = sentence.parsed.tokens.flatMap((token, index) =>
      anchorWords.includes(lemmatize(token.normal)) ? [index] : [],
    );
    // Items fit the kind asked for well: a lone adjective of nationality is no group.
    // Coordinated items share their fit ("to Veldhaven, Ostravia and Harbourton": all places).
    const fitting =
      analysis.answerType !== 'any'
        ? sentence.answers.filter((_, index) => (sentence.fits[index] ?? 1) >= ITEM_FIT)
        : [];
    // "Areas affected: Wenvale District (including Ashbridge, …), Lower Tarrow, North Denholm":
    // names of a kind the vectors cannot tell, each an answer of some fit, enumerated together
    // (three or more coordinated) are items of one list too.
    if (fitting.length === 0 && analysis.answerType !== 'any')
      fitting.push(
        ...sentence.answers.filter(
          (entity) =>
            entity.type === 'name' &&
            withCoordinated([entity], sentence.answers, sentence).length >= ENUMERATED,
        ),
      );
    // A dateline's place ("LONDON — ") is where the article was filed, no item.
    const dateline = datelineLength(sentence.text);
    // A name coordinated with the items is one too, whatever kind it was guessed to be
    // ("Councillors Varga, Doyle, Castell and H. Quayle": Castell, read as a place).
    const overlaps = (entity: Entity) =>
      sentence.answers.some((answer) => answer.start < entity.end && entity.start < answer.end);
    const names = NAME_KINDS.has(analysis.answerType)
      ? sentence.parsed.entities.filter(
          (entity) => entity.type === 'name' && entity.end > dateline && !overlaps(entity),
        )
      : [];
    const entities =
      analysis.answerType !== 'any'
        ? withCoordinated(fitting, [...sentence.answers, ...names], sentence).sort(
            (a, b) => a.start - b.start,
          )
        : sentence.parsed.entities.filter(
            (entity) => entity.type === 'name' && entity.end > dateline,
          );
    // A table row names what its cells are by its columns' names ("| Candidate | Votes |"):
    // a name under the column named as the thing asked is one of the items.
    const columns = tableColumns(sentence.document.fileText, sentence.span.start);
    const underAsked = (entity: Entity) => {
      const column = columns?.nameAt(entity.start);
      return (
        column != null && tokenize(column).some((word) => anchorWords.includes(lemmatize(word)))
      );
    };
    for (const found of entities) {
      const entity = wholeName(found, sentence);
      const near =
        underAsked(entity) ||
        anchors.some(
          (at) =>
            Math.abs(at - entity.first) <= ITEM_DISTANCE ||
            Math.abs(at - entity.last) <= ITEM_DISTANCE,
        );
      // Far from the noun asked, an item still counts when coordinated with the others.
      if (anchors.length > 0 && !near && !coordinated(entity, entities, sentence)) continue;
      // A name in brackets describes the item before it ("Helen Quayle (Ward 7, Riverside)"),
      // and a possessor opens a description ("Saudi Arabia, Iran's regional rival").
      if (inBrackets(entity, sentence.text) || possessive(entity, sentence)) continue;
      if (ofKind(entity.text) === false) continue;
      // A sentence that does not name the thing asked lists it by coordination ("PC, Corsa X,
      // Helix 4 and the Nimbus 2"); a name standing alone there is the sentence's topic, not an item.
      if (
        anchorWords.length > 0 &&
        anchors.length === 0 &&
        !near &&
        !coordinated(entity, entities, sentence)
      )
        continue;
      const id = key(entity.text);
      if (id === '' || tokenize(analysis.question).join(' ').includes(id)) continue;
      if (seen.some((other) => other === id || other.includes(id))) continue;
      // A fuller name replaces the shorter one already listed ("Baloch" → "Baloch Raaji Aajoi Sangar").
      const shorter = seen.findIndex((other) => id.includes(other));
      if (shorter >= 0) {
        seen[shorter] = id;
        items[shorter] = { entity, sentence, column: underAsked(entity) };
        continue;
      }
      seen.push(id);
      items.push({ entity, sentence, column: underAsked(entity) });
      if (items.length >= MAX_ITEMS) break;
    }
  }
  // A table's column named as the thing asked lists it whole: names met in prose about it are
  // other things ("Helen Quayle holds her seat… over the Caldermouth First candidate").
  return items.some((item) => item.column) ? items.filter((item) => item.column) : items;
}
