import { describe, expect, it } from 'vitest';
import { expansionIn } from '../../src/text/acronym-expansion.js';
import { tokenize } from '../../src/text/tokenize.js';

describe("an acronym spelled out by the passages' words", () => {
  it('finds the run of words whose initials spell it, skipping function words inside it', () => {
    const words = tokenize('Tate has ruptured the anterior cruciate ligament in his knee.');
    expect(expansionIn(words, 'acl')).toEqual(['anterior', 'cruciate', 'ligament']);
    expect(expansionIn(tokenize('the Competition and Markets Commission warned'), 'cmc')).toEqual([
      'competition',
      'and',
      'markets',
      'commission',
    ]);
    expect(expansionIn(tokenize('bypassing United States sanctions'), 'us')).toEqual([
      'united',
      'states',
    ]);
  });

  it('finds none where no run spells it, nor a run starting or stopping mid-way', () => {
    expect(expansionIn(tokenize('Tate has ruptured a ligament.'), 'acl')).toBeNull();
    // A function word cannot open the run: "and the" gives no "at".
    expect(expansionIn(tokenize('and the team'), 'at')).toBeNull();
    // A figure breaks the run.
    expect(expansionIn(tokenize('anterior 4 cruciate ligament'), 'acl')).toBeNull();
  });
});
