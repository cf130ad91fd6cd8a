/**
 * The adjective an English adverb in "-ly" is made from, by English's spelling rules:
 * "firmly" → "firm", "happily" → "happy", "basically" → "basic", "probably" → "probable",
 * "fully" → "full", "finally" → "final". Null for a word not ending in
 * "-ly", or whose base would be shorter than four letters ("only", "daily", "apply": too short
 * to tell from other words). "-ply" is left alone: "apply", "supply" and "multiply" are verbs.
 */
const MIN_BASE = 4;

export function adverbBase(word: string): string | null {
  if (!word.endsWith('ly')) return null;
  let base: string;
  if (word.endsWith('ically')) base = word.slice(0, -4);
  else if (word.endsWith('ily')) base = `${word.slice(0, -3)}y`;
  else if (word.endsWith('bly')) base = `${word.slice(0, -1)}e`;
  else if (word.endsWith('lly') && !word.endsWith('ally')) base = word.slice(0, -1);
  else base = word.slice(0, -2);
  return base.length >= MIN_BASE ? base : null;
}
