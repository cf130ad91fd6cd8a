/**
 * Which articles a question names: by id ("004"), publisher ("the Dawn
 * piece"), date ("the April 30, 2024 one"), most of its title's words, or a
 * word that heads exactly one article ("the editorial", when only one
 * article's title or date lines carry that word).
 */
import { furnitureLines } from '../../ingest/article-furniture.js';
import type { SourceDocument } from '../../ingest/document-types.js';
import { isStopword, lemmatize, tokenize } from '../../text/tokenize.js';
import { YEAR, type ParsedText } from './parse-text.js';
import { MONTHS } from '../../ingest/extract-metadata.js';
import type { DocumentCatalogue } from './document-catalogue.js';
import { titleCovered } from './title-index.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import { expansionIn, isAcronym } from '../../text/acronym-expansion.js';

/** The months' names as a pattern's alternatives ("january|february|…"). */
const MONTH_NAMES = MONTHS.join('|');

/** The date a question states (month and year at least), as a prefix of an ISO date. */
function statedDates(text: string): string[] {
  const lower = text.toLowerCase();
  const prefixes: string[] = [];
  for (const match of lower.matchAll(/\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/gu)) prefixes.push(match[0]);
  for (const match of lower.matchAll(
    new RegExp(
      String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(${MONTH_NAMES})\s*(?:(\d{1,2})(?:st|nd|rd|th)?,?\s*)?(\d{4})\b`,
      'gu',
    ),
  )) {
    const month = String(MONTHS.indexOf(match[2]!) + 1).padStart(2, '0');
    const day = match[1] ?? match[3];
    prefixes.push(`${match[4]}-${month}${day ? `-${day.padStart(2, '0')}` : ''}`);
  }
  return prefixes;
}

/** Days of a month the question states without a year ("18 March", "March 18th"), as "-MM-DD". */
function statedDays(text: string): string[] {
  const days: string[] = [];
  for (const match of text
    .toLowerCase()
    .matchAll(
      new RegExp(
        String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAMES})|(${MONTH_NAMES})\s+(\d{1,2})(?:st|nd|rd|th)?)\b(?!,?\s*\d{4})`,
        'gu',
      ),
    )) {
    const month = String(MONTHS.indexOf((match[2] ?? match[3])!) + 1).padStart(2, '0');
    const day = Number(match[1] ?? match[4]);
    if (day >= 1 && day <= 31) days.push(`-${month}-${String(day).padStart(2, '0')}`);
  }
  return days;
}

/**
 * Of several articles named, the one whose title and opening lines share most words
 * with the question ("Circuit Ledger issue 162" is issue 162, not issue 37), when one
 * shares strictly more than the others.
 */
export function narrowest(
  docIds: string[],
  question: string,
  catalogue: DocumentCatalogue,
): string[] {
  if (docIds.length < 2) return docIds;
  // Content words only: every header shares "the" and "of" with a question.
  const lemmas = new Set(
    tokenize(question)
      .filter((word) => !isStopword(word))
      .map(lemmatize),
  );
  const scored = docIds.map((docId) => {
    const header = catalogue.headers.get(docId) ?? new Set<string>();
    return { docId, shared: [...lemmas].filter((lemma) => header.has(lemma)).length };
  });
  scored.sort((a, b) => b.shared - a.shared);
  return scored[0]!.shared > scored[1]!.shared ? [scored[0]!.docId] : docIds;
}

/**
 * Of the catalogue's articles (or of `among`, when given), the one whose header (title,
 * metadata and opening lines) shares the most of the question's words, each word counted by
 * how few headers hold it (inverse document frequency): "the TSIB final report on the
 * AU1182 overrun", "the fan blog post about Starwake closing". None unless it shares at
 * least MIN_HEADER_WORDS words and outscores every other by HEADER_MARGIN.
 */
