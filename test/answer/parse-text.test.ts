import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';

const names = (text: string) =>
  createTextParser()
    .parse(text)
    .entities.filter((entity) => entity.type === 'name')
    .map((entity) => entity.text);

describe('names in a text', () => {
  it('takes a short quoted title, capitalised but for function words, as one name', () => {
    expect(
      names(
        'The shortlist: "North of Quiet" by Lena Marsh, "The Understudy" and "Evening Ferries".',
      ),
    ).toEqual(['North of Quiet', 'Lena Marsh', 'The Understudy', 'Evening Ferries']);
    // A quoted sentence is no title.
    expect(names('"This is a year of debuts," said Miriam Kessler.')).toEqual(['Miriam Kessler']);
  });

  it('takes a title in single emphasis, as works are set in italics, as one name', () => {
    expect(
      names("Please note that *Warp and Weft* will be the museum's first paid exhibition."),
    ).toEqual(['Warp and Weft']);
    expect(names('The museum bought _The Quay at Dusk_ by Carrow.')).toEqual([
      'The Quay at Dusk',
      'Carrow',
    ]);
    // Emphasis of a word that is no title names nothing.
    expect(names('It was *really* good, said Ann Lee.')).toEqual(['Ann Lee']);
  });

  it('does not take a company suffix standing alone as a name, and keeps initialisms', () => {
    expect(
      names('Lumio Labs, Inc., a Portland maker, was founded by Grace Tillman in the U.S.'),
    ).toEqual(['Lumio Labs', 'Portland', 'Grace Tillman', 'U.S.']);
  });

  it('keeps a capitalised head noun and a plural possessive inside a name, not a title before one', () => {
    expect(
      names(
        "The Kellan Farmers' Association met at the Kellan Hills National Park with Iranian President Ebrahim Raisi.",
      ),
    ).toEqual([
      "Kellan Farmers' Association",
      'Kellan Hills National Park',
      'Iranian',
      'Ebrahim Raisi',
    ]);
  });

  it('keeps a capitalised noun in "-ing" inside a name before its head ("Brackley Building Society")', () => {
    expect(names('The sponsor was Brackley Building Society until 2019.')).toEqual([
      'Brackley Building Society',
    ]);
  });

  it('takes no scale\'s letter after a degree sign as a name ("31°C", "451 °F.")', () => {
    expect(names('Dr Hannah Reyes kept the tanks at 31°C. It melts at 451 °F.')).toEqual([
      'Dr Hannah Reyes',
    ]);
  });

  it('keeps a number written as a capitalised word inside a name ("Division One"), not a lower-case one', () => {
    expect(names('Who won the Division One title in 2022?')).toContain('Division One');
    expect(names('Harrow Mill won one of their first nine matches.')).toEqual(['Harrow Mill']);
  });

  it('keeps an ampersand inside a name', () => {
    expect(names('Harriet Osei, an analyst at Marlowe & Finch Securities, said so.')).toEqual([
      'Harriet Osei',
      'Marlowe & Finch Securities',
    ]);
  });

  it('takes a capitalised word the tagger calls a verb as part of a name in running text', () => {
    expect(names("What were Tessellate Devices' revenues in 2024?")).toEqual([
      'Tessellate Devices',
    ]);
  });

  it('takes a capitalised word the tagger calls an adverb as a name before a name or a possessive', () => {
    expect(
      names("AUSTIN (Gamewire) — Ninefold Interactive's free-to-play shooter Starwake launched."),
    ).toContain('Ninefold Interactive');
    expect(names("What is Ninefold's new game called?")).toContain('Ninefold');
    // An adverb opening a clause is followed by a comma, not a name.
    expect(names('The studio grew. Later, Tessellate bought it.')).not.toContain(
      'Later Tessellate',
    );
  });

  it('takes a short question with a long name for running text, its capitalised verb a name', () => {
    // Most of its words are capitalised, but "budget" is not: no title is written so.
    expect(names("What's the budget for Ember Forge III?")).toContain('Ember Forge III');
  });

  it('takes a capitalised function word inside a sentence, right before a name, as part of it', () => {
    expect(names('The company was founded by Hana Okafor and Per Strand in 2019.')).toContain(
      'Per Strand',
    );
    // Lower case, a function word stays one: "per" is no name.
    expect(names('Tickets cost £5 per Strand resident.')).toContain('Strand');
    expect(names('Tickets cost £5 per Strand resident.')).not.toContain('per Strand');
  });

  it('leaves a title-case headline as tagged', () => {
    expect(names('Tessellate Cuts The Price Of Its Handheld Again')).not.toContain(
      'Tessellate Cuts',
    );
  });
});

