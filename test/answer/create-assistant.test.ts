import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/create-assistant.js';
import { createExtractiveAnswerer } from '../../src/answer/create-extractive-answerer.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createLogger } from '../../src/log/logger.js';
import type { Chunk } from '../../src/ingest/document-types.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';
import { splitCompound } from '../../src/answer/analyze/compound-question.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';

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
  splitQuestion?: (question: string) => [string, string] | null,
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
    ...(splitQuestion ? { splitQuestion } : {}),
  });
}

describe('the assistant pipeline', () => {
  it('answers each half of a compound question, citing both, in one answer and in its stream', async () => {
    const parser = createTextParser();
    const assistant = assistantOver([], undefined, (question) => splitCompound(question, parser));
    const messages = [
      {
        role: 'user' as const,
        content:
          "How much do Caldermouth Water's charges go up, and who is Estbury Water's chief executive?",
      },
    ];
    const response = await assistant.ask({ messages });
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^8\.5% \[1\]/u);
    expect(response.answer).toMatch(/\n\nRuth Allardyce \[2\]/u);
    expect(response.citations.map((citation) => citation.docId)).toEqual([
      '040_caldermouth',
      '041_estbury',
    ]);
    let streamed = '';
    for await (const event of assistant.stream!({ messages }))
      if (event.type === 'delta') streamed += event.text;
    expect(streamed).toBe(response.answer);
  });

  it('reads names typed in lower case as the retrieved passages write them', async () => {
    const searched: string[] = [];
    const assistant = assistantOver(searched);
    const response = await assistant.ask({
      messages: [{ role: 'user', content: 'how much did estbury water raise its charges in 2023' }],
    });
    // Caldermouth's rise is no answer about Estbury Water, however the name was typed.
    expect(response.refused).toBe(true);
    expect(response.answer).not.toMatch(/8\.5%/u);
    // Retrieval ran on the question as typed, not again on it recased (the second search is
    // the one inside the articles found, for what is asked of the name).
    expect(searched[0]).toBe('how much did estbury water raise its charges in 2023');
    expect(searched.slice(1)).not.toContainEqual(expect.stringMatching(/estbury/iu));
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
    // One search for the question, one for each side, each without the other side's name, and
    // the question's again among the articles of 2023 and 2024.
    expect(searched).toHaveLength(4);
    expect(searched[2]).not.toMatch(/caldermouth/iu);
    expect(response.answer).toMatch(/Ruth Allardyce/u);
    expect(response.answer).toMatch(/8\.5%/u);
  });

  it("keeps the previous answer's passage at hand in a follow-up its own words do not find again", async () => {
    const searched: string[] = [];
    // A retriever that finds Estbury's article only by the sentence the previous answer cited.
    const assistant = assistantOver(
      searched,
      (chunk, query) =>
        !chunk.docId.includes('estbury') || query.includes('The board of Estbury Water has named'),
    );
    const response = await assistant.ask({
      messages: [
        { role: 'user', content: 'Who did Estbury Water name as its chief executive?' },
        {
          role: 'assistant',
          content:
            'Ruth Allardyce [1]\n\nThe board of Estbury Water has named Ruth Allardyce as its chief executive. [1]',
        },
        { role: 'user', content: 'Who named her?' },
      ],
    });
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^Estbury Water/u);
    expect(searched).toContainEqual(
      'The board of Estbury Water has named Ruth Allardyce as its chief executive.',
    );
  });

  it('searches the articles found for what is asked of a name their other passages do not repeat', async () => {
    const interview = createExtractiveCorpus(
      {
        '050_interview.md': `# Talvik Rowe on Ember Forge III

*Pixel Ledger — Interviews — 3 May 2024*

Marrow Games announced Ember Forge III last week. We spoke to its director, Talvik Rowe, about the sequel and the studio.

**How has the first game done?**

Better than we hoped. We sold four million copies of Ember Forge in its first year, and the studio grew from forty people to ninety. We opened a second office in Tallinn for engineering. Most of the new people work on tools, because the first game was built by hand. We also spent a year rebuilding the engine so that the sequel's world could be four times larger than the first one.

**How are you paying for the sequel?**

The budget is about $60 million. Our publisher covers half of that, and the rest comes from our own savings.`,
        '051_other.md': `# Ember Forge III slips to 2025

*Gamewire — 9 June 2024*

Marrow Games has delayed Ember Forge III to 2025, the studio said on Monday.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const budget = interview.chunks.find((chunk) => chunk.text.includes('$60 million'));
    // The passage that answers does not name the game.
    expect(budget?.text).not.toMatch(/Ember Forge/u);
    const searches: { query: string; docIds?: string[] }[] = [];
    // A search ranked by the names it is given: the passages naming them, and within the
    // articles it is limited to, those stating its other words.
    const names = (query: string) => query.match(/\b\p{Lu}\p{L}+/gu) ?? [];
    const assistant = createAssistant({
      retriever: {
        retrieve: async ({ query, filters }) => {
          searches.push({ query, ...(filters?.docIds ? { docIds: filters.docIds } : {}) });
          const words = query.toLowerCase().match(/\p{L}+/gu) ?? [];
          return interview.chunks
            .filter((chunk) =>
              filters?.docIds
                ? filters.docIds.includes(chunk.docId) &&
                  words.some((word) => chunk.text.toLowerCase().includes(word))
                : names(query)
                    .filter((name) => name !== 'What')
                    .every((name) => chunk.text.includes(name)),
            )
            .map((chunk, rank) => ({ chunk, score: 1 / (rank + 1) }));
        },
      },
      answerer: createExtractiveAnswerer({ minCoverage: 0.5 }),
      analyzer: interview.analyzer,
      evidence: interview.finder,
      logger: createLogger({ level: 'silent' }),
    });
    const response = await assistant.ask({
      messages: [{ role: 'user', content: "What's the budget for Ember Forge III?" }],
    });
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/\$60 million/u);
    // The second search is the question's other words, inside the articles the first found.
    expect(searches[1]?.query).toBe('budget');
    expect(searches[1]?.docIds).toContain(budget!.docId);
  });

  it("searches the asked year's articles and the next year's again for a question about a year", async () => {
    const festival = createExtractiveCorpus(
      {
        '060_new-director.md': ` date 2019-10-21 A festival for the whole town

Josephine Adeyemi-Hart took over as director of the Hestbury Literary Festival in March.`,
        '061_director-leaves.md': ` date 2023-06-02 Festival director to step down

The festival director of the Hestbury Literary Festival, Callum Reid, will step down in 2024.`,
        '062_review.md': ` date 2016-10-20 Festival review

The festival director said the Hestbury Literary Festival had its best year.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const dates: (string | undefined)[][] = [];
    const assistant = createAssistant({
      retriever: {
        // A search that ranks the 2019 article last, beyond the depth asked, unless dated.
        retrieve: async ({ k = 6, filters }) => {
          dates.push([filters?.dateFrom, filters?.dateTo]);
          return festival.chunks
            .filter(
              (chunk) =>
                chunk.date !== null &&
                (!filters?.dateFrom || chunk.date >= filters.dateFrom) &&
                (!filters?.dateTo || chunk.date <= filters.dateTo),
            )
            .sort(
              (a, b) =>
                Number(a.docId === '060_new-director') - Number(b.docId === '060_new-director'),
            )
            .slice(0, filters?.dateFrom ? k : 2)
            .map((chunk, rank) => ({ chunk, score: 1 / (rank + 1) }));
        },
      },
      answerer: createExtractiveAnswerer({ minCoverage: 0.5 }),
      analyzer: festival.analyzer,
      evidence: festival.finder,
      logger: createLogger({ level: 'silent' }),
    });
    const response = await assistant.ask({
      messages: [{ role: 'user', content: 'Who took over as festival director in 2019?' }],
    });
    expect(dates).toContainEqual(['2019-01-01', '2020-12-31']);
    expect(response.answer).toMatch(/^Josephine Adeyemi-Hart \[1\]/u);
    // A figure asked of a year is left to the first search.
    dates.length = 0;
    await assistant.ask({
      messages: [{ role: 'user', content: 'How many people came to the festival in 2019?' }],
    });
    expect(dates.some(([from]) => from !== undefined)).toBe(false);
  });
});