export function bestByHeader(
  question: string,
  catalogue: DocumentCatalogue,
  among?: readonly string[],
): string | null {
  const total = catalogue.documents.length;
  if (total < 2) return null;
  const allowed = among ? new Set(among) : null;
  const scores = new Map<string, { score: number; words: number }>();
  for (const lemma of new Set(
    tokenize(question)
      .filter((word) => !isStopword(word))
      .map(lemmatize),
  )) {
    const holders = catalogue.index.withHeaderLemma(lemma);
    // A word in most headers ("Aurelian" across an airline's archive) names no one article.
    if (holders.length === 0 || holders.length > total / 2) continue;
    const weight = Math.log(total / holders.length);
    for (const docId of new Set(holders)) {
      if (allowed && !allowed.has(docId)) continue;
      const entry = scores.get(docId) ?? { score: 0, words: 0 };
      entry.score += weight;
      entry.words += 1;
      scores.set(docId, entry);
    }
  }
  const ranked = [...scores].sort((a, b) => b[1].score - a[1].score);
  const [best, next] = ranked;
  if (!best || best[1].words < MIN_HEADER_WORDS) return null;
  return !next || best[1].score >= HEADER_MARGIN * next[1].score ? best[0] : null;
}

/**
 * The one article whose title holds every one of `lemmas` (a question's own words): "the
 * expenses policy" is "Travel and expenses policy" when no other title says both. Null when
 * none or several do.
 */
export function titleHolding(
  lemmas: readonly string[],
  catalogue: DocumentCatalogue,
): string | null {
  if (lemmas.length === 0) return null;
  // The rarest word's holders first: every other word only narrows them.
  const holders = lemmas
    .map((lemma) => catalogue.index.withHeaderLemma(lemma))
    .sort((a, b) => a.length - b.length);
  const titled = [...new Set(holders[0])].filter((docId) => {
    const title = catalogue.keys.get(docId)?.title ?? [];
    return lemmas.every((lemma) => title.includes(lemma));
  });
  return titled.length === 1 ? titled[0]! : null;
}

/**
 * Question words an article's header must share to be the one a summary asks for. Chosen on
 * the development sets' summaries: at 2, a topic summary ("how Fenwick's time at the club came
 * to an end") is pinned to an article whose header shares two incidental words ("time", "end").
 */
const MIN_HEADER_WORDS = 3;
/** How many times the runner-up's score the best header's must be (not tuned: a clear lead). */
const HEADER_MARGIN = 1.5;

/** The name is in the article's title, publisher or metadata lines (bylines, credits, desks). */
function inFurniture(document: SourceDocument, name: string): boolean {
  return furnitureLines(document).some((line) => line.toLowerCase().includes(name));
}

/**
 * "The Reel Ledger column", "the Dawn piece": the noun right after a publication's name says
 * what kind of text it is, so it names the article too rather than its topic.
 */
function kindAfter(parsed: ParsedText, name: readonly string[], words: Set<string>): void {
  const last = name.at(-1);
  parsed.tokens.forEach((token, index) => {
    if (lemmatize(token.normal) !== last) return;
    let next = index + 1;
    if (parsed.tokens[next]?.pos === 'PART') next += 1;
    const kind = parsed.tokens[next];
    if (kind?.pos === 'NOUN') words.add(lemmatize(kind.normal));
  });
}

/** Words a publisher's name keeps when shortened by its last word ("Save Point" for "Save Point Weekly"). */
const MIN_SHORT_NAME = 2;

/**
 * The words of a publisher's name (content lemmas) that the question's lemmas give: all of them,
 * in any order, or all but the last, in order and side by side, as a name is shortened
 * ("the Save Point review" for Save Point Weekly's); none when neither.
 */
function publisherNamed(source: readonly string[], sequence: readonly string[]): readonly string[] {
  if (source.length === 0) return [];
  if (source.every((lemma) => sequence.includes(lemma))) return source;
  const short = source.slice(0, -1);
  if (short.length < MIN_SHORT_NAME) return [];
  const at = sequence.findIndex((_, index) =>
    short.every((lemma, offset) => sequence[index + offset] === lemma),
  );
  return at >= 0 ? short : [];
}

/** Articles of one year a year set before a noun may name. */
const YEAR_NAMES_AT_MOST = 2;

