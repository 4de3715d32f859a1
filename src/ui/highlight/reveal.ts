/**
 * "Show me": scroll the page so the first highlighted thing shows below the banner, which is fixed at
 * the top and covers that much of the viewport. A thing that fits is centred in the space left; a taller
 * one starts just below the banner. `scrollIntoView` with a `scroll-margin-top` does it, so nested
 * scrolling boxes scroll too; the margin is the page element's own style for the call only, then put back.
 */

/** the gap kept under the banner */
const GAP = 16;

export function reveal(el: Element, coverBottom: number, viewportHeight: number, smooth: boolean): void {
  const height = el.getBoundingClientRect().height;
  const room = viewportHeight - coverBottom;
  const margin = coverBottom + Math.max(GAP, (room - height) / 2);
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  const before = style?.scrollMarginTop ?? '';
  if (style) style.scrollMarginTop = `${Math.round(margin)}px`;
  try {
    el.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  } finally {
    if (style) style.scrollMarginTop = before;
  }
}
