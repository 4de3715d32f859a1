import { describe, expect, it } from 'vitest';
import { reveal } from './reveal';

/** an element of a given height that records the scroll margin in force when it is scrolled to */
function target(height: number, margin = '') {
  const seen: { margin: string; opts: ScrollIntoViewOptions }[] = [];
  const style = { scrollMarginTop: margin } as CSSStyleDeclaration;
  const el = {
    style,
    getBoundingClientRect: () => ({ height }) as DOMRect,
    scrollIntoView(opts: ScrollIntoViewOptions) {
      seen.push({ margin: style.scrollMarginTop, opts });
    },
  } as unknown as HTMLElement;
  return { el, seen, style };
}

describe('reveal', () => {
  it('centres a thing that fits in the room below the banner', () => {
    const t = target(200);
    reveal(t.el, 180, 800, true);
    // room 620, thing 200: 210 above it, below the 180 px banner
    expect(t.seen).toEqual([{ margin: '390px', opts: { block: 'start', behavior: 'smooth' } }]);
  });
  it('starts a taller thing just below the banner', () => {
    const t = target(900);
    reveal(t.el, 180, 800, false);
    expect(t.seen).toEqual([{ margin: '196px', opts: { block: 'start', behavior: 'auto' } }]);
  });
  it('centres in the whole viewport when no banner shows', () => {
    const t = target(100);
    reveal(t.el, 0, 800, false);
    expect(t.seen[0]?.margin).toBe('350px');
  });
  it("puts back the page's own scroll margin", () => {
    const t = target(100, '2rem');
    reveal(t.el, 180, 800, false);
    expect(t.style.scrollMarginTop).toBe('2rem');
  });
});