/** Each word of `text` with its part of speech, as "word/POS". */
const tagsOf = (text: string) =>
  createTextParser()
    .parse(text)
    .tokens.map((token) => `${token.normal}/${token.pos}`);

describe('a word after "who"', () => {
  it('is its verb when an object opens after it ("Who shot the last wolf?")', () => {
    expect(tagsOf('Who shot the last wolf in 1881?')).toContain('shot/VERB');
  });
});

describe('a word in "-s" after "have"', () => {
  it('is a plural noun, "have" its verb ("Did the trust have concerns…?")', () => {
    const tags = tagsOf('Did the trust have concerns about the chimney?');
    expect(tags).toContain('concerns/NOUN');
    expect(tags).toContain('have/VERB');
    // A participle after "have" stays a verb.
    expect(tagsOf('The trust has raised concerns.')).toContain('raised/VERB');
  });
});

describe('a word after an interrogative determiner', () => {
  it('is a noun when bare and before a noun ("What pay rise…")', () => {
    expect(tagsOf('What pay rise does the union want?')).toContain('pay/NOUN');
  });
});

describe('figures in a text', () => {
  it('reads "one" after a determiner or an adjective as standing for a noun, no figure', () => {
    const figures = createTextParser()
      .parse('They let this one go, and the last one was a penalty; one goal stood.')
      .entities.filter((entity) => entity.type === 'number')
      .map((entity) => entity.text);
    expect(figures).toEqual(['one']);
  });

  it('reads figures joined by an en dash as by a hyphen, keeping the dash in their text', () => {
    const parsed = createTextParser().parse(
      'The school closes at the end of the 2021–22 school year. Castlemere won 3–1.',
    );
    const figures = parsed.entities.filter(
      (entity) => entity.type !== 'name' && entity.type !== 'duration',
    );
    expect(figures.map((entity) => [entity.type, entity.text])).toEqual([
      ['year', '2021–22'],
      ['range', '3–1'],
    ]);
    expect(parsed.tokens.map((token) => token.text)).toContain('2021–22');
  });

  it('types a season written with a slash as a year, however the tagger groups it', () => {
    const parsed = createTextParser().parse(
      "Top goalscorer: Dev Malhotra, 21 goals (his fourth time as the club's top scorer, after 2016/17, 2017/18 and 2018/19)",
    );
    const seasons = parsed.entities.filter((entity) => entity.text.includes('/'));
    expect(seasons.map((entity) => [entity.type, entity.text])).toEqual([
      ['year', '2016/17'],
      ['year', '2017/18'],
      ['year', '2018/19'],
    ]);
  });

  const figures = (text: string) =>
    createTextParser()
      .parse(text)
      .entities.filter((entity) => entity.type !== 'name')
      .map((entity) => entity.text);

  it("reads an amount followed by a currency's name as money, from CLDR's names", () => {
    const entities = createTextParser()
      .parse('The hall will cost 640 million kronor; tickets are 350 krona, and 8 marks out of 10.')
      .entities.map((entity) => `${entity.type}:${entity.text}`);
    expect(entities).toContain('money:640 million kronor');
    expect(entities).toContain('money:350 krona');
    expect(entities.some((entity) => entity.startsWith('money:8'))).toBe(false);
  });

  it("reads an amount after a currency's code or lettered symbol as money, its scale word too", () => {
    const entities = (text: string) =>
      createTextParser()
        .parse(text)
        .entities.map((entity) => `${entity.type}:${entity.text}`);
    expect(entities('Half board costs CHF 74 for members and CHF 92 for others.')).toEqual(
      expect.arrayContaining(['money:CHF 74', 'money:CHF 92']),
    );
    // No name is left of the code.
    expect(entities('A fee of CHF 20 per person is charged.')).toEqual(['money:CHF 20']);
    expect(entities('It paid Rs. 1,000 to each worker.')).toContain('money:Rs. 1,000');
    expect(entities('The factory cost Rs 4.7 crore.')).toContain('money:Rs 4.7 crore');
    // A figure counting the noun after it is no sum ("TOP 10 songs").
    expect(entities('The TOP 10 songs of the year').some((e) => e.startsWith('money'))).toBe(false);
  });

  it('reads cents and pence as money, and "p" glued to a figure as pence', () => {
    const entities = createTextParser()
      .parse(
        'Mileage is paid at 45p a mile; a coffee is 80 pence, a tea 75 cents; see page 45 p 3.',
      )
      .entities.map((entity) => `${entity.type}:${entity.text}`);
    expect(entities).toEqual(
      expect.arrayContaining(['money:45p', 'money:80 pence', 'money:75 cents']),
    );
    expect(entities.some((entity) => entity.startsWith('money:45 '))).toBe(false);
  });

  it('reads a figure with a scale word and no noun, beside an amount of money, as money', () => {
    const parser = createTextParser();
    const types = (text: string) =>
      parser.parse(text).entities.map((entity) => `${entity.type}:${entity.text}`);
    expect(types('Its budget was €3.2 million, of which the council paid 1.1 million.')).toContain(
      'money:1.1 million',
    );
    // A noun after the figure says what it counts; without money in the sentence, no ellipsis.
    expect(types('The city of 1.2 million residents has a budget of $3bn.')).toContain(
      'number:1.2 million',
    );
    expect(types('The festival drew 1.1 million over ten days.')).toContain('number:1.1 million');
  });

  it('takes no figure from a piece of an ordinal the tokenizer split ("113th")', () => {
    expect(figures('Ellery headed a 113th-minute winner in front of 81,204 fans.')).toEqual([
      '81,204',
    ]);
  });

  it('keeps a sentence\'s last amount whole, without its full stop ("£18.5m.")', () => {
    expect(figures('City paid £18.5m.')).toEqual(['£18.5m']);
  });
});

