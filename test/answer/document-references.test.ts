/** Which article a question names, and which of its words named it rather than its topic. */
import { describe, expect, it } from 'vitest';
import { createDocumentCatalogue } from '../../src/answer/analyze/document-catalogue.js';
import {
  bestByHeader,
  findDocumentReferences,
  narrowest,
  titleHolding,
} from '../../src/answer/analyze/find-document-references.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { parseSourceDocument } from '../../src/ingest/load-documents.js';

const documents = [
  parseSourceDocument(
    '/c/001_column.txt',
    `OPINION | The Valley Herald | April 11, 2022\n\nNobody crossed the new bridge, and the council should have seen it coming\n\nThe bridge opened on the same day as the old ferry's last season, and few drivers knew it was open at all.\n`,
  ),
  parseSourceDocument(
    '/c/002_news.txt',
    `Bridge traffic grows\n\nCoastwire | May 2, 2023\n\nTraffic on the bridge grew by a third in its first year, the council said on Monday.\n`,
  ),
  parseSourceDocument(
    '/c/003_ferry.txt',
    `Ferry ends service\n\nCoastwire | June 9, 2022\n\nThe old ferry made its last crossing on Friday after forty years of service.\n`,
  ),
  parseSourceDocument(
    '/c/004_preview.txt',
    `Season preview: who can stop the champions?\n\nBy Ann Lee\nThe Mill Gazette, 10 August 2023\n\nThe new season starts on Friday night, and the champions are the team everyone has to catch this year.\n\nOur predicted table\n1 Harbour City\n2 Kettle Rovers\n3 Mill Town\n`,
  ),
];
const catalogue = createDocumentCatalogue(documents);
const parser = createTextParser();

