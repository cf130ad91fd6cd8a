/**
 * A list answers a list question when a sentence introduces it: one ending in a colon, or the
 * paragraph just above it; an item of a list introduces none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
let loadedLexicon: Awaited<ReturnType<typeof loadPackagedWordVectors>>;
beforeAll(async () => {
  loadedLexicon = await loadPackagedWordVectors();
  corpus = createExtractiveCorpus(
    {
      '001_beaches.md': `# Summer on the south coast

The Algarve, Portugal's southern coast, has more than 150 beaches. These are our five favourites.

1. Praia da Marinha, near Lagoa: limestone cliffs and clear water.
2. Praia de Benagil: famous for its sea cave.
3. Praia de Odeceixe: a river meets the sea here.

The water is colder than most visitors expect.`,
      '002_fares.md': `# Fares from Port Vellan

Each airline's cheapest fare this summer, as we found them:

- Brisa, Port Vellan–Lisbon: headline fare €49 each way.
- Aurelian Light, Castrelle–Lisbon: €59 with a cabin bag.
- Aurelian Classic, Castrelle–Lisbon: €89 with a checked bag.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('a list introduced by the paragraph above it', () => {
  it("answers with the list's items", () => {
    const response = corpus.ask('List the beaches the Algarve article ranks.');
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^3 found:/u);
    expect(response.answer).toContain('Praia de Odeceixe');
  });

  it("is not one item's: an item introduces no list of its own", () => {
    const response = corpus.ask('Which fares does Brisa sell from Port Vellan?');
    expect(response.answer).not.toMatch(/^2 found:/u);
  });
});

describe('a numbered line after a paragraph', () => {
  it('heads the next section of minutes, and is no list of one item', () => {
    const minutes = createExtractiveCorpus(
      {
        '001_agm.txt': `Harrowfield Beekeepers' Association: Minutes of the AGM, 16 November 2019

7. Election of officers
Margaret Ellery was re-elected as Chair unopposed. Priya Nandakumar was re-elected as Secretary and Gordon Pell was re-elected as Treasurer.

8. Any other business
Derek Mallory asked whether the association could arrange a bulk purchase of fondant for winter feeding.`,
      },
      { lexicon: loadedLexicon },
    );
    const response = minutes.ask('Which officers were re-elected at the 2019 AGM?');
    expect(response.answer).not.toContain('Any other business');
  });
});

describe('a list under a heading of its own', () => {
  it('is not introduced by the paragraph above the heading', async () => {
    const distillery = createExtractiveCorpus(
      {
        '001_results.md': `date 2024-02-05 Kettlebeck output reaches a record

Kettlebeck produced 212,000 litres of spirit last year. Fraser Dunn, the original head distiller, left in 2019.

Head distiller Callum Reid, who joined from Speyside in January 2023, will continue to lead production.

Awards in 2023
• Kettlebeck Single Malt: Gold, British Whisky Awards
• Kettlebeck Navy Strength Gin: Gold, London Gin Competition
• Kettlebeck Damson Gin: Silver, Great Northern Spirits Awards`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const { answer } = distillery.ask("List Kettlebeck's head distillers in order");
    expect(answer).not.toContain('Navy Strength Gin');
  });
});

describe("a list's items", () => {
  it("leave out a dateline's place, where the article was filed", async () => {
    const books = createExtractiveCorpus(
      {
        '001_shortlist.md': `# Harlow Prize announces its shortlist

LONDON — The Harlow Prize announced a shortlist of novels on Monday, including "The Salt Road" and "Tallow".`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const { answer } = books.ask('Which novels were shortlisted for the Harlow Prize?');
    expect(answer).toMatch(/^2 found:/u);
    expect(answer).toContain('- The Salt Road');
    expect(answer).not.toContain('- LONDON');
  });
});

describe('a lead-in ending in a colon over a block of lines after a blank line', () => {
  it("answers with the block's lines, one item a line, up to its end", async () => {
    const application = createExtractiveCorpus(
      {
        '007.md': ` date 2021-06-21 Dark sky bid goes in

The society has sent its application to the Global Night Sky Trust.

The 214-page application includes:

a survey of every outdoor light fitting in the five parishes, 2,316 in total;
a lighting management plan, adopted by all five parish councils;
five years of sky quality readings from Kersey Beacon;
letters of support from 46 local businesses and two schools.

The survey found that 68 per cent of outdoor fittings already meet the plan's standards.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = application.ask('what went into the 214-page application');
    expect(response.answer).toContain('a survey of every outdoor light fitting');
    expect(response.answer).toContain('letters of support from 46 local businesses');
    expect(response.answer).not.toContain('68 per cent');
  }, 60_000);
});

describe('a short label over one name a line ("Present:")', () => {
  it('answers a question asking its word with the lines under it, up to a blank line', async () => {
    const minutes = createExtractiveCorpus(
      {
        '001_minutes.md': `date 2021-07-22 Minutes of the Public Board Meeting

Minutes of the meeting of the Board of Directors held in public on Thursday 22 July 2021, Boardroom, Eastmoor General Hospital

Present:
Sir David Pell (Chair)
Dr Helen Marsh (Chief Executive)
Rajesh Kapoor (Chief Operating Officer)

Apologies: none.

The Chair welcomed members of the public. No new interests were declared.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = minutes.ask('Who was present at the board meeting of 22 July 2021?');
    expect(response.answer).toMatch(/^Present: \[1\] Sir David Pell \(Chair\) \[2\]/u);
    expect(response.answer).toContain('Rajesh Kapoor (Chief Operating Officer)');
    expect(response.answer).not.toContain('Apologies');
  }, 60_000);

  it('answers with the value of a line labelled so, when it names several ("Present: A (Chair); B"…)', async () => {
    const minutes = createExtractiveCorpus(
      {
        '001_minutes.md': `date 2023-06-22 Minutes of the trustees' meeting

Minutes of the meeting of the board of trustees held in the Buttery studio on Tuesday 20 June 2023.

Present: Ravi Sundaresan (Chair); Peg Ollerenshaw (Vice-Chair); Dr Kofi Mensah-Barlow (Treasurer); Linnea Grayshott.

The Treasurer reported a forecast deficit of £38,000 for 2023/24 after the grant cut.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = minutes.ask("Who was present at the trustees' meeting on 20 June 2023?");
    expect(response.answer).toMatch(
      /^Ravi Sundaresan \(Chair\); Peg Ollerenshaw \(Vice-Chair\); Dr Kofi Mensah-Barlow \(Treasurer\); Linnea Grayshott \[1\]/u,
    );
  }, 60_000);

  it('lists the names of such a line for a list question, one an item', async () => {
    const minutes = createExtractiveCorpus(
      {
        '001_agm.md': `date 2018-03-20 Minutes of the 2018 Annual General Meeting

Present: Bernadette O'Shaughnessy (Chair); Lorna Vickery (Secretary); Kwame Asante-Pryce; and 30 other members.

The Chair welcomed members to the AGM and confirmed the meeting was quorate.`,
        '002_agm.md': `date 2017-03-20 Minutes of the 2017 Annual General Meeting

Present: Desmond Tully (Chair); Fen Holloway-Marsh; and 25 other members.

The minutes of the 2016 AGM were approved at this AGM.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const { answer } = minutes.ask('Which members are named as present at the 2018 AGM?');
    expect(answer).toMatch(/^3 found:/u);
    expect(answer).toContain("- Bernadette O'Shaughnessy (Chair) [1]");
    expect(answer).toContain('- Kwame Asante-Pryce [1]');
    expect(answer).not.toContain('Desmond Tully');
  }, 60_000);

  it('is no answer for a figure of the question it holds ("The 1.0 release includes:" asked the 1.0 price)', async () => {
    const release = createExtractiveCorpus(
      {
        '001_release.md': `date 2019-03-26 Tessellate 1.0 goes live

Tessellate 1.0 is priced at $49 per user per month, with a free tier for up to two users.

The 1.0 release includes:
- a scheduler for 10,000 concurrent jobs;
- connectors for 35 data sources;
- Slack and email alerts.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = release.ask('What did Tessellate 1.0 cost per user?');
    expect(response.answer).toMatch(/^\$49 \[1\]/u);
  }, 60_000);
});

describe('a why/how answer citing a lead-in ending in a colon', () => {
  it('cites the items of its list, in order', async () => {
    const corpus = createExtractiveCorpus(
      {
        '007_ground.md': `date 2019-05-01 New ground: your questions answered

The club will move to Brookside Park in 2021. The total cost is £3.4 million. It is being funded by:

- £2.1 million from the sale of Mill Lane;
- a £600,000 grant from the Football Foundation;
- a £700,000 loan from Ashworth Borough Council, to be repaid over 20 years.

**Will the pitch be grass?**

Yes, a hybrid grass pitch.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const { answer } = corpus.ask(
      'How was the £3.4 million cost of Brookside Park going to be paid for?',
    );
    const first = answer.indexOf('£2.1 million from the sale');
    const last = answer.indexOf('a £700,000 loan');
    expect(first).toBeGreaterThan(answer.indexOf('It is being funded by:'));
    expect(last).toBeGreaterThan(first);
  });
});
