/**
 * Text as the reader sees it where a bidi override reverses it. A right-to-left override (U+202E RLO,
 * up to U+202C PDF or the end of the line) draws the Latin letters and digits inside it from right to
 * left, so "\u202E66nehc.mialc\u202C" shows as "claim.chen66": an id stored backwards hides from filters
 * that read the text in storage order (the "RLO" trick of spam and file-name spoofing, Unicode UAX #9,
 * https://www.unicode.org/reports/tr9/). The normalizer drops the controls (they are format
 * characters); this gives the order the reader sees, the controls kept in place so every position
 * outside the runs is the same.
 */

const OVERRIDE_RE = /\u202E([^\u202C\n]*)/gu;

/** Whether the text holds a right-to-left override (a cheap test before `displayOrder`). */
export function hasOverride(text: string): boolean {
  return text.includes('\u202E');
}

/** The text with each right-to-left override's run reversed, as drawn. */
export function displayOrder(text: string): string {
  return text.replace(OVERRIDE_RE, (_m, run: string) => `\u202E${Array.from(run).reverse().join('')}`);
}
