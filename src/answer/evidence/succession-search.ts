/**
 * The succession a "who" question asks about, searched in its evidence: "Who replaced Rob
 * Szczepański as head brewer?", "Who ran the company before Annika Rasmussen-Vey?". The other
 * name of a succession an evidence sentence states with the name asked ("Taking over from Rob
 * as head brewer is my daughter Niamh"), with the sentence before when a pronoun there stood
 * for the name ("Dr Hamish Urquhart retired… He has been succeeded by…"); else one told in two
 * sentences of an article, one leaving a post and one taking it.
 */
import type { SourceDocument } from '../../ingest/document-types.js';
import type { QuestionAnalysis } from '../analyze/question-types.js';
import { isStopword, lemmatize } from '../../text/tokenize.js';
import { nameMatchEnds } from '../../text/whole-word-search.js';
import type { Token } from '../analyze/parse-text.js';
import type { EvidenceSentence, FoundSuccession } from './evidence-types.js';
import {
  askedSuccession,
  namesSame,
  antecedentSentence,
  ANTECEDENT_REACH,
  postChanges,
  successionsIn,
  type AskedSuccession,
} from './succession.js';

/**
 * True when `given` is the name asked and `other` another person: no word of the one in the
 * other ("Marta" who leaves as head coach and "Marta" appointed head coach elsewhere are one).
 */
function succeeds(given: string, other: string, asked: AskedSuccession): boolean {
  const givenWords = given.toLowerCase().split(/\s+/u);
  return (
    namesSame(given, asked.known) && !namesSame(other, asked.known) && !namesSame(other, givenWords)
  );
}

/** What the search reads of the evidence being gathered. */
interface Gathered {
  analysis: QuestionAnalysis;
  sentences: readonly EvidenceSentence[];
  /** The words an article writes in lower case (its common nouns among them). */
  lowercaseWords: (document: SourceDocument) => ReadonlySet<string>;
  sentencesOf: (docId: string, range?: { from: number; to: number }) => EvidenceSentence[];
  /** True when the sentence meets the question's years and quarters. */
  meetsTime: (sentence: EvidenceSentence) => boolean;
}

/** The articles of the evidence's sentences, in the order the sentences rank them. */
const articlesOf = (gathered: Gathered) => [
  ...new Set(gathered.sentences.map((sentence) => sentence.document.docId)),
];

/** The succession the question asks, found in the evidence, or null (none asked or stated). */
export function findSuccession(gathered: Gathered): FoundSuccession | null {
  const asked = askedSuccession(gathered.analysis.parsed, gathered.analysis.referent);
  if (!asked) return null;
  // The sentences found first, then the rest of their articles: "Her successor as leader is
  // Samuel Osei" repeats nothing of "Who took over from her?" for the search to find it by.
  const found = new Set(gathered.sentences);
  const rest = articlesOf(gathered).flatMap((docId) =>
    gathered.sentencesOf(docId).filter((sentence) => !found.has(sentence)),
  );
  const placed = placedBy(gathered, asked);
  for (const sentence of [...gathered.sentences, ...rest]) {
    if (!gathered.meetsTime(sentence) || !placed(sentence)) continue;
    const common = (word: string) => gathered.lowercaseWords(sentence.document).has(word);
    // The sentence a pronoun of this one stands for a person of: the nearest before it that
    // names one.
    const previous = antecedentSentence(
      gathered
        .sentencesOf(sentence.document.docId, {
          from: sentence.position - ANTECEDENT_REACH,
          to: sentence.position,
        })
        .reverse(),
      common,
    );
    const statedBefore = (name: string) =>
      previous !== undefined && !sentence.text.includes(name) && previous.text.includes(name);
    for (const pair of successionsIn(sentence.parsed, previous?.parsed, common)) {
      const [given, other] =
        asked.wanted === 'after' ? [pair.before, pair.after] : [pair.after, pair.before];
      if (!succeeds(given, other, asked)) continue;
      const cited = statedBefore(given) || statedBefore(other) ? [previous!, sentence] : [sentence];
      return { name: other, sentence, cited };
    }
  }
  return implicitSuccession(gathered, asked, placed);
}

/**
 * "…the Tasman Symphony Orchestra's chief conductor before Mayhew?": the question's other
 * names place the succession, so the article telling it must write them (another orchestra's
 * list of its conductors, with Mayhew in it, is no answer).
 */
