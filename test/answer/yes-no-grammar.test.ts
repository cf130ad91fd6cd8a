/**
 * A "Yes" by English grammar: a passive sentence's subject is what the verb is done to, not
 * another doer, and when the sentence names the asked thing apart from it, the verb is done to
 * another thing; a particle that ends the question ("Is the freeze over?") must be stated; the sentence judged states the asked event as a verb.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import type { WordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { ceasedAsSubject } from '../../src/answer/analyze/negation-scope.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';

let lexicon: WordVectors;
beforeAll(async () => {
  lexicon = await loadPackagedWordVectors();
});

describe('a passive sentence', () => {
  it('says "Yes" to the active question ("Can I carry over unused leave?")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_leave.md': `# Annual leave policy

## Carrying over

Up to five unused days may be carried over into the next year. Carried-over days must be used by 31 March.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Can I carry over unused leave?');
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);

  it('gives no "Yes" when it is done to another thing than the one the question names', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_inspection.md': `# Inspection summary: Ashbury General Hospital

Staff were caring and patients spoke highly of them. The maternity unit was rated Outstanding, the only part of the hospital to receive that rating.`,
      },
      { lexicon },
    );
    const other = await corpus.ask('Was the hospital rated Outstanding?');
    expect(other.answer).not.toMatch(/^Yes\b/u);
    expect(other.refused).toBe(false);
    const same = await corpus.ask('Was the maternity unit rated Outstanding?');
    expect(same.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);
});

describe('a particle ending the question', () => {
  it('gives no "Yes" from a sentence that states the rest but not it', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_interview.md': `# An interview with Mara Lindqvist

We asked her about the hiring freeze and the new office in Lisbon. The office opens in September.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Is the hiring freeze over?');
    expect(response.answer).not.toMatch(/^Yes\b/u);
    expect(response.refused).toBe(false);
  }, 60_000);

  it('still says "Yes" from a sentence stating it ("called off")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_match.txt': `Storm hits fixtures

The match against Dunmore was called off on Saturday because the pitch was frozen.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Was the match against Dunmore called off?');
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);
});

describe('the sentence judged', () => {
  it('is one stating the asked event as a verb, not one naming it by a noun ("director")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_films.txt': `Studio shake-up

LOS ANGELES, 3 March 2025 - The studio's chief said on Monday that Quill will not direct Saltwind. Original director Mara Quill left Saltwind to make the Lantern film, and Ivo Brandt took over.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Did Mara Quill direct Saltwind?');
    expect(response.answer).toMatch(/^No \[1\]/u);
  }, 60_000);
});

describe('a negated synonym', () => {
  it('of an asked noun says "No" ("without supporters" for "were fans there?")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_match.txt': `Harbour 2 Quayside 1

HARBOURTON, 14 February 2021 - Harbour beat Quayside 2-1 at the Riverside Ground on Sunday. The game was played behind closed doors, the fifth home match Harbour have staged without supporters this season.`,
      },
      { lexicon },
    );
    const response = await corpus.ask(
      'Were fans in the ground for the Harbour v Quayside match in February 2021?',
    );
    expect(response.answer).toMatch(/^No \[1\]/u);
  }, 60_000);

  it('of an asked verb says nothing (the vectors put opposites close: "stop" for "keep"), nor two negations', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_handheld.txt': `Tessel cuts the price of the Orbit Lite

SAN JOSE, 2 June 2025 - Tessel will launch the Orbit 2 in the autumn. Its chief executive said the company has no plans to stop selling the Orbit Lite in its shops after the Orbit 2 comes out.`,
      },
      { lexicon },
    );
    const response = await corpus.ask(
      'Will Tessel keep selling the Orbit Lite in its shops after the Orbit 2 comes out?',
    );
    expect(response.answer).not.toMatch(/^No\b/u);
  }, 60_000);
});

describe("a negation's reach", () => {
  const ask = async (text: string, question: string) =>
    createExtractiveCorpus({ '001_story.txt': text }, { lexicon }).ask(question);

  it('starts at a negative pronoun: "Nobody on my team will lose their job" says no job was lost', async () => {
    const response = await ask(
      `Hotel to close for refurbishment

PORTHAVEN, 14 March 2018 - The Bellweather will close from October for six months. "Nobody on my team will lose their job," the general manager said.`,
      'Did any Bellweather staff lose their jobs during the closure?',
    );
    expect(response.answer).toMatch(/^No \[1\]/u);
  }, 60_000);

  it('denies a noun through the verb it is the object of: "hoped nobody would exploit an accident" says nothing of the accident asked', async () => {
    const response = await ask(
      `Runway extension row at Port Vellan

VELLAN BAY, 3 May 2023 - The runway at Port Vellan is 1,800 metres long. Colm Strand, who opposes the extension, said he hoped nobody would "exploit an accident to sell a construction project before the investigators have said a word".`,
      "Did the accident investigators conclude that Port Vellan's runway was too short?",
    );
    expect(response.answer).not.toMatch(/^No\b/u);
  }, 60_000);

  it('denies a noun through a verb the question asks in other words ("nobody would disclose its valuation" for "reveal")', async () => {
    const response = await ask(
      `Fernlight raises Series A

BRISTOL, 18 February 2020 - Fernlight Labs has raised $9.5 million in a Series A round. Nobody at the company would disclose its valuation.`,
      'Did Fernlight reveal its valuation when it raised the Series A?',
    );
    expect(response.answer).toMatch(/^No \[1\]/u);
  }, 60_000);

  it('ends at a subordinating conjunction: "no word on prices when it launched" does not deny the launch', async () => {
    const response = await ask(
      `Orbit 2 arrives

SAN JOSE, 2 October 2025 - Tessel gave no word on prices when the Orbit 2 launched in Europe.`,
      'Did the Orbit 2 launch in Europe?',
    );
    expect(response.answer).not.toMatch(/^No\b/u);
  }, 60_000);

  it('is turned by a verb of ceasing: "stopped selling" denies "still selling"', async () => {
    const response = await ask(
      `Orbit Lite withdrawn

SAN JOSE, 2 October 2025 - Tessel stopped selling the Orbit Lite in its shops on Monday.`,
      'Is Tessel selling the Orbit Lite in its shops?',
    );
    expect(response.answer).toMatch(/^No \[1\]/u);
  }, 60_000);

  it('is turned by a verb of calling off its noun phrase: "cancel this summer\'s free concert" denies it happened', async () => {
    const response = await ask(
      `Orchestra cuts back

HALVERGATE, 2 March 2023 - The orchestra is to cancel this summer's free concert in Riverside Park after the city council confirmed a 35% cut to its grant.`,
      'Did the free Riverside Park concert happen in summer 2023?',
    );
    expect(response.answer).toMatch(/^No \[1\]/u);
  }, 60_000);

  it('is turned by a verb of ceasing over its whole clause: "stop offering A-level German to new students"', async () => {
    const response = await ask(
      `School cuts courses

ELLESBY, 20 January 2023 - Under its recovery plan Hartmoor Community School will stop offering A-level music and A-level German to new students from September 2023.`,
      'Can new students still take A-level German at Hartmoor?',
    );
    expect(response.answer).toMatch(/^No \[1\]/u);
  }, 60_000);

  it('takes no figure of another kind for a contradiction ("a 100% discount" against "the £500 payment")', async () => {
    const response = await ask(
      `Storm help extended

WENVALE, 9 February 2023 - Households who have had to leave their homes after the storm will now get a 100% council tax discount for up to six months, extended from three months.`,
      'Was the £500 per-household storm payment ever increased?',
    );
    expect(response.answer).not.toMatch(/^No\b/u);
  }, 60_000);

  it('ends at "whether": "did not know whether the patients had been receiving the drug" denies nothing of them', async () => {
    const response = await ask(
      `Trial put on hold

DUNDEE, 9 April 2024 - Lorncroft said 418 patients had been randomised into TIDEWAY, and that it did not know whether the two patients with liver injury had been receiving the drug or placebo, because the trial remains blinded.`,
      'Were the two TIDEWAY patients with liver injury receiving the drug?',
    );
    expect(response.answer).not.toMatch(/^No\b/u);
  }, 60_000);

  it('ends at a relative clause: "prevent the activities that upset security at the border" denies nothing of the border', async () => {
    const response = await ask(
      `Border talks

QUETTA, 2 October 2025 - He called for closer military ties with Iran to maintain border security and prevent the activities that upset security at the border areas.`,
      'Did Iran win the border dispute?',
    );
    expect(response.answer).not.toMatch(/^No\b/u);
  }, 60_000);

  it('does not make a negated name a "No": the verdict is the asked verb\'s', async () => {
    const response = await ask(
      `Harbour plan praised

HARBOURTON, 2 October 2025 - Mayor Ana Ruiz, who had never met Lund before the vote, praised Lund's harbour plan on Monday.`,
      "Did Mayor Ana Ruiz praise Lund's harbour plan?",
    );
    expect(response.answer).not.toMatch(/^No\b/u);
  }, 60_000);
});

describe('a pronoun for a name an earlier turn gave', () => {
  it('makes that name the subject asked of ("Did she also vote against…?")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '031_school.md': `# Marlow Primary to close after board vote

*Portwick Courier — 24 June 2021*

Marlow Primary School will close next summer, the school board decided on Wednesday. Trustees voted 5-2 to merge the school with Harrow Lane Primary. Trustees Ben Marsh and Ana Lind voted against.`,
        '032_phones.txt': `Board bans phones

PORTWICK, 9 March 2023 - The school board voted 6-1 to ban phones from classrooms. Trustee Ana Lind cast the only vote against.`,
      },
      { lexicon },
    );
    const answer = corpus.ask([
      { role: 'user', content: 'What did the school board decide about phones?' },
      { role: 'assistant', content: 'It voted 6-1 to ban phones from classrooms.' },
      { role: 'user', content: 'who was the only trustee against' },
      { role: 'assistant', content: 'Trustee Ana Lind cast the only vote against.' },
      { role: 'user', content: 'Did she also vote against closing Marlow Primary?' },
    ]).answer;
    expect(answer).toMatch(/^Yes \[1\]/u);
  });
});

describe("the opposite verb (WordNet's antonym)", () => {
  const articles = {
    '001_railway.md': `# When the railway came

The barge owners, who had carried goods on the river for sixty years, petitioned Parliament against the line in 1844 and lost. Within five years most of the barges had stopped working.`,
  };

  it('says "No" when the sentence states the opposite of the asked verb ("lost" for "win")', () => {
    const senses = openWordNet();
    try {
      const corpus = createExtractiveCorpus(articles, { lexicon, senses });
      const response = corpus.ask('Did the barge owners win their petition?');
      expect(response.answer).toMatch(/^No \[1\]/u);
      // Nor does the opposite negated ("did not lose") say no.
      const negated = createExtractiveCorpus(
        { '001_railway.md': articles['001_railway.md'].replace('and lost', 'and did not lose') },
        { lexicon, senses },
      ).ask('Did the barge owners win their petition?');
      expect(negated.answer).not.toMatch(/^No\b/u);
      // Nor one another name did ("Graham Hollis lost", asked whether the owners won).
      const other = createExtractiveCorpus(
        {
          '001_railway.md': articles['001_railway.md'].replace(
            'and lost',
            'and Graham Hollis lost',
          ),
        },
        { lexicon, senses },
      ).ask('Did the barge owners win their petition?');
      expect(other.answer).not.toMatch(/^No\b/u);
      // Nor one only planned or possible ("vowed to lose no more", "would lose").
      for (const unasserted of ['and vowed to lose', 'and would lose']) {
        const response = createExtractiveCorpus(
          { '001_railway.md': articles['001_railway.md'].replace('and lost', unasserted) },
          { lexicon, senses },
        ).ask('Did the barge owners win their petition?');
        expect(response.answer).not.toMatch(/^No\b/u);
      }
    } finally {
      senses.close();
    }
  }, 60_000);
});

describe('a stance "against" the thing asked', () => {
  const articles = {
    '001_fence.md': `# Council rejects fence plan

*Valley News — 9 November 2023*

Highland Council has turned down a plan for a fence along the northern edge of the park. Councillors voted 11 to 6 against the fence on Wednesday. Officers had advised that it would cost about £1.8 million.`,
  };

  it('says "No" to a question taking no stance ("approve") when the sentence votes against it', async () => {
    const corpus = createExtractiveCorpus(articles, { lexicon });
    const response = await corpus.ask('Did the council approve the fence?');
    expect(response.answer).toMatch(/^No \[1\]/u);
  }, 60_000);

  it('reads the stance past figures between the verb and "against" ("voted 11 to 6 against")', async () => {
    const corpus = createExtractiveCorpus(articles, { lexicon });
    expect((await corpus.ask('Did councillors vote for the fence?')).answer).toMatch(/^No \[1\]/u);
    expect((await corpus.ask('Did councillors vote against the fence?')).answer).toMatch(
      /^Yes \[1\]/u,
    );
  }, 60_000);
});

describe('an adverb of several words in the question ("on time")', () => {
  it('gives no "Yes" from a sentence that does not write it', async () => {
    const senses = openWordNet();
    try {
      const corpus = createExtractiveCorpus(
        {
          '001_bridge.txt': `New bridge opens to traffic

ARDEN, 3 May 2024 - The Kessock Narrows bridge opened to traffic on Friday, two years late and £90 million over budget.`,
        },
        { lexicon, senses },
      );
      const response = await corpus.ask('Did the bridge open on time?');
      expect(response.answer).not.toMatch(/^Yes\b/u);
    } finally {
      senses.close();
    }
  }, 60_000);
});

describe('a noun carried by a light verb', () => {
  const strike = `Nurses walk out

Around 600 nurses at Ashbury General Hospital went on strike for 48 hours on Tuesday, the first strike in the hospital's history. Doctors at the hospital did not go on strike.`;

  it('states its event as the verb would ("went on strike" for "did they strike?")', async () => {
    const corpus = createExtractiveCorpus({ '001_strike.txt': strike }, { lexicon });
    const response = await corpus.ask('Did the nurses strike?');
    expect(response.answer).toMatch(/^Yes \[1\]/u);
    const negated = await corpus.ask('Did the doctors strike?');
    expect(negated.answer).toMatch(/^No \[1\]/u);
  }, 60_000);

  it('with the subject before a prepositional phrase ("nurses at Ashbury General Hospital went")', async () => {
    const corpus = createExtractiveCorpus({ '001_strike.txt': strike }, { lexicon });
    const response = await corpus.ask('Did the nurses go on strike?');
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);
});

describe('a verb only near the asked one in meaning', () => {
  it('gives no "Yes" ("charged" is near "convicted" but states no conviction)', () => {
    const senses = openWordNet();
    try {
      const corpus = createExtractiveCorpus(
        {
          '001_charged.txt': `Former treasurer charged

KERROW, 3 May 2021 - The former treasurer of Kerrow Town Council, Neil Ashcombe, has been charged with fraud after an audit found that £312,000 was missing.`,
        },
        { lexicon, senses },
      );
      expect(corpus.ask('Was Ashcombe convicted?').answer).not.toMatch(/^Yes\b/u);
      expect(corpus.ask('Was Ashcombe charged with fraud?').answer).toMatch(/^Yes \[1\]/u);
    } finally {
      senses.close();
    }
  });
});

describe("a verb the article's title states", () => {
  it('is stated for its sentences ("…Agree to Appoint Officers" for "have decided to station officers")', () => {
    const senses = openWordNet();
    try {
      const corpus = createExtractiveCorpus(
        {
          '004_officers.txt': `Balochistan: Iran and Pakistan Agree to Appoint High-Ranking Officers at Border

ISLAMABAD, 4 May 2022 - Pakistan and Iran have decided to station Colonel-rank officers at the Goldsmith Line, the border that divides Balochistan between Iran and Pakistan.`,
        },
        { lexicon, senses },
      );
      expect(
        corpus.ask('Did Pakistan and Iran agree to station officers at the border?').answer,
      ).toMatch(/^Yes \[1\]/u);
    } finally {
      senses.close();
    }
  });
});

describe('a passive question without its doer', () => {
  it('says "Yes" from an active sentence whatever its subject ("A jury… found Neil Ashcombe guilty")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_verdict.txt': `Ashcombe guilty

HALBURY, 11 March 2022 - A jury at Halbury Crown Court found Neil Ashcombe guilty of fraud on Thursday, after deliberating for nine hours.`,
      },
      { lexicon },
    );
    expect((await corpus.ask('Was Neil Ashcombe found guilty of fraud?')).answer).toMatch(
      /^Yes \[1\]/u,
    );
    // Asked of its doer, another subject is no "Yes".
    expect((await corpus.ask('Was Neil Ashcombe found guilty by the judge?')).answer).not.toMatch(
      /^Yes\b/u,
    );
  }, 60_000);
});

describe('opening hours', () => {
  const guide = {
    '002_museum.md': `# Esk Valley Museum

*Dunmore Heritage Trust — visitor guide, updated March 2025*

The museum is open Tuesday to Saturday, 10am to 5pm, and on Sundays from noon. It is closed on Mondays.`,
    '001_castle.md': `# Visiting Dunmore Castle

*Dunmore Heritage Trust — visitor guide, updated March 2025*

From April to October the castle is open every day from 9.30am to 5.30pm. The castle is closed on 25 and 26 December.`,
  };

  it('says "No" from a participle after "be" that is the asked adjective\'s opposite ("closed" for "open")', () => {
    const senses = openWordNet();
    try {
      const corpus = createExtractiveCorpus(guide, { lexicon, senses });
      expect(corpus.ask('Is the museum open on Mondays?').answer).toMatch(/^No \[1\]/u);
    } finally {
      senses.close();
    }
  });

  it('answers "what time…" on a day of the week with the time that day, not with days', () => {
    const corpus = createExtractiveCorpus(guide, { lexicon });
    expect(corpus.ask('What time does the museum open on Sunday?').answer).toMatch(/^noon \[1\]/u);
  });

  it('gives no "Yes" leaving out a day named for what happens on it ("Christmas Day")', () => {
    const senses = openWordNet();
    try {
      const corpus = createExtractiveCorpus(guide, { lexicon, senses });
      expect(corpus.ask('Is the castle open on Christmas Day?').answer).not.toMatch(/^Yes\b/u);
    } finally {
      senses.close();
    }
  });
});

describe('a counterfactual', () => {
  it('gives no "No" from what would not have been ("it wouldn\'t have hurt")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_burns.txt': `Burning program falls short

TALLOWMERE, 12 September 2023 - Crews burned 900 of the planned 2,500 hectares before the fire season. More burning along the creek? I can tell you it wouldn't have hurt the firefighters' chances.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Did the burning hurt the firefighters?');
    expect(response.answer).not.toMatch(/^No\b/u);
  }, 60_000);
});

describe('a verb of ceasing before another verb', () => {
  it('denies that verb\'s object only with it ("stopped the company from enrolling new patients")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_hold.txt': `Trial halted

DUNDEE, 12 May 2023 - The regulator stopped the company from enrolling new patients in its trial of LTX-217 after two cases of liver injury.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Were the patients with liver injury taking LTX-217?');
    expect(response.answer).not.toMatch(/^No\b/u);
  }, 60_000);
});

describe('an adverb in the question’s verb group', () => {
  const inn = `Hotel trading update

KERROW, 3 April 2024 - At Gull's Rest Inn, Priya Raman is still in charge, and the inn got its food hygiene rating back to five last summer. Bar sales fell slightly in the winter.`;

  it('need not be stated for a "Yes": "ever", "actually" ask whether at all', async () => {
    const corpus = createExtractiveCorpus({ '001_update.txt': inn }, { lexicon });
    const response = await corpus.ask(
      "Did Gull's Rest Inn ever get back to a hygiene rating of five?",
    );
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);

  it('after the verb is its manner, which a "Yes" must state ("fall sharply" is not "fell slightly")', async () => {
    const corpus = createExtractiveCorpus({ '001_update.txt': inn }, { lexicon });
    const response = await corpus.ask('Did bar sales fall sharply in the winter?');
    expect(response.answer).not.toMatch(/^Yes\b/u);
  }, 60_000);
});

describe('a negation the question shares, and one in its clause of time', () => {
  it('gives no "No" for what the question negates too ("reached without industrial action")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_pay.md': `# Yard pay deal agreed

The two-year pay deal was reached in December after talks with the union. It was reached by agreement in a ballot of members, without any industrial action.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Was the pay deal reached without industrial action?');
    expect(response.answer).not.toMatch(/^No\b/u);
  }, 60_000);

  it('gives no "No" when only the clause of time\'s verb is negated ("when the shop closed")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_shop.md': `# Looking back on Dunmore

Nobody could have foreseen that the department store next door would close eighteen months after we arrived, and the Dunmore shop closed in March.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Did anyone lose their job when the Dunmore shop closed?');
    expect(response.answer).not.toMatch(/^No\b/u);
  }, 60_000);
});

describe('the thing asked of, the subject of a passive verb of ceasing', () => {
  it('says "No": it was called off ("…a performance planned for the Fish Market was abandoned")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_tour.md': `# The choir's Bergen tour

It rained on four of the five days, and an outdoor performance planned for the Fish Market on the Saturday morning was abandoned.`,
      },
      { lexicon },
    );
    const response = await corpus.ask(
      "Did the choir's outdoor performance at the Fish Market go ahead?",
    );
    expect(response.answer).toMatch(/^No \[1\]/u);
  }, 60_000);

  /** Whether `word` of `text` is the subject of a passive verb of ceasing. */
  const ceasedIn = (text: string, word: string) => {
    const { tokens } = createTextParser().parse(text);
    return (
      ceasedAsSubject(
        tokens,
        tokens.findIndex((token) => token.normal === word),
      ) >= 0
    );
  };

  it('reads "had to be", a long aside and an adjective heading its phrase', () => {
    const at = ceasedIn;
    expect(
      at(
        'Our summer residential in Whitby, planned for August, had to be cancelled.',
        'residential',
      ),
    ).toBe(true);
    expect(
      at(
        "The £24,000 bid to the county council's Youth Investment Fund, submitted in October for the girls' project, had been rejected.",
        'bid',
      ),
    ).toBe(true);
    // An adjective before its noun is not the subject: the noun is.
    expect(at('The summer residential trip was cancelled.', 'residential')).toBe(false);
  });

  it('reads past a phrase between commas, not into another clause', () => {
    const at = ceasedIn;
    expect(at('The 2020 race, planned for 17 May, was cancelled in March.', 'race')).toBe(true);
    expect(at('The race went ahead, but the party was cancelled.', 'race')).toBe(false);
    expect(at('The race was postponed to June.', 'race')).toBe(false);
  });

  it('reads a perfect passive and past a clause between commas', () => {
    const at = ceasedIn;
    expect(at("Sadly, this year's fell race has been cancelled.", 'race')).toBe(true);
    expect(at('The fell race has also been cancelled.', 'race')).toBe(true);
    expect(
      at('The festival, which was due to take place on 11 July, has been cancelled.', 'festival'),
    ).toBe(true);
    expect(at('The fell race has cancelled its entry fee.', 'race')).toBe(false);
  });

  it('says "No" of a name called off ("the Tollbridge Ceramics Festival … has been cancelled")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_news.md': ` date 2020-05-02 Studio news

The bad news: the Tollbridge Ceramics Festival, which was due to take place on 11–12 July, has been cancelled.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Did the 2020 Tollbridge Ceramics Festival go ahead?');
    expect(response.answer).toMatch(/^No \[1\]/u);
    // A name whose possession is called off is not: "Kevin Dray's contract was cancelled".
    const contract = createExtractiveCorpus(
      {
        '001_news.md': ` date 2020-05-02 Station news

Kevin Dray's contract was cancelled in May.`,
      },
      { lexicon },
    );
    expect((await contract.ask('Did Kevin Dray present the show in 2020?')).answer).not.toMatch(
      /^No\b/u,
    );
  }, 60_000);
});

