/**
 * What retrieval searches for each side of a comparison: the question's search with the
 * other sides' words taken out and the side's own words added, so each side's passages
 * are found even when one side's words dominate the question's ranking ("the April 2022
 * game against Castlemere or the March 2024 one").
 */
import type { Constraints, QuestionAnalysis } from './question-types.js';

/** The words that name a side as the question writes them (lower case): its years, quarters and names. */
function sideWords(side: Constraints): string[] {
  return [
    ...side.years.flat().map(String),
    ...side.quarters.map((quarter) => `q${quarter}`),
    ...side.names.flat(),
  ];
}

/** One search per side of a comparison of two or more sides; none otherwise. */
export function sideQueries(
  analysis: Pick<QuestionAnalysis, 'kind' | 'sides' | 'searchQuery'>,
): string[] {
  if (analysis.kind !== 'comparison' || analysis.sides.length < 2) return [];
  const words = analysis.sides.map(sideWords);
  return analysis.sides.map((_, index) => {
    const own = new Set(words[index]);
    const others = new Set(words.flatMap((list, at) => (at === index ? [] : list)));
    const kept = analysis.searchQuery
      .split(/\s+/u)
      .filter((word) => {
        const bare = word.toLowerCase().replace(/^\W+|\W+$/gu, '');
        return own.has(bare) || !others.has(bare);
      })
      .join(' ');
    return `${kept} ${[...own].join(' ')}`.trim();
  });
}