describe('dates in a text', () => {
  const dates = (text: string) =>
    createTextParser()
      .parse(text)
      .entities.filter((entity) => entity.type === 'date' || entity.type === 'duration')
      .map((entity) => `${entity.type}:${entity.text}`);

  it('reads a span between two dates as its two dates', () => {
    expect(
      dates('The studio delayed the game from October 2024 to March 18, 2025, it said.'),
    ).toEqual(['date:October 2024', 'date:March 18, 2025']);
    expect(dates('The festival runs from 3 May until 9 May in Leeds.')).toEqual([
      'date:3 May',
      'date:9 May',
    ]);
  });

  it('reads days of one month written before it once ("20 and 21 July", "20-21 July") as one date', () => {
    expect(
      dates(
        'The show on 20 and 21 July broke its record; the next runs 3-5 June, then 3rd to 5th May.',
      ),
    ).toEqual(['date:20 and 21 July', 'date:3-5 June', 'date:3rd to 5th May']);
    // Days running backwards are no span of one month.
    expect(dates('It fell by 25 to 3 May figures.')).toEqual(['date:3 May']);
  });

  it('reads a unit of time compounded with "long" as a duration, solid or hyphenated', () => {
    const durations = createTextParser()
      .parse('It was a daylong visit before a year-long delay; a furlong away, long gone.')
      .entities.filter((entity) => entity.type === 'duration')
      .map((entity) => entity.text);
    expect(durations).toEqual(['daylong', 'year-long']);
  });

  it('reads a count right before a unit of time as a duration ("four weekends", "two nights")', () => {
    const entities = createTextParser()
      .parse(
        'He wrote it over about four weekends, stayed two nights, played ten seasons and the 2019/20 season.',
      )
      .entities.map((entity) => `${entity.type}:${entity.text}`);
    expect(entities).toEqual([
      'duration:four weekends',
      'duration:two nights',
      'duration:ten seasons',
      'year:2019/20',
    ]);
  });

  it('reads a unit of time counted by an ordinal ("the 38th minute") as a time, not a duration', () => {
    const entities = createTextParser()
      .parse('He was hurt in the 38th minute, in his third year, and is out for nine months.')
      .entities.filter((entity) => entity.type === 'duration' || entity.type === 'time')
      .map((entity) => `${entity.type}:${entity.text}`);
    expect(entities).toEqual(['time:38th minute', 'time:third year', 'duration:nine months']);
  });

  it('keeps a name particle between capitalised words inside the name ("Casa do Rio", "Vincent van Gogh")', () => {
    const names = createTextParser()
      .parse(
        'We stayed at the Casa do Rio, near a painting by Vincent van Gogh, as Ana and Rio did.',
      )
      .entities.filter((entity) => entity.type === 'name')
      .map((entity) => entity.text);
    expect(names).toContain('Casa do Rio');
    expect(names).toContain('Vincent van Gogh');
    expect(names).not.toContain('Ana and Rio');
  });

  it('reads a figure written as a clock ("at 12:14") as a time, and a ratio ("3:1") as no time', () => {
    const entities = createTextParser()
      .parse('The page was updated at 12:14, and the vote went 3:1 by 9:05.')
      .entities.map((entity) => `${entity.type}:${entity.text}`);
    expect(entities).toContain('time:12:14');
    expect(entities).toContain('time:9:05');
    expect(entities).not.toContain('time:3:1');
  });

  it('reads an emphasised clock time ("**23:20**") as a time, an asterisk being no currency sign', () => {
    const entities = createTextParser()
      .parse('**23:20** — Sampling suggests Varga is ahead; the fund holds £18.5m and 5%.')
      .entities.map((entity) => `${entity.type}:${entity.text}`);
    expect(entities).toContain('time:23:20');
    expect(entities.filter((entity) => entity.startsWith('money:'))).toEqual(['money:£18.5m']);
  });

  it('reads a count per unit of time ("three times a day", "twice a month") as one span of time', () => {
    const entities = createTextParser()
      .parse('Take one or two tablets up to three times a day, and descale twice a month.')
      .entities.map((entity) => `${entity.type}:${entity.text}`);
    expect(entities).toContain('duration:three times a day');
    expect(entities).toContain('duration:twice a month');
    expect(entities).not.toContain('number:three');
  });

  it('reads hours, minutes and seconds ("in 2:03:11") as a time taken', () => {
    const entities = createTextParser()
      .parse('Kiptoo won in 2:03:11, and Okonkwo in 2:18:40.5.')
      .entities.map((entity) => `${entity.type}:${entity.text}`);
    expect(entities).toContain('duration:2:03:11');
    expect(entities).toContain('duration:2:18:40.5');
  });

  it('reads hours between two clock times ("open 9am to 7pm") as a time of day, not a duration', () => {
    const entities = createTextParser()
      .parse('It is open 9am to 7pm daily, and the tour takes two hours.')
      .entities.map((entity) => `${entity.type}:${entity.text}`);
    expect(entities).toContain('time:9am to 7pm');
    expect(entities).toContain('duration:two hours');
  });

  it('keeps a name whole with letters beyond Latin-1 ("Kovač", "Ruđer Bošković")', () => {
    const parsed = createTextParser().parse(
      'Ines Kovač led the Ruđer Bošković Institute; Łódź is in Poland.',
    );
    const names = parsed.entities
      .filter((entity) => entity.type === 'name')
      .map((entity) => entity.text);
    expect(names).toContain('Ines Kovač');
    expect(names).toContain('Ruđer Bošković Institute');
    expect(names).toContain('Łódź');
    // The tokens keep the text's own letters.
    expect(parsed.tokens.map((token) => token.normal)).toContain('kovač');
  });

  it('reads years from one to another as a period of dates, not a length of time', () => {
    const entities = createTextParser()
      .parse('She led the institute from 1978 to 1990, twelve years in all.')
      .entities.map((entity) => `${entity.type}:${entity.text}`);
    expect(entities).toContain('date:from 1978 to 1990');
    expect(entities).toContain('duration:twelve years');
  });

  it('reads days of the week from one to another as a date, and leaves the full stop out of hours', () => {
    const entities = createTextParser()
      .parse('Marrow is open Wednesday to Sunday, 6pm to 11pm.')
      .entities.map((entity) => `${entity.type}:${entity.text}`);
    expect(entities).toContain('date:Wednesday to Sunday');
    expect(entities).toContain('time:6pm to 11pm');
    // "p.m." keeps its own full stop.
    const dotted = createTextParser()
      .parse('The bar is open 9 a.m. to 11 p.m.')
      .entities.map((entity) => `${entity.type}:${entity.text}`);
    expect(dotted).toContain('time:9 a.m. to 11 p.m.');
  });
});

