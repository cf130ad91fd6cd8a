/**
 * Why and how: the sentences about the question that give a reason or a
 * means, and the neighbour of the best one when it carries the reason on.
 * English marks reasons and means with subordinating conjunctions
 * ("because", "after", "as", "since"), "due to", and purpose or manner
 * phrases ("to" or "by" before a verb).
 */
import { isAuxiliary } from '../analyze/classify-question.js';
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import { isStopword, lemmatize, tokenize } from '../../text/tokenize.js';
import { endsAsking } from '../../text/ends-asking.js';
import { headingsOf } from '../evidence/section-heading.js';
import type { Draft } from './draft.js';
import { answerAfter, asksItself, interviewLine } from './posed-question.js';
import { isShortLabel, listAfter, opensItem } from './introduced-list.js';
import { inReadingOrder, pickDistinct } from './pick-sentences.js';
import { CAUSING_VERBS, INTERROGATIVES, REASON_WORDS } from '../analyze/classify-question.js';
import { STATED_CREDIT } from '../evidence/term-matcher.js';
import { THING_PRONOUNS } from '../analyze/pronouns.js';
import { sharesStem } from '../../text/shares-stem.js';
import { DEFINITE } from '../analyze/analyze-question.js';

/** English's prepositions of means and agency after a verb ("paid for by", "funded through", "done with"). */
const MEANS: ReadonlySet<string> = new Set(['by', 'through', 'with']);

/** How many sentences either side of the best one a reason is looked for. */
const REASON_REACH = 1;
/** Share of the asked verbs a sentence states to restate the asked event (the verb itself, or a close synonym). */
const STATES_VERB = 0.9;
/** Most sentences of a procedure (a section headed by the asked action) shown; set once, not tuned. */
const MAX_PROCEDURE = 8;
/** Most sentences a why/how answer shows. */
const MAX_SENTENCES = 3;
/** Added to the score of a sentence that gives a reason or a means; chosen on the development sets. */
const REASON_BONUS = 0.15;

/**
 * English's complex prepositions of cause (a closed class): "out of respect", "thanks to
 * the loan", "owing to delays", "because of", "due to", "as a result of", "in response to".
 */
const CAUSAL_PREPOSITIONS = [
  ['out', 'of'],
  ['thanks', 'to'],
  ['owing', 'to'],
  ['due', 'to'],
  ['because', 'of'],
  ['result', 'of'],
  ['response', 'to'],
];

/**
 * True when the conjunction at `index` opens a clause: a verb follows it before the clause
 * ends. "Since the release" has none: the tagger's conjunction is then a preposition of time.
 */
function opensClause(tokens: EvidenceSentence['parsed']['tokens'], index: number): boolean {
  for (const token of tokens.slice(index + 1)) {
    if (token.pos === 'VERB' || token.pos === 'AUX') return true;
    if (token.pos === 'PUNCT') return false;
  }
  return false;
}

/** True when the sentence has a clause or phrase of reason, purpose or means. */
export function givesReason(sentence: EvidenceSentence): boolean {
  const tokens = sentence.parsed.tokens;
  return tokens.some((token, index) => {
    const next = tokens[index + 1];
    if (
      token.pos === 'SCONJ' &&
      token.normal !== 'that' &&
      token.normal !== 'whether' &&
      opensClause(tokens, index)
    )
      return true;
    // "By cutting prices", "cut prices to win customers": a means, or a purpose after a whole
    // clause; "to" after a verb or an adjective ("was due to reopen", "wants to buy") is the
    // infinitive it takes, no purpose.
    // A phrasal verb's particle takes the infinitive as the verb would ("signed on to return",
    // "went on to win").
    const before = tokens[index - 1];
    const particle = before?.pos === 'ADP' && tokens[index - 2]?.pos === 'VERB';
    // "how to ride in a group", "whether to wait": an interrogative word before "to" makes the
    // infinitive a question's clause, no purpose.
    const asking =
      before !== undefined && (INTERROGATIVES.has(before.normal) || before.normal === 'whether');
    if (
      next?.pos === 'VERB' &&
      (token.normal === 'by' ||
        (token.normal === 'to' &&
          !particle &&
          !asking &&
          !['VERB', 'ADJ', 'AUX'].includes(before?.pos ?? '')))
    )
      return true;
    if (token.normal === 'because') return true;
    // "…closed last winter when our energy bills tripled": "when" inside a sentence opens a
    // clause as "after" and "as" do, however the tagger read it.
    // Not after a preposition: "its investigation into when Corvell became aware" asks a
    // question (a clause standing for a noun), it gives no time or reason.
    if (
      token.normal === 'when' &&
      index > 0 &&
      before?.pos !== 'ADP' &&
      ['PRON', 'DET', 'NOUN', 'PROPN'].includes(next?.pos ?? '')
    )
      return true;
    // "Due to the strike" gives a cause; "due to reopen" (an infinitive: a verb in its base
    // form) a schedule.
    const after = tokens[index + 2];
    const infinitive = after?.pos === 'VERB' && after.lemma === after.normal;
    return CAUSAL_PREPOSITIONS.some(
      ([first, second]) => token.normal === first && next?.normal === second && !infinitive,
    );
  });
}

