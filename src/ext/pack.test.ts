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

  it('stores the table in the order of the simplified column for fewer gzipped bytes, and still gives it back exactly', async () => {
    const { gzipSync } = await import('node:zlib');
    const own = pack(T2S_PAIRS);
    const bySimplified = pack(T2S_PAIRS, 2, 1);
    expect(bySimplified.startsWith(`${Array.from(T2S_PAIRS).length / 2}>1:`)).toBe(true);
    expect(unpack(bySimplified)).toBe(T2S_PAIRS);
    expect(gzipSync(bySimplified, { level: 9 }).length).toBeLessThan(gzipSync(own, { level: 9 }).length * 0.92);
  });

  it('round-trips rows stored in the order of another column, ties included', () => {
    for (const [text, stride, by] of [
      ['', 2, 1],
      ['a丢b丢c并d干', 2, 1],
      ['乾干亂乱併并幹干', 2, 1],
      ['a3xb1yc2z', 3, 2],
      ['\u0001𠵾\u0002\u0001', 2, 1],
    ] as const) {
      expect(unpack(pack(text, stride, by), stride)).toBe(text);
    }
  });

  it('refuses another order for rows that are not strictly sorted by the first column', () => {
    expect(() => pack('b1a2', 2, 1)).toThrow();
    expect(() => pack('a1a2', 2, 1)).toThrow();
    expect(() => pack('a1b2', 2, 2)).toThrow();
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