describe('lemmas', () => {
  it("keeps a verb's silent e ('fined' is 'fine', not 'fin')", () => {
    const lemmas = createTextParser()
      .parse('The judge fined him, then they dined.')
      .tokens.filter((token) => token.pos === 'VERB')
      .map((token) => token.lemma);
    expect(lemmas).toEqual(['fine', 'dine']);
  });
});

describe('parsers', () => {
  it('can be made as often as a process needs (wink is loaded once)', () => {
    for (let made = 0; made < 40; made += 1)
      expect(createTextParser().parse('Kiptoo won in Valencia.').tokens.length).toBe(5);
  }, 120_000);
});

describe('verbs after a modal', () => {
  const posOf = (text: string, word: string) =>
    createTextParser()
      .parse(text)
      .tokens.find((token) => token.normal === word)?.pos;

  it('reads the bare form after a modal (and "not") as the verb the tagger misread', () => {
    // The tagger reads "direct" here as an adjective.
    expect(posOf('Quenneville will not direct the third film.', 'direct')).toBe('VERB');
    expect(posOf('She has not confirmed she will direct it.', 'direct')).toBe('VERB');
  });

  it('leaves an adjective after "be" and a word before no object as tagged', () => {
    expect(posOf('The route will be direct from May.', 'direct')).toBe('ADJ');
    expect(posOf('A direct flight to Oslo opens in May.', 'direct')).toBe('ADJ');
  });
});

