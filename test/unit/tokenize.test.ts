import { describe, expect, it } from 'vitest';
import { contentTokens, lemmatize, tokenize } from '../../src/text/tokenize.js';

describe('tokenising', () => {
  it('splits numbers glued to units and hyphenated words', () => {
    expect(tokenize('a 909km-long border')).toEqual(['a', '909km', '909', 'km', 'long', 'border']);
  });

  it('drops possessive endings and stopwords', () => {
    expect(contentTokens('Pakistan’s army was there')).toEqual(['pakistan', 'army']);
  });

  it('lemmatises inflections but not derivations', () => {
    expect(lemmatize('killed')).toBe('kill');
    expect(lemmatize('officers')).toBe('officer');
    expect(lemmatize('population')).not.toBe(lemmatize('populated'));
  });
});
