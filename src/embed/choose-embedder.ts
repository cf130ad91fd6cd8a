/**
 * Decides which embedder to build from what was asked for and what is on
 * disk. Pure: the caller looks the model up and logs the reason.
 */
import { AppError } from '../errors/app-error.js';
import type { LocalModel } from './find-local-model.js';

/** `EMBEDDER`: `auto` uses the transformers model when present, else word vectors. */
export type EmbedderRequest = 'auto' | 'transformers' | 'local';

export interface ChooseEmbedderOptions {
  requested: EmbedderRequest;
  modelId: string;
  /** Result of `findLocalModel` for `modelId`. */
  model: LocalModel;
}

export interface EmbedderChoice {
  kind: 'transformers' | 'local';
  /** One line for the startup log saying what was chosen and why. */
  reason: string;
}

/**
 * Picks the embedder. Throws `embedder_unavailable`, naming the missing
 * files, only when `transformers` was requested explicitly.
 */
export function chooseEmbedder({
  requested,
  modelId,
  model,
}: ChooseEmbedderOptions): EmbedderChoice {
  if (requested === 'local') {
    return { kind: 'local', reason: 'embedder: offline word vectors (EMBEDDER=local)' };
  }
  if (model.present) {
    return {
      kind: 'transformers',
      reason: `embedder: transformers model ${modelId} from ${model.directory}`,
    };
  }
  const missing = model.missing.join(', ');
  if (requested === 'transformers') {
    throw new AppError(
      'embedder_unavailable',
      `EMBEDDER=transformers but model ${modelId} is not available: missing ${missing}. ` +
        `Run \`npm run models:pull -- ${modelId}\` on a machine with internet (or copy the folder there), ` +
        'check MODELS_DIR and EMBEDDING_MODEL, or set EMBEDDER=auto.',
    );
  }
  return {
    kind: 'local',
    reason:
      `embedder: offline word vectors, because model ${modelId} is not in ${model.directory} ` +
      `(missing ${model.missing.length} files); run \`npm run models:pull -- ${modelId}\` to use it.`,
  };
}
