/**
 * "Was it unanimous?": a tally counting anyone against or abstaining says no, "unanimously"
 * says yes, in the tally closing the item of minutes that states most of the question.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { unanimityVerdict } from '../../src/answer/compose/vote-tally.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet } from '../../src/text/wordnet.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const verdict = (text: string) => unanimityVerdict(text, parser.parse(text).tokens);

describe('unanimityVerdict', () => {
  it('is "No" for a tally with anyone against or abstaining', () => {
    expect(verdict('The authority voted 11 to 6 in favour of merging the two stations.')).toBe(
      'No',
    );
    expect(verdict('The vote was carried by five votes to two.')).toBe('No');
    expect(verdict('It was agreed by a show of hands, with three votes against.')).toBe('No');
    expect(verdict('Agreed, with one abstention (AP).')).toBe('No');
    expect(verdict('The court split 2-1 on the sentence.')).toBe('No');
    expect(verdict('The motion carried 9 to 2 (Trustees Pierce and Tolliver opposed).')).toBe('No');
    // A comma between the verb and its tally; figures counted as votes, whatever precedes them.
    expect(verdict('Motion carried, 6 votes to 1 (Baptiste opposed).')).toBe('No');
    expect(verdict('The amendment fell by a margin of nine votes to four.')).toBe('No');
    // Two counts of votes in one clause: a contest.
    expect(
      verdict('Following a secret ballot, the result was Fyfe 41 votes, Gilchrist 33 votes.'),
    ).toBe('No');
  });

  it('is "Yes" for a choice no one opposed ("elected unopposed")', () => {
    expect(verdict('Isla Gilchrist was elected Vice-President unopposed.')).toBe('Yes');
  });

  it('is "Yes" for a unanimous decision, "No" when that is negated', () => {
    expect(verdict('Agreed unanimously.')).toBe('Yes');
    expect(verdict("The commission's three members were unanimous.")).toBe('Yes');
    expect(verdict('The decision was not unanimous.')).toBe('No');
  });

  it('is null for a tally with no one against, or no tally', () => {
    expect(verdict('Carried, with 12 in favour and none against.')).toBeNull();
    expect(verdict('The proposal was discussed at length.')).toBeNull();
  });
});

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_minutes.md': `date 2021-04-20 Zoo trustees: minutes of the board meeting, 20 April 2021

4. Admission prices. The director proposed raising the adult day ticket from £18.50 to £19.95 from 1 July 2021. Agreed, with one abstention.

5. Car park. The director proposed resurfacing the car park at a cost of £40,000. Agreed unanimously.`,
      '002_subscriptions.md': `date 2023-03-14 Friends of the park: committee minutes, March 2023

3. Subscriptions. The treasurer proposed raising the annual subscription from £8 to £10 from April. The motion carried 5 to 1.`,
      '003_railway.md': `date 2023-03-23 Hill railway trust: minutes of the board, 23 March 2023

Present: the Chair, the Treasurer, the Secretary and six trustees.
2. Car park extension
The board considered a proposal to build a car park extension of 140 spaces on the lower field at an estimated cost of £620,000.
Two trustees argued that the creamery site should be assessed first.
The engineer reported that the creamery site was not for sale.
Decision: That the trust apply for planning permission for the lower field scheme. Carried by 7 votes to 2.
3. Fares for 2023
The board agreed that the adult return fare should rise from £28 to £30. Agreed unanimously.
4. Bequest
The Treasurer proposed that the Whitley bequest be spent on an accessible ramp and handrails along the side path, with any balance placed in a reserve.
Seconded by the Secretary. Carried unanimously.`,
      '005_curling.md': `Curling club: minutes of the AGM, 12 May 2022

5. Election of President
Two nominations had been received: Alasdair Fyfe and Isla Gilchrist. Following a secret ballot, the result was Fyfe 41 votes, Gilchrist 33 votes. Alasdair Fyfe was declared elected. Isla Gilchrist was then elected Vice-President unopposed. The Secretary and the Treasurer continue in office.
6. Anniversary dinner
The Secretary proposed an anniversary dinner in September at Kilbrannan House. Decision: Carried unanimously.`,
      '004_league.md': `Netball league board: minutes, Tuesday, January 12, 2021

1. Call to order. The chair called the meeting to order at 7:02 p.m. A quorum was present.

2. Treasurer's report. The league finished 2020 with a surplus of $9,120. Hall rental charged by the school district rose 10% in the fall.

3. Registration fee. Motion to raise the team registration fee from $380 to $420 beginning with the spring 2021 season. Discussion: one director argued the increase would hurt student teams. Motion carried, 6 votes to 1.

4. Umpire pay. Motion to raise umpire pay from $20 to $24 per match. Approved unanimously.

5. Kit. The board approved new bibs for every court. Approved unanimously.

6. Awards night. The board approved a budget of $600 for the awards night. Approved unanimously.`,
    },
    { lexicon: await loadPackagedWordVectors(), senses: openWordNet() },
  );
});

describe('asked whether a decision was unanimous', () => {
  it('reads a tally straight after a verb of a motion\'s fate ("The motion carried 5 to 1")', () => {
    expect(
      corpus.ask('Was the committee vote on raising the subscription unanimous?').answer,
    ).toMatch(/^No\b/u);
  });

  it('answers from the tally recorded after the proposal', () => {
    expect(
      corpus.ask('Did the trustees agree the 2021 ticket price rise unanimously?').answer,
    ).toMatch(/^No\b/u);
    expect(corpus.ask('Was the car park resurfacing agreed unanimously?').answer).toMatch(
      /^Yes\b/u,
    );
  });

  it('reads the tally closing the item, however many sentences after the proposal', () => {
    expect(
      corpus.ask('Was the plan for spending the Whitley bequest agreed unanimously?').answer,
    ).toMatch(/^Yes\b/u);
  });

  it("reads the items of the best sentences' minutes that the search ranked lower", () => {
    expect(corpus.ask('Was the January 2021 fee increase approved unanimously?').answer).toMatch(
      /^No\b.*registration fee.*6 votes to 1/su,
    );
  });

  it('reads "unopposed" as unanimity is read, of the one asked about only', () => {
    expect(corpus.ask('Was Alasdair Fyfe elected unopposed in 2022?').answer).toMatch(
      /^No\b.*41 votes/su,
    );
    expect(corpus.ask('Was Isla Gilchrist elected Vice-President unopposed?').answer).toMatch(
      /^Yes\b/u,
    );
    // A label before the tally ("Decision:") is no one's name.
    expect(
      corpus.ask('Was the vote on the anniversary dinner at Kilbrannan House unanimous?').answer,
    ).toMatch(/^Yes\b/u);
  });

  it("reads the tally of the item stating most of the question, not a nearer item's", () => {
    expect(
      corpus.ask("Was the board's decision on the car park extension unanimous?").answer,
    ).toMatch(/^No\b.*\n\n.*car park extension.*Carried by 7 votes to 2/su);
  });
});
