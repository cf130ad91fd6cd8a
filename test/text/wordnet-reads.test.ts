/** How much of WordNet's files a look-up reads: what is shared between look-ups is read once. */
import * as fs from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openWordNet, wordNetFolder, type WordNet } from '../../src/text/wordnet.js';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return { ...actual, openSync: vi.fn(actual.openSync), readSync: vi.fn(actual.readSync) };
});

const opened: WordNet[] = [];
afterEach(() => {
  for (const wordnet of opened.splice(0)) wordnet.close();
});

/** A WordNet reader, and the reads each of its files has had. */
function openCounted(): { wordnet: WordNet; reads: (file: string) => number } {
  const files = new Map<number, string>();
  const open = vi.mocked(fs.openSync);
  const before = open.mock.calls.length;
  const wordnet = openWordNet();
  opened.push(wordnet);
  open.mock.calls.slice(before).forEach((call, at) => {
    files.set(open.mock.results[before + at]!.value as number, basename(String(call[0])));
  });
  const reads = (file: string) =>
    vi.mocked(fs.readSync).mock.calls.filter(([fd]) => files.get(fd as number) === file).length;
  return { wordnet, reads };
}

/** The reads of `file` that `lookUp` takes. */
function readsOf(counted: ReturnType<typeof openCounted>, file: string, lookUp: () => void) {
  const before = counted.reads(file);
  lookUp();
  return counted.reads(file) - before;
}

describe("WordNet's reads", () => {
  it("finds an index's lemma in far fewer reads once the search's first probes are known", () => {
    const first = openCounted();
    const cold = readsOf(first, 'index.adj', () => first.wordnet.antonyms('famous'));
    const second = openCounted();
    // A server's earlier questions: 300 adjectives spread over the index.
    const adjectives = fs
      .readFileSync(join(wordNetFolder(), 'index.adj'), 'latin1')
      .split('\n')
      .filter((line) => line.length > 0 && !line.startsWith(' '))
      .map((line) => line.slice(0, line.indexOf(' ')));
    for (let at = 0; at < adjectives.length; at += Math.floor(adjectives.length / 300))
      second.wordnet.antonyms(adjectives[at]!);
    const warm = readsOf(second, 'index.adj', () => second.wordnet.antonyms('famous'));
    expect(second.wordnet.antonyms('famous')).toEqual(first.wordnet.antonyms('famous'));
    expect(warm).toBeLessThanOrEqual(cold / 2);
  });

  it('reads an index once, whole, at its first look-up: later look-ups read nothing of it', () => {
    const counted = openCounted();
    const salmon = counted.wordnet.senses('salmon');
    expect(counted.reads('index.noun')).toBeGreaterThan(0);
    const nouns = [
      'trout',
      'judge',
      'budget',
      'border',
      'minister',
      'qwxzzy',
      'zymurgy',
      'aardvark',
    ];
    const later = readsOf(counted, 'index.noun', () => {
      for (const noun of nouns) counted.wordnet.senses(noun);
    });
    expect(later).toBe(0);
    expect(counted.wordnet.verbSense('postpone')).toBeDefined();
    expect(readsOf(counted, 'index.verb', () => counted.wordnet.verbSense('refund'))).toBe(0);
    // The same senses as a reader that has looked up nothing else.
    const fresh = openCounted().wordnet;
    expect(salmon).toEqual(fresh.senses('salmon'));
    for (const noun of nouns)
      expect(counted.wordnet.senses(noun), noun).toEqual(fresh.senses(noun));
  });

  it('reads the synsets above a noun once for every noun under them', () => {
    const first = openCounted();
    const cold = readsOf(first, 'data.noun', () => first.wordnet.senses('salmon'));
    const second = openCounted();
    second.wordnet.senses('trout');
    const warm = readsOf(second, 'data.noun', () => second.wordnet.senses('salmon'));
    expect(second.wordnet.senses('salmon')).toEqual(first.wordnet.senses('salmon'));
    expect(warm).toBeLessThanOrEqual(cold / 2);
  });
});