describe("words' normal forms", () => {
  const normals = (text: string) =>
    createTextParser()
      .parse(text)
      .tokens.map((token) => token.normal);

  it('keep the text\'s spelling ("Harbour", "defence"), as the tokenizer does, and expand contractions', () => {
    expect(normals('Harbour Air cut its defence budget.')).toEqual([
      'harbour',
      'air',
      'cut',
      'its',
      'defence',
      'budget',
      '.',
    ]);
    expect(normals("It didn't, and won't.")).toContain('not');
    expect(normals("It didn't, and won't.")).toContain('will');
  });
});

describe('a text parses the same whatever was read before it', () => {
  // The model learns "Velmoran's" as a new word where a full stop follows it, and would then
  // read every "Velmoran's" (and "quarry's" as a proper noun) as one word.
  it('splits a possessive after the model has seen it before a full stop', () => {
    const parser = createTextParser();
    const before = parser.parse("The fee is double Velmoran's. The quarry's.");
    expect(before.tokens.map((token) => token.text)).toContain('Velmoran');
    const after = parser.parse("What was Velmoran's 2019 profit at the quarry's gate?");
    const texts = after.tokens.map((token) => token.text);
    expect(texts.slice(2, 4)).toEqual(['Velmoran', "'s"]);
    const quarry = after.tokens.find((token) => token.text === 'quarry');
    expect(quarry?.pos).toBe('NOUN');
    expect(after.tokens[texts.indexOf("'s")]?.pos).toBe('PART');
    // The figures after it keep their place among the tokens.
    const year = after.entities.find((entity) => entity.type === 'year');
    expect(year?.text).toBe('2019');
    expect(after.tokens[year!.first]?.text).toBe('2019');
    expect(after.text.slice(year!.start, year!.end)).toBe('2019');
  });
});

describe('a decade in figures', () => {
  it('is a date, in any century ("the 1290s" as "the 1990s")', () => {
    const types = (text: string) =>
      createTextParser()
        .parse(text)
        .entities.map((entity) => `${entity.text}:${entity.type}`);
    expect(types('The castle was built in the 1290s by the Comyn family.')).toContain('1290s:date');
    expect(types('The mill was built in the 1990s.')).toContain('1990s:date');
  });
});

describe('figures that are no amounts', () => {
  it("takes no telephone number's piece opening with a nought for a date or an amount", () => {
    const parsed = createTextParser().parse(
      "Residents can call Hallam's community liaison line on 01632 960771 until 2025.",
    );
    expect(parsed.entities.map((entity) => entity.text)).not.toContain('01632');
    expect(parsed.entities.some((entity) => entity.text.includes('2025'))).toBe(true);
    // Nor the groups after it.
    const freephone = createTextParser().parse(
      'Customers can report leaks 24 hours a day on 0800 917 3300 or through the app.',
    );
    const pieces = freephone.entities.map((entity) => entity.text);
    expect(pieces).toContain('24 hours');
    expect(pieces.filter((piece) => /\d/u.test(piece) && !piece.includes('hours'))).toEqual([]);
  });
});

