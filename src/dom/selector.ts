/** CSS selectors that lead back to an element: an id anchor when unique, else a nth-of-type path. */

const SIMPLE_ID_RE = /^[A-Za-z][\w-]{0,63}$/u;

export function cssPath(el: Element): string {
  const parts: string[] = [];
  let e: Element | null = el;
  while (e && e.nodeType === 1) {
    const tag = e.tagName.toLowerCase();
    if (tag === 'html') {
      parts.unshift('html');
      break;
    }
    if (tag === 'body') {
      parts.unshift('body');
      break;
    }
    const id = e.getAttribute('id');
    if (id && SIMPLE_ID_RE.test(id) && e.ownerDocument?.getElementById(id) === e) {
      parts.unshift(`#${id}`);
      break;
    }
    let nth = 1;
    let sib = e.previousElementSibling;
    while (sib) {
      if (sib.tagName === e.tagName) nth++;
      sib = sib.previousElementSibling;
    }
    parts.unshift(`${tag}:nth-of-type(${nth})`);
    e = e.parentElement;
  }
  return parts.join(' > ');
}

/** The deepest element that contains all of `els`. */
export function commonAncestor(els: Element[]): Element | null {
  const first = els[0];
  if (!first) return null;
  let anc: Element | null = first;
  for (const el of els.slice(1)) {
    while (anc && !anc.contains(el)) anc = anc.parentElement;
  }
  return anc;
}