function placedBy(
  gathered: Gathered,
  asked: AskedSuccession,
): (sentence: EvidenceSentence) => boolean {
  const placing = gathered.analysis.constraints.names.filter(
    (words) => !namesSame(words.join(' '), asked.known),
  );
  // Read once an article, as every sentence of it is searched.
  const byArticle = new Map<string, boolean>();
  return ({ document }) => {
    let placed = byArticle.get(document.docId);
    if (placed === undefined) {
      placed = placing.every(
        (words) =>
          nameMatchEnds(document.cleanText, words).length > 0 ||
          nameMatchEnds(document.title, words).length > 0,
      );
      byArticle.set(document.docId, placed);
    }
    return placed;
  };
}

/**
 * True when the sentence writes "new" right before a word of the post asked ("the new poetry
 * editor", "our new Chair"): English's mark of a post's next holder.
 */
function namesNewHolder(sentence: EvidenceSentence, post: readonly string[]): boolean {
  const tokens = sentence.parsed.tokens;
  return tokens.some((token, at) => {
    if (token.normal !== 'new') return false;
    for (let next = at + 1; next < tokens.length && next <= at + 3; next += 1) {
      const word = tokens[next]!;
      if (word.pos !== 'NOUN' && word.pos !== 'PROPN') return false;
      if (post.includes(lemmatize(word.normal))) return true;
    }
    return false;
  });
}

/** Sentences after one leaving a post within which one taking it is looked for; set once, not tuned. */
const POST_REACH = 4;

/**
 * A succession told in two sentences of one article: one leaving a post ("She retires on 30
 * June 2022 after 34 years…, the last eight of them as the trust's Director of Nursing") and,
 * within POST_REACH sentences after it, one taking it ("Tomasz Nowak had been appointed Director
 * of Nursing"), the post the same: a noun the question names it by ("as Director of Nursing"),
 * or, when it names none, a noun both sentences write.
 */
function implicitSuccession(
  gathered: Gathered,
  asked: AskedSuccession,
  /** True for a sentence whose article writes the question's other names (`placedBy`). */
  placed: (sentence: EvidenceSentence) => boolean,
): FoundSuccession | null {
  // The post, by the question's nouns, capitalised or not ("as Director of Nursing"), but the
  // name asked; or, when it names none, by a noun both sentences write.
  const known = new Set(asked.known);
  const postWords = (tokens: readonly Token[]) =>
    new Set(
      tokens
        .filter(
          (token) =>
            (token.pos === 'NOUN' || token.pos === 'PROPN') &&
            !isStopword(token.normal) &&
            !known.has(token.normal),
        )
        .map((token) => lemmatize(token.normal)),
    );
  const roleWords = [...postWords(gathered.analysis.parsed.tokens)];
  const samePost = (left: EvidenceSentence, taken: EvidenceSentence) => {
    const [a, b] = [postWords(left.parsed.tokens), postWords(taken.parsed.tokens)];
    return roleWords.length > 0
      ? roleWords.some((word) => a.has(word) || b.has(word))
      : [...a].some((word) => b.has(word));
  };
  for (const docId of articlesOf(gathered)) {
    const article = gathered.sentencesOf(docId);
    const document = article[0]?.document;
    const common = (word: string) =>
      document !== undefined && gathered.lowercaseWords(document).has(word);
    const changes = article.map((sentence, at) =>
      postChanges(sentence.parsed, article[at - 1]?.parsed, common),
    );
    for (const [at, change] of changes.entries()) {
      for (let next = at; next < article.length; next += 1) {
        const [left, taken] = [article[at]!, article[next]!];
        // Past POST_REACH, only a sentence naming "the new <post>" ("A note on the new poetry
        // editor: Jules Marchetti joined us…") tells who took the post left earlier.
        if (next > at + POST_REACH && !namesNewHolder(taken, roleWords)) continue;
        for (const leaver of change.leaving)
          for (const newcomer of changes[next]!.taking) {
            const [given, other] =
              asked.wanted === 'after' ? [leaver, newcomer] : [newcomer, leaver];
            if (!succeeds(given, other, asked)) continue;
            if (!samePost(left, taken)) continue;
            if (!gathered.meetsTime(asked.wanted === 'after' ? taken : left)) continue;
            if (!placed(left)) continue;
            // A pronoun's antecedent is cited with it ("Claire Donnelly's last… She retires…").
            const told = (name: string, sentence: EvidenceSentence, position: number) =>
              sentence.text.includes(name) ? [sentence] : [article[position - 1]!, sentence];
            return {
              name: other,
              sentence: asked.wanted === 'after' ? taken : left,
              cited: [...new Set([...told(leaver, left, at), ...told(newcomer, taken, next)])],
            };
          }
      }
    }
  }
  return null;
}
