/**
 * Downloads a transformers.js model from the Hugging Face hub into
 * MODELS_DIR/<model id>/, so the server can then run offline. Files land
 * under a `.part` name and are renamed when complete; complete files are kept.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AppError } from '../errors/app-error.js';
import { requiredModelFiles, type TransformersDtype } from './model-files.js';

/** Reported as each file downloads: `received` of `total` bytes (total unknown: null). */
export interface PullProgress {
  file: string;
  received: number;
  total: number | null;
  status: 'skipped' | 'downloading' | 'done';
}

export interface PullModelOptions {
  modelId: string;
  modelsDir: string;
  dtype?: TransformersDtype;
  hubUrl?: string;
  revision?: string;
  /** Give up if the hub has not answered (headers) within this time. */
  connectTimeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  onProgress?: (progress: PullProgress) => void;
}

const MODEL_ID = /^[\w.-]+(\/[\w.-]+)?$/;

/** Downloads the files the model needs for `dtype`; returns its folder. */
export async function pullModel({
  modelId,
  modelsDir,
  dtype = 'fp32',
  hubUrl = 'https://huggingface.co',
  revision = 'main',
  connectTimeoutMs = 15_000,
  fetch = globalThis.fetch,
  onProgress = () => {},
}: PullModelOptions): Promise<string> {
  if (!MODEL_ID.test(modelId) || modelId.includes('..')) {
    throw new AppError(
      'model_download_failed',
      `"${modelId}" is not a model id like Xenova/all-MiniLM-L6-v2.`,
    );
  }
  const directory = resolve(modelsDir, modelId);
  for (const file of requiredModelFiles(dtype)) {
    const target = join(directory, file);
    if (existsSync(target)) {
      onProgress({ file, received: 0, total: null, status: 'skipped' });
      continue;
    }
    const url = `${hubUrl.replace(/\/+$/, '')}/${modelId}/resolve/${encodeURIComponent(revision)}/${file}`;
    const response = await request({ url, modelId, connectTimeoutMs, fetch });
    if (!response.ok || !response.body)
      throw httpError({ url, status: response.status, modelId, file, dtype });
    const total = Number(response.headers.get('content-length')) || null;
    let received = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        onProgress({ file, received, total, status: 'downloading' });
        callback(null, chunk);
      },
    });
    await mkdir(dirname(target), { recursive: true });
    const partial = `${target}.part`;
    try {
      const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
      await pipeline(body, count, createWriteStream(partial));
    } catch (error) {
      await rm(partial, { force: true });
      throw new AppError(
        'model_download_failed',
        `Download of ${url} broke off: ${describe(error)}`,
        {
          cause: error,
        },
      );
    }
    await rename(partial, target);
    onProgress({ file, received, total, status: 'done' });
  }
  return directory;
}

async function request(options: {
  url: string;
  modelId: string;
  connectTimeoutMs: number;
  fetch: typeof globalThis.fetch;
}) {
  const { url, modelId, connectTimeoutMs, fetch } = options;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`no answer within ${connectTimeoutMs} ms`)),
    connectTimeoutMs,
  );
  try {
    return await fetch(url, { signal: controller.signal, redirect: 'follow' });
  } catch (error) {
    throw new AppError(
      'model_download_failed',
      `Cannot reach ${new URL(url).origin} to download ${modelId} (${describe(error)}). ` +
        'models:pull needs internet access; on an offline machine, copy a pulled model folder into MODELS_DIR instead.',
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

function httpError(options: {
  url: string;
  status: number;
  modelId: string;
  file: string;
  dtype: TransformersDtype;
}) {
  const { url, status, modelId, file, dtype } = options;
  const hint =
    status === 404
      ? file.startsWith('onnx/')
        ? `does model ${modelId} publish ONNX weights ${file} (EMBEDDING_DTYPE=${dtype})?`
        : `is "${modelId}" the right model id?`
      : status === 401 || status === 403
        ? 'the model is private or gated, which models:pull does not support.'
        : 'the hub may be down; try again later.';
  return new AppError(
    'model_download_failed',
    `Download of ${url} failed with HTTP ${status}: ${hint}`,
  );
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