describe('a thing called off', () => {
  it('says "No" to whether it happened and "Yes" to whether it was called off', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_news.md': ` date 2020-09-02 Club news

The club had a busy year. Sadly our summer residential in Whitby, planned for August, had to be cancelled.`,
      },
      { lexicon },
    );
    expect((await corpus.ask('Did the summer residential happen?')).answer).toMatch(/^No \[1\]/u);
    expect((await corpus.ask('Did the Whitby residential go ahead?')).answer).toMatch(/^No \[1\]/u);
    // Asked of the calling off itself, the sentence says yes.
    expect((await corpus.ask('Was the Whitby residential cancelled?')).answer).toMatch(
      /^Yes \[1\]/u,
    );
  }, 60_000);
});

describe('a state opposite to the asked verb', () => {
  it('says "No" when a linking verb states it ("shut?" — "will remain open")', async () => {
    const senses = openWordNet();
    try {
      const corpus = createExtractiveCorpus(
        {
          '001_runway.md': `# Runway resurfacing to start in March

Because the work will take place overnight, the airport will remain open for scheduled daytime flights throughout the programme.`,
        },
        { lexicon, senses },
      );
      const response = await corpus.ask(
        'Did the airport have to shut to daytime flights during the resurfacing?',
      );
      expect(response.answer).toMatch(/^No \[1\]/u);
    } finally {
      senses.close();
    }
  }, 60_000);
});

describe('an opposite verb, by either way of antonymy', () => {
  it('says "No" to holding on to a cup the sentence says was lost ("lose": "keep"; "hold": "keep")', async () => {
    const senses = openWordNet();
    try {
      const corpus = createExtractiveCorpus(
        {
          '001_bucs.md': ` date 2017-03-20 Bronze for the team racers

The bronze made up for a disappointing February, when Ravensmere lost the Gannet Cup to Holbrook University by two matches to one.

"Losing the Gannet Cup still stings," Brandt admitted. "Holbrook sailed really well on the day."`,
        },
        { lexicon, senses },
      );
      const response = await corpus.ask('Did Ravensmere hold on to the Gannet Cup in 2017?');
      expect(response.answer).toMatch(/^No \[1\]/u);
    } finally {
      senses.close();
    }
  }, 60_000);
});

describe('a negation inside a relative clause', () => {
  it('after a pronoun, neither denies nor affirms what the sentence asserts ("those of you who haven\'t seen…")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_lights.md': ` date 2017-11-02 Lights out

The council LED replacement programme reached Little Kersey last week. For those of you who have not seen the new lights yet: they are much brighter than the old orange sodium lamps they replaced.`,
        '002_charges.md': ` date 2019-01-03 Parking charges

Residents were sent a reminder in March. Those who did not pay the charge were fined £50.`,
      },
      { lexicon },
    );
    const lamps = await corpus.ask(
      'Did the council agree to replace the bluish lamps already put up in Little Kersey?',
    );
    expect(lamps.answer).not.toMatch(/^(Yes|No)\b/u);
    expect(lamps.refused).toBe(false);
    // Those who did not pay are fined: whether residents paid is neither yes nor no.
    const paid = await corpus.ask('Did residents pay the charge?');
    expect(paid.answer).not.toMatch(/^(Yes|No)\b/u);
    expect(paid.refused).toBe(false);
  }, 60_000);
});

describe('a gerund after a determiner or a preposition', () => {
  it('names the event without asserting it: no "Yes"', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_hall.md': `date 2021-04-18 The hall renovation

The work is expected to take about eighteen months, with reopening planned for June 2023. The director was already planning a programme for the reopening.`,
      },
      { lexicon },
    );
    const response = await corpus.ask('Did the hall reopen in June 2023 as first planned?');
    expect(response.answer).not.toMatch(/^Yes\b/u);
  }, 60_000);
});

describe("a negative prefix's adjective", () => {
  it('says "No" of the noun it modifies only, not of another the question asks', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_wines.md': `date 2019-04-01 Our wines

Key wines: Classic Cuvée (non-vintage sparkling), Long Meadow Reserve (vintage sparkling), Bacchus.`,
      },
      { lexicon },
    );
    const other = await corpus.ask('Is the Long Meadow Reserve a vintage wine?');
    expect(other.answer).not.toMatch(/^No\b/u);
    const same = await corpus.ask('Is the Classic Cuvée a vintage wine?');
    expect(same.answer).toMatch(/^No\b/u);
  }, 60_000);

  it("modifies a compound's head, its last noun ('a non-contact fitness class')", async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_gym.md': `date 2018-01-10 New classes at the gym

The club has started a non-contact fitness class, Boxfit, open to adults of all ages.`,
      },
      { lexicon },
    );
    expect((await corpus.ask('Is Boxfit a contact class?')).answer).toMatch(/^No \[1\]/u);
  }, 60_000);
});

describe("a question's gerund heading its subject", () => {
  it('is a noun: the verb after it is the one asked ("Was the runway resurfacing finished…?")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '006_runway.md': `date 2018-06-20 Runway work complete

The resurfacing of Kellsby Airport's runway was completed on 18 June 2018, on schedule, after 11 weeks of overnight works.`,
      },
      { lexicon, senses: openWordNet() },
    );
    const response = await corpus.ask('Was the runway resurfacing finished on schedule?');
    expect(response.answer).toMatch(/^Yes \[1\]/u);
  }, 60_000);
});

