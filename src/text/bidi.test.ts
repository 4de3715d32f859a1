import { describe, expect, it } from 'vitest';
import { displayOrder, hasOverride } from './bidi';

describe('displayOrder', () => {
  it('reverses a right-to-left override up to its pop', () => {
    expect(displayOrder('賴我：\u202E66nehc.mialc\u202C（直接複製搜尋ID）')).toBe(
      '賴我：\u202Eclaim.chen66\u202C（直接複製搜尋ID）',
    );
  });
  it('reverses to the end of the line when the override is not popped', () => {
    expect(displayOrder('LINE: \u202E99_oahz\nnext line')).toBe('LINE: \u202Ezhao_99\nnext line');
  });
  it('keeps text without an override, and astral characters whole', () => {
    expect(displayOrder('加我微信 xys8775')).toBe('加我微信 xys8775');
    expect(hasOverride('加我微信 xys8775')).toBe(false);
    expect(displayOrder('\u202Ea😀b\u202C')).toBe('\u202Eb😀a\u202C');
  });
});
