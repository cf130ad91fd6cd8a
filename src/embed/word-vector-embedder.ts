/**
 * The offline default embedder: SIF-weighted average of pre-trained word
 * vectors. Words the vectors do not know (numbers, rare names) get a stable
 * pseudo-random vector of their own, so they still pull matching texts
 * together instead of vanishing.
 */
import { Embeddings } from '@langchain/core/embeddings';
import type { Embedder } from './embedder.js';
import { termWeight } from './term-weights.js';
import { WORD_VECTORS_NAME, type WordVectors } from './word-vectors.js';
import { tokenize } from '../text/tokenize.js';

function hashedVector(word: string, dimension: number): Float32Array {
  let seed = 2166136261;
  for (const char of word) seed = Math.imul(seed ^ char.codePointAt(0)!, 16777619);
  const vector = new Float32Array(dimension);
  let norm = 0;
  for (let i = 0; i < dimension; i += 1) {
    // mulberry32: small, fast, deterministic.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    vector[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
    norm += vector[i]! ** 2;
  }
  return vector.map((value) => value / Math.sqrt(norm));
}

/** LangChain-compatible embedder over word vectors with SIF pooling. */
export class WordVectorEmbedder extends Embeddings implements Embedder {
  readonly id = 'word-vectors-sif';
  readonly dimension: number;
  readonly settings: Record<string, string | number>;
  readonly #vectors: WordVectors;
  /** Each word's vector and weight, once looked up (or hashed): up to `#rememberWords` of them. */
  readonly #terms = new Map<string, { vector: Float32Array; weight: number }>();
  readonly #rememberWords: number;

  /**
   * `rememberWords`: how many words' vectors and weights to keep once looked up. An index
   * build pools every chunk of the corpus and keeps many; the server's query embedder none.
   */
  constructor({ vectors, rememberWords = 0 }: { vectors: WordVectors; rememberWords?: number }) {
    super({});
    this.#vectors = vectors;
    this.#rememberWords = rememberWords;
    this.dimension = vectors.dimension;
    this.settings = { vectors: WORD_VECTORS_NAME, weighting: 'sif', dimension: vectors.dimension };
  }

  /** Synchronous core, used by both LangChain methods. */
  embed(text: string): number[] {
    return this.finish(this.pool(text));
  }

  /**
   * The SIF-weighted sum of a text's word vectors: its embedding before `finish`.
   * `words`: the text's words are added to it, in their order (every call of one embedder
   * must pass the same set: a word looked up before is not added again).
   */
  pool(text: string, words?: Set<string>): Float64Array {
    const { dimension } = this;
    const sum = new Float64Array(dimension);
    for (const token of tokenize(text)) {
      const { vector, weight } = this.#term(token, words);
      for (let i = 0; i < dimension; i += 1) sum[i]! += weight * vector[i]!;
    }
    return sum;
  }

  #term(token: string, words?: Set<string>): { vector: Float32Array; weight: number } {
    const known = this.#terms.get(token);
    if (known) return known;
    words?.add(token);
    const term = {
      vector: this.#vectors.vector(token) ?? hashedVector(token, this.dimension),
      weight: termWeight(this.#vectors, token),
    };
    if (this.#rememberWords > 0) {
      if (this.#terms.size >= this.#rememberWords) this.#terms.clear();
      this.#terms.set(token, term);
    }
    return term;
  }

  /**
   * The embedding of a pooled sum (`pool`, possibly by an embedder over the same words
   * without the common component): the common component removed, unit length.
   * `sum` is left as it is.
   */
  finish(pooled: Float64Array): number[] {
    const common = this.#vectors.commonComponent;
    const sum = common ? Float64Array.from(pooled) : pooled;
    if (common) {
      const projection = sum.reduce((total, value, i) => total + value * common[i]!, 0);
      for (let i = 0; i < this.dimension; i += 1) sum[i]! -= projection * common[i]!;
    }
    const norm = Math.sqrt(sum.reduce((total, value) => total + value * value, 0));
    return Array.from(sum, (value) => (norm > 0 ? value / norm : 0));
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => this.embed(text));
  }

  override async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }
}
