import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/ingest/document-types.js';
import { segmentArticle } from '../../src/http/web/assets/article-segments.js';
import {
  answerWithFootnotes,
  conversationToMarkdown,
} from '../../src/http/web/assets/conversation-export.js';
import { passageAround } from '../../src/http/web/assets/load-article.js';
import { parseAnswer } from '../../src/http/web/assets/parse-answer.js';
import { createExampleQuestions } from '../../src/http/web/example-questions.js';

describe('parseAnswer', () => {
  it('reads a lead line, then the cited sentences', () => {
    expect(parseAnswer('Ahmad Vahidi [1]\n\nThe group was set up. [1]')).toEqual({
      lead: 'Ahmad Vahidi [1]',
      items: [],
      body: ['The group was set up. [1]'],
    });
  });

  it('reads a list lead as its heading and items', () => {
    expect(parseAnswer('2 found:\n- Zahedan [1]\n- Turbat [2]\n\nOne. [1] Two. [2]')).toEqual({
      lead: '2 found:',
      items: ['Zahedan [1]', 'Turbat [2]'],
      body: ['One. [1] Two. [2]'],
    });
  });

  it('treats an answer without a blank line as sentences only', () => {
    expect(parseAnswer('One. [1] Two. [2]')).toEqual({ items: [], body: ['One. [1] Two. [2]'] });
  });
});

describe('segmentArticle', () => {
  const text =
    'Unrelated headline\nThe Title\nFirst paragraph. Quote here.\n\nSecond one.\nMust Read\n';
  const first = { start: text.indexOf('First'), end: text.indexOf('here.') + 5 };
  const second = { start: text.indexOf('Second'), end: text.indexOf('one.') + 4 };

  it('keeps the article, drops the title line and marks the rest as furniture', () => {
    const segments = segmentArticle({ text, title: 'The Title', kept: [first, second] });
    expect(
      segments.map((segment) => [segment.kind, segment.pieces.map((piece) => piece.text).join('')]),
    ).toEqual([
      ['furniture', 'Unrelated headline'],
      ['kept', 'First paragraph. Quote here.'],
      ['kept', 'Second one.'],
      ['furniture', 'Must Read'],
    ]);
  });

  it('carries the highlight into the piece it covers', () => {
    const start = text.indexOf('Quote');
    const segments = segmentArticle({
      text,
      title: 'The Title',
      kept: [first, second],
      highlight: { start, end: start + 11 },
    });
    expect(segments[1]?.pieces).toEqual([
      { text: 'First paragraph. ', marked: false },
      { text: 'Quote here.', marked: true },
    ]);
  });
});

describe('passageAround', () => {
  it('reaches into the neighbouring paragraph when the quote is its whole paragraph', () => {
    const text = 'Lead paragraph here.\n\nThe quote.\n\nThe paragraph after it.';
    const spans = [
      { start: 0, end: 20 },
      { start: 22, end: 32 },
      { start: 34, end: text.length },
    ];
    expect(
      passageAround(
        { docId: 'd', title: 't', date: null, source: null, text, paragraphs: spans, metadata: [] },
        { start: 22, end: 32 },
      ),
    ).toEqual({
      before: 'Lead paragraph here.\n',
      quote: 'The quote.',
      after: '\nThe paragraph after it.',
    });
  });
});

describe('conversation export', () => {
  const response = {
    answer: 'Ahmad Vahidi [1]\n\nThe group was set up. [1]',
    refused: false,
    citations: [
      {
        n: 1,
        docId: 'd',
        title: 'A title',
        date: '2022-02-15',
        source: 'Dawn',
        chunkId: 'd#0',
        quote: 'The group was set up.',
        start: 0,
        end: 21,
        score: 1,
      },
    ],
  };

  it('copies an answer with its citations as footnotes', () => {
    expect(answerWithFootnotes(response)).toBe(
      'Ahmad Vahidi [1]\n\nThe group was set up. [1]\n\n[1] A title (2022-02-15, Dawn): “The group was set up.”',
    );
  });

  it('writes the conversation as Markdown: questions as headings, refusals and errors labelled', () => {
    const markdown = conversationToMarkdown(
      [
        { role: 'user', content: 'Who?' },
        { role: 'assistant', content: response.answer, response },
        { role: 'user', content: 'Why?' },
        {
          role: 'assistant',
          content: '',
          response: { answer: "I couldn't find that.", refused: true, citations: [] },
        },
        { role: 'user', content: 'And?' },
        { role: 'assistant', content: '', error: 'Could not reach the server.' },
      ],
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(markdown).toBe(
      [
        '# Conversation with sourced',
        'Exported 2026-12-01T00:00:00.000Z.',
        '## Who?',
        response.answer,
        '> [1] A title (2022-02-15, Dawn): “The group was set up.”',
        '## Why?',
        "**Not in the documents.** I couldn't find that.",
        '## And?',
        '**Error:** Could not reach the server.',
      ].join('\n\n') + '\n',
    );
  });
});

describe('createExampleQuestions', () => {
  const document = (docId: string, title: string, cleanText: string) =>
    ({ docId, title, cleanText }) as SourceDocument;

  it('asks about whole titles, and about the lead when the title is cut off or a file name', () => {
    expect(
      createExampleQuestions([
        document('a', 'Pakistan and Iran to form rapid reaction force', 'Text.'),
        document(
          'b',
          'The first outcomes of the Iran-Pakistan engagement are here…',
          'The first outcomes of the engagement are here and we are pleased.',
        ),
        document(
          'c',
          'c',
          'TEHRAN – Military commanders from Iran and Pakistan have discussed border security.',
        ),
      ]),
    ).toEqual([
      'What does the article "Pakistan and Iran to form rapid reaction force" say?',
      'What do the articles say about "The first outcomes of the engagement"?',
      'What do the articles say about "Military commanders from Iran and Pakistan"?',
    ]);
  });
});
