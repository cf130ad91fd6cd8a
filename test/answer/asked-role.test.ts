/** A person's name written after the role the question asks about is answered by the name alone. */
import { describe, expect, it } from 'vitest';
import { withoutAskedRole } from '../../src/answer/compose/asked-role.js';
import { parseSourceDocument } from '../../src/ingest/load-documents.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createExtractiveCorpus } from '../helpers/extractive-corpus.js';

const document = parseSourceDocument(
  '/r/001_visit.md',
  ` date 2023-05-04 Minister visits

The interior minister arrived on Monday, and the fire officer met him. The group was set up during a visit of Iranian Interior Minister Ahmad Vahidi.`,
);
const asked = (question: string) => new Set(question.toLowerCase().match(/\p{L}+/gu) ?? []);
/** The words the article writes in lower case, as the evidence finder reads them. */
const lowercase = new Set(document.cleanText.match(/\b\p{Ll}+\b/gu));
const common = (word: string) => lowercase.has(word);

describe('withoutAskedRole', () => {
  it('cuts the role up to its last word asked or written in lower case', () => {
    expect(
      withoutAskedRole(
        'Iranian Interior Minister Ahmad Vahidi',
        asked('who is the interior minister'),
        common,
      ),
    ).toBe('Ahmad Vahidi');
    expect(
      withoutAskedRole(
        'Assistant Chief Fire Officer Dev Sandhu',
        asked('who was acting chief'),
        common,
      ),
    ).toBe('Dev Sandhu');
  });

  it('keeps the name whole when no word of it is asked, or fewer than two words would remain', () => {
    expect(withoutAskedRole('Chief Officer Ann Lee', asked('who spoke'), common)).toBe(
      'Chief Officer Ann Lee',
    );
    expect(withoutAskedRole('Minister Vahidi', asked('which minister'), common)).toBe(
      'Minister Vahidi',
    );
  });

  it('answers "Who is the interior minister of Iran?" with the name', async () => {
    const corpus = createExtractiveCorpus(
      {
        '001_visit.md': ` date 2023-05-04 Minister visits Islamabad

ISLAMABAD, 4 May 2023 - The border group was set up during a daylong visit of Iranian Interior Minister Ahmad Vahidi. The interior minister met officials on Monday.`,
      },
      { lexicon: await loadPackagedWordVectors() },
    );
    expect(corpus.ask('Who is the interior minister of Iran?').answer).toMatch(
      /^Ahmad Vahidi \[1\]/u,
    );
  }, 60_000);
});
