/**
 * True when a text ends with a question mark, inside closing quotes, brackets or emphasis
 * ("Is the freeze over?**", "…asked “why now?”"): it asks rather than states.
 */
export function endsAsking(text: string): boolean {
  return /\?["'”’)*_]*$/u.test(text.trim());
}
