/**
 * "Was the amendment passed?": minutes record a motion's fate with a verb of deciding ("was
 * lost by 5 votes to 9", "Carried: 41 for, 14 against"), in the sentence stating the motion or
 * one after it in its item; the answer is yes when it went through, no when it fell.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import {
  askedMotionOutcome,
  asksApprovalOfThing,
  motionOutcome,
  motionVerbs,
} from '../../src/answer/compose/motion-outcome.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const outcome = (text: string) => motionOutcome(parser.parse(text).tokens);
const asked = (text: string) => askedMotionOutcome(parser.parse(text).tokens);

describe('motionOutcome', () => {
  it('reads a verb of deciding said of a motion, with a tally, or opening the sentence', () => {
    expect(outcome('The amendment was lost by 5 votes to 9.')).toBe('lost');
    expect(outcome('Put to a vote, the proposal was defeated by 21 votes to 29.')).toBe('lost');
    expect(outcome('Carried: 41 for, 14 against, 2 abstentions.')).toBe('carried');
    expect(outcome('Carried unanimously.')).toBe('carried');
    expect(outcome('The proposal was carried by 4 votes to 1.')).toBe('carried');
    expect(outcome('The motion was not carried.')).toBe('lost');
  });

  it('reads no vote where the verbs are said of anything else', () => {
    expect(outcome('The ferry carried 498,700 passengers in the year.')).toBeNull();
    expect(outcome('Ashcombe lost by four wickets.')).toBeNull();
    expect(outcome('Visitor numbers fell by 5% to 41,000.')).toBeNull();
    expect(outcome('The Treasurer proposed a fee of £20 for support members.')).toBeNull();
  });
});

describe('motionVerbs', () => {
  it('reads what a motion would do by the verb after its "to"', () => {
    const verbs = (text: string) => [...motionVerbs(parser.parse(text).tokens)];
    expect(
      verbs(
        'A motion from Millpond Lane plot holders to allow hosepipes at that site was defeated by 48 votes to 22.',
      ),
    ).toEqual(['allow']);
    expect(verbs('The proposal to freeze the precept was carried.')).toEqual(['freeze']);
    // "to" of another verb is not the motion's.
    expect(verbs('The motion was sent to members.')).toEqual([]);
  });
});

describe('asksApprovalOfThing', () => {
  it("asks whether a body approved a thing by a verb of a motion's passing with an object", () => {
    const asks = (text: string) => asksApprovalOfThing(parser.parse(text).tokens);
    expect(asks('Did the committee approve buying CCTV in March 2024?')).toBe(true);
    expect(asks('Did the trustees accept the offer?')).toBe(true);
    expect(asks('Did the club open a new pavilion?')).toBe(false);
    expect(asks('Was the amendment passed?')).toBe(false);
  });
});

describe('askedMotionOutcome', () => {
  it("asks whether a motion went through by the question's last verb or a vote for it", () => {
    expect(asked("Was Councillor Ormerod's amendment to keep both engines passed?")).toBe(
      'carried',
    );
    expect(asked('Did the proposal to freeze the precept in January 2019 succeed?')).toBe(
      'carried',
    );
    expect(asked('Did members vote to allow dogs on leads on the boundary?')).toBe('carried');
    expect(asked('Did the traders vote in favour of banning plastic bags?')).toBe('carried');
    expect(asked('Was the motion defeated?')).toBe('lost');
    expect(asked('Did the trustees approve the motion?')).toBe('carried');
  });

  it('asks no fate of a motion when a body did the verb to a thing that is none', () => {
    expect(asked('Did the Community Sports Fund approve the grant for the practice nets?')).toBe(
      null,
    );
    expect(asked('Did the club open a new pavilion?')).toBeNull();
  });
});

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_minutes.md': `date 2023-07-12 Fire Authority: minutes of the meeting of 12 July 2023

6. Stowbridge station. Councillor Ormerod moved an amendment to retain both engines at Stowbridge. The amendment was lost by 5 votes to 9.

7. Training centre. The Chief Fire Officer proposed building a new training tower at Felton Cross at a cost of £380,000. Members discussed the cost at length. Carried by 11 votes to 3.

8. Dogs. A motion from the Felton crews to allow bicycles on the training ground was defeated by 4 votes to 10.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('asked whether a motion was passed', () => {
  it('answers from the fate recorded in its item', () => {
    const lost = corpus.ask("Was Councillor Ormerod's amendment to retain both engines passed?");
    expect(lost.answer).toMatch(/^No\b/u);
    expect(lost.answer).toContain('lost by 5 votes to 9');
    expect(
      corpus.ask('Was the proposal to build a new training tower at Felton Cross approved?').answer,
    ).toMatch(/^Yes\b/u);
  });

  it('answers whether a body approved what an item states by the fate recorded after it', () => {
    const response = corpus.ask(
      'Did the Fire Authority approve building a new training tower at Felton Cross?',
    );
    expect(response.answer).toMatch(/^Yes\b/u);
    expect(response.answer).toContain('Carried by 11 votes to 3');
  });

  it('answers whether what a motion would do was done by its fate', () => {
    const response = corpus.ask('Were bicycles allowed on the training ground?');
    expect(response.answer).toMatch(/^No\b/u);
    expect(response.answer).toContain('defeated by 4 votes to 10');
  });
});
