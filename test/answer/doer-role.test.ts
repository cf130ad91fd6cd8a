/** A doer named by role: the subject before an asked verb, or its passive "by" phrase. */
import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { doerRoles } from '../../src/answer/evidence/doer-role.js';

const parser = createTextParser();
const people = new Set(['manager', 'director', 'pilot', 'officer']);
const rolesIn = (text: string, verbs: string[]) =>
  doerRoles(parser.parse(text), new Set(verbs), (lemma) => people.has(lemma)).map(
    (entity) => entity.text,
  );

describe('doerRoles', () => {
  it('takes the noun phrase before the asked verb when its head names a person', () => {
    expect(rolesIn('Your line manager approves or declines each request.', ['approve'])).toEqual([
      'Your line manager',
    ]);
    expect(rolesIn('Your line manager will then approve it.', ['approve'])).toEqual([
      'Your line manager',
    ]);
  });

  it('takes the phrase after the passive\'s "by"', () => {
    expect(rolesIn('Claims under £500 are approved by your line manager.', ['approve'])).toEqual([
      'your line manager',
    ]);
  });

  it('takes no phrase whose head names no person, no negated verb and no participle after a noun', () => {
    expect(rolesIn('The portal approves each request.', ['approve'])).toEqual([]);
    expect(rolesIn('Your manager does not approve such requests.', ['approve'])).toEqual([]);
    expect(
      rolesIn('The first officer, who was the pilot flying, had 1,100 hours.', ['fly']),
    ).toEqual([]);
  });
});
