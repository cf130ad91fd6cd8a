/** What a follow-up's pronoun takes from the previous turn. */
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/analyze/classify-question.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { resolveConversation } from '../../src/answer/analyze/resolve-conversation.js';
import type { WordVectors } from '../../src/embed/word-vectors.js';
import type { ChatMessage } from '../../src/answer/chat-types.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';

const parser = createTextParser();
let lexicon: WordVectors;

beforeAll(async () => {
  lexicon = await createFakeWordVectors(['group', 'company'])();
});

/** What `question` takes from `history`, with the previous turn's own resolution when given. */
function resolveAfter(
  history: ChatMessage[],
  question: string,
  previous: Pick<
    Parameters<typeof resolveConversation>[0],
    'previousResolved' | 'previousSearch' | 'previousReferent'
  > = {},
) {
  const parsed = parser.parse(question);
  return resolveConversation({
    parser,
    parsed,
    history,
    classification: classifyQuestion(parsed.tokens, lexicon, parsed.text),
    lexicon,
    ...previous,
  });
}

function contextOf(history: ChatMessage[], question: string): string {
  return resolveAfter(history, question).context;
}

describe('a follow-up’s "it"', () => {
  it('means what the previous answer said when that answer was a thing, not a name or figure', () => {
    const context = contextOf(
      [
        { role: 'user', content: 'What is she doing instead of the third film?' },
        { role: 'assistant', content: 'Directing a film adaptation of the Harbour game.' },
      ],
      'Who is writing it?',
    );
    expect(context).toContain('adaptation');
  });

  it('means what the previous question asked about when the answer was a name', () => {
    const context = contextOf(
      [
        { role: 'user', content: 'Which group claimed the bus ambush?' },
        { role: 'assistant', content: 'Jaish-ul-Adl, in a statement on Friday.' },
      ],
      'How many people did that attack kill?',
    );
    expect(context).toContain('ambush');
    expect(context).not.toContain('statement');
  });
});

describe('an elliptical follow-up after a table row', () => {
  it("takes no words from the row's cells, the data asked of, only the question's", () => {
    const context = contextOf(
      [
        { role: 'user', content: 'What was group occupancy in the third quarter of 2018?' },
        {
          role: 'assistant',
          content:
            '| Q3 (Jul–Sep) | 87% | 91% | [1] | Full year | 62.5% | around 64% (forecast) | [2]',
        },
      ],
      'What about the same quarter in 2021?',
    );
    expect(context).toContain('occupancy');
    expect(context).not.toContain('forecast');
  });
});

describe('a follow-up setting its own topic before a comma', () => {
  const history: ChatMessage[] = [
    { role: 'user', content: 'What happened to the mill in 1923?' },
    { role: 'assistant', content: 'The mill burned down in March 1923.' },
  ];

  it('takes nothing from the earlier turns when the topic is new ("And the railway, when did it arrive?")', () => {
    const resolved = resolveAfter(history, 'And the railway, when did it arrive?');
    expect(resolved.context).toBe('');
    expect(resolved.constraints.years).toEqual([]);
  });

  it('still leans on them when the topic is the earlier one ("And the mill, why did it burn?")', () => {
    expect(contextOf(history, 'And the mill, why did it burn?')).toContain('1923');
  });
});

describe('a follow-up’s "his"', () => {
  it('means no name after a preposition of place ("from a group in Freiburg"), but the person the answer named', () => {
    const resolved = resolveAfter(
      [
        { role: 'user', content: 'Which lab member came from a biochemistry group in Freiburg?' },
        {
          role: 'assistant',
          content: 'Dr Lukas Brenner, postdoctoral researcher, who joined us in January [1]',
        },
      ],
      'When did his contract end?',
    );
    expect([...resolved.constraints.names.flat()]).toEqual(
      expect.arrayContaining(['lukas', 'brenner']),
    );
    expect(resolved.constraints.names.flat()).not.toContain('freiburg');
  });

  it('goes on meaning whom the turn before meant when that turn named no one', () => {
    const resolved = resolveAfter(
      [
        { role: 'user', content: 'When did his contract end?' },
        { role: 'assistant', content: "I couldn't find that in the documents." },
      ],
      'Who took over his enzyme work?',
      { previousSearch: () => 'When did his contract end? Dr Lukas Brenner' },
    );
    expect(resolved.constraints.names.flat()).toEqual(expect.arrayContaining(['lukas', 'brenner']));
  });
});

