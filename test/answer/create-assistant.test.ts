import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/create-assistant.js';
import { createExtractiveAnswerer } from '../../src/answer/create-extractive-answerer.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createLogger } from '../../src/log/logger.js';
import type { Chunk } from '../../src/ingest/document-types.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const ARTICLES = {
  '040_caldermouth.md': `Caldermouth Water raises charges

CALDERMOUTH, 3 March 2023 - Caldermouth Water said on Friday that its charges go up by 8.5% from 1 April 2023.`,
  '041_estbury.md': `Estbury Water names new chief

ESTBURY, 9 May 2023 - The board of Estbury Water has named Ruth Allardyce as its chief executive.`,
};

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(ARTICLES, { lexicon: await loadPackagedWordVectors() });
}, 60_000);

/**
 * The offline assistant over the corpus, its retriever returning the chunks `found` keeps for
 * each search (every one by default); `searched` collects the searches.
 */
function assistantOver(
  searched: string[],
  found: (chunk: Chunk, query: string) => boolean = () => true,
) {
  return createAssistant({
    retriever: {
      retrieve: async ({ query }) => {
        searched.push(query);
        return corpus.chunks
          .filter((chunk) => found(chunk, query))
          .map((chunk, rank) => ({ chunk, score: 1 / (rank + 1) }));
      },
    },
    answerer: createExtractiveAnswerer({ minCoverage: 0.5 }),
    analyzer: corpus.analyzer,
    evidence: corpus.finder,
    logger: createLogger({ level: 'silent' }),
  });
}

describe('the assistant pipeline', () => {
  it('reads names typed in lower case as the retrieved passages write them', async () => {
    const searched: string[] = [];
    const assistant = assistantOver(searched);
    const response = await assistant.ask({
      messages: [{ role: 'user', content: 'how much did estbury water raise its charges in 2023' }],
    });
    // Caldermouth's rise is no answer about Estbury Water, however the name was typed.
    expect(response.refused).toBe(true);
    expect(response.answer).not.toMatch(/8\.5%/u);
    // Retrieval ran once, on the question as typed.
    expect(searched).toHaveLength(1);
  });

  it("searches each side of a comparison, so a side the question's own search misses is answered", async () => {
    const searched: string[] = [];
    // A retriever that finds an article only when its water company is named in the search.
    const assistant = assistantOver(
      searched,
      (chunk, query) => chunk.docId.includes('caldermouth') === /caldermouth/iu.test(query),
    );
    const response = await assistant.ask({
      messages: [{ role: 'user', content: 'Compare Caldermouth Water and Estbury Water in 2023' }],
    });
    // One search for the question, one for each side, each without the other side's name.
    expect(searched).toHaveLength(3);
    expect(searched[2]).not.toMatch(/caldermouth/iu);
    expect(response.answer).toMatch(/Ruth Allardyce/u);
    expect(response.answer).toMatch(/8\.5%/u);
  });
});
