/**
 * A figure a sentence gives of another named subject than the question's is not the answer
 * (evidence/another-subject.ts): the unit reads the subject, the corpus test fails when the
 * rule is switched off.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import {
  aboutAnother,
  relativeAntecedent,
  rowSubject,
  subjectName,
  subjectNames,
} from '../../src/answer/evidence/another-subject.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const subject = (text: string, from = 0) => subjectName(parser.parse(text), from)?.text ?? null;

describe('subjectName', () => {
  it('reads the name heading the noun phrase before the verb', () => {
    expect(subject('Norwegian headphone maker Solvik Audio said it would cut 180 jobs.')).toBe(
      'Solvik Audio',
    );
    expect(subject("Solvik Audio's revenue rose 4% to $279 million.")).toBe('Solvik Audio');
  });

  it('reads the name a non-restrictive relative clause follows ("Wierzbicki, who became…, will take")', () => {
    expect(
      subject(
        'Wierzbicki, who became music director in 2011, will take the title of conductor laureate.',
      ),
    ).toBe('Wierzbicki');
    expect(subject('The orchestra, which Wierzbicki led, will tour Japan.')).toBeNull();
  });

  it('skips the dateline', () => {
    const text = 'AUSTIN, Texas - Kettle Systems said on Tuesday it would cut 640 jobs.';
    expect(subject(text, text.indexOf('Kettle'))).toBe('Kettle Systems');
  });

  it('finds no name subject behind a preposition, a pronoun or a common noun', () => {
    expect(subject('Analysts at Fjellstad Markets expect revenue of $300 million.')).toBeNull();
    expect(subject('It said revenue fell 7% to €1.71 billion.')).toBeNull();
    expect(subject('For comparison, the original Nimbus launched at $349 in 2020.')).toBeNull();
  });

  it('leaves the reporter aside when it reports a clause about something else', () => {
    expect(
      subject('Lumenstream disclosed that season two drew 298 million hours in its first month.'),
    ).toBeNull();
    expect(subject('Solvik Audio said in November that it would cut 180 jobs.')).toBe(
      'Solvik Audio',
    );
  });
});

describe('relativeAntecedent', () => {
  const antecedent = (text: string) => relativeAntecedent(parser.parse(text))?.text ?? null;

  it('reads the name of the phrase after the verb that a relative clause describes', () => {
    expect(
      antecedent(
        'The second-biggest was the Bracken Hollow fire on 21 August, which burned 64 hectares.',
      ),
    ).toBe('Bracken Hollow');
  });

  it("reads none inside the subject, nor after the main clause's own figures", () => {
    expect(
      antecedent(
        'The Golden Boot winner, who fired the side to the title, has signed for £140,000 a week.',
      ),
    ).toBeNull();
    expect(
      antecedent(
        'She will start on an initial four-year contract, succeeding Tomasz Wierzbicki, who steps down in the summer.',
      ),
    ).toBeNull();
  });
});

describe('aboutAnother', () => {
  const parsed = parser.parse('Norwegian headphone maker Solvik Audio said it would cut 180 jobs.');
  const words = parsed.tokens.map((token) => token.normal);
  const mentions = (name: readonly string[]) => name.some((word) => words.includes(word));

  it('holds when the sentence names none of the asked names and its subject is another', () => {
    expect(aboutAnother(parsed, [['brightwell']], { mentions, isOther: () => true })).toBe(true);
  });

  it('does not hold when the sentence names an asked name, or the caller keeps the subject', () => {
    expect(aboutAnother(parsed, [['solvik']], { mentions, isOther: () => true })).toBe(false);
    expect(aboutAnother(parsed, [['brightwell']], { mentions, isOther: () => false })).toBe(false);
    expect(aboutAnother(parsed, [], { mentions, isOther: () => true })).toBe(false);
  });
});

describe('rowSubject and subjectNames', () => {
  it("reads a table row's first cell as what its figures are of", () => {
    expect(rowSubject(parser.parse('| Solvik Audio | $352m | +11% |'))?.text).toBe('Solvik Audio');
    expect(rowSubject(parser.parse('Solvik Audio made $352m.'))).toBeNull();
  });

  it('leaves out a name modifying a noun in a prepositional phrase, not one heading its phrase', () => {
    const asked = (question: string, names: string[][]) =>
      subjectNames(parser.parse(question), names);
    expect(
      asked('How much revenue did Tonearc have before the Solvik deal?', [['tonearc'], ['solvik']]),
    ).toEqual([['tonearc']]);
    expect(
      asked('How much did Port Elland spend to bring in Theo Lindqvist?', [
        ['port', 'elland'],
        ['theo', 'lindqvist'],
      ]),
    ).toHaveLength(2);
  });
});

describe('answers of another named subject', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '001_kettle-layoffs.txt': `Austin appliance maker to shed staff

AUSTIN, Texas - Kettle Systems said on Tuesday that it would cut 640 jobs, about 11% of its staff, and close its Portland office.

Revenue fell to €41 million in the third quarter. The cuts follow similar moves across the industry. Norwegian speaker maker Fjordline Audio said in November that it would lay off 180 workers.`,
        '002_brewmaster.txt': `Brewmaster coffee machine announced

AUSTIN, Texas - Kettle Systems announced a coffee machine on Monday. Brewmaster goes on sale on 18 November, priced at $349.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  }, 60_000);

  it("answers with the asked company's figure, not a rival's the article also gives", () => {
    const response = corpus.ask('How many workers did Kettle Systems lay off in its cuts?');
    expect(response.refused).toBe(false);
    expect(response.answer.split('\n')[0]).toContain('640');
    expect(response.answer.split('\n')[0]).not.toContain('180');
  });

  it('keeps a common word read as a name at the start of a sentence as no subject', () => {
    const response = corpus.ask('How much revenue did Kettle Systems make in the third quarter?');
    expect(response.answer.split('\n')[0]).toContain('€41 million');
  });

  it("keeps what the title names as the article's own subject", () => {
    const response = corpus.ask("How much will Kettle Systems' new coffee machine cost?");
    expect(response.answer.split('\n')[0]).toContain('$349');
  });

  it("does not answer with a table row of another company named only in the question's phrase", async () => {
    const tabled = createExtractiveCorpus(
      {
        '001_roundup.md': `# The hardware trio's year

Vantor agreed in March to buy Harbour Air, a maker of fans, for $145 million.

| Company | Revenue | Growth |
| --- | --- | --- |
| Kettle Systems | $352m | +11% |
| Harbour Air | $98m | +4% |`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    const response = tabled.ask('How much revenue did Vantor have before the Harbour Air deal?');
    expect(response.answer.split('\n')[0]).not.toContain('$98m');
    expect(response.answer.split('\n')[0]).not.toContain('$352m');
    // The row of the company asked is its own, its name spelt the British way or not.
    expect(tabled.ask('How much revenue did Harbour Air have?').answer).toMatch(/^\$98m \[1\]/u);
  }, 60_000);

  it("still answers the rival's figure when the rival is asked", () => {
    const response = corpus.ask('How many workers did Fjordline Audio lay off?');
    expect(response.answer.split('\n')[0]).toContain('180');
  });
});
