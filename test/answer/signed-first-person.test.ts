/**
 * A passage signed off by its writer ("Geoffrey Hartley, Chairman") speaks in the first person
 * for that writer: a question naming the writer is answered from its "I" sentences.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_letter.md': `date 2021-02-20 A letter to members

Dear Member,

I am writing to let you know that I will not stand for re-election at our Annual General Meeting in April.

I have been your chairman for twelve years, since the spring of 2009, and a member of this society for more than forty. I joined this society in 1978 to work on the footplate.

With my warmest thanks and very best wishes,

Geoffrey Hartley
Chairman, Ashbrook Vale Railway Society`,
      '002_news.md': `date 2021-05-01 Society news

The spring meeting was held in the carriage shed at Ashbrook, with more than ninety members present and the urn working for once. The accounts for the year were approved without a vote, and the winter working parties were thanked for relaying the curve at Millford Halt. Members heard that the Santa Specials had sold out for the third year running, and that the booking office will open on Sundays from June.

Susan Caldwell was elected chair of the Ashbrook Vale Railway Society at the April meeting. "I have served as treasurer for five years and I know every corner of this railway," she said.

Tom Reed, Secretary`,
      '003_column.md': `date 2023-06-01 The Vale Line, Summer 2023

FROM THE OPERATIONS DESK

It has been a busy first few months for me as Operations Manager. Ken Mallory has not quite managed to retire, and can still be found in the signal box at Crane's Bridge on Sundays.

Alan Briggs, Operations Manager`,
      '004_harbour.md': `date 2023-09-01 Harbour notes, autumn

FROM THE HARBOUR OFFICE

I was appointed harbour master in March, after eleven years as deputy at the north quay.

Ruth Kane, Harbour Master

VISITING YACHTS

Visiting yachts paid 1,240 nights in the season, a record for the harbour.`,
      '005_letters.md': `date 2020-02-27 Letters to the editor

## The bypass can't come soon enough

Sir — I have lived at number 14 Bridge Street for 31 years, and the lorries shake the house every morning.

**Patricia Odell**
*Bridge Street, Carnford*

## Parking on the quay

Sir — The new parking charges on the quay are too high for people who work in the town all day.

**Alan Pike**
*Ashby Lane, Carnford*`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe("a signed passage's first person", () => {
  it('is its signer: asked of him by name, his "I" sentences answer', () => {
    const joined = corpus.ask('When did Geoffrey Hartley join the society?');
    expect(joined.refused).toBe(false);
    expect(joined.answer).toMatch(/^1978/u);
    const chaired = corpus.ask('How long was Geoffrey Hartley chairman?');
    expect(chaired.answer).toMatch(/^twelve years/u);
  });

  it('is who a "who" question asks for, cited by the signature', () => {
    const response = corpus.ask('Who took over as Operations Manager?');
    expect(response.answer).toMatch(/^Alan Briggs/u);
    expect(response.citations.map((citation) => citation.quote)).toContain(
      'Alan Briggs, Operations Manager',
    );
  });

  it('answers "who" from a first-person sentence no person is named near', () => {
    const response = corpus.ask('Who was appointed harbour master in March?');
    expect(response.refused).toBe(false);
    expect(response.answer).toMatch(/^Ruth Kane/u);
  });

  it("names a letter's writer, signed off by name over address", () => {
    const response = corpus.ask('Who wrote the letter saying the bypass cannot come soon enough?');
    expect(response.answer).toMatch(/^Patricia Odell/u);
    const lived = corpus.ask('How long has Patricia Odell lived on Bridge Street?');
    expect(lived.answer).toMatch(/^31 years/u);
  });

  it('is not a quoted speaker\'s: a quotation\'s "I" speaks for whom it quotes', () => {
    const response = corpus.ask('How long did Tom Reed serve as treasurer?');
    expect(response.answer).not.toContain('five years');
  });
});
