/** Short answers in the forms English writes them: a time up to a date ("until 1949"), a rate ("148 km/h"), a length ("96 metres"), a time taken ("2:03:11"), how often ("up to three times a day"), degrees ("20°C"), a weekly day ("Mondays"), a weekday read from the dateline. */
import { expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

it('answers "when did it stop" with the date a time ran until', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '001_bridge.txt': `The Sorrel Bridge

The bridge was built to carry the tramway. Trams crossed it until 1949, when the line closed and buses took over.`,
    },
    { lexicon },
  );
  const response = await corpus.ask('When did trams stop crossing the bridge?');
  expect(response.answer).toMatch(/^until 1949 \[1\]/u);
}, 60_000);

it('gives a rate with its unit per another ("148 km/h"), which the tokenizer splits', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '001_storm.txt': `Storm Ilse

RENNES, 12 January 2025 - Storm Ilse brought gusts of up to 148 km/h to the coast of Brittany overnight.`,
    },
    { lexicon },
  );
  const response = await corpus.ask('How strong were the gusts during Storm Ilse?');
  expect(response.answer).toMatch(/^up to 148 km\/h \[1\]/u);
}, 60_000);

it('reads a unit of length after a figure as its measure ("a span of 96 metres")', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '001_bridge.txt': `The Sorrel Bridge

The bridge was opened in 1904 after five years of construction. It was the longest iron arch in the county, with a span of 96 metres.`,
    },
    { lexicon },
  );
  const response = await corpus.ask('How long is the span of the bridge?');
  expect(response.answer).toMatch(/^96 metres \[1\]/u);
}, 60_000);

it('answers "what was the time…" with a time taken in hours, minutes and seconds', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '001_marathon.txt': `Kiptoo wins in Valencia

Daniel Kiptoo won the Valencia Marathon in 2:03:11, two hours after the start.`,
    },
    { lexicon },
  );
  const response = await corpus.ask('What was the time of Daniel Kiptoo in the Valencia Marathon?');
  expect(response.answer).toMatch(/^2:03:11 \[1\]/u);
}, 60_000);

it('answers "how often" with a count per unit of time and its ceiling ("up to three times a day")', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '001_leaflet.md': `# Calmira 200 mg tablets

## How to take Calmira

Adults and children over 12 should take one or two tablets with water, up to three times a day.`,
    },
    { lexicon },
  );
  const response = await corpus.ask('How often should I take Calmira?');
  expect(response.answer).toMatch(/^up to three times a day \[1\]/u);
}, 60_000);

it('answers with degrees, a day of the week in the plural, and a count without the verb after it', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '001_guide.md': `# Lisbon and Porto

The Jerónimos Monastery took almost a century to build. Entry costs €12, and it is closed on Mondays.

The Clérigos Tower, 75 metres tall, was for a long time the tallest building in Portugal; climbing its 225 steps costs €8.

The water in the Algarve is colder than most visitors expect: around 20°C in July.`,
    },
    { lexicon },
  );
  expect(corpus.ask('How warm is the sea in the Algarve in July?').answer).toMatch(
    /^around 20°C \[1\]/u,
  );
  expect(corpus.ask('What day is the monastery closed?').answer).toMatch(/^Mondays \[1\]/u);
  expect(corpus.ask('How many steps does the Clérigos Tower have?').answer).toMatch(
    /^225 steps \[1\]/u,
  );
}, 60_000);

it('answers with the figure whose clause states more of the question, of two as near', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '001_transport.md': `# Getting around Lisbon

A single fare bought on board costs €3.20, but a 24-hour Carris/Metro pass costs €6.80 and covers trams, buses and the metro.`,
    },
    { lexicon },
  );
  expect(corpus.ask('How much does a 24-hour pass cost in Lisbon?').answer).toMatch(
    /^€6\.80 \[1\]/u,
  );
  expect(corpus.ask('How much does a single fare cost on board?').answer).toMatch(/^€3\.20 \[1\]/u);
}, 60_000);