describe('"I\'m"', () => {
  it('is the pronoun and "am", no name', () => {
    for (const text of ["Thank you, and I'm sorry.", 'I’m delighted, said Kwame Asante.']) {
      const parsed = createTextParser().parse(text);
      expect(parsed.entities.map((entity) => entity.text)).not.toContain(text.match(/I['’]m/u)![0]);
      const pronoun = parsed.tokens.find((token) => token.text === 'I');
      expect(pronoun?.pos).toBe('PRON');
    }
  });
});

describe('words the tagger gives no lemma', () => {
  it('reads "cannot" ending a sentence, with a lemma, instead of failing', () => {
    const tokens = createTextParser().parse("A child's lungs cannot.").tokens;
    expect(tokens.every((token) => typeof token.lemma === 'string')).toBe(true);
    expect(tokens.map((token) => token.normal)).toContain('lungs');
  });
});

describe('times', () => {
  it('reads minutes and seconds with a fraction ("15:48.2") as a time taken, no number', () => {
    const entities = createTextParser().parse('The men finished third in 13:58.0.').entities;
    expect(entities.find((entity) => entity.text === '13:58.0')?.type).toBe('duration');
  });

  it('reads the hour with a point and "am" or "pm" ("9.30 am") as a clock time, whole', () => {
    const entities = createTextParser().parse(
      'Work parties start at 9.30 am and finish at about 3.00 pm.',
    ).entities;
    expect(
      entities.filter((entity) => entity.type === 'time').map((entity) => entity.text),
    ).toEqual(['9.30 am', 'about 3.00 pm']);
  });
});

describe('a negative pronoun', () => {
  const parser = createTextParser();
  it('negates the words after it to the end of its sentence, as "no" does', () => {
    const { tokens } = parser.parse('Nobody on my team will lose their job. It was fine.');
    const negated = (word: string) => tokens.find((token) => token.normal === word)?.negated;
    expect(negated('lose')).toBe(true);
    expect(negated('job')).toBe(true);
    expect(negated('fine')).toBe(false);
    expect(parser.parse('Nothing was lost.').tokens.find((t) => t.normal === 'lost')?.negated).toBe(
      true,
    );
  });
});

describe('clock times written with a point', () => {
  const times = (text: string) =>
    createTextParser()
      .parse(text)
      .entities.filter((entity) => entity.type === 'time')
      .map((entity) => entity.text);

  it('reads "2.40am" and "12.15pm" as times of day, without the full stop after them', () => {
    expect(times('The lifeboat launched at 2.40am on 9 January.')).toEqual(['2.40am']);
    expect(times('The pager went off at 12.15pm.')).toEqual(['12.15pm']);
  });

  it('leaves a decimal that no "am" or "pm" follows a number', () => {
    expect(times('Sales rose 2.45 per cent.')).toEqual([]);
  });
});

describe('a number word opening a sentence', () => {
  const parse = (text: string) => createTextParser().parse(text);

  it('counts, and starts no name, when a word in lower case follows it', () => {
    const parsed = parse('Seventeen volunteers from the rescue team were called out.');
    expect(parsed.entities.map((entity) => [entity.type, entity.text])).toContainEqual([
      'number',
      'Seventeen',
    ]);
    expect(names('Seventeen volunteers from the rescue team were called out.')).toEqual([]);
  });
});

describe('a word in "-s" after a count', () => {
  const posOf = (text: string, word: string) =>
    createTextParser()
      .parse(text)
      .tokens.find((token) => token.normal === word)?.pos;

  it('is a plural noun after a number above one or "many", not a verb', () => {
    expect(posOf('There are about 3,400 holds in the building.', 'holds')).toBe('NOUN');
    expect(posOf('How many holds are there in the building?', 'holds')).toBe('NOUN');
  });

  it("stays a verb after a year or a name's number", () => {
    expect(posOf('In 2019 she holds the record.', 'holds')).toBe('VERB');
    expect(posOf('The Nimbus 2 comes out in March.', 'comes')).toBe('VERB');
  });
});
