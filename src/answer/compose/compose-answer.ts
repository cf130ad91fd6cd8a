/**
 * Composition by kind, then the response: the composer's draft becomes the
 * answer text with `[n]` markers and one citation per distinct sentence,
 * whose quote is the verbatim slice of the source file.
 */
import { lemmatize } from '../../text/tokenize.js';
import { withEnumerations } from './enumerated-after.js';
import { withIntroducedItems } from './introduced-list.js';
import { oneLine } from './one-line.js';
import type { ChatResponse, Citation } from '../chat-types.js';
import { createCitation } from '../create-citation.js';
import { createRefusal } from '../create-refusal.js';
import type { Evidence, EvidenceSentence } from '../evidence/evidence-types.js';
import { composeComparison } from './compose-comparison.js';
import { composeFactoid } from './compose-factoid.js';
import { composeList } from './compose-list.js';
import { composeSummary } from './compose-summary.js';
import { composeWhyHow } from './compose-why-how.js';
import { composeYesNo } from './compose-yes-no.js';
import { sectionDraft } from './section-list.js';
import { composePrepositionEllipsis } from './preposition-ellipsis.js';
import { composeSuccession } from './succession-answer.js';
import { INTERROGATIVES } from '../analyze/classify-question.js';
import type { Draft } from './draft.js';
import {
  namedKind,
  namesWritingFirst,
  tells,
  verbKinds,
  verbSynonyms,
  type WordNet,
} from '../../text/wordnet.js';

/** What composing needs besides the evidence. */
export interface ComposeOptions {
  minCoverage: number;
  /** An adjective's antonyms (WordNet's), for comparisons asked with one. */
  antonyms?: ((adjective: string) => readonly string[]) | undefined;
  /** A verb's antonyms (WordNet's), for a "No" stated by the opposite verb ("lost" for "win"). */
  verbAntonyms?: ((verb: string) => readonly string[]) | undefined;
  /** A verb's synonyms in its most frequent sense (WordNet's; see `verbSynonyms`). */
  verbSynonyms?: ((verb: string) => readonly string[]) | undefined;
  /** A verb's more general verbs (WordNet's; see `verbKinds`): "no one was hurt" denies "injured". */
  verbKinds?: ((verb: string) => readonly string[]) | undefined;
  /** Whether WordNet knows a name as one of a kind (`namedKind`): a list's items are of the kind asked. */
  namedKind?: ((name: string, noun: string) => boolean | null) | undefined;
  /** Whether WordNet holds words as one adverb ("on time"): a "Yes" must state the question's. */
  isAdverb?: ((words: readonly string[]) => boolean) | undefined;
  /** Whether a verb's most frequent sense is one of telling (WordNet's): a report of a text says no "Yes". */
  tells?: ((lemma: string) => boolean) | undefined;
  /** Whether a noun's most frequent sense names a piece of communication (WordNet's). */
  namesWriting?: ((lemma: string) => boolean) | undefined;
}

/**
 * What composing reads of WordNet: adjectives' and verbs' antonyms, verbs' synonyms and kinds,
 * names' kinds and adverbs.
 */
export function wordNetComposing(
  senses: WordNet,
): Required<
  Pick<
    ComposeOptions,
    | 'antonyms'
    | 'verbAntonyms'
    | 'verbSynonyms'
    | 'verbKinds'
    | 'namedKind'
    | 'isAdverb'
    | 'tells'
    | 'namesWriting'
  >
> {
  return {
    antonyms: (adjective) => senses.antonyms(adjective),
    verbAntonyms: (verb) => senses.verbAntonyms(verb),
    verbSynonyms: verbSynonyms(senses),
    verbKinds: verbKinds(senses),
    namedKind: namedKind(senses),
    isAdverb: (words) => senses.isAdverb(words),
    tells: tells(senses),
    namesWriting: (lemma) => namesWritingFirst(lemma, senses),
  };
}

