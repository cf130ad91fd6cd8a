/**
 * Sentence embeddings from a local transformers.js (v3) model: feature
 * extraction, mean pooling over real tokens, L2 normalisation, batches.
 * The only file that imports `@huggingface/transformers`. It never touches
 * the network: models come from MODELS_DIR (or transformers.js's cache),
 * fetched beforehand by `npm run models:pull`.
 */
import { resolve, sep } from 'node:path';
import { env, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { AppError } from '../errors/app-error.js';
import type { Embedder } from './embedder.js';
import type { TransformersDtype } from './model-files.js';

export interface TransformersEmbedderOptions {
  /** Model id, a folder under `modelsDir`, e.g. `Xenova/all-MiniLM-L6-v2`. */
  model: string;
  modelsDir: string;
  /** Which ONNX weights to load; pinned so vectors do not change under an index. */
  dtype?: TransformersDtype;
  /** Texts per forward pass in `embedDocuments`. */
  batchSize?: number;
  /** Override transformers.js's file cache folder. */
  cacheDir?: string;
}

// `pipeline`'s generic return type is too complex for tsc (TS2590); narrow it to our one task.
const loadFeatureExtraction = pipeline as (
  task: 'feature-extraction',
  model: string,
  options: { dtype: TransformersDtype; device: 'cpu'; local_files_only: boolean },
) => Promise<FeatureExtractionPipeline>;

/**
 * Loads the model and returns it as an `Embedder` (`id: 'transformers'`).
 * Throws `embedder_unavailable` when the model cannot be loaded locally.
 */
export async function createTransformersEmbedder({
  model,
  modelsDir,
  dtype = 'fp32',
  batchSize = 32,
  cacheDir,
}: TransformersEmbedderOptions): Promise<Embedder> {
  // transformers.js keeps these settings in a module-level `env`; set them on
  // every creation so the last caller's settings are the ones in force.
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  env.localModelPath = resolve(modelsDir) + sep;
  if (cacheDir) env.cacheDir = cacheDir;

  let extractor: FeatureExtractionPipeline;
  try {
    extractor = await loadFeatureExtraction('feature-extraction', model, {
      dtype,
      device: 'cpu',
      local_files_only: true,
    });
  } catch (error) {
    throw new AppError(
      'embedder_unavailable',
      `Cannot load transformers model ${model} (${dtype}) from ${resolve(modelsDir, model)}: ` +
        `${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }

  const embedBatch = async (texts: string[]): Promise<number[][]> => {
    const output = await extractor(texts, { pooling: 'mean', normalize: true });
    return output.tolist() as number[][];
  };
  const [probe] = await embedBatch(['dimension probe']);

  return {
    id: 'transformers',
    dimension: probe?.length ?? 0,
    settings: { model, dtype },
    async embedDocuments(texts) {
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        vectors.push(...(await embedBatch(texts.slice(start, start + batchSize))));
      }
      return vectors;
    },
    async embedQuery(text) {
      const [vector] = await embedBatch([text]);
      if (!vector) throw new Error('transformers.js returned no vector');
      return vector;
    },
  };
}
