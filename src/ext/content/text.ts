/** Up to `max` characters of an element's text, read by a walk that skips script/style/template. */
export function cappedText(root: Node | null | undefined, max: number): string {
  if (!root) return '';
  const parts: string[] = [];
  let n = 0;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t && n < max; t = walker.nextNode()) {
    const p = t.parentElement?.localName;
    if (p === 'script' || p === 'style' || p === 'noscript' || p === 'template') continue;
    const s = (t as Text).data;
    parts.push(s.length > max - n ? s.slice(0, max - n) : s);
    n += s.length;
  }
  return parts.join(' ');
}
