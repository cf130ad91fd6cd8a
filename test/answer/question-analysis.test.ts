import { describe, expect, it } from 'vitest';
import { detectAnswerType } from '../../src/answer/detect-answer-type.js';
import { detectMetadataAsk, metadataKinds } from '../../src/answer/detect-metadata-ask.js';
import { sharesStem } from '../../src/answer/term-matcher.js';

describe('reading what a question asks for', () => {
  it.each([
    ['How many people were killed?', 'number'],
    ['How long is the border?', 'length'],
    ['In what month and year did they agree?', 'year'],
    ['When did the talks take place?', 'date'],
    ['Who was prime minister when Vahidi visited?', 'person'],
    ['Where will the officers be stationed?', 'place'],
    ['Which association wrote to Khan?', 'person'],
    ['What did Bajwa call for?', 'other'],
  ])('"%s" wants a %s', (question, type) => {
    expect(detectAnswerType(question)).toBe(type);
  });

  it.each([
    ['On what date was the editorial about the liaison officers published?', 'date'],
    ['Which paper ran the story about the joint working group?', 'source'],
    ['Who wrote the Al Jazeera report?', 'author'],
    ['When were the three border guards released?', null],
    ['Which news agency did he talk to before leaving?', null],
  ])('"%s" asks about the article: %s', (question, ask) => {
    expect(detectMetadataAsk(question)).toBe(ask);
  });

  it('classifies metadata lines by what they can answer', () => {
    expect(metadataKinds('Published in Dawn, February 15th, 2022')).toEqual(['source', 'date']);
    expect(metadataKinds('date 2024-04-30')).toEqual(['date']);
    expect(metadataKinds('IRAN NEWS NATIONAL DESK')).toEqual(['source']);
    expect(
      metadataKinds('Asad Hashim is Al Jazeera’s digital correspondent. He tweets @AsadHashim.'),
    ).toEqual(['author']);
  });

  it('treats derivations of one word as related, and short or different words as not', () => {
    expect(sharesStem('appoint', 'appointment')).toBe(true);
    expect(sharesStem('fence', 'fencing')).toBe(false);
    expect(sharesStem('terrorism', 'terror')).toBe(true);
    expect(sharesStem('border', 'borrow')).toBe(false);
  });
});

describe('metadata lines of dropped-in articles', () => {
  it('reads a bare dateline as a date and a byline as the author', () => {
    expect(metadataKinds('March 3, 2023')).toEqual(['date']);
    expect(metadataKinds('*By Jane Roe, Staff Writer*')).toEqual(['author']);
  });
});
