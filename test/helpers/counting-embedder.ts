/**
 * The word-vector embedder spec, recording every text it embeds for the
 * index: tests of incremental indexing count what was (re-)embedded.
 */
import { wordVectorEmbedderSpec, type EmbedderSpec } from '../../src/embed/embedder-spec.js';

export function countingEmbedderSpec(embedded: string[]): EmbedderSpec {
  const spec = wordVectorEmbedderSpec();
  return {
    ...spec,
    // A full build embeds every chunk while fitting the lexicon (`FittedLexicon.embeddingOf`).
    fit: async (options) => {
      embedded.push(...options.texts);
      return spec.fit!(options);
    },
    create: async (options) => {
      const embedder = await spec.create(options);
      return Object.assign(Object.create(embedder) as typeof embedder, {
        embedDocuments: (texts: string[]) => {
          embedded.push(...texts);
          return embedder.embedDocuments(texts);
        },
      });
    },
  };
}
