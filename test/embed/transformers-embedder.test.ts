import { describe, expect, it } from 'vitest';
import { createTransformersEmbedder } from '../../src/embed/transformers-embedder.js';

const modelsDir = 'test/fixtures/models';
const texts = [
  'Pakistan and Iran established a joint working group of their interior ministries on Monday.',
  'Border security is important for both neighbours.',
  'The minister told reporters the talks were productive, and a second round is planned for next month in Tehran.',
];
const norm = (vector: number[]) => Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));

describe('transformers embedder with the tiny-bert fixture', () => {
  const embedder = createTransformersEmbedder({ model: 'tiny-bert', modelsDir, batchSize: 2 });

  it('reports its id, model and dtype for the index manifest', async () => {
    const { id, settings } = await embedder;
    expect(id).toBe('transformers');
    expect(settings).toEqual({ model: 'tiny-bert', dtype: 'fp32' });
  });

  it('returns vectors of the model hidden size', async () => {
    const { dimension, embedDocuments, embedQuery } = await embedder;
    expect(dimension).toBe(32);
    expect((await embedQuery('border talks')).length).toBe(32);
    for (const vector of await embedDocuments(texts)) expect(vector.length).toBe(32);
  });

  it('returns unit-length vectors', async () => {
    const vectors = await (await embedder).embedDocuments(texts);
    for (const vector of vectors) expect(norm(vector)).toBeCloseTo(1, 5);
  });

  it('gives the same vector for the same text every time', async () => {
    const { embedQuery } = await embedder;
    expect(await embedQuery(texts[0]!)).toEqual(await embedQuery(texts[0]!));
    const other = await createTransformersEmbedder({ model: 'tiny-bert', modelsDir });
    expect(await other.embedQuery(texts[0]!)).toEqual(await embedQuery(texts[0]!));
  });

  it('embeds a padded batch exactly as it embeds each text alone', async () => {
    const { embedDocuments, embedQuery } = await embedder;
    const batched = await embedDocuments(texts);
    expect(batched).toHaveLength(texts.length);
    for (const [index, text] of texts.entries()) {
      const alone = await embedQuery(text);
      alone.forEach((x, i) => expect(batched[index]![i]).toBeCloseTo(x, 5));
    }
  });

  it('gives different texts different vectors', async () => {
    const [a, b] = await (await embedder).embedDocuments(texts.slice(0, 2));
    expect(a).not.toEqual(b);
  });

  it('returns no vectors for no texts', async () => {
    expect(await (await embedder).embedDocuments([])).toEqual([]);
  });

  it('fails with embedder_unavailable when the model folder is missing', async () => {
    await expect(
      createTransformersEmbedder({ model: 'no-such-model', modelsDir }),
    ).rejects.toMatchObject({
      code: 'embedder_unavailable',
      message: expect.stringContaining('no-such-model'),
    });
  });
});
