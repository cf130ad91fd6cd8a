/**
 * Each rule that decides whether the documents answer a question, on a small
 * corpus written for the purpose: every test fails when its rule is removed.
 */
import { openWordNet } from '../../src/text/wordnet.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnalyzer } from '../../src/answer/analyze/analyze-question.js';
import type { ChatMessage, ChatResponse } from '../../src/answer/chat-types.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { timeClauses } from '../../src/answer/evidence/time-clause.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';

const ARTICLES: Record<string, string> = {
  '001_ridership.txt': `Tramway ridership climbs again

VELDHAVEN, 12 March 2020 - The Red Line carried 3.1 million passengers in 2019, the transit authority said on Thursday.

Commissioner Maria Lopes said the figure showed the line was working. The authority has not yet published a forecast. The Red Line reported its revenue for 2019 on the same day. Revenue for 2019 was €41m, the Red Line said.`,
  '002_results.txt': `Red Line passes five million

VELDHAVEN, 9 February 2022 - The Red Line carried 5.4 million passengers in 2021, up from the year before, the transit authority said.

Fares rose to €2.00 in the second quarter, and the line now has 18 stations. The extension will cost €480m, officials said.

The Red Line reported revenue of €12m for the second quarter of 2021, up 5% from €11m. Revenue for 2021 was €50m, the Red Line said. Riders spent 3 million hours on trams that year, and ridership on the ferries fell 4%.`,
  '003_minister.txt': `Harbour ministers meet

OSTRAVIA, 3 May 2023 - Ostravia's transport minister Pavel Horak met Maria Lopes in Veldhaven on Monday to discuss a ferry link.

The meeting lasted two hours. Horak, 58, said the link could open in 2026, with two ferries. The ferry documentary Harbour Nights is being written by Ola Berg. Harbour Nights runs 2 hours and 10 minutes.`,
  '004_council.txt': `Council delays tram budget

VELDHAVEN, 2 June 2023 - The city council has yet to approve the tram depot budget, the mayor's office said.

Commissioner Lopes made an unannounced visit to the depot site. She praised the contractor Brennan Rail for finishing the foundations early. In April, 7 Veldhaven city transit security staff were hurt in a depot fire. The depot won 12 awards. The depot fund had money for 40 trams.`,
  '006_fine.txt': `Contractor fined

VELDHAVEN, 4 July 2023 - The harbour authority fined Brennan Rail €2m on Monday over the late delivery of the harbour depot fence, the authority said. Brennan Rail said it would not appeal. In 2023 Brennan Rail delivered new trams to Veldhaven, Ostravia and Harbourton. Ola Berg filmed the new trams Brennan Rail delivered.`,
  '007_schools.txt': `School board meets governors

VELDHAVEN, 5 May 2023 - The Veldhaven School Board met the Weston Academy governors on Monday. Board chair Nadia Okoro said a vote would wait.`,
  '008_depot.txt': `Depot budgets approved

VELDHAVEN, 3 March 2022 - Each depot budget is approved in March. The depot budget was approved on 9 March 2020. The next depot budget was approved on 2 March 2021. The latest depot budget was approved on 1 March 2022. The 2021 depot budget was €5m, spent on new tracks. The 2020 depot budget was €4m, spent on new trams.`,
  '009_strike.txt': `Tram services cut

VELDHAVEN, 8 June 2023 - The authority offered only 2% because its budget was cut. Tram drivers went on strike on Monday. Services ran every hour.

Tram drivers on strike marched to the depot on Tuesday, and tram drivers on strike will march again.`,
  '010_court.txt': `Tram appeal heard

VELDHAVEN, 9 June 2023 - Judge Rupert Hale led the panel, which sat in the Court of Appeal on Monday.`,
  '011_vote.txt': `Depot plan approved

VELDHAVEN, 6 June 2023 - Councillors approved the depot plan by 7 votes to 2. Councillor Ines Moreau voted against the depot plan.`,
  '012_moreau.txt': `Moreau speaks out

VELDHAVEN, 7 June 2023 - Everyone in Veldhaven has heard of Ines Moreau and her fight with Maria Lopes. Ines Moreau, the longest-serving councillor, said the plan was too costly.`,
  '013_fares.txt': `Fare rise passes

VELDHAVEN, 8 June 2023 - Councillors Ana Lind (Ward 2, Harbourton), Piet Vos (Ward 3, Ostravia) and Eva Stam (Ward 4, Dockside) voted against the tram fare rise.`,
  '014_launch.txt': `Scooter launch

VELDHAVEN, 2 October 2023 - The Zipp scooter goes on sale on 18 November in the Netherlands, Belgium and, for the first time, Germany and France.`,
  '015_forecast.txt': `Ferry operator cuts forecast

OSTRAVIA, 5 August 2021 - Harbour Ferries cut its forecast on Thursday.

Harbour Ferries now expects full-year 2021 revenue of €45m, down from €52m. Its revenue fell to €11m in the second quarter of 2021, from €14m, Harbour Ferries said.`,
  '016_season.txt': `Kamp tops the scoring charts

VELDHAVEN, 20 May 2024 - Striker Ruud Kamp finished the 2023-24 season with 24 league goals for Veldhaven FC.`,
  '017_match.txt': `Veldhaven FC beat Harbourton

VELDHAVEN, 4 March 2024 - Veldhaven FC beat Harbourton 3-1 at the Dockside Stadium on Saturday.

Striker Ruud Kamp scored twice before half-time, and the win lifts the side to third.

Referee: Joost Mertens`,
  '022_school.txt': `Harbour school to close

VELDHAVEN, 5 June 2023 - The school board voted on Monday.

Dockside Primary School is the second primary school the board has closed in three years, after Weston Primary in 2021. Dockside Primary School will close at the end of 2024, the board said.`,
  '023_link.txt': `Harbour Link grows

VELDHAVEN, 6 June 2023 - The operator met on Monday.

The Harbour Link ferry will open a route to Ostravia in 2025, the operator said. The Harbour Link ferry opened a route to Harbourton in 2022.`,
  '005_ferries.txt': `Ferry news

HARBOURTON - The Tramline 2 ferry opened on 4 May 2023, the operator said.`,
};

let corpus: ExtractiveCorpus;
let analyzer: QuestionAnalyzer;

beforeAll(async () => {
  corpus = createExtractiveCorpus(ARTICLES, {
    lexicon: await createFakeWordVectors(['passenger', 'carry', 'line', 'red'])(),
  });
  analyzer = corpus.analyzer;
});

let packagedVectors: ReturnType<typeof loadPackagedWordVectors> | undefined;

/** The answer to `question` from a corpus of its own, read with the packaged word vectors. */
async function askIn(articles: Record<string, string>, question: string): Promise<ChatResponse> {
  const lexicon = await (packagedVectors ??= loadPackagedWordVectors());
  return createExtractiveCorpus(articles, { lexicon }).ask(question);
}

/**
 * Questions to a corpus of the calling `describe`'s own, built once before its tests with the
 * packaged word vectors.
 */
function askerFor(
  articles: Record<string, string>,
): (question: string | ChatMessage[]) => ChatResponse {
  let corpus: ExtractiveCorpus | undefined;
  beforeAll(async () => {
    const lexicon = await (packagedVectors ??= loadPackagedWordVectors());
    corpus = createExtractiveCorpus(articles, { lexicon });
  }, 60_000);
  return (question) => corpus!.ask(question);
}

/**
 * What `use` makes of a corpus of its own read as the server reads it: the packaged word
 * vectors and WordNet's nouns.
 */
async function withWordNet<T>(
  articles: Record<string, string>,
  use: (corpus: ExtractiveCorpus) => T,
): Promise<T> {
  const senses = openWordNet();
  try {
    const lexicon = await (packagedVectors ??= loadPackagedWordVectors());
    return use(createExtractiveCorpus(articles, { lexicon, senses }));
  } finally {
    senses.close();
  }
}

function ask(question: string): ChatResponse {
  return corpus.ask(question);
}

describe('answer types from the packaged word vectors', () => {
  let packagedAnalyzer: QuestionAnalyzer;
  beforeAll(async () => {
    const lexicon = await (packagedVectors ??= loadPackagedWordVectors());
    packagedAnalyzer = createExtractiveCorpus(ARTICLES, { lexicon }).analyzer;
  }, 60_000);

  it('reads "which <noun>" as asking a kind of name when the noun is clearly nearest that kind', () => {
    const typeOf = (question: string) =>
      packagedAnalyzer.analyze([{ role: 'user', content: question }]).answerType;
    // "brokerage" sits nearer "company" than any other type noun.
    expect(typeOf('Which brokerage downgraded the shares?')).toBe('organization');
    // "salary" sits nearer "money": no kind of name.
    expect(typeOf('Which salary did she accept?')).toBe('any');
    // An attribute asked of something ("what was the gate for…") is a value, not a name.
    expect(typeOf('What was the gate for the final?')).toBe('any');
  });

  it('reads the word between "how many" and the auxiliary as the noun counted, though tagged a verb', () => {
    const analysis = packagedAnalyzer.analyze([
      { role: 'user', content: 'How many downloads did the ferry app have?' },
    ]);
    expect(analysis.counted).toBe(true);
    expect(analysis.focus?.lemma).toBe('download');
  });

  it('types a head noun by a type it is clearly nearest, not by one it is barely nearer than others', () => {
    const typeOf = (question: string) =>
      packagedAnalyzer.analyze([{ role: 'user', content: question }]).answerType;
    // "firm" sits nearest "company" by far.
    expect(typeOf('What firm won the depot contract?')).toBe('organization');
    // "change" sits near "result" (a score), but about as near other types' nouns.
    expect(typeOf('What were the breaking changes in the release?')).toBe('any');
  });

  it('reads a verb of paying before an infinitive as the verb "do" supports ("what did it cost to build?")', () => {
    const typeOf = (question: string) =>
      packagedAnalyzer.analyze([{ role: 'user', content: question }]).answerType;
    expect(typeOf('What did the museum cost to build?')).toBe('money');
    expect(typeOf('What did the museum cost?')).toBe('money');
  });

  it('reads "the mean time to detect" and "the journey time" as a span, "what time" as the clock', () => {
    const typeOf = (question: string) =>
      packagedAnalyzer.analyze([{ role: 'user', content: question }]).answerType;
    expect(typeOf('What was the mean time to detect in the first quarter?')).toBe('duration');
    expect(typeOf('What is the journey time from Leeds?')).toBe('duration');
    expect(typeOf('What time was the status page updated?')).toBe('time');
    expect(typeOf('What was the time of the first alert?')).toBe('time');
  });
});

