/**
 * The browser's visibility test the engine's session is given (browser-only: needs layout).
 * `checkVisibility` where present (display, content-visibility, visibility, opacity), else computed
 * style and the box.
 */
/**
 * `checkVisibility`'s options, made once: the walk asks for every element of the page, and an object made
 * per call is one more allocation per element for the young generation's collections (which land inside
 * the walk's slices)
 */
const OPTIONS = {
  opacityProperty: true,
  visibilityProperty: true,
  // older names of the same options
  checkOpacity: true,
  checkVisibilityCSS: true,
};

export function isVisible(el: Element): boolean {
  const e = el as Element & { checkVisibility?: (o?: Record<string, boolean>) => boolean };
  if (typeof e.checkVisibility === 'function') return e.checkVisibility(OPTIONS);
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  const cs = view.getComputedStyle(el);
  if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse' || cs.opacity === '0') {
    return false;
  }
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0 || el.getClientRects().length > 0;
}
