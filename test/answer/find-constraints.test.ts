/** What a question asks the evidence to state: scores, labels and the reason phrases English marks. */
import { describe, expect, it } from 'vitest';
import { fakeCorpusAnalyzer } from '../helpers/fake-corpus-analyzer.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import {
  decadesIn,
  findConstraints,
  nameWords,
  withYearSpans,
  quarterMonthWords,
  quartersIn,
  yearGroupLabel,
  yearGroupsIn,
  yearsIn,
} from '../../src/answer/analyze/find-constraints.js';
import { givesReason } from '../../src/answer/compose/compose-why-how.js';
import type { EvidenceSentence } from '../../src/answer/evidence/evidence-types.js';

const parser = createTextParser();

describe('the words of a name', () => {
  it('keep a letter that ends the name after a word, which one of its kind it names', () => {
    expect(nameWords('Series B')).toEqual(['series', 'b']);
    expect(nameWords('Terminal A')).toEqual(['terminal', 'a']);
  });

  it('leave out an initial, a lone letter and the function words', () => {
    expect(nameWords('John F. Kennedy')).toEqual(['john', 'kennedy']);
    expect(nameWords('B')).toEqual([]);
    expect(nameWords("the Bank of England's")).toEqual(['bank', 'england']);
  });
});

describe('quarters named by their months', () => {
  it("reads a range of a quarter's three months, and a quarter by its last day", () => {
    expect(quartersIn('the July–September quarter of 2019')).toEqual([3]);
    expect(quartersIn('sales from April to June')).toEqual([2]);
    expect(quartersIn('the three months to 30 September 2019')).toEqual([3]);
    expect(quartersIn('the quarter ended 31 March 2022')).toEqual([1]);
    // No quarter's months: no quarter.
    expect(quartersIn('from May to July')).toEqual([]);
  });

  it("gives the range's month words, read as the quarter, not as words to search", () => {
    expect(quarterMonthWords('What were sales in the July–September quarter?')).toEqual([
      'july',
      'september',
    ]);
    expect(quarterMonthWords('What happened from May to July?')).toEqual([]);
  });

  it('asks the quarter, searching no month word of its range', async () => {
    const { analyzer } = await fakeCorpusAnalyzer([], parser);
    const analysis = analyzer.analyze([
      { role: 'user', content: 'What were sales in the July–September quarter of 2019?' },
    ]);
    expect(analysis.constraints.quarters).toEqual([3]);
    const lemmas = analysis.terms.map((term) => term.lemma);
    expect(lemmas).not.toContain('july');
    expect(lemmas).not.toContain('september');
  });

  it('asks a year written as a range ("2024/25") as years, not as words or a figure to meet', async () => {
    const { analyzer } = await fakeCorpusAnalyzer([], parser);
    const analysis = analyzer.analyze([
      { role: 'user', content: 'What is the street lighting budget for 2024/25?' },
    ]);
    expect(analysis.constraints.years).toEqual([[2024, 2025]]);
    expect(analysis.constraints.numbers).toEqual([]);
    expect(analysis.terms.map((term) => term.lemma)).toEqual(['street', 'light', 'budget']);
  });

  it('asks a quarter labelled "Q2" as a constraint, as a year, not as a word to search', async () => {
    const { analyzer } = await fakeCorpusAnalyzer([], parser);
    const analysis = analyzer.analyze([{ role: 'user', content: 'What was revenue in Q2 2022?' }]);
    expect(analysis.constraints.quarters).toEqual([2]);
    expect(analysis.terms.map((term) => term.lemma)).toEqual(['revenue']);
  });
});

describe('findConstraints', () => {
  it('takes a score asked ("the 4-0 win", "a 3-1 defeat") as a figure to meet', () => {
    expect(findConstraints(parser.parse('What was the crowd at the 4-0 win?')).numbers).toContain(
      '4-0',
    );
    expect(findConstraints(parser.parse('Who scored in the 3-1 defeat?')).numbers).toContain('3-1');
  });

  it('does not take a season ("2022-23") as a score', () => {
    expect(findConstraints(parser.parse('Who won the title in 2022-23?')).numbers).toEqual([]);
  });

  it('takes a number word naming which one, not one counting', () => {
    expect(
      findConstraints(parser.parse('How many episodes will season four have?')).numbers,
    ).toEqual(['4']);
    expect(findConstraints(parser.parse('What did the two countries agree?')).numbers).toEqual([]);
  });

  it('takes an ordinal before a noun ("the third runway") as naming which one, but not "first" nor a quarter\'s', () => {
    expect(
      findConstraints(parser.parse("When is Castrelle's third runway expected to open?")).numbers,
    ).toEqual(['3']);
    expect(
      findConstraints(parser.parse('Who was the first woman to run the airline?')).numbers,
    ).toEqual([]);
    expect(
      findConstraints(parser.parse('What was revenue in the second quarter of 2021?')).numbers,
    ).toEqual([]);
  });
});

