import { eng } from 'stopword';
import { describe, expect, it } from 'vitest';
import { ENGLISH_STOPWORDS } from '../../src/text/english-stopwords.js';
import { isStopword } from '../../src/text/tokenize.js';

describe('English stopwords', () => {
  it('are the stopword package’s English list, in its order', () => {
    expect(ENGLISH_STOPWORDS).toEqual(eng);
  });

  it('are each a stopword to the tokenizer', () => {
    expect(eng.filter((word) => !isStopword(word))).toEqual([]);
  });
});
