import { describe, expect, it } from 'vitest';
import { CONTRAST_PAIRS, contrast, luminance, PALETTE, paletteCss } from './palette';

describe('palette contrast (WCAG AA)', () => {
  it('computes known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic AA boundary, 4.54:1
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
    expect(() => luminance('red')).toThrow();
  });

  it.each(CONTRAST_PAIRS.map((p) => [p.fg, p.bg, p.min] as const))('%s on %s reaches %s:1', (fg, bg, min) => {
    expect(contrast(PALETTE[fg], PALETTE[bg])).toBeGreaterThanOrEqual(min);
  });

  it('exposes every colour as a CSS variable', () => {
    const css = paletteCss();
    expect(css).toContain('--sg-danger-strong: #b3261e;');
    expect(css.match(/--sg-/g)).toHaveLength(Object.keys(PALETTE).length);
  });
});
