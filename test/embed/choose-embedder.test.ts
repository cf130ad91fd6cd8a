import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseEmbedder } from '../../src/embed/choose-embedder.js';
import { findLocalModel } from '../../src/embed/find-local-model.js';

const fixtures = 'test/fixtures/models';
const emptyDir = () => mkdtempSync(join(tmpdir(), 'sourced-models-'));

describe('findLocalModel', () => {
  it('finds the fixture model with nothing missing', () => {
    const model = findLocalModel({ modelId: 'tiny-bert', modelsDir: fixtures, cacheDir: null });
    expect(model).toMatchObject({ present: true, missing: [] });
  });

  it('lists every required file of an absent model', () => {
    const modelsDir = emptyDir();
    const model = findLocalModel({ modelId: 'Xenova/all-MiniLM-L6-v2', modelsDir, cacheDir: null });
    expect(model.present).toBe(false);
    expect(model.missing.map((file) => file.slice(model.directory.length + 1))).toEqual([
      'config.json',
      'tokenizer.json',
      'tokenizer_config.json',
      join('onnx', 'model.onnx'),
    ]);
  });

  it('asks for the weights file of the pinned dtype', () => {
    const model = findLocalModel({
      modelId: 'tiny-bert',
      modelsDir: fixtures,
      dtype: 'q8',
      cacheDir: null,
    });
    expect(model.missing).toEqual([join(model.directory, 'onnx', 'model_quantized.onnx')]);
  });

  it('accepts files found in the transformers.js cache instead', () => {
    const cacheDir = emptyDir();
    mkdirSync(join(cacheDir, 'org/m/onnx'), { recursive: true });
    for (const file of [
      'config.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'onnx/model.onnx',
    ]) {
      writeFileSync(join(cacheDir, 'org/m', file), '{}');
    }
    expect(findLocalModel({ modelId: 'org/m', modelsDir: emptyDir(), cacheDir }).present).toBe(
      true,
    );
  });
});

describe('chooseEmbedder', () => {
  const present = findLocalModel({ modelId: 'tiny-bert', modelsDir: fixtures, cacheDir: null });
  const absent = findLocalModel({ modelId: 'org/absent', modelsDir: emptyDir(), cacheDir: null });

  it('uses the transformers model in auto mode when it is present', () => {
    const choice = chooseEmbedder({ requested: 'auto', modelId: 'tiny-bert', model: present });
    expect(choice.kind).toBe('transformers');
    expect(choice.reason).toContain('tiny-bert');
  });

  it('falls back to word vectors in auto mode and says how to enable the model', () => {
    const choice = chooseEmbedder({ requested: 'auto', modelId: 'org/absent', model: absent });
    expect(choice.kind).toBe('local');
    expect(choice.reason).toContain('org/absent');
    expect(choice.reason).toContain('npm run models:pull -- org/absent');
    expect(choice.reason).not.toContain('\n');
  });

  it('uses word vectors when local is requested, even if the model is present', () => {
    expect(chooseEmbedder({ requested: 'local', modelId: 'tiny-bert', model: present }).kind).toBe(
      'local',
    );
  });

  it('uses the model when transformers is requested and present', () => {
    expect(
      chooseEmbedder({ requested: 'transformers', modelId: 'tiny-bert', model: present }).kind,
    ).toBe('transformers');
  });

  it('fails naming the missing files when transformers is requested but absent', () => {
    const attempt = () =>
      chooseEmbedder({ requested: 'transformers', modelId: 'org/absent', model: absent });
    expect(attempt).toThrow(expect.objectContaining({ code: 'embedder_unavailable' }));
    expect(attempt).toThrow(join('org', 'absent', 'onnx', 'model.onnx'));
    expect(attempt).toThrow('tokenizer.json');
  });
});
