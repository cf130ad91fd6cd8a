/**
 * Derivations of one word: "appoint"/"appointment", "fence"/"fencing", "terror"/"terrorism":
 * they share five letters or more at their start, and `share` of the shorter word.
 */
export function sharesStem(a: string, b: string, share = 0.75): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common += 1;
  return common >= 5 && common >= share * shorter;
}
