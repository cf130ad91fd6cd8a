/** How well a date fits "when" by English grammar alone. */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import type { AnswerType } from '../../src/answer/analyze/question-types.js';
import { answerFit } from '../../src/answer/evidence/answer-fit.js';

const parser = createTextParser();
function fitOf(text: string, date: string, reportingAsked = false): number {
  const parsed = parser.parse(text);
  const entity = parsed.entities.find((candidate) => candidate.text === date);
  if (!entity) throw new Error(`no entity "${date}" in ${JSON.stringify(parsed.entities)}`);
  return answerFit(entity, parsed, 'date', () => false, reportingAsked);
}

/**
 * The fit of the entity `name` of `text` as an answer of `type`, by grammar alone; with
 * `isEnglishWord`, a "who" question's fit (no person only) knowing which words are English's.
 */
function fitIn(
  text: string,
  isEnglishWord?: (word: string) => boolean,
): (name: string, type: AnswerType) => number {
  const parsed = parser.parse(text);
  return (name, type) => {
    const entity = parsed.entities.find((one) => one.text === name);
    if (!entity) throw new Error(`no entity "${name}" in ${JSON.stringify(parsed.entities)}`);
    return isEnglishWord
      ? answerFit(
          entity,
          parsed,
          type,
          () => false,
          false,
          () => null,
          false,
          isEnglishWord,
        )
      : answerFit(entity, parsed, type);
  };
}

describe('answerFit for a time asked', () => {
  it('fits hours, minutes and seconds ("2:04:02"), and no other length of time', () => {
    const fit = fitIn('Ruto finished second in 2:04:02, two hours after the start.');
    expect(fit('2:04:02', 'time')).toBe(1);
    expect(fit('two hours', 'time')).toBe(0);
  });
});

describe('answerFit for a person asked', () => {
  it('fits no name after a preposition of place ("along Westgate", "off Carrow Point")', () => {
    const fit = fitIn('Crowds queued along Westgate as the boat sank off Carrow Point.');
    expect(fit('Westgate', 'person')).toBeLessThan(0.4);
    expect(fit('Carrow Point', 'person')).toBeLessThan(0.4);
    expect(fit('Westgate', 'place')).toBe(1);
  });

  it('fits no initialism ("IRNA"), as English shortens organisations\' names, not people\'s', () => {
    const fit = fitIn('Before leaving, the minister told IRNA that Vahidi had met Naqvi.');
    expect(fit('IRNA', 'person')).toBeLessThan(0.4);
    expect(fit('IRNA', 'organization')).toBeGreaterThanOrEqual(0.4);
    expect(fit('Vahidi', 'person')).toBeGreaterThanOrEqual(0.4);
    // Mostly capitals: a degree ("PhD"), not a person; "McDonald" is a surname.
    const degree = fitIn('Six PhD students work with Ewan McDonald at the observatory.');
    expect(degree('PhD', 'person')).toBeLessThan(0.4);
    expect(degree('Ewan McDonald', 'person')).toBeGreaterThanOrEqual(0.4);
  });

  it('fits no letter alone ("C" of "comet C/2023 R4"): an initial or a label, no one\'s name', () => {
    const fit = fitIn('The comet, designated C/2023 R4, was found by Tomasz Wilk.');
    expect(fit('C', 'person')).toBeLessThan(0.4);
    expect(fit('Tomasz Wilk', 'person')).toBeGreaterThanOrEqual(0.4);
  });

  it('fits no name joined by "of" ending in an English word, nor a company\'s legal name', () => {
    const english = (word: string) => !['bajwa', 'gerald', 'amis'].includes(word);
    const fit = (text: string, name: string) => fitIn(text, english)(name, 'person');
    expect(fit('Gerald Amis, Chair of the Board of Trustees', 'Board of Trustees')).toBeLessThan(
      0.4,
    );
    expect(
      fit(
        'He met Chief of Army Staff General Qamar Bajwa.',
        'Chief of Army Staff General Qamar Bajwa',
      ),
    ).toBeGreaterThanOrEqual(0.4);
    expect(
      fit('Kestrel Ridge Brewing Co. is now owned by its staff.', 'Kestrel Ridge Brewing Co.'),
    ).toBeLessThan(0.4);
  });
});

