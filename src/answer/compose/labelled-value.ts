/**
 * A line that labels its value with the noun asked about: "Pros: superb OLED screen; much
 * faster", "Budget: about $95 million", "Director: Anselm Kirby". Fact sheets, reviews' verdict
 * boxes and press kits write facts so; the value after the colon answers "what <noun>…"
 * whatever its form. Document structure, not wording: the label must be short and end in the
 * asked noun.
 */
import { lemmatize, tokenize } from '../../text/tokenize.js';
import { labelAndValue } from '../evidence/label-figure.js';

/** A label is a few words before a colon ("Pros", "Production budget", "Release date"). */
const MAX_LABEL_WORDS = 4;

/** The value `text` labels with the noun `head` (a lemma), or null when its label is another. */
export function labelledValue(text: string, head: string): string | null {
  const line = labelAndValue(text);
  if (!line) return null;
  const label = tokenize(line.label);
  if (label.length === 0 || label.length > MAX_LABEL_WORDS) return null;
  if (lemmatize(label.at(-1)!) !== head) return null;
  const value = line.value.replace(/[.;,\s]+$/u, '');
  return value.length > 0 ? value : null;
}
