/**
 * The catalogue of articles a question can name (`find-document-references.ts`):
 * each article's keys (header lemmas, edges, title and publisher lemmas, id
 * prefix) and indexes from those keys to the articles, so a question looks up
 * the few articles it may name instead of walking them all. Keys come from the
 * store when it kept them (start-up reads no article text) or from the text.
 * A change of the corpus updates the entries of the articles that changed.
 */
import type { SourceDocument } from '../../ingest/document-types.js';
import { documentKeys, type DocumentKeys } from '../../text/document-keys.js';
import { bodyLemmas } from '../../text/lemma-sets.js';
import { createSubstringIndex } from './substring-index.js';
import { createPublisherIndex, type Publisher } from './publisher-index.js';
import { createTitleIndex } from './title-index.js';

/** Ids under each key; an id is listed once per occurrence of the key. */
class Postings {
  private readonly lists = new Map<string, string[]>();
  add(key: string, id: string): void {
    const list = this.lists.get(key);
    if (list) list.push(id);
    else this.lists.set(key, [id]);
  }
  remove(key: string, id: string): void {
    const list = this.lists.get(key);
    const position = list?.indexOf(id) ?? -1;
    if (position < 0) return;
    list!.splice(position, 1);
    if (list!.length === 0) this.lists.delete(key);
  }
  get(key: string): readonly string[] {
    return this.lists.get(key) ?? [];
  }
  has(key: string): boolean {
    return this.lists.has(key);
  }
}

/**
 * Each article's header lemmas (distinct, as `documentKeys` gives them), the set of one made
 * when first asked for: a start at 100k chunks otherwise makes 10k sets of ≈ 37 lemmas
 * (≈ 0.1 s) that the few articles a question names are all that is ever asked of.
 */
