/**
 * Is a transformers.js model already on this machine? Looks in MODELS_DIR
 * and in transformers.js's own file cache, without importing transformers.js
 * (that loads onnxruntime, which `auto` must not pay for when falling back).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { requiredModelFiles, type TransformersDtype } from './model-files.js';

export interface FindLocalModelOptions {
  /** Hub-style id, e.g. `Xenova/all-MiniLM-L6-v2`, or a folder name under `modelsDir`. */
  modelId: string;
  modelsDir: string;
  dtype?: TransformersDtype;
  /** transformers.js file cache; `null` to skip it. Defaults to the package's `.cache/`. */
  cacheDir?: string | null;
}

export interface LocalModel {
  /** True when every required file was found (in `modelsDir` or the cache). */
  present: boolean;
  /** Where the model is expected: `<modelsDir>/<modelId>`. */
  directory: string;
  /** Required files found in neither place, as paths under `directory`. */
  missing: string[];
}

/**
 * The folder transformers.js v3 caches downloads in by default
 * (`node_modules/@huggingface/transformers/.cache/`), or null if the package
 * cannot be resolved.
 */
export function defaultTransformersCacheDir(): string | null {
  try {
    const entry = createRequire(import.meta.url).resolve('@huggingface/transformers');
    return join(dirname(dirname(entry)), '.cache');
  } catch {
    return null;
  }
}

/** Checks every file the model needs; a file may sit in either location. */
export function findLocalModel({
  modelId,
  modelsDir,
  dtype = 'fp32',
  cacheDir = defaultTransformersCacheDir(),
}: FindLocalModelOptions): LocalModel {
  const directory = resolve(modelsDir, modelId);
  const roots = [directory, ...(cacheDir ? [resolve(cacheDir, modelId)] : [])];
  const missing = requiredModelFiles(dtype).filter(
    (file) => !roots.some((root) => existsSync(join(root, file))),
  );
  return {
    present: missing.length === 0,
    directory,
    missing: missing.map((file) => join(directory, file)),
  };
}
