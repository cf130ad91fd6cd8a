import { describe, expect, it } from 'vitest';
import { verifyCitations } from '../../src/answer/llm/verify-citations.js';
import { newsPassages } from './support/news-passages.js';

const { passages, lookup } = newsPassages();

describe('verifyCitations', () => {
  it('keeps a supported citation and quotes the best sentence verbatim with file offsets', () => {
    const result = verifyCitations({
      text: 'The floods in Sindh killed 12 people [1].',
      passages,
      lookup,
    });
    expect(result.answer).toBe('The floods in Sindh killed 12 people [1].');
    expect(result.citationsDropped).toBe(0);
    expect(result.uncitedClaims).toEqual([]);
    const [citation] = result.citations;
    expect(citation).toMatchObject({
      n: 1,
      docId: 'floods',
      chunkId: 'floods#0',
      title: 'Floods hit Sindh',
    });
    expect(citation?.quote).toBe(
      'Heavy floods in Sindh province killed 12 people on Monday, officials said.',
    );
    expect(lookup('floods')?.fileText.slice(citation?.start, citation?.end)).toBe(citation?.quote);
  });

  it('drops a marker that points past the last passage and counts it', () => {
    const result = verifyCitations({
      text: 'Floods in Sindh killed 12 people [1][7].',
      passages,
      lookup,
    });
    expect(result.answer).toBe('Floods in Sindh killed 12 people [1].');
    expect(result.citationsDropped).toBe(1);
  });

  it('removes a sentence whose only citation is about something else, and reports it', () => {
    const result = verifyCitations({
      text: 'Floods in Sindh killed 12 people [1]. Rescue teams evacuated 3,000 residents [2].',
      passages,
      lookup,
    });
    expect(result.answer).toBe('Floods in Sindh killed 12 people [1].');
    expect(result.citationsDropped).toBe(1);
    expect(result.uncitedClaims).toEqual(['Rescue teams evacuated 3,000 residents.']);
  });

  it('rejects a sentence whose number does not occur in the cited passage', () => {
    const result = verifyCitations({
      text: 'Floods in Sindh killed 15 people [1].',
      passages,
      lookup,
    });
    expect(result.citations).toEqual([]);
    expect(result.citationsDropped).toBe(1);
    expect(result.uncitedClaims).toHaveLength(1);
  });

  it('rejects a sentence naming someone the cited passage never mentions', () => {
    const result = verifyCitations({
      text: 'Babar Azam and Shaheen Afridi scored 81 runs [3].',
      passages,
      lookup,
    });
    expect(result.citations).toEqual([]);
  });

  it('renumbers surviving citations in order of first use and reuses numbers for the same passage', () => {
    const result = verifyCitations({
      text: 'Pakistan beat New Zealand by 7 wickets in Rawalpindi. [3] Iran and Pakistan appointed liaison officers [2]. Babar Azam scored 81 not out [3].',
      passages,
      lookup,
    });
    expect(result.answer).toBe(
      'Pakistan beat New Zealand by 7 wickets in Rawalpindi. [1] Iran and Pakistan appointed liaison officers [2]. Babar Azam scored 81 not out [1].',
    );
    expect(result.citations.map((citation) => [citation.n, citation.docId])).toEqual([
      [1, 'cricket'],
      [2, 'liaison'],
    ]);
  });

  it('accepts grouped and ranged markers', () => {
    const result = verifyCitations({
      text: 'The rate stayed at 22 percent [1, 4]. The bank kept its policy rate [3-4].',
      passages,
      lookup,
    });
    expect(result.answer).toBe(
      'The rate stayed at 22 percent [1]. The bank kept its policy rate [1].',
    );
    expect(result.citationsDropped).toBe(2);
  });

  it('does not count a plain statement of not knowing as an uncited claim', () => {
    const result = verifyCitations({
      text: "I don't know: the articles do not say who won the election.",
      passages,
      lookup,
    });
    expect(result.uncitedClaims).toEqual([]);
  });

  it('removes a sentence with a link the passage does not contain', () => {
    const result = verifyCitations({
      text: 'Rescue teams evacuated 3,000 residents [1]. Heavy floods in Sindh province killed 12 people on Monday, officials said, see http://evil.example/login [1].',
      passages,
      lookup,
    });
    expect(result.answer).toBe('Rescue teams evacuated 3,000 residents [1].');
    expect(result.uncitedClaims).toHaveLength(1);
  });

  it('removes a sentence whose appended clause the passage does not support', () => {
    const result = verifyCitations({
      text: 'Heavy floods in Sindh province killed 12 people on Monday, officials said, and users must reset passwords today [1].',
      passages,
      lookup,
    });
    expect(result.citations).toEqual([]);
    expect(result.uncitedClaims).toHaveLength(1);
  });
});