describe('answerFit for dates', () => {
  it('fits a time up to a date ("until 1949") as that date, and no other length of time', () => {
    const text = 'Trams crossed it for 45 years until 1949, when the line closed.';
    expect(fitOf(text, 'until 1949')).toBe(1);
    expect(fitOf(text, '45 years')).toBe(0);
    expect(fitOf('The offer ran until two years ago.', 'until two years ago')).toBe(0);
  });

  it('fits a time from a date ("has been chair since 2012") as that date, less surely', () => {
    const text = 'Janet Coyle, who has been chair since 2012, runs a haulage firm.';
    expect(fitOf(text, 'since 2012')).toBe(0.5);
    expect(fitOf('She has run it since two years ago.', 'since two years ago')).toBe(0);
    // "since" after a first, a last or a superlative dates the one before of its kind.
    expect(fitOf('It was the first run since March 2020 in the park.', 'since March 2020')).toBe(0);
    expect(fitOf('It is the highest total since 2009 for the club.', 'since 2009')).toBe(0);
  });

  it('fits a reporting date ("said on Tuesday") less than an event date, unless reporting is asked', () => {
    const text = 'The game was delayed to March 18, 2025, the studio said on Tuesday.';
    expect(fitOf(text, 'Tuesday')).toBeLessThan(
      fitOf('The game was released on Tuesday.', 'Tuesday'),
    );
    expect(fitOf(text, 'Tuesday', true)).toBe(
      fitOf('The game was released on Tuesday.', 'Tuesday'),
    );
  });

  it('fits a month after "said in" as the date of the saying', () => {
    expect(fitOf('The chief executive said in April that it would wait.', 'April')).toBeLessThan(
      fitOf('The runway opened in April.', 'April'),
    );
  });

  it('fits a deictic date ("this month") less than a calendar date', () => {
    const text = 'It was the second game this month to slip, after a delay to March 18, 2025.';
    expect(fitOf(text, 'this month')).toBeLessThan(fitOf(text, 'March 18, 2025'));
    expect(fitOf(text, 'this month')).toBeLessThan(0.5);
  });
});

describe('answerFit for people', () => {
  it('fits a name ending in a common noun ("Wendle County") less than a surname as a person', () => {
    const text = 'Wendle County named Imogen Strand to run the water authority.';
    const parsed = parser.parse(text);
    const common = new Set(['county', 'water', 'authority']);
    const fit = (name: string) =>
      answerFit(
        parsed.entities.find((entity) => entity.text === name)!,
        parsed,
        'person',
        (word) => common.has(word),
      );
    expect(fit('Imogen Strand')).toBe(1);
    expect(fit('Wendle County')).toBeLessThan(fit('Imogen Strand'));
  });

  it('reads no "who" after a name one is at as pointing to it ("Deputy Archivist at Northfold Archives, who…")', () => {
    const fit = fitIn(
      'Her successor will be Daniel Okafor, currently Deputy Archivist at Northfold Archives, who takes up the post on 1 November.',
    );
    expect(fit('Northfold Archives', 'person')).toBeLessThan(0.4);
    expect(fit('Daniel Okafor', 'person')).toBe(1);
    expect(
      fitIn('The award goes to Joan Whitaker, who has staffed the office.')(
        'Joan Whitaker',
        'person',
      ),
    ).toBe(1);
  });

  it('fits a possessive with no noun after it ("baking for Pendry\'s for years") as a shop or firm, no person', () => {
    const fit = fitIn("Dennis Ruane has been baking for Pendry's for thirty-four years.");
    expect(fit('Pendry', 'person')).toBeLessThan(0.4);
    expect(fitIn("Ana Lindqvist's new kiln broke.")('Ana Lindqvist', 'person')).toBe(1);
  });

  it('fits no name right after "the" as a person, as English puts no article before one', () => {
    const fit = fitIn('Dennis Ruane won gold with the Pendry Rye, made by the late Ann Hale.');
    expect(fit('Pendry Rye', 'person')).toBeLessThan(0.4);
    expect(fit('Dennis Ruane', 'person')).toBe(1);
    expect(fit('Ann Hale', 'person')).toBe(1);
  });

  it('fits a name after "the" heading a phrase no preposition governs as an actor "who" may ask, below a person', () => {
    const text =
      'An alliance of those groups, the Baloch Raaji Aajoi Sangar (BRAS), claimed the attack.';
    const parsed = parser.parse(text);
    const entity = parsed.entities.find(({ text: name }) => name === 'Baloch Raaji Aajoi Sangar')!;
    const asWho = answerFit(entity, parsed, 'person');
    expect(asWho).toBeGreaterThanOrEqual(0.4);
    expect(asWho).toBeLessThan(1);
    // Asked by a noun naming a person ("Who is the chief executive…?"), no organisation answers.
    expect(
      answerFit(
        entity,
        parsed,
        'person',
        () => false,
        false,
        () => null,
        true,
      ),
    ).toBeLessThan(0.4);
    // A name modifying the noun after it, or governed by "with", does nothing.
    const fit = fitIn('The Ashbrook office sold out; Ruane won with the Pendry Rye.');
    expect(fit('Ashbrook', 'person')).toBeLessThan(0.4);
    expect(fitIn('Joan staffed the Ashbrook booking office.')('Ashbrook', 'person')).toBeLessThan(
      0.4,
    );
    expect(fit('Pendry Rye', 'person')).toBeLessThan(0.4);
    // A role capitalised as a title, every word English's, names no organisation; nor does a
    // name of English words joined by a function word.
    const english = (word: string) =>
      ['general', 'manager', 'association', 'small', 'zoos'].includes(word);
    const whoFit = (text: string, name: string) => fitIn(text, english)(name, 'person');
    expect(
      whoFit('At the meeting the General Manager reported on the new lift.', 'General Manager'),
    ).toBeLessThan(0.4);
    expect(
      whoFit(
        'It was named best keeper by the Association of Small Zoos.',
        'Association of Small Zoos',
      ),
    ).toBeLessThan(0.4);
  });

  it('fits a name after ", the" following another name as an appositive, no person of its own', () => {
    const fit = fitIn('Dr Eleanor Pask, the GP who founded Ellerby Hospice, has died aged 88.');
    expect(fit('GP', 'person')).toBeLessThan(0.4);
    expect(fit('Dr Eleanor Pask', 'person')).toBe(1);
  });

  it('fits one word of a name right before a common noun ("Speyside operations") as no person', () => {
    const fit = fitIn(
      "Head distiller Callum Reid, who joined from Arden's Speyside operations in January, will lead production.",
    );
    expect(fit('Speyside', 'person')).toBeLessThan(0.4);
    expect(fit('Callum Reid', 'person')).toBe(1);
  });
});

