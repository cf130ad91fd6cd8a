/** A name's kind from its words' vectors, and what a name of another kind keeps of its fit. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { answerFit } from '../../src/answer/evidence/answer-fit.js';
import {
  createAppositionKind,
  createNameKind,
  type AppositionKind,
  type NameKind,
} from '../../src/answer/evidence/name-kind.js';
import { loadPackagedWordVectors, type WordVectors } from '../../src/embed/word-vectors.js';
import { namesPersonFirst, openWordNet } from '../../src/text/wordnet.js';

let kindOf: NameKind;
let appositionKind: AppositionKind;
let bracketKind: AppositionKind;
beforeAll(async () => {
  const lexicon: WordVectors = await loadPackagedWordVectors();
  kindOf = createNameKind(lexicon);
  appositionKind = createAppositionKind(lexicon);
  bracketKind = createAppositionKind(lexicon, namesPersonFirst(openWordNet()));
}, 60_000);

describe('createNameKind', () => {
  it('types names whose words English vectors know, when one kind is clearly nearest', () => {
    expect(kindOf('Balochistan')).toBe('place');
    expect(kindOf('Microsoft')).toBe('organization');
    expect(kindOf('John Kowalski')).toBe('person');
  });

  it("types a compound name by its last word when that is a common noun (the compound's head)", () => {
    // "Wendle" has no vector: the head alone says what the name is.
    expect(kindOf('Wendle County')).toBe('place');
    // "Larchmont" is a real place's name, but the firm is a developer: the head does not
    // say which kind, so the name is left to grammar rather than typed as a place.
    expect(kindOf('Larchmont Developments')).toBeNull();
    // "Smith" is a common word too: a surname that is one leaves the name untyped.
    expect(kindOf('John Smith')).toBeNull();
  });

  it('types a name by its first word when that common noun classifies it ("Port Vellan")', () => {
    expect(kindOf('Port Vellan')).toBe('place');
    expect(kindOf('Lake Orta')).toBe('place');
    expect(kindOf('University of Wendle')).toBe('organization');
    // A title is near no kind of name: the rest of the name decides.
    expect(kindOf('Captain Ana Kowalski')).not.toBe('place');
  });

  it('leaves a name to grammar when a word of it has no vector or the kinds are close', () => {
    expect(kindOf('Zorblaxian Qwertyco')).toBeNull();
    expect(kindOf('Saudi Arabia')).toBeNull();
  });
});

describe('answerFit with a name kind', () => {
  it('fits a name of another kind than asked half as well; "who" takes an organisation', () => {
    const parsed = createTextParser().parse('Officials accused Toyota of backing Balochistan.');
    const name = (text: string) => parsed.entities.find((entity) => entity.text === text)!;
    const plain = answerFit(name('Balochistan'), parsed, 'person');
    expect(answerFit(name('Balochistan'), parsed, 'person', () => false, false, kindOf)).toBe(
      plain / 2,
    );
    expect(answerFit(name('Toyota'), parsed, 'person', () => false, false, kindOf)).toBe(
      answerFit(name('Toyota'), parsed, 'person'),
    );
    expect(answerFit(name('Toyota'), parsed, 'place', () => false, false, kindOf)).toBe(
      answerFit(name('Toyota'), parsed, 'place') / 2,
    );
  });
});

describe('appositionKind', () => {
  it('types a name by the common noun it stands in apposition to, and answers "who" with an organisation', () => {
    const parsed = createTextParser().parse(
      'A bakery in the market town of Dunmere won, and Brenn sold the firm to the Dutch group Vennik.',
    );
    const entity = (text: string) => parsed.entities.find((candidate) => candidate.text === text)!;
    expect(appositionKind(entity('Dunmere'), parsed)).toBe('place');
    expect(appositionKind(entity('Vennik'), parsed)).toBe('organization');
    expect(appositionKind(entity('Brenn'), parsed)).toBeNull();
    const kind = (name: string) => appositionKind(entity(name), parsed);
    // A place fits "who" half as well; an organisation as well as a name of unknown kind.
    expect(answerFit(entity('Dunmere'), parsed, 'person', () => false, false, kind)).toBeLessThan(
      answerFit(entity('Dunmere'), parsed, 'person'),
    );
    expect(answerFit(entity('Vennik'), parsed, 'person', () => false, false, kind)).toBe(
      answerFit(entity('Vennik'), parsed, 'person'),
    );
  });
});

describe('a bracket after a name', () => {
  it("types the name by the bracket's head noun, WordNet's person nouns included", () => {
    const parsed = createTextParser().parse(
      'Present: Dorota Wiśniewska-Hale (lab manager), Eilidh MacBride (PhD student), Tobias Færgemann (PhD student, minutes), Harrow Brewing (a Dutch group).',
    );
    const kind = (text: string) =>
      bracketKind(
        parsed.entities.find((candidate) => candidate.text === text)!,
        parsed,
      );
    expect(kind('Eilidh MacBride')).toBe('person');
    expect(kind('Tobias Færgemann')).toBe('person');
    expect(kind('Dorota Wiśniewska-Hale')).toBe('person');
    expect(kind('Harrow Brewing')).toBe('organization');
  });
});

describe('a label opening a line in emphasis', () => {
  it('is a common word capitalised by its place, no place\'s name ("**Present:**")', () => {
    const parsed = createTextParser().parse(
      '**Present:** Dr Ravi Sundararajan (chair), Eilidh MacBride.',
    );
    const present = parsed.entities.find((candidate) => candidate.text === 'Present')!;
    expect(answerFit(present, parsed, 'place', (word) => word === 'present')).toBeLessThan(0.4);
  });
});