describe('a question is answered only when some sentence meets all it asks', () => {
  it('answers a year-constrained figure from the sentence about that year', () => {
    const response = ask('How many passengers did the Red Line carry in 2021?');
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^5\.4 million/);
  });

  it('refuses a year the articles do not cover, although other years are there', () => {
    const response = ask('How many passengers did the Red Line carry in 2020?');
    expect(response.refused).toBe(true);
    expect(response.answer).toMatch(/not for 2020|do not state the number/);
  });

  it('refuses a quarter the articles do not cover', () => {
    expect(ask('What did fares rise to in the fourth quarter?').refused).toBe(true);
    expect(ask('What did fares rise to in the second quarter?').refused).toBe(false);
  });

  it('refuses a question about a name the articles never mention near the fact', () => {
    const response = ask('Who is the transport minister of Freedonia?');
    expect(response.refused).toBe(true);
  });

  it('needs an answer of the expected type that the question does not already name', () => {
    const response = ask('Who met Pavel Horak in Veldhaven?');
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^Maria Lopes/);
    expect(ask('When will the authority publish a forecast?').refused).toBe(true);
  });

  it('refuses an attribute asked "at" something that no sentence states ("the attendance at")', () => {
    const analysis = analyzer.analyze([
      { role: 'user', content: 'What was the attendance at the depot fire?' },
    ]);
    expect(analysis.focus?.lemma).toBe('attendance');
    expect(ask('What was the attendance at the depot fire?').refused).toBe(true);
  });

  it('dates a month named without its year by the article: December in May 2024 is 2023', async () => {
    const response = await askIn(
      {
        '030_season.txt': `Kamp back for the run-in

VELDHAVEN, 20 May 2024 - Veldhaven FC were without Ruud Kamp for ten weeks after the striker broke a bone in his foot in December.`,
      },
      'How long was Ruud Kamp out after breaking his foot in December 2023?',
    );
    expect(response.answer).toMatch(/^ten weeks/u);
  }, 60_000);

  it('takes a date set before a noun ("the April 2024 editorial") as naming an article, not as the time asked', async () => {
    const articles = {
      '040_view.txt': `A ferry deal worth cheering

VELDHAVEN, 30 April 2024 - Agreed upon in January after a stormy winter, the ferry deal between Veldhaven and Ostravia is already paying off.`,
      '041_news.txt': `Ferry talks

OSTRAVIA, 2 May 2021 - The ferry talks between Veldhaven and Ostravia broke down in March.`,
    };
    const named = await askIn(
      articles,
      'In which month was the ferry deal between Veldhaven and Ostravia agreed, according to the April 2024 editorial?',
    );
    expect(named.refused).toBe(false);
    expect(named.answer).toMatch(/^January/u);
    // The same date as the time of what is asked still excludes a sentence of another month.
    const timed = await askIn(
      articles,
      'What happened to the ferry talks between Veldhaven and Ostravia in May 2021?',
    );
    expect(timed.refused).toBe(true);
  }, 60_000);

  it('answers "who is the chief executive?" with the latest holder, whom a copula gives the role ("became chief executive")', async () => {
    const corpus = {
      '060_strike.txt': `Nurses strike

ASHBURY, 18 January 2023 - Margaret Oduya, the chief executive, said she understood the nurses' anger. Chief executive Margaret Oduya also said pay was set nationally.`,
      '061_interview.txt': `A year at the top

ASHBURY, 20 April 2026 - Dr Leila Haddad became chief executive of Ashbury General Hospital in April 2025, after Margaret Oduya retired.`,
    };
    const now = await askIn(corpus, 'Who is the chief executive?');
    expect(now.answer).toMatch(/^Dr Leila Haddad/u);
    const then = await askIn(corpus, 'Who was the chief executive in 2023?');
    expect(then.answer).toMatch(/^Margaret Oduya/u);
  }, 60_000);

  it('answers "how much money…?" with a sum of money, which states money by its currency', async () => {
    const response = await askIn(
      {
        '066_recovered.txt': `Kerrow gets its money back

KERROW, 2 July 2024 - Kerrow Town Council has recovered £268,000 of the £312,000 stolen by its former treasurer, Neil Ashcombe, after a confiscation order.`,
      },
      'How much money was stolen?',
    );
    expect(response.answer).toMatch(/^£312,000 \[1\]/u);
  }, 60_000);

  it('answers who did a verb with the person its agent noun names ("Prosecutor Amrita Sen" for "who prosecuted…?")', async () => {
    const response = await askIn(
      {
        '065_trial.txt': `Ashcombe trial opens

HALBURY, 14 February 2022 - Prosecutor Amrita Sen told the jury that Mr Ashcombe made 46 payments over six years to Redstone Consulting. Mr Ashcombe denies the charges. His barrister, Julian Fforde, said the prosecution case was weak and that his client had been careless, not criminal.`,
      },
      'Who prosecuted the case?',
    );
    expect(response.answer).toMatch(/^(Prosecutor )?Amrita Sen/u);
  }, 60_000);

  it('does not answer who holds a role now with its former holder ("its former treasurer, Neil Ashcombe")', async () => {
    const corpus = {
      '064_recovered.txt': `Kerrow gets its money back

KERROW, 2 July 2024 - The council has recovered £268,000 of the £312,000 stolen by its former treasurer, Neil Ashcombe. The rest is unlikely ever to be recovered, the council's new treasurer, Priya Lal, said.`,
    };
    const now = await askIn(corpus, "Who is the council's treasurer now?");
    expect(now.answer).toMatch(/^Priya Lal/u);
    const former = await askIn(corpus, "Who is the council's former treasurer?");
    expect(former.answer).toMatch(/^Neil Ashcombe/u);
  }, 60_000);

  it('does not answer who became holder of a role with the one leaving it ("the outgoing Mayor, Cllr Brenda Cole")', async () => {
    const corpus = {
      '064_mayor.txt': `New mayor for Harwick

HARWICK, 23 May 2023 - The outgoing Mayor, Cllr Brenda Cole, took the chair at the annual meeting. The new Mayor is Cllr Tom Egerton, who thanked her.`,
    };
    const became = await askIn(corpus, 'Who became mayor in May 2023?');
    expect(became.answer).toMatch(/^(Cllr )?Tom Egerton/u);
  }, 60_000);

  it('takes a name whose asked role is narrowed another way ("the committee chair") for another office\'s holder', async () => {
    const response = await askIn(
      {
        '050_plan.txt': `Harbour homes approved

VELDHAVEN, 3 June 2023 - The committee chair, Councillor Pieter Vos, said the county school board would get money for new classrooms from the harbour homes.`,
        '051_schools.txt': `Schools to merge

VELDHAVEN, 9 June 2023 - Two primary schools will merge next year. Board chair Dr Hanna Smit said the vote had been hard.`,
      },
      'Who chairs the county school board?',
    );
    expect(response.answer).toMatch(/^Dr Hanna Smit/u);
  }, 60_000);

  it('keeps a holder of the asked role narrowed further ("the council\'s finance committee chair"), and reads a role after "who" ("who chairs the library board")', async () => {
    const response = await askIn(
      {
        '052_library.txt': `Library plan approved

ASHBURY, 14 March 2023 - Priya Natarajan, who chairs the library board, said the finance committee had backed the plan for the library.`,
        '053_budget.txt': `Council budget agreed

ASHBURY, 20 March 2023 - The council's finance committee chair, Councillor Tom Beale, said the budget would pay for the library.`,
      },
      'Who chairs the finance committee?',
    );
    expect(response.answer).toMatch(/^Councillor Tom Beale/u);
  }, 60_000);

  it('does not take a name from an article writing its words only in other names ("the River Lune", "a corn mill")', async () => {
    const articles = {
      '058_founding.md': `# The founding of Brackwater

Brackwater was founded in 1784 by Elspeth Marrow, a Quaker widow who bought 400 acres on the east bank of the River Lune from the Haverley estate. She paid £1,200 for the land, money left to her by her husband, the clockmaker Josiah Marrow, who had died of fever two years earlier.

Within ten years the settlement had a corn mill, a chapel and about 180 inhabitants.`,
      '059_mill.md': `# The Lune Mill and the flax trade

The Lune Mill opened in 1823, built by the brothers Thomas and Henry Garside, who had made money in the Liverpool cotton trade. It spun flax into linen thread, and at its height in the 1850s it employed 640 people.`,
      '060_railway.md': `# When the railway came

The railway reached Brackwater in 1847, when the Lune Valley Railway opened its line from Lancaster.`,
    };
    const response = await askIn(articles, 'How much did the Lune Mill cost to build?');
    expect(response.answer).not.toMatch(/£1,200/u);
    expect(response.refused).toBe(true);
  }, 60_000);

  it('gives a first name joined by "and" to a full name with it, as they share the surname', async () => {
    const response = await askIn(
      {
        '061_mill.md': `# The Lune Mill and the flax trade

The Lune Mill opened in 1823, built by the brothers Thomas and Henry Garside, who had made money in the Liverpool cotton trade.`,
      },
      'Who built the Lune Mill?',
    );
    expect(response.answer).toMatch(/^Thomas and Henry Garside \[1\]/u);
  }, 60_000);

  it('keeps a holder of the asked role whose narrowing word is no noun ("the town\'s first mayor")', async () => {
    const response = await askIn(
      {
        '057_railway.md': `# When the railway came

The first train arrived on 14 October 1847, pulled by the locomotive Marrow, named after the town's founder. The line was championed by William Ashby, the town's first mayor, who argued that the mill could not compete without it.`,
      },
      'Who was the first mayor?',
    );
    expect(response.answer).toMatch(/^William Ashby/u);
  }, 60_000);

  it('does not answer "when did it happen?" with a date after its article, when it had not happened', async () => {
    const response = await askIn(
      {
        '054_delay.txt': `Library reopening delayed

ASHBURY, 2 May 2024 - The library was due to reopen in March 2025; it will now reopen in September 2025.`,
        '055_open.txt': `Library reopens

ASHBURY, 21 September 2025 - Ashbury's library opened its doors again on 20 September after a two-year renovation.`,
      },
      'When did the library reopen?',
    );
    // The 2024 sentence states "reopen" but only dates it had not reached.
    expect(response.answer).not.toMatch(/^(March|September) 2025/u);
  }, 60_000);

  it('does not answer "when will…?" with a year of an earlier century before its article ("the siege of 1651")', async () => {
    const response = await askIn(
      {
        '057_roof.txt': `Castle hall to get a roof

DUNMORE, 2 June 2025 - The great hall will get an oak and slate roof designed to look like the one destroyed in the siege of 1651. Work will start in January 2026 and take about eighteen months.`,
      },
      'When will the roof work start?',
    );
    expect(response.answer).toMatch(/^January 2026/u);
  }, 60_000);

  it('of two dates as near the asked verb, answers "when will…?" with the one its "will" governs', async () => {
    const response = await askIn(
      {
        '056_delay.txt': `Library reopening delayed

ASHBURY, 2 May 2024 - The library was due to reopen in March 2025; it will now reopen in September 2025.`,
      },
      'When will the library reopen?',
    );
    expect(response.answer).toMatch(/^September 2025/u);
  }, 60_000);

  it('answers "how much did it cost?" from the sentence stating the cost, not the one predicting it', async () => {
    const corpus = {
      '058_plan.txt': `Hospital to build children's ward

ASHBURY, 14 March 2022 - The children's ward will cost £18.5 million, of which £12 million comes from the Department of Health.`,
      '059_opens.txt': `Children's ward opens late

ASHBURY, 9 December 2024 - The children's ward admitted its first patients on Monday. The ward cost £20.6 million, more than planned.`,
    };
    const happened = await askIn(corpus, "How much did the children's ward cost?");
    expect(happened.answer).toMatch(/^£20\.6 million/u);
    const predicted = await askIn(corpus, "How much will the children's ward cost?");
    expect(predicted.answer).toMatch(/^£18\.5 million/u);
  }, 60_000);

  it("answers the price of an adult ticket from the adults' price, not the family ticket's", async () => {
    const corpus = {
      '060_castle.md': `# Visiting Dunmore Castle

Dunmore Castle stands on a rock above the River Esk, two miles north of Dunmore town centre. The castle was built in the 1290s by the Comyn family.

## Opening hours

From April to October the castle is open every day from 9.30am to 5.30pm. The castle is closed on 25 and 26 December.

## Tickets

Adults pay £12.50 and children aged 5 to 15 pay £6. Children under 5 go free. A family ticket for two adults and up to three children costs £32. Members of the Heritage Trust go free.`,
      '061_museum.md': `# Dunmore Museum

The museum is free to enter. Until 14 September 2025 the temporary exhibition is about the valley's mining families. Tickets cost £5.`,
    };
    const [adult, family] = await withWordNet(corpus, (read) => [
      read.ask('What does an adult ticket cost?'),
      read.ask('How much is a family ticket?'),
    ]);
    expect(adult.answer).toMatch(/^£12\.50/u);
    expect(family.answer).toMatch(/^£32/u);
  }, 60_000);

  it('takes a name of common words with another head for another body ("…Safety Commission" is not "…Safety Authority")', async () => {
    const corpus = {
      '062_recall.txt': `Air fryer recall extended

LEICESTER, 20 September 2022 - The Consumer Product Safety Authority has ordered Corvell to extend the recall of its AF-55 air fryers to another 57,000 units. The authority said only 38% of the fryers had been returned.`,
      '063_results.txt': `Corvell results

LEICESTER, 12 April 2023 - Corvell reported a loss of £9.8m after the cost of the air fryer recall.`,
    };
    const other = await askIn(corpus, 'Did the Consumer Product Safety Commission order a recall?');
    expect(other.refused).toBe(true);
    const own = await askIn(corpus, 'Did the Consumer Product Safety Authority order a recall?');
    expect(own.refused).toBe(false);
  }, 60_000);

  it('takes a name of two common words as both ("Lincoln Cathedral" is not "Easterham Cathedral")', async () => {
    const corpus = {
      '065_charge.txt': `Cathedral to charge visitors

EASTERHAM, 14 February 2020 - The Chapter of Easterham Cathedral has voted to introduce an admission charge of £7.50 for tourist visitors from 1 April.`,
      '066_spire.txt': `Spire repairs finish

EASTERHAM, 18 June 2022 - The new stone for the spire came from a quarry in Lincolnshire, which was chosen because its limestone matches the original.`,
    };
    const other = await askIn(corpus, 'What is the admission charge at Lincoln Cathedral?');
    expect(other.refused).toBe(true);
    const own = await askIn(corpus, 'What is the admission charge at Easterham Cathedral?');
    expect(own.refused).toBe(false);
    expect(own.answer).toContain('£7.50');
  }, 60_000);

  it('answers what the penalty was, not what it would have been', async () => {
    const corpus = {
      '064_fine.txt': `Air fryer maker fined

LEICESTER, 22 January 2025 - The product safety regulator has fined Corvell Domestic for waiting five months before reporting a fault in its air fryers.

The penalty would have been £2.5m but was reduced because the company admitted the breach. Corvell will pay a penalty of £1.75m, the regulator said. Corvell said it accepted the findings.`,
    };
    const was = await askIn(corpus, 'How big was the penalty?');
    expect(was.answer).toMatch(/^£1\.75m/u);
    const wouldHave = await askIn(corpus, 'How much would the penalty have been?');
    expect(wouldHave.answer).toMatch(/^£2\.5m/u);
  }, 60_000);

  it('answers with the figure the brackets give for the asked place, the main one otherwise', async () => {
    const corpus = {
      '065_recall.txt': `Air fryers recalled

LEICESTER, 6 April 2022 - Corvell is recalling 230,000 air fryers sold in the United Kingdom and Ireland.

Customers can choose a full refund of £69.99 (€82 in Ireland) or a free replacement. Refunds are paid within 14 days.`,
    };
    const [ireland, refund] = await withWordNet(corpus, (read) => [
      read.ask('What refund did customers in Ireland get?'),
      read.ask('How much is the refund?'),
    ]);
    expect(ireland.answer).toMatch(/^€82/u);
    expect(refund.answer).toMatch(/^£69\.99/u);
  }, 60_000);

  it('takes no name headed by a noun the question writes as a known thing ("the orchestra") for its answer', async () => {
    const corpus = {
      '066_orchestra.txt': `Orchestra opens its doors

HALVERGATE, 3 October 2022 - The Halvergate Symphony Orchestra will hold open rehearsals on Saturday mornings at the Foundry, its rehearsal base on Mill Lane. Anyone can come for free, the Halvergate Symphony Orchestra said.`,
    };
    const [where, which] = await withWordNet(corpus, (read) => [
      read.ask('Where does the orchestra hold its rehearsals?'),
      read.ask('Which orchestra holds open rehearsals?'),
    ]);
    expect(where.answer).not.toMatch(/^Halvergate Symphony Orchestra/u);
    expect(where.answer).toMatch(/^(the )?(Foundry|Mill Lane)/iu);
    expect(which.answer).toMatch(/^Halvergate Symphony Orchestra/u);
  }, 60_000);

  it('takes no name coordinating a noun the question writes as a known thing ("the museum" of "Aldermoor Museum & Art Gallery")', async () => {
    const response = await withWordNet(
      {
        '067_hoard.txt': `Museum gets a hoard

KESTLEBY, 3 October 2022 - Aldermoor Museum & Art Gallery is delighted to announce that it has acquired the Kestleby Hoard, found on a farm in 2020.`,
      },
      (read) => read.ask('Who did the museum announce it had acquired the hoard from?'),
    );
    expect(response.answer).not.toMatch(/^Aldermoor Museum/u);
  }, 60_000);

  it('reads no year "since" opens a span from as the year a sentence tells of', async () => {
    const response = await withWordNet(
      {
        '069_2022.txt': `Harvest 2022: a record in the wet

YALLAN, 20 January 2023 - Members delivered 385,700 tonnes to the co-operative, a record. Growing season rainfall at Yallan reached 402 mm, the wettest season since 1974.`,
      },
      (read) => read.ask('How much growing-season rain fell at Yallan in 2022?'),
    );
    expect(response.answer).toMatch(/^402 mm/u);
  }, 60_000);

  it('dates no sentence by a year "since" opens a span from in the sentence before', async () => {
    const response = await withWordNet(
      {
        '071_count.txt': `Leader loses seat

HARWICK, 5 May 2023 - The Liberal Democrats became the largest party on Harwick Town Council after the count at the Leisure Centre finished late on Friday night. Six of the fifteen seats went to the party, up from two, and it will now form an administration with the support of Labour councillors. The Conservatives won four seats. The Green Party won its first seat. Independents kept one seat in Northgate ward.

Cllr Hollis, who has led the council since 2015, said he would not challenge the result. Turnout at the town council election was 36.8%.`,
      },
      (read) => read.ask('What was turnout at the 2015 town council election?'),
    );
    expect(response.refused).toBe(true);
  }, 60_000);

  it('dates no article by a year "since" opens a span from in its first lines', async () => {
    const response = await withWordNet(
      {
        '072_count.txt': `Leader loses seat

HARWICK, 5 May 2023 - Cllr Hollis, who has led the council since 2015, said he would not challenge the result. Turnout at the town council election was 36.8%.`,
      },
      (read) => read.ask('What was turnout at the 2015 town council election?'),
    );
    expect(response.refused).toBe(true);
  }, 60_000);

  it('prefers a sentence stating the asked range ("2022–23") to one stating only one of its years', async () => {
    const response = await withWordNet(
      {
        '073_report.txt': `Annual Report 2023–24

KELSHAM, 18 July 2024 - From 1 July 2023 the food bank gave out six parcels at most to each household in any six-month period. The food bank gave out 62,980 parcels in 2022–23, as restated.`,
      },
      (read) => read.ask('How many parcels did the food bank give out in 2022-23?'),
    );
    expect(response.answer).toMatch(/^62,980/u);
  }, 60_000);

  it('prefers a sentence of an article dated to the asked year to one dated to it only by the sentence before', async () => {
    const corpus = {
      '068_2023.txt': `Harvest 2023: the year the rain did not come

YALLAN, 30 January 2024 - The 2023 harvest was the smallest in seventeen years. Members delivered 146,900 tonnes, 62% less than the record 385,700 tonnes delivered in 2022. Growing season rainfall at Yallan was 142 mm, less than half the long-term average.`,
      '070_2022.txt': `Harvest 2022: a record in the wet

YALLAN, 20 January 2023 - Members delivered 385,700 tonnes to the co-operative, a record. Growing season rainfall at Yallan reached 402 mm, the wettest season on record.`,
    };
    const [of2022, of2023] = await withWordNet(corpus, (read) => [
      read.ask('How much growing-season rain fell at Yallan in 2022?'),
      read.ask('How much growing-season rain fell at Yallan in 2023?'),
    ]);
    expect(of2022.answer).toMatch(/^402 mm/u);
    expect(of2023.answer).toMatch(/^142 mm/u);
  }, 60_000);

  it('answers a measure asked ("What volume of juice…?") by a figure whose unit says it, without the word "volume"', async () => {
    const response = await withWordNet(
      {
        '092_harvest.md': `date 2022-11-18 Harvest 2022

We picked 251 tonnes of grapes, the biggest juice harvest in our history, which pressed to 1,610 hectolitres of juice.`,
      },
      (read) => read.ask('What volume of juice did the 2022 harvest press to?'),
    );
    expect(response.answer).toMatch(/^1,610 hectolitres/u);
  }, 60_000);

  it('dates a sentence stating no year weakly by its article\'s date when the title names another year ("Annual Report 2022", published in 2023)', async () => {
    const response = await withWordNet(
      {
        '090_report-2022.md': `date 2023-04-27 Annual Report 2022

This review was written by our chief executive in March 2023, shortly before her retirement.

## New homes

We completed 148 new homes against a target of 150, most of them at Kingsmead Fields.`,
        '091_report-2023.md': `date 2024-04-29 Annual Report 2023

This review was written by our new chief executive, who joined us a year ago.

## New homes

We completed 96 new homes, well short of our target of 160, after a contractor failed.`,
      },
      (read) => read.ask('How many new homes were completed in 2023?'),
    );
    expect(response.answer).toMatch(/^96 new homes/u);
  }, 60_000);

  it('dates a sentence stating no year by the year a title names before its article\'s date ("Grants Awarded in 2023", put out in 2024)', async () => {
    const corpus = {
      '092_grants-2023.txt': `Community Fund: Grants Awarded in 2023
Published by the Tarrow Community Fund, February 2024

The fund is paid for from the income of our turbines, and grants are decided by a panel of five local residents.

- Tarrow Warm Homes scheme: £14,000, for loft insulation and draught-proofing in 42 homes
- Tarrow Scouts: £3,500, for a new minibus`,
    };
    const asked = await withWordNet(corpus, (read) =>
      read.ask('How many homes did the Tarrow Warm Homes scheme insulate in 2024?'),
    );
    expect(asked.refused).toBe(true);
    const reported = await withWordNet(corpus, (read) =>
      read.ask('How many homes did the Tarrow Warm Homes scheme insulate in 2023?'),
    );
    expect(reported.answer).toMatch(/^42 homes/u);
  }, 60_000);

  it('tells a past-tense sentence naming no time in the years of the sentence before it ("Generation in 2020 was … Turnover was £648,000.")', async () => {
    const minutes = (last: string) => ({
      '093_agm-2021.txt': `Minutes of the Annual General Meeting
Held online on Saturday 19 June 2021 at 10.30am

1. Annual report and accounts 2020
Hamish Gourlay presented the accounts to the members. Generation in 2020 was 4,210 MWh, the highest in the co-operative's history. ${last}`,
    });
    const later = await withWordNet(minutes('Turnover was £648,000.'), (read) =>
      read.ask('How much was the turnover in 2021?'),
    );
    expect(later.refused).toBe(true);
    // A sentence in the present tense tells of the time it was written.
    const present = await withWordNet(minutes('The co-operative now has 912 members.'), (read) =>
      read.ask('How many members did the co-operative have in 2021?'),
    );
    expect(present.answer).toMatch(/^912 members/u);
  }, 60_000);

  it('takes the English words completing an asked name ("the Stavanger Chamber Philharmonic" asked of Stavanger) for no person', async () => {
    const response = await withWordNet(
      {
        '071_solberg.txt': `Orchestra names new music director

HALVERGATE, 18 February 2021 - The Halvergate Symphony Orchestra has named the Norwegian conductor Ingrid Solberg as its next music director. Solberg was born in Bergen. She is principal conductor of the Stavanger Chamber Philharmonic, a post she will keep until 2022.`,
      },
      (read) => read.ask('Who succeeded Solberg as principal conductor in Stavanger?'),
    );
    expect(response.answer).not.toMatch(/^Chamber Philharmonic/u);
    expect(response.refused).toBe(true);
  }, 60_000);

  it('keeps a person named after the asked words of a role ("Pakistan\'s Interior Minister Sheikh Rashid Ahmed")', async () => {
    const response = await withWordNet(
      {
        '072_visit.txt': `Iranian minister visits Islamabad

ISLAMABAD, 3 March 2022 - Iran's interior minister Ahmad Vahidi met Pakistan's Interior Minister Sheikh Rashid Ahmed in Islamabad on Monday to discuss border security.`,
      },
      (read) => read.ask("Who was Pakistan's interior minister in 2022?"),
    );
    expect(response.answer).toMatch(/^Sheikh Rashid Ahmed/u);
  }, 60_000);

  it('takes no date of another name a relative clause describes ("Wierzbicki, who became music director in 2011, …")', async () => {
    const response = await withWordNet(
      {
        '073_director.txt': `Orchestra names new music director

HALVERGATE, 18 February 2021 - The Halvergate Symphony Orchestra has named the Norwegian conductor Ingrid Solberg as its next music director.

Wierzbicki, who became music director in 2011, will take the title of conductor laureate.`,
      },
      (read) => read.ask('In what year did Solberg become music director?'),
    );
    expect(response.answer).not.toMatch(/^2011/u);
    expect(response.refused).toBe(true);
  }, 60_000);

  it('takes a place in an apposition of where a person is from ("Derek Anstey, 71, of Cray Bottom,") for no answer to "who"', async () => {
    const response = await withWordNet(
      {
        '074_storm.txt': `Council leader pays tribute after storm

WENVALE, 17 November 2022 - Our thoughts are first with the family of Derek Anstey, 71, of Cray Bottom, who died when a tree fell on his car on the B4170.`,
      },
      (read) => read.ask('Who was the man killed when a tree came down on his car?'),
    );
    expect(response.answer).toMatch(/^Derek Anstey/u);
  }, 60_000);

  it('takes no name after a noun that names no person ("Storm Orla") for a person', async () => {
    const response = await withWordNet(
      {
        '075_leader.txt': `Council leader's statement

WENVALE, 17 November 2022 - On Tuesday, Storm Orla brought the strongest winds and the highest river levels our district has ever recorded. I want to thank the firefighters and council staff who worked through the storm.`,
      },
      (read) => read.ask('Who led the council when the storm struck?'),
    );
    expect(response.answer).not.toMatch(/^Orla/u);
    expect(response.refused).toBe(true);
  }, 60_000);

  it('takes the one word completing an asked company name ("Lorncroft Therapeutics" asked as "Lorncroft") for no person', async () => {
    const response = await withWordNet(
      {
        '076_hold.txt': `Hold lifted on lung drug study

DUNDEE, 17 February 2025 - Lorncroft Therapeutics plc today announced that the regulator has lifted the partial clinical hold on its Phase 3 study of LTX-217.`,
      },
      (read) => read.ask("Who is Lorncroft's medical chief as of 2025?"),
    );
    expect(response.answer).not.toMatch(/^Therapeutics/u);
    expect(response.refused).toBe(true);
  }, 60_000);

  it('takes no past fact of an article written before the month asked, unless it tells what will be', async () => {
    const [september, june, november] = await withWordNet(
      {
        '077_q2.txt': `Lorncroft second-quarter results

DUNDEE, 24 August 2023 - "We ended the quarter with £71.4 million in cash, the highest in the company's history," said Helen Ng, chief financial officer. Mark Davenport will stay as chief executive until the end of the year.`,
      },
      (read) => [
        read.ask('What cash did Lorncroft hold at 30 September 2023?'),
        read.ask('What cash did Lorncroft hold at 30 June 2023?'),
        read.ask("Who was Lorncroft's chief executive in November 2023?"),
      ],
    );
    expect(september.refused).toBe(true);
    expect(june.answer).toMatch(/^£71\.4 million/u);
    expect(november.answer).toMatch(/^Mark Davenport/u);
  }, 60_000);

  it('reads the role asked after "took over as" in its noun, not in a verb that names no office', async () => {
    const response = await withWordNet(
      {
        '079_results.txt': `A-level results at Hartmoor

ELLESBY, 17 August 2021 - Gareth Muir, the outgoing head of sixth form, who becomes deputy headteacher next month, said three-quarters of Hartmoor's leavers had gained a place at their first-choice university. The governors have appointed David Okonjo as headteacher of Hartmoor from September 2021.`,
      },
      (read) => read.ask('Who took over as head of Hartmoor in September 2021?'),
    );
    expect(response.answer).toMatch(/^David Okonjo/u);
  }, 60_000);

  it('carries no far sentence of reason into a how-answer when the question has no verb of its own', async () => {
    const response = await withWordNet(
      {
        '081_recall.txt': `Air fryers recalled

LEICESTER, 6 April 2022 - Because a cut-out can fail, the fryer was withdrawn from sale. Sales staff were told on Monday. Shops were told on Tuesday. Stock was moved to warehouses.

Customers who own an affected air fryer should contact Corvell about getting it back. Corvell will send every affected customer a prepaid bag for the air fryer.`,
      },
      (read) => read.ask('How do I get an affected fryer back to Corvell?'),
    );
    expect(response.answer).toMatch(/^Customers who own an affected air fryer/u);
    expect(response.answer).not.toMatch(/Because a cut-out can fail/u);
  }, 60_000);

  it('takes a figure labelling a name ("Ledgerly 2.0") as met by the article\'s title', async () => {
    const response = await askIn(
      {
        '057_one.md': `# Ledgerly 1.0 is out

Published 3 February 2024 by the Ledgerly team

Ledgerly 1.0, our open-source bookkeeping app for small charities, is available today for Windows, macOS and Linux.

## What's in it

- Double-entry accounts with a chart of accounts for charities.
- Bank statement import from CSV files.
- Gift Aid claims for UK donors.

Ledgerly 1.0 starts in about 4 seconds on a typical laptop. It needs 300 MB of disk space.

Lead developer Marta Kowalczyk said the team had spent two years building the app with volunteers from 14 charities.`,
        '058_two.md': `# Ledgerly 2.0: faster, and now on the web

Published 11 March 2025 by the Ledgerly team

Ledgerly 2.0 adds a web version, so treasurers can work from any browser, alongside the desktop apps for Windows, macOS and Linux.

## Changes

- Dark mode, the most requested feature since 1.0.
- Start-up takes 1.5 seconds, down from 4 seconds in 1.0, after we rewrote the database layer.
- Multi-currency accounts for charities with overseas projects.
- Gift Aid claims can now be sent straight to HMRC.

Support for 32-bit Windows has ended: Ledgerly 2.0 needs a 64-bit computer.

Marta Kowalczyk, who leads the project, said the web version was paid for by a £40,000 grant from the Digital Charities Fund.`,
      },
      'How long does Ledgerly 2.0 take to start?',
    );
    expect(response.answer).toMatch(/^1\.5 seconds/u);
  }, 60_000);

  it("does not answer when something happened with the dateline's date, the day it was filed", async () => {
    const response = await askIn(
      {
        '033_ceo.txt': `New chief at Brennan Rail

HARBOURTON, 4 April 2025 (Railwire) - Brennan Rail said that Ana Ruiz would take over as chief executive at the end of the month.`,
      },
      'When did Ana Ruiz take over as chief executive of Brennan Rail?',
    );
    expect(response.answer).not.toMatch(/^4 April 2025/u);
  }, 60_000);

  it('dates "last May" in a May 2024 article to May 2023', async () => {
    const response = await askIn(
      {
        '031_season.txt': `Kamp back for the run-in

VELDHAVEN, 20 May 2024 - Ruud Kamp, who broke a bone in his foot last May, was out for ten weeks.`,
      },
      'How long was Ruud Kamp out after breaking his foot in May 2023?',
    );
    expect(response.answer).toMatch(/^ten weeks/u);
  }, 60_000);

  it('reads the bare word after "do" and its subject as the verb, however the tagger read it', () => {
    const verbs = (question: string) =>
      analyzer
        .analyze([{ role: 'user', content: question }])
        .parsed.tokens.filter((token) => token.pos === 'VERB')
        .map((token) => token.normal);
    expect(verbs('Why did the bakery nearly close?')).toEqual(['close']);
    expect(verbs('What extras does Brisa Air charge for on top of the fare?')).toEqual(['charge']);
    expect(verbs('How long did Imran Khan’s visit to Tehran last?')).toEqual(['last']);
    // Followed by the name it takes as object.
    expect(verbs('Did Marisol Quenneville direct Crownfire?')).toEqual(['direct']);
    // After "do", an "'s" is a possessive: the word after it heads a noun phrase, not a verb.
    expect(verbs("How much did the children's ward cost?")).toEqual(['cost']);
    // Before an adverb ending the question.
    expect(verbs('Why did the ward open late?')).toEqual(['open']);
  });

  it('does not take the noun asked for ("which chart…") as naming the article whose title has it', () => {
    const analysis = analyzer.analyze([{ role: 'user', content: 'Which chart did he top?' }]);
    expect(analysis.documents).toEqual([]);
  });

  it('reads a possessor typed in lower case ("veldhaven\'s load factor") as part of the phrase, not its head', () => {
    const analysis = analyzer.analyze([
      { role: 'user', content: "what was veldhaven's load factor in 2021" },
    ]);
    expect(analysis.head).toBe('factor');
  });

  it('reads "what is the name of the captain" as asking about the captain', () => {
    const analysis = analyzer.analyze([
      { role: 'user', content: 'What is the name of the captain of the Harbour Link ferry?' },
    ]);
    expect(analysis.head).toBe('captain');
    expect(ask('What is the name of the captain of the Harbour Link ferry?').refused).toBe(true);
  });

  it('refuses an attribute the articles never state ("the population of")', () => {
    const response = ask('What is the population of Veldhaven?');
    expect(response.refused).toBe(true);
    expect(response.answer).toMatch(/population/);
  });

  it('needs the counted thing next to the figure for "how many"', () => {
    expect(ask('How many stations does the Red Line have?').answer).toMatch(/^18 stations/);
    expect(ask('How many trams will the link use?').refused).toBe(true);
  });

  it('needs a common counted noun ("points") stated with the figure too', () => {
    expect(ask('How many points did the depot win?').refused).toBe(true);
  });

  it('finds the counted noun at the end of a long noun phrase', () => {
    expect(ask('How many staff were hurt in the depot fire?').answer).toMatch(
      /^7 Veldhaven city transit security staff/u,
    );
  });

  it('quotes a counted figure to the end of its noun phrase', async () => {
    const response = await askIn(
      {
        '020_fire.txt': `Depot fire

VELDHAVEN, 3 May 2023 - At least 5 depot staff members were hurt in a fire on Monday, the transit authority said.`,
      },
      'How many staff were hurt in the depot fire?',
    );
    expect(response.answer).toMatch(/^At least 5 depot staff members \[/u);
  }, 60_000);

  it('takes no figure before a unit for a head count ("people ran 42.2 km" is no count of people)', async () => {
    const senses = openWordNet();
    try {
      const lexicon = await (packagedVectors ??= loadPackagedWordVectors());
      const corpus = createExtractiveCorpus(
        {
          '001_virtual.md': `date 2020-11-03 The marathon that went virtual

The 2020 race was cancelled, so the trust held a virtual marathon instead. In the virtual marathon, people ran 42.2 km wherever they were and uploaded their times. The organisers said 3,112 took part.`,
        },
        { lexicon, senses },
      );
      const response = corpus.ask('How many people took part in the virtual marathon?');
      expect(response.answer).toMatch(/^3,112 \[/u);
    } finally {
      senses.close();
    }
  }, 60_000);

  it('needs the thing measured by "how big a…" stated with the figure', () => {
    expect(ask('How big a subsidy did the Red Line carry passengers with in 2021?').refused).toBe(
      true,
    );
  });

  it('types "what was the revenue" by how the articles write revenue: amounts of money', () => {
    expect(ask('What was the revenue of the Red Line in 2021?').answer).toMatch(/^€/u);
  });

  it('prefers a figure for the whole year asked to one for a quarter of it', () => {
    expect(ask("What was the Red Line's total revenue for 2021?").answer).toMatch(/^€50m/u);
  });

  it('prefers a figure for the quarter asked to one for its whole year', () => {
    expect(
      ask('How much revenue did Harbour Ferries make in the second quarter of 2021?').answer,
    ).toMatch(/^€11m/u);
  });

  it('counts the noun heading the phrase asked ("how many league goals" counts goals)', () => {
    const analysis = analyzer.analyze([
      { role: 'user', content: 'How many league goals did Ruud Kamp score?' },
    ]);
    expect(analysis.focus?.lemma).toBe('goal');
  });

  it('does not take a season\'s second year ("2023-24") for a figure the question gives', () => {
    expect(ask('How many league goals did Ruud Kamp score in 2023-24?').answer).toMatch(
      /^24 league goals/u,
    );
  });

  it('reads the noun after "who is the" as describing the one asked for', () => {
    const analysis = analyzer.analyze([
      { role: 'user', content: 'Who is the referee of the cup final?' },
    ]);
    expect(analysis.head).toBe('referee');
  });

  it('does not take any person named for the role asked with "who"', async () => {
    const response = await askIn(
      { '017_match.txt': ARTICLES['017_match.txt']! },
      'Who was the referee when Veldhaven FC beat Harbourton?',
    );
    expect(response.answer).toMatch(/^Joost Mertens/u);
    // Without the line naming the referee, no one named is the referee.
    const unnamed = await askIn(
      {
        '019_match.txt': `Veldhaven FC beat Harbourton

VELDHAVEN, 4 March 2024 - Veldhaven FC beat Harbourton 3-1 at the Dockside Stadium on Saturday.

Ruud Kamp scored twice for Veldhaven FC, who beat Harbourton for the first time in a decade.`,
      },
      'Who was the referee when Veldhaven FC beat Harbourton?',
    );
    expect(unnamed.refused).toBe(true);
    // Loading the packaged word vectors takes seconds on a busy machine.
  }, 60_000);

  it('answers "when will" with a date after the article\'s, "when did" with one before it', () => {
    expect(ask('When will Dockside Primary School close?').answer).toMatch(/^(the )?end of 2024/u);
    expect(ask('When did the Harbour Link ferry open a route?').answer).toMatch(/^2022/u);
  });

  it('answers "how much money" only with an amount', () => {
    expect(ask('How much money did the depot fund have?').refused).toBe(true);
  });

  it('takes a number word naming which one ("line four") as a number to meet', () => {
    expect(ask('How many stations does line four have?').refused).toBe(true);
    expect(ask('How many stations does the Red Line have?').refused).toBe(false);
  });

  it('reads "who is writing the <named thing>" as a fact of the story, not of the article', () => {
    expect(ask('Who is writing the Harbour Nights documentary?').answer).toMatch(/^Ola Berg/u);
  });

  it('answers "by how much" with a percentage as well as an amount', () => {
    expect(ask('By how much did ridership on the ferries fall?').answer).toMatch(/^4%/u);
  });

  it('answers "how long is" a film or event with a span of time', () => {
    expect(ask('How long is Harbour Nights?').answer).toMatch(/^2 hours and 10 minutes/u);
  });

  it('counts hours with a span of time ("3 million hours")', () => {
    expect(ask('How many hours did riders spend on trams in 2021?').answer).toMatch(
      /^3 million hours/u,
    );
  });

  it('does not take a sequel or model ("Tramline 2") for the name asked ("Tramline")', () => {
    expect(ask('When did the Tramline ferry open?').refused).toBe(true);
    expect(ask('When did the Tramline 2 ferry open?').answer).toMatch(/^4 May 2023/u);
  });

  it('takes a marked name set beside the noun the question\'s name modifies ("the Harbour Nights sequel")', async () => {
    const articles = {
      '001_sequel.txt': `Documentary sequel draws crowds

VELDHAVEN, 6 May 2024 - The documentary sequel "Harbour Nights: Low Tide" opened to 40,000 viewers on Friday, the distributor said.`,
    };
    expect(
      (await askIn(articles, 'How many viewers did the Harbour Nights sequel open to?')).answer,
    ).toMatch(/40,000/u);
    // Asked by its own name, the documentary is not its sequel.
    expect((await askIn(articles, 'How many viewers did Harbour Nights open to?')).refused).toBe(
      true,
    );
  });

  it('answers "who" with no place the articles at hand name as one (a dateline, "in Brindale")', async () => {
    const count = {
      '001_count.txt': `Brindale count goes on

BRINDALE, 5 May 2022 - The returning officer's team at the count says turnout is the highest for a Brindale mayoral election since 2006.

Returning officer Dana Lune reads the result at two o'clock.`,
    };
    expect((await askIn(count, 'Who was the returning officer at the count?')).answer).toMatch(
      /^Dana Lune/u,
    );
    const homes = {
      '002_homes.txt': `Homes approved

The council approved 40 homes in Kelvasham on Monday.

A Kelvasham housing review was chaired by the planning officer, and councillor Ines Roe backed it.`,
    };
    expect((await askIn(homes, 'Who chaired the housing review?')).answer).not.toMatch(
      /^Kelvasham/u,
    );
  });

  it('takes no answer from a sentence negating the asked event ("will not direct")', async () => {
    const response = await askIn(
      {
        '001_film.txt': `Director change for Harbour film

VELDHAVEN, 3 May 2024 - Dana Lune will not direct the third Harbour film, the studio said on Monday. Production starts in June.`,
      },
      'Who will direct the third Harbour film?',
    );
    expect(response.answer).not.toMatch(/^Dana Lune/u);
  });

  it('dates a sentence stating only "last year" to the year before its article\'s', async () => {
    const articles = {
      '001_ferries.txt': `Harbour Ferries grows

OSTRAVIA, 5 March 2024 - Harbour Ferries flew 3.2 million passengers last year, the company said on Tuesday.`,
    };
    expect(
      (await askIn(articles, 'How many passengers did Harbour Ferries fly in 2023?')).answer,
    ).toMatch(/^3\.2 million passengers/u);
    expect(
      (await askIn(articles, 'How many passengers did Harbour Ferries fly in 2024?')).refused,
    ).toBe(true);
  });

  it('takes no figure its phrase puts on another name than the one asked ("on PC", asked "on Corsa X")', async () => {
    const articles = {
      '001_launch.txt': `Shooter launch draws crowds

AUSTIN, 22 August 2022 - The shooter Starfall peaked at 310,000 concurrent players on PC on its first Saturday, with further players on the Corsa X, for which no figure was given.`,
    };
    expect(
      (await askIn(articles, 'How many concurrent players did Starfall have on Corsa X?')).refused,
    ).toBe(true);
    expect(
      (await askIn(articles, 'How many concurrent players did Starfall have on PC?')).answer,
    ).toMatch(/^310,000 concurrent players/u);
  });

  it('takes a figure its phrase puts on a longer form of the name asked ("to the Hallbrook Community Larder", asked "to the Community Larder")', async () => {
    const articles = {
      '001_quiz.txt': `Quiz nights raise money for local causes

HALLBROOK, 12 December 2020 - The twinning association's online quiz nights ended for the year on Friday. Hallbrook teams gave £640 to the Hallbrook Community Larder.`,
    };
    expect(
      (await askIn(articles, 'How much did Hallbrook quiz teams give to the Community Larder?'))
        .answer,
    ).toMatch(/^£640 \[1\]/u);
  });

  it('answers with the items of a list a sentence near the best introduces', async () => {
    const response = await askIn(
      {
        '001_budget.txt': `Budget passed

VELDHAVEN, 3 March 2023 - The council approved the 2023 budget on Tuesday. Councillor Ines Roe said she opposed the budget because it held no money for flood defences. Other departmental allocations in the budget include:

- Fire and rescue: €29.3 million
- Libraries: €6.2 million

The vote was 7-4.`,
      },
      'What departments got money in the 2023 budget?',
    );
    expect(response.answer).toMatch(/Fire and rescue/u);
    expect(response.answer).toMatch(/Libraries/u);
  });

  it('takes a place written as an acronym ("in the UK") as a name to meet', () => {
    expect(ask('How many passengers did the Red Line carry in the UK in 2021?').refused).toBe(true);
  });

  it('compares the figures of the noun compared, typed by how the articles write it', () => {
    const response = ask('Red Line revenue: 2019 vs 2021?');
    expect(response.answer).toMatch(/€41m/u);
    expect(response.answer).toMatch(/€50m/u);
  });

  it('prefers the sentence stating the relation asked ("who chairs": a chair) to ones naming only its object', () => {
    const analysis = analyzer.analyze([
      { role: 'user', content: 'Who chairs the Veldhaven school board?' },
    ]);
    expect(analysis.parsed.tokens[1]!.pos).toBe('VERB');
    expect(ask('Who chairs the Veldhaven school board?').answer).toMatch(/^Nadia Okoro/u);
  });

  it('reads "who runs <a thing searched for>" as a fact of the story, not as who ran the article', () => {
    const response = ask('Who runs the Veldhaven school board?');
    expect(response.answer).not.toMatch(/does not state its/u);
    expect(response.refused).toBe(false);
  });

  it('compares first by the sentence stating figures of the kind compared, when the question sets no sides', async () => {
    const response = await askIn(
      {
        '040_depot.txt': `Revised depot plan approved

VELDHAVEN, 3 May 2024 - Councillors approved the revised Harbour depot plan on Monday, a year after refusing the original Harbour depot plan.

The revised Harbour depot plan was drawn up by Brennan Rail after the original plan was refused. Residents said the revised plan was better than the original plan. Councillor Ines Moreau said the revised Harbour depot plan answered every objection to the original one. The original Harbour depot plan had been opposed by the mayor, who backed the revised plan. The revised plan costs €24m, against €40m for the original plan.`,
      },
      'How did the cost of the revised Harbour depot plan compare with the original one?',
    );
    expect(response.citations[0]?.quote).toContain('€24m');
  }, 60_000);

  it('asks or compares a figure of each year named, not a date, of a noun written with dates', () => {
    const response = ask('How did the 2021 depot budget compare with 2020?');
    expect(response.answer).toMatch(/€5m/u);
    expect(response.answer).toMatch(/€4m/u);
    // A comparative with "than" compares; the comparative is not searched for.
    const bigger = analyzer.analyze([
      { role: 'user', content: 'Was the depot budget bigger in 2021 than in 2020?' },
    ]);
    expect(bigger.kind).toBe('comparison');
    expect(bigger.terms.map((term) => term.lemma)).not.toContain('big');
    // So does a yes/no-shaped choice between two ("…bigger in 2021 or in 2020?").
    const choice = analyzer.analyze([
      { role: 'user', content: 'Was the depot budget bigger in 2021 or in 2020?' },
    ]);
    expect(choice.kind).toBe('comparison');
    // A wh-question with "or" keeps its comparative as the attribute asked ("heavier", read
    // as its adjective).
    const which = analyzer.analyze([
      { role: 'user', content: 'Which is heavier, the red tram or the blue tram?' },
    ]);
    expect(which.terms.map((term) => term.lemma)).toContain('heavy');
    // Naming the year asks its figure too.
    expect(ask('What was the depot budget in 2021?').answer).toMatch(/^€5m/u);
  });

  it('answers a why-question with the neighbour giving the reason, not merely the next sentence', () => {
    const response = ask('Why did tram drivers go on strike?');
    expect(response.answer).toMatch(/because its budget was cut/u);
  });

  it('does not answer with the rest of a name the question gives ("Court of Appeal" asked as "appeal court")', () => {
    const response = ask('Who led the appeal court panel?');
    expect(response.answer).toMatch(/^Judge Rupert Hale/u);
  });

  it('says "No" when the sentence states the opposite stance ("vote for" / "voted against")', () => {
    expect(ask('Did Ines Moreau vote for the depot plan?').answer).toMatch(/^No \[1\]/u);
  });

  it('answers "who is <a name>?" with the sentence describing that person, not another name', () => {
    const response = ask('Who is Ines Moreau?');
    expect(response.answer).toMatch(/^Ines Moreau, the longest-serving councillor/u);
  });

  it('lists names coordinated across bracketed descriptions, and not the names in the brackets', () => {
    const { answer } = ask('List the councillors who voted against the tram fare rise');
    for (const name of ['Ana Lind', 'Piet Vos', 'Eva Stam']) expect(answer).toMatch(name);
    expect(answer).not.toMatch(/^- (Harbourton|Ostravia|Dockside) \[/mu);
  });

  it('lists places after "in the", and across an aside after the conjunction', () => {
    const { answer } = ask('In which countries does the Zipp scooter go on sale?');
    for (const name of ['Netherlands', 'Belgium', 'Germany', 'France'])
      expect(answer).toMatch(new RegExp(`^- ${name} \\[`, 'mu'));
  });

  it('reads "name" opening a request with its object as the verb of a list request', () => {
    for (const question of ['name all the ferries', 'Name everyone who visited the depot.'])
      expect(analyzer.analyze([{ role: 'user', content: question }]).kind).toBe('list');
  });

  it('reads "what did … pay" and "what will … cost" as asking an amount', () => {
    expect(ask('What did Horak pay for the two ferries?').refused).toBe(true);
    expect(ask('What will the extension cost?').answer).toMatch(/^€480m/u);
    // After "does" the noun is the verb's subject, not the thing "what" asks for.
    const analysis = analyzer.analyze([
      { role: 'user', content: 'What does the deluxe edition cost?' },
    ]);
    expect([analysis.answerType, analysis.head]).toEqual(['money', null]);
  });

  it('reads "what was he fined" as asking an amount (a fine is paid in money)', () => {
    const analysis = analyzer.analyze([{ role: 'user', content: 'What was he fined originally?' }]);
    expect(analysis.answerType).toBe('money');
  });

  it('reads "how much" without a noun or a verb of paying as money or a percentage, not a count', () => {
    const analysis = analyzer.analyze([
      { role: 'user', content: 'How much did ferry ridership go down?' },
    ]);
    expect(analysis.answerType).toBe('amount');
    expect(ask('How much did ferry ridership go down?').answer).toMatch(/^4% \[1\]/u);
  });

  it('answers money questions only with amounts', () => {
    const response = ask('How much will the extension cost?');
    expect(response.answer).toMatch(/^€480m/);
  });

  it('quotes verbatim spans with their offsets', () => {
    const response = ask('How long did the meeting last?');
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^two hours/);
    for (const citation of response.citations)
      expect(citation.quote.length).toBe(citation.end - citation.start);
  });
});

