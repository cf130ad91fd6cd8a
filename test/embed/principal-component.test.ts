/**
 * The common component's power iteration reads two rows at a time: it must
 * give the very floats of the plain one-row-at-a-time loop (an index built
 * before stays the index built now), for odd and even counts of vectors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstPrincipalComponent } from '../../src/embed/principal-component.js';

/** The loop as it was written first: one row's projection, then its terms, row by row. */
function oneRowAtATime(values: Float64Array, dimension: number, iterations = 50): Float32Array {
  const count = dimension === 0 ? 0 : values.length / dimension;
  let component = new Float64Array(dimension).fill(1 / Math.sqrt(Math.max(1, dimension)));
  for (let step = 0; step < iterations; step += 1) {
    const next = new Float64Array(dimension);
    for (let row = 0, offset = 0; row < count; row += 1, offset += dimension) {
      let projection = 0;
      for (let i = 0; i < dimension; i += 1) projection += values[offset + i]! * component[i]!;
      for (let i = 0; i < dimension; i += 1) next[i]! += projection * values[offset + i]!;
    }
    const norm = Math.sqrt(next.reduce((total, value) => total + value * value, 0)) || 1;
    component = next.map((value) => value / norm);
  }
  return Float32Array.from(component);
}

describe('the first principal component', () => {
  it('is the same floats as summing one row at a time, for any count of vectors', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 9 }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 108, maxLength: 108 }),
        (dimension, count, pool) => {
          const values = Float64Array.from({ length: count * dimension }, (_, i) => pool[i % 108]!);
          expect(firstPrincipalComponent({ values, dimension })).toEqual(
            oneRowAtATime(values, dimension),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