/**
 * What a sentence naming its cause outright adds besides REASON_BONUS. Chosen on the
 * development sets: 0.15 changed nothing, 0.3 and 0.45 gave aviation's "What caused the
 * overrun?" the report's "probable cause" sentence, 0.5 lost a seed case.
 */
const STATED_CAUSE_BONUS = 0.3;

/** English's verbs that name what is blamed for something: their object is its cause. */
const BLAMING_VERBS: ReadonlySet<string> = new Set(['blame']);
/** Words after a verb of blaming read as its object ("the nurses' strike"); set once, not tuned. */
const BLAMED_REACH = 4;

/**
 * True when the sentence names a cause outright: a noun of reason ("The cause was an expired
 * certificate", "the main reason is…") or a verb of causing with its agent or effect ("was
 * caused by", "led to").
 */
export function statesCause(
  sentence: EvidenceSentence,
  asked: ReadonlySet<string> = new Set(),
): boolean {
  const tokens = sentence.parsed.tokens;
  return tokens.some((token, index) => {
    const lemma = lemmatize(token.normal);
    if (token.pos === 'NOUN' && lemma !== 'why' && REASON_WORDS.has(lemma)) return true;
    // "The hospital blamed the nurses' strike": a verb of blaming names the cause as its
    // object, so asked why the nurses struck, the strike blamed is a cause, not its effect.
    if (token.pos === 'VERB' && BLAMING_VERBS.has(lemma))
      return !tokens
        .slice(index + 1, index + 1 + BLAMED_REACH)
        .some((other) => asked.has(lemmatize(other.normal)));
    const next = tokens[index + 1]?.normal;
    return token.pos === 'VERB' && CAUSING_VERBS.has(lemma) && (next === 'by' || next === 'to');
  });
}

/**
 * True when a pronoun for a thing is the subject of a verb of causing with its agent or effect
 * ("it was caused by an electrical fault", "this led to…"): the sentence names the cause of
 * what the pronoun stands for. ("He said the cause of the crack was still being investigated"
 * names none.)
 */
function causedPronoun(sentence: EvidenceSentence): boolean {
  return causedSubjects(sentence).some(
    (at) =>
      sentence.parsed.tokens[at]!.pos === 'PRON' &&
      THING_PRONOUNS.has(sentence.parsed.tokens[at]!.normal),
  );
}

/** Where the subjects (their last words) of the sentence's verbs of causing with their agent or effect are. */
function causedSubjects(sentence: EvidenceSentence): number[] {
  const tokens = sentence.parsed.tokens;
  return tokens.flatMap((token, index) => {
    if (token.pos !== 'VERB' || !CAUSING_VERBS.has(lemmatize(token.normal))) return [];
    if (!['by', 'to'].includes(tokens[index + 1]?.normal ?? '')) return [];
    let subject = index - 1;
    while (subject >= 0 && tokens[subject]!.pos === 'AUX') subject -= 1;
    return subject >= 0 ? [subject] : [];
  });
}

/**
 * True when the subject of a verb of causing is the asked event named again by a definite noun
 * of it ("The flooding was caused by the failure of a corroded hose clip", asked what caused the
 * boat to flood): English's "the" (a definite determiner: `DEFINITE`) points back to the event
 * its article has told, however far before, so the sentence names that event's cause.
 */
