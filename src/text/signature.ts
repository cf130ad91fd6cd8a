/**
 * Signatures and first-person speech: a passage signed off with its writer's name ("Geoffrey
 * Hartley, Chairman") speaks in the first person ("I have been your chairman…") for that writer,
 * outside the quotations it reports.
 */
import type { SourceDocument } from '../ingest/document-types.js';

/** A personal name: two to four capitalised words (initials and titles such as "Dr" are capitalised too). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*){1,3}`;

/**
 * A signature line: the name, alone or with a comma and its role or place ("Geoffrey Hartley,
 * Chairman", "Peter Hallam, managing director", "Jess Marlow, on-call firefighter, Thornleigh"),
 * after an optional dash or a participle's agent ("Posted by Owen Tranter, Calderbridge":
 * English's "by" names who did it); a role may stand on the line under the name ("Geoffrey
 * Hartley" over "Chairman, Ashbrook Vale Railway Society"), its organisation on the line
 * under that, as a letter is signed ("Fiona Grieve" / "Chief Executive" / "Wessex Vale
 * Ambulance Service NHS Trust").
 */
const SIGNATURE = new RegExp(
  String.raw`^(?:[-–—]|\p{Lu}\p{Ll}+\s+by\s)?\s*(${NAME})(?:,\s+\p{L}[^\n]*)?(?:\n\s*\p{Lu}[^\n]*){0,2}$`,
  'u',
);

/** Words at most of a signature (its name and role). */
const SIGNATURE_WORDS = 16;

/** The signer's name when `text` is a signature (short, no sentence's closing punctuation), else null. */
export function signatureName(text: string): string | null {
  // Emphasis is markup, not words ("**Patricia Odell**" over "*Bridge Street, Carnford*").
  const trimmed = text.replace(/[*_]+/gu, '').trim();
  if (/[.!?…:;"”]$/u.test(trimmed) || trimmed.split(/\s+/u).length > SIGNATURE_WORDS) return null;
  const name = SIGNATURE.exec(trimmed)?.[1] ?? null;
  // A name is written in capitals and lower case; a line in capitals ("OUR PREDICTION") is a heading.
  return name !== null && /\p{Ll}/u.test(name) ? name : null;
}

/**
 * The writer who signs an article off: its last paragraph when that is a signature ("Peter
 * Hallam, managing director" under his anniversary post), else null.
 */
export function closingSigner(
  document: Pick<SourceDocument, 'fileText' | 'paragraphs'>,
): string | null {
  const last = document.paragraphs.at(-1);
  return last ? signatureName(document.fileText.slice(last.start, last.end)) : null;
}

/** English's first-person singular pronouns (a closed class). */
const FIRST_PERSON = /(?:^|[^\p{L}’'])(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?![\p{L}’'])/u;

/** English's first-person plural pronouns (a closed class): a group speaking as one ("we", "our"). */
const FIRST_PERSON_PLURAL =
  /(?:^|[^\p{L}’'])(?:[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves)(?![\p{L}’'])/u;

/** Opening and closing quotation marks: curly ones pair; straight ones toggle. */
const QUOTE_MARKS = /[“”"]/gu;

/**
 * True when the sentence speaks in the first person singular outside any quotation it holds:
 * the writer's own "I" ("I have been your chairman for twelve years"), not a speaker quoted
 * ("'I want to apologise,' she said"). A sentence that closes a quotation it did not open
 * ("…for twelve years.” He left…") was quoted from its start. With `plural`, the first person
 * plural counts too: a group writing as one ("we have decided…" in the estate's blog).
 */
export function writerSpeaks(sentence: string, { plural = false } = {}): boolean {
  let outside = '';
  let quoted = false;
  let last = 0;
  for (const mark of sentence.matchAll(QUOTE_MARKS)) {
    const closing = mark[0] === '”' || (mark[0] === '"' && quoted);
    if (closing) {
      // Closing a quotation it did not open: everything before was quoted.
      if (!quoted) outside = '';
      quoted = false;
    } else {
      outside += sentence.slice(last, mark.index);
      quoted = true;
    }
    last = mark.index + 1;
  }
  if (!quoted) outside += sentence.slice(last);
  return FIRST_PERSON.test(outside) || (plural && FIRST_PERSON_PLURAL.test(outside));
}
