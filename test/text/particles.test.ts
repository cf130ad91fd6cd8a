/** English's adverbial particles, which join verbs into nouns ("callout", "lockdown"). */
import { describe, expect, it } from 'vitest';
import { isParticle } from '../../src/text/particles.js';

describe("English's adverbial particles", () => {
  it('are the closed class phrasal verbs take, not other prepositions', () => {
    for (const word of ['out', 'down', 'over', 'back']) expect(isParticle(word)).toBe(true);
    for (const word of ['with', 'of', 'the', 'Out']) expect(isParticle(word)).toBe(false);
  });
});