describe('findDocumentReferences', () => {
  it('takes an id only as a word of its own ("009", not the end of "since 2009")', () => {
    const numbered = createDocumentCatalogue([
      parseSourceDocument(
        '/n/008.md',
        ` date 2022-09-14 New chief named\n\nRachel Obi will lead the service.\n`,
      ),
      parseSourceDocument('/n/009.md', ` date 2023-06-20 Home safety visits\n\nVisits are free.\n`),
    ]);
    const named = (question: string) =>
      findDocumentReferences(parser.parse(question), numbered).documents;
    expect(named('List the chief fire officers the service has had since 2009')).toEqual([]);
    expect(named('Summarise 009')).toEqual(['009']);
  });

  it('takes a publication and the kind of text after it ("the Valley Herald column") as naming the article', () => {
    const references = findDocumentReferences(
      parser.parse('According to the Valley Herald column, why did nobody cross the bridge?'),
      catalogue,
    );
    expect(references.documents).toEqual(['001_column']);
    expect([...references.words]).toEqual(expect.arrayContaining(['valley', 'herald', 'column']));
    expect(references.words.has('bridge')).toBe(false);
  });

  it('takes a publisher the stories keep naming as their topic, not a name for its own articles', () => {
    const practice = createDocumentCatalogue([
      parseSourceDocument(
        '/v/001_advisory.md',
        `Farm advisory: sheep scab confirmed

HOLLINBECK VETERINARY CENTRE — FARM ANIMAL ADVISORY

Sheep scab has been confirmed in 14 flocks since January.
`,
      ),
      parseSourceDocument(
        '/v/002_opening.md',
        `New surgery opens in Stoneby

Hollinbeck Veterinary Centre has opened its first branch surgery. Hollinbeck Veterinary Centre was founded by Dr Robert Ainsley in 1982.
`,
      ),
      parseSourceDocument(
        '/v/003_court.md',
        `Dog bite claim dismissed

A judge has dismissed a claim against Hollinbeck Veterinary Centre over a bite in its waiting room.
`,
      ),
      parseSourceDocument(
        '/v/004_retirement.md',
        `Founder to retire

Dr Robert Ainsley will retire from Hollinbeck Veterinary Centre after 38 years.
`,
      ),
    ]);
    const asked = findDocumentReferences(
      parser.parse('Who set up Hollinbeck Veterinary Centre?'),
      practice,
    );
    expect(asked.documents).toEqual([]);
    expect(asked.words.has('hollinbeck')).toBe(false);
    // A kind of writing after it names its articles still.
    const advisory = findDocumentReferences(
      parser.parse('What does the Hollinbeck Veterinary Centre advisory say about scab?'),
      practice,
      null,
      (lemma) => lemma === 'advisory',
    );
    expect(advisory.documents).toContain('001_advisory');
  });

  it('takes a figure with a decimal point labelling a noun ("the 2.0 release notes") as naming the article whose title states it', () => {
    const notes = createDocumentCatalogue([
      parseSourceDocument(
        '/n/001_one.md',
        `# Ledgerly 1.0 is out\n\nPublished 3 February 2024\n\nLedgerly 1.0 is available today. Version 2.0 will add a web version.\n`,
      ),
      parseSourceDocument(
        '/n/002_pulled.md',
        `# Ledgerly 1.1 withdrawn\n\nPublished 20 May 2024\n\nWe have withdrawn Ledgerly 1.1, released on 14 May; please go back to 1.0.4.\n`,
      ),
      parseSourceDocument(
        '/n/003_two.md',
        `# Ledgerly 2.0: now on the web\n\nPublished 11 March 2025\n\nLedgerly 2.0 adds a web version and dark mode.\n`,
      ),
    ]);
    const references = findDocumentReferences(
      parser.parse('Summarize the 2.0 release notes.'),
      notes,
    );
    expect(references.documents).toContain('003_two');
    expect(references.documents).not.toContain('001_one');
  });

  it('takes a day of a month without a year ("the 9 June piece") as naming the article of that day', () => {
    const named = (question: string) =>
      findDocumentReferences(parser.parse(question), catalogue).documents;
    expect(named('Summarize the 9 June piece')).toEqual(['003_ferry']);
    expect(named('What happened on June 9th?')).toEqual(['003_ferry']);
    expect(named('Summarize the 10 June piece')).toEqual([]);
  });

  it('does not take the noun a question asks for ("what opinion…") as naming the one article heading with it', () => {
    const question = parser.parse('What opinion did the council give on the bridge?');
    expect(findDocumentReferences(question, catalogue).documents).toEqual(['001_column']);
    const asked = question.tokens.findIndex((token) => token.normal === 'opinion');
    expect(findDocumentReferences(question, catalogue, asked).documents).toEqual([]);
  });

  it('takes a noun heading one article as naming it only when it picks out one thing ("the preview"), not a bare noun', () => {
    const named = (question: string) =>
      findDocumentReferences(parser.parse(question), catalogue).documents;
    // "preview" heads only the season preview.
    expect(named('What did the preview say about Mill Town?')).toEqual(['004_preview']);
    expect(named("Which team does the Gazette's preview tip?")).toEqual(['004_preview']);
    // Bare, a noun names a kind of thing: "previews" of the season are no article.
    expect(named('Do season previews ever pick Mill Town?')).toEqual([]);
  });

  it('does not take a name in lines left out of the story (a table) as naming the article', () => {
    const references = findDocumentReferences(
      parser.parse('Who is the chairman of Kettle Rovers?'),
      catalogue,
    );
    expect(references.documents).toEqual([]);
    expect(references.words.has('kettle')).toBe(false);
  });
});

describe('bestByHeader', () => {
  it("takes the article whose header holds most of a summary request's rarer words", () => {
    // "ferry", "last" and "service" head only the Coastwire ferry story.
    expect(bestByHeader('Summarise the story on the ferry ending its service', catalogue)).toBe(
      '003_ferry',
    );
    expect(bestByHeader('Key points of the season preview by Ann Lee?', catalogue)).toBe(
      '004_preview',
    );
  });

  it('takes none when the words are too few or two headers hold them alike', () => {
    // "bridge" heads two articles alike: no one of them is named.
    expect(bestByHeader('Summarise the bridge coverage', catalogue)).toBeNull();
    expect(bestByHeader('Summarise the news about traffic', catalogue)).toBeNull();
  });

  it('chooses only among the articles it is given', () => {
    expect(
      bestByHeader('Summarise the story on the ferry ending its service', catalogue, [
        '001_column',
        '002_news',
      ]),
    ).toBeNull();
  });
});

