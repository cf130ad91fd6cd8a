/**
 * An earlier answer's text as the conversation reads it back: without its citation marks
 * ("…closed today. [1]" → "…closed today.").
 */
export function withoutCitationMarks(answer: string): string {
  return answer.replace(/\s*\[\d+\]/gu, '');
}