class HeaderSets implements ReadonlyMap<string, ReadonlySet<string>> {
  readonly #lemmas = new Map<string, readonly string[]>();
  readonly #sets = new Map<string, Set<string>>();
  put(docId: string, lemmas: readonly string[]): void {
    this.#lemmas.set(docId, lemmas);
    this.#sets.delete(docId);
  }
  lemmasOf(docId: string): readonly string[] {
    return this.#lemmas.get(docId) ?? [];
  }
  delete(docId: string): void {
    this.#lemmas.delete(docId);
    this.#sets.delete(docId);
  }
  clear(): void {
    this.#lemmas.clear();
    this.#sets.clear();
  }
  get(docId: string): ReadonlySet<string> | undefined {
    let set = this.#sets.get(docId);
    if (!set) {
      const lemmas = this.#lemmas.get(docId);
      if (!lemmas) return undefined;
      this.#sets.set(docId, (set = new Set(lemmas)));
    }
    return set;
  }
  has(docId: string): boolean {
    return this.#lemmas.has(docId);
  }
  get size(): number {
    return this.#lemmas.size;
  }
  *entries(): MapIterator<[string, ReadonlySet<string>]> {
    for (const docId of this.#lemmas.keys()) yield [docId, this.get(docId)!];
  }
  keys(): MapIterator<string> {
    return this.#lemmas.keys();
  }
  *values(): MapIterator<ReadonlySet<string>> {
    for (const [, set] of this.entries()) yield set;
  }
  forEach(
    callback: (
      value: ReadonlySet<string>,
      key: string,
      map: ReadonlyMap<string, ReadonlySet<string>>,
    ) => void,
  ): void {
    for (const [docId, set] of this.entries()) callback(set, docId, this);
  }
  [Symbol.iterator](): MapIterator<[string, ReadonlySet<string>]> {
    return this.entries();
  }
}

/** Where the lookups find articles: every key an article can be named by. */
export interface CatalogueIndex {
  /** Articles whose id prefix (`004` of `004_…`) is `prefix`. */
  withPrefix(prefix: string): readonly string[];
  /** Publishers whose first content lemma is `lemma`, with their articles. */
  publishers(lemma: string): Iterable<Publisher>;
  /** Articles dated in a month (`2024-04`). */
  inMonth(month: string): readonly string[];
  /** Articles whose titles `lemmas` may cover (`titleCovered`): all it accepts, maybe others. */
  titlesCoveredBy(lemmas: ReadonlySet<string>): Iterable<string>;
  /** Articles whose header lemmas include `lemma`. */
  withHeaderLemma(lemma: string): readonly string[];
  /** Ids of articles that occur in `text`. */
  idsIn(text: string): string[];
  /** Articles whose lower-cased title may contain `name`; undefined: any may. */
  titleCandidates(name: string): Set<string> | undefined;
  /** Articles whose edges may contain `name`; undefined: any may. */
  edgeCandidates(name: string): Set<string> | undefined;
}

export interface DocumentCatalogue {
  documents: SourceDocument[];
  /** The same documents by id. */
  byId: Map<string, SourceDocument>;
  /** Lemmas of each document's header: title and metadata lines. */
  headers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per article, computed once: its title's and publisher's content lemmas and its id prefix. */
  keys: Map<
    string,
    { title: string[]; source: string[]; publisher: string; prefix: RegExp | null }
  >;
  /** The first and last lines of each article, lower-cased: where bylines, desks and credits sit. */
  edges: Map<string, string>;
  /** Each article's title, lower-cased. */
  titles: Map<string, string>;
  /** For a header lemma, how many article bodies use it (0 for a lemma in no header). */
  bodyCount(lemma: string): number;
  index: CatalogueIndex;
  /** Documents of the catalogue among `ids`, in the catalogue's order. */
  inOrder(ids: Iterable<string>): SourceDocument[];
  /**
   * Indexes the words of titles and edges a little at a time, yielding between slices;
   * until it is done, names are looked for in every title and edge (the same result).
   */
  prepare(): Promise<void>;
  /**
   * Follows a new list of the corpus's documents: entries of documents removed, added
   * or replaced (a different object) change; the rest stay. Afterwards the catalogue is
   * the one `createDocumentCatalogue(documents)` would build.
   */
  update(documents: SourceDocument[]): void;
}

/** Where a catalogue's keys and counts come from when not from the documents' text. */
export interface CatalogueSources {
  /** Keys the store kept at index time, by docId; a document missing here is read for them. */
  storedKeys?: ReadonlyMap<string, DocumentKeys>;
  /**
   * How many article bodies (`bodyLemmas`) use a lemma. Default: counted over the
   * documents' text, kept up to date as documents change.
   */
  bodyFrequency?: (lemma: string) => number;
}

const ID_PREFIX = /^(\d{2,4})_/u;
/** How long `prepare` indexes before letting questions and requests run. */
const PREPARE_SLICE_MS = 10;
/** Up to this many changed documents (or an eighth of them) update entries; more rebuild them. */
const REBUILD_CHANGES = 64;

export function createDocumentCatalogue(
  documents: SourceDocument[],
  { storedKeys, bodyFrequency }: CatalogueSources = {},
): DocumentCatalogue {
  const byId = new Map<string, SourceDocument>();
  const headers = new HeaderSets();
  const keys: DocumentCatalogue['keys'] = new Map();
  const edges = new Map<string, string>();
  const titles = new Map<string, string>();
  let positions = new Map<string, number>();
  const createPostings = () => ({
    prefix: new Postings(),
    month: new Postings(),
    header: new Postings(),
  });
  let postings = createPostings();
  let publishers = createPublisherIndex();
  let titleIndex = createTitleIndex();
  const idLengths = new Map<number, number>();
  let titleText = createSubstringIndex();
  let edgeText = createSubstringIndex();
  /** Without `bodyFrequency`: how many bodies hold each lemma (all lemmas, so a new header finds its count). */
  const bodyCounts = new Map<string, number>();

  const countBody = (document: SourceDocument, by: number) => {
    for (const lemma of bodyLemmas(document)) {
      const count = (bodyCounts.get(lemma) ?? 0) + by;
      if (count === 0) bodyCounts.delete(lemma);
      else bodyCounts.set(lemma, count);
    }
  };

  /** Kept only while the catalogue is first built. */
  let stored = storedKeys;
  const add = (document: SourceDocument) => {
    const { docId } = document;
    remove(docId);
    const found = stored?.get(docId) ?? documentKeys(document);
    const prefix = ID_PREFIX.exec(docId)?.[1];
    byId.set(docId, document);
    headers.put(docId, found.header);
    const publisher = found.source.join(' ');
    keys.set(docId, {
      title: found.title,
      source: found.source,
      publisher,
      prefix: prefix ? new RegExp(`\\b${prefix}\\b`, 'u') : null,
    });
    edges.set(docId, found.edges);
    const title = document.title.toLowerCase();
    titles.set(docId, title);
    if (prefix) postings.prefix.add(prefix, docId);
    publishers.add(found.source, publisher, docId);
    if (document.date) postings.month.add(document.date.slice(0, 7), docId);
    titleIndex.set(docId, found.title);
    for (const lemma of found.header) postings.header.add(lemma, docId);
    idLengths.set(docId.length, (idLengths.get(docId.length) ?? 0) + 1);
    titleText.set(docId, title);
    edgeText.set(docId, found.edges);
    if (!bodyFrequency) countBody(document, 1);
  };

  function remove(docId: string) {
    const document = byId.get(docId);
    const entry = keys.get(docId);
    if (!document || !entry) return;
    const prefix = ID_PREFIX.exec(docId)?.[1];
    if (prefix) postings.prefix.remove(prefix, docId);
    publishers.remove(entry.source, entry.publisher, docId);
    if (document.date) postings.month.remove(document.date.slice(0, 7), docId);
    titleIndex.delete(docId);
    for (const lemma of headers.lemmasOf(docId)) postings.header.remove(lemma, docId);
    const ids = (idLengths.get(docId.length) ?? 1) - 1;
    if (ids === 0) idLengths.delete(docId.length);
    else idLengths.set(docId.length, ids);
    titleText.delete(docId);
    edgeText.delete(docId);
    if (!bodyFrequency) countBody(document, -1);
    for (const map of [byId, headers, keys, edges, titles]) map.delete(docId);
  }

  const catalogue: DocumentCatalogue = {
    documents,
    byId,
    headers,
    keys,
    edges,
    titles,
    bodyCount(lemma) {
      // Only a header's lemma counts: a word in no header names no article.
      if (!postings.header.has(lemma)) return 0;
      return bodyFrequency ? bodyFrequency(lemma) : (bodyCounts.get(lemma) ?? 0);
    },
    index: {
      withPrefix: (prefix) => postings.prefix.get(prefix),
      publishers: (lemma) => publishers.get(lemma),
      inMonth: (month) => postings.month.get(month),
      titlesCoveredBy: (lemmas) => titleIndex.candidates(lemmas),
      withHeaderLemma: (lemma) => postings.header.get(lemma),
      idsIn(text) {
        const found: string[] = [];
        for (const length of idLengths.keys())
          for (let start = 0; start + length <= text.length; start += 1) {
            const part = text.slice(start, start + length);
            if (byId.has(part)) found.push(part);
          }
        return found;
      },
      titleCandidates: (name) => titleText.candidates(name),
      edgeCandidates: (name) => edgeText.candidates(name),
    },
    inOrder(ids) {
      // Sorted as numbers: comparing ids by their positions looks two up in a map each time.
      const at: number[] = [];
      for (const id of ids instanceof Set ? (ids as Set<string>) : new Set(ids)) {
        const position = positions.get(id);
        if (position !== undefined) at.push(position);
      }
      return Array.from(Float64Array.from(at).sort(), (position) => catalogue.documents[position]!);
    },
    async prepare() {
      const slice = () => titleText.catchUp(PREPARE_SLICE_MS) && edgeText.catchUp(PREPARE_SLICE_MS);
      while (!slice()) await new Promise((resolve) => setImmediate(resolve));
    },
    update(next) {
      const nextIds = new Set(next.map((document) => document.docId));
      const leaving = [...byId.keys()].filter((docId) => !nextIds.has(docId));
      const arriving = next.filter((document) => byId.get(document.docId) !== document);
      if (leaving.length + arriving.length > Math.max(REBUILD_CHANGES, next.length / 8)) {
        // Removing an entry costs a search of each of its postings: many are added afresh.
        for (const map of [byId, headers, keys, edges, titles, idLengths, bodyCounts]) map.clear();
        postings = createPostings();
        publishers = createPublisherIndex();
        titleIndex = createTitleIndex();
        titleText = createSubstringIndex();
        edgeText = createSubstringIndex();
        for (const document of next) add(document);
        titleIndex.reindex();
      } else {
        for (const docId of leaving) remove(docId);
        for (const document of arriving) add(document);
      }
      positions = new Map(next.map((document, position) => [document.docId, position]));
      catalogue.documents = next;
    },
  };
  for (const document of documents) add(document);
  // Titles were indexed under their rarest words as counted so far: counted over all, fewer.
  titleIndex.reindex();
  stored = undefined;
  positions = new Map(documents.map((document, position) => [document.docId, position]));
  return catalogue;
}