export function draftFor(
  evidence: Evidence,
  {
    minCoverage,
    antonyms,
    verbAntonyms,
    verbSynonyms,
    verbKinds,
    namedKind,
    isAdverb,
    tells,
    namesWriting,
  }: ComposeOptions,
): Draft {
  switch (evidence.analysis.kind) {
    case 'summary':
      return composeSummary(evidence, { minCoverage });
    case 'list':
      return composeList(evidence, { minCoverage, namedKind });
    case 'comparison':
      return composeComparison(evidence, { minCoverage, antonyms });
    case 'why-how':
      return composeWhyHow(evidence, { minCoverage });
    case 'yes-no':
      return composeYesNo(evidence, {
        antonyms,
        verbAntonyms,
        verbSynonyms,
        verbKinds,
        isAdverb,
        tells,
        namesWriting,
      });
    default:
      // "What should I see in Porto?" of a guide with a section "What to see", "what were the
      // decisions?" of minutes with one headed "Decisions": its items.
      // Whatever the kind of answer, a section headed by the question itself ("## Who should
      // not take it") answers it with its items.
      // "From whom?" after an answer: the phrase that preposition governs in it.
      // "Who replaced Rob as head brewer?": the other side of a succession a sentence states.
      return (
        (composeSuccession(evidence) ??
          composePrepositionEllipsis(evidence) ??
          (evidence.analysis.answerType === 'any' &&
            (evidence.analysis.head === null || asksSeveral(evidence)) &&
            sectionDraft(evidence))) ||
        (INTERROGATIVES.has(evidence.analysis.parsed.tokens[0]?.normal ?? '') &&
          sectionDraft(evidence, { asWritten: true })) ||
        composeFactoid(evidence)
      );
  }
}

/** The noun the question asks about is written in the plural ("the decisions"). */
function asksSeveral(evidence: Evidence): boolean {
  const { focus, head, parsed } = evidence.analysis;
  if (focus !== null) return focus.lemma === head && focus.token !== focus.lemma;
  // No focus: the noun the interrogative determines, in the plural ("What conditions came
  // with…?", "Which main measures…?"), not a plural elsewhere ("What was holding up the
  // opening of the border markets?").
  const [interrogative, ...rest] = parsed.tokens;
  if (interrogative?.pos !== 'DET' && interrogative?.pos !== 'PRON') return false;
  const noun = rest.find((token) => token.pos !== 'ADJ');
  return noun?.pos === 'NOUN' && lemmatize(noun.normal) === head && noun.normal !== head;
}

/** Numbers the draft's sentences and writes the answer text. */
export function renderDraft(draft: Draft): ChatResponse {
  const citations: Citation[] = [];
  const numbers = new Map<EvidenceSentence, number>();
  const cite = (sentence: EvidenceSentence): number => {
    const known = numbers.get(sentence);
    if (known) return known;
    const n = citations.length + 1;
    numbers.set(sentence, n);
    citations.push(
      createCitation({
        n,
        chunk: sentence.chunk,
        span: sentence.span,
        fileText: sentence.document.fileText,
        score: sentence.coverage,
      }),
    );
    return n;
  };
  const lines: string[] = [];
  if (draft.lead)
    lines.push(
      draft.leadSentence ? `${oneLine(draft.lead)} [${cite(draft.leadSentence)}]` : draft.lead,
    );
  if (draft.items && draft.items.length > 0)
    lines.push(
      draft.items
        .map(
          (item) =>
            `- ${item.text ?? oneLine(item.sentence.text)} [${cite(item.sentence)}]${item.also ? `[${cite(item.also)}]` : ''}`,
        )
        .join('\n'),
    );
  const sentences = draft.parts.map(
    (part) => `${part.text ?? oneLine(part.sentence.text)} [${cite(part.sentence)}]`,
  );
  if (sentences.length > 0)
    lines.push(
      draft.bullets && !draft.items
        ? sentences.map((line) => `- ${line}`).join('\n')
        : sentences.join(' '),
    );
  if (draft.note) lines.push(draft.note);
  return { answer: lines.join('\n\n'), refused: false, citations };
}

/** The extractive answer for supported evidence, or the refusal with its reason. */
export function composeAnswer(evidence: Evidence, options: ComposeOptions): ChatResponse {
  if (!evidence.supported) return createRefusal(evidence.reason);
  // A yes or no rests on its one sentence; other answers cite what an announcement enumerates.
  const composed = draftFor(evidence, options);
  const enumerated =
    evidence.analysis.kind === 'yes-no' ? composed : withEnumerations(evidence, composed);
  // A why or how answer citing a lead-in ("It is being funded by:") cites its list too.
  const draft =
    evidence.analysis.kind === 'why-how' ? withIntroducedItems(evidence, enumerated) : enumerated;
  if (draft.parts.length === 0 && !draft.items?.length)
    return createRefusal('No passage in the articles answers it.');
  return renderDraft(draft);
}
