/**
 * Which articles' titles a question's words cover (`titleCovered`: three title words at
 * least, and three in five of them), looked up without counting the question's words
 * over every title that holds one. In a large archive a common title word ("border")
 * heads thousands of titles; what narrows is prefix filtering: a title covered needs
 * `s` of its `t` words, so at most `t − s` are missing, and any `t − s + 2` of its words
 * include two the question holds. Each title is indexed under that many of its words,
 * the rarest among titles, and only titles two of whose entries the question's words
 * reach are candidates (one reached most titles sharing a single common word: about a
 * thousand a question in a 10k-article archive, none of them covered). The choice of
 * words never changes which titles are found (any choice holds the argument); rarer
 * words only make the candidates fewer, and the callers check every candidate.
 */

/** Title words, beyond those a covered title may miss, that each title is indexed under. */
const REACHED = 2;

/** Title words a question must share to name the article by its title. */
const MIN_SHARED = 3;
/** …and the share of the title's words they must be. */
const MIN_SHARE = 0.6;

/** The fewest shared words that cover a title of `length` words (more than `length`: none do). */
function neededShared(length: number): number {
  let shared = MIN_SHARED;
  // The same division `titleCovered` makes, so a boundary never differs by rounding.
  while (shared <= length && shared / length < MIN_SHARE) shared += 1;
  return shared;
}

/** Whether a question with `lemmas` names an article by its title's content lemmas. */
export function titleCovered(title: readonly string[], lemmas: ReadonlySet<string>): boolean {
  const shared = title.filter((lemma) => lemmas.has(lemma)).length;
  return title.length >= MIN_SHARED && shared >= MIN_SHARED && shared / title.length >= MIN_SHARE;
}

export interface TitleIndex {
  /** Indexes an article's title lemmas (one per occurrence), replacing what it had. */
  set(id: string, title: readonly string[]): void;
  delete(id: string): void;
  /** Ids whose titles `lemmas` may cover: every one `titleCovered` accepts, maybe others. */
  candidates(lemmas: Iterable<string>): Set<string>;
  /**
   * Chooses every title's words again by how many titles hold them now. Until the first
   * call, `set` only counts (a new index is filled in bulk) and `candidates` calls it.
   */
  reindex(): void;
}

export function createTitleIndex(): TitleIndex {
  const titles = new Map<string, readonly string[]>();
  /** Per id, the words it is indexed under. */
  const chosen = new Map<string, string[]>();
  /** Per word, the ids indexed under it and how many of each one's chosen words it is. */
  const postings = new Map<string, Map<string, number>>();
  /** How many titles' occurrences each lemma has. */
  const counts = new Map<string, number>();
  /** Titles are set in bulk until the first `reindex`: their words are chosen then. */
  let bulk = true;

  const unlist = (id: string) => {
    for (const lemma of chosen.get(id) ?? []) {
      const ids = postings.get(lemma);
      ids?.delete(id);
      if (ids?.size === 0) postings.delete(lemma);
    }
    chosen.delete(id);
  };

  const list = (id: string, title: readonly string[]) => {
    const missing = title.length - neededShared(title.length);
    if (missing < 0) return;
    const rarest = title
      .map((lemma) => ({ lemma, count: counts.get(lemma)! }))
      .sort((a, b) => a.count - b.count || (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0));
    // A word the title repeats counts once for each of its chosen occurrences.
    const times = new Map<string, number>();
    for (const { lemma } of rarest.slice(0, missing + REACHED))
      times.set(lemma, (times.get(lemma) ?? 0) + 1);
    chosen.set(id, [...times.keys()]);
    for (const [lemma, count] of times) {
      const ids = postings.get(lemma);
      if (ids) ids.set(id, count);
      else postings.set(lemma, new Map([[id, count]]));
    }
  };

  const count = (title: readonly string[], by: number) => {
    for (const lemma of title) {
      const next = (counts.get(lemma) ?? 0) + by;
      if (next === 0) counts.delete(lemma);
      else counts.set(lemma, next);
    }
  };

  const index: TitleIndex = {
    set(id, title) {
      index.delete(id);
      titles.set(id, title);
      count(title, 1);
      if (!bulk) list(id, title);
    },
    delete(id) {
      const title = titles.get(id);
      if (!title) return;
      unlist(id);
      count(title, -1);
      titles.delete(id);
    },
    candidates(lemmas) {
      if (bulk) index.reindex();
      const reached = new Map<string, number>();
      for (const lemma of lemmas)
        for (const [id, count] of postings.get(lemma) ?? [])
          reached.set(id, (reached.get(id) ?? 0) + count);
      const found = new Set<string>();
      for (const [id, count] of reached) if (count >= REACHED) found.add(id);
      return found;
    },
    reindex() {
      bulk = false;
      postings.clear();
      chosen.clear();
      for (const [id, title] of titles) list(id, title);
    },
  };
  return index;
}