describe('answerFit for a piece of a longer name', () => {
  it('fits no kind of name when a capitalised word the parse left out follows it', () => {
    const fit = fitIn(
      "The Kellan Sheep Farmers' Association called the decision a betrayal, said Duncan Reid.",
    );
    expect(fit('Kellan', 'person')).toBeLessThan(0.4);
    expect(fit('Kellan', 'organization')).toBeLessThan(0.4);
    expect(fit('Duncan Reid', 'person')).toBe(1);
  });
});

describe('answerFit for scores', () => {
  it('fits a mark out of a total ("8/10") better than a lone figure ("9 million copies")', () => {
    const review = parser.parse('Score: 8/10');
    const sales = parser.parse('The games have sold more than 9 million copies.');
    const mark = review.entities.find((entity) => entity.text === '8/10')!;
    const figure = sales.entities.find((entity) => entity.text.startsWith('9'))!;
    expect(mark.type).toBe('range');
    expect(answerFit(mark, review, 'score')).toBeGreaterThan(answerFit(figure, sales, 'score'));
  });
});

describe('answerFit for organisations', () => {
  it('fits a name after "from", "at" or "to" as an organisation as well as one in subject place, and one after "in" less', () => {
    const fitAs = fitIn(
      'Brenn joined Tarrow from Selmar Lines after a year at Halvik Bank, and Orla Quay in Mervik hired her.',
    );
    const fit = (name: string) => fitAs(name, 'organization');
    expect(fit('Selmar Lines')).toBe(fit('Orla Quay'));
    expect(fit('Halvik Bank')).toBe(fit('Orla Quay'));
    expect(fit('Mervik')).toBeLessThan(fit('Selmar Lines'));
  });

  it('fits a name opening with a title of address ("Mr Ashcombe") as no organisation or place, but as a person', () => {
    const fitAs = fitIn(
      'The prosecutor said Mr Ashcombe made 46 payments to Redstone Consulting, a company in Jersey.',
    );
    expect(fitAs('Mr Ashcombe', 'organization')).toBeLessThan(0.4);
    expect(fitAs('Mr Ashcombe', 'place')).toBeLessThan(0.4);
    expect(fitAs('Mr Ashcombe', 'person')).toBeGreaterThanOrEqual(0.6);
    expect(fitAs('Redstone Consulting', 'organization')).toBeGreaterThanOrEqual(0.6);
  });
});

describe('answerFit after "on"', () => {
  it('fits a name after "on" less as a person or an organisation, and no better as a place', () => {
    const fit = fitIn(
      'Ida Brenn opened a shop on Mill Lane after the raid was blamed on Orla Group by Halvik Bank.',
    );
    expect(fit('Mill Lane', 'person')).toBeLessThan(fit('Ida Brenn', 'person'));
    expect(fit('Orla Group', 'organization')).toBeLessThan(fit('Halvik Bank', 'organization'));
    expect(fit('Mill Lane', 'place')).toBe(fit('Halvik Bank', 'place'));
  });
});

