const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);
/** Roots inside roots read at most this deep. */
const MAX_SHADOW_DEPTH = 8;

/**
 * Up to `max` characters of an element's text, read by a walk that skips script/style/template text and
 * reads each open shadow root (a web component's comment widget) right after its host's element.
 */
export function cappedText(root: Node | null | undefined, max: number): string {
  if (!root) return '';
  const parts: string[] = [];
  let n = 0;
  const doc = root.ownerDocument ?? (root as Document);
  const read = (from: Node, depth: number): void => {
    const walker = doc.createTreeWalker(from, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
    for (let t = walker.nextNode(); t && n < max; t = walker.nextNode()) {
      if (t.nodeType === 1) {
        // closed roots are nobody's to read
        const shadow = (t as Element).shadowRoot;
        if (shadow && depth < MAX_SHADOW_DEPTH) read(shadow, depth + 1);
        continue;
      }
      if (SKIPPED.has(t.parentElement?.localName ?? '')) continue;
      const s = (t as Text).data;
      parts.push(s.length > max - n ? s.slice(0, max - n) : s);
      n += s.length;
    }
  };
  read(root, 0);
  return parts.join(' ');
}
