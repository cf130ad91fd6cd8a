import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runModelsPull } from '../../src/cli/models-pull.js';
import { findLocalModel } from '../../src/embed/find-local-model.js';
import { pullModel } from '../../src/embed/pull-model.js';
import { createTransformersEmbedder } from '../../src/embed/transformers-embedder.js';

const fixture = 'test/fixtures/models/tiny-bert';
const served: string[] = [];

/** The fixture file as the hub would send it (msw sets Content-Length). */
function fixtureResponse(file: string) {
  const bytes = readFileSync(join(fixture, file));
  return HttpResponse.arrayBuffer(new Uint8Array(bytes).buffer);
}

const server = setupServer(
  http.get('https://huggingface.co/test-org/tiny-bert/resolve/main/*', ({ params }) => {
    const file = String(params[0]);
    served.push(file);
    try {
      return fixtureResponse(file);
    } catch {
      return new HttpResponse('Entry not found', { status: 404 });
    }
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  served.length = 0;
});
afterAll(() => server.close());

const tempModelsDir = () => mkdtempSync(join(tmpdir(), 'sourced-pull-'));

function captureStderr() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

describe('pullModel', () => {
  it('downloads the files a model needs into MODELS_DIR/<model id>/', async () => {
    const modelsDir = tempModelsDir();
    const directory = await pullModel({ modelId: 'test-org/tiny-bert', modelsDir });
    expect(directory).toBe(join(modelsDir, 'test-org/tiny-bert'));
    expect(served).toEqual([
      'config.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'onnx/model.onnx',
    ]);
    expect(readFileSync(join(directory, 'onnx/model.onnx'))).toEqual(
      readFileSync(join(fixture, 'onnx/model.onnx')),
    );
    expect(
      findLocalModel({ modelId: 'test-org/tiny-bert', modelsDir, cacheDir: null }).present,
    ).toBe(true);
  });

  it('pulls a model the transformers embedder can then load offline', async () => {
    const modelsDir = tempModelsDir();
    await pullModel({ modelId: 'test-org/tiny-bert', modelsDir });
    const embedder = await createTransformersEmbedder({ model: 'test-org/tiny-bert', modelsDir });
    expect(embedder.dimension).toBe(32);
  });

  it('skips files that are already complete', async () => {
    const modelsDir = tempModelsDir();
    await pullModel({ modelId: 'test-org/tiny-bert', modelsDir });
    served.length = 0;
    await pullModel({ modelId: 'test-org/tiny-bert', modelsDir });
    expect(served).toEqual([]);
  });

  it('names the missing weights file when the hub answers 404', async () => {
    await expect(
      pullModel({ modelId: 'test-org/tiny-bert', modelsDir: tempModelsDir(), dtype: 'q8' }),
    ).rejects.toThrow(/HTTP 404.*onnx\/model_quantized\.onnx \(EMBEDDING_DTYPE=q8\)/);
  });

  it('fails fast with a clear message when the hub cannot be reached', async () => {
    server.use(http.get('https://huggingface.co/*', () => HttpResponse.error()));
    await expect(
      pullModel({ modelId: 'test-org/tiny-bert', modelsDir: tempModelsDir() }),
    ).rejects.toMatchObject({
      code: 'model_download_failed',
      message: expect.stringMatching(
        /Cannot reach https:\/\/huggingface\.co .*needs internet access/,
      ),
    });
  });

  it('rejects a model id that would escape MODELS_DIR', async () => {
    await expect(pullModel({ modelId: '../etc', modelsDir: tempModelsDir() })).rejects.toThrow(
      'not a model id',
    );
  });
});

describe('npm run models:pull', () => {
  it('downloads the model named on the command line and reports progress on stderr', async () => {
    const modelsDir = tempModelsDir();
    const stderr = captureStderr();
    const code = await runModelsPull({
      argv: ['test-org/tiny-bert'],
      env: { MODELS_DIR: modelsDir },
      stderr: stderr.stream,
    });
    expect(code).toBe(0);
    expect(stderr.text()).toContain('onnx/model.onnx: 234.1 kB');
    expect(stderr.text()).toContain('EMBEDDING_MODEL=test-org/tiny-bert');
  });

  it('downloads from the hub named by HF_ENDPOINT', async () => {
    server.use(
      http.get('https://mirror.example/test-org/tiny-bert/resolve/main/*', ({ params }) =>
        fixtureResponse(String(params[0])),
      ),
    );
    const env = {
      MODELS_DIR: tempModelsDir(),
      HF_ENDPOINT: 'https://mirror.example',
      EMBEDDING_MODEL: 'test-org/tiny-bert',
    };
    expect(await runModelsPull({ argv: [], env, stderr: captureStderr().stream })).toBe(0);
  });

  it('exits 1 with one clear line when the hub fails', async () => {
    server.use(http.get('https://huggingface.co/*', () => new HttpResponse(null, { status: 503 })));
    const stderr = captureStderr();
    const code = await runModelsPull({
      argv: ['test-org/tiny-bert'],
      env: { MODELS_DIR: tempModelsDir() },
      stderr: stderr.stream,
    });
    expect(code).toBe(1);
    expect(stderr.text()).toMatch(
      /models:pull failed: Download of https:\/\/huggingface\.co\/test-org\/tiny-bert\/resolve\/main\/config\.json failed with HTTP 503/,
    );
  });
});
