import { describe, expect, it } from 'vitest';
import { previousPassageQuery } from '../../src/answer/analyze/previous-passage-query.js';
import { REFUSAL_TEXT } from '../../src/answer/create-refusal.js';

describe("the previous answer's cited sentence, searched for in a follow-up", () => {
  it('is the first sentence quoted under a short answer, without citation marks', () => {
    expect(
      previousPassageQuery([
        { role: 'user', content: 'In what year did Wierzbicki become music director?' },
        {
          role: 'assistant',
          content:
            '2011 [1]\n\nWierzbicki, who became music director in 2011, will take the title of conductor laureate. [1] He steps down in the summer. [2]',
        },
      ]),
    ).toBe(
      'Wierzbicki, who became music director in 2011, will take the title of conductor laureate.',
    );
  });

  it("is an answer's first sentence when it has no short answer", () => {
    expect(
      previousPassageQuery([
        { role: 'assistant', content: 'The council cut the grant by 35%. [1] It cited costs. [2]' },
      ]),
    ).toBe('The council cut the grant by 35%.');
  });

  it('is none without an earlier answer, or after a refusal', () => {
    expect(previousPassageQuery([])).toBeNull();
    expect(
      previousPassageQuery([{ role: 'assistant', content: `${REFUSAL_TEXT} None mentions it.` }]),
    ).toBeNull();
  });
});
