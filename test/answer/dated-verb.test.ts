/**
 * A date after a verb is that verb's time (right association): asked when someone died, a
 * sentence saying he "has died … founded the bakery in 1962" gives no date of the death.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import {
  askedDoer,
  datedDoer,
  datedObject,
  datesAnotherVerb,
  verbDated,
} from '../../src/answer/evidence/dated-verb.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const dateIn = (text: string, date: string) => {
  const parsed = parser.parse(text);
  const entity = parsed.entities.find((one) => one.text === date);
  if (!entity) throw new Error(`no entity ${date} in ${JSON.stringify(parsed.entities)}`);
  return { parsed, entity };
};

describe('the verb a date gives the time of', () => {
  it('is the nearest verb before it, past one taking a figure', () => {
    const { parsed, entity } = dateIn('The shop he opened in 1962 closed in 1993.', '1993');
    expect(verbDated(parsed, entity)).toBe('close');
    const aged = dateIn('He died, aged 84, on 17 November 2018 at home.', '17 November 2018');
    expect(verbDated(aged.parsed, aged.entity)).toBe('die');
  });

  it('is the verb that takes the date itself ("died 2 March 2023")', () => {
    const { parsed, entity } = dateIn(
      'Born 9 August 1931; died 2 March 2023, aged 91',
      '2 March 2023',
    );
    expect(verbDated(parsed, entity)).toBe('die');
    const born = dateIn('Born 9 August 1931; died 2 March 2023, aged 91', '9 August 1931');
    expect(verbDated(born.parsed, born.entity)).toBe('bear');
  });

  it('is none for a date opening its sentence', () => {
    const { parsed, entity } = dateIn('In 1962, the year he married, he opened the shop.', '1962');
    expect(verbDated(parsed, entity)).toBeNull();
    expect(datesAnotherVerb(parsed, entity, new Set(['open']))).toBe(false);
  });

  it('is the verb right after the subject a date opening its sentence is followed by', () => {
    const { parsed, entity } = dateIn(
      'In June the Ashcombe Orchard and Press Group elected Tomasz Wielgosz as its chair.',
      'June',
    );
    expect(verbDated(parsed, entity)).toBe('elect');
    const inserted = dateIn(
      'On 24 November about sixty volunteers, including a dozen Cubs, planted all 42 trees.',
      '24 November',
    );
    expect(verbDated(inserted.parsed, inserted.entity)).toBeNull();
  });

  it("sets aside another verb's date only when the sentence states the asked verb", () => {
    const { parsed, entity } = dateIn('The shop he opened in 1962 closed in 1993.', '1962');
    expect(datesAnotherVerb(parsed, entity, new Set(['close']))).toBe(true);
    expect(datesAnotherVerb(parsed, entity, new Set(['open']))).toBe(false);
    expect(datesAnotherVerb(parsed, entity, new Set(['shut']))).toBe(false);
  });
});

describe('who did what a date gives the time of', () => {
  it('is the name before the verb, before an apposition, or before a relative "who"', () => {
    const relative = dateIn(
      'Mrs McAndrew, a paramedic who joined the team in 2007, took over as team leader.',
      '2007',
    );
    expect(datedDoer(relative.parsed, relative.entity)).toEqual(['mrs', 'mcandrew']);
    const apposed = dateIn('BO, a geography teacher, joined the team in 2013.', '2013');
    expect(datedDoer(apposed.parsed, apposed.entity)).toEqual(['bo']);
    const plain = dateIn('Frank Mulvey founded the club in 1987.', '1987');
    expect(datedDoer(plain.parsed, plain.entity)).toEqual(['frank', 'mulvey']);
  });

  it("is another than the asked one's, but what the verb is done to may be the asked one", () => {
    const { parsed, entity } = dateIn(
      'In June the Ashcombe Orchard and Press Group elected Tomasz Wielgosz as its chair, succeeding Rosalind Barkworth.',
      'June',
    );
    expect(datedDoer(parsed, entity)).toEqual(['press', 'group']);
    expect(datedObject(parsed, entity)).toEqual(['tomasz', 'wielgosz']);
    const plain = dateIn('Frank Mulvey founded the club in 1987.', '1987');
    expect(datedObject(plain.parsed, plain.entity)).toBeNull();
  });

  it('is none for a pronoun, or a name inside a phrase', () => {
    const pronoun = dateIn('She will take up the post on 8 January 2018.', '8 January 2018');
    expect(datedDoer(pronoun.parsed, pronoun.entity)).toBeNull();
    const phrase = dateIn(
      "The new fire station on Tanner's Way became operational on 14 November 2023.",
      '14 November 2023',
    );
    expect(datedDoer(phrase.parsed, phrase.entity)).toBeNull();
  });

  it('is asked by a question whose subject is a name', () => {
    const asked = (question: string) => askedDoer(parser.parse(question).tokens);
    expect(asked('When did Ian Fellowes first join the rescue team?')).toEqual(['ian', 'fellowes']);
    expect(asked("When was Harland Homes' appeal dismissed by the inspector?")).toBeNull();
    expect(asked('When did he hand over the chair?')).toBeNull();
    // In the passive, the subject is what was done to: "Frank Mulvey founded the club in 1987".
    expect(asked('When was Redgate Amateur Boxing Club founded?')).toBeNull();
  });
});

describe('asked when a named one did something', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '004.md': ` date 2019-10-07 Mountain rescue team moves into its new base

Mrs McAndrew, a paramedic who joined the team in 2007, took over as team leader in April, after Ian Fellowes stepped down following eleven years in the role.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  });

  it("gives no date of another named one's doing in a sentence naming both", () => {
    const response = corpus.ask('When did Ian Fellowes first join the rescue team?');
    expect(response.answer).not.toMatch(/^2007/u);
    expect(corpus.ask('When did Mrs McAndrew join the rescue team?').answer).toMatch(/^2007/u);
  });
});

describe('asked when a named one did something, of a date opening its sentence', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '005.md': ` date 2019-11-02 Orchard group elects a new chair

In June the Ashcombe Orchard and Press Group elected Tomasz Wielgosz as its chair, succeeding Rosalind Barkworth, who led the group for five years before moving to Cornwall.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  });

  it("gives no date of another's doing, but one of what was done to the asked one", () => {
    const joined = corpus.ask('When did Rosalind Barkworth first join the orchard group?');
    expect(joined.answer).not.toMatch(/^June/u);
    expect(corpus.ask('When did Tomasz Wielgosz become chair?').answer).toMatch(/^June/u);
  });
});

describe('asked when', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '001_obituary.md': `date 2018-11-23 Obituary: a baker remembered

Arthur Hartnell, who has died at his home in Bramwick aged 84, founded Hartnell's Bakery with his wife June in 1962 and baked every morning for forty years.

He was born in Coldhurst, the son of a coal miner, and left school at fifteen.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
  });

  it("gives no other verb's date for the asked event", () => {
    const { answer } = corpus.ask('When did Arthur Hartnell die?');
    expect(answer).not.toMatch(/^1962/u);
    expect(corpus.ask('When did Arthur Hartnell found the bakery?').answer).toMatch(/^1962/u);
  });
});

describe('asked when of a phrasal verb ("pass away")', () => {
  const senses = openWordNet();
  afterAll(() => senses.close());
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    corpus = createExtractiveCorpus(
      {
        '007_obituary.md': `date 2023-03-10 Obituary: the observatory's founder

**Elspeth Murdoch, astronomer**

### Born 9 August 1931; died 2 March 2023, aged 91

Elspeth Murdoch, who has died at the age of 91, spent seven years persuading a sceptical university to build an observatory.`,
      },
      { lexicon: await loadPackagedWordVectors(), senses },
    );
  });

  it("gives the date its synonym's verb takes ('died 2 March 2023'), not another verb's", () => {
    expect(corpus.ask('When did Elspeth Murdoch pass away?').answer).toMatch(/^2 March 2023/u);
  });
});

describe('a phrasal verb asked ("pass away")', () => {
  const senses = openWordNet();
  afterAll(() => senses.close());

  it('is not stated by its verb without its particle ("passed the leadership")', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_wren.md': `date 2024-03-01 Kellingford remembers its orchestra leader

Tomasz Wren passed the leadership to Anna Kowal on 1 May 2020 after twenty-eight years.

The orchestra announced that the violinist had died. He died on 19 February 2024 after a short illness.`,
      },
      { lexicon: await loadPackagedWordVectors(), senses },
    );
    expect(corpus.ask('When did Tomasz Wren pass away?').answer).toMatch(/^19 February 2024/u);
  }, 60_000);
});
