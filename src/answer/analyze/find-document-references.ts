/**
 * Which articles a question names: by id ("004"), publisher ("the Dawn
 * piece"), date ("the April 30, 2024 one"), most of its title's words, or a
 * word that heads exactly one article ("the editorial", when only one
 * article's title or date lines carry that word).
 */
import type { SourceDocument } from '../../ingest/document-types.js';
import { lemmatize, tokenize, isStopword } from '../../text/tokenize.js';
import { bodyLemmas } from '../../text/lemma-sets.js';
import type { ParsedText } from './parse-text.js';
import { MONTHS } from '../../ingest/extract-metadata.js';

export interface DocumentCatalogue {
  documents: SourceDocument[];
  /** The same documents by id. */
  byId: Map<string, SourceDocument>;
  /** Lemmas of each document's header: title and metadata lines. */
  headers: Map<string, Set<string>>;
  /** Per article, computed once: its title's and publisher's content lemmas and its id prefix. */
  keys: Map<string, { title: string[]; source: string[]; prefix: RegExp | null }>;
  /** The first and last lines of each article, lower-cased: where bylines, desks and credits sit. */
  edges: Map<string, string>;
  /** Each article's title, lower-cased. */
  titles: Map<string, string>;
  /** For a header lemma, how many article bodies use it (0 for a lemma in no header). */
  bodyCount(lemma: string): number;
}

/** Where a catalogue's text-derived parts come from when not from `documents` themselves. */
export interface CatalogueSources {
  /**
   * The same documents with their text, read once for headers and edges and not kept
   * (the embedded store streams them from disk). Default: `documents`.
   */
  texts?: Iterable<SourceDocument>;
  /** How many article bodies (`bodyLemmas`) use a lemma. Default: counted over `texts`. */
  bodyFrequency?: (lemma: string) => number;
}

/** Characters at each end of an article read as its header and footer. */
const HEAD_CHARS = 200;

export function createDocumentCatalogue(
  documents: SourceDocument[],
  { texts = documents, bodyFrequency }: CatalogueSources = {},
): DocumentCatalogue {
  const headers = new Map<string, Set<string>>();
  const edges = new Map<string, string>();
  for (const document of texts) {
    const header = [
      document.title,
      ...document.metadata.map((span) => document.fileText.slice(span.start, span.end)),
      // The lines that open the article: standfirst, byline ("a fan blog", "interview").
      document.fileText.slice(0, HEAD_CHARS),
    ].join(' ');
    headers.set(document.docId, new Set(tokenize(header).map(lemmatize)));
    edges.set(
      document.docId,
      `${document.fileText.slice(0, EDGE_CHARS)} ${document.fileText.slice(-EDGE_CHARS)}`.toLowerCase(),
    );
  }
  const bodyCounts = new Map<string, number>();
  for (const header of headers.values()) for (const lemma of header) bodyCounts.set(lemma, 0);
  // Counted here only without `bodyFrequency`: every header lemma, over every body.
  if (!bodyFrequency)
    for (const document of documents) {
      for (const lemma of bodyLemmas(document))
        if (bodyCounts.has(lemma)) bodyCounts.set(lemma, bodyCounts.get(lemma)! + 1);
    }
  const bodyCount = (lemma: string): number => {
    if (!bodyCounts.has(lemma)) return 0;
    return bodyFrequency ? bodyFrequency(lemma) : bodyCounts.get(lemma)!;
  };
  const keys = new Map(
    documents.map((document) => {
      const prefix = /^(\d{2,4})_/u.exec(document.docId)?.[1];
      return [
        document.docId,
        {
          title: tokenize(document.title)
            .filter((word) => !isStopword(word))
            .map(lemmatize),
          source: tokenize(document.source ?? '')
            .filter((word) => !isStopword(word))
            .map(lemmatize),
          prefix: prefix ? new RegExp(`\\b${prefix}\\b`, 'u') : null,
        },
      ];
    }),
  );
  const titles = new Map(
    documents.map((document) => [document.docId, document.title.toLowerCase()]),
  );
  const byId = new Map(documents.map((document) => [document.docId, document]));
  return { documents, byId, headers, keys, edges, titles, bodyCount };
}

