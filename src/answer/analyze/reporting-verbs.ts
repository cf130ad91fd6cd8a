/**
 * English's verbs of reporting (a closed class): a date right after one ("said on Tuesday") is
 * when it was said; a piece of writing asked what it reports ("What did the letter report?")
 * is asked for what it says.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'announce',
  'tell',
  'report',
  'confirm',
  'add',
  'state',
  'disclose',
]);
