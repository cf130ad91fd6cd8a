import { describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import {
  asksCounterfactual,
  inCounterfactual,
  inCounterfactualAt,
} from '../../src/answer/evidence/counterfactual.js';

const parser = createTextParser();

/** The texts of the entities a counterfactual clause holds. */
function counterfactual(text: string): string[] {
  const parsed = parser.parse(text);
  return parsed.entities
    .filter((entity) => inCounterfactual(parsed.tokens, entity))
    .map((entity) => entity.text);
}

describe('what did not happen', () => {
  it('reads a figure after a modal, "have" and a participle as what would have been', () => {
    expect(
      counterfactual('The penalty would have been £2.5m but was reduced to £1.75m in March.'),
    ).toEqual(['£2.5m']);
    expect(counterfactual('The bridge could have cost €40m more.')).toEqual(['€40m']);
  });

  it('reads no figure of a plain statement, a prediction or an inference so', () => {
    expect(counterfactual('The penalty was £1.75m.')).toEqual([]);
    expect(counterfactual('The penalty will be £1.75m.')).toEqual([]);
    expect(counterfactual('The fryers must have cost £40m to recall.')).toEqual([]);
  });

  it('tells a question asking what would have been', () => {
    expect(asksCounterfactual(parser.parse('How much would the penalty have been?').tokens)).toBe(
      true,
    );
    expect(asksCounterfactual(parser.parse('How much was the penalty?').tokens)).toBe(false);
    expect(asksCounterfactual(parser.parse('How much would the penalty be?').tokens)).toBe(false);
  });
});

describe('a word in a counterfactual', () => {
  it('is the participle after a modal, a negation and "have", or a word of its clause after it', () => {
    const tokens = parser.parse("It wouldn't have hurt.").tokens;
    const hurt = tokens.findIndex((token) => token.normal === 'hurt');
    expect(inCounterfactualAt(tokens, hurt)).toBe(true);
    const object = parser.parse("It wouldn't have hurt their chances.").tokens;
    expect(
      inCounterfactualAt(
        object,
        object.findIndex((token) => token.normal === 'chances'),
      ),
    ).toBe(true);
    const plain = parser.parse('It did not hurt.').tokens;
    expect(
      inCounterfactualAt(
        plain,
        plain.findIndex((token) => token.normal === 'hurt'),
      ),
    ).toBe(false);
  });
});
