/**
 * Which files a transformers.js sentence-embedding model needs on disk, per
 * dtype. Shared by the availability check and `models:pull`, so both agree
 * on what "the model is present" means.
 */
import { z } from 'zod';

/** The ONNX weight variants transformers.js v3 can load (`onnx/model<suffix>.onnx`). */
export const transformersDtypeSchema = z.enum([
  'fp32',
  'fp16',
  'q8',
  'int8',
  'uint8',
  'q4',
  'bnb4',
  'q4f16',
]);
export type TransformersDtype = z.infer<typeof transformersDtypeSchema>;

const ONNX_SUFFIX: Record<TransformersDtype, string> = {
  fp32: '',
  fp16: '_fp16',
  q8: '_quantized',
  int8: '_int8',
  uint8: '_uint8',
  q4: '_q4',
  bnb4: '_bnb4',
  q4f16: '_q4f16',
};

/**
 * Files (relative to the model's folder, `/`-separated) that must exist for
 * the feature-extraction pipeline to load the model with `dtype`.
 */
export function requiredModelFiles(dtype: TransformersDtype): string[] {
  return [
    'config.json',
    'tokenizer.json',
    'tokenizer_config.json',
    `onnx/model${ONNX_SUFFIX[dtype]}.onnx`,
  ];
}
