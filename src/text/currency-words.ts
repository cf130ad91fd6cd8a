/**
 * Names of currencies as English writes them after an amount ("640 million kronor", "5,000
 * rupees", "300 euros"), singular and plural, from the runtime's own CLDR data (Intl): the
 * last word of each current currency's English name. The model marks only the commonest
 * ones as money.
 */

/**
 * Currency names that are also everyday English words after a figure ("8 marks out of 10",
 * "200 pounds" of weight, "the side that won 3"), or a precious metal's: left to the model.
 */
const AMBIGUOUS: ReadonlySet<string> = new Set(['mark', 'marks', 'pound', 'pounds', 'won', 'gold']);

/**
 * English's names of the hundredth parts of currencies, which CLDR does not name ("75 cents",
 * "80 pence"); "p" is pence glued to its figure ("45p"), read in parse-text.ts.
 */
const SUBUNITS = ['cent', 'cents', 'penny', 'pence'];

let words: ReadonlySet<string> | undefined;

/** The currency names, lower case (computed once). */
export function currencyWords(): ReadonlySet<string> {
  if (words) return words;
  const found = new Set<string>();
  // ISO 4217's X codes are no national currencies (gold, special drawing rights, test codes).
  for (const code of Intl.supportedValuesOf('currency').filter((code) => !code.startsWith('X'))) {
    const format = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: code,
      currencyDisplay: 'name',
      maximumFractionDigits: 0,
    });
    for (const amount of [1, 2]) {
      const word = format.format(amount).split(/\s+/u).at(-1)!.toLowerCase();
      if (/^\p{L}+$/u.test(word) && !AMBIGUOUS.has(word)) found.add(word);
    }
  }
  for (const word of SUBUNITS) found.add(word);
  words = found;
  return found;
}

let signs: ReadonlySet<string> | undefined;

/**
 * The letters English writes before an amount for its currency, as written: each current ISO
 * 4217 code ("CHF 20", "NOK 4,500") and each currency's symbol of two letters or more in English
 * (Intl), in its own country's English too (an ISO 4217 code opens with its country's ISO 3166
 * code: PKR's "Rs" in en-PK, "kr", "RM"). A one-letter symbol ("R", "K", "P") is as often an
 * initial; left out. Computed once.
 */
export function currencySigns(): ReadonlySet<string> {
  if (signs) return signs;
  const found = new Set<string>();
  for (const code of Intl.supportedValuesOf('currency').filter((code) => !code.startsWith('X'))) {
    found.add(code);
    for (const locale of ['en', `en-${code.slice(0, 2)}`]) {
      // A locale the runtime lacks falls back to English's own symbol.
      const sign = new Intl.NumberFormat(locale, { style: 'currency', currency: code })
        .formatToParts(5)
        .find((part) => part.type === 'currency')
        ?.value.replace(/\.$/u, '');
      if (sign !== undefined && /^\p{L}{2,}$/u.test(sign)) found.add(sign);
    }
  }
  signs = found;
  return found;
}