function causedEvent(sentence: EvidenceSentence, event: ReadonlySet<string>): boolean {
  const tokens = sentence.parsed.tokens;
  return causedSubjects(sentence).some((at) => {
    const subject = tokens[at]!;
    const determiner = tokens[at - 1];
    if (subject.pos !== 'NOUN' || determiner?.pos !== 'DET' || !DEFINITE.has(determiner.normal))
      return false;
    const lemma = lemmatize(subject.normal);
    return [...event].some((asked) => asked === lemma || sharesStem(asked, lemma));
  });
}

/**
 * Weight of the event's own words in choosing the sentence: the names and years a
 * why-question gives are met by the article; the event ("the penalty", "financing
 * the purchase") must be in the sentence that explains it. Chosen on the development sets.
 */
const EVENT_WEIGHT = 0.5;

/**
 * Share of the best sentence's event coverage a question the article asks itself must have to
 * be taken as asking the same; chosen on the development sets (civic, releases).
 */
const POSED_EVENT_SHARE = 0.5;

/**
 * True when a question the article asks itself asks for a reason or a means, as the user's
 * does: it holds "why" or "how", or a noun of reason ("What was the reason…?"). "Would you
 * ever buy them?" asks for a yes or a no.
 */
function asksReasonOrMeans(sentence: EvidenceSentence): boolean {
  return sentence.parsed.tokens.some(
    (token) =>
      token.normal === 'why' ||
      token.normal === 'how' ||
      (token.pos === 'NOUN' && REASON_WORDS.has(lemmatize(token.normal))),
  );
}

/**
 * True when the sentence asks a yes/no question, opening with an auxiliary ("Will there be
 * sandbags next time?"): an FAQ's answer to it tells how things stand and what is done.
 */
function asksYesOrNo(sentence: EvidenceSentence): boolean {
  const first = sentence.parsed.tokens.find((token) => token.pos !== 'PUNCT');
  return first !== undefined && isAuxiliary(first);
}

/**
 * Share of the least coverage a question the article asks itself needs when it asks with the
 * question's own "why" or "how": 0.8, what any sentence considered needs (`covering`). Set once,
 * not tuned.
 */
const SAME_QUESTION_SHARE = 0.8;