/**
 * The months of English's seasons of the year, as the northern hemisphere's calendar counts
 * them (a closed class): "the summer 2023 newsletter" is one of June to August 2023.
 */
const SEASON_MONTHS: Readonly<Record<string, readonly number[]>> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  fall: [9, 10, 11],
  winter: [1, 2, 12],
};

/**
 * Years the question sets before a noun, adjectives between ("the 2025 annual report"), each
 * with the months a season before it narrows it to ("the summer 2023 newsletter"; every month
 * without one).
 */
function modifierYears(
  parsed: ParsedText,
): { year: string; months: readonly number[]; words: string[] }[] {
  return parsed.tokens.flatMap((token, index) => {
    if (!YEAR.test(token.text)) return [];
    let next = index + 1;
    while (parsed.tokens[next]?.pos === 'ADJ') next += 1;
    // The noun phrase the year modifies, to its last noun ("the 2022 bird survey").
    let last = next;
    while (parsed.tokens[last + 1]?.pos === 'NOUN') last += 1;
    // An acronym is a noun phrase written short ("the 2020 AGM"), however tagged.
    if (parsed.tokens[next]?.pos !== 'NOUN' && !isAcronym(parsed.tokens[next]?.text ?? ''))
      return [];
    const season = SEASON_MONTHS[parsed.tokens[index - 1]?.normal ?? ''];
    const words = parsed.tokens
      .slice(index + 1, last + 1)
      .map((word) => lemmatize(word.normal))
      .filter((word) => !isStopword(word));
    return [
      {
        year: token.text,
        months: season ?? Array.from({ length: 12 }, (_, at) => at + 1),
        words,
      },
    ];
  });
}

/** The articles a question names, and the question's words that named them (not topic words). */
export interface DocumentReferences {
  documents: string[];
  words: Set<string>;
}

/**
 * Up to `limit` articles that pass `test`, in the catalogue's order, of the candidates
 * (every article when undefined). The candidates are walked in any order: a caller uses
 * the articles found only when fewer than `limit` pass, and those are then all of them.
 */
function firstPassing(
  candidates: Set<string> | undefined,
  catalogue: DocumentCatalogue,
  test: (document: SourceDocument) => boolean,
  limit: number,
): SourceDocument[] {
  const passing: string[] = [];
  const ids = candidates ?? catalogue.documents.map((document) => document.docId);
  for (const id of ids) {
    const document = catalogue.byId.get(id);
    if (!document || !test(document)) continue;
    passing.push(id);
    if (passing.length >= limit) break;
  }
  return catalogue.inOrder(passing);
}

/** A prefix asked is a whole run of word characters: what `\b…\b` delimits. */
const WORD_RUN = /[A-Za-z0-9_]+/gu;

/** True when `id` occurs in `text` with no letter or digit glued to either side of it. */
function standsAlone(text: string, id: string): boolean {
  for (let at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + id.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * The articles a question names by id, id prefix, publisher, date or title, in the
 * catalogue's order, and for each publisher named the words that named it. Looked up
 * through the catalogue's indexes by what the question holds (ids, runs, its lemmas,
 * months), each candidate checked as a walk over every article would check it; a
 * publisher is checked once for all its articles.
 */
function namedArticles(
  text: string,
  sequence: readonly string[],
  lemmas: ReadonlySet<string>,
  dates: readonly string[],
  catalogue: DocumentCatalogue,
  /** True when the words naming a publisher are the stories' topic, not a name for them. */
  isTopic: (named: readonly string[]) => boolean = () => false,
): { documents: SourceDocument[]; publishers: Map<string, readonly string[]> } {
  const { index } = catalogue;
  // Each id found in the text is a substring of it: `text.includes(docId)`, standing as a word
  // of its own ("since 2009" names no article "009").
  const ids = new Set(index.idsIn(text).filter((id) => standsAlone(text, id)));
  // A run of the text that is an id prefix is what `\bprefix\b` finds.
  for (const run of text.match(WORD_RUN) ?? []) for (const id of index.withPrefix(run)) ids.add(id);
  const publishers = new Map<string, readonly string[]>();
  for (const lemma of lemmas)
    for (const publisher of index.publishers(lemma)) {
      const named = publisherNamed(publisher.lemmas, sequence);
      if (named.length === 0 || isTopic(named)) continue;
      publishers.set(publisher.key, named);
      for (const id of publisher.ids) ids.add(id);
    }
  for (const date of dates) {
    // Dates are indexed by month: a shorter prefix is looked for in every article.
    const dated =
      date.length < 7
        ? catalogue.documents.map((document) => document.docId)
        : index.inMonth(date.slice(0, 7));
    for (const id of dated) if (catalogue.byId.get(id)?.date?.startsWith(date)) ids.add(id);
  }
  for (const id of index.titlesCoveredBy(lemmas))
    if (titleCovered(catalogue.keys.get(id)?.title ?? [], lemmas)) ids.add(id);
  return { documents: catalogue.inOrder(ids), publishers };
}

/** Words that may stand between a determiner and its noun ("the April 2024 editorial"). */
const MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'NUM', 'PROPN', 'NOUN', 'PUNCT']);