describe('a publisher named short', () => {
  const reviews = createDocumentCatalogue([
    parseSourceDocument(
      '/p/001_review.md',
      `# Tidebound review: a drowned city worth getting lost in\n\n*Save Point Weekly*\n\nPosted by Kit Moreno on November 12, 2021\n\nMy playthrough took around 31 hours.\n`,
    ),
    parseSourceDocument(
      '/p/002_news.md',
      `# Tidebound sells a million\n\n*Gamewire*\n\nPosted on January 3, 2022\n\nThe game has sold a million copies, its studio said, a high point for it.\n`,
    ),
    // "point" in three bodies: a word of their stories, no name for one article.
    parseSourceDocument(
      '/p/003_price.md',
      `# Tidebound gets cheaper\n\n*Gamewire*\n\nPosted on March 3, 2022\n\nAt this point the game costs $20, its studio said.\n`,
    ),
    parseSourceDocument(
      '/p/004_patch.md',
      `# A patch for Tidebound\n\n*Gamewire*\n\nPosted on April 3, 2022\n\nThe patch makes one point clear: saves work now.\n`,
    ),
  ]);

  it('takes all but the last word of its name, side by side ("the Save Point reviewer"), as naming its article', () => {
    const references = findDocumentReferences(
      parser.parse('How long did it take the Save Point reviewer to get through the game?'),
      reviews,
    );
    expect(references.documents).toEqual(['001_review']);
    expect([...references.words]).toEqual(expect.arrayContaining(['save', 'point', 'reviewer']));
    // Not one word of it, nor its words apart.
    expect(
      findDocumentReferences(parser.parse('Who scored a point to save the game?'), reviews)
        .documents,
    ).toEqual([]);
  });
});

describe('a year set before a noun', () => {
  const yearly = createDocumentCatalogue([
    parseSourceDocument(
      '/y/001_cubs.txt',
      `First wolf cubs born\n\nHighland Courier, 9 June 2023\n\nThe wolves have produced four cubs, the trust said.\n`,
    ),
    parseSourceDocument(
      '/y/002_census.txt',
      `Wolf pack grows to eleven\n\nHighland Courier, 20 February 2025\n\nThe pack now numbers eleven, the trust said in its yearly review.\n`,
    ),
    parseSourceDocument(
      '/y/003_protest.txt',
      `Farmers march\n\nHighland Courier, 2 November 2023\n\nFarmers marched through the town.\n`,
    ),
    parseSourceDocument(
      '/y/004_fencing.txt',
      `Fences go up\n\nHighland Courier, 5 December 2023\n\nElectric fences went up on six farms.\n`,
    ),
  ]);
  const named = (question: string) =>
    findDocumentReferences(parser.parse(question), yearly).documents;

  it('names the one article of that year ("the 2025 annual report")', () => {
    expect(named('Summarise the 2025 annual report')).toEqual(['002_census']);
  });

  it('names none when the year is the time asked, or when three articles are of it', () => {
    expect(named('How many wolves were there in 2025?')).toEqual([]);
    expect(named('Summarise the 2023 coverage')).toEqual([]);
  });

  it('narrows the year to the months of a season set before it ("the summer 2023 bulletin")', () => {
    expect(named('Summarise the summer 2023 bulletin')).toEqual(['001_cubs']);
    expect(named('Summarise the winter 2023 bulletin')).toEqual(['004_fencing']);
  });
});

describe('narrowest', () => {
  const sameMonth = createDocumentCatalogue([
    parseSourceDocument(
      '/m/001_view.txt',
      `OUR VIEW\n\nThe tram is late, and that is the fault of the council\n\nThe Mill Gazette, 21 October 2022\n\nAfter two years of delays, a tram to the harbour is at last in sight, and the council of the city has a lot to answer for.\n`,
    ),
    parseSourceDocument(
      '/m/002_corrections.txt',
      `CORRECTIONS\n\nThe Mill Gazette, 29 October 2022\n\nOur report on the tram said it would open in May. It will open in June.\n`,
    ),
  ]);

  it('takes the article whose header shares most content words, not "the", "of" or "a"', () => {
    expect(
      narrowest(
        ['001_view', '002_corrections'],
        'Give me a summary of the corrections column from October 2022',
        sameMonth,
      ),
    ).toEqual(['002_corrections']);
  });
});

