/**
 * How a comparison picks each side's evidence, on small corpora written for the purpose:
 * every test fails when its rule is removed.
 */
import { describe, expect, it } from 'vitest';
import type { ChatResponse } from '../../src/answer/chat-types.js';
import { loadPackagedWordVectors, type WordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

let packagedVectors: Promise<WordVectors> | undefined;

async function askIn(articles: Record<string, string>, question: string): Promise<ChatResponse> {
  const lexicon = await (packagedVectors ??= loadPackagedWordVectors());
  return createExtractiveCorpus(articles, { lexicon }).ask(question);
}

const quotes = (response: ChatResponse) => response.citations.map((citation) => citation.quote);

const QUESTION = 'How many passengers did the Red Line carry compared with the Blue Line?';

describe('the evidence of each side of a comparison', () => {
  it('gives a side the sentence that states it, not one about the other side', async () => {
    const response = await askIn(
      {
        '001_lines.txt': `Lines report

VELDHAVEN, 5 February 2024 - The Blue Line carried 3.2 million passengers in 2023. The Red Line carried 5.1 million passengers.`,
      },
      QUESTION,
    );
    // The Red Line's side comes first: its own sentence, not the Blue Line's.
    expect(quotes(response)[0]).toContain('5.1 million');
  }, 60_000);

  it('takes a side named in the sentence before one that opens with a pronoun', async () => {
    const response = await askIn(
      {
        '001_lines.txt': `Lines report

VELDHAVEN, 5 February 2024 - The Blue Line carried 3.2 million passengers. The Red Line opened in May. It carried 5.1 million passengers.`,
      },
      QUESTION,
    );
    expect(quotes(response)[0]).toBe('It carried 5.1 million passengers.');
  }, 60_000);

  it('prefers a sentence stating what is compared to one that only names the sides', async () => {
    const response = await askIn(
      {
        '001_lines.txt': `Lines report

VELDHAVEN, 5 February 2024 - The Red Line and the Blue Line share 18 stations in Veldhaven. The Red Line carried 5.1 million people.

The Blue Line carried 3.2 million passengers.`,
      },
      QUESTION,
    );
    expect(quotes(response).join(' ')).toContain('5.1 million');
    expect(quotes(response).join(' ')).not.toContain('18 stations');
  }, 60_000);

  it('holds each side to the rest of the question ("in 2023")', async () => {
    const response = await askIn(
      {
        '001_history.txt': `Blue Line history

VELDHAVEN, 4 July 2019 - The Blue Line carried 2.9 million passengers in 2018, its first full year, and the Red Line carried 4.0 million passengers.`,
        '002_results.txt': `Lines report

VELDHAVEN, 5 February 2024 - The Red Line carried 5.1 million passengers in 2023. The Blue Line also reported its figures: 3.2 million passengers in 2023.`,
      },
      'Which carried more passengers in 2023, the Red Line or the Blue Line?',
    );
    expect(quotes(response).join(' ')).toContain('3.2 million');
    expect(quotes(response).join(' ')).not.toContain('2.9 million');
  }, 60_000);

  it('cites once a sentence that states the value of both sides', async () => {
    const response = await askIn(
      {
        '001_fares.txt': `Fares set

VELDHAVEN, 4 July 2023 - The Red Line fare is €2.00, against €2.50 on the Blue Line. The Blue Line fare covers the ferry too, and Blue Line riders like it.`,
      },
      'How much is the fare on the Red Line compared with the Blue Line?',
    );
    expect(quotes(response)).toHaveLength(1);
    expect(quotes(response)[0]).toContain('€2.50');
  }, 60_000);

  it('finds a side in an article that does not name the other side', async () => {
    const response = await askIn(
      {
        '001_marrow.md': `# Review: Marrow, Harbour Street

*By Lena Vos, 14 February 2025*

Marrow opened in November in the old fish market on Harbour Street. The menu changes weekly.`,
        '002_pho.md': `# Review: Little Pho, Canal Road

*By Lena Vos, 2 May 2025*

Little Pho is a twelve-seat noodle bar run by two sisters. There are no bookings.`,
      },
      'Compare Marrow and Little Pho',
    );
    expect(response.citations.map((citation) => citation.docId).sort()).toEqual([
      '001_marrow',
      '002_pho',
    ]);
    expect(response.answer).not.toMatch(/do not state it/u);
  }, 60_000);

  it('gives each side of a comparison asking no kind of value the sentence stating its figure', async () => {
    const response = await askIn(
      {
        '001_count.txt': `Election count

VELDHAVEN, 6 May 2022 - Sampling of ballot boxes suggests Ana Lind is well ahead in the north; Piet Vos is strong in the south.

| Candidate | Votes |
| --- | --- |
| Ana Lind (Independent) | 18,412 |
| Piet Vos (Harbour First) | 16,907 |`,
      },
      "How did Lind's vote compare with Vos's?",
    );
    expect(response.answer).toContain('18,412');
    expect(response.answer).toContain('16,907');
    expect(response.answer).not.toMatch(/Sampling/u);
  }, 60_000);
});

describe('sides told only by their years, in an article without a date', () => {
  it('are each given a sentence stating its year, not one covering only what is compared', async () => {
    const response = await askIn(
      {
        '001_floods.md': `# The great floods

*Valley Historical Society — Local history series*

Brackwater has flooded many times, but two floods are remembered above the others. In January 1866 the Lune rose nine feet in a night after three days of rain on snow. Eleven people drowned.

In November 1963 the embankment failed at the Mill Lane bend. More than 300 homes were flooded, but nobody died.

The Environment Agency says it protects the town against a flood that may be expected once in a hundred years.`,
      },
      'Compare the 1866 flood with the 1963 flood.',
    );
    expect(quotes(response)).toContain(
      'In January 1866 the Lune rose nine feet in a night after three days of rain on snow.',
    );
    expect(quotes(response)).not.toContain(
      'Brackwater has flooded many times, but two floods are remembered above the others.',
    );
  }, 60_000);
});

describe('a comparison of sides named by words, not names or years', () => {
  it('gives the sentences stating a value of the kind compared, not those only about the topic', async () => {
    const response = await askIn(
      {
        '001_plan.txt': `Hospital to build children's ward

ASHBURY, 14 March 2022 - The ward will cost £18.5 million, most of it from the Department of Health. Nurses asked where the staff for a bigger ward would come from.`,
        '002_opens.txt': `Children's ward opens late

ASHBURY, 9 December 2024 - The new children's ward admitted its first patients on Monday, nine months later than planned. The ward cost £20.6 million, £2.1 million more than the original budget.`,
      },
      "Compare the ward's planned cost with its final cost.",
    );
    expect(response.answer).toMatch(/£18\.5 million/u);
    expect(response.answer).toMatch(/£20\.6 million/u);
    expect(response.answer).not.toMatch(/staff for a bigger ward|first patients/u);
  }, 60_000);
});