describe('how often', () => {
  it('answers "how often" with the span after "every"', async () => {
    const response = await askIn(
      {
        '054_manual.md': `# Brewmaster 300 user guide

*Kettleworks Appliances, March 2024*

## Descaling

Descale the machine every three months, or when the DESCALE light turns on. Mix one part white vinegar with two parts water.`,
      },
      'How often should I descale the machine?',
    );
    expect(response.answer).toMatch(/^every three months \[1\]/u);
  }, 60_000);
});

describe('a figure set beside another', () => {
  it('answers with the price, not the difference after a comma, though the tagger reads "costs" as a noun', async () => {
    const response = await askIn(
      {
        '053_review.txt': `Brewmaster 350 review

Home Gear Weekly, 5 May 2024

The Brewmaster 350 costs £79, £20 more than the Brewmaster 300, and adds a programmable timer.`,
      },
      'How much does the Brewmaster 350 cost?',
    );
    expect(response.answer).toMatch(/^£79 \[1\]/u);
  }, 60_000);
});

describe('the present', () => {
  it('answers "now" from the latest article', async () => {
    const response = await askIn(
      {
        '051_release.txt': `Wolves return

Highland Courier, 14 March 2022

GLENKIRK - Two wolves were released to control the deer population, which has grown to an estimated 14,000 animals in the forest.`,
        '052_census.txt': `Wolf pack grows

Highland Courier, 20 February 2025

GLENKIRK - The wolf pack now numbers eleven. The deer population has fallen to 9,800.`,
      },
      'What is the deer population now?',
    );
    expect(response.citations[0]?.docId).toBe('052_census');
  }, 60_000);
});

describe('figures of two years in one sentence', () => {
  const ask = askerFor({
    '050_census.txt': `Wolf pack grows

Highland Courier, 20 February 2025

GLENKIRK - The wolf pack now numbers eleven animals. Sheep losses fell sharply in 2024, with nine sheep killed compared with 31 in 2023.`,
  });

  it('answers with the figure of the year asked, a bare one counting the noun left unsaid', () => {
    expect(ask('How many sheep were killed in 2023?').answer).toMatch(/^31 \[1\]/u);
    expect(ask('How many sheep were killed in 2024?').answer).toMatch(/^nine sheep \[1\]/u);
  });
});

