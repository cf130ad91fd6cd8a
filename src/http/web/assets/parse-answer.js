// @ts-check
/**
 * Reads the shape the answer engine composes: an optional short lead line
 * ("Ahmad Vahidi [1]", "Yes [1]", "3 found:" followed by "- item [n]" lines),
 * a blank line, then the cited sentences. An answer without a blank line has
 * no lead: it is all cited sentences.
 */

/** @typedef {{ lead?: string, items: string[], body: string[] }} ParsedAnswer */

/** @param {string} answer @returns {ParsedAnswer} */
export function parseAnswer(answer) {
  const blocks = answer
    .trim()
    .split(/\n[ \t]*\n/u)
    .map((block) => block.trim())
    .filter(Boolean);
  if (blocks.length < 2) return { items: [], body: blocks };
  const [first = '', ...rest] = blocks;
  const lines = first.split('\n').map((line) => line.trim());
  const items = lines.filter((line) => /^[-*•] /u.test(line)).map((line) => line.slice(2).trim());
  const heading = lines.filter((line) => !/^[-*•] /u.test(line)).join(' ');
  return { lead: heading || undefined, items, body: rest };
}
