/** A quote from the page on one line: white space collapsed, cut at `max` characters with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const one = text.replace(/\s+/gu, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
