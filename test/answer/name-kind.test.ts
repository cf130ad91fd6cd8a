/** A name's kind from its words' vectors, and what a name of another kind keeps of its fit. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { answerFit } from '../../src/answer/evidence/answer-fit.js';
import { createNameKind, type NameKind } from '../../src/answer/evidence/name-kind.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';

let kindOf: NameKind;
beforeAll(async () => {
  kindOf = createNameKind(await loadPackagedWordVectors());
}, 60_000);

describe('createNameKind', () => {
  it('types names whose words English vectors know, when one kind is clearly nearest', () => {
    expect(kindOf('Balochistan')).toBe('place');
    expect(kindOf('Microsoft')).toBe('organization');
    expect(kindOf('John Smith')).toBe('person');
  });

  it('leaves a name to grammar when a word of it has no vector or the kinds are close', () => {
    expect(kindOf('Zorblaxian Qwertyco')).toBeNull();
    expect(kindOf('Saudi Arabia')).toBeNull();
  });
});

describe('answerFit with a name kind', () => {
  it('fits a name of another kind than asked half as well', () => {
    const parsed = createTextParser().parse('Officials accused Toyota of backing the plan.');
    const toyota = parsed.entities.find((entity) => entity.text === 'Toyota')!;
    const plain = answerFit(toyota, parsed, 'person');
    expect(answerFit(toyota, parsed, 'person', () => false, false, kindOf)).toBe(plain / 2);
    expect(answerFit(toyota, parsed, 'organization', () => false, false, kindOf)).toBe(
      answerFit(toyota, parsed, 'organization'),
    );
  });
});
