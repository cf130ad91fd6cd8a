import { describe, expect, it } from 'vitest';
import { truecase } from '../../src/answer/analyze/truecase.js';

const PASSAGES = [
  'Charges at Estbury Water rise in April. Water bills at Caldermouth Water Authority rose too.',
  "Pilots at Aurelian Airways, led by Niamh Corrigan of the union, walked out. Aurelian's shares fell.",
  'The Ember Throne opened in July. The attack was claimed by the Jaish-ul-Adl group.',
];
/** Common English, as the word vectors' frequency ranks would say. */
const COMMON = new Set(['water', 'union', 'pilots', 'group', 'throne', 'ember', 'films']);
const isCommon = (word: string) => COMMON.has(word);

describe('truecase', () => {
  it('writes an uncommon word the passages write only as a name as they write it', () => {
    expect(truecase('who heads the pilots union at aurelian', PASSAGES, isCommon)).toBe(
      'who heads the pilots union at Aurelian',
    );
    expect(truecase('who claimed it for jaish-ul-adl?', PASSAGES, isCommon)).toBe(
      'who claimed it for Jaish-ul-Adl?',
    );
  });

  it('widens the name over the neighbours the passages capitalise with it', () => {
    expect(truecase('how much did estbury water raise its charges', PASSAGES, isCommon)).toBe(
      'how much did Estbury Water raise its charges',
    );
    expect(truecase('who is niamh corrigan?', PASSAGES, isCommon)).toBe('who is Niamh Corrigan?');
  });

  it('keeps a possessive as typed and joins no name across it', () => {
    expect(truecase("what did aurelian's pilots do?", PASSAGES, isCommon)).toBe(
      "what did Aurelian's pilots do?",
    );
  });

  it('leaves common words, function words and words the passages write in lower case', () => {
    // "water" is capitalised in names only, but common: no anchor for a name.
    expect(truecase('was the water cheaper?', PASSAGES, isCommon)).toBe('was the water cheaper?');
    // "ember throne" is common on its own; no uncommon word anchors it.
    expect(truecase('rank the ember throne films', PASSAGES, isCommon)).toBe(
      'rank the ember throne films',
    );
    // "attack" is written in lower case by the passages.
    expect(truecase('who claimed the attack', PASSAGES, (word) => word === 'who')).toBe(
      'who claimed the attack',
    );
  });

  it('joins no function word to a name the passages title with it', () => {
    expect(truecase('when did the ember throne open', PASSAGES, () => false)).toBe(
      'when did the Ember Throne open',
    );
  });

  it('takes no capital at the start of a sentence for a name', () => {
    expect(
      truecase('what did the town say?', ['Town officials met. The town said no.'], () => false),
    ).toBe('what did the town say?');
    expect(
      truecase('what did the town say?', ['Officials met. Town halls closed.'], () => false),
    ).toBe('what did the town say?');
  });

  it('changes nothing typed with capitals', () => {
    expect(truecase('Who heads the union at AURELIAN?', PASSAGES, isCommon)).toBe(
      'Who heads the union at AURELIAN?',
    );
  });
});

describe('accents the passages write', () => {
  const passages = [
    'Ines Kovač led the Ruđer Bošković Institute. José Martí wrote about it.',
    'The café opened in 2020, and Marko Kovač ran it; the cafe was busy.',
  ];
  it('writes a word typed without them as the passages write it', () => {
    expect(truecase('When was Ines Kovac born?', passages, () => false)).toBe(
      'When was Ines Kovač born?',
    );
    expect(truecase('who led the rudjer boskovic institute', passages, () => false)).toContain(
      'Bošković',
    );
  });

  it('leaves a word the passages also write as typed, and a common word, as it is', () => {
    expect(truecase('When did the cafe open?', passages, () => false)).toBe(
      'When did the cafe open?',
    );
    expect(truecase('Who wrote about Marti?', passages, (word) => word === 'marti')).toBe(
      'Who wrote about Marti?',
    );
  });
});
