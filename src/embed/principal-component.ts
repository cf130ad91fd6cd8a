/**
 * The first principal component of a set of vectors, by power iteration.
 * SIF embeddings share one large common direction (generic news words);
 * removing it is what makes their cosines discriminative (Arora et al., 2017).
 */
export function firstPrincipalComponent(
  {
    values,
    dimension,
  }: {
    /** The vectors one after another in one array (read in order, as the loops below sum). */
    values: Float64Array;
    dimension: number;
  },
  { iterations = 50 } = {},
): Float32Array {
  const count = dimension === 0 ? 0 : values.length / dimension;
  let component = new Float64Array(dimension).fill(1 / Math.sqrt(Math.max(1, dimension)));
  for (let step = 0; step < iterations; step += 1) {
    const next = new Float64Array(dimension);
    let row = 0;
    let offset = 0;
    // Two rows at a time: each row's projection is still summed in index order, and `next`
    // still gets the rows' terms in row order, but the two sums' chains of additions
    // interleave (one row's sum waited on each addition before).
    for (; row + 1 < count; row += 2, offset += 2 * dimension) {
      const second = offset + dimension;
      let first = 0;
      let other = 0;
      for (let i = 0; i < dimension; i += 1) {
        const c = component[i]!;
        first += values[offset + i]! * c;
        other += values[second + i]! * c;
      }
      for (let i = 0; i < dimension; i += 1) {
        next[i]! += first * values[offset + i]!;
        next[i]! += other * values[second + i]!;
      }
    }
    for (; row < count; row += 1, offset += dimension) {
      let projection = 0;
      for (let i = 0; i < dimension; i += 1) projection += values[offset + i]! * component[i]!;
      for (let i = 0; i < dimension; i += 1) next[i]! += projection * values[offset + i]!;
    }
    const norm = Math.sqrt(next.reduce((total, value) => total + value * value, 0)) || 1;
    component = next.map((value) => value / norm);
  }
  return Float32Array.from(component);
}