/** English's determiners that pick out one particular thing: definite, demonstrative, interrogative. */
const PICKING_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'which',
  'what',
  'whose',
]);

/**
 * True when the noun at `at` heads a noun phrase picking out one thing: a definite,
 * demonstrative or interrogative determiner, or a possessive ("Dawn's editorial"), before it
 * and its modifiers. English refers to one particular article so ("the editorial", "which
 * news desk"); a bare noun ("How many people…") names a kind of thing, not an article.
 */
function definite(tokens: ParsedText['tokens'], at: number): boolean {
  for (let before = at - 1; before >= 0; before -= 1) {
    const token = tokens[before]!;
    if (PICKING_DETERMINERS.has(token.normal)) return true;
    if (token.pos === 'PART' && /^['’]s$/u.test(token.normal)) return true;
    if (!MODIFIERS.has(token.pos)) return false;
  }
  return false;
}

/** Articles whose stories may use a name before it counts as their topic rather than a credit. */
const TOPIC_ARTICLES = 2;

/** Per list of the corpus's documents (a new list on every change), the names already looked for. */
const writtenByStories = new WeakMap<readonly SourceDocument[], Map<string, boolean>>();

/**
 * True when more than TOPIC_ARTICLES stories write the name itself, not only its words ("save",
 * "point" are in many stories; "Save Point" in one); read until that many are found, once per
 * name and list of documents.
 */
function storiesWrite(documents: readonly SourceDocument[], named: readonly string[]): boolean {
  let known = writtenByStories.get(documents);
  if (!known) writtenByStories.set(documents, (known = new Map()));
  const key = named.join(' ');
  const remembered = known.get(key);
  if (remembered !== undefined) return remembered;
  // Lemmas as prefixes of the words written ("lab" of "Labs").
  const phrase = new RegExp(`\\b${named.map(escapeRegExp).join('\\w*\\W+')}`, 'iu');
  let stories = 0;
  let written = false;
  for (const document of documents)
    if (phrase.test(document.cleanText) && ++stories > TOPIC_ARTICLES) {
      written = true;
      break;
    }
  known.set(key, written);
  return written;
}

/** Figures with a decimal point set before a noun or after a name: "2.0" of "the 2.0 release notes". */
function labelFigures(parsed: ParsedText): string[] {
  return parsed.entities
    .filter((entity) => {
      if (entity.type !== 'number' || !/^\d+\.\d+$/u.test(entity.text)) return false;
      const before = parsed.tokens[entity.first - 1];
      const after = parsed.tokens[entity.last + 1];
      return before?.pos === 'PROPN' || after?.pos === 'NOUN';
    })
    .map((entity) => entity.text);
}

export function findDocumentReferences(
  parsed: ParsedText,
  catalogue: DocumentCatalogue,
  /** The token of the noun the question asks for ("on what date…"): what is asked, not a name. */
  askedToken: number | null = null,
  /**
   * True when a noun (a lemma) may name a piece of writing ("survey", "report", "minutes"; not
   * "season"): WordNet's communication nouns, when the server has WordNet.
   */
  namesWriting: (lemma: string) => boolean = () => false,
): DocumentReferences {
  const words = new Set<string>();
  const text = parsed.text;
  const sequence = tokenize(text).map(lemmatize);
  const lemmas = new Set(sequence);
  const found = new Set<string>();
  const dates = statedDates(text);
  const publishers = new Set<string>();
  // "Who set up Hollinbeck Veterinary Centre?" where the practice publishes some articles and
  // the stories keep naming it: its name is their topic, as for a name in the furniture
  // below, unless a kind of writing follows it ("the Hollinbeck Veterinary Centre report").
  const isTopic = (named: readonly string[]) => {
    if (!named.every((word) => catalogue.bodyCount(word) > TOPIC_ARTICLES)) return false;
    // The word after the name, however tagged ("the … Centre advisory say": an adjective).
    const last = named.at(-1);
    const kindNamed = parsed.tokens.some((token, index) => {
      if (lemmatize(token.normal) !== last) return false;
      const next = parsed.tokens[index + (parsed.tokens[index + 1]?.pos === 'PART' ? 2 : 1)];
      return next !== undefined && namesWriting(lemmatize(next.normal));
    });
    if (kindNamed) return false;
    return storiesWrite(catalogue.documents, named);
  };
  const named = namedArticles(text, sequence, lemmas, dates, catalogue, isTopic);
  for (const document of named.documents) {
    found.add(document.docId);
    const publisherWords = named.publishers.get(catalogue.keys.get(document.docId)!.publisher);
    if (!publisherWords) continue;
    // Every article of one publisher adds the same words: they are taken once, in the
    // catalogue's order of the publishers' first articles.
    const publisher = publisherWords.join(' ');
    if (!publishers.has(publisher)) {
      publishers.add(publisher);
      for (const lemma of publisherWords) words.add(lemma);
      kindAfter(parsed, publisherWords, words);
    }
  }
  // A name the question gives that only one or two articles carry at their head or foot
  // ("the Daily Blast", "the Terrace & Touchline interview"): a publication or a credit.
  for (const entity of parsed.entities) {
    if (entity.type !== 'name') continue;
    const name = entity.text.toLowerCase().replace(/['’]s$/u, '');
    if (name.length < 4) continue;
    // A name the stories themselves keep using ("Brackenridge") is their topic, not a name for one.
    const nameLemmas = tokenize(name).map(lemmatize);
    if (nameLemmas.every((word) => catalogue.bodyCount(word) > TOPIC_ARTICLES)) continue;
    // An article whose title names it is about it ("Kestrel" in "…to acquire Kestrel
    // Optics"): it is searched, and the name stays a constraint of the question.
    const titled = firstPassing(
      catalogue.index.titleCandidates(name),
      catalogue,
      (document) => catalogue.titles.get(document.docId)?.includes(name) === true,
      3,
    ).map((document) => document.docId);
    if (titled.length >= 1 && titled.length <= 2) for (const docId of titled) found.add(docId);
    // A publication's name sits in the furniture around the article (bylines, credits),
    // not in the story itself: a person the story names is not a name for it.
    // Three holders already name no article: the other articles' text need not be read.
    const holders = firstPassing(
      catalogue.index.edgeCandidates(name),
      catalogue,
      (document) =>
        catalogue.edges.get(document.docId)?.includes(name) === true &&
        !document.cleanText.toLowerCase().includes(name) &&
        // …in its header or credit lines, not in lines the cleaning left out of the story
        // (a league table's "4 Dunmore Athletic" names a club, not the article).
        inFurniture(document, name),
      3,
    ).map((document) => document.docId);
    if (holders.length >= 1 && holders.length <= 2) {
      for (const docId of holders) found.add(docId);
      for (const word of tokenize(name)) words.add(lemmatize(word));
      kindAfter(parsed, nameLemmas, words);
    }
  }
  // A day of a month without a year ("the 18 March meeting") names the one or two articles
  // dated that day in any year.
  if (dates.length === 0)
    for (const day of statedDays(text)) {
      const dated = catalogue.documents.filter((document) => document.date?.endsWith(day));
      if (dated.length >= 1 && dated.length <= YEAR_NAMES_AT_MOST)
        for (const document of dated) found.add(document.docId);
    }
  // A year set before a noun ("the 2025 annual report", "the 2024 editorial") names the
  // article of that year, when only one or two are of it.
  const acronyms = new Set(
    parsed.tokens.filter((token) => isAcronym(token.text)).map((token) => token.normal),
  );
  for (const { year, months, words: phrase } of modifierYears(parsed)) {
    // "The 2022 bird survey" is the one or two articles whose title states the year and the
    // phrase's words ("Bird Survey Report 2022", published in January 2023), before any
    // article merely dated in the year. Only a noun naming a piece of writing names one: "the
    // 2021 season" is a time, whatever article's title says it.
    // "The 2020 AGM" is the article whose title spells the acronym out with the year ("Minutes
    // of the 2020 Annual General Meeting"): a title naming the event of that year is about it.
    const head = phrase.at(-1);
    const acronym = head !== undefined && acronyms.has(head);
    const titled = (
      head !== undefined && (acronym || namesWriting(head)) ? catalogue.documents : []
    )
      .filter((document) => {
        const title = catalogue.titles.get(document.docId) ?? '';
        const titleTokens = tokenize(title);
        const titleWords = new Set(titleTokens.map(lemmatize));
        return (
          titleWords.has(year) &&
          phrase.every(
            (word) =>
              titleWords.has(word) ||
              (acronyms.has(word) && expansionIn(titleTokens, word) !== null),
          )
        );
      })
      .map((document) => document.docId);
    if (titled.length >= 1 && titled.length <= YEAR_NAMES_AT_MOST) {
      for (const docId of titled) found.add(docId);
      continue;
    }
    const dated = months.flatMap((month) =>
      catalogue.index.inMonth(`${year}-${String(month).padStart(2, '0')}`),
    );
    if (dated.length >= 1 && dated.length <= YEAR_NAMES_AT_MOST)
      for (const docId of dated) found.add(docId);
  }
  // A figure labelling which one ("the 2.0 release notes", "Ledgerly 2.0"): a number with a
  // decimal point before a noun or after a name names the one or two articles whose titles
  // state it.
  for (const label of labelFigures(parsed)) {
    const stating = new RegExp(`(?<![\\d.])${label.replace('.', '\\.')}(?![\\d.])`, 'u');
    const titled = catalogue.documents
      .filter((document) => stating.test(catalogue.titles.get(document.docId) ?? ''))
      .map((document) => document.docId);
    if (titled.length >= 1 && titled.length <= YEAR_NAMES_AT_MOST)
      for (const docId of titled) found.add(docId);
  }
  // A question noun in exactly one article's header, picking out one thing: "the editorial",
  // "the interview", "which news desk".
  for (const [at, token] of parsed.tokens.entries()) {
    if (token.pos !== 'NOUN' || at === askedToken || !definite(parsed.tokens, at)) continue;
    const lemma = lemmatize(token.normal);
    const holders = catalogue.index.withHeaderLemma(lemma);
    if (holders.length === 1 && catalogue.documents.length > 2) {
      const docId = holders[0]!;
      // Only a word no article body uses often: otherwise it is a topic, not a name for an article.
      // The word names the article but may be a topic word too: it stays in the question's terms.
      if (catalogue.bodyCount(lemma) <= 1) found.add(docId);
    }
  }
  // Many articles of one publisher may be named: each publisher's words are added once.
  const sources = new Set<string>();
  for (const docId of found) {
    const source = catalogue.byId.get(docId)?.source;
    if (!source || sources.has(source)) continue;
    sources.add(source);
    for (const word of tokenize(source)) words.add(lemmatize(word));
  }
  return { documents: [...found], words };
}