describe('titleHolding', () => {
  it('names the one article whose title holds every word asked about', () => {
    // "Ferry ends service": the only title with both words.
    expect(titleHolding(['ferry', 'service'], catalogue)).toBe('003_ferry');
    expect(titleHolding(['bridge', 'traffic'], catalogue)).toBe('002_news');
  });

  it('names none when several titles or none hold the words', () => {
    // Two titles say "bridge"; none says "bridge" and "ferry".
    expect(titleHolding(['bridge'], catalogue)).toBeNull();
    expect(titleHolding(['bridge', 'ferry'], catalogue)).toBeNull();
    expect(titleHolding([], catalogue)).toBeNull();
  });
});

describe('a year before a noun naming a piece of writing', () => {
  const surveys = createDocumentCatalogue([
    parseSourceDocument(
      '/c/001_survey-2021.md',
      'date 2022-01-24 Saltmere Fen bird survey report 2021\n\nIt was a quiet year on the reserve: lapwing rose to 24 pairs.\n',
    ),
    parseSourceDocument(
      '/c/002_pictures.md',
      'date 2021-12-20 The 2021 season in pictures\n\nVolunteers rebuilt the hide roof in May.\n',
    ),
    parseSourceDocument(
      '/c/007_pictures-2020.md',
      'date 2020-12-18 The 2020 season in pictures\n\nThe boardwalk was closed for most of the spring.\n',
    ),
    parseSourceDocument(
      '/c/003_survey-2022.md',
      'date 2023-01-30 Saltmere Fen bird survey report 2022\n\n2022 was the year of extremes.\n',
    ),
    ...['2021-03-01', '2021-06-01', '2021-09-01'].map((date, at) =>
      parseSourceDocument(
        `/c/00${at + 4}_news.md`,
        `date ${date} Reserve news\n\nThe reserve reopened its hides after the winter.\n`,
      ),
    ),
  ]);
  const writing = (lemma: string) => ['survey', 'report'].includes(lemma);
  const named = (question: string) =>
    findDocumentReferences(parser.parse(question), surveys, null, writing).documents;

  it('names the article whose title states the year and the words ("the 2022 bird survey")', () => {
    expect(named('Give me an overview of the 2022 bird survey.')).toEqual(['003_survey-2022']);
  });

  it('names none by a noun naming a time ("the 2021 season"), whatever a title says', () => {
    expect(named('How did lapwing do in the 2021 season?')).toEqual([]);
  });
});

describe('a year before an acronym', () => {
  const meetings = createDocumentCatalogue([
    parseSourceDocument(
      '/m/001_agm-2020.md',
      ` date 2020-02-10 Minutes of the 2020 Annual General Meeting\n\nThe team leader reported 124 call-outs.\n`,
    ),
    parseSourceDocument(
      '/m/002_agm-2021.md',
      ` date 2021-02-12 Minutes of the 2021 Annual General Meeting\n\nThe team leader reported 131 call-outs.\n`,
    ),
    parseSourceDocument(
      '/m/003_rescue.md',
      ` date 2020-03-01 Walker rescued from Great Howe\n\nA walker was rescued on Sunday.\n`,
    ),
    parseSourceDocument(
      '/m/004_appeal.md',
      ` date 2020-05-01 Base appeal passes £600,000\n\nThe appeal passed £600,000 in April.\n`,
    ),
  ]);
  it('names the article whose title spells the acronym out with that year ("the 2020 AGM")', () => {
    const references = findDocumentReferences(
      parser.parse('What happened at the 2020 AGM?'),
      meetings,
    );
    expect(references.documents).toEqual(['001_agm-2020']);
  });
});