describe('yes or no only when a cited sentence states it', () => {
  it('says no when the sentence says the thing has yet to happen', () => {
    expect(ask('Has the city council approved the tram depot budget?').answer).toMatch(/^No \[1\]/);
  });

  it('says no when the sentence negates the asked word with a prefix', () => {
    expect(ask('Was the visit to the depot site announced?').answer).toMatch(/^No \[1\]/);
  });

  it('says no when a verb that denies its complement governs the asked verb ("refused to remove")', async () => {
    const articles = {
      '043_protest.txt': `Farmers march on Glenkirk

GLENKIRK, 2 November 2023 - About 200 farmers marched through Glenkirk to demand that the wolves of Ardmore Forest be removed. The Ardmore Wildlife Trust raised compensation to £450 a sheep. It refused to remove the wolves.`,
    };
    const asked = await askIn(articles, 'Did the Ardmore Wildlife Trust remove the wolves?');
    expect(asked.answer).toMatch(/^No \[1\]/u);
    // Asked of the negative, the same sentence says no "No".
    const negative = await askIn(
      articles,
      'Did the Ardmore Wildlife Trust refuse to remove the wolves?',
    );
    expect(negative.answer).not.toMatch(/^No\b/u);
  }, 60_000);

  it('reads a denying verb taken by a preposition as part of what is asked, not as asking of the negative', async () => {
    const response = await askIn(
      {
        '061_letter.txt': `Foreign office writes to Ostravia

VELDHAVEN, 4 May 2023 - On Thursday, the Veldhaven foreign office issued a strongly worded letter to Harbourton accusing Ostravia of inaction against smugglers.`,
      },
      'Did the Veldhaven foreign office accuse Ostravia of failing to act against smugglers?',
    );
    // Nothing in the sentence denies the accusation: no "No".
    expect(response.answer).not.toMatch(/^No\b/u);
  }, 60_000);

  it('says yes when the sentence names as a noun only the complement of the asked verb ("recommended approval")', async () => {
    const response = await askIn(
      {
        '059_planning.txt': `Dockyard towers refused

HARBOURTON, 6 February 2020 - The planning committee refused the dockyard towers scheme on Wednesday. The head of planning, Judith Arkwright, had recommended approval of the dockyard towers scheme.`,
      },
      'Did the head of planning recommend approving the dockyard towers scheme?',
    );
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);

  it('says yes when the asked verb is a participle after a noun ("a letter to Tehran accusing Iran…")', async () => {
    const response = await askIn(
      {
        '060_letter.txt': `Foreign office writes to Ostravia

VELDHAVEN, 4 May 2023 - On Thursday, the Veldhaven foreign office issued a strongly worded letter to Harbourton accusing Ostravia of inaction against smugglers.`,
      },
      'Did the Veldhaven foreign office accuse Ostravia of inaction?',
    );
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);

  it('reads the question after an opening phrase whose date holds a comma ("By the time of the April 30, 2024 editorial, had…")', async () => {
    const response = await askIn(
      {
        '062_editorial.txt': `Editorial: the ferry pact

VELDHAVEN, 30 April 2024 - Both cities say they are working on a ferry pact. We must keep our eyes on the ferry pact that is yet to be announced.`,
      },
      'By the time of the April 30, 2024 editorial, had the ferry pact been announced?',
    );
    expect(response.answer).toMatch(/^No \[1\]/u);
  }, 60_000);

  it('says yes to a verb of paying from an amount of money ("for $310 million in cash")', async () => {
    const response = await askIn(
      {
        '063_deal.txt': `Harbour Ferries buys Tidewater

OSTRAVIA, 17 August 2021 - Harbour Ferries today announced that it has agreed to acquire Tidewater Boats, a maker of electric launches, for €310 million in cash.`,
      },
      'Was the Tidewater acquisition paid in cash?',
    );
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);

  it('judges from the sentence stating the asked words, not a better-covering one about the subject', async () => {
    const response = await askIn(
      {
        '085_pho.md': `# Review: Little Pho, Canal Road

*By Lena Vos — 2 May 2025*

Little Pho is a twelve-seat noodle bar run by sisters Mai and Linh Tran, who learned the family recipes from their grandmother in Hanoi. There are no bookings, so expect to queue at lunchtime.`,
      },
      'Does Little Pho take bookings?',
    );
    expect(response.answer).toMatch(/^No \[1\]/u);
    expect(response.citations[0]?.quote).toMatch(/^There are no bookings/u);
  }, 60_000);

  it('says yes when a sentence states what is asked', () => {
    expect(ask('Did Lopes praise the contractor Brennan Rail?').answer).toMatch(/^Yes \[1\]/);
  });

  it('gives no verdict when the sentence does not state the asked verb', () => {
    const response = ask('Did Lopes sue the contractor Brennan Rail?');
    expect(response.answer).not.toMatch(/^(Yes|No)\b/u);
  });

  it('gives no verdict when the sentence leaves a word of the question unstated', () => {
    const response = ask(
      'Did Lopes praise the contractor Brennan Rail for finishing the roof early?',
    );
    expect(response.refused).toBe(false);
    expect(response.answer).not.toMatch(/^(Yes|No)\b/u);
  });

  it('takes the verdict from the sentence stating the asked verb, not the one naming most words', () => {
    expect(ask('Is Brennan Rail appealing the harbour authority fine?').answer).toMatch(
      /^No \[1\]/u,
    );
  });

  it('says no when the sentence gives another figure', () => {
    expect(ask('Will the extension cost €500m?').answer).toMatch(/^No \[1\]/);
  });

  const deal = (sentence: string) => ({
    '032_deal.txt': `Ferry deal news

HARBOURTON, 4 April 2025 - ${sentence} The two companies said on Tuesday that staff had been told. Services run as normal.`,
  });

  it('says yes when the sentence states the asked event as done', async () => {
    const response = await askIn(
      deal('Brennan Rail bought Harbour Ferries, its smaller rival, for €80m.'),
      'Did Brennan Rail buy Harbour Ferries?',
    );
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);

  it('gives no verdict from an event named only after "to" ("ended talks to buy")', async () => {
    const response = await askIn(
      deal('Brennan Rail has ended talks to buy Harbour Ferries, its smaller rival.'),
      'Did Brennan Rail buy Harbour Ferries?',
    );
    expect(response.refused).toBe(false);
    expect(response.answer).not.toMatch(/^(Yes|No)\b/u);
  }, 60_000);

  it('gives no verdict from an asked verb the sentence states only as a noun ("director")', async () => {
    const film = (sentence: string) => ({
      '032_film.txt': `Film news

HARBOURTON, 4 April 2025 - ${sentence} The studio said on Tuesday that filming had begun.`,
    });
    const noun = await askIn(
      film(
        'Original director Marisol Quenneville left to make another film, and Anselm Kirby took over Crownfire.',
      ),
      'Did Marisol Quenneville direct Crownfire?',
    );
    expect(noun.refused).toBe(false);
    expect(noun.answer).not.toMatch(/^Yes\b/u);
    const verb = await askIn(
      film('Marisol Quenneville directed Crownfire, the third film, in Harbourton.'),
      'Did Marisol Quenneville direct Crownfire?',
    );
    expect(verb.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);

  it('gives no "Yes" from a sentence whose only match for an asked word is a function word ("because" ≈ "hurt")', async () => {
    const response = await askIn(
      {
        '034_recall.txt': `Fryer recall costs less

LONDON, 30 May 2024 - Analysts at Meridian Securities said the cost was lower than they had feared because most customers chose a replacement rather than a refund.`,
      },
      'Did anyone get hurt?',
    );
    expect(response.answer).not.toMatch(/^Yes\b/u);
  }, 60_000);

  it('gives no verdict from a noun close in meaning to the asked verb ("hostage", "release" for "freed")', async () => {
    const guards = (sentence: string) => ({
      '033_guards.txt': `Border guards

HARBOURTON, 4 April 2025 - ${sentence} The ministry said on Tuesday that talks continued.`,
    });
    const noun = await askIn(
      guards(
        'The general called for the release of three border guards held hostage by the Red Hand group.',
      ),
      'Were the three border guards held by the Red Hand group freed?',
    );
    expect(noun.refused).toBe(false);
    expect(noun.answer).not.toMatch(/^Yes\b/u);
    const verb = await askIn(
      guards('The three border guards held by the Red Hand group were freed on Monday.'),
      'Were the three border guards held by the Red Hand group freed?',
    );
    expect(verb.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);

  it('gives no "Yes" from the asked verb done by someone else ("people will call it…")', async () => {
    const season = (sentence: string) => ({
      '032_season.txt': `Season review

HARBOURTON, 20 May 2024 - ${sentence} The club finished second in the league.`,
    });
    const others = await askIn(
      season('"People will call the season a failure," Castlemere manager Gareth Pryce said.'),
      'Did Gareth Pryce call the season a failure?',
    );
    expect(others.refused).toBe(false);
    expect(others.answer).not.toMatch(/^Yes\b/u);
    const own = await askIn(
      season('Castlemere manager Gareth Pryce called the season a failure.'),
      'Did Gareth Pryce call the season a failure?',
    );
    expect(own.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);

  it('reads a name asked by one of its words as the doer, not someone else ("Kingsmere Rowing Club won…")', async () => {
    const regatta = (sentence: string) => ({
      '032_regatta.txt': `Regatta report

HARBOURTON, 14 July 2023 - ${sentence} The crowd on the bank cheered them home.`,
    });
    const club = await askIn(
      regatta(
        'Kingsmere Rowing Club won the Grand Challenge Vase for the first time since 2008, beating the holders, Halsford University, by a length.',
      ),
      'Did Kingsmere win the Grand Challenge Vase in 2023?',
    );
    expect(club.answer).toMatch(/^Yes \[1\]/u);
    const beaten = await askIn(
      regatta(
        'Kingsmere Rowing Club won the Grand Challenge Vase for the first time since 2008, beating the holders, Halsford University, by a length.',
      ),
      'Did Halsford win the Grand Challenge Vase in 2023?',
    );
    expect(beaten.answer).not.toMatch(/^Yes\b/u);
  }, 60_000);

  it('says "Yes" to having a thing from a sentence stating it ("have concerns" — "raised concerns")', async () => {
    const planning = {
      '032_planning.txt': `Mill chimney plans approved

HARBOURTON, 2 May 2024 - Historic Environment Scotland raised concerns about the chimney's height, which the applicant reduced from 55 metres to 45 metres. The council approved the plans on Tuesday.`,
    };
    const concerns = await askIn(
      planning,
      'Did Historic Environment Scotland have concerns about the chimney?',
    );
    expect(concerns.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);

  it('says "Yes" only from a sentence stating the nouns asked, not words close to them', async () => {
    const trial = (sentence: string) => ({
      '032_trial.txt': `Pask trial

HARBOURTON, 3 March 2022 - ${sentence} The judge will pass sentence in April.`,
    });
    const close = await askIn(
      trial(
        'Prosecutors told the trial that Leonard Pask had accepted cash while Greyhollow won paving contracts worth $11.3 million.',
      ),
      'Did Pask win his appeal?',
    );
    expect(close.answer).not.toMatch(/^Yes\b/u);
    const stated = await askIn(
      trial('Leonard Pask won his appeal against one of the four counts on Friday.'),
      'Did Pask win his appeal?',
    );
    expect(stated.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);

  const ruling = (after: string) => ({
    '031_ruling.txt': `Depot objectors lose in court

HARBOURTON, 3 March 2025 - The High Court dismissed the Harbourton Residents' Association's judicial review of the Red Line depot on Friday. ${after} Work on the depot starts in June.`,
  });

  it('takes a "No" from the sentence after the one setting the scene, when it negates the asked verb', async () => {
    const response = await askIn(
      ruling("The association's chair, Ines Vogt, said it would not appeal the ruling."),
      'Did the Harbourton residents appeal after losing in the High Court?',
    );
    expect(response.answer).toMatch(/^No \[1\]/u);
    expect(response.citations[0]?.quote).toContain('would not appeal');
  }, 60_000);

  it('takes no verdict from a following sentence that negates only a noun of the question', async () => {
    const response = await askIn(
      ruling('The judge said there was no appeal left to the minister.'),
      'Did the Harbourton residents appeal after losing in the High Court?',
    );
    expect(response.answer).not.toMatch(/^(Yes|No)\b/u);
  }, 60_000);
});

describe('figure headings', () => {
  it('answers from the figure heading above the sentence it describes, shown without its markup', async () => {
    const response = await askIn(
      {
        '042_numbers.md': `# 2024 by the numbers: the year in the skies

Here is the year in our skies, by the numbers, from records to a runway.

**3. 13.1 million**
Passengers carried by Brisa Air, up from 12 million the year before.
`,
      },
      'How many passengers did Brisa Air carry in 2024?',
    );
    expect(response.answer).toMatch(/^13\.1 million/u);
    expect(response.answer).not.toContain('**');
  }, 60_000);
});

describe('a summary of a topic', () => {
  it('adds the leads of the articles found when too few sentences name the topic', async () => {
    const response = await askIn(
      {
        '046_release.txt': `Wolves return to Ardmore Forest

Highland Courier, 14 March 2022

GLENKIRK - Two grey wolves have been released into Ardmore Forest, the first wild wolves in the region for more than 150 years, the trust said on Monday. The project cost £1.2 million, most of it from a grant.`,
        '047_cubs.txt': `First wolf cubs born

Highland Courier, 9 June 2023

GLENKIRK - The pack released into Ardmore Forest last year has produced a litter of four cubs, the trust announced on Thursday. Rangers spotted the cubs on a camera trap near the den in late May.`,
      },
      'Give me an overview of the wolf project',
    );
    expect(response.refused).toBe(false);
    expect(response.answer).toContain('The project cost £1.2 million');
    // The other article found, by its lead.
    expect(response.answer).toContain('has produced a litter of four cubs');
  }, 60_000);
});

describe('what someone said', () => {
  it('gives what the one named said, in the sentences naming them, not the whole article', async () => {
    const lexicon = await (packagedVectors ??= loadPackagedWordVectors());
    const corpus = createExtractiveCorpus(
      {
        '048_cubs.txt': `First wolf cubs born

Highland Courier, 9 June 2023

GLENKIRK - The wolves released last year have produced a litter of four cubs, the trust announced on Thursday. Rangers spotted the cubs on a camera trap near the den in late May. Head ranger Tomas Lindqvist said all four appeared healthy. "They are feeding well," he said. The deer population has fallen to about 11,500, according to the spring count.`,
        '049_march.txt': `Farmers march

Highland Courier, 2 November 2023

GLENKIRK - About 200 farmers marched through the town on Wednesday over wolf attacks.`,
      },
      { lexicon },
    );
    const response = corpus.ask(
      'What did Tomas Lindqvist say about the cubs in the June 2023 article?',
    );
    expect(response.answer).toContain('all four appeared healthy');
    // And the quotation he goes on with.
    expect(response.answer).toContain('They are feeding well');
    expect(response.answer).not.toContain('deer population');
  }, 60_000);
});

describe('a summary of an article described by what someone said in it', () => {
  it('summarizes the whole article, not the lines naming them ("the letter in which she announced…")', async () => {
    const lexicon = await (packagedVectors ??= loadPackagedWordVectors());
    const corpus = createExtractiveCorpus(
      {
        '001_letter.md': ` date 2025-02-18 A letter to our staff from the chief executive

Dear colleagues,

I am writing to let you know that I have decided to retire, and that my last day as your chief executive will be Friday 30 May 2025.

The Redwater hub finally opened its doors on 21 October 2024, five years after it was first proposed. The round-the-clock ambulance at Thornbury St Giles has made a real difference to rural response times.

The board, led by our chair Anil Varma, will begin recruiting my successor shortly.

With thanks and warmest wishes,

Fiona Grieve
Chief Executive
Wessex Vale Ambulance Service NHS Trust`,
        '002_news.md': ` date 2024-10-22 Redwater hub opens

The Redwater hub opened yesterday. Chief executive Fiona Grieve said the hub would save crews an hour a shift.`,
      },
      { lexicon },
    );
    const response = corpus.ask(
      'Summarise the letter in which Fiona Grieve announced her retirement',
    );
    expect(response.answer).toContain('30 May 2025');
    expect(response.answer).toContain('Anil Varma');
    // The signature is no point of it.
    expect(response.answer).not.toContain('Chief Executive\nWessex');
    expect(response.answer).not.toMatch(/Grieve Chief Executive/u);
  }, 60_000);
});

describe('the article a summary asks for', () => {
  it('is the one whose header holds most of the words the request names it by', async () => {
    const blog = createExtractiveCorpus(
      {
        '001_launch.txt': `Starwake launches to five million players\n\nGamewire | August 22, 2022\n\nStarwake attracted five million players in its first week, its studio said.`,
        '002_shutdown.txt': `Starwake shuts down for good after fourteen months\n\nThe Long Orbit (a fan blog) | September 15, 2023\n\nStarwake will close on November 30, and its studio is laying off 140 people.`,
        '003_review.txt': `Starwake review: a fine shooter\n\nLevel Select | September 1, 2022\n\nStarwake is a fine shooter with six maps and little else.`,
        '004_maps.txt': `The best maps of 2022\n\nThe Long Orbit (a fan blog) | December 30, 2022\n\nHarbour Yard is the map we played most this year.`,
      },
      { lexicon: await createFakeWordVectors([])() },
    );
    const analysis = blog.analyzer.analyze([
      { role: 'user', content: 'Key points of the fan blog post about Starwake shutting down?' },
    ]);
    expect(analysis.kind).toBe('summary');
    expect(analysis.documents).toEqual(['002_shutdown']);
  });

  it('is one whole article when the request asks for "the article about" what no header names', async () => {
    const river = createExtractiveCorpus(
      {
        '001_weir.txt': `Weir on the Orla to come down

HALDEN BRIDGE, 14 March 2022 - The Orla Rivers Trust will remove the Millrace weir next summer. Salmon have not been recorded above the weir since the 1950s. The trust hopes salmon will return within five years.`,
        '002_camera.md': `# First fish spotted above old weir site

*Orla Valley Gazette — 12 December 2023*

A camera at Fenwick Ford recorded 14 adult salmon between 1 October and 30 November. The trust had expected "a handful" in the first season. Its monitoring officer said the count would continue until the end of January.`,
      },
      { lexicon: await (packagedVectors ??= loadPackagedWordVectors()) },
    );
    const summary = river.ask('Summarize the article about the salmon count.');
    expect(summary.citations.length).toBeGreaterThanOrEqual(2);
    expect(new Set(summary.citations.map((citation) => citation.docId))).toEqual(
      new Set(['002_camera']),
    );
  });
});

describe('a summary of one piece of writing', () => {
  const senses = openWordNet();
  let reader: QuestionAnalyzer;
  beforeAll(async () => {
    reader = createExtractiveCorpus(ARTICLES, {
      lexicon: await createFakeWordVectors([])(),
      senses,
    }).analyzer;
  });
  const oneArticle = (question: string) =>
    reader.analyze([{ role: 'user', content: question }]).oneArticle;

  it('reads a definite or possessive noun WordNet files first as writing as one article', () => {
    expect(oneArticle("Summarise Jess Carne's blog post about her first year as a helm")).toBe(
      true,
    );
    expect(oneArticle("Give me an overview of Bilal's lockdown diary")).toBe(true);
    expect(oneArticle('Summarise the minutes of the 2021 AGM')).toBe(true);
    expect(oneArticle('summarise the interview with the volunteer coordinator')).toBe(true);
  });

  it('reads no article in a plural, a modifier or the summary asked for itself', () => {
    expect(oneArticle('Summarise the reports on the harbour')).toBe(false);
    expect(oneArticle('Quick recap of how the 2023-24 title race finished?')).toBe(false);
    expect(oneArticle('What is the summary of the harbour works?')).toBe(false);
    // A book an article speaks of, asked without a summary's word: no article.
    expect(oneArticle('What was the book about?')).toBe(false);
  });

  it('summarizes the one blog post asked for, not sentences of other articles', async () => {
    const station = createExtractiveCorpus(
      {
        '001_report.txt': `Porthcarne lifeboat annual report 2022

The station's volunteers launched 61 times in 2022, a record first year for the new boat. Jess Carne and Dan Kitto qualified as helms on the inshore lifeboat in the spring. The crew trained every Tuesday and Thursday evening through the year.`,
        '002_blog.txt': `A year at the helm

It's a year this week since I passed out as a helm on our inshore lifeboat, the D-class Hilda May. For anyone who doesn't know me, I'm Jess Carne, and by day I teach at the primary school. In that first year I have taken her out 29 times, from a capsized dinghy to a paddleboarder swept off the point. The hardest part of being a helm is deciding when to turn back, and nobody can teach you that in a classroom.`,
      },
      { lexicon: await (packagedVectors ??= loadPackagedWordVectors()), senses },
    );
    const summary = station.ask("Summarise Jess Carne's blog post about her first year as a helm");
    expect(summary.citations.length).toBeGreaterThanOrEqual(2);
    expect(new Set(summary.citations.map((citation) => citation.docId))).toEqual(
      new Set(['002_blog']),
    );
  });
});

describe('"the name of …" asks for a proper name', () => {
  const ferry = (captain: string) => ({
    '041_ferry.txt': `Ferry runs aground

HARBOURTON, 2 February 2024 - The Harbour Link ferry ran aground off Ostravia on Friday. ${captain} The ferry was refloated on Saturday, and the Harbourton Ferry Company said services would resume on Monday.`,
  });

  it('answers with the name stated with the noun', async () => {
    const response = await askIn(
      ferry('The captain, Ana Ruiz, had 20 years at sea.'),
      'What was the name of the captain of the Harbour Link ferry?',
    );
    expect(response.answer).toMatch(/^Ana Ruiz \[1\]/u);
  }, 60_000);

  it('refuses when the articles speak of the noun but name no one', async () => {
    const response = await askIn(
      ferry('The captain had 20 years at sea.'),
      'What was the name of the captain of the Harbour Link ferry?',
    );
    expect(response.refused).toBe(true);
  }, 60_000);

  it('reads a question ending in a verb of naming ("what is it called?") as asking a name', () => {
    const typeOf = (question: string) =>
      analyzer.analyze([{ role: 'user', content: question }]).answerType;
    expect(typeOf('What is the new Harbour Link ferry called?')).toBe('name');
    expect(typeOf('What will the second depot be named?')).toBe('name');
    expect(typeOf('What is the new Harbour Link ferry?')).not.toBe('name');
  });
});

describe('a unit of time alone', () => {
  it('measures no span ("for years", "every week"), though "a week" does', async () => {
    const vague = await askIn(
      {
        '001_shop.txt': `Bakery opens in Wexcombe

WEXCOMBE, 3 May 2021 - "Wexcombe is a town we have wanted to be in for years," managing director Owen Pendry said at the opening of the new shop.`,
      },
      'How long had Owen Pendry wanted a shop in Wexcombe?',
    );
    expect(vague.answer).not.toMatch(/^years\b/u);
    const counted = await askIn(
      {
        '001_shop.txt': `Bakery opens in Wexcombe

WEXCOMBE, 3 May 2021 - Fitting out the new Wexcombe shop took a week, managing director Owen Pendry said.`,
      },
      'How long did fitting out the Wexcombe shop take?',
    );
    expect(counted.answer).toMatch(/^(?:a )?week \[1\]/u);
  }, 60_000);
});

describe('ages', () => {
  it('answers an age only where English writes one, and refuses otherwise', () => {
    expect(ask('How old is Pavel Horak?').answer).toMatch(/^58 \[1\]/);
    expect(ask('How old is Maria Lopes?').refused).toBe(true);
  });
});

describe('questions of cause', () => {
  it('reads "what led to / caused …" as a why-question framed by its verb', () => {
    for (const question of ['What led to the depot fire?', 'What caused the depot fire?']) {
      const analysis = analyzer.analyze([{ role: 'user', content: question }]);
      expect(analysis.kind).toBe('why-how');
      expect(analysis.terms.map((term) => term.lemma)).not.toContain(
        question.includes('led') ? 'lead' : 'cause',
      );
    }
  });

  it('reads a noun derived from "reason" or "motive" ("reasoning", "motivation") as asking why', () => {
    for (const question of [
      "What was the authority's reasoning for closing the depot?",
      'What was the motivation behind the fare rise?',
    ]) {
      const analysis = analyzer.analyze([{ role: 'user', content: question }]);
      expect(analysis.kind).toBe('why-how');
    }
  });
});

describe('conversations', () => {
  it("takes the words carried from earlier turns as the article's topic", () => {
    const response = corpus.ask([
      { role: 'user', content: 'What was the score when Veldhaven FC played Harbourton in 2024?' },
      { role: 'assistant', content: 'Veldhaven FC won 3-1 at the Dockside Stadium.' },
      { role: 'user', content: 'Who was the referee?' },
    ]);
    expect(response.answer).toMatch(/^Joost Mertens/u);
  });

  it('answers a follow-up with another figure than the one the previous answer gave', async () => {
    const water = createExtractiveCorpus(
      {
        '051_water.txt': `Water charges rise

HARBOURTON, 24 March 2023 - Water charges the water authority asked the regulator to approve go up by 8.5% from 1 April 2023. It had first asked for 12.4%. Bills will be sent in May.`,
      },
      { lexicon: await createFakeWordVectors([])() },
    );
    const response = water.ask([
      { role: 'user', content: 'How much did water charges rise by in 2023?' },
      {
        role: 'assistant',
        content:
          '8.5% [1]\n\nWater charges in Harbourton go up by 8.5% from 1 April 2023, the regulator said. [1]',
      },
      { role: 'user', content: 'and how much had the water authority asked for?' },
    ]);
    expect(response.answer).toMatch(/^12\.4% \[1\]/u);
  });
});

describe('words that only ask for a kind of answer', () => {
  it('does not search for "date" or "year" in "on what date" and "in which year"', () => {
    const lemmas = (question: string) =>
      analyzer.analyze([{ role: 'user', content: question }]).terms.map((term) => term.lemma);
    expect(lemmas('On what date did Lopes visit the depot?')).not.toContain('date');
    expect(lemmas('In which year did the Red Line carry 3.1 million passengers?')).not.toContain(
      'year',
    );
    expect(lemmas('When did Lopes set the date for the depot visit?')).toContain('date');
  });

  it('does not search for a lone letter ("Lopes v Moreau") but keeps a number', () => {
    const lemmas = (question: string) =>
      analyzer.analyze([{ role: 'user', content: question }]).terms.map((term) => term.lemma);
    expect(lemmas('Who won Lopes v Moreau in court?')).not.toContain('v');
    expect(lemmas('Who won Lopes v Moreau in court?')).toContain('court');
    expect(lemmas('How many stations does line 4 have?')).toContain('4');
  });

  it('does not search for words the tagger reads only as prepositions ("per", "via", "despite")', () => {
    const lemmas = (question: string) =>
      analyzer.analyze([{ role: 'user', content: question }]).terms.map((term) => term.lemma);
    const terms = lemmas('Who reached the depot via Harbourton despite the strike, per Lopes?');
    expect(terms).not.toContain('via');
    expect(terms).not.toContain('despite');
    expect(terms).not.toContain('per');
    expect(terms).toEqual(expect.arrayContaining(['reach', 'depot', 'harbourton', 'strike']));
  });

  it('drops "walk" and "brief" only as requests to the speaker, not as what is asked about', () => {
    const lemmas = (question: string) =>
      analyzer.analyze([{ role: 'user', content: question }]).terms.map((term) => term.lemma);
    expect(lemmas('Why did the depot staff walk out?')).toContain('walk');
    expect(lemmas('What did Lopes brief the board on?')).toContain('brief');
    expect(lemmas('Walk me through the depot fire')).not.toContain('walk');
    expect(lemmas('Brief us on the depot fire')).not.toContain('brief');
    expect(lemmas('The depot fire, in brief?')).not.toContain('brief');
  });
});

describe('lists', () => {
  it('reads "which" with an irregular plural ("children", "people") as asking for a list', () => {
    const analysis = (question: string) => analyzer.analyze([{ role: 'user', content: question }]);
    expect(analysis('Which children were hurt at the depot?').kind).toBe('list');
    expect(analysis('Which people are quoted?').kind).toBe('list');
    expect(analysis('Which people are quoted?').answerType).toBe('person');
    expect(analysis('Which child was hurt at the depot?').kind).toBe('factoid');
  });

  it('lists the people asked for by names, though no sentence writes "people" beside them, and not a dateline\'s place', async () => {
    const response = await askIn(
      {
        '044_march.txt': `Farmers march on Glenkirk

Highland Courier, 2 November 2023

GLENKIRK - About 200 farmers marched through Glenkirk on Wednesday over wolf attacks. Farmer Alan Carrick said he had lost a third of his flock.`,
        '045_cubs.txt': `First wolf cubs born

Highland Courier, 9 June 2023

GLENKIRK - The wolves have produced four cubs. Head ranger Tomas Lindqvist said all four appeared healthy.`,
      },
      'Which people are quoted?',
    );
    expect(response.answer).toMatch(/^2 found/u);
    expect(response.answer).toContain('Alan Carrick');
    expect(response.answer).toContain('Tomas Lindqvist');
    expect(response.answer).not.toMatch(/- (GLENKIRK|Glenkirk)/u);
  }, 60_000);

  it('takes items from a coordination where the sentence does not name the thing asked', () => {
    const response = ask('Which places did Brennan Rail deliver new trams to?');
    expect(response.answer).toMatch(/^3 found/u);
    for (const city of ['Veldhaven', 'Ostravia', 'Harbourton'])
      expect(response.answer).toContain(city);
    expect(response.answer).not.toMatch(/- Ola Berg/u);
  });
});

describe('why and how', () => {
  it('leaves out a runner-up stating none of the event asked, only its names', async () => {
    const response = await askIn(
      {
        '062_founding.md': `# The founding of Brackwater

Brackwater was founded in 1784 by Elspeth Marrow, a Quaker widow who bought 400 acres on the east bank of the River Lune. She paid £1,200 for the land, money left to her by her husband, the clockmaker Josiah Marrow, who had died of fever two years earlier.

Marrow chose the site because the river was deep enough at that point for barges, and because a ford a mile upstream already carried the Kendal road. Within ten years the settlement had a corn mill, a chapel and about 180 inhabitants.`,
      },
      'Why did Marrow choose the site?',
    );
    expect(response.answer).toMatch(/^Marrow chose the site because/u);
    expect(response.answer).not.toMatch(/£1,200/u);
  }, 60_000);

  describe('a cause named outright', () => {
    const ask = askerFor({
      '001_checkout-outage.md': `# Postmortem: checkout outage of 14 March 2025

**Author:** Dana Whitfield, Site Reliability | **Published:** 18 March 2025

## Summary

On Friday 14 March 2025, customers of Pennyroyal Outfitters could not complete purchases for 47 minutes. About 3,100 orders failed. The cause was an expired TLS certificate on the payment gateway's internal load balancer.

## Timeline

- 12:03 UTC: the certificate on the internal load balancer expires; payment calls start failing.
- 12:09 UTC: the on-call engineer, Marcus Oyelaran, is paged by the checkout error-rate alert.
- 12:31 UTC: the team identifies the expired certificate.
- 12:50 UTC: a new certificate is deployed and checkout recovers.`,
      '002_search-latency.md': `# Postmortem: slow product search, 2-3 June 2025

**Author:** Tomasz Berg, Search team | **Published:** 9 June 2025

For about 19 hours between 2 and 3 June 2025, product search was slow. No orders were lost. The cause was a new synonym file that made every query expand into dozens of terms.`,
      '003_quarterly-review.md': `# Reliability review, second quarter of 2025

**Author:** Dana Whitfield | **Published:** 4 July 2025

Pennyroyal Outfitters had two major incidents in the second quarter of 2025. The slow search incident of 2-3 June was the longest incident of the half-year. Its latency alert is in place; the synonym review process is still being designed and is now due at the end of August.

The second major incident of the quarter was a 25-minute failure of email receipts on 19 May, caused by a third-party provider. No customer data was affected.`,
    });

    it('answers "what caused…" of an article about it with the sentence naming the cause, not the one repeating its topic', () => {
      const response = ask('What caused the checkout outage?');
      expect(response.refused).toBe(false);
      expect(response.citations[0]?.quote).toMatch(/^The cause was an expired TLS certificate/u);
    });

    it('leaves out a runner-up that gives no reason when the best sentence names the cause', () => {
      const response = ask('What caused the email receipts failure?');
      expect(response.answer).toMatch(/caused by a third-party provider/u);
      expect(response.answer).not.toMatch(/latency alert/u);
    });
  });

  it('takes a verb of blaming as naming the cause ("The hospital blamed a nurses\' strike…")', async () => {
    const response = await askIn(
      {
        '063_ward.txt': `Children's ward opens

ASHBURY, 9 December 2024 - The children's ward opened on Monday, nine months late. The ward has 32 beds and two rooms where parents can stay overnight, and its nurses were recruited from abroad because of shortages.

The hospital blamed a nurses' strike and the discovery of asbestos for the late opening of the ward.`,
      },
      'Why did the ward open late?',
    );
    expect(response.answer).toMatch(/^The hospital blamed a nurses' strike/u);
    expect(response.answer).not.toMatch(/because of shortages/u);
  }, 60_000);

  it('answers with the sentence stating the whole asked event with "because", alone', async () => {
    const response = await askIn(
      {
        '066_trial.txt': `Ashcombe trial told of payments

HALBURY, 14 February 2022 - His barrister, Julian Fforde, said his client had been careless, not criminal, and that the payments had been approved by the council's finance committee.`,
        '067_verdict.txt': `Ashcombe guilty of fraud

HALBURY, 11 March 2022 - A jury found Neil Ashcombe guilty of fraud on Thursday. Judge Catherine Lowry told him that the finance committee's approval was no excuse, because the committee had been shown false invoices. The jury found him not guilty of a second charge, of money laundering. Outside court, the council leader said the town could now move on.`,
      },
      'Why did the judge say the committee approval was no excuse?',
    );
    expect(response.answer).toMatch(/^Judge Catherine Lowry told him/u);
    expect(response.answer).not.toMatch(/barrister|money laundering|move on/u);
  }, 60_000);

  it('does not take the asked event blamed for something else as its cause ("blamed the nurses\' strike" for "why did the nurses strike?")', async () => {
    const response = await askIn(
      {
        '064_strike.txt': `Nurses walk out

ASHBURY, 18 January 2023 - Around 600 nurses at Ashbury General Hospital went on strike for 48 hours on Tuesday and Wednesday.

The nurses are demanding a pay rise above inflation and a limit on the number of patients each nurse looks after.`,
        '065_ward.txt': `Ward opens late

ASHBURY, 9 December 2024 - The new ward opened nine months late. The hospital blamed the nurses' strike, which delayed the start of construction.`,
      },
      'Why did the nurses strike?',
    );
    expect(response.answer).toMatch(/demanding a pay rise/u);
    expect(response.answer).not.toMatch(/^The hospital blamed/u);
  }, 60_000);

  it('answers what an article the question names says, though another repeats more of its words', async () => {
    const response = await askIn(
      {
        '040_protest.txt': `Farmers march on Glenkirk

GLENKIRK, 2 November 2023 - The farmers' union said the compensation scheme was too slow and too small, and that farmers should be paid more. The trust said it would pay farmers £450 a sheep.`,
        '041_view.txt': `Pay the farmers properly

Highland Courier editorial, 10 November 2023

The wolves are working. But the farmers who live alongside the forest have carried the cost. A compensation scheme that takes months to pay out is no scheme at all.`,
        '042_cubs.txt': `First wolf cubs born

GLENKIRK, 9 June 2023 - The wolves released last year have produced four cubs, the trust said.`,
      },
      'Why does the editorial say farmers should be paid faster?',
    );
    expect(response.citations[0]?.docId).toBe('041_view');
    expect(response.answer).toContain('takes months to pay out');
  }, 60_000);

  it('does not answer from a rhetorical question that asks about something else', async () => {
    const analysisOf = 'Why was Piet Hendriks jailed?';
    const response = await askIn(
      {
        '024_trial.txt': `Official jailed

VELDHAVEN, 2 March 2022 - Piet Hendriks, the former head of procurement, was jailed for six years today for taking bribes from a paving firm.`,
        '025_letters.txt': `Letters

VELDHAVEN, 8 April 2023 - Now that Piet Hendriks's appeal is to be heard in June, may I remind readers that the roads are still falling apart? The Dock Road has been resurfaced twice since 2017. The city should recover every dollar.`,
      },
      analysisOf,
    );
    expect(response.answer).toMatch(/^VELDHAVEN, 2 March 2022 - Piet Hendriks/u);
  }, 60_000);

  it('does not carry a why answer into a section headed by another question that shares its verb', async () => {
    const response = await askIn(
      {
        '088_leaflet.md': `# Calmira 200 mg tablets: patient information

**Updated:** 14 March 2025 | **Maker:** Ostrava Pharma

## How to take it

Do not take more than six tablets in 24 hours. Take the tablets with or after food, because ibuprofen can irritate the stomach.

## Who should not take it

- People who are allergic to ibuprofen or aspirin
- Women in the last three months of pregnancy`,
      },
      'Why take Calmira with food?',
    );
    expect(response.answer).toContain('because ibuprofen can irritate the stomach');
    expect(response.answer).not.toMatch(/allergic|pregnancy/u);
  }, 60_000);

  it("does not answer why with an interviewer's yes-or-no question and what follows it", async () => {
    const response = await askIn(
      {
        '070_talks.txt': `Harbour Ferries walks away from Tidewater deal

OSTRAVIA, 19 November 2024 - Harbour Ferries has ended talks to buy its rival Tidewater Boats, the two companies said on Tuesday. Harbour Ferries had offered about €1.1 billion.`,
        '071_interview.md': `# "We are not in a hurry": an interview with Harbour Ferries' chief executive

**Would you ever buy Tidewater Boats, now that the talks to buy it have ended?**

(Laughs.) I never say never. We will compete with them.`,
      },
      'Why did Harbour Ferries give up on buying Tidewater Boats?',
    );
    expect(response.answer).not.toMatch(/Would you ever buy/u);
    expect(response.citations[0]?.docId).toBe('070_talks');
  }, 60_000);
});

describe('list items', () => {
  it('does not list a possessor in apposition ("Ostravia, Veldhaven\'s old rival")', async () => {
    const response = await askIn(
      {
        '021_groups.txt': `Minister names the groups

VELDHAVEN, 3 May 2023 - The minister accused Ostravia, Veldhaven's old rival, of backing Red Hand and Iron Circle, the two groups behind the attacks.`,
      },
      'Which groups did the minister accuse of the attacks?',
    );
    expect(response.answer).not.toMatch(/- Veldhaven/u);
  }, 60_000);
});

describe('names', () => {
  it('answers of a name with letters beyond Latin-1 ("Ines Kovač")', async () => {
    const response = await askIn(
      {
        '089_kovac.md': `# Ines Kovač

Ines Kovač (born 12 May 1931 in Split; died 3 February 2009 in Zagreb) was a Croatian chemist. In 1962 she moved to the Ruđer Bošković Institute, which she led from 1978 to 1990.`,
      },
      'When was Ines Kovač born?',
    );
    expect(response.answer).toMatch(/^12 May 1931 \[1\]/u);
  }, 60_000);

  it('answers where with the place after the asked verb when two are as near ("born … in Split; died … in Zagreb")', async () => {
    const articles = {
      '090_kovac.md': `# Ines Kovač

Ines Kovač (born 12 May 1931 in Split; died 3 February 2009 in Zagreb) was a Croatian chemist.`,
    };
    expect((await askIn(articles, 'Where did Ines Kovač die?')).answer).toMatch(/^Zagreb \[1\]/u);
    expect((await askIn(articles, 'Where was Ines Kovač born?')).answer).toMatch(/^Split \[1\]/u);
  }, 60_000);

  it('does not take an article naming only "Dockside Quay" for one about "Dockside Fields"', async () => {
    const question = 'How many objections were lodged against Dockside Fields?';
    const quay = `Dockside Quay refused

VELDHAVEN, 3 May 2021 - The council received 1,137 letters of objection to Dockside Quay, the most ever lodged against a single application. The towers on Dockside Road would have blocked the river view from the fields behind.`;
    const refused = await askIn({ '026_quay.txt': quay }, question);
    expect(refused.refused).toBe(true);
    // An article that writes the name in full answers it.
    const fields = await askIn(
      {
        '026_quay.txt': quay,
        '027_fields.txt': `Dockside Fields approved

VELDHAVEN, 9 June 2023 - Dockside Fields, 300 homes on farmland, was approved last night. The council received 212 objections, most of them about traffic.`,
      },
      question,
    );
    expect(fields.answer).toMatch(/^212 objections/u);
  }, 60_000);
});

describe('pronouns', () => {
  it('reads a pronoun opening a sentence as the name in the sentence before ("His fine was cut…")', async () => {
    const response = await askIn(
      {
        '028_appeal.txt': `Hendriks wins appeal

VELDHAVEN, 5 May 2023 - Three judges of the Court of Appeal ruled yesterday that the trial judge had misdirected the jury in the case of Piet Hendriks.

Hendriks's sentence was reduced from six years to four. His fine was cut from $150,000 to $90,000. The confiscation order was left unchanged.

The appeal was heard over two days in March.

TIMELINE
14 January 2022: Hendriks sentenced to six years and fined $150,000
5 May 2023: sentence cut to four years`,
      },
      "How much was Hendriks's fine after the Court of Appeal ruling?",
    );
    expect(response.answer).toMatch(/His fine was cut from \$150,000 to \$90,000\. \[1\]/u);
  }, 60_000);
});

describe('short answers', () => {
  it('answers with the figure a change ends at ("cut from $150,000 to $90,000"), unless asked "from"', async () => {
    const articles = {
      '029_fares.txt': `Fares cut

VELDHAVEN, 2 June 2023 - The single tram fare was cut from €3.10 to €2.40 on Monday, the transit authority said.`,
    };
    const after = await askIn(articles, 'How much is the single tram fare after the cut?');
    expect(after.answer).toMatch(/^€2\.40 \[1\]/u);
    const from = await askIn(articles, 'How much was the single tram fare cut from?');
    expect(from.answer).toMatch(/^€3\.10 \[1\]/u);
  }, 60_000);

  it("does not answer with the dateline's place or source, or with the rest of a name the question gives", async () => {
    const articles = {
      '040_chief.txt': `New chief for Tarrow

MERVIK, 3 May 2024 (Coastwire) - Tarrow Airways Group said on Monday that its board had picked a new chief executive.

The board chose Ida Brenn, who ran the ferry company Selmar Lines for six years.`,
    };
    const who = await askIn(articles, 'Who said Tarrow picked a new chief?');
    expect(who.answer).not.toMatch(/^(Coastwire|MERVIK)/u);
    const company = await askIn(articles, 'Which company did Tarrow pick its chief from?');
    expect(company.answer).toMatch(/^Selmar Lines \[/u);
  }, 60_000);
});

describe('measures and times in a manual and a feature', () => {
  const ARTICLES = {
    '041_router.md': `# Getting started with the R7 router

The R7 comes with a two-year warranty.

The R7 checks for new firmware every night at 3am and installs it automatically.`,
    '042_bakery.md': `# A prize for a small bakery

The bakery on Mill Lane stands in an old granary that is 31 metres tall.

The winning loaf uses a starter that is more than 30 years old. It is fermented for 36 hours before baking.

Supermarket bread is fermented for about two hours.

The contest drew more than 400 entries this year.

Guided tours run every Friday at 11:00. They last about 90 minutes and cost £16.

The bakery says a supermarket chain owes it more than £1,860 for bread, after they failed to agree new prices.

The winner's prize money came to over £5,000 once the sponsors had paid.`,
    '046_viaduct.md': `# Marta Oyelaran

Oyelaran chaired the Institution of Bridge Engineers from 2009 to 2011.

Her firm designed the Tarn Valley Viaduct, a 1.2-kilometre cable-stayed bridge.`,
  };
  const asked = askerFor(ARTICLES);

  it('reads a sentence opening with "It" as about the sentence before\'s subject, and a time before a phrase as a duration', () => {
    expect(asked('How long is the loaf fermented?').answer).toMatch(/^36 hours \[/u);
  });

  it('reads a participle opening the sentence before as its subject\'s modifier ("Guided tours run…")', () => {
    expect(asked('What does a bakery tour cost?').answer).toMatch(/^£16 \[/u);
  });

  it('answers "how long is" with a length in number words ("a two-year warranty")', () => {
    expect(asked('How long is the warranty?').answer).toMatch(/^two-year \[/u);
  });

  it('gives a figure with the noun it measures ("31 metres")', () => {
    expect(asked('How tall is the granary?').answer).toMatch(/^31 metres \[/u);
  });

  it('answers "how long is" with a figure and its unit written out ("a 1.2-kilometre bridge")', () => {
    expect(asked('How long is the Tarn Valley Viaduct?').answer).toMatch(/^1\.2-kilometre \[/u);
  });

  it('gives a figure with its approximation ("more than 400"), not as exact', () => {
    expect(asked('How many entries did the contest draw?').answer).toMatch(
      /^more than 400 entries \[/u,
    );
    expect(asked("How much did the winner's prize money come to?").answer).toMatch(
      /^over £5,000 \[/u,
    );
  });

  it('answers "when" with a clock time when no date is stated, not with a part of the day', () => {
    expect(asked('When does the router check for new firmware?').answer).toMatch(/^3am \[/u);
  });
});

describe('manuals with headings', () => {
  const ARTICLES = {
    '043_manual.md': `# The R9 manual

## Turning the router off

Hold the button on the front for 2 seconds until the light goes out.

## Resetting the router

Hold the button on the back for 10 seconds until the light flashes red.`,
    '044_start.md': `# Getting started with the R7

## What is in the box

The box contains the router, a power adapter and a cable.`,
  };
  const asked = askerFor(ARTICLES);

  it('reads a sentence as about its section heading ("## Resetting the router")', () => {
    expect(asked('How long do I hold the button to reset the router?').answer).toMatch(
      /^10 seconds \[/u,
    );
    expect(asked('How do I turn the router off?').answer).toMatch(/^Hold the button on the front/u);
  });

  it('searches for the words of a question that only a heading repeats ("What is in the box?")', () => {
    const response = asked('What is in the box?');
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^The box contains/u);
  });
});

describe('why and how within a section', () => {
  const asked = askerFor({
    '045_router.md': `# Getting started with the R7 router

## Setting up

1. Connect the port marked WAN to your modem.
2. Plug in the power adapter and press the power button.
3. Wait until the status light turns solid white. This takes about two minutes.
4. Connect to the Wi-Fi network shown on the sticker.

## Updating the firmware

The R7 checks for new firmware every night at 3am and installs it automatically unless you turn automatic updates off in the app. Do not unplug the router while the status light is flashing blue, as this means an update is being installed.

## Resetting the router

To restore the factory settings, hold the reset button on the back for 10 seconds with a paper clip until the status light flashes red. All your settings will be erased.

## Getting help

Call the support line on 0800 123 456 if the light stays amber.

## Warranty

The R7 comes with a two-year warranty.`,
    '046_deal.md': `# Corvane to buy Kestrel Optics

Corvane Technologies will buy the camera-module maker Kestrel Optics for 520 million euros, the company said on Tuesday.

## Why Kestrel

A lockdown in Shanghai shut Corvane's only camera-module supplier for two months in 2022.

## Financing

The deal will be paid for with cash on hand and a bond.`,
  });

  it("does not carry an answer on into the next section's topic", () => {
    const reset = asked('How do I reset the router?').answer;
    expect(reset).toMatch(/hold the reset button/u);
    expect(reset).not.toMatch(/Do not unplug|warranty/u);
    const update = asked('How do I update the firmware?').answer;
    expect(update).toMatch(/checks for new firmware/u);
    expect(update).not.toMatch(/factory settings/u);
  });

  it('answers "how do I…" with the whole section headed by the asked action, in order', () => {
    const answer = asked('How do I set up the router?').answer;
    const steps = [
      /Connect the port marked WAN/u,
      /Plug in the power adapter/u,
      /Wait until/u,
      /two minutes/u,
      /Connect to the Wi-Fi/u,
    ];
    const at = steps.map((step) => answer.search(step));
    expect(at.every((position) => position >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(answer).not.toMatch(/firmware/u);
    // "Getting help" states "get" but also words the question does not ask about.
    expect(asked('How do I get the router online?').answer).not.toMatch(/support line/u);
  });

  it('carries it on into a section headed by the question\'s "why"', () => {
    const response = asked('Why is Corvane buying Kestrel Optics?');
    expect(response.answer).toMatch(/lockdown in Shanghai/u);
    expect(response.answer).not.toMatch(/cash on hand/u);
  });
});

describe('clauses of time', () => {
  const asked = askerFor({
    '047_tides.md': `# Why are there two high tides a day?

The Sun also raises tides, but they are less than half as strong as the Moon's. When the Sun and Moon line up, at new and full moon, their effects add together and produce spring tides. When they are at right angles, at the quarter moons, the tides are weakest.`,
  });

  it('answers "when" with a clause of time where the text gives no date', () => {
    expect(asked('When are tides weakest?').answer).toMatch(
      /^When they are at right angles \[1\]/u,
    );
    expect(asked('When do spring tides happen?').answer).toMatch(
      /^When the Sun and Moon line up \[1\]/u,
    );
  });

  it('finds no clause of time in a question or in a sentence that is one', () => {
    const parser = createTextParser();
    expect(timeClauses(parser.parse('When did the tide turn?'))).toEqual([]);
    expect(timeClauses(parser.parse('When the tide turned.'))).toEqual([]);
    expect(
      timeClauses(parser.parse('The tide is low when the Moon sets.')).map((clause) => clause.text),
    ).toEqual(['when the Moon sets']);
  });
});

describe('the short answer of a follow-up', () => {
  it('stands near the words of this question, not the names carried, nor in apposition to a noun it asks about', async () => {
    const lexicon = await (packagedVectors ??= loadPackagedWordVectors());
    const corpus = createExtractiveCorpus(
      {
        '045_bakery.md': `# A prize for a small bakery

Crumb & Co was founded in 2019 by Priya Shah, a former pharmacist, and her partner Ewan Bell, who trained as a baker in Lyon.`,
      },
      { lexicon },
    );
    const followUp = corpus.ask([
      { role: 'user', content: 'Who founded Crumb & Co?' },
      { role: 'assistant', content: 'Priya Shah [1]' },
      { role: 'user', content: 'Where did her partner train?' },
    ]);
    expect(followUp.answer).toMatch(/^Lyon \[/u);
    expect(corpus.ask("Who is Priya Shah's partner?").answer).toMatch(/^Ewan Bell \[/u);
  }, 60_000);
});

describe('names typed by their apposition', () => {
  it('does not answer "who" with a place named as one ("the market town of Dunmere")', async () => {
    const response = await askIn(
      {
        '049_prize.md': `# Bread prize

A two-person bakery in the market town of Dunmere has won the National Loaf Award.`,
      },
      'Who won the National Loaf Award?',
    );
    expect(response.answer).not.toMatch(/^Dunmere/u);
  }, 60_000);
});

describe('differences', () => {
  it('answers "how much faster" with the change a sentence states, from one figure to the other', async () => {
    const response = await askIn(
      {
        '083_ferrylog-2-1.md': `# Ferrylog 2.1: faster imports

**Published:** 3 April 2025 | **Author:** Jonas Lindqvist

Ferrylog 2.1 cuts import time from 410 ms to 95 ms by loading its modules lazily. It also adds a CSV loader.`,
      },
      'How much faster are imports in Ferrylog 2.1?',
    );
    expect(response.answer).toMatch(/^from 410 ms to 95 ms \[1\]/u);
  }, 60_000);

  const fees = {
    '001_fees.txt': `Marathon moves to March

BRANSWICK, 9 October 2023 - The city marathon will be held in March from next year. Entry fees will rise from £55 to £62, organisers said.`,
  };

  it('answers "by how much" with a change between amounts of money, "to" being no unit', async () => {
    const response = await askIn(fees, 'By how much did entry fees rise?');
    expect(response.answer).toMatch(/^from £55 to £62 \[1\]/u);
  }, 60_000);

  it('answers "how much did it rise" with the change written after that verb', async () => {
    const rose = await askIn(fees, 'How much did entry fees rise?');
    expect(rose.answer).toMatch(/^from £55 to £62 \[1\]/u);
  }, 60_000);
});

describe('units', () => {
  it('does not read a function word after a figure as its unit ("runway 26 at")', async () => {
    const response = await askIn(
      {
        '032_overrun.txt': `Jet overruns runway

VELDHAVEN, 14 January 2023 - A Harbour Air jet overran the end of runway 26 at Veldhaven Airport after landing in heavy rain on Monday, and the airport was shut.

The airport will stay shut for about 19 hours while the jet is removed, the operator said.`,
      },
      'For how long was Veldhaven Airport shut after the jet overran?',
    );
    expect(response.answer).toMatch(/^about 19 hours \[/u);
  }, 60_000);
});

describe('coordinated names', () => {
  it('answers with the last name alone when a relative clause with a singular verb describes it', async () => {
    const articles = {
      '084_larder.md': `# Copenhagen's Larder to close after 15 years

*Food Wire — 20 August 2025*

Larder, the Copenhagen restaurant where a generation of chefs trained, will close in December. Among its former cooks are Tomasz Wren of Marrow and Sofia Berg, who now runs Sal in Oslo.`,
    };
    const single = await askIn(articles, 'Who runs Sal?');
    expect(single.answer).toMatch(/^Sofia Berg \[1\]/u);
  }, 60_000);

  it('answers with every name of a labelled list, an aside in brackets included ("Attendees: Hana Ruiz (chair), Omar Haddad…")', async () => {
    const response = await askIn(
      {
        '001_sync.md': `# Product sync — 4 March 2025

**Attendees:** Hana Ruiz (chair), Omar Haddad, Lise Kowalski, Ben Okoro

## Decisions

- The mobile app's offline mode ships in version 3.2, planned for 15 April.`,
        '002_sync.md': `# Product sync — 18 March 2025

## Decisions

- Release 3.2 moves from 15 April to 29 April, because offline sync failed testing.`,
      },
      'Who attended the 4 March sync?',
    );
    expect(response.answer).toMatch(
      /^Hana Ruiz \(chair\), Omar Haddad, Lise Kowalski, Ben Okoro\b/u,
    );
  }, 60_000);
});

describe("an article's own credits", () => {
  it('reads a labelled credit line ("Author: Tomasz Berg") as the article\'s byline', async () => {
    const response = await askIn(
      {
        '002_search-latency.md': `# Postmortem: slow product search, 2-3 June 2025

**Author:** Tomasz Berg, Search team | **Published:** 9 June 2025

For about 19 hours between 2 and 3 June 2025, product search was slow. The cause was a new synonym file.`,
        '003_review.md': `# Reliability review, second quarter of 2025

**Author:** Dana Whitfield | **Published:** 4 July 2025

Two major incidents happened in the second quarter of 2025.`,
      },
      'Who wrote the search postmortem?',
    );
    expect(response.answer).toMatch(/^Tomasz Berg \[1\]/u);
  }, 60_000);
});

describe('lists named by a section heading', () => {
  it("reads a list's items as stating their heading, and a version after a name as part of it", async () => {
    const response = await askIn(
      {
        '080_ferry-2-0.md': `# Ferrylog 2.0 released

**Published:** 12 January 2025 | **Author:** Mira Okafor

Ferrylog 2.0 is the first major release in three years. It requires Python 3.10 or later.

## New features

- Async queries through AsyncConnection.
- Connection pooling, with a default pool size of 10.

## Removed

- The legacy_mode option.`,
        '081_ferry-2-1.md': `# Ferrylog 2.1: faster imports

**Published:** 3 April 2025 | **Author:** Jonas Lindqvist

Ferrylog 2.1 cuts import time from 410 ms to 95 ms. It also adds a CSV loader.`,
      },
      'What are the new features in Ferrylog 2.0?',
    );
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^2 found:/u);
    expect(response.answer).toContain('Async queries through AsyncConnection.');
    expect(response.answer).not.toContain('legacy_mode');
  }, 60_000);

  it('answers any kind of question from a section headed by the question itself ("## Who should not take it")', async () => {
    const articles = {
      '086_leaflet.md': `# Calmira 200 mg tablets: patient information

**Updated:** 14 March 2025 | **Maker:** Ostrava Pharma

## How to take it

Adults should take one or two tablets with water, up to three times a day.

## Who should not take it

- People who are allergic to ibuprofen or aspirin
- Women in the last three months of pregnancy`,
      '087_recall.md': `# Ostrava Pharma recalls one batch of Calmira

*Health Desk — 2 June 2025*

Ostrava Pharma is recalling batch CL-2291 of Calmira tablets after tests found some packs contained 400 mg tablets.`,
    };
    const response = await askIn(articles, 'Who should not take Calmira?');
    expect(response.answer).toMatch(/^2 found:/u);
    expect(response.answer).toContain('People who are allergic to ibuprofen or aspirin');
  }, 60_000);

  it('answers from a section headed by the question\'s own words, though it asks about no noun ("## What\'s new")', async () => {
    const response = await askIn(
      {
        '089_notes-3-0.md': `# Quillnote 3.0 released

*Quillnote blog, 14 January 2025*

Quillnote 3.0 is out today for Windows and Linux. It is the biggest release since 2019.

## What's new

- **Offline sync.** Notes sync over the local network.
- **Tables.** You can sort tables by any column.

## Pricing

Quillnote Pro stays at $4 a month.`,
      },
      "What's new in Quillnote 3.0?",
    );
    expect(response.answer).toMatch(/^2 found:/u);
    // An item that is only its label goes on in the sentence after it, both cited.
    expect(response.answer).toMatch(
      /^- Offline sync: Notes sync over the local network\. \[\d\]\[\d\]$/mu,
    );
    expect(response.citations.map((citation) => citation.quote)).toContain(
      'Notes sync over the local network.',
    );
    expect(response.answer).not.toContain('$4');
  }, 60_000);

  it('reads an item as stating its heading only when the heading says something asked', async () => {
    const response = await askIn(
      {
        '082_season-review.md': `# Harbour League review: 2021-22

Harbour Rovers finished fourth on 70 points and won the Tern Cup, beating Dunmere Athletic 3-0 at Gullhaven Stadium on 14 May.

## The season in brief

- **Champions:** Veldhaven FC, 88 points
- **Tern Cup:** Harbour Rovers`,
      },
      'Where was the 2022 Tern Cup final played?',
    );
    expect(response.citations[0]?.quote).toMatch(/^Harbour Rovers finished fourth/u);
  }, 60_000);

  const ask = askerFor({
    '001_checkout-outage.md': `# Postmortem: checkout outage of 14 March 2025

**Author:** Dana Whitfield | **Published:** 18 March 2025

## Summary

Customers could not complete purchases for 47 minutes. The cause was an expired TLS certificate on the payment gateway's internal load balancer.

## Action items

1. Move every internal certificate to automatic renewal (owner: Priya Nandakumar, due 30 April 2025).
2. Re-enable the certificate-expiry alert (owner: Marcus Oyelaran).
3. Add a runbook entry for certificate failures on the payment path.`,
    '002_search-latency.md': `# Postmortem: slow product search, 2-3 June 2025

**Author:** Tomasz Berg | **Published:** 9 June 2025

## Summary

For about 19 hours product search was slow. The cause was a new synonym file.

## Action items

1. Add a latency alert on search at 800 milliseconds (owner: Tomasz Berg).
2. Cap query expansion at 12 terms.`,
    '003_film-review.md': `# Tidewalkers takes $74.6 million over five days

**By Lena Ortiz** | 1 December 2024

Tidewalkers took $51.9 million over the holiday weekend. Moss & Pebble 3 finished second, and Glass Orchard took third.

## The film

Tidewalkers follows twin sisters who can walk on water. It runs 97 minutes and is rated PG.`,
  });

  it('lists the items of the section the question names, from the article its other words name', () => {
    const response = ask('List the action items from the checkout postmortem');
    expect(response.answer).toMatch(/^3 found:/u);
    expect(response.answer).toMatch(/automatic renewal/u);
    expect(response.answer).toMatch(/runbook entry/u);
    expect(response.answer).not.toMatch(/query expansion/u);
  });

  it('takes no section whose heading names one thing for a question asking for several ("The film")', () => {
    const response = ask('Which films came second and third?');
    expect(response.answer).not.toMatch(/97 minutes/u);
  });

  it('lists the items of a section a question without a noun names by its verb ("What should I see…")', async () => {
    const response = await askIn(
      {
        '001_porto-guide.md': `# A weekend in Porto: where to go and what it costs

*Travel desk, Northern Ledger — 12 April 2024*

Porto rewards slow walkers. Most of what visitors come for sits within a 20-minute walk of the railway station.

## What to see

- **Livraria Lello**: the bookshop that is said to have inspired parts of Harry Potter. Entry is €10.
- **Clérigos Tower**: 240 steps to the best view in the city; open 9am to 7pm, €8.
- **Serralves**: a modern art museum in a park, about 25 minutes from the centre by bus.

## Where to stay

We stayed at the Casa do Rio, a 14-room guesthouse, for €140 a night in April.`,
        '002_porto-tax.txt': `Porto doubles its tourist tax

PORTO, 18 November 2023 (Iberia Wire) - Porto will double its tourist tax from €2 to €4 per person per night from 1 December, the city council said.`,
      },
      'What should I see in Porto?',
    );
    expect(response.answer).toMatch(/^3 found:/u);
    for (const sight of ['Livraria Lello', 'Clérigos Tower', 'Serralves'])
      expect(response.answer).toContain(sight);
  }, 60_000);

  it('answers no dated question with the prose of a section its heading names ("Group occupancy by quarter")', async () => {
    const response = await askIn(
      {
        '002_bulletin.md': `date 2018-11-02 Occupancy bulletin

**Group occupancy by quarter**

Occupancy is rooms sold as a percentage of rooms available across all three hotels.

| Quarter | 2017 | 2018 |
|---|---|---|
| Q2 (Apr–Jun) | 71% | 74% |
| Q3 (Jul–Sep) | 87% | 91% |`,
      },
      'What was group occupancy in the third quarter of 2018?',
    );
    expect(response.answer).not.toMatch(/found:/u);
    expect(response.answer).toContain('91%');
  }, 60_000);

  it('lists the section a "what were the <plural>" question names, in the article its day names', async () => {
    const articles = {
      '001_sync-03-04.md': `# Product sync — 4 March 2025

**Notes:** Lise Kowalski

## Decisions

- The mobile app's offline mode ships in version 3.2, planned for 15 April.
- Dark mode is postponed to the third quarter because the design system is being rebuilt.
- Support for Android 9 ends on 30 June; about 2% of active users are still on it.

## Discussion

Omar reported that crash-free sessions fell to 98.1% after release 3.1. Ben asked whether offline mode could slip; Hana said the date holds unless the leak fix is late.`,
      '002_sync-03-18.md': `# Product sync — 18 March 2025

**Notes:** Omar Haddad

## Decisions

- Release 3.2 moves from 15 April to 29 April, because offline sync failed testing on slow networks.
- Priya Menon joins as the second mobile engineer from 1 April.`,
    };
    const response = await askIn(articles, 'What were the decisions on 4 March?');
    expect(response.answer).toMatch(/^3 found:/u);
    expect(response.answer).toMatch(/Dark mode is postponed/u);
    expect(response.answer).not.toMatch(/Priya Menon/u);
    // The day names the article; its sentences' other months ("15 April") are no other time asked.
    const dated = await askIn(articles, 'When does offline mode ship, per the 4 March sync?');
    expect(dated.answer).toMatch(/^15 April\b/u);
  }, 60_000);

  it('lists the section a plural noun names when the question asks what its items do ("What do the lights mean?")', async () => {
    const response = await askIn(
      {
        '001_router-guide.md': `# Homelink R2 router: user guide

## Lights

A solid white light means the router is connected. A flashing amber light means it has no internet connection. A red light means the router has overheated; unplug it for ten minutes.

## Warranty

The R2 comes with a two-year warranty. Damage caused by water or by opening the case is not covered.`,
      },
      'What do the lights mean?',
    );
    expect(response.answer).toMatch(/^3 found:/u);
    expect(response.answer).toMatch(/red light means the router has overheated/u);
  }, 60_000);

  it('does not count a section as the answer when the question asks more of its items ("owned by…")', () => {
    const response = ask('List the action items owned by Marcus Oyelaran');
    expect(response.answer).toMatch(/Re-enable the certificate-expiry alert/u);
    expect(response.answer).not.toMatch(/^3 found:/u);
  });
});

describe('introduced lists', () => {
  const FARES = {
    '033_fares.md': `What you pay on Harbour Air

VELDHAVEN, 2 March 2024 - Every spring I redo this guide.

Harbour Air sells three fare types on its ferry routes, and the same rules apply on its buses:

- **Light**: a small cabin bag, no checked bag.
- **Classic**: adds a checked bag and free seat selection.
- **Flex**: Classic plus free changes.

The change this year: a checked bag on a Light fare now costs €30.`,
  };

  it('lists the items of the bulleted list after the sentence that introduces it', async () => {
    const response = await askIn(
      FARES,
      'Which fare types does Harbour Air sell on its ferry routes?',
    );
    expect(response.answer).toMatch(/^3 found:\n\n- Light \[1\]\n- Classic \[2\]\n- Flex \[3\]/u);
  }, 60_000);

  it('answers a question whose best sentence introduces a list with the list', async () => {
    const response = await askIn(FARES, 'what fare types does harbour air sell on ferry routes');
    for (const item of ['Light', 'Classic', 'Flex']) expect(response.answer).toContain(item);
  }, 60_000);
});

describe('counted figures', () => {
  it('reads a hyphenated word inside the counted phrase ("24 … narrow-body jets") as part of it', async () => {
    const response = await askIn(
      {
        '034_order.txt': `Harbour Air orders jets

VELDHAVEN, 18 June 2019 - Harbour Air on Tuesday signed a firm order for 24 Kestrel K220 narrow-body jets, with options on 12 more, in a deal worth about €2.9 billion.

Kestrel said the Harbour Air deal brought its K220 order book to 611 aircraft.`,
      },
      'How many K220 jets did Harbour Air order in 2019?',
    );
    expect(response.answer).toMatch(/^24 Kestrel K220 narrow-body jets \[1\]/u);
  }, 60_000);
});

describe('tables', () => {
  it("reads a row under its table's caption: the passengers of a quarter", async () => {
    const response = await askIn(
      {
        '031_results.md': `Harbour Ferries results 2019

VELDHAVEN, 27 February 2020 - Harbour Ferries today announces its results for 2019.

## Passengers by quarter (million)

| Quarter | 2019 | 2018 |
|---|---:|---:|
| Q2 | 3.8 | 3.6 |
| Q3 | 4.6 | 4.4 |
`,
      },
      'Harbour Ferries passengers Q3 2019?',
    );
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/\| Q3 \| 4\.6 \| 4\.4 \|/u);
  }, 60_000);

  it('does not answer a quarter with the row of another quarter beside it', async () => {
    const response = await askIn(
      {
        '032_results.md': `Harbour Ferries results 2024

VELDHAVEN, 27 February 2025 - Harbour Ferries today announces its results for 2024.

## Passengers by quarter (million)

| Quarter | 2024 | 2023 |
|---|---:|---:|
| Q1 | 3.1 | 2.9 |
| Q2 | 4.0 | 3.7 |
| Q3 | 4.7 | 4.4 |
| Q4 | 3.6 | 3.3 |
`,
      },
      'Harbour Ferries passengers in the third quarter of 2024?',
    );
    expect(response.refused).toBe(false);
    expect(response.answer).not.toMatch(/\| Q[124] \|/u);
    expect(response.answer).toMatch(/\| Q3 \| 4\.7 \| 4\.4 \|/u);
  }, 60_000);
});

describe('refusal reasons', () => {
  it('says no article mentions a name the question gives that none of them names', () => {
    const response = ask('How many passengers did the Red Line carry for Eurostar in 2021?');
    expect(response.refused).toBe(true);
    expect(response.answer).toMatch(/None of the articles found mentions “Eurostar”/u);
  });
});

describe('names typed in lower case', () => {
  const articles = {
    '040_caldermouth.md': `Caldermouth Water raises charges

CALDERMOUTH, 3 March 2023 - Caldermouth Water said on Friday that its charges go up by 8.5% from 1 April 2023.`,
    '041_estbury.md': `Estbury Water names new chief

ESTBURY, 9 May 2023 - The board of Estbury Water has named Ruth Allardyce as its chief executive.`,
  };
  const askHere = askerFor(articles);

  it('holds a lower-case name to what the articles say of it, as the capitalised one', () => {
    const typed = askHere('how much did estbury water raise its charges in 2023');
    expect(typed.refused).toBe(true);
    expect(typed.answer).not.toMatch(/8\.5%/u);
    expect(askHere('How much did Estbury Water raise its charges in 2023?').refused).toBe(true);
    // The name typed in lower case still finds what is said of it.
    expect(askHere('who is the chief executive of estbury water').answer).toMatch(
      /Ruth Allardyce/u,
    );
  });
});

describe('figures and capitals at the edges of names', () => {
  const articles = {
    '042_recall.md': `Kettlewell recalls 48,000 air fryers

BRISTOL, 14 March 2024 - Kettlewell Appliances is recalling 48,000 air fryers sold in the UK after reports that the heating element can overheat.`,
    '043_launch.md': `Kettlewell chief steps down

BRISTOL, 9 January 2025 - Kettlewell launched its new Crisp 7 fryer in November, with a metal housing. It sold 120,000 units in its first six weeks, the company said.`,
  };
  const askHere = askerFor(articles);
  let analyzer: QuestionAnalyzer;
  beforeAll(async () => {
    const lexicon = await (packagedVectors ??= loadPackagedWordVectors());
    analyzer = createExtractiveCorpus(articles, { lexicon }).analyzer;
  }, 60_000);

  it('keeps a one-digit figure in the name it labels ("Crisp 7"), not among the words of the event', () => {
    expect(askHere('How many Crisp 7 fryers were sold?').answer).toMatch(/^120,000 units \[1\]/u);
  });

  it('reads an English word right after the name asked as the rest of that name ("Kettlewell Appliances")', async () => {
    const response = await askIn(
      {
        '044_ceo.md': `Kettlewell chief executive steps down

BRISTOL, 9 January 2025 - Dana Whitlock will step down as chief executive of Kettlewell Appliances at the end of March, the company said on Thursday.`,
      },
      'Who is the chief executive of Kettlewell?',
    );
    expect(response.answer).toMatch(/^Dana Whitlock \[1\]/u);
  }, 60_000);

  it('takes a name sharing a word with the asked one, each with words of its own, as another', async () => {
    const articles = {
      '045_festival.md': `Lindqvist festival sells out

ÖSTERVIK, 14 August 2023 - The Lindqvist Music Festival sold out again. The festival, founded in 1987 by the conductor Erik Lindqvist, now runs across six venues.`,
    };
    const response = await askIn(articles, 'Who founded the Lindqvist Music Festival?');
    expect(response.answer).toMatch(/^Erik Lindqvist \[1\]/u);
  }, 60_000);

  it('leaves out of a name the common word capitalised only because it opens the question', () => {
    const analysis = analyzer.analyze([
      { role: 'user', content: 'Total Kettlewell fryers sold as of the Crisp 7 launch?' },
    ]);
    expect(analysis.constraints.names).toEqual([['kettlewell'], ['crisp', '7']]);
    expect(analysis.terms.find((term) => term.lemma === 'total')?.name).toBe(false);
  });
});

describe('coordinated figures', () => {
  it('answers with the figure in the asked item, not the one after "and" nearer the asked word', async () => {
    const response = await askIn(
      {
        '047_limits.md': `# Travel limits

Hotel costs are capped at £150 a night in London and £110 a night elsewhere in the UK.`,
      },
      'How much can I spend on a hotel in London?',
    );
    expect(response.answer).toMatch(/^£150\b/u);
  }, 60_000);

  it('parts a change\'s two values at its "to": the one before it is the asked period\'s', async () => {
    const response = await askIn(
      {
        '049_review.md': `# Reliability review, second quarter of 2025

Our mean time to detect fell from 21 minutes in the first quarter to 9 minutes in the second.`,
      },
      'What was the mean time to detect in the first quarter?',
    );
    expect(response.answer).toMatch(/^21 minutes\b/u);
  }, 60_000);

  it('answers "how much does it cost?" from a line giving the price without the verb ("…, €8")', async () => {
    const response = await askIn(
      {
        '051_guide.md': `# A weekend in Porto

## What to see

- **Clérigos Tower**: 240 steps to the best view in the city; open 9am to 7pm, €8.
- **Serralves**: a modern art museum in a park, about 25 minutes from the centre by bus.`,
      },
      'How much does the Clérigos Tower cost?',
    );
    expect(response.answer).toMatch(/^€8\b/u);
  }, 60_000);

  it('answers a change asked of the thing changing with the figure it changes to ("tax from €2 to €4")', async () => {
    const response = await askIn(
      {
        '050_tax.txt': `Porto doubles its tourist tax

PORTO, 18 November 2023 - Porto will double its tourist tax from €2 to €4 per person per night from 1 December, the city council said.`,
      },
      'How much is the tourist tax in Porto?',
    );
    expect(response.answer).toMatch(/^€4\b/u);
  }, 60_000);
});

describe('a figure read with what it counts', () => {
  it('reads the whole compound noun after a bare figure ("210 school visits", not "210 school")', async () => {
    const response = await askIn(
      {
        '048_museum.txt': `Museum interview

NORTHPORT, 2 October 2023 - Schools have been the biggest surprise: the museum has had 210 school visits since April.`,
      },
      'How many people have visited the museum since April?',
    );
    expect(response.answer).toMatch(/^210 school visits \[1\]/u);
  }, 60_000);
});

describe('a measure asked by its noun', () => {
  it('reads "what is the length of…" as "how long is…", the noun naming the measure', async () => {
    const response = await askIn(
      {
        '050_border.txt': `Border talks

HARBOURTON, 2 February 2024 - Harbourton and Veldhaven share a 340km-long border, much of it unfenced.`,
      },
      'What is the length of the border?',
    );
    expect(response.answer).toMatch(/^340km \[1\]/u);
  }, 60_000);
});

describe('spans of time and units', () => {
  const askHere = askerFor({
    '051_recall.txt': `Fryer recall

BRISTOL, 14 March 2024 - Kettlewell is recalling 48,000 air fryers sold in the UK. Kettlewell cut its profit forecast for the year to £40 million.`,
  });

  it('reads no unit in a short word that modifies the noun after it ("48,000 air fryers")', () => {
    expect(askHere('How long is the recall?').answer).not.toMatch(/48,000 air/u);
  });

  it('reads no span of time in a period named with "the" ("for the year")', () => {
    expect(askHere('How long did Kettlewell cut its forecast for?').answer).not.toMatch(/^year\b/u);
  });
});

describe('answers as near the asked words', () => {
  it('takes the one that fits the kind asked better ("Where was she born?" — "in Uppsala")', async () => {
    const response = await askIn(
      {
        '052_lind.md': `# Marta Lind

Marta Lind (born 12 March 1961 in Uppsala) is a Swedish marine biologist known for her work on coral bleaching.`,
      },
      'Where was she born?',
    );
    expect(response.answer).toMatch(/^Uppsala \[1\]/u);
  }, 60_000);
});

describe('an elliptical follow-up after a short answer', () => {
  it('reads the short answer alone as the lead, not the cited sentence after it ("When?")', async () => {
    const articles = {
      '053_lind.md': `# Marta Lind

She studied biology at Lund University, graduating in 1983, and completed a doctorate at the University of Hawaii in 1989 with a thesis on reef fish.`,
    };
    const first = await askIn(articles, 'Where did she get her doctorate?');
    expect(first.answer).toMatch(/^University of Hawaii \[1\]/u);
    const lexicon = await (packagedVectors ??= loadPackagedWordVectors());
    const followUp = createExtractiveCorpus(articles, { lexicon }).ask([
      { role: 'user', content: 'Where did she get her doctorate?' },
      { role: 'assistant', content: first.answer },
      { role: 'user', content: 'When?' },
    ]);
    expect(followUp.answer).toMatch(/^1989 \[1\]/u);
  }, 60_000);
});

describe('a counted noun after a participle', () => {
  it('counts the noun a participle modifies ("31,000 of the 48,000 recalled fryers")', async () => {
    const response = await askIn(
      {
        '054_recall.txt': `Fryer recall

BRISTOL, 14 March 2024 - Kettlewell is recalling 48,000 air fryers sold in the UK. The chief executive said that about 31,000 of the 48,000 recalled fryers had been returned so far.`,
      },
      'How many fryers were returned?',
    );
    expect(response.answer).toMatch(/^about 31,000 of the 48,000 recalled fryers \[1\]/u);
  }, 60_000);
});

describe('a name ending in the noun asked about', () => {
  it('is the short answer to "what <noun>…" ("What prize did she win?" — "the Crafoord Prize")', async () => {
    const response = await askIn(
      {
        '055_lind.md': `# Marta Lind

Lind received the Crafoord Prize in 2016 and was elected a foreign member of the Royal Society in 2019.`,
      },
      'What prize did she win in 2016?',
    );
    expect(response.answer).toMatch(/^Crafoord Prize \[1\]/u);
  }, 60_000);
});

describe("the question's modal", () => {
  it('prefers the sentence sharing the question\'s "will" among sentences covering it alike', async () => {
    const response = await askIn(
      {
        '049_bridge.txt': `Bridge news

HARBOURTON, 2 February 2024 - The library opens at 9am on weekdays. The library will open its new wing in March.`,
      },
      'When will the library open?',
    );
    expect(response.answer).toMatch(/^March \(March 2024, by the article's date\) \[1\]/u);
  }, 60_000);
});

describe('a summary of the article its title names', () => {
  it('summarises the article of the year asked when two of its kind are named ("its 2019 results")', async () => {
    const response = await askIn(
      {
        '001_wire-2019.txt': `Harlow Bakeries opens its first London shop

LONDON, 4 June 2019 (Citywire) - Harlow Bakeries opened its first London shop on Tuesday, in Camden, with a queue of more than two hundred people waiting at the door before eight in the morning.`,
        '002_release-2019.md': `# Harlow Bakeries: record sales and profit in 2019

**PRESS RELEASE** | Leeds, 20 February 2020

Harlow Bakeries today announces its audited figures for the year ended 31 December 2019. Sales rose 12% to a record £84 million. Operating profit was £9.1 million, up from £7.4 million. The chain opened 14 shops during the year and now has 96. Chief executive Ruth Emsley said the London opening had exceeded every forecast.`,
        '003_release-2024.md': `# Harlow Bakeries: 2024 results, dividend raised

**PRESS RELEASE** | Leeds, 18 February 2025

Harlow Bakeries today announces its audited figures for the year ended 31 December 2024. Sales rose 6% to £131 million. Operating profit was £12.8 million. The board proposes a dividend of 9p a share, up from 7p. The chain closed four shops and now has 142.`,
      },
      "Summarise Harlow's press release on its 2019 results.",
    );
    expect(response.refused).toBe(false);
    expect(response.citations.length).toBeGreaterThan(1);
    expect(new Set(response.citations.map((citation) => citation.docId))).toEqual(
      new Set(['002_release-2019']),
    );
  }, 60_000);

  it('does not summarise an article its title words name when it is of another year than asked', async () => {
    const response = await askIn(
      {
        '001_match-2022.txt': `Harbour 2 Quayside 0: Lund puts Harbour in charge of title race

HARBOURTON, 30 April 2022 - Harbour beat Quayside 2-0 on Saturday to go three points clear at the top with two games left. Mia Lund scored both goals in front of 31,000 fans.`,
        '002_champions-2024.txt': `Quayside crowned champions on the last day

QUAYSIDE, 19 May 2024 - Quayside won the 2023-24 league title on Sunday, finishing two points clear of Harbour after beating Ferry Town 3-1. Quayside ended the season on 84 points, Harbour on 82.`,
        '003_transfer.txt': `Harbour sign Ferry Town striker for £4m

HARBOURTON, 2 July 2023 - Harbour have signed the Ferry Town striker Jon Ek for £4m on a four-year contract, the club said on Sunday.`,
        '004_manager.txt': `Quayside appoint Rosa Vidal as manager

QUAYSIDE, 12 June 2023 - Quayside have appointed Rosa Vidal as their new manager on a three-year deal after the departure of Tom Hale.`,
        '005_stadium.txt': `Harbour stadium to gain 5,000 seats

HARBOURTON, 9 January 2024 - Harbour will add 5,000 seats to their stadium by 2026 at a cost of £30m, the club's owners said.`,
      },
      'Quick recap of how the 2023-24 title race finished?',
    );
    expect(response.refused).toBe(false);
    const cited = new Set(response.citations.map((citation) => citation.docId));
    expect(cited.has('002_champions-2024')).toBe(true);
    expect(cited.has('001_match-2022')).toBe(false);
  }, 60_000);

  it('summarises the one article whose title holds every word asked about ("the expenses policy")', async () => {
    const response = await askIn(
      {
        '045_leave-policy.md': `# Annual leave policy

## Entitlement

Full-time employees receive 25 days of paid annual leave each year, plus public holidays. Leave must be requested through the HR portal at least two weeks in advance. You may carry over up to five unused days into the next leave year.`,
        '046_expenses-policy.md': `# Travel and expenses policy

## What you can claim

You can claim the cost of travel, accommodation and meals when travelling on company business. Hotel costs are capped at £150 a night in London. The meal allowance is £35 a day. Claims must be submitted within 30 days of the expense.`,
      },
      'Summarize the expenses policy',
    );
    expect(response.refused).toBe(false);
    expect(response.citations.length).toBeGreaterThan(1);
    expect(new Set(response.citations.map((citation) => citation.docId))).toEqual(
      new Set(['046_expenses-policy']),
    );
  }, 60_000);
});

describe('an organisation preferred ("which association")', () => {
  it('is answered by a name of that kind, else by a description', async () => {
    // With WordNet, as the server reads nouns: "association" and "commission" are organisations.
    const [named, described] = await withWordNet(
      {
        '001_letter.txt': `Families write to the council

DORWICK, 4 May 2023 - On Saturday, a group representing the families of flood victims sent a letter demanding new barriers on the river. "Nothing has been done for years," read the letter from the Lantern Street Residents Association, the Dorwick Post reported.

The mayor proposed making the river works commission more active, Harbourline said.`,
      },
      (corpus) => [
        corpus.ask("Which association of victims' families sent a letter demanding new barriers?"),
        corpus.ask('Which commission did the mayor propose making more active?'),
      ],
    );
    expect(named.answer).toMatch(/^Lantern Street Residents Association/u);
    expect(described.refused).toBe(false);
    expect(described.answer).toMatch(/river works commission/u);
    // Not a name of another kind the sentence holds.
    expect(described.answer).not.toMatch(/^Harbourline/u);
  }, 60_000);
});

describe('a list of names', () => {
  it('keeps every name coordinated with the items, whatever kind each was guessed', async () => {
    // With WordNet, as the server reads nouns: "councillors" asks for people.
    const response = await withWordNet(
      {
        '071_budget.txt': `Budget passed

CALDERMOUTH, 2 March 2021 - The council approved the 2021 budget by 11 votes to 4. The four councillors voting against were Councillors Varga, Doyle, Castell and H. Quayle.`,
      },
      (corpus) => corpus.ask('Which councillors voted against the 2021 budget?'),
    );
    expect(response.answer).toMatch(/^4 found:/u);
    for (const name of ['Varga', 'Doyle', 'Castell', 'H. Quayle'])
      expect(response.answer).toMatch(new RegExp(`- (Councillors )?${name} \\[1\\]`, 'u'));
  }, 60_000);
});

describe('a follow-up pointing back with "that"', () => {
  it("asks about the previous answer's sentence, not another with the question's words", async () => {
    const lexicon = await (packagedVectors ??= loadPackagedWordVectors());
    const corpus = createExtractiveCorpus(
      {
        '001_hall.md': `# Philharmonic to move into new concert hall

*Harbour Courier, 3 March 2024*

ÖSTERVIK — The Östervik Philharmonic will move into a new concert hall in September 2025, the city council announced on Friday.`,
        '002_conductor.md': `# Reis to leave for Lisbon

*Harbour Courier, 21 November 2024*

ÖSTERVIK — Paulo Reis will leave the Östervik Philharmonic at the end of the 2025-26 season to become music director of the Lisbon Symphony, the orchestra said on Wednesday.`,
      },
      { lexicon },
    );
    const first = corpus.ask('Who is the chief conductor of the Östervik Philharmonic?');
    expect(first.answer).toMatch(/^Paulo Reis \[1\]/u);
    const response = corpus.ask([
      { role: 'user', content: 'Who is the chief conductor of the Östervik Philharmonic?' },
      { role: 'assistant', content: first.answer },
      { role: 'user', content: 'When was that announced?' },
    ]);
    expect(response.answer).toMatch(
      /^Wednesday \(20 November 2024, by the article's date\) \[1\]/u,
    );
  }, 60_000);
});

describe('a role narrowed by a country', () => {
  it("answers with the person whose title states the country asked, not another country's holder", async () => {
    const response = await askIn(
      {
        '001_talks.txt': `Border talks planned

TEHRAN, 2 May 2024 - There are reports that Pakistan-China-Iran anti-terrorism talks will be held soon, and Interior Minister Mohsin Naqvi is expected to pay an important visit to Iran in the coming months.`,
        '002_group.txt': `Joint working group set up

ISLAMABAD, 15 February 2022 - Pakistan and Iran set up a joint working group on border matters. The group was set up during a daylong visit of Iranian Interior Minister Ahmad Vahidi.`,
      },
      "Who is Iran's interior minister?",
    );
    expect(response.answer.split('\n')[0]).toContain('Ahmad Vahidi');
  }, 60_000);
});

describe('figures of people', () => {
  const articles = {
    '081_yard.txt': `Kestrel Yards hires for new hull line

PORTWICK, 4 May 2022 - Kestrel Yards employed 310 people at the end of March, up from 260 a year earlier. The yard has eight teams on the new hull line.`,
  };
  it('counts staff or employees by a figure of "people" (WordNet: they name people)', async () => {
    const senses = openWordNet();
    const corpus = createExtractiveCorpus(articles, {
      lexicon: await (packagedVectors ??= loadPackagedWordVectors()),
      senses,
    });
    const staff = corpus.ask('How many staff did Kestrel Yards have at the end of March?');
    const employees = corpus.ask('How many employees did Kestrel Yards have in March?');
    // "How many teams" counts teams, not the people in them.
    const teams = corpus.ask('How many teams did Kestrel Yards have in March?');
    senses.close();
    expect(staff.answer).toMatch(/^310 people/u);
    expect(employees.answer).toMatch(/^310 people/u);
    expect(teams.answer).not.toMatch(/310/u);
  });
});

describe('a list of a given count', () => {
  it('lists the sentence naming just as many items of the kind asked as the question counts', async () => {
    const senses = openWordNet();
    const corpus = createExtractiveCorpus(
      {
        '082_appeal.txt': `Court cuts Marsh sentence

CALDERMOUTH, 3 July 2023 - Three judges of the Court of Appeal ruled yesterday that the trial judge, Judge Ada Lowe, had misdirected the jury in the Marsh case.

The court reduced Marsh's sentence from six years to four. The ruling was given by Justice Omar Reyes, presiding, with Justice Ines Falk and Justice Tom Birch.`,
      },
      { lexicon: await (packagedVectors ??= loadPackagedWordVectors()), senses },
    );
    const response = corpus.ask("Name the three judges who heard Marsh's appeal");
    senses.close();
    expect(response.answer).toMatch(/^3 found:/u);
    expect(response.answer).toMatch(/Omar Reyes[\s\S]*Ines Falk[\s\S]*Tom Birch/u);
    expect(response.answer).not.toMatch(/- (Judge )?Ada Lowe/u);
  });
});

describe('adverbs of several words', () => {
  it('are no topic words ("in the end", "so far"), while their words elsewhere are', async () => {
    const senses = openWordNet();
    const { analyzer } = createExtractiveCorpus(
      {
        '083_weir.txt': `Weir gone\n\nHALDEN BRIDGE, 30 August 2023 - The final cost was £1.62 million.`,
      },
      { lexicon: await (packagedVectors ??= loadPackagedWordVectors()), senses },
    );
    const lemmas = (question: string) =>
      analyzer.analyze([{ role: 'user', content: question }]).terms.map((term) => term.lemma);
    const adverb = lemmas('How much did the weir removal cost in the end?');
    const noun = lemmas('What happened at the end of the season?');
    const far = lemmas('Which actors have been cast so far?');
    senses.close();
    expect(adverb).not.toContain('end');
    expect(adverb).toEqual(expect.arrayContaining(['weir', 'removal', 'cost']));
    expect(noun).toContain('end');
    expect(far).not.toContain('far');
  });
});

describe('a count of another thing of the same kind', () => {
  it('is no count of the thing asked ("14 salmon" for "how many trout")', async () => {
    const senses = openWordNet();
    const corpus = createExtractiveCorpus(
      {
        '084_camera.md': `# First fish above the old weir\n\n*Orla Valley Gazette — 12 December 2023*\n\nA camera at Fenwick Ford recorded 14 adult salmon between 1 October and 30 November.`,
      },
      { lexicon: await (packagedVectors ??= loadPackagedWordVectors()), senses },
    );
    const trout = corpus.ask('How many trout did the camera at Fenwick Ford record?');
    const salmon = corpus.ask('How many salmon did the camera at Fenwick Ford record?');
    senses.close();
    expect(trout.answer).not.toMatch(/14/u);
    expect(salmon.answer).toMatch(/^14 adult salmon/u);
  });
});

describe('a noun asked about, stated by a kind of it', () => {
  it('reads "fined" as stating the penalty asked about (a fine is a kind of penalty)', async () => {
    // With WordNet, as the server reads nouns: a fine's most frequent sense is a penalty.
    const response = await withWordNet(
      {
        '001_fine.txt': `Regulator fines tool maker

BRUSSELS, 3 October 2023 - The Product Safety Agency on Tuesday fined Harlow Tools €24.6 million over a faulty drill, the agency said. Harlow Tools said it would study the ruling.`,
      },
      (corpus) =>
        corpus.ask('How big was the penalty the Product Safety Agency gave Harlow Tools?'),
    );
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^€24\.6 million/u);
  }, 60_000);
});

describe('a list of names each described before it', () => {
  it('keeps every item a description introduces, each named whole', async () => {
    // With WordNet, as the server reads nouns: "sponsors" asks for people or organisations.
    const response = await withWordNet(
      {
        '001_race.txt': `Record field for city marathon

BRANSWICK, 16 April 2023 - More than 14,200 runners finished the city marathon on Sunday. Sponsors this year were the energy company Norvik Power, the sportswear maker Strideline and the Branswick Building Society.`,
      },
      (corpus) => corpus.ask('Who were the sponsors in 2023?'),
    );
    expect(response.answer).toMatch(/^3 found:/u);
    for (const name of ['Norvik Power', 'Strideline', 'Branswick Building Society'])
      expect(response.answer).toMatch(new RegExp(`- ${name} \\[1\\]`, 'u'));
  }, 60_000);
});

describe("a verb of the question stated by WordNet's synonym or a way of doing it", () => {
  it('finds the sentence whose verb means what the question asks, not the one naming the same things', async () => {
    const [approved, delayed] = await withWordNet(
      {
        '001_bridge.txt': `Council decides on the Esk footbridge

HARROWBY, 9 May 2023 - The county council discussed the Esk footbridge on 4 April 2023, when residents asked for a wider deck. The council sanctioned the Esk footbridge on 2 May 2023 after a second vote.`,
        '002_fair.txt': `Winter fair plans

HARROWBY, 1 June 2023 - The winter fair was announced on 1 March 2023. The winter fair was shelved on 20 May 2023 because the market square is under repair.`,
      },
      (corpus) => [
        corpus.ask('When did the council approve the Esk footbridge?'),
        corpus.ask('When was the winter fair delayed?'),
      ],
    );
    expect(approved.refused).toBe(false);
    expect(approved.answer).toMatch(/^2 May 2023/u);
    expect(delayed.refused).toBe(false);
    expect(delayed.answer).toMatch(/^20 May 2023/u);
  }, 60_000);
});

describe('a phrasal verb of the question', () => {
  it("is stated by WordNet's synonym of the phrase, not only of its verb", async () => {
    const [cancelled, resigned] = await withWordNet(
      {
        '001_regatta.txt': `Regatta news

KELBY, 9 June 2023 - The Kelby regatta was announced on 1 March 2023 by the rowing club. The Kelby regatta was cancelled on 3 June 2023 after the river flooded.`,
        '002_club.txt': `Rowing club board

KELBY, 9 July 2023 - Mara Tolland was elected chair of the rowing club on 2 February 2021. Mara Tolland resigned on 30 June 2023, citing her health.`,
      },
      (corpus) => [
        corpus.ask('When was the Kelby regatta called off?'),
        corpus.ask('When did Mara Tolland step down?'),
      ],
    );
    expect(cancelled.answer).toMatch(/^3 June 2023/u);
    expect(resigned.answer).toMatch(/^30 June 2023/u);
  }, 60_000);
});

describe('an acronym the articles only spell out', () => {
  const ask = askerFor({
    '001_trade.txt': `Trade deal signed

HARROWBY, 9 May 2023 - The two countries agreed a barter committee to trade goods, bypassing United States sanctions on banks. Officials also discussed a new rail link.`,
  });

  it('is read as the words whose initials spell it, not as a name no article states', () => {
    const response = ask('What did the two countries agree to get around US sanctions?');
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/barter committee/u);
  });
});

describe('a numeral in a name', () => {
  const ask = askerFor({
    '001_skyfarer.txt': `Skyfarer sequel dated

KELBY, 9 January 2025 - Skyfarer launched on 2 March 2021 and sold four million copies. Its sequel, Skyfarer II, will launch on 4 May 2025, the studio said.`,
  });

  it('tells one of a series from the others: a sentence about another numeral answers nothing', () => {
    expect(ask('When will Skyfarer II launch?').answer).toMatch(/^4 May 2025/u);
    const third = ask('When did Skyfarer III launch?');
    expect(third.refused).toBe(true);
    const version = ask('When did Skyfarer 3 launch?');
    expect(version.refused).toBe(true);
  });
});

describe('a clause of time', () => {
  const ask = askerFor({
    '001_bridge.txt': `Esk bridge

HARROWBY - Drivers on the Esk bridge could skid when the deck was wet, the council said. The Esk bridge was closed when the river flooded.`,
  });

  it('answers when only for the event the rest of its sentence states', () => {
    expect(ask('When was the Esk bridge closed?').answer).toMatch(/^when the river flooded/u);
    expect(ask('When was the Esk bridge repainted?').answer).not.toMatch(/when the deck was wet/u);
  });
});

describe('what someone said about a topic, across articles', () => {
  const ask = askerFor({
    '001_release.md': `# Quillnote 3.0 released

*Quillnote blog, 14 January 2025*

Quillnote 3.0 is out today for Windows and Linux. Notes now sync offline between devices.

Lead developer Hana Okafor said the team spent eight months on offline sync. "It was the most requested feature for three years running," she said.`,
    '002_funding.md': `# Quillmark raises $12 million

*Startup Ledger, 9 June 2025*

The company, founded in 2019 by Hana Okafor and Per Strand, says offline sync brought it 300,000 new users. Chief executive Per Strand said the money would pay for an iPhone app.`,
  });

  it('gives the sentences where they say it, and the quotation going on, not ones only naming them', () => {
    const response = ask('What did Hana Okafor say about offline sync?');
    expect(response.answer).toMatch(/^Lead developer Hana Okafor said/u);
    expect(response.answer).toContain('most requested feature');
    expect(response.answer).not.toContain('founded in 2019');
    expect(response.answer).not.toContain('is out today');
  });
});

describe('the collection asked about as a whole', () => {
  const ask = askerFor({
    '001_release.md': `# Quillnote 3.0 released

*Quillnote blog, 14 January 2025*

Quillnote 3.0 is out today for Windows and Linux, with offline sync between devices.`,
    '002_funding.md': `# Quillmark raises $12 million

*Startup Ledger, 9 June 2025*

Quillmark Software, the Oslo company behind the Quillnote app, has raised $12 million from Fjordline Ventures.`,
  });

  it('answers "What are these articles about?" with each article\'s lead, not a refusal', () => {
    const response = ask('What are these articles about?');
    expect(response.refused).toBe(false);
    expect(response.answer).toContain('Quillnote 3.0 is out today');
    expect(response.answer).toContain('has raised $12 million');
  });
});

describe('a summary asked of a name alone', () => {
  const ask = askerFor({
    '001_groups.txt': `Militant groups on the border

ZAHEDAN, 3 May 2023 - Iranian officials say Jaish al-Adl has attacked border posts since 2012. Jundullah, an older group, was weakened after its leader was executed in 2010. Both groups recruit in the border region.`,
  });

  it('gives the sentences naming it, not another name nor its neighbours', () => {
    const response = ask('Who is Jaish al-Adl?');
    expect(response.answer).toMatch(/^ZAHEDAN, 3 May 2023 - Iranian officials say Jaish al-Adl/u);
    expect(response.answer).not.toContain('Jundullah, an older group');
  });
});

describe('an overview of a name over a period', () => {
  const ask = askerFor({
    '001_visiting.txt': `Visiting Aldermoor in 2024: your questions

KESTLEBY, 30 January 2024 - The trustees proposed closing on Tuesdays. The Friends of Aldermoor had other ideas.`,
    '002_review.txt': `Annual Review 2024: Aldermoor in numbers

KESTLEBY, 10 February 2025 - Visitors in 2024 were 83,900, below the forecast of 88,000. School visits grew for the third year running in 2024. The council grant fell to £331,400 for 2024/25.`,
    '003_theft.txt': `Snuffboxes stolen from Aldermoor Museum

KESTLEBY, 19 October 2023 - Two silver snuffboxes were stolen from Aldermoor Museum on Tuesday. Police are appealing for witnesses.`,
    '004_hoard.txt': `Aldermoor Museum buys a hoard

KESTLEBY, 15 March 2022 - Aldermoor Museum has bought the Kestleby Hoard for £38,500.`,
    '005_grant.txt': `Council cuts Aldermoor grant

KESTLEBY, 24 February 2023 - The council will cut the grant to Aldermoor Museum by 14 per cent.`,
    '006_director.txt': `New director at Aldermoor

KESTLEBY, 5 September 2023 - Tomasz Wierzbicki became director of Aldermoor Museum on Monday.`,
  });

  it('gives the sentences of that time about it when few sentences name it', () => {
    const response = ask('Give me an overview of how Aldermoor did in 2024.');
    expect(response.answer).toContain('Visitors in 2024 were 83,900');
  });
});

describe('a follow-up of a preposition and a wh-word alone', () => {
  const ask = askerFor({
    '001_visit.txt': `Mayor visits the harbour

KELBY, 9 June 2025 - Mayor Ines Vos toured the new harbour wall on Monday with two engineers from Brennan Marine, the builder. Harbour master Tom Reyes said the wall would open in July.`,
  });

  it('answers "With whom?" with the phrase "with" governs in the previous answer', () => {
    const first = ask('What did Mayor Ines Vos tour on Monday?');
    const response = ask([
      { role: 'user', content: 'What did Mayor Ines Vos tour on Monday?' },
      { role: 'assistant', content: first.answer },
      { role: 'user', content: 'With whom?' },
    ]);
    expect(response.answer).toMatch(/^two engineers from Brennan Marine \[1\]/u);
  });
});

describe('an amount asked ("how much compensation")', () => {
  const articles = {
    '001_claims.txt': `Farmers wait for wolf payouts

KELLAN, 9 November 2023 - Farmers' leader Duncan Reid said 61 sheep had been killed outside the park since January, and that compensation claims now took four months to be paid. The trust bought 14 acres of grazing land for £30,000 to move flocks away from the forest.`,
  };

  it('is not answered by a figure counting other things ("61 sheep")', async () => {
    const response = await withWordNet(articles, (corpus) =>
      corpus.ask('How much compensation was paid?'),
    );
    expect(response.answer).not.toMatch(/^61\b/u);
  });

  it('is answered by a figure before a unit of measure ("14 acres")', async () => {
    const response = await withWordNet(articles, (corpus) =>
      corpus.ask('How much grazing land did the trust buy?'),
    );
    expect(response.answer).toMatch(/^14 acres \[1\]/u);
  });
});

describe('a person whose apposition gives another role than asked', () => {
  const articles = {
    '001_release.txt': `Wolves return to the hills

KELLAN, 14 March 2021 - Eight grey wolves were released into the park on Friday. "This is the most important day in the history of this park," said Dr Mairi Fenton, the trust's chief ecologist, who has led the project since 2016. The farmers' association opposed the release. "They have let predators loose," said Duncan Reid, the association's chairman.`,
  };

  it('is no answer ("the trust\'s chief ecologist" for "who is the park\'s director?")', async () => {
    const response = await withWordNet(articles, (corpus) =>
      corpus.ask("Who is the park's director?"),
    );
    expect(response.answer).not.toMatch(/Mairi Fenton \[1\]/u);
  });

  it('is one when WordNet names the role asked in the apposition ("chairman", a kind of "leader")', async () => {
    const response = await withWordNet(articles, (corpus) =>
      corpus.ask("Who is the leader of the farmers' association?"),
    );
    expect(response.answer).toMatch(/^Duncan Reid \[1\]/u);
  });
});

describe('a doer named by role', () => {
  const articles = {
    '001_leave.md': `# Annual leave policy

Leave must be requested through the HR portal at least two weeks in advance. Your line manager approves or declines each request within five working days. Employees may work from abroad for up to 20 working days a year, provided they tell HR in advance and the country is on the approved list.`,
  };

  it('answers "who" asking the doer when the sentence names no one but a role', async () => {
    const response = await withWordNet(articles, (corpus) => corpus.ask('Who approves my leave?'));
    expect(response.answer).toMatch(/^Your line manager \[1\]/u);
  });

  it('does not answer "what was the name of…" with a role', async () => {
    const response = await withWordNet(articles, (corpus) =>
      corpus.ask('What is the name of the person who approves leave requests?'),
    );
    expect(response.answer).not.toMatch(/^Your line manager/u);
  });
});

describe('a count whose noun a participle modifies ("20 working days")', () => {
  const ask = askerFor({
    '001_remote.md': `# Hybrid working policy

Employees may work from abroad for up to 20 working days a year, provided they tell HR in advance.`,
  });

  it('counts the noun after the participle', () => {
    expect(ask('How many days can I work from abroad?').answer).toMatch(/20 working days \[1\]/u);
  });
});

describe('a length asked', () => {
  const ask = askerFor({
    '001_trade.txt': `Leaders agree trade link

TEHRAN, 22 April 2019 - Rouhani said plans were in the works to link the two countries new deepwater ports of Gwadar and Charbahar by rail. The new bridge at Kessock is 1.8 kilometres long.`,
  });

  it('is not a noun a figure counts before another adjective ("the two countries new ports")', () => {
    expect(ask('How long will the railway between Gwadar and Charbahar be?').answer).not.toMatch(
      /^two countries/u,
    );
  });

  it('is a figure before a noun an adjective of extent follows ("1.8 kilometres long")', () => {
    expect(ask('How long is the new bridge at Kessock?').answer).toMatch(/^1\.8 kilometres/u);
  });
});

describe("a preposition stranded at the question's end", () => {
  const ask = askerFor({
    '001_zoo.txt': `Zoo welcomes twin pandas

LINFIELD, 4 August 2024 - Two giant panda cubs were born at Linfield Zoo on 3 August, the first pandas born in the country. The mother, Mei Lan, arrived from China in 2019 on a ten-year loan.`,
  });

  it('prefers the name that preposition governs in the sentence ("come from?" — "from China")', () => {
    expect(ask('Where did the panda mother come from?').answer).toMatch(/^China \[1\]/u);
  });
});

describe("the question's own verb, set aside by the search", () => {
  const ask = askerFor({
    '001_wolves.txt': `Wolves return to the hills

KELLAN, 14 March 2021 - The £3.2 million programme is run by the Kellan Rewilding Trust and funded mainly by the Aldbury Foundation, which gave £2.1 million.`,
  });

  it('places the answer near it ("How much did it give?" — "which gave £2.1 million")', () => {
    const first = ask('Who funded the wolf programme?');
    const response = ask([
      { role: 'user', content: 'Who funded the wolf programme?' },
      { role: 'assistant', content: first.answer },
      { role: 'user', content: 'How much did it give?' },
    ]);
    expect(response.answer).toMatch(/^£2\.1 million \[1\]/u);
  });
});

describe('an elliptical follow-up to a count', () => {
  const ask = askerFor({
    '001_leave.md': `# Annual leave policy

Full-time employees receive 25 days of paid annual leave each calendar year, plus public holidays. After five years of service, entitlement rises to 28 days. Requests for more than ten consecutive days also need approval from the head of department.`,
  });

  it('counts the noun the previous question counted ("And after five years?")', () => {
    const first = ask('How many days of leave do I get?');
    const response = ask([
      { role: 'user', content: 'How many days of leave do I get?' },
      { role: 'assistant', content: first.answer },
      { role: 'user', content: 'And after five years?' },
    ]);
    expect(response.answer).toMatch(/^28 days \[1\]/u);
  });
});

describe('the rest of a name whose other words the question gives as common words', () => {
  const ask = askerFor({
    '001_coral.txt': `Heat-tolerant coral found

PERTH, 12 June 2023 - The study, published in the journal Coral Biology, was funded by a grant of A$1.2 million.`,
  });

  it('is no name of its own ("Biology" of "Coral Biology", asked of the coral study)', () => {
    expect(ask('Who led the coral study?').answer).not.toMatch(/^Biology\b/u);
  });
});

describe('a name sharing a word with a name the question gives', () => {
  const ask = askerFor({
    '001_ward.txt': `Children's ward opens

ASHBURY, 9 December 2024 - The Rowan Ward admitted its first patients on Monday. It is named after Rowan Hale, a seven-year-old patient who helped lead the charity appeal.`,
  });

  it('is another name, whole ("Rowan Hale" for "who is Rowan Ward named after?")', () => {
    expect(ask('Who is Rowan Ward named after?').answer).toMatch(/^Rowan Hale \[1\]/u);
  });
});

describe('a figure bounded from the other side than asked', () => {
  const ask = askerFor({
    '001_expenses.md': `# Travel and expenses policy

Claims under £500 are approved by your line manager. Claims of £500 or more also need sign-off from the finance director, currently Priya Shah.`,
  });

  it('does not meet the question\'s figure ("over £500" is not met by "under £500")', () => {
    expect(ask('Who approves expense claims over £500?').answer).not.toMatch(/line manager/u);
  });
});

describe('a follow-up after a turn of no words of its own ("Why?")', () => {
  const ask = askerFor({
    '001_strike.txt': `Nurses walk out

ASHBURY, 18 January 2023 - Around 600 nurses at Ashbury General Hospital went on strike for 48 hours on Tuesday and Wednesday.

Union representatives said some nurses on the surgical wards were caring for twelve patients at night, double the ratio the union considers safe.`,
    '002_inspection.txt': `Inspection summary

ASHBURY, 5 September 2023 - The hospital must report to the Commission every three months until it improves.`,
  });

  it('reads its pronoun through that turn, as the turn itself was read', () => {
    const turns: ChatMessage[] = [];
    for (const question of ['When did the nurses strike?', 'Why?']) {
      turns.push({ role: 'user', content: question });
      turns.push({ role: 'assistant', content: ask([...turns]).answer });
    }
    const response = ask([...turns, { role: 'user', content: 'How long did it last?' }]);
    expect(response.answer).toMatch(/^48 hours \[1\]/u);
  });

  it('counts what a partitive\'s plural pronoun stands for ("How many of them took part?" after "…the nurses…")', () => {
    const first = ask('When did the nurses strike?');
    const response = ask([
      { role: 'user', content: 'When did the nurses strike?' },
      { role: 'assistant', content: first.answer },
      { role: 'user', content: 'How many of them took part?' },
    ]);
    expect(response.answer).toMatch(/^Around 600 nurses \[1\]/u);
  });

  it('gives no "Yes" from a sentence stating the asked words only by the vectors\' closeness ("double" for "again")', () => {
    const response = ask('Did the nurses care for patients again?');
    expect(response.answer).not.toMatch(/^Yes\b/u);
  });
});

describe("a question's clause of time", () => {
  const ask = askerFor({
    '001_hoard.txt': `Hoard goes on show

KESTLEBY, 2 April 2022 - The latest coin in the hoard bought by Aldermoor is a denarius of the emperor Antoninus Pius.`,
    '002_gallery.txt': `Gallery reopens

KESTLEBY, 4 April 2022 - The gallery reopened on Saturday after a year of repairs.

Admission is free, and the Roman room has new cases.`,
  });

  it('dates what is asked: a sentence stating only its words ("the hoard bought") does not answer the main clause', () => {
    const response = ask('Who was running the museum when the coin hoard was bought?');
    expect(response.refused).toBe(true);
  });

  it('takes no English word capitalised only by opening a sentence for a name ("Admission is free")', () => {
    expect(ask('Who made the new cases?').answer).not.toMatch(/^Admission/u);
  });
});

describe('a figure in a relative clause describing another name', () => {
  const ask = askerFor({
    '001_season.txt': `A season of two fires

TALLOWMERE, 30 September 2022 - The Greyfell fire was the season's largest. Final area burned: 1,240 hectares.

The second-biggest was the Bracken Hollow fire on 21 August, which burned 64 hectares.`,
  });

  it('is that name\'s ("which burned 64 hectares" of the Bracken Hollow fire), not the asked one\'s', () => {
    expect(ask('How many hectares did the Greyfell blaze burn?').answer).not.toMatch(/^64/u);
  });
});

describe("a table row's neighbour row", () => {
  const ask = askerFor({
    '001_pledges.md': `# The pledges four years on

| Pledge | What happened |
| --- | --- |
| Restore the Market Square clock | Done, the clock restarted in June 2021 |
| Keep the Market Square toilets open | Closed in October 2020, running costs of £38,000 a year |`,
  });

  it("gives no figure of another row's subject ('£38,000' of the toilets, asked the clock's cost)", () => {
    expect(ask('How much did it cost to restore the Market Square clock?').answer).not.toMatch(
      /^£38,000/u,
    );
  });
});

describe("an FAQ's yes/no question", () => {
  const ask = askerFor({
    '001_faq.md': `# Storm recovery: your questions answered

Has the payment changed?
Yes. Cabinet doubled the hardship payment to £1,000 in February.

Will there be sandbags next time?
We are setting up permanent sandbag stores in three villages. Any household in a flood warning area can ask for up to six bags in advance.

Where is the recovery hub?
The hub is at the village hall, open on weekdays.

Too few sandbags reached the village on the night of the flood, the review found.`,
  });

  it('is answered by the lines after it, which tell how a thing is done ("How can I get sandbags…?")', () => {
    const response = ask('How can I get sandbags before the next flood?');
    expect(response.answer).toContain('can ask for up to six bags in advance');
    expect(response.answer).toContain('permanent sandbag stores');
    expect(response.answer).not.toContain('Too few sandbags reached');
  });
});

describe('a plural opening a sentence', () => {
  const ask = askerFor({
    '001_report.txt': `Quarterly report

DUBLIN, 3 July 2024 - Every message and every webhook was counted.

Webhooks in the US region were delayed on 9 April by a database lock.`,
  });

  it('is no name when the article writes its singular in lower case ("Webhooks…", "a webhook")', () => {
    expect(ask('Who counted every message?').answer).not.toMatch(/^Webhooks/u);
  });
});

describe('a lead-in announcing reasons', () => {
  const ask = askerFor({
    '001_report.md': `# Annual Report 2023–24

For the first time in five years, the number of parcels we gave out went down. It is tempting to call that good news.

We distributed 58,900 food parcels in 2023–24, down 6.5% on the previous year. Three things explain most of the fall:

- the council gave cash vouchers directly to around 2,000 families over the winter;
- from 1 July 2023 each household was limited to six parcels in any six months; and
- we corrected an error in our own counting.`,
  });

  it('gives its items as the reasons asked ("What explains the drop…?")', () => {
    const response = ask('What explains the drop in parcel numbers in 2023-24?');
    expect(response.answer).toContain('cash vouchers');
    expect(response.answer).toContain('limited to six parcels');
  });
});

describe('a label of reasons right after the decision asked about', () => {
  const ask = askerFor({
    '006_decision.md': `# Board decision note: proposed merger

The Chair reported on talks with Riverside Vale Housing Group since the spring.

*Decision:* The board rejects the proposal to merge with Riverside Vale Housing Group.

*Reasons:*
1. Riverside Vale's borrowing of approximately £310m would have increased the debt per home.
2. The expected savings of £1.1m a year were judged modest against one-off costs of £3.4m.
3. A clear majority of tenants who responded were opposed.

*Vote:* 10 in favour of rejection, 1 against.`,
  });

  it('gives its numbered items, however little the label states itself ("*Reasons:*")', () => {
    const response = ask('Why did the board reject the merger with Riverside Vale?');
    expect(response.answer).toContain('£1.1m a year');
    expect(response.answer).toContain('A clear majority of tenants');
  });
});

describe("an interview's yes/no question", () => {
  const ask = askerFor({
    '001_interview.md': `# Interview: the chief executive

How is the trial going?
Recruitment is ahead of plan.

Will you raise more money?
That is the finance director's question now.

When will you report results?
In the third quarter.`,
    '002_note.txt': `Analyst note

LONDON, 3 September 2022 - Lorncroft will need to raise money next year because its cash of £31m lasts only into the third quarter of 2023.`,
  });

  it('answers no why-question: a reason is seldom what follows it', () => {
    const response = ask('Why will they raise more money?');
    expect(response.answer).not.toMatch(/^Will you raise more money\?/u);
    expect(response.answer).toContain('because its cash of £31m');
  });
});

describe('a follow-up whose "his" stands for a person', () => {
  it('is answered only from a sentence that speaks of him, by name or by a pronoun after his name', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_airport.md': `date 2021-05-02 Airport news

Jonah Pereira first proposed the runway extension in 2019 and retired in March 2021. The total cost of the extension is put at €185 million, paid for by the airport's owners.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const analysis = corpus.analyzer.analyze([
      { role: 'user', content: 'Who ran Port Vellan Airport before 2021?' },
      {
        role: 'assistant',
        content: 'Jonah Pereira, who first proposed the runway extension in 2019.',
      },
      { role: 'user', content: 'What was his salary?' },
    ]);
    expect(analysis.referent).toEqual(['jonah', 'pereira']);
    const evidence = corpus.finder.find({
      analysis,
      passages: corpus.chunks.map((chunk) => ({ chunk, score: 1 })),
    });
    const cost = evidence.sentences.find((sentence) => sentence.text.startsWith('The total cost'));
    expect(cost?.unmet).toBe('jonah pereira');
    const named = evidence.sentences.find((sentence) => sentence.text.startsWith('Jonah Pereira'));
    expect(named?.unmet).toBeNull();
  }, 60_000);
});

describe('who attended a meeting', () => {
  it('is answered from the minutes\' "Present:" line (WordNet: to attend is to be present at)', async () => {
    const articles = {
      '003.md': ` date 2018-10-22 Drought cuts grain co-op intake as new chair takes over
The Thornvale Farmers' Grain Co-operative took in just 44,100 tonnes from this summer's harvest, down by more than 8,000 tonnes on last year's record, after the long dry spell from May to July shrivelled crops across the valley.

Yields of winter wheat on lighter soils were down by as much as a quarter, the co-operative said. Spring barley, sown into dry seedbeds, suffered worst. Only about 5,200 tonnes met the malting standards for the first year of the new contract with Ouseley Maltings, well short of the 8,000 tonnes the maltster had been willing to take.

There was some consolation in prices. Because the drought hit much of northern Europe, feed wheat prices rose sharply through the summer, and the co-op expects this year's pool to pay around £165 a tonne, against £138 for the 2017 crop. "It's the old story," said one member. "When you've got a crop, nobody wants it. When you haven't, everybody does."

The dry weather also had an upside at the store. Grain came in at an average moisture of 13.8%, so the ageing drier was barely needed, and there were no queues at the weighbridge for the first time in years.

The co-operative also has a new chair. Marian Coyle, who runs a 650-acre arable and sheep farm at Wyke Cross with her brother, was elected at a board meeting last week. She is the first woman to chair the co-op in its 39-year history. She succeeds Robert Ellery, who stepped down after eight years to hand his farm over to his son.

Mrs Coyle said her first priority would be replacing the drier. "We cannot go into another wet harvest with a machine from 1987," she said. "We have the plans, we have a quote, and now we need to find the money."

The board has obtained a quote of about £640,000 for a new continuous-flow drier able to handle 40 tonnes an hour, twice the capacity of the current one. It has applied for a grant from the government's Rural Productivity Fund and will put a financing plan to members at the AGM in December.

Mr Ellery said he was leaving the co-op "in good hands". "Marian asks awkward questions in meetings," he said. "That's exactly what a chair should do."

Membership stands at 89 farms.`,
      '005.md': ` date 2020-11-16 Board minutes, 12 November 2020
THORNVALE FARMERS' GRAIN CO-OPERATIVE
Minutes of the board meeting held at Hatchley store office, Thursday 12 November 2020

Present: Marian Coyle (Chair, MC), Owain Prothero (Vice-chair, OP), Sandra Kilby (Treasurer, SK), David Fenner (DF), Ruth Agbaje (RA), Keith Dunmore (Store Manager, KD), Tessa Wilde (Office Manager)

1. Harvest 2020. KD reported total intake of 39,700 tonnes, the lowest since 2012. The very wet autumn of 2019 meant that many members could not drill winter wheat, and the spring crops that replaced it yielded poorly in the dry spring. By contrast, 2019 had been a record year, with 55,800 tonnes taken in; the new drier had run for 61 days without a breakdown.

2. Quality. Forty-three loads were tested for mycotoxins this harvest, mainly from wheat that lodged in the June storms. Six were above the limit for food use and were sold for animal feed at a discount. RA asked whether members had been told in good time. KD said all six had been informed within 48 hours.

3. Pool prices. SK reported that the 2019 feed wheat pool had closed at £142 a tonne. The 2020 pool is trading well because of the small UK crop; SK forecast a final price of around £170. The second advance payment, at £120 a tonne, will be made on 30 November.

4. Store manager. KD confirmed that he will retire on 31 December after 23 years. The board thanked him warmly. MC proposed that Hollie Sandford, deputy store manager since 2017, be appointed store manager from 1 January 2021. Agreed unanimously. A farewell lunch will be held in January, Covid rules permitting.

5. Ouseley Maltings. OP reported that Ouseley has offered to renew the malting barley contract for five years from 2021, with the premium rising from £22 to £25 a tonne. The board agreed to recommend acceptance to members.

6. AGM. Owing to Covid restrictions, the AGM on 10 December will be held online. Members without internet access may vote by post. SK to send papers by 26 November. There will be no supper this year; MC noted that "the crumble will be missed more than the accounts".

7. Second store. DF reported that the board's working group has identified a possible site for a second store at Pellingham, on land owned by member Geraint Howell, which would add up to 20,000 tonnes of capacity. In the 2019 harvest, about 9,000 tonnes had to be moved straight off farm because Hatchley was full. Working group to report in March.

8. Membership. TW reported 98 members. Three new applications have been received, all from farms in the Lower Thorn area.

9. AOB. MC reported that she intends to stand down as chair at the 2022 AGM, having served four years, and asked members of the board to consider whether they would stand.

Next meeting: 14 January 2021.`,
    };
    // Words weighed by their specificity in these articles, as the server weighs them.
    const senses = openWordNet();
    const lexicon = await (packagedVectors ??= loadPackagedWordVectors());
    const answer = createExtractiveCorpus(articles, { lexicon, senses, specificity: 'corpus' }).ask(
      'Who attended the board meeting in November 2020?',
    );
    senses.close();
    expect(answer.refused).toBe(false);
    expect(answer.answer.split('\n')[0]).toContain('Marian Coyle');
    expect(answer.answer.split('\n')[0]).toContain('Tessa Wilde');
  }, 60_000);
});
