/** White space as `\s` reads it, and the test whether collapsing it would change a text. */

/** White space as `\s` reads it (ECMAScript WhiteSpace and LineTerminator), which rendering collapses. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Text trimmed of white space that still holds some other than single spaces (`\s+` would change it). */
export function needsCollapse(t: string): boolean {
  for (let i = 1; i < t.length - 1; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x20 ? isSpace(t.charCodeAt(i + 1)) : isSpace(c)) return true;
  }
  return false;
}

/** `text.replace(/\s+/gu, ' ').trim()`, without building a new string when nothing would change. */
export function collapseSpaces(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(n - 1)) || needsCollapse(text)) {
    return text.replace(/\s+/gu, ' ').trim();
  }
  return text;
}
