/**
 * The packaged word vectors read from the file's bytes: the same words and
 * the same float32 unit vectors as `JSON.parse` and normalising every array
 * gives, whatever the numbers' notation or the members' order, and a clear
 * error for anything that is not the expected JSON.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePackagedWordVectors } from '../../src/embed/parse-packaged-word-vectors.js';

const unexpected = (why: string) => new Error(`unexpected: ${why}`);
const parse = (json: string) => parsePackagedWordVectors(Buffer.from(json), unexpected);

/** What reading the file through `JSON.parse` gives (the loader before this parser). */
function throughJsonParse(json: string) {
  const { dimensions, words, vectors } = JSON.parse(json) as {
    dimensions: number;
    words: string[];
    vectors: Record<string, number[]>;
  };
  const data = new Float32Array(words.length * dimensions);
  words.forEach((word, position) => {
    const values = vectors[word];
    if (values === undefined) return;
    let norm = 0;
    for (let i = 0; i < dimensions; i += 1) norm += values[i]! * values[i]!;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < dimensions; i += 1) data[position * dimensions + i] = values[i]! / norm;
  });
  return { dimensions, words, data };
}

const expectSame = (json: string) => {
  const read = parse(json);
  const expected = throughJsonParse(json);
  expect(read.words).toEqual(expected.words);
  expect(read.dimensions).toBe(expected.dimensions);
  expect(Array.from(read.data).map((value) => (Object.is(value, -0) ? '-0' : value))).toEqual(
    Array.from(expected.data).map((value) => (Object.is(value, -0) ? '-0' : value)),
  );
};

describe('reading the packaged word vectors', () => {
  it('reads numbers in every notation as JSON.parse does', () => {
    expectSame(
      JSON.stringify({
        precision: 8,
        dimensions: 3,
        words: ['a', 'b', 'c', 'd'],
        vectors: {},
      }).replace(
        '"vectors":{}',
        '"vectors":{"a":[0.43208,-0.085806,2.95153011,7,0],"b":[1e-3,-2.5E+2,0.12345678901234567],' +
          '"c":[-0,0.0,-0.000001],"d":[123456789012345678,1.7976931348623157e308,5e-324]}',
      ),
    );
  });

  it('reads any double written as JSON, exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), {
          minLength: 2,
          maxLength: 2,
        }),
        (values) => {
          const json = `{"dimensions":2,"words":["w"],"vectors":{"w":${JSON.stringify(values)}}}`;
          expectSame(json);
          // Also with fixed decimals, the notation of the package.
          expectSame(
            json.replace(JSON.stringify(values), `[${values.map((v) => v.toFixed(8)).join(',')}]`),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('places vectors by word whatever the members’ order, escapes and extra members', () => {
    expectSame(
      '{"vectors":{"x\\"y":[1,2],"z":[3,4],"unused":[5,6,7],"d\\u00e9":[0,1]},' +
        '"unkVector":[0,0],"words":["z","x\\"y","missing","dé","z"],"dimensions":2}',
    );
    expectSame(
      '{ "dimensions" : 2 , "words" : [ "a" ] , "vectors" : { "a" : [ 1 , 2 , 9.5 , 3 ] } }\n',
    );
  });

  it('refuses what is not the expected JSON, saying what', () => {
    const vectors = (body: string) => `{"dimensions":2,"words":["a"],"vectors":{"a":${body}}}`;
    for (const [json, why] of [
      [vectors('[1]'), /the vector of "a"/u],
      [vectors('[1,"2"]'), /the vector of "a"/u],
      [vectors('{"0":1}'), /the vector of "a"/u],
      [vectors('[1.,2]'), /bad number/u],
      [vectors('[01,2]'), /bad number/u],
      [vectors('[-,2]'), /bad number/u],
      [vectors('[1 2]'), /expected ','/u],
      [vectors('[1,2]') + 'x', /after the JSON/u],
      ['{"dimensions":2,"words":["a"]}', /no "vectors"/u],
      ['{"dimensions":-2,"words":[],"vectors":{}}', /unexpected/u],
      ['{"dimensions":2,"words":[1],"vectors":{}}', /unexpected/u],
      ['{"dimensions":2,"words":["a"],"vectors":{"a":[1,2]', /expected ','/u],
    ] as const)
      expect(() => parse(json), json).toThrow(why);
  });
});