/** The date a question states (month and year at least), as a prefix of an ISO date. */
function statedDates(text: string): string[] {
  const lower = text.toLowerCase();
  const prefixes: string[] = [];
  for (const match of lower.matchAll(/\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/gu)) prefixes.push(match[0]);
  for (const match of lower.matchAll(
    /\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s*(?:(\d{1,2})(?:st|nd|rd|th)?,?\s*)?(\d{4})\b/gu,
  )) {
    const month = String(MONTHS.indexOf(match[2]!) + 1).padStart(2, '0');
    const day = match[1] ?? match[3];
    prefixes.push(`${match[4]}-${month}${day ? `-${day.padStart(2, '0')}` : ''}`);
  }
  return prefixes;
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
  const lemmas = new Set(tokenize(question).map(lemmatize));
  if (docIds.length < 2) return docIds;
  const scored = docIds.map((docId) => {
    const header = catalogue.headers.get(docId) ?? new Set<string>();
    return { docId, shared: [...lemmas].filter((lemma) => header.has(lemma)).length };
  });
  scored.sort((a, b) => b.shared - a.shared);
  return scored[0]!.shared > scored[1]!.shared ? [scored[0]!.docId] : docIds;
}

/**
 * "The Reel Ledger column", "the Dawn piece": the noun right after a publication's name says
 * what kind of text it is, so it names the article too rather than its topic.
 */
function kindAfter(parsed: ParsedText, name: string[], words: Set<string>): void {
  const last = name.at(-1);
  parsed.tokens.forEach((token, index) => {
    if (lemmatize(token.normal) !== last) return;
    let next = index + 1;
    if (parsed.tokens[next]?.pos === 'PART') next += 1;
    const kind = parsed.tokens[next];
    if (kind?.pos === 'NOUN') words.add(lemmatize(kind.normal));
  });
}

/** Characters at each end of an article searched for a name that identifies it. */
const EDGE_CHARS = 400;

/** The articles a question names, and the question's words that named them (not topic words). */
export interface DocumentReferences {
  documents: string[];
  words: Set<string>;
}

/** Articles whose stories may use a name before it counts as their topic rather than a credit. */
const TOPIC_ARTICLES = 2;

export function findDocumentReferences(
  parsed: ParsedText,
  catalogue: DocumentCatalogue,
): DocumentReferences {
  const words = new Set<string>();
  const text = parsed.text;
  const lemmas = new Set(tokenize(text).map(lemmatize));
  const found = new Set<string>();
  const dates = statedDates(text);
  for (const document of catalogue.documents) {
    const keys = catalogue.keys.get(document.docId)!;
    if (text.includes(document.docId) || keys.prefix?.test(text)) found.add(document.docId);
    if (keys.source.length > 0 && keys.source.every((lemma) => lemmas.has(lemma))) {
      found.add(document.docId);
      for (const lemma of keys.source) words.add(lemma);
      kindAfter(parsed, keys.source, words);
    }
    if (document.date && dates.some((date) => document.date!.startsWith(date)))
      found.add(document.docId);
    const title = keys.title;
    const shared = title.filter((lemma) => lemmas.has(lemma)).length;
    if (title.length >= 3 && shared >= 3 && shared / title.length >= 0.6) found.add(document.docId);
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
    const titled = catalogue.documents
      .filter((document) => catalogue.titles.get(document.docId)?.includes(name))
      .map((document) => document.docId);
    if (titled.length >= 1 && titled.length <= 2) for (const docId of titled) found.add(docId);
    // A publication's name sits in the furniture around the article (bylines, credits),
    // not in the story itself: a person the story names is not a name for it.
    const holders = catalogue.documents
      .filter((document) => catalogue.edges.get(document.docId)?.includes(name))
      .filter((document) => !document.cleanText.toLowerCase().includes(name))
      .map((document) => document.docId);
    if (holders.length >= 1 && holders.length <= 2) {
      for (const docId of holders) found.add(docId);
      for (const word of tokenize(name)) words.add(lemmatize(word));
      kindAfter(parsed, nameLemmas, words);
    }
  }
  // A question noun in exactly one article's header: "the editorial", "the interview".
  for (const token of parsed.tokens) {
    if (token.pos !== 'NOUN') continue;
    const lemma = lemmatize(token.normal);
    const holders = [...catalogue.headers].filter(([, header]) => header.has(lemma));
    if (holders.length === 1 && catalogue.documents.length > 2) {
      const [docId] = holders[0]!;
      // Only a word no article body uses often: otherwise it is a topic, not a name for an article.
      // The word names the article but may be a topic word too: it stays in the question's terms.
      if (catalogue.bodyCount(lemma) <= 1) found.add(docId);
    }
  }
  for (const docId of found) {
    const document = catalogue.byId.get(docId);
    if (document?.source) for (const word of tokenize(document.source)) words.add(lemmatize(word));
  }
  return { documents: [...found], words };
}