it('answers the old price of a change with the figure it started from, the new with where it went', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '001_rail.md': `# Portugal cuts the price of its national rail pass

LISBON — Portugal's government will cut the price of the national rail pass from €49 to €20 a month from 1 February, the ministry said on Thursday.`,
    },
    { lexicon },
  );
  expect(corpus.ask('What was the old price of the rail pass?').answer).toMatch(/^€49 \[1\]/u);
  expect(corpus.ask('What is the new price of the rail pass?').answer).toMatch(/^€20 \[1\]/u);
}, 60_000);

it('keeps a name in apposition within its clause ("a free mobile app, Bieb, that…")', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '001_library.md': `# Library launches an app

The Rotterdam public library service has launched a free mobile app, Bieb, that lets its 210,000 members borrow e-books and audiobooks in 14 languages.`,
    },
    { lexicon },
  );
  expect(corpus.ask('What is the name of the library app?').answer).toMatch(/^Bieb \[1\]/u);
}, 60_000);

it('reads a weekday the story gives from its dateline: "Wednesday (23 June 2021, by the article\'s date)"', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '001_school.txt': `Ferncliff Primary to close

WENDLE, 24 June 2021 - Ferncliff Primary School will close next summer, the county school board decided on Wednesday night after a two-hour debate.`,
    },
    { lexicon },
  );
  const response = await corpus.ask('When did the school board decide to close Ferncliff Primary?');
  expect(response.answer).toMatch(/^Wednesday \(23 June 2021, by the article's date\) \[1\]/u);
}, 60_000);

it('lists the people coordinated by a "who" answer, not the places their brackets describe them by', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '030_budget.txt': `Council passes 2019 budget

PORTWICK, 26 February 2019 - The council approved the 2019 budget by eight votes to three. Councillors Ana Lind (Ward 7, Quayside), Ben Marsh (Ward 8, Saltings) and Cara Holt (Ward 5, Eastgate) voted against the budget.`,
    },
    { lexicon },
  );
  const answer = corpus.ask('Who voted against the 2019 budget?').answer;
  expect(answer).toMatch(
    /^Councillors Ana Lind \(Ward 7, Quayside\), Ben Marsh \(Ward 8, Saltings\) and Cara Holt \[1\]/u,
  );
}, 60_000);

it('ends a counted phrase before a participle the tagger reads as a noun ("14 adult salmon swimming upstream")', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '033_salmon.md': `# First salmon above the old weir

*Orla Valley Gazette — 12 December 2023*

A camera at Fenwick Ford recorded 14 adult salmon swimming upstream between 1 October and 30 November.`,
    },
    { lexicon },
  );
  const answer = corpus.ask('How many salmon were counted at Fenwick Ford?').answer;
  expect(answer).toMatch(/^14 adult salmon \[1\]/u);
}, 60_000);

it('answers "how tall" with a length, never a span of time', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '034_weir.txt': `Millrace weir comes down

HALDEN BRIDGE, 30 August 2023 - The last stones of the Millrace weir were lifted out on Tuesday, ten days later than planned. The Millrace weir, a 3.2-metre stone barrier, was built in 1846.`,
    },
    { lexicon },
  );
  expect(corpus.ask('How tall was the Millrace weir?').answer).toMatch(/^3\.2-metre \[1\]/u);
}, 60_000);

it('gives no answer that repeats the question in another inflection ("four days" of "the four-day week")', async () => {
  const lexicon = await loadPackagedWordVectors();
  const corpus = createExtractiveCorpus(
    {
      '035_trial.txt': `Northwind trials a four-day week

LEEDS, 3 June 2024 - Staff on the four-day week trial will work across four days with no cut in pay.`,
    },
    { lexicon },
  );
  expect(corpus.ask('How long is the four-day week trial?').answer).not.toMatch(/^four days/u);
}, 60_000);

/** A corpus of `files` read with WordNet, as the server reads it; WordNet closed after `check`. */
async function withWordNetCorpus(
  files: Record<string, string>,
  check: (corpus: ReturnType<typeof createExtractiveCorpus>) => void,
): Promise<void> {
  const lexicon = await loadPackagedWordVectors();
  const senses = openWordNet();
  try {
    check(createExtractiveCorpus(files, { lexicon, senses }));
  } finally {
    senses.close();
  }
}

