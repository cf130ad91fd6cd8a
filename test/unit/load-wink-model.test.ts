import { describe, expect, it } from 'vitest';
import packagedModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { loadWinkModel } from '../../src/answer/analyze/load-wink-model.js';

describe('loadWinkModel', () => {
  it('builds the same core model as the package’s own loader', () => {
    const packaged = (packagedModel.core as () => Record<string, unknown>)();
    const ours = (loadWinkModel().core as () => Record<string, unknown>)();
    expect(ours).toStrictEqual(packaged);
    for (const field of ['lexicon', 'xpansions']) {
      const words = ours[field] as Uint32Array;
      expect(words).toBeInstanceOf(Uint32Array);
      // A view of a larger pooled buffer would differ from the package's own ArrayBuffer.
      expect(words.buffer.byteLength).toBe(words.byteLength);
      expect(words.byteOffset).toBe(0);
    }
  });

  it('gives winkNLP the package’s other parts', () => {
    const { core, addons, ...parts } = loadWinkModel();
    const { core: packagedCore, addons: packagedAddons, ...packagedParts } = packagedModel;
    expect(typeof core).toBe(typeof packagedCore);
    expect(parts).toEqual(packagedParts);
    expect({ ...addons }).toEqual({ ...packagedAddons });
  });

  it('reads text as the packaged model does', () => {
    const text = 'Dr. Ines Kovač met 3 ministers in Oslo on 8 March 2022 for $2.5m. They agreed.';
    const ours = winkNLP(loadWinkModel());
    const packaged = winkNLP(packagedModel);
    const read = (nlp: typeof ours) => {
      const document = nlp.readDoc(text);
      const tokens: string[][] = [];
      document.tokens().each((token: { out(its?: unknown): string }) => {
        tokens.push([token.out(), token.out(nlp.its.pos), token.out(nlp.its.lemma)]);
      });
      return {
        tokens,
        entities: document.entities().out(nlp.its.detail),
        sentences: document.sentences().out(),
      };
    };
    expect(read(ours)).toEqual(read(packaged));
  });
});
