/** Which questions ask a fact of the article itself (its author, its publisher), by grammar. */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import type { QuestionAnalysis } from '../../src/answer/analyze/question-types.js';
import { asksAboutArticle } from '../../src/answer/evidence/find-article-facts.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
/** The part of an analysis `asksAboutArticle` reads: the question's words, as a factoid about a person. */
const analysisOf = (question: string, searched: string[]): QuestionAnalysis =>
  ({
    parsed: parser.parse(question),
    kind: 'factoid',
    answerType: 'person',
    terms: searched.map((lemma) => ({
      token: lemma,
      lemma,
      weight: 1,
      primary: true,
      name: false,
    })),
    constraints: { years: [], quarters: [], names: [], numbers: [] },
    documents: [],
  }) as unknown as QuestionAnalysis;

describe('asksAboutArticle', () => {
  it('reads a verb of publishing with its object, or with none, as asking of the article', () => {
    expect(asksAboutArticle(analysisOf('Which paper ran the story?', []))).toBe(true);
    expect(asksAboutArticle(analysisOf('Who published it?', []))).toBe(true);
  });

  it('reads the same verb with a preposition after it as a fact of the story ("ran in")', () => {
    expect(asksAboutArticle(analysisOf('Who ran in the Valencia Marathon?', ['run']))).toBe(false);
  });

  it('reads a verb of publishing after "to" as what someone set out to do ("left the trust to run")', () => {
    expect(
      asksAboutArticle(analysisOf('Which organisation did she leave the trust to run?', ['trust'])),
    ).toBe(false);
  });

  it('reads a verb right before another verb as a noun the tagger misread ("the park run start")', () => {
    const asked = { ...analysisOf('When did the park run start again?', ['park']) };
    expect(asksAboutArticle({ ...asked, answerType: 'date' })).toBe(false);
    expect(
      asksAboutArticle({ ...analysisOf('When did the paper run it?', []), answerType: 'date' }),
    ).toBe(true);
  });

  it('reads a word joined to a noun by a hyphen as part of a compound, no verb ("run-scorer")', () => {
    expect(
      asksAboutArticle(analysisOf("Who was the league's leading run-scorer?", ['scorer'])),
    ).toBe(false);
  });
});

describe("the article's author", () => {
  it('is read from a field of a line holding several ("Published: … | Author: …")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_release.md': `# Quarry 2.0 released

**Published:** 12 January 2025 | **Author:** Mira Okafor, maintainer

Quarry 2.0 is the first major release in three years. It requires Python 3.10 or later.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = await corpus.ask('Who wrote the Quarry 2.0 release notes?');
    expect(response.answer).toMatch(/^Mira Okafor \[1\]/u);
  }, 60_000);

  it('is the name its credit gives, in a line of fields apart by dashes', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_guide.md': `# A weekend in Porto

*Wanderlane Travel — Guides — 2 May 2024 — by Tomás Reis*

Porto is smaller and cheaper than Lisbon, and it is easy to see the centre on foot in two days.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = await corpus.ask('Who wrote the Porto guide?');
    expect(response.answer).toMatch(/^Tomás Reis \[1\]/u);
  }, 60_000);

  it('is the name a message is "from", not the words before it', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_memo.md': `# Changes to office days from April

*Internal memo from Daniel Okoro, chief operating officer — 20 February 2024*

The minimum number of office days will fall from two to one a week.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = await corpus.ask('Who wrote the memo?');
    expect(response.answer).toMatch(/^Daniel Okoro \[1\]/u);
  }, 60_000);

  it('is the name a credit gives after "by" inside its field ("Posted on … by …")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_hiring.md': `# We're hiring: 32 roles in two cities

*Posted on the Fernlight Labs blog by Rachel Kim, Head of People*

We have a lot of jobs to fill this year, and we would like you to apply for one of them.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = await corpus.ask('Who wrote the hiring post?');
    expect(response.answer).toMatch(/^Rachel Kim \[1\]/u);
  }, 60_000);
});
