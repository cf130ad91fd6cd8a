/**
 * A sentence writing the asked noun only as an unnamed one ("a partner factory in Taiwan",
 * "Guelph's mayor") names none of it; a name set beside the noun names it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { namesOnlyUnnamed } from '../../src/answer/evidence/unnamed-mention.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const unnamed = (text: string, head: string) => namesOnlyUnnamed(parser.parse(text), head);

describe('namesOnlyUnnamed', () => {
  it('holds for a noun after "a" or a possessor, with no name beside it', () => {
    expect(
      unnamed(
        'Aluminium frames are made by a partner factory in Taiwan and assembled here.',
        'factory',
      ),
    ).toBe(true);
    expect(unnamed("At the opening, Guelph's mayor cut a ribbon.", 'mayor')).toBe(true);
  });

  it('fails when a name is in apposition, after "called", or the subject the noun is said of', () => {
    expect(unnamed('Spokes, a bike shop in Laval, reordered in May.', 'shop')).toBe(false);
    expect(unnamed('He runs a bike shop, Spokes, in Laval.', 'shop')).toBe(false);
    expect(
      unnamed("The Chair welcomed Jory Pascoe's new boat, the 10-metre Morwenna Hope.", 'boat'),
    ).toBe(false);
    expect(unnamed('He runs a bike shop called Spokes.', 'shop')).toBe(false);
    expect(unnamed('Spokes is a bike shop in Laval.', 'shop')).toBe(false);
    expect(
      unnamed('The suite became a new library, which the children have named The Nest.', 'library'),
    ).toBe(false);
    expect(
      unnamed(
        'From 20 April we will run Phil at Home, a free online programme for players.',
        'programme',
      ),
    ).toBe(false);
  });

  it('fails for a definite or modifying use, and for a sentence without the noun', () => {
    expect(unnamed('The factory opened in May.', 'factory')).toBe(false);
    expect(unnamed('A factory worker spoke to us.', 'factory')).toBe(false);
    expect(unnamed('It is supported by a part-time library manager.', 'part')).toBe(false);
    expect(unnamed('Frames are welded in Guelph.', 'factory')).toBe(false);
  });
});

let corpus: ExtractiveCorpus;
beforeAll(async () => {
  corpus = createExtractiveCorpus(
    {
      '001_launch.md': `# Tamarack launches the Portage 2

Date: 2 April 2019

Tamarack Bicycle Co. today launched the Portage 2, its steel touring bike. Steel frames are welded in-house in Guelph, while aluminium frames for its Muskoka commuter range are made by a partner factory in Taiwan and assembled in Guelph.`,
    },
    { lexicon: await loadPackagedWordVectors() },
  );
});

describe('asked the name of a thing the articles write only unnamed', () => {
  it('refuses rather than give another name of the sentence', () => {
    expect(corpus.ask("What is the name of Tamarack's partner factory in Taiwan?").refused).toBe(
      true,
    );
  });
});
