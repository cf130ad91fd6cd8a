import { beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import { parseSourceDocument } from '../../src/ingest/load-documents.js';
import { createInPlaceIndex } from '../../src/store/create-in-place-index.js';
import { createSeedDeps } from '../helpers/seed-deps.js';

let deps: Deps;
beforeAll(async () => {
  deps = await createSeedDeps();
});

const article = parseSourceDocument(
  'seeds/orchard.txt',
  'Orchard frost\n\nThe Lindholm orchard lost a third of its plum blossom to a late frost on 3 April.\n',
);

describe('the in-place index', () => {
  it('leaves the corpus exactly as it was when embedding a change fails', async () => {
    const failing = createInPlaceIndex({
      index: {
        ...deps.index,
        embedder: {
          id: deps.index.embedder.id,
          dimension: deps.index.embedder.dimension,
          settings: deps.index.embedder.settings,
          embedQuery: (text: string) => deps.index.embedder.embedQuery(text),
          embedDocuments: () => Promise.reject(new Error('embedder down')),
        },
      },
      documents: deps.documents,
      chunking: deps.config.chunking,
    });
    const before = failing.current();
    await expect(failing.apply({ upsert: [article] })).rejects.toThrow('embedder down');
    expect(failing.current()).toBe(before);
    const passages = await failing
      .current()
      .retriever.retrieve({ query: 'Lindholm orchard plum blossom frost' });
    expect(passages.some((passage) => passage.chunk.docId === 'orchard')).toBe(false);
  });

  it('finds an added document at once, and never again after it is removed', async () => {
    const live = createInPlaceIndex({
      index: deps.index,
      documents: deps.documents,
      chunking: deps.config.chunking,
    });
    const seen: number[] = [];
    live.onChange((snapshot) => seen.push(snapshot.version));
    await live.apply({ upsert: [article] });
    const found = await live
      .current()
      .retriever.retrieve({ query: 'Lindholm orchard plum blossom frost' });
    expect(found[0]?.chunk.docId).toBe('orchard');
    expect(live.current().documents.map((document) => document.docId)).toContain('orchard');
    await live.apply({ remove: ['orchard'] });
    const after = await live
      .current()
      .retriever.retrieve({ query: 'Lindholm orchard plum blossom frost', k: 50 });
    expect(after.some((passage) => passage.chunk.docId === 'orchard')).toBe(false);
    expect(live.current().chunks.some((chunk) => chunk.docId === 'orchard')).toBe(false);
    expect(seen).toEqual([1, 2]);
  });
});
