import { describe, expect, it } from 'vitest';
import { shownValue } from './shown';

describe('shownValue', () => {
  it.each([
    ['whatsapp', '12025550147', ['+1 (202) 555-0147', '+1 202 555 0147'], '+1 (202) 555-0147'],
    ['phone', '13800138000', ['138-0013-8000'], '138-0013-8000'],
    ['phone', '85296387125', ['+852  9638\u00a07125'], '+852 9638 7125'],
    ['whatsapp', '447700900123', ['+44 7700 900123'], '+44 7700 900123'],
  ] as const)('shows %s %s as the page wrote it', (kind, value, raw, shown) => {
    expect(shownValue({ kind, value, raw: [...raw] })).toBe(shown);
  });
  it.each([
    ['a full-width form', 'phone', '13800138000', ['１３８００１３８０００']],
    ['a spelled-out form', 'whatsapp', '12025550147', ['one two zero two five five five zero one four seven']],
    ['an emoji-split form', 'whatsapp', '12025550147', ['+1 202 🌸 555 🌸 0147']],
    ['a form with other digits (a join across comments)', 'phone', '13800138000', ['138 0013']],
    ['a form with letters for digits', 'phone', '13800138000', ['l38 OO13 8OOO']],
  ] as const)('keeps the normal form for %s', (_name, kind, value, raw) => {
    expect(shownValue({ kind, value, raw: [...raw] })).toBe(value);
  });
  it('keeps ids as they are', () => {
    expect(shownValue({ kind: 'wechat', value: 'xys8775', raw: ['xys 8775'] })).toBe('xys8775');
    expect(shownValue({ kind: 'qq', value: '736281945', raw: ['736-281-945'] })).toBe('736281945');
  });
});