describe('a follow-up asking when the person did something else', () => {
  it('does not keep the year of the previous question ("…in 2021?" — "When did he stand down?")', () => {
    const history: ChatMessage[] = [
      { role: 'user', content: 'Who chaired the trust board in 2021?' },
      { role: 'assistant', content: 'Sir David Pell [1]' },
    ];
    const resolve = (question: string) => resolveAfter(history, question);
    expect(resolve('When did he stand down?').constraints.years).toEqual([]);
    // Asked what else of that time, the year stays.
    expect(resolve('How many meetings did he chair?').constraints.years).toEqual([[2021]]);
  });
});

describe('a follow-up’s "he" among several names', () => {
  it('prefers a person’s full name ("… Ahmad Vahidi") to a one-word name ("Dawn")', () => {
    const resolved = resolveAfter(
      [
        { role: 'user', content: 'What was the February 2022 Dawn story about?' },
        {
          role: 'assistant',
          content:
            "Iran and Pakistan set up a joint working group during Iranian Interior Minister Ahmad Vahidi's visit to Islamabad.",
        },
      ],
      'Who did he meet?',
    );
    expect(resolved.referent).toEqual(expect.arrayContaining(['ahmad', 'vahidi']));
    expect(resolved.referent).not.toContain('dawn');
  });

  it('means the one-word name a "who" question was answered with, before a full name the question gave', () => {
    const resolved = resolveAfter(
      [
        { role: 'user', content: 'Who replaced Rob Szczepański as head brewer?' },
        {
          role: 'assistant',
          content:
            'Niamh [1]\n\nTaking over from Rob as head brewer is my daughter Niamh, who has been his deputy since 2015. [1]',
        },
      ],
      'When did she start in that job?',
    );
    expect(resolved.referent).toEqual(['niamh']);
  });

  it('keeps meaning whom the previous question’s same pronoun meant, not the people its answer named', () => {
    const resolved = resolveAfter(
      [
        { role: 'user', content: 'Who did he meet?' },
        { role: 'assistant', content: 'PM Imran Khan and Interior Minister Sheikh Rashid Ahmed.' },
      ],
      'What did he suggest doing with the border commission?',
      {
        previousResolved: () => ({
          years: [],
          quarters: [],
          names: [['ahmad', 'vahidi']],
          numbers: [],
        }),
      },
    );
    expect(resolved.referent).toEqual(['ahmad', 'vahidi']);
  });
});

describe('the same pronoun after a question naming a thing', () => {
  it('means whom the previous pronoun meant, not the name the previous question gave', () => {
    const resolved = resolveAfter(
      [
        { role: 'user', content: 'What had he written for Larkspur back in 2017?' },
        {
          role: 'assistant',
          content: 'The rewrite was led by Chris Weller, who also wrote the build system in 2017.',
        },
      ],
      'How long did that take him?',
      {
        previousResolved: () => ({
          years: [[2017]],
          quarters: [],
          names: [['larkspur'], ['chris', 'weller']],
          numbers: [],
        }),
        previousReferent: () => ['chris', 'weller'],
      },
    );
    expect(resolved.referent).toEqual(['chris', 'weller']);
  });
});

describe('a follow-up after one that gave only a year', () => {
  it('takes its words from what that turn was read as ("And in 2022?" then "what about the year after?")', () => {
    const resolved = resolveAfter(
      [
        { role: 'user', content: 'And in 2022?' },
        { role: 'assistant', content: '655,800 [1]' },
      ],
      'what about the year after?',
      { previousSearch: () => 'And in 2022? What was the passenger total at Harrowfield in 2019?' },
    );
    expect(resolved.context).toContain('passenger');
  });
});
