/**
 * English's adverbial particles, which make phrasal verbs ("call out", "lock down") and, joined
 * to the verb, nouns naming their event ("callout", "lockdown", "takeover", "handover"): a text
 * saying "the team was called out 78 times" states the callouts asked about.
 */

/** English's adverbial particles that make phrasal verbs (a closed class). */
const PARTICLES: ReadonlySet<string> = new Set([
  'out',
  'up',
  'down',
  'off',
  'over',
  'in',
  'on',
  'back',
  'away',
  'through',
]);

/** True for a word (lower case) that is one of English's adverbial particles. */
export function isParticle(word: string): boolean {
  return PARTICLES.has(word);
}
