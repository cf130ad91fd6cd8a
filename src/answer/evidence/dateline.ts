/**
 * A news article's dateline opening a sentence: where, when and by whom it was filed, not
 * what the sentence is about.
 */

/**
 * "VELDHAVEN, 12 March 2020 - " opening a sentence: the article's dateline, with its source in
 * brackets after the date when it gives one ("… 2025 (Alpine Science Desk) - "). It opens with
 * its place, capitalised words each set off by a comma ("AUSTIN, Texas, Aug. 22, 2022 —"): a
 * sentence's own words before a year and a dash are none ("We handled 391,500 passengers in
 * 2018 — a record"). A month may
 * be abbreviated with a full stop before its day ("Feb. 26, 2019"), and the dash typed as two
 * hyphens ("-- "), as wire copy writes them.
 */
export const DATELINE =
  /^(?:\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3},\s+)+(?:[^.!?]|\.(?=\s\d)){0,40}?\b(1[89]\d\d|2[01]\d\d)\b(?:\s*\([^()]{1,60}\))?[^.!?]{0,20}?\s(?:--|[-–—])\s/u;
/**
 * "GLENKIRK - ", "ISLAMABAD: ", "PORT ALDER, Ore. — ": a place in capitals opening a sentence, a
 * dateline without its date; its state or region may follow it, capitalised or abbreviated
 * ("Ohio", "Wis.", "N.C."), as American datelines write it (not a name in capitals: "FAREWELL,
 * HELEN – " is a headline).
 */
const PLACE_DATELINE =
  /^\p{Lu}{2,}(?:[ '.-]\p{Lu}{2,})*(?:,\s(?:\p{Lu}\p{Ll}+\.?(?:\s\p{Lu}\p{Ll}+\.?)?|(?:\p{Lu}\.){2,}))?(?:\s[-–—]\s|:\s)/u;

/** How many characters of `text` its opening dateline takes; 0 without one. */
export function datelineLength(text: string): number {
  return (DATELINE.exec(text) ?? PLACE_DATELINE.exec(text))?.[0].length ?? 0;
}

/**
 * The place a dateline names, in lower case ("CALDERMOUTH, Feb. 26, 2019 -- …": "caldermouth";
 * "PORT VELLAN - …": "port vellan"), when it is written in capitals as datelines write places;
 * null otherwise. A dateline's first words name where the story was filed: a place.
 */
export function datelinePlace(text: string): string | null {
  const length = datelineLength(text);
  if (length === 0) return null;
  const place = /^(\p{Lu}{2,}(?:[ '.-]\p{Lu}{2,})*)(?=[,:]?\s)/u.exec(text.slice(0, length))?.[1];
  return place ? place.toLowerCase() : null;
}