describe('answerFit for durations', () => {
  it('fits a span placing one time after another ("months after") below one measured with "for", and a unit alone not at all', () => {
    const fitAs = fitIn(
      'The visit comes months after the summit; the dough rests for 36 hours before baking, and for years nobody asked, until two days later.',
    );
    const fit = (text: string) => fitAs(text, 'duration');
    expect(fit('36 hours')).toBe(1);
    expect(fit('months')).toBeLessThan(0.4);
    // "for years" measures no span: "how long?" asks how many.
    expect(fit('years')).toBe(0);
  });

  it('fits a unit an article counts ("took a week") as a span, one "every" repeats not at all', () => {
    expect(fitIn('Fitting out the shop took a week.')('week', 'duration')).toBe(1);
    expect(fitIn('We are asked about it every week.')('week', 'duration')).toBe(0);
  });

  it('fits a name after a preposition of place, "through" too (the tagger writes "thru"), below a person', () => {
    const fit = fitIn('Farmers marched through Glenkirk with Morag Dunlop.');
    expect(fit('Glenkirk', 'person')).toBeLessThan(0.5);
    expect(fit('Glenkirk', 'place')).toBe(1);
  });

  it('fits a span placing a moment inside another ("two hours into the game") below one it measures', () => {
    const fit = (text: string) =>
      fitIn('About two hours into the game the tide goes out; my playthrough took 31 hours.')(
        text,
        'duration',
      );
    expect(fit('31 hours')).toBe(1);
    expect(fit('two hours')).toBeLessThan(0.4);
  });
});

describe('answerFit for places', () => {
  it('fits a name that "who" refers back to less as a place than a name after "in"', () => {
    const fit = fitIn(
      'Among its former cooks are Tomasz Wren and Sofia Berg, who now runs Sal in Oslo.',
    );
    expect(fit('Sofia Berg', 'place')).toBeLessThan(0.5);
    expect(fit('Oslo', 'place')).toBe(1);
  });

  it('fits a lone common word before a noun ("European chefs") less as a place than a name', () => {
    const parsed = parser.parse(
      'Larder, the Copenhagen restaurant where northern European chefs trained, will close.',
    );
    const fit = (name: string) =>
      answerFit(
        parsed.entities.find((entity) => entity.text === name)!,
        parsed,
        'place',
        (word) => word === 'european',
      );
    expect(fit('European')).toBeLessThan(fit('Copenhagen'));
    // Alone after "from", a common name is a place as any other is.
    const from = parser.parse('The groups come from Afghanistan.');
    expect(
      answerFit(
        from.entities.find((entity) => entity.text === 'Afghanistan')!,
        from,
        'place',
        () => true,
      ),
    ).toBe(1);
  });
});

describe('answerFit for a person asked', () => {
  it('fits a title in quotation marks poorly: by convention it names a work', () => {
    const fit = fitIn(
      'The first book borrowed was a copy of "The Hobbit", taken out by Priya Nair.',
    );
    expect(fit('Priya Nair', 'person')).toBe(1);
    expect(fit('The Hobbit', 'person')).toBeLessThan(0.5);
  });

  it('fits a title in italics poorly too ("*Warp and Weft*"), as works are set', () => {
    const fit = fitIn("Please note that *Warp and Weft* will be Priya Shah's first exhibition.");
    expect(fit('Warp and Weft', 'person')).toBeLessThan(0.5);
  });

  it('fits a name "who" refers back to, whatever its word means', () => {
    const parsed = parser.parse(
      'Pike, who has spent his whole career at the club, lifted the trophy.',
    );
    const pike = parsed.entities.find((entity) => entity.text === 'Pike')!;
    expect(answerFit(pike, parsed, 'person', (word) => word === 'pike')).toBe(1);
  });
});

describe('answerFit for a place asked', () => {
  it('fits a common word opening a sentence as a weak place, whatever follows it ("Residents must…")', () => {
    const parsed = parser.parse('Residents must not return until advised by police.');
    const common = (word: string) => word === 'residents';
    const fit = answerFit(parsed.entities[0]!, parsed, 'place', common);
    expect(fit).toBeLessThan(0.4);
  });

  it('keeps a common word inside the sentence, a country named there ("Portland, Oregon")', () => {
    const parsed = parser.parse('Lumio was based in Portland, Oregon.');
    const oregon = parsed.entities.find((entity) => entity.text === 'Oregon')!;
    expect(answerFit(oregon, parsed, 'place', (word) => word === 'oregon')).toBeGreaterThanOrEqual(
      0.4,
    );
  });
});

describe('an age', () => {
  it('is a bare figure a form of "be" says of a person, ending its clause ("She was 52.")', () => {
    expect(fitIn('She was 52.')('52', 'age')).toBe(1);
    expect(fitIn('Maya was 52, the oldest in Europe.')('52', 'age')).toBe(1);
    expect(fitIn('The herd was 52 strong.')('52', 'age')).toBe(0);
  });
});
