/**
 * A question asking its verb's object names the subject by its role ("Who did the Iranian
 * interior minister meet?"): a name the sentence titles with every word of that role ("Iranian
 * Interior Minister Ahmad Vahidi") is the subject, no answer.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import { askedSubjectWords } from '../../src/answer/analyze/asks-doer.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus, type ExtractiveCorpus } from '../helpers/extractive-corpus.js';

const parser = createTextParser();
const words = (question: string) => askedSubjectWords(parser.parse(question).tokens);

describe('the subject of a question asking the object', () => {
  it('is the noun phrase between the auxiliary and the verb', () => {
    expect(words('Who did the Iranian interior minister meet in Islamabad?')).toEqual([
      'iranian',
      'interior',
      'minister',
    ]);
    expect(words('Whom will the new coach pick?')).toEqual(['new', 'coach']);
  });

  it('is none when "who" is the subject or the auxiliary is a form of "be"', () => {
    expect(words('Who met the Iranian interior minister?')).toEqual([]);
    expect(words('Who is the EPCA commissioner quoted about the fine?')).toEqual([]);
  });
});

describe('a name titled with the asked subject’s role', () => {
  let corpus: ExtractiveCorpus;
  beforeAll(async () => {
    // The seeds' article on the 2022 visit, whole: its opening sentence titles the visitor.
    corpus = createExtractiveCorpus(
      { '001_visit.txt': readFileSync('seeds/001_107dfff3603230d6.txt', 'utf8') },
      { lexicon: await loadPackagedWordVectors() },
    );
  });

  it('is not the answer to whom that subject met', () => {
    const response = corpus.ask('Who did the Iranian interior minister meet in Islamabad?');
    expect(response.answer).not.toMatch(/^Ahmad Vahidi/u);
    expect(response.answer).toMatch(/^[^[]*(?:Imran Khan|Sheikh Rashid Ahmed)/u);
  });
});