it("answers a weight, a speed or a size with a figure in its unit (WordNet's), never another figure", async () => {
  await withWordNetCorpus(
    {
      '041_boat.txt': `New rescue boat for Kilbrannan

KILBRANNAN, 4 May 2021 - The new Delta 7.5m rescue boat arrived on Tuesday. The Delta 7.5m can go in a boat hall with a training room for 30 people. The Delta 7.5m has twin 115-horsepower engines and can reach speeds of up to 38 knots.`,
      '042_bike.txt': `Chinook cargo bike launched

GUELPH, 9 March 2022 - The Chinook sells for $4,199 and comes in 3 sizes. It weighs 22.4 kilograms in a size medium, with fenders, rack and lights.`,
      '044_warehouse.txt': `Eastmoor depot opens

EASTMOOR, 3 March 2021 - The Eastmoor Depot warehouse, which employs 40 people, has 18,000 sq ft of storage. The beaver enclosure at Catterbeck, home to 4 beavers, covers 12 hectares. The Marina Way building, a 22,000-square-foot former laundry, opened with 3 shops.`,
      '049_glacier.txt': `Glacier in retreat

REYKJAVIK, 3 May 2023 - Scientists say the glacier's southern outlets are retreating by about 150 metres a year.`,
      '043_ferry.txt': `Ferry trials

PORT HASKELL, 2 June 2022 - The ferry carried 120 passengers on its trials, when it ran at 24 miles per hour across the bay.`,
    },
    (corpus) => {
      expect(corpus.ask('How fast can the Delta 7.5m go?').answer).toMatch(
        /^up to 38 knots \[1\]|^38 knots \[1\]/u,
      );
      expect(corpus.ask('How much does a size medium Chinook weigh?').answer).toMatch(
        /^22\.4 kilograms \[1\]/u,
      );
      expect(corpus.ask('How big is the Eastmoor Depot warehouse?').answer).toMatch(
        /^18,000 sq ft \[1\]/u,
      );
      expect(corpus.ask('How big is the beaver enclosure at Catterbeck?').answer).toMatch(
        /^12 hectares \[1\]/u,
      );
      expect(corpus.ask('How big is the Marina Way building?').answer).toMatch(
        /^22,000-square-foot \[1\]/u,
      );
      expect(corpus.ask('How fast is the glacier retreating?').answer).toMatch(
        /^(about )?150 metres a year \[1\]/u,
      );
      expect(corpus.ask('How fast did the ferry run on its trials?').answer).toMatch(
        /^24 miles per hour \[1\]/u,
      );
    },
  );
}, 60_000);

it('answers a length only with a length: a short unit no dictionary word or one of length (not "1,640 men"), no span of time for a thing that never lasts', async () => {
  await withWordNetCorpus(
    {
      '045_pit.txt': `Nant-y-Gof colliery: fact sheet

The No. 1 shaft at Nant-y-Gof was sunk in 1871.
Peak employment at the No. 1 shaft: 1,640 men, in 1923`,
      '046_pit2.txt': `Ty Mawr colliery: fact sheet

The Ty Mawr shaft was sunk in 1880 and is 412 m deep.`,
      '048_cruise.txt': `Cruises from Hartwell Wharf

Caldon and back (3 or 4 nights): an easy cruise to the mouth of Caldon Tunnel and back.

The Hartwell Ring (7 nights): our signature cruise, through the 1,240-yard Caldon Tunnel and back along the Avonmere valley.`,
      '047_horse.txt': `Meet Murphy

Murphy is a 15.2hh Irish Draught cross, twelve years old, who joined the yard in 2021.`,
    },
    (corpus) => {
      expect(corpus.ask('How deep is the No. 1 shaft at Nant-y-Gof?').refused).toBe(true);
      expect(corpus.ask('How deep is the Ty Mawr shaft?').answer).toMatch(/^412 m \[1\]/u);
      // A thing that never lasts has no span of time for its length.
      expect(corpus.ask('How long is the Caldon Tunnel?').answer).toMatch(/^1,240-yard \[1\]/u);
      // A short unit no dictionary word ("hh", hands) measures still.
      expect(corpus.ask('How tall is Murphy?').answer).toMatch(/^15\.2hh \[1\]/u);
    },
  );
}, 60_000);
