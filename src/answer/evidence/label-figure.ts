/**
 * Figures that name, not count. A figure inside a line's label names the line's category, not
 * its value: "Under 3: free", "Child (3 to 15): £16" list prices by age, and "3" counts nobody.
 * Fact sheets, price lists and verdict boxes write "Label: value"; the value after the colon
 * is what the line states. A figure after the noun "number" names the nth ("the number 14 bus").
 */
import type { Entity, ParsedText } from '../analyze/parse-text.js';
import { lemmatize, tokenize } from '../../text/tokenize.js';

/** A label is a few words before a colon, past its brackets ("Under 3", "Child (3 to 15)"). Set once, not tuned. */
const MAX_LABEL_WORDS = 5;

/**
 * True when `entity` stands in a short label before the first colon of the text, and a value
 * follows the colon. A label names, as a noun phrase does: words before a colon holding an
 * auxiliary or a verb in no participle's form ("-ing", "-ed") are a clause ("We currently have
 * 104 members: 38 sopranos, …"), whose colon opens what it announces, and its figures state what
 * they count; a participle modifies a label's noun ("Members aged 18: 12").
 */
export function inLineLabel(parsed: ParsedText, entity: Entity): boolean {
  const line = labelAndValue(parsed.text);
  if (!line || entity.end > line.label.length) return false;
  if (
    parsed.tokens.some(
      (token) =>
        token.end <= line.label.length &&
        (token.pos === 'AUX' || (token.pos === 'VERB' && !/(?:ing|ed)$/u.test(token.normal))),
    )
  )
    return false;
  // A bracket inside the label qualifies it ("Concession (over 65, students)").
  const label = tokenize(line.label.replace(/\([^()]*\)/gu, ' '));
  return label.length > 0 && label.length <= MAX_LABEL_WORDS && /[\p{L}\p{N}]/u.test(line.value);
}

/**
 * A "Label: value" line split at its first colon, the value trimmed; null when the text has no
 * colon after some text.
 */
export function labelAndValue(text: string): { label: string; value: string } | null {
  const colon = text.indexOf(':');
  return colon > 0 ? { label: text.slice(0, colon), value: text.slice(colon + 1).trim() } : null;
}

/** A short label is a few words before a colon ("Pros", "Total visitors", "Release date"). Set once, not tuned. */
const MAX_SHORT_LABEL_WORDS = 4;

/**
 * A "Label: value" line whose label is short (one to MAX_SHORT_LABEL_WORDS words): the label,
 * its words (the shared tokenizer's) and the value; null for any other text.
 */
export function shortLabel(text: string): { label: string; words: string[]; value: string } | null {
  const line = labelAndValue(text);
  if (!line) return null;
  const words = tokenize(line.label);
  return words.length > 0 && words.length <= MAX_SHORT_LABEL_WORDS ? { ...line, words } : null;
}

/**
 * True when the figure follows the noun "number" it names ("the number 14 bus", "platform
 * number 3"), or a singular noun right before it ("our route 42", "car 14", "Room 101"), and is
 * a whole number of a few digits: English's way of naming one of a series, no count (a count
 * comes before its noun: "42 routes"), unless the question asks for that noun's one.
 */
export function namedByNumber(
  parsed: ParsedText,
  entity: Entity,
  /** The question's lemmas: "What stall number is it on?", "Which route…?" ask which one. */
  asked: ReadonlySet<string> = new Set(),
): boolean {
  const before = parsed.tokens[entity.first - 1];
  if (before === undefined || asked.has(lemmatize(before.normal))) return false;
  if (before.normal === 'number') return true;
  return (
    entity.first === entity.last &&
    /^\d{1,4}$/u.test(entity.text) &&
    before.pos === 'NOUN' &&
    lemmatize(before.normal) === before.normal &&
    // "a record 204 players": a figure before a noun counts it.
    parsed.tokens[entity.last + 1]?.pos !== 'NOUN'
  );
}