describe('gerundAt', () => {
  it('reads an "-ing" word after a noun as a gerund only when a verb follows it', async () => {
    const { gerundAt } = await import('../../src/answer/compose/compose-yes-no.js');
    const parser = createTextParser();
    const at = (text: string, word: string) => {
      const { tokens } = parser.parse(text);
      return gerundAt(
        tokens,
        tokens.findIndex((token) => token.normal === word),
        true,
      );
    };
    expect(at('Was the runway resurfacing finished on schedule?', 'resurfacing')).toBe(true);
    expect(at('Were metro trains running during the strike?', 'running')).toBe(false);
  });
});

describe('a person named in full once', () => {
  it('is then named by one word of the name: "Helen becomes…" says "Yes" of Helen Osei, not of another Helen', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_release.md': `date 2021-05-20 Press release: canal trust appoints a new chief executive

The trustees of the Lydgate Canal Trust are pleased to announce the appointment of Helen Osei as the trust's new chief executive. She will take up the post on 7 June 2021.

She was selected from 34 applicants. Helen becomes the trust's third permanent chief executive, following Martin Kell and Fiona Brannagh.`,
      },
      { lexicon, senses: openWordNet() },
    );
    const asked = (name: string) =>
      corpus.ask(`Was ${name} the trust's third permanent chief executive?`).answer;
    expect(asked('Helen Osei')).toMatch(/^Yes \[1\]/u);
    expect(asked('Helen Smith')).not.toMatch(/^Yes/u);
  }, 60_000);
});

describe('an asked verb dated to other years', () => {
  it('gives no "Yes" when the phrase after the verb dates it to years not asked', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_drier.md': ` date 2019-03-10 New drier for the co-op

The co-op has ordered a new drier for the Hatchley store. It replaces a drier installed in 1987 that could manage only 20 tonnes an hour and broke down repeatedly during the 2016 and 2017 harvests.`,
      },
      { lexicon },
    );
    expect(
      (await corpus.ask('Did the new drier break down during the 2019 harvest?')).answer,
    ).not.toMatch(/^Yes\b/u);
    // Asked of a year the phrase gives, it says yes.
    expect((await corpus.ask('Did the drier break down during the 2017 harvest?')).answer).toMatch(
      /^Yes \[1\]/u,
    );
  }, 60_000);
});