export function composeWhyHow(evidence: Evidence, { minCoverage }: { minCoverage: number }): Draft {
  // "Why Kestrel", "Resetting the router": a section headed by the question's own "why" or
  // "how", or by its verb, gives the reasons or means asked for as a whole, whether or not
  // each sentence marks them.
  const questionTokens = evidence.analysis.parsed.tokens;
  const asked = new Set(
    [
      ...questionTokens.filter((token) => token.normal === 'why' || token.normal === 'how'),
      ...questionTokens.filter((token) => token.pos === 'VERB'),
    ].map((token) => lemmatize(token.normal)),
  );
  // Read once a sentence: the ranking asks again at every pick.
  const headings = new Map<EvidenceSentence, string[]>();
  const headingWords = (sentence: EvidenceSentence) => {
    let words = headings.get(sentence);
    if (!words) {
      words = tokenize(headingsOf(sentence.document)(sentence.span.start));
      headings.set(sentence, words);
    }
    return words;
  };
  const headingStatesVerb = (sentence: EvidenceSentence) =>
    headingWords(sentence).some(
      (word) => word !== 'why' && word !== 'how' && asked.has(lemmatize(word)),
    );
  const headedByQuestion = (sentence: EvidenceSentence) => {
    const first = headingWords(sentence)[0];
    // A heading asking another question ("Who should not take it" for "why take it with
    // food?") is about that one, whatever verb it shares.
    if (first !== undefined && INTERROGATIVES.has(first) && !asked.has(first)) return false;
    return (
      ((first === 'why' || first === 'how') && asked.has(first)) || headingStatesVerb(sentence)
    );
  };
  // An article the question names whose title states the event asked ("Postmortem: checkout
  // outage…" for "what caused the checkout outage?") is about that event in every sentence.
  const eventTerms = evidence.analysis.terms.filter((term) => term.primary && !term.name);
  const askedEvent = new Set(eventTerms.map((term) => term.lemma));
  const titled = new Map<string, boolean>();
  const aboutEvent = (sentence: EvidenceSentence) => {
    const { docId, title } = sentence.document;
    if (!evidence.analysis.documents.includes(docId) || eventTerms.length === 0) return false;
    let known = titled.get(docId);
    if (known === undefined) {
      known = eventTerms.every((term) => evidence.credit(term, title) >= STATED_CREDIT);
      titled.set(docId, known);
    }
    return known;
  };
  // "How was the trip paid for?" — "…, paid for by a grant from the Rotary Club": the asked
  // verb's own "by", "through" or "with" phrase (past its particle) gives its means.
  const askedVerbTerms = eventTerms.filter((term) => term.verb);
  const meansOfAsked = (sentence: EvidenceSentence) => {
    if (!asksHow || askedVerbTerms.length === 0) return false;
    const tokens = sentence.parsed.tokens;
    return tokens.some((token, index) => {
      if (token.pos !== 'VERB') return false;
      // With its particle: "paid for" states "pay for", "paid" alone does not. By its word,
      // a derivation or WordNet, not the vectors' closeness ("compared with" is no "reduce").
      const verb = `${token.normal} ${tokens[index + 1]?.normal ?? ''}`;
      if (!askedVerbTerms.some((term) => evidence.states(term, verb))) return false;
      const next =
        tokens[index + 1]?.pos === 'ADP' && !MEANS.has(tokens[index + 1]!.normal)
          ? index + 2
          : index + 1;
      return MEANS.has(tokens[next]?.normal ?? '') && tokens[next + 1]?.pos !== 'VERB';
    });
  };
  // A sentence naming the cause of what its pronoun stands for, right after one about the
  // event, is weighed as that one (`antecedents`).
  const antecedents = new Map<EvidenceSentence, EvidenceSentence>();
  const value = (sentence: EvidenceSentence) => {
    // Asked how, the asked verb's means is named outright, as a cause is asked why.
    const cause = statesCause(sentence, askedEvent) || meansOfAsked(sentence);
    const about = antecedents.get(sentence) ?? sentence;
    return (
      about.score +
      (cause || givesReason(sentence) ? REASON_BONUS : 0) +
      (cause ? STATED_CAUSE_BONUS : 0) +
      (headedByQuestion(sentence) ? REASON_BONUS : 0) +
      EVENT_WEIGHT * (aboutEvent(about) ? 1 : about.eventCoverage)
    );
  };
  // A table's row ("| Mountain-biking incidents | 5 | 8 |") gives figures, no reason; asked
  // how, its figures may tell what changed ("How did the Team plan change…?").
  const asksHow = questionTokens.some((token) => token.normal === 'how');
  const covering = evidence.sentences.filter(
    (sentence) =>
      sentence.unmet === null &&
      sentence.coverage >= 0.8 * minCoverage &&
      (asksHow || !sentence.text.trimStart().startsWith('|')),
  );
  // "What caused the fire at the Regent?" — "Station manager Carl Dobson said the fire appeared
  // to have started accidentally. "Our early view is that it was caused by an electrical fault
  // in the projection box," he said.": a sentence naming the cause of what its pronoun stands
  // for (`causedPronoun`), right after one about the event, explains the event though it
  // repeats none of its words.
  for (const sentence of [...covering]) {
    const [next] = evidence.sentencesOf(sentence.document.docId, {
      from: sentence.position + 1,
      to: sentence.position + 2,
    });
    if (
      next === undefined ||
      antecedents.has(next) ||
      next.eventCoverage >= sentence.eventCoverage ||
      !causedPronoun(next)
    )
      continue;
    antecedents.set(next, sentence);
    if (!covering.includes(next)) covering.push(next);
  }
  // "At about 6.15am … the wooden netter Morwenna Grace began to flood…" and, in the report's
  // findings further on, "The flooding was caused by the failure of a corroded hose clip": in
  // the article of the sentence telling the event best, a sentence whose cause is said of the
  // event by a definite noun of it explains that event (`causedEvent`), and is weighed as it.
  const teller = covering
    .filter((sentence) => sentence.eventCoverage > 0 && !antecedents.has(sentence))
    .sort((a, b) => b.eventCoverage - a.eventCoverage || b.score - a.score)[0];
  if (teller !== undefined && askedEvent.size > 0)
    for (const other of evidence.sentencesOf(teller.document.docId)) {
      if (other.position === teller.position || !causedEvent(other, askedEvent)) continue;
      const known = covering.find((sentence) => sentence.span.start === other.span.start);
      if (known !== undefined && antecedents.has(known)) continue;
      antecedents.set(known ?? other, teller);
      if (known === undefined) covering.push(other);
    }
  // "Why does the editorial say…": what an article the question names says is asked, when it
  // says anything of it.
  const named = covering.filter((sentence) =>
    evidence.analysis.documents.includes(sentence.document.docId),
  );
  const pool = named.length > 0 ? named : covering;
  const ranked = pickDistinct(pool, { count: 2, value });
  const best = ranked[0];
  if (!best) return { parts: [] };
  // "How do I set up the router?" under "## Setting up": a section whose heading says only
  // what the question asks, its action included, is the procedure asked for; its sentences
  // (numbered steps or not) are the answer, in order, whatever the best single sentence.
  const questionLemmas = new Set(questionTokens.map((token) => lemmatize(token.normal)));
  const procedureHeading = (sentence: EvidenceSentence) => {
    const words = headingWords(sentence).filter((word) => !isStopword(word));
    return (
      headingStatesVerb(sentence) &&
      words.every((word) => questionLemmas.has(lemmatize(word)) || questionLemmas.has(word))
    );
  };
  // "What led to the Oakley shop closing?" under "## Why Oakley is closing": a section whose
  // heading asks "why" of just what the question asks gives the reasons, its first sentences.
  // Every word of such a heading is the question's (the tagger may read the question's verb
  // as a noun: "Why did the Oakley shop close?").
  const reasonHeading = (sentence: EvidenceSentence) => {
    const [first, ...rest] = headingWords(sentence);
    const words = rest.filter((word) => !isStopword(word));
    return (
      (first === 'why' &&
        words.length > 0 &&
        words.every((word) => questionLemmas.has(lemmatize(word)) || questionLemmas.has(word))) ||
      causeSection(sentence)
    );
  };
  // "What caused the November 2021 outage?" of a post-mortem titled "…Outage of 17 November
  // 2021" with a section "## Root cause": a heading naming a noun of reason, in an article whose
  // title and that heading state the event asked, or whose sentence tells it best, heads its
  // reasons.
  const causeSection = (sentence: EvidenceSentence) => {
    const words = headingWords(sentence);
    // A heading asking "why" names its own event, read above.
    const reasonNoun = (word: string) => word !== 'why' && REASON_WORDS.has(lemmatize(word));
    if (eventTerms.length === 0 || !words.some(reasonNoun)) return false;
    // The article of the sentence telling the event best is about it, whatever words its title
    // uses ("Safety investigation report: scaffold tower collapse in Dock 2", asked "What caused
    // the mobile tower to topple over in Dock 2?", its best sentence "a mobile scaffold tower
    // collapsed…").
    if (sentence.document.docId === best.document.docId) return true;
    const about = `${sentence.document.title} ${words.join(' ')}`;
    return eventTerms.every((term) => evidence.credit(term, about) >= STATED_CREDIT);
  };
  const headed = evidence.sentences
    .filter(
      (sentence) =>
        sentence.unmet === null && (asksHow ? procedureHeading(sentence) : reasonHeading(sentence)),
    )
    .sort((a, b) => value(b) - value(a))[0];
  if (headed) {
    const headingAt = headingsOf(headed.document);
    const section = headingAt(headed.span.start);
    const inSection = evidence
      .sentencesOf(headed.document.docId)
      .filter((sentence) => headingAt(sentence.span.start) === section)
      // "Direct causes:" labels the items after it, which say the reasons themselves.
      .filter((sentence) => !isShortLabel(sentence.text));
    // A section listing its reasons in items gives them all, as a procedure its steps.
    const listed = inSection.some(opensItem);
    const steps = inSection.slice(0, asksHow || listed ? MAX_PROCEDURE : MAX_SENTENCES);
    return { parts: steps.map((sentence) => ({ sentence })) };
  }
  // "How is Tessellate making a cheaper device…? Partly by adding a second factory.": a
  // question the article asks itself (or an interviewer asks) about what is asked is
  // answered by what follows it.
  // It must ask about the event asked, at least half as fully as the best sentence states it: a rhetorical
  // question naming the same people ("Now that Pask's appeal is to be heard…, may I remind
  // readers…?") does not ask why he was jailed.
  // A yes/no question's answer tells how things stand and what is done ("Will there be
  // sandbags next time? We are setting up…"): a means asked, seldom a reason ("Will you raise
  // more money? That's Mark's question now.").
  // An FAQ's "Why is there a ban?" leaves its topic to the title: asking with the question's
  // own "why" or "how", it needs only the coverage any sentence considered does.
  const askedWord = questionTokens.find(
    (token) => token.normal === 'why' || token.normal === 'how',
  );
  const asksAsQuestion = (sentence: EvidenceSentence) =>
    askedWord !== undefined &&
    sentence.parsed.tokens.find((token) => /\p{L}/u.test(token.text))?.normal === askedWord.normal;
  const posed = pool
    .filter(
      (sentence) =>
        sentence.coverage >= (asksAsQuestion(sentence) ? SAME_QUESTION_SHARE : 1) * minCoverage &&
        asksItself(sentence) &&
        (asksReasonOrMeans(sentence) ||
          (asksHow && interviewLine(sentence) && asksYesOrNo(sentence))) &&
        sentence.eventCoverage >= POSED_EVENT_SHARE * best.eventCoverage,
    )
    .sort((a, b) => value(b) - value(a))[0];
  const following = posed ? answerAfter(evidence, posed) : [];
  if (posed && following.length > 0)
    return { parts: inReadingOrder([posed, ...following]).map((sentence) => ({ sentence })) };
  // "Why Lisbon?": a verbless question the article asks itself with the question's own "why"
  // or "how", its other words all the user's, asks the user's question in short (English
  // leaves out what the context gives); what follows answers it. Read in the best sentence's
  // article.
  const elliptical = evidence.sentencesOf(best.document.docId).find((sentence) => {
    const words = sentence.parsed.tokens.filter((token) => /\p{L}/u.test(token.text));
    return (
      asksAsQuestion(sentence) &&
      endsAsking(sentence.text) &&
      words.length >= 2 &&
      words.every((token) => token.pos !== 'VERB' && token.pos !== 'AUX') &&
      words
        .slice(1)
        .every((token) => isStopword(token.normal) || questionLemmas.has(lemmatize(token.normal)))
    );
  });
  const answered = elliptical ? answerAfter(evidence, elliptical) : [];
  if (elliptical && answered.length > 0)
    return { parts: [elliptical, ...answered].map((sentence) => ({ sentence })) };
  // "Three things explain most of the fall:" above bulleted lines: a lead-in announcing reasons
  // (a verb of causing or explaining, or a noun of reason) of the event asked gives them as its
  // items, whatever each item's wording. A lead-in is short and leans on the sentence before it
  // ("…down 6.5% on the previous year. Three things explain most of the fall:"): the two must
  // state most of the event's words.
  const statesMostOfEvent = (sentence: EvidenceSentence) => {
    const before = evidence.sentencesOf(sentence.document.docId, {
      from: sentence.position - 1,
      to: sentence.position,
    });
    const text = [...before, sentence].map((part) => part.text).join(' ');
    const stated = eventTerms.filter((term) => evidence.credit(term, text) >= STATED_CREDIT);
    return stated.length * 2 > eventTerms.length;
  };
  if (!asksHow) {
    const announced = pool
      .filter(
        (sentence) =>
          sentence.parsed.tokens.some(
            (token) =>
              CAUSING_VERBS.has(token.lemma) ||
              REASON_WORDS.has(token.lemma) ||
              // "*Reasons:*": the tagger may leave a plural in emphasis unlemmatized.
              REASON_WORDS.has(lemmatize(token.normal)),
          ) && statesMostOfEvent(sentence),
      )
      .sort((a, b) => value(b) - value(a))
      .map((sentence) => ({ sentence, items: listAfter(evidence, sentence) }))
      .find(({ items }) => items.length > 0);
    if (announced)
      return {
        parts: [announced.sentence, ...announced.items].map((sentence) => ({ sentence })),
      };
  }
  // The best sentence's article, by position. What carries it on is in its section: a
  // manual's next heading ("## Warranty") starts another topic, unless that heading is about
  // what is asked ("Why Kestrel" for "why does Corvane want…").
  const headingAt = headingsOf(best.document);
  const section = headingAt(best.span.start);
  const onTopic = (sentence: EvidenceSentence | undefined) =>
    sentence !== undefined &&
    (sentence.document !== best.document ||
      headingAt(sentence.span.start) === section ||
      headedByQuestion(sentence))
      ? sentence
      : undefined;
  // A best sentence naming its cause outright, or giving the asked event with its reason
  // ("…was no excuse, because the committee had been shown false invoices"), answers alone: a
  // runner-up giving no reason of its own only repeats the topic.
  const caused = statesCause(best, askedEvent);
  const reasoned = caused || givesReason(best);
  // "Because" is English's unambiguous conjunction of reason ("since", "as" and "after" also
  // say when, and "by" or "to" a means or a purpose of another verb).
  const because = best.parsed.tokens.some((token) => token.normal === 'because');
  const outright = caused || (because && best.eventCoverage >= 1);
  const chosen = ranked.filter(
    (sentence) =>
      onTopic(sentence) !== undefined &&
      // A runner-up stating none of the event asked ("She paid £1,200 for the land" for "why
      // did she choose the site?") is about its names only.
      (sentence === best || best.eventCoverage === 0 || sentence.eventCoverage > 0) &&
      (!outright ||
        sentence === best ||
        givesReason(sentence) ||
        statesCause(sentence, askedEvent)),
  );
  const article = evidence.sentencesOf(best.document.docId);
  // The reason often follows the event in the next sentences of its paragraph ("…stood with
  // his arms by his sides. He said it was out of respect."): the nearest one giving a reason
  // within REASON_REACH, else the next sentence, which carries the event on.
  const around = article
    .filter(
      (sentence) =>
        sentence.position !== best.position &&
        Math.abs(sentence.position - best.position) <= REASON_REACH &&
        !chosen.includes(sentence) &&
        onTopic(sentence) !== undefined,
    )
    .sort(
      (a, b) =>
        Math.abs(a.position - best.position) - Math.abs(b.position - best.position) ||
        b.position - a.position,
    );
  // When the next sentence is chosen already ("…cost $110 million. The studio paid for it with
  // an unusual arrangement."), the one after the run carries it on.
  const same = (sentence: EvidenceSentence) => sentence.document.docId === best.document.docId;
  let end = best.position;
  while (chosen.some((sentence) => same(sentence) && sentence.position === end + 1)) end += 1;
  const after = onTopic(article[end + 1]);
  // "He didn't celebrate out of respect": further on in the article, a sentence stating the
  // asked verb with a reason gives it, though it repeats little else of the question.
  // Only a question with a verb of its own: without one every sentence "states" it.
  const asksVerb = eventTerms.some((term) => term.verb);
  const restated =
    reasoned || !asksVerb
      ? undefined
      : article.find(
          (sentence) =>
            sentence.position !== best.position &&
            !chosen.includes(sentence) &&
            sentence.verbCoverage >= STATES_VERB &&
            sentence.eventCoverage > 0 &&
            givesReason(sentence),
        );
  // A best sentence stating the whole event with its reason needs nothing carried on.
  // A best sentence whose pronoun stands for the event is read with the sentence naming it.
  const next =
    antecedents.get(best) ??
    (because && best.eventCoverage >= 1 && !caused
      ? undefined
      : ((reasoned ? undefined : around.find(givesReason)) ?? restated ?? after));
  if (next && chosen.length < MAX_SENTENCES) chosen.push(next);
  // A sentence that announces the means without giving it ("The studio paid for it with an
  // unusual arrangement.") is carried on by the one after it.
  const then = next ? onTopic(article[next.position + 1]) : undefined;
  if (next && then && next === after && !givesReason(next) && !chosen.includes(then))
    chosen.push(then);
  return { parts: inReadingOrder(chosen).map((sentence) => ({ sentence })) };
}
