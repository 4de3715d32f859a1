/**
 * An element's tag in upper case, as `tagName` gives it for HTML elements, read from `localName`:
 * linkedom's `tagName` getter upper-cases on every read and costs about 30 times a `localName` read,
 * and the page model reads tags of the same few hundred thousand elements many times over.
 * (Unlike `tagName`, foreign elements read upper case too: `svg` is `SVG`.)
 */
const UPPER = new Map<string, string>();

export function tagOf(el: Element): string {
  const local = el.localName;
  let tag = UPPER.get(local);
  if (tag === undefined) {
    tag = local.toUpperCase();
    if (UPPER.size < 4096) UPPER.set(local, tag);
  }
  return tag;
}
