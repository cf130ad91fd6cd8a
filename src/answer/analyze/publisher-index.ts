/**
 * The catalogue's publishers, found by their first content lemma: a question that names
 * "the Dawn piece" is checked once against the publisher, not once per article of it,
 * and names all its articles (thousands, in a large archive of a few publishers).
 */

/** A publisher's content lemmas and its articles. */
export interface Publisher {
  lemmas: readonly string[];
  /** `lemmas` joined by spaces: what `keys` gives its articles as `publisher`. */
  key: string;
  ids: ReadonlySet<string>;
}

/** Publishers by their first content lemma, each with its articles. */
export function createPublisherIndex() {
  const byFirst = new Map<string, Map<string, Publisher & { ids: Set<string> }>>();
  return {
    add(lemmas: readonly string[], key: string, id: string) {
      if (lemmas[0] === undefined) return;
      let named = byFirst.get(lemmas[0]);
      if (!named) byFirst.set(lemmas[0], (named = new Map()));
      const publisher = named.get(key);
      if (publisher) publisher.ids.add(id);
      else named.set(key, { lemmas, key, ids: new Set([id]) });
    },
    remove(lemmas: readonly string[], key: string, id: string) {
      if (lemmas[0] === undefined) return;
      const named = byFirst.get(lemmas[0]);
      const publisher = named?.get(key);
      publisher?.ids.delete(id);
      if (publisher?.ids.size === 0) named!.delete(key);
      if (named?.size === 0) byFirst.delete(lemmas[0]);
    },
    get(lemma: string): Iterable<Publisher> {
      return byFirst.get(lemma)?.values() ?? [];
    },
  };
}
