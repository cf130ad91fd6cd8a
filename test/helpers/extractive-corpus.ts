/**
 * The offline answer path over a small corpus written in a test: its articles parsed and
 * chunked, a question analyzer, an evidence finder, and `ask`, which answers a question
 * (or a conversation) with every chunk retrieved in the corpus's order.
 */
import {
  createQuestionAnalyzer,
  type QuestionAnalyzer,
} from '../../src/answer/analyze/analyze-question.js';
import { createDocumentCatalogue } from '../../src/answer/analyze/document-catalogue.js';
import { createTextParser, type TextParser } from '../../src/answer/analyze/parse-text.js';
import type { ChatMessage, ChatResponse } from '../../src/answer/chat-types.js';
import { composeAnswer, wordNetComposing } from '../../src/answer/compose/compose-answer.js';
import {
  createEvidenceFinder,
  type EvidenceFinder,
} from '../../src/answer/evidence/find-evidence.js';
import type { WordVectors } from '../../src/embed/word-vectors.js';
import { createCorpusVocabulary } from '../../src/answer/corpus-vocabulary.js';
import { wordRelations, type WordNet } from '../../src/text/wordnet.js';
import { chunkDocuments } from '../../src/ingest/chunk-documents.js';
import type { Chunk, SourceDocument } from '../../src/ingest/document-types.js';
import { parseSourceDocument } from '../../src/ingest/load-documents.js';

export interface ExtractiveCorpus {
  documents: SourceDocument[];
  chunks: Chunk[];
  analyzer: QuestionAnalyzer;
  finder: EvidenceFinder;
  ask(question: string | ChatMessage[]): ChatResponse;
}

/**
 * One parser for every corpus of a test file: it holds no state between texts, and each
 * model load costs heap that many small corpora in one file would exhaust.
 */
let sharedParser: TextParser | undefined;

export function createExtractiveCorpus(
  articles: Record<string, string>,
  {
    lexicon,
    specificity: given = () => 1,
    senses,
  }: {
    lexicon: WordVectors;
    /** How specific a word is; 'corpus' for the server's, from these articles' chunks. */
    specificity?: ((lemma: string) => number) | 'corpus';
    /** WordNet's nouns, as the server has them; without, nouns are typed by vectors alone. */
    senses?: WordNet;
  },
): ExtractiveCorpus {
  const documents = Object.entries(articles).map(([name, text]) =>
    parseSourceDocument(`/corpus/${name}`, text),
  );
  const chunks = chunkDocuments(documents);
  const specificity = given === 'corpus' ? createCorpusVocabulary(chunks).specificity : given;
  const parser = (sharedParser ??= createTextParser());
  const analyzer = createQuestionAnalyzer({
    parser,
    lexicon,
    catalogue: createDocumentCatalogue(documents),
    specificity,
    ...(senses ? { senses } : {}),
  });
  const finder = createEvidenceFinder({
    parser,
    lexicon,
    documents,
    chunks,
    minCoverage: 0.5,
    ...(senses ? wordRelations(senses) : {}),
  });
  return {
    documents,
    chunks,
    analyzer,
    finder,
    ask(question) {
      const messages: ChatMessage[] =
        typeof question === 'string' ? [{ role: 'user', content: question }] : question;
      const passages = chunks.map((chunk, rank) => ({ chunk, score: 1 / (rank + 1) }));
      // As the assistant does: names typed in lower case read as the passages write them.
      const analysis = analyzer.analyze(
        analyzer.recase(
          messages,
          chunks.map((chunk) => chunk.text),
        ),
      );
      return composeAnswer(finder.find({ analysis, passages }), {
        minCoverage: 0.5,
        ...(senses ? wordNetComposing(senses) : {}),
      });
    },
  };
}
