/**
 * The kind of answer a question wants, read from its wh-phrase: "how many"
 * wants a count, "in what year" a year, "who" a name. When a question has
 * several ("Who was prime minister when…"), the first one decides. Questions
 * about the article itself (publisher, date) are detected in detect-metadata-ask.ts.
 */
export type AnswerType = 'number' | 'length' | 'year' | 'date' | 'person' | 'place' | 'other';

const PHRASES: [AnswerType, RegExp][] = [
  ['year', /\b(what|which) (month and )?year\b|\bmonth and year\b/u],
  ['length', /\bhow long\b/u],
  [
    'number',
    /\bhow (many|much|far|big|large|old)\b|\bwhat (number|percentage|amount)\b|\bnumber of\b/u,
  ],
  ['date', /\bwhen\b|\b(what|which) (date|day|month|time)\b/u],
  [
    'person',
    /\bwho(m|se)?\b|\b(which|what) (association|organi[sz]ation|group|alliance|party|agency|committee|movement|council|leader|president|minister|commander|analyst|official)\b/u,
  ],
  ['place', /\bwhere\b|\b(what|which) (city|province|country|region|place|town|capital)\b/u],
];

export function detectAnswerType(question: string): AnswerType {
  const text = question.toLowerCase();
  let best: { type: AnswerType; at: number } = { type: 'other', at: Infinity };
  for (const [type, pattern] of PHRASES) {
    const at = pattern.exec(text)?.index;
    if (at !== undefined && at < best.at) best = { type, at };
  }
  return best.type;
}
