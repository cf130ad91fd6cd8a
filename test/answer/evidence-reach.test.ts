/**
 * How far from a sentence the question's names and attribute may be stated,
 * and when a name in the question names an article rather than its topic.
 * Each test fails when its rule is removed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnalyzer } from '../../src/answer/analyze/analyze-question.js';
import { createDocumentCatalogue } from '../../src/answer/analyze/document-catalogue.js';
import { findDocumentReferences } from '../../src/answer/analyze/find-document-references.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import type { ChatResponse } from '../../src/answer/chat-types.js';
import type { SourceDocument } from '../../src/ingest/document-types.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';

const ARTICLES: Record<string, string> = {
  '001_ferries.txt': `Tamar Boats plans for a busy summer

PORTHAVEN, 4 April 2022 - Tamar Boats expects strong demand this summer, its chief executive said on Monday.

It will spend $12 million on two new boats, built at the yard that serves Solway Ferries. Revenue grew last year, the company said, without giving a figure.`,
  '002_depot.txt': `Dunmore Rail opens depot

PORTHAVEN, 9 May 2022 - Dunmore Rail opened its new depot on Friday after two years of work, next to the Solway Ferries terminal.

The building took longer than planned because the ground under the old goods yard had to be drained and piled before any rails could be laid. Engineers said the drainage alone took five months, and the contractor brought in a second crew over the winter to make up for lost time. The line's trains will be serviced there from June.

The depot has 40 tracks. Westfield Bus said separately that it would open a garage next year.`,
  '003_results.txt': `Solway Ferries results

PORTHAVEN, 2 March 2023 - Solway Ferries reported revenue of $85 million for 2022, helped by the two new boats.

Solway Ferries carried 1.2 million passengers.`,
  '005_deal.txt': `Tamar Boats to buy Kestrel Yards

PORTHAVEN, 5 May 2024 - Tamar Boats today announced an agreement to acquire Kestrel Yards, a boatbuilder based in Portwick, for $50 million.

Kestrel's chief executive will continue to lead the yard as a Tamar Boats subsidiary. Kestrel Yards employs 120 people at Portwick and built 14 boats last year.

Portwick council welcomed the deal. The transaction will be financed with cash on hand and a bond.`,
  '006_cup.txt': `Rovers look ahead

PORTWICK, 3 August 2024 - Ann Lee's red card in the Harbour Cup final was a reminder that the side can be got at, the manager said on Friday.

The club has signed two defenders over the summer.`,
  '007_season.txt': `Rovers review their season

PORTWICK, 30 May 2021 - Portwick Rovers finished second, having pushed the leaders close until mid-February, when a 3-1 defeat at Harbour Park left them seven points adrift.

The club sold 9,000 season tickets.`,
  '008_review.txt': `Season review 2021-22: Quayside City win the league

PORTWICK, 23 May 2022 - Quayside City won the league on the final day after a season of twists.

Dockside Town were relegated along with Millbrook.`,
  '009_count.md': `# Harbour ward count

PORTWICK, 6 May 2022 - The count for the harbour ward ended at dawn after two recounts.

| Candidate | Votes | Share |
|---|---|---|
| Mara Quell (Independent) | 4,120 | 51.0% |
| Tobin Ash (Green) | 3,958 | 49.0% |

| Company | Revenue | Profit |
|---|---|---|
| Kestrel Yards | $40 million | $6 million |`,
  '010_water.txt': `Bills to rise from April

PORTWICK, 8 March 2023 - Customers of the Harbour Water Board will pay 5 per cent more from April, the regulator said this week. The average bill will reach $400 a year. The discount for pensioners continues. Meters are read twice a year. Chief executive Ola Brandt said the works were on time.`,
  '011_dockyard.txt': `Dockyard plan refused

PORTWICK, 4 June 2020 - Plans by Larch Homes for 420 homes on the former dockyard were rejected last night.`,
  '012_funding.txt': `Studio runs short of money

PORTWICK, 15 September 2023 - Tarrow Capital, which put up most of the $80 million the studio raised in 2021, declined to invest more this summer.`,
  '013_ferry.txt': `Changes at the quay

PORTWICK, 3 March 2023 - Harbour Capital will take over the ferry line in May.`,
  '014_handheld.txt': `Tamar Devices plans a winter launch

PORTWICK, 4 October 2022 - Tamar Devices will sell a cheaper handheld this winter even though parts cost more, the company said on Monday.

How is Tamar Devices making a cheaper handheld at a time when parts cost more? Partly by adding a second factory in Portwick. The company also dropped the detachable controllers.

Tamar Devices will show the handheld in November.`,
  '015_film.txt': `A costly winter

PORTWICK, 2 December 2024 - "Tidewater" cost $110 million to make, the studio's biggest budget yet. The studio paid for it with an unusual arrangement. A streaming service put up $45 million for the rights. The film opens in cinemas in March.

The studio has not said what budget its next film will have.`,
  '016_match.txt': `Rovers win at home

PORTWICK, 9 October 2022 - Ann Lee scored twice against her old club as Portwick Rovers won 4-0 on Saturday. Lee opened the scoring in the 12th minute and then stood still as her team-mates ran to her. The visitors never threatened.

The second half was quiet, and the crowd of 9,000 went home early.

The manager praised the striker. "She did not celebrate out of respect, and I respect that."`,
  '017_utility.txt': `Regulator reports

PORTWICK, 8 March 2024 - The regulator published its annual report on Monday, a document of some three hundred pages that covers energy, post, rail and water across the whole region. Most of it is about rail, where punctuality fell for a second year, and most readers will stop long before the chapters on post. The report also sets out, for the first time, what each utility spent on repairs in the year and what it plans to spend next year.

Customers of the Estbury Gas Board will pay 4 per cent more from May. The average bill will reach $500 a year. The discount continues. Meters are read twice a year. Chief executive Rhea Moss said the plan was fair.`,
  '004_blog.txt': `A summer on the water

Posted on 3 September 2022 · Harbour Watch, a Solway Ferries fan site

We took every crossing this summer and the new boats are a joy.`,
};

let corpus: ExtractiveCorpus;
let analyzer: QuestionAnalyzer;
let documents: SourceDocument[];

beforeAll(async () => {
  corpus = createExtractiveCorpus(ARTICLES, {
    // "town" is common English, though this corpus writes it only in "Dockside Town".
    lexicon: await createFakeWordVectors(['boats', 'ferries', 'bus'], ['town'])(),
    // "revenue" is in every earnings story: common in this corpus, not in English.
    specificity: (lemma) => (lemma === 'revenue' ? 0.5 : 1),
  });
  ({ analyzer, documents } = corpus);
});

function ask(question: string): ChatResponse {
  return corpus.ask(question);
}

describe('where the question’s attribute and names must be stated', () => {
  it('asks the attribute of a figure question to be stated, however common it is in this corpus', () => {
    const analysis = analyzer.analyze([
      { role: 'user', content: 'How much revenue did Solway Ferries report for 2022?' },
    ]);
    expect(analysis.focus?.lemma).toBe('revenue');
  });

  it('takes a figure as the attribute’s value only from a sentence stating the attribute', () => {
    expect(ask('How much revenue did Solway Ferries report for 2022?').answer).toMatch(
      /^\$85 million/u,
    );
    // The $12 million sentence sits next to "Revenue grew…", which gives no figure.
    expect(ask('How much revenue did Tamar Boats make?').refused).toBe(true);
  });

  it('needs the distinctive word of a name, not only its common one', () => {
    // "Solway Ferries reported revenue of $85 million for 2022": "ferries" alone is no match.
    const question =
      'How much revenue did Tamar Ferries report for 2022, helped by the two new boats?';
    expect(ask(question).refused).toBe(true);
  });

  it('finds the names a question gives in the sentence or the ones before it, not after it', () => {
    expect(ask('How many tracks does the Dunmore Rail depot have?').answer).toMatch(/^40 tracks/u);
    // "Westfield Bus" comes only in the sentence after "The depot has 40 tracks."
    expect(ask('How many tracks does Westfield Bus have?').refused).toBe(true);
  });
});

describe('a table row is read under its columns’ names', () => {
  it('counts a figure in the "Votes" column as votes', () => {
    expect(ask('How many votes did Mara Quell get?').answer).toMatch(/^4,120/u);
  });

  it('lists the names under the column named as the thing asked, and no others', () => {
    const answer = ask('List the candidates in the harbour ward count.').answer;
    expect(answer).toMatch(/^2 found:/u);
    expect(answer).toMatch(/- Mara\b[\s\S]*- Tobin Ash/u);
  });

  it('keeps to the column when prose near the asked noun names others', async () => {
    const count = createExtractiveCorpus(
      {
        '020_count.md': `# Quay ward count

PORTWICK, 6 May 2022 - In the next ward, Ivo Lane held his seat over the Harbour First candidate.

| Candidate | Votes | Share |
|---|---|---|
| Mara Quell (Independent) | 4,120 | 51.0% |
| Tobin Ash (Green) | 3,958 | 49.0% |`,
      },
      { lexicon: await createFakeWordVectors()() },
    );
    const answer = count.ask('List the candidates in the quay ward count.').answer;
    expect(answer).toMatch(/- Tobin Ash/u);
    expect(answer).not.toMatch(/- Ivo Lane/u);
  });

  it("reads a figure under a year's column by its row's label, a currency there making it money", async () => {
    const senses = openWordNet();
    const report = createExtractiveCorpus(
      {
        '021_report.md': `# Harbour Trust annual report: key figures

| Measure | 2022 | 2023 | Change vs 2020 |
|---|---|---|---|
| Members | 1,850 | 2,410 | +40% |
| Income (£) | 1.1 million | 2.3 million | +90% |`,
      },
      // As the server reads it: WordNet types "income" as money.
      { lexicon: await loadPackagedWordVectors(), senses },
    );
    expect(report.ask('How many members did the trust have in 2023?').answer).toMatch(
      /^2,410 \[1\]/u,
    );
    expect(report.ask("What was the trust's income in 2022?").answer).toMatch(
      /^1\.1 million \[1\]/u,
    );
    // A column naming a year among other words speaks of a change, not of that year.
    expect(report.ask('How many members did the trust have in 2020?').refused).toBe(true);
    const compared = report.ask("Compare the trust's income in 2022 and 2023.");
    senses.close();
    expect(compared.citations).toHaveLength(1);
    expect(compared.answer).toMatch(/1\.1 million \| 2\.3 million/u);
  }, 60_000);

  it('takes the figure under the column the question asks about', () => {
    expect(ask('How much profit did Kestrel Yards make?').answer).toMatch(/^\$6 million/u);
  });
});

describe('a sentence stating a past year and a deictic time', () => {
  it('speaks of the article’s year too ("this summer")', () => {
    const answer = ask('Which firm declined to invest more in 2023?');
    expect(answer.refused).toBe(false);
    expect(answer.answer).toContain('Tarrow Capital');
  });
});

describe('the noun a question asks a name by', () => {
  it('describes the answer: a sentence naming an organisation need not say "company"', () => {
    expect(ask("Which company will take over the town council's ferry line?").answer).toMatch(
      /^Harbour Capital/u,
    );
  });
});

describe('a why/how question the article asks itself', () => {
  it('is answered by the sentences that follow it', () => {
    const answer = ask('How can Tamar Devices sell a cheaper handheld when parts cost more?');
    expect(answer.answer).toContain('Partly by adding a second factory');
  });
});

describe('a why/how answer that announces its means', () => {
  it('goes on to the sentence that gives it', () => {
    const answer = ask('How did the studio fund the budget of Tidewater?');
    expect(answer.answer).toContain('A streaming service put up $45 million');
  });
});

describe('a why question whose event is restated further on', () => {
  it('takes the reason from the sentence stating the asked verb', () => {
    const answer = ask('Why did Ann Lee not celebrate her goals against her old club?');
    expect(answer.answer).toContain('out of respect');
  });
});

describe('a name’s derivations', () => {
  it('add a few letters ("Iranian"), not a word ("cinemas" is no form of "CinemaScore")', () => {
    expect(ask('What CinemaScore did Tidewater get?').refused).toBe(true);
  });
});

describe('a name stated at the start of a long paragraph', () => {
  it('is near every later sentence of that paragraph', () => {
    expect(ask('Who is chief executive of the Estbury Gas Board?').answer).toMatch(/^Rhea Moss/u);
  });
});

describe('a counted figure', () => {
  it('counts the asked noun even when a name in the question holds the same word', () => {
    // "420 homes" asked of "Larch Homes": the figure, not the noun, must be new.
    expect(ask('How many homes did Larch Homes propose for the dockyard?').answer).toMatch(
      /^420 homes/u,
    );
  });
});

describe('a name stated earlier in the paragraph', () => {
  it('is what a later sentence of the paragraph is about', () => {
    // "Chief executive Ola Brandt said…" names no board; the paragraph's first sentence does.
    expect(ask('Who is chief executive of the Harbour Water Board?').answer).toMatch(
      /^Ola Brandt/u,
    );
  });
});

describe('a name in the question names an article only when the stories do not use it', () => {
  it('does not take a name the stories keep using as a credit naming one article', () => {
    const catalogue = createDocumentCatalogue(documents);
    const parser = createTextParser();
    const topic = findDocumentReferences(
      parser.parse('What did Solway Ferries spend on boats?'),
      catalogue,
    );
    expect(topic.documents).not.toContain('004_blog');
    const credit = findDocumentReferences(
      parser.parse('What did Harbour Watch say about the boats?'),
      catalogue,
    );
    expect(credit.documents).toContain('004_blog');
  });

  it('searches the article whose title names the subject, and keeps the name a constraint', () => {
    const references = findDocumentReferences(
      createTextParser().parse('How much revenue did Kestrel Yards make before the deal?'),
      createDocumentCatalogue(documents),
    );
    expect(references.documents).toContain('005_deal');
    expect(references.words.has('kestrel')).toBe(false);
  });
});

describe('a fact is stated with its event', () => {
  it('does not answer "who won" from a sentence about the final that says nothing of winning', () => {
    expect(ask('Who won the Harbour Cup?').refused).toBe(true);
    expect(ask('Who was sent off in the Harbour Cup final?').refused).toBe(true);
    expect(ask('Whose red card in the Harbour Cup final was a reminder?').answer).toMatch(
      /^Ann Lee/u,
    );
  });
});

describe('a month asked is a constraint', () => {
  it('does not answer a question about May from a sentence dated to February', () => {
    expect(
      ask('What was the score of the Portwick Rovers defeat at Harbour Park in May 2021?').refused,
    ).toBe(true);
    expect(
      ask('What was the score of the Portwick Rovers defeat at Harbour Park in February 2021?')
        .answer,
    ).toMatch(/^3-1/u);
  });
});

describe('a season asked is a range', () => {
  it('does not answer a question about 2020-21 from a 2021-22 review that shares a year', () => {
    expect(ask('Which club was relegated along with Millbrook in 2020-21?').refused).toBe(true);
    expect(ask('Which club was relegated along with Millbrook in 2021-22?').answer).toMatch(
      /^Dockside Town/u,
    );
  });
});

describe('why and how', () => {
  it('answers from the sentence stating the asked event, not the one naming most of the question', () => {
    const response = ask('How will Tamar Boats finance the Kestrel transaction?');
    expect(response.answer).toContain('financed with cash on hand');
  });
});
