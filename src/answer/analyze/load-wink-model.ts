/**
 * wink's English lite model, with its core part read in one pass. The package's
 * own core loader parses its 3 MB JSON when the package is imported (and keeps
 * it for the life of the process), then copies it through `JSON.stringify` and
 * `JSON.parse` and decodes two base64 fields a character at a time. Here the
 * JSON is read and parsed once, when the parser is created, and decoded by
 * Buffer: ≈ 0.06–0.1 s less of a server's start at 100k chunks, and the JSON
 * is not kept (≈ 12–15 MiB less resident). Most of what is left is indexing the
 * model's 87,593 lexemes, which wink needs as they are. The model built is the
 * same object the package's `core()` builds (a test compares them whole); the
 * other parts are the package's own loaders.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Model } from 'wink-nlp';

const require = createRequire(import.meta.url);
const PACKAGE = 'wink-eng-lite-web-model/dist';

/** The model's layout of one feature: `[_, mask, shift, packed (0: listed), extracted (1)]`. */
type Layout = Record<string, number[]>;
interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, Feature> & {
    lexeme: Feature;
    posClusters: { list: unknown[] };
  };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** The words of a base64 field, in an ArrayBuffer of their own (as `atob` and a copy give). */
function uint32sFromBase64(data: string | Uint32Array): Uint32Array {
  const bytes = Buffer.from(data as string, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** wink's `load-core-model.js` over `read-core-model.js`, reading the JSON only now. */
function loadCoreModel(): CoreModel {
  const path = require.resolve(`${PACKAGE}/languages/cur/models/eng-core-web-model.json`);
  const model = JSON.parse(readFileSync(path, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = uint32sFromBase64(model.lexicon);
  model.xpansions = uint32sFromBase64(model.xpansions);
  const hashOf = (list: string[]) => {
    const hash = Object.create(null) as Record<string, number>;
    for (let index = 0; index < list.length; index += 1) hash[list[index]!] = index;
    return hash;
  };
  for (const name in packing.layout)
    if (packing.layout[name]![3] === 0) features[name]!.hash = hashOf(features[name]!.list);
  features.lexeme.hash = hashOf(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let index = 0; index < clusters.length; index += 1)
    clusters[index] = new Set(
      (clusters[index] as string).split('_').map((tag) => pos.hash[tag] || 0),
    );
  packing.efList = [];
  for (const name in packing.layout) {
    const layout = packing.layout[name]!;
    if (layout[3] === 0) {
      const feature = features[name]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** The model to give `winkNLP`, as the package's `model.js` assembles it. */
export function loadWinkModel(): Model {
  const part = (name: string): unknown => require(`${PACKAGE}/${name}.js`);
  const addons = Object.create(null) as Model['addons'];
  Object.assign(addons, {
    stem: part('porter-stemmer'),
    lemmatize: part('lemmatize'),
    readabilityStats: part('readability-stats'),
    wordVectors: undefined,
  });
  const model = Object.create(null) as Model;
  return Object.assign(model, {
    core: loadCoreModel,
    sbd: part('load-sbd-model'),
    pos: part('load-pos-model'),
    ner: part('load-ner-model'),
    negation: part('load-negation-model'),
    sa: part('load-sa-model'),
    metaCER: part('load-cer-meta-model'),
    featureFn: part('feature'),
    addons,
  });
}
