/**
 * A line that labels its value with the noun asked about: "Pros: superb OLED screen; much
 * faster", "Budget: about $95 million", "Director: Anselm Kirby". Fact sheets, reviews' verdict
 * boxes and press kits write facts so; the value after the colon answers "what <noun>…"
 * whatever its form. Document structure, not wording: the label must be short and end in the
 * asked noun.
 */
import { lemmatize } from '../../text/tokenize.js';
import { shortLabel } from '../evidence/label-figure.js';

/** A line's short label (its words) and its value, with where the value starts; null for none. */
function shortLabelled(text: string): { label: string[]; value: string; start: number } | null {
  const line = shortLabel(text);
  if (!line) return null;
  const value = line.value.replace(/[.;,\s]+$/u, '');
  return value.length > 0 ? { label: line.words, value, start: text.indexOf(line.value) } : null;
}

/** The value `text` labels with the noun `head` (a lemma), or null when its label is another. */
export function labelledValue(text: string, head: string): string | null {
  const line = shortLabelled(text);
  return line && lemmatize(line.label.at(-1)!) === head ? line.value : null;
}

/**
 * The value of a line whose short label states a word asked ("Present: Ravi Sundaresan
 * (Chair); Peg Ollerenshaw (Vice-Chair); …" for "Who was present at the meeting?"), with where
 * it starts in `text`; null when the line has no such label.
 */
export function valueLabelledBy(
  text: string,
  asked: (word: string) => boolean,
): { value: string; start: number } | null {
  const line = shortLabelled(text);
  return line && line.label.some(asked) ? { value: line.value, start: line.start } : null;
}

/**
 * The answer a line's value gives by English's answer words: "Suitable for vegetarians: No",
 * "Hearing loop: yes", "Step-free access: yes, by ramp at the south door". Not "no" before a
 * noun ("Parking: no parking at the practice": a negative determiner) nor "no." before a figure
 * ("Registered charity: no. 301884": the number).
 */
export function answerWordOf(value: string): 'Yes' | 'No' | null {
  const match = /^(yes|no)(?:$|[,;]|\.(?!\s*\d)|\s+[-–—(])/iu.exec(value.trim());
  if (!match) return null;
  return match[1]!.toLowerCase() === 'yes' ? 'Yes' : 'No';
}
