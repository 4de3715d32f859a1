import { describe, expect, it } from 'vitest';
import { T2S_PAIRS } from '../text/t2s-data';
import { pack, unpack } from './pack';

describe('packed character tables', () => {
  it('gives back the traditional → simplified table exactly, in about half the bytes', () => {
    const packed = pack(T2S_PAIRS);
    expect(unpack(packed)).toBe(T2S_PAIRS);
    expect(new TextEncoder().encode(packed).length).toBeLessThan(new TextEncoder().encode(T2S_PAIRS).length * 0.6);
    expect(packed).toMatch(/^[\x21-\x7e]+$/u);
    expect(packed).not.toMatch(/["\\]/u);
  });

  it('round-trips unsorted rows, astral characters and other strides', () => {
    for (const [text, stride] of [
      ['', 2],
      ['𠵾㑔z\u0000𫵷㤘', 2],
      ['abcabcxyz', 3],
      ['\u{10ffff}\u0001', 1],
      ['丟丢亂乱𠵾㗲', 2],
    ] as const) {
      expect(unpack(pack(text, stride), stride)).toBe(text);
    }
  });

  it('refuses text that does not fill its rows', () => {
    expect(() => pack('abc', 2)).toThrow();
  });
});
