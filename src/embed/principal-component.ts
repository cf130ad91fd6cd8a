/**
 * The first principal component of a set of vectors, by power iteration.
 * SIF embeddings share one large common direction (generic news words);
 * removing it is what makes their cosines discriminative (Arora et al., 2017).
 */
export function firstPrincipalComponent(
  vectors: readonly ArrayLike<number>[],
  { iterations = 50 } = {},
): Float32Array {
  const dimension = vectors[0]?.length ?? 0;
  let component = new Float64Array(dimension).fill(1 / Math.sqrt(Math.max(1, dimension)));
  for (let step = 0; step < iterations; step += 1) {
    const next = new Float64Array(dimension);
    for (const vector of vectors) {
      let projection = 0;
      for (let i = 0; i < dimension; i += 1) projection += vector[i]! * component[i]!;
      for (let i = 0; i < dimension; i += 1) next[i]! += projection * vector[i]!;
    }
    const norm = Math.sqrt(next.reduce((total, value) => total + value * value, 0)) || 1;
    component = next.map((value) => value / norm);
  }
  return Float32Array.from(component);
}
