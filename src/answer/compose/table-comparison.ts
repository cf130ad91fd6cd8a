/**
 * Two years compared in one table row: "Did Old Ferryman sell more in 2019 than in 2017?" of
 * "| Beer | 2017 | 2018 | 2019 |" and "| Old Ferryman | 1,150 | 1,100 | 980 |" reads each
 * year's cell by its column's name, gives both, and, asked with "more", "less" or "fewer" (the
 * comparatives of quantity, a closed class of English), whether the first is.
 */
import type { Constraints } from '../analyze/question-types.js';
import type { Entity } from '../analyze/parse-text.js';
import type { EvidenceSentence } from '../evidence/evidence-types.js';
import { tableColumns, yearsOfColumn } from '../evidence/table-columns.js';
import { isAuxiliary } from '../analyze/classify-question.js';
import type { Token } from '../analyze/parse-text.js';

/** Kinds of entity a table's cell compares by. */
const FIGURES: ReadonlySet<string> = new Set(['number', 'money', 'percent']);
/** The comparatives of quantity, and whether each says the first is the greater. */
const QUANTITY_COMPARATIVES: Readonly<Record<string, boolean>> = {
  more: true,
  less: false,
  fewer: false,
};
/** Words of a figure that multiply it (English's large numbers written in words). */
const MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  lakh: 1e5,
  million: 1e6,
  crore: 1e7,
  billion: 1e9,
};

/** The figure's value, its words of scale applied ("£1.2 million": 1,200,000); null if none. */
function valueOf(text: string): number | null {
  const digits = /\d[\d,]*(?:\.\d+)?/u.exec(text)?.[0];
  if (digits === undefined) return null;
  const scale = Object.entries(MULTIPLIERS).find(([word]) => text.toLowerCase().includes(word));
  return Number(digits.replace(/,/gu, '')) * (scale ? scale[1] : 1);
}

/** The row's figure under the column named by the side's year, or undefined. */
function cellFor(sentence: EvidenceSentence, side: Constraints): Entity | undefined {
  if (side.years.length !== 1 || side.names.length > 0 || side.quarters.length > 0)
    return undefined;
  const columns = tableColumns(sentence.document.fileText, sentence.span.start);
  if (!columns) return undefined;
  const lineStart = sentence.document.fileText.lastIndexOf('\n', sentence.span.start - 1) + 1;
  const shift = sentence.span.start - lineStart;
  const cells = sentence.parsed.entities.filter((entity) => {
    if (!FIGURES.has(entity.type)) return false;
    const name = columns.nameAt(entity.start + shift);
    return name !== null && side.years[0]!.some((year) => yearsOfColumn(name).includes(year));
  });
  return cells.length === 1 ? cells[0] : undefined;
}

/**
 * The comparison's lead when `sentence`, a table row, holds a figure for each of two sides
 * named by one year each: "No: 980 in 2019 against 1,150 in 2017"; null otherwise.
 */
export function comparedInRow(
  sentence: EvidenceSentence,
  sides: readonly Constraints[],
  question: readonly Token[],
): string | null {
  if (sides.length !== 2) return null;
  const [first, second] = sides.map((side) => cellFor(sentence, side));
  if (!first || !second) return null;
  const label = (cell: Entity, side: Constraints) => `${cell.text} in ${side.years[0]!.join('–')}`;
  const values = `${label(first, sides[0]!)} against ${label(second, sides[1]!)}`;
  const opening = question.find((token) => token.pos !== 'PUNCT');
  const comparative = question.find((token) => token.normal in QUANTITY_COMPARATIVES);
  const [a, b] = [valueOf(first.text), valueOf(second.text)];
  if (!opening || !isAuxiliary(opening) || !comparative || a === null || b === null || a === b)
    return values;
  const greater = QUANTITY_COMPARATIVES[comparative.normal]!;
  return `${a > b === greater ? 'Yes' : 'No'}: ${values}`;
}
