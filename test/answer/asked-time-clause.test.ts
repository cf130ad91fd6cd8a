import { describe, expect, it } from 'vitest';
import { askedTimeClause } from '../../src/answer/analyze/asked-time-clause.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';

const parser = createTextParser();

/** The words of the question's clause of time. */
function clause(question: string): string {
  const tokens = parser.parse(question).tokens;
  const positions = askedTimeClause(tokens);
  return tokens
    .filter((_, at) => positions.has(at))
    .map((token) => token.text)
    .join(' ');
}

describe("a question's clause of time", () => {
  it('runs from its conjunction to the end of the clause', () => {
    expect(clause('Who was running the museum when the coin hoard was bought?')).toBe(
      'when the coin hoard was bought',
    );
    expect(clause('Who was the manager after the club was sold, and why?')).toBe(
      'after the club was sold',
    );
  });

  it('is no phrase without a verb ("after the storm"), nor the question\'s own "when"', () => {
    expect(clause('Who led the council after the storm?')).toBe('');
    expect(clause('When was the hoard bought?')).toBe('');
  });
});
