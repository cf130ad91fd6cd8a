/**
 * A question the article asks itself, as an interviewer or an FAQ does, is answered by what
 * follows it, whatever the kind asked; a yes or a no opening that answer is its verdict.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_interview.md': `# An interview with Mara Lindqvist

Mara Lindqvist became chief executive of Fernhall Systems in 2021. We asked her about the hiring freeze and the new office in Lisbon.

**Is the freeze over?**

Partly. We lifted it for engineering in April, but other departments will wait until the autumn budget review.

**Why did you freeze hiring?**

We grew too fast. Headcount went from 420 to 780 in two years.

**What keeps you up at night?**

Security: one serious breach would cost us more trust than any product could win back.

**Will the Lisbon office open this year?**

No. The lease was signed late, so it opens next spring with about 40 people.

**Would you live in Fernhall's home town?**

I do. I moved here last spring, and my house is ten minutes from the office.

**Do you still write code yourself?**

I don't. I stopped when the team passed 200 people.`,
      '002_transcript.txt': `Festival director looks ahead to 2024

Alder Springs, June 3, 2024 - We spoke to the festival's director about this year's plans.

Q: Are Tasting Pavilion prices going up again?
A: No. The wristband stays at $15.

Q: Will the harvest supper come back?
A: Yes. It returns to the Grange Hall with 120 seats.

Q: What else is new?
A: A second shuttle route from the park-and-ride on Route 12.

Q: How many booths will Young Growers Row have?
A: Twelve, up from eight.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe("the article's own question", () => {
  it('answers a yes-or-no question with what follows it, and no verdict it does not give', async () => {
    const response = await corpus.ask('Is the hiring freeze over?');
    expect(response.answer).toMatch(/^The articles do not say so in as many words/u);
    expect(response.answer).toContain('Partly.');
    expect(response.answer).toContain('We lifted it for engineering in April');
  }, 60_000);

  it('takes the verdict its answer opens with', async () => {
    const response = await corpus.ask('Will the Lisbon office open this year?');
    expect(response.answer).toMatch(/^No \[\d\]/u);
    expect(response.answer).toContain('The lease was signed late');
  }, 60_000);

  it("reads English's short answer as its verdict: a pronoun and an auxiliary", async () => {
    expect((await corpus.ask("Does Mara Lindqvist live in Fernhall's home town?")).answer).toMatch(
      /^Yes \[\d\]/u,
    );
    expect((await corpus.ask('Does Mara Lindqvist still write code herself?')).answer).toMatch(
      /^No \[\d\]/u,
    );
  }, 60_000);

  it('reads past a transcript\'s speaker labels ("Q:", "A:")', async () => {
    const response = await corpus.ask(
      'Did the Tasting Pavilion wristband go up in price for 2024?',
    );
    expect(response.answer).toMatch(/^No \[\d\]/u);
    expect(response.answer).toContain('The wristband stays at $15.');
  }, 60_000);

  it('answers an open question with what follows it', async () => {
    const response = await corpus.ask('What keeps the chief executive up at night?');
    expect(response.answer).toContain('Security: one serious breach would cost us more trust');
    // The next question asked ends the answer.
    expect(response.answer).not.toContain('Will the Lisbon office');
  }, 60_000);

  it('answers a why asked in a short emphasised question with what follows it, alone', async () => {
    const response = await corpus.ask('Why did Fernhall freeze hiring?');
    expect(response.answer).toMatch(/^Why did you freeze hiring\? \[1\] We grew too fast\. \[2\]/u);
    expect(response.answer).not.toContain('We asked her about');
  }, 60_000);
});

describe('an article laid out as an interview without emphasis', () => {
  let plain: ExtractiveCorpus;
  let plainLexicon: Awaited<ReturnType<typeof loadPackagedWordVectors>>;
  beforeAll(async () => {
    plainLexicon = await loadPackagedWordVectors();
    plain = createExtractiveCorpus(
      {
        '001_race.txt': `Marathon moves to March

BRANSWICK, 9 October 2023 - The city marathon will be held in March from next year, race director Anna Pelt said on Monday. Entry fees will rise from £55 to £62.`,
        '002_results.txt': `Cold, wet marathon ends with a course record

BRANSWICK, 24 March 2024 - Faith Chepkoech won the city marathon for a second year on Sunday. Hotel bookings were 18% lower than on the 2023 race weekend.`,
        '003_talk.txt': `"We would rather start late"

BRANSWICK, 2 May 2024 - Anna Pelt has directed the city marathon since 2019. We asked her what comes next.

Why did you cap the race at 12,000?

Safety, first of all. The new start is narrower than the old one.

Will the cap stay?

For 2025, yes. After that it depends on where we start.

Has the move to March hurt local businesses?

Some hotels had a quieter weekend, and I understand their frustration. But the restaurants told us they were full on the Saturday night.

What was the hardest part of 2023?

Watching the medical tent fill up.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  });

  it('is "the interview" by its form, though its header never says so', () => {
    const response = plain.ask('Summarize the interview');
    for (const citation of response.citations) expect(citation.docId).toBe('003_talk');
  }, 60_000);

  it('answers with the lines after its questions, each set apart on a line of its own', () => {
    const response = plain.ask(
      'Has the move to March hurt local businesses, according to the interview?',
    );
    expect(response.answer).toContain('Some hotels had a quieter weekend');
  }, 60_000);

  it('answers an open question with the line after it', () => {
    const response = plain.ask('What was the hardest part of 2023 for Pelt?');
    expect(response.answer).toContain('Watching the medical tent fill up.');
  }, 60_000);

  it('takes no verdict from a question standing alone, which asserts nothing', () => {
    const response = createExtractiveCorpus(
      {
        '001_bridge.txt': `Bridge works begin

HARBOURTON, 3 May 2024 - Works on the Old Bridge began in January and will cost £4m.

Will the bridge reopen?

The council has not set a date for the works to end.`,
      },
      { lexicon: plainLexicon },
    ).ask('Will the bridge reopen?');
    expect(response.answer).not.toMatch(/^Yes/u);
  }, 60_000);

  it('takes no verdict from a question, which asserts nothing', () => {
    const response = plain.ask('Will the cap stay?');
    expect(response.answer).not.toMatch(/^Yes/u);
    expect(response.answer).toContain('For 2025, yes.');
  }, 60_000);
});

describe('an answer announcing how many things it gives', () => {
  it('goes on through its paragraph ("There are two reasons." then both)', async () => {
    const faq = createExtractiveCorpus(
      {
        '001_faq.md': `# Moving to Fernside Park: your questions answered

Harrow Mill Cricket Club will play its home matches at Fernside Park from next season.

**Why are we leaving Mill Lane?**

There are two reasons. The first is the water. Nine home fixtures were moved or abandoned because the outfield was waterlogged. The second is the lease. The landlord offered a new lease at £6,500 a year against the £1,800 we had been paying.

**Where is Fernside Park?**

Fernside Park is a council-owned sports ground on Haddon Road.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = faq.ask('Why did Harrow Mill give up Mill Lane?');
    expect(response.answer).toContain('The second is the lease.');
    expect(response.answer).toContain('£6,500 a year');
    expect(response.answer).not.toContain('Haddon Road');
  }, 60_000);
});

describe("a reply's verdict after a word set off by a comma, or an elliptical 'not'", () => {
  it('answers "Sorry, no." and "Not directly." with "No"', async () => {
    const corpus = createExtractiveCorpus(
      {
        '012_faq.md': `date 2023-05-01 Festival FAQ

**Can I bring my dog?**

Sorry, no. Only assistance dogs are allowed on site.

**Is the price rise because of the flood at the mill?**

Not directly. The mill has been back in production since April.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(corpus.ask('Can I bring my dog to the festival?').answer).toMatch(/^No \[1\]/u);
    expect(corpus.ask('Was the price rise caused by the flood at the mill?').answer).toMatch(
      /^No \[1\]/u,
    );
  });
});

describe('an answer in a paragraph of its own under a question line of its own', () => {
  it('runs through its paragraph, not two sentences', async () => {
    const faq = createExtractiveCorpus(
      {
        '001_faq.md': ` date 2021-06-22 Your questions answered

Do you have a vegan range?

Yes. Our white tin loaf, our sourdoughs (including the award-winning Pendry Rye) and our vegetable pasty are all vegan.

How do I order a celebration cake?

You can order in any of our shops or on our website. Please give us at least 72 hours' notice for a standard cake and five days for tiered cakes. Our decorators can pipe a message of up to 30 letters. We ask for a 50 per cent deposit when you order.

Do you make gluten-free bread?

No. With flour in the air throughout the bakery we could not make bread that is safe for people with coeliac disease.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = faq.ask('How do I order a celebration cake from Pendry’s?');
    expect(response.answer).toContain('72 hours');
    expect(response.answer).toContain('50 per cent deposit');
    expect(response.answer).not.toContain('coeliac');
  }, 60_000);
});

describe("the article's own question in short ('Why Lisbon?')", () => {
  it('answers a why-question whose other words it leaves to the context', async () => {
    const short = createExtractiveCorpus(
      {
        '003.md': ` date 2018-06-12 Verbanet opens its first office abroad

Verbanet Translations has opened an office in Lisbon, its first outside the UK. The Lisbon office is led by Beatriz Coelho, who joined Verbanet from a Portuguese software localisation company. It will handle Portuguese and Spanish work, including Brazilian Portuguese.

Why Lisbon? Managing director Ingrid Solberg gave three reasons. "First, it's in the same time zone as Carrowgate, so the two teams can work as one. Second, there's a fantastic pool of young, multilingual graduates there. And third, the demand for Brazilian Portuguese has tripled in two years."`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const { answer } = short.ask('Why did Verbanet choose Lisbon for its first office abroad?');
    expect(answer).toContain('same time zone');
    expect(answer).toContain('gave three reasons');
  }, 60_000);
});
