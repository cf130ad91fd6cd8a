/**
 * Names as answers by their kind: a dateline's source in brackets is no answer to "who", nor
 * (as surely) a name ending in a word its article writes in lower case ("the Marbach Glacier"
 * where the article says "the glacier"); a name opening with the noun asked by ("the
 * University of Innsbruck" for "which university") is one of that kind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import type { WordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';
import { openWordNet } from '../../src/text/wordnet.js';

let lexicon: WordVectors;
beforeAll(async () => {
  lexicon = await loadPackagedWordVectors();
});

describe('a dateline with its source in brackets', () => {
  it('offers neither its place nor its source as who did what the sentence says', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_survey.txt': `Glacier survey

INNSBRUCK, 4 March 2025 (Alpine Science Desk) - The ice shrank by a fifth in ten years, according to glaciologist Helga Strasser.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Who says the ice shrank by a fifth?');
    expect(response.answer).toMatch(/^Helga Strasser \[1\]/u);
  }, 60_000);
});

describe('a name ending in a word its article writes in lower case', () => {
  it('fits "who" less than a person\'s name', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_glacier.txt': `Glacier shrinks

The glacier has lost a fifth of its ice. Since 2014 Helga Strasser has measured the Marbach Glacier every summer.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Who has measured the ice every summer?');
    expect(response.answer).toMatch(/^Helga Strasser \[1\]/u);
  }, 60_000);
});

describe('a name opening with the noun asked by ("which university")', () => {
  it('is one of that kind, whole, and preferred to a name the question is about', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_glacier.txt': `Glacier shrinks

The Marbach Glacier lost a fifth of its ice, according to a survey published on Tuesday by researchers at the University of Innsbruck.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Which university did the glacier researchers work for?');
    expect(response.answer).toMatch(/^University of Innsbruck \[1\]/u);
  }, 60_000);
});

describe('an organisation asked by a noun naming a person', () => {
  it('is no answer to "Who is the chief executive…?", though "who" may ask an actor', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_merger.txt': `Merger rejected

The chief executive said the board had turned down a merger offer from Kestrel Housing Group after a ballot of tenants. Kestrel Housing Group had proposed the merger in March.`,
      },
      { lexicon, senses: openWordNet() },
    );
    const response = await corpus.ask(
      'Who was the chief executive when the merger was turned down?',
    );
    expect(response.answer).not.toMatch(/^Kestrel Housing Group/u);
    // A verb that names a person as a noun ("chair") asks for a person too.
    const chairing = await corpus.ask(
      'Who was chairing the board when the merger was turned down?',
    );
    expect(chairing.answer).not.toMatch(/^Kestrel Housing Group/u);
    const actor = await corpus.ask('Who proposed the merger?');
    expect(actor.answer).toMatch(/^Kestrel Housing Group \[1\]/u);
  }, 60_000);
});

describe('a person named after a preposition of place, and a name modifying a noun', () => {
  it('takes "to Joan Whitaker, who…" for a person and "the Ashbrook booking office" for none', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_awards.txt': `Volunteer awards

The 2021 award goes to Joan Whitaker, who has staffed the Ashbrook booking office for forty years this season.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Who received the 2021 award?');
    expect(response.answer).toMatch(/^Joan Whitaker \[1\]/u);
    // Nearer the words asked ("forty years this season"), the name before "booking office".
    const volunteer = await corpus.ask('Who was volunteer of the year this season?');
    expect(volunteer.answer).toMatch(/^Joan Whitaker \[1\]/u);
  }, 60_000);
});
