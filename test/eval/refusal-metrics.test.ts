import { describe, expect, it } from 'vitest';
import { refusalScores } from '../../src/eval/refusal-metrics.js';

describe('refusalScores', () => {
  it('computes abstention precision and recall with "no answer" as the positive class', () => {
    const observations = [
      { answerable: false, refused: true }, // true positive
      { answerable: false, refused: true }, // true positive
      { answerable: false, refused: false }, // missed refusal
      { answerable: true, refused: true }, // wrong refusal
      { answerable: true, refused: false },
    ];
    // precision 2 / 3 refusals, recall 2 / 3 unanswerable
    expect(refusalScores(observations)).toEqual({ precision: 2 / 3, recall: 2 / 3 });
  });

  it('leaves precision undefined without refusals and recall undefined without unanswerable cases', () => {
    expect(refusalScores([{ answerable: true, refused: false }])).toEqual({
      precision: null,
      recall: null,
    });
    expect(refusalScores([{ answerable: false, refused: false }])).toEqual({
      precision: null,
      recall: 0,
    });
  });
});
