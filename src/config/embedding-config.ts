/**
 * The embedding stage's environment variables, validated with zod. Meant to
 * be spread into the main config schema; `loadEmbeddingConfig` serves the
 * scripts (`models:pull`, `bench:embed`) that need only this part.
 */
import { z } from 'zod';
import { transformersDtypeSchema } from '../embed/model-files.js';

export const embeddingConfigShape = {
  /** `auto`: transformers model if present in MODELS_DIR, else offline word vectors. */
  EMBEDDER: z.enum(['auto', 'transformers', 'local']).default('auto'),
  /** Hub id of the sentence-embedding model, also its folder under MODELS_DIR. */
  EMBEDDING_MODEL: z.string().min(1).default('Xenova/all-MiniLM-L6-v2'),
  /** ONNX weights to load (`fp32` = `onnx/model.onnx`, `q8` = `onnx/model_quantized.onnx`, …). */
  EMBEDDING_DTYPE: transformersDtypeSchema.default('fp32'),
  /** Folder holding local model folders (gitignored). */
  MODELS_DIR: z.string().min(1).default('./models'),
  /** Hub base URL used only by `models:pull` (same name as huggingface_hub's variable). */
  HF_ENDPOINT: z.url().default('https://huggingface.co'),
};

export const embeddingConfigSchema = z.object(embeddingConfigShape);
export type EmbeddingConfig = z.infer<typeof embeddingConfigSchema>;

/** Parses the embedding variables; throws naming the bad variable. */
export function loadEmbeddingConfig(
  env: Record<string, string | undefined> = process.env,
): EmbeddingConfig {
  const result = embeddingConfigSchema.safeParse(env);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${issues.join('; ')}`);
  }
  return result.data;
}