describe('givesReason', () => {
  const sentence = (text: string) => ({ parsed: parser.parse(text) }) as EvidenceSentence;

  it('reads a reason in a complex preposition of cause', () => {
    expect(givesReason(sentence('He did not celebrate out of respect.'))).toBe(true);
    expect(givesReason(sentence('The film was delayed owing to strikes.'))).toBe(true);
  });

  it('reads a cause in "for" before a gerund, not in "for" before a noun', () => {
    expect(givesReason(sentence('He was jailed for taking bribes.'))).toBe(true);
    expect(givesReason(sentence('He was jailed for six years.'))).toBe(false);
  });

  it('reads a clause in "when" inside a sentence, not a question\'s opening "When"', () => {
    expect(
      givesReason(sentence('We nearly closed last winter when our energy bills tripled.')),
    ).toBe(true);
    expect(givesReason(sentence('When is the next train?'))).toBe(false);
  });

  it('reads no clause of time in "when" after a preposition, a question standing for a noun', () => {
    expect(
      givesReason(
        sentence(
          'The CPSA said its investigation into when Corvell first became aware of the fault was continuing.',
        ),
      ),
    ).toBe(false);
  });

  it('reads a clause in a conjunction followed by a verb, not a time in "since the release"', () => {
    expect(givesReason(sentence('Farmers have lost six sheep since the release.'))).toBe(false);
    expect(givesReason(sentence('Farmers are angry since the wolves kill sheep.'))).toBe(true);
  });

  it('reads a purpose in "to" after a clause, not in the infinitive a verb or adjective takes', () => {
    expect(givesReason(sentence('The council cut fares to win riders back.'))).toBe(true);
    expect(givesReason(sentence('The library was due to reopen in March 2025.'))).toBe(false);
    expect(givesReason(sentence('The council wants to sell the depot site.'))).toBe(false);
  });

  it('reads no purpose in "to" after an interrogative word ("how to ride")', () => {
    expect(givesReason(sentence('They teach you how to ride in a group.'))).toBe(false);
    expect(givesReason(sentence('Nobody told us whether to wait.'))).toBe(false);
  });

  it('reads no purpose in the infinitive a phrasal verb takes ("signed on to return")', () => {
    expect(
      givesReason(
        sentence('Teodora Vask has signed on to return as Queen Ysolde for the final film.'),
      ),
    ).toBe(false);
    expect(givesReason(sentence('The studio cut its staff back to save money.'))).toBe(true);
  });

  it('finds no reason in a plain statement', () => {
    expect(givesReason(sentence('He scored twice in the first half.'))).toBe(false);
  });
});

describe('decades', () => {
  it('reads "the 1980s", "the \'90s" and "the (late) eighties" as the ten years of the decade', () => {
    expect(decadesIn('What was shown in the 1980s?')[0]).toEqual([
      1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989,
    ]);
    expect(decadesIn("in the '90s")[0]?.[0]).toBe(1990);
    expect(decadesIn('not shown since the late eighties', 2026)[0]?.[0]).toBe(1980);
    // The latest such decade that had begun by the year given.
    expect(decadesIn('the twenties', 2026)[0]?.[0]).toBe(2020);
    expect(decadesIn('the thirties', 2026)[0]?.[0]).toBe(1930);
    expect(yearGroupsIn('since the late eighties').some((group) => group.includes(1987))).toBe(
      true,
    );
    expect(yearsIn('It was built in the 1960s.')).toContain(1965);
  });

  it('is no age: "in her eighties" names no years', () => {
    expect(decadesIn('a woman in her eighties')).toEqual([]);
  });

  it('reads as "the 1980s" in a refusal', () => {
    expect(yearGroupLabel(decadesIn('the 1980s')[0]!)).toBe('the 1980s');
    expect(yearGroupLabel([2021, 2022])).toBe('2021-2022');
  });
});

describe('a year bounded by a preposition of time', () => {
  const years = (question: string) => findConstraints(parser.parse(question)).years;

  it('allows the years on its side: "before 2023" earlier ones, "since 2019" that one and later', () => {
    const before = years('Who managed The Harbour Crest before 2023?');
    expect(before).toHaveLength(1);
    expect(before[0]).toContain(2022);
    expect(before[0]).toContain(2009);
    expect(before[0]).not.toContain(2023);
    const since = years('How is the library run since 2021?')[0]!;
    expect(since).toContain(2021);
    expect(since).toContain(2024);
    expect(since).not.toContain(2020);
    expect(years('Who led the club after 2019?')[0]).not.toContain(2019);
    expect(years('Who led the club until 2019?')[0]).toContain(2019);
    expect(years('Who led the club until 2019?')[0]).not.toContain(2020);
    const onwards = years("Who has won the women's race from 2018 onwards?")[0]!;
    expect(onwards).toContain(2018);
    expect(onwards).toContain(2021);
  });

  it('reads as the side it allows in a refusal', () => {
    expect(yearGroupLabel(years('Who ran it before 2023?')[0]!)).toBe('2022 or earlier');
    expect(yearGroupLabel(years('Who has run it since 2019?')[0]!)).toBe('2019 or later');
  });

  it('is only the year the preposition governs, not one naming an event after it', () => {
    expect(years("What changed after 2019's flood?")).toEqual([[2019]]);
    expect(years('Who coached them before the 2023 season?')).toEqual([[2023]]);
    expect(years('Who coached them in 2023?')).toEqual([[2023]]);
  });
});

describe('a span of years written "from … to …"', () => {
  it('is one group of every year in it, met by any', () => {
    const parsed = parser.parse("Which company was the race's title sponsor from 2012 to 2019?");
    const spans = withYearSpans(parsed, findConstraints(parsed).years);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    // Years not written as a span stay apart.
    const both = parser.parse('Who won in 2012 and in 2019?');
    expect(withYearSpans(both, findConstraints(both).years)).toEqual([[2012], [2019]]);
  });
});
