/**
 * The sides of a comparison: two or more years, quarters or names the
 * question sets against each other ("2022 and 2023", "Corvane or Solvik").
 * Each side becomes a constraint of its own; what they share is the rest
 * of the question.
 */
import type { Constraints } from './question-types.js';

const none: Constraints = { years: [], quarters: [], names: [], numbers: [] };

export function findSides(constraints: Constraints): Constraints[] {
  if (constraints.years.length >= 2)
    return constraints.years.map((group) => ({ ...none, years: [group] }));
  if (constraints.quarters.length >= 2)
    return constraints.quarters.map((quarter) => ({ ...none, quarters: [quarter] }));
  if (constraints.names.length >= 2)
    return constraints.names.map((name) => ({ ...none, names: [name] }));
  return [];
}
