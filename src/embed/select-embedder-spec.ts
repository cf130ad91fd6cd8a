/**
 * Turns the `EMBEDDER` setting into an `EmbedderSpec`: checks whether the
 * transformers model is on disk, chooses, and logs the one-line reason.
 */
import type { Config } from '../config/load-config.js';
import type { Logger } from '../log/logger.js';
import { chooseEmbedder } from './choose-embedder.js';
import { wordVectorEmbedderSpec, type EmbedderSpec } from './embedder-spec.js';
import { findLocalModel } from './find-local-model.js';
import type { TransformersDtype } from './model-files.js';
import { withQueryCache } from './query-cache.js';

/**
 * The transformers.js embedder as a spec. It ignores the lexicon, and loads
 * transformers.js (and onnxruntime) only when `create` runs.
 */
export function transformersEmbedderSpec(options: {
  model: string;
  modelsDir: string;
  dtype: TransformersDtype;
}): EmbedderSpec {
  return {
    id: 'transformers',
    settings: { model: options.model, dtype: options.dtype },
    create: async () => {
      const { createTransformersEmbedder } = await import('./transformers-embedder.js');
      return withQueryCache({ embedder: await createTransformersEmbedder(options) });
    },
  };
}

/**
 * The spec the configuration asks for. Throws `embedder_unavailable` when
 * `EMBEDDER=transformers` and model files are missing.
 */
export function selectEmbedderSpec({
  embedding,
  logger,
  findModel = findLocalModel,
}: {
  embedding: Config['embedding'];
  logger?: Logger;
  findModel?: typeof findLocalModel;
}): EmbedderSpec {
  const { embedder: requested, model, dtype, modelsDir } = embedding;
  const local =
    requested === 'local'
      ? { present: false, directory: '', missing: [] }
      : findModel({ modelId: model, modelsDir, dtype });
  const choice = chooseEmbedder({ requested, modelId: model, model: local });
  logger?.info(choice.reason);
  return choice.kind === 'transformers'
    ? transformersEmbedderSpec({ model, modelsDir, dtype })
    : wordVectorEmbedderSpec();
}
