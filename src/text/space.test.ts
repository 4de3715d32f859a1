import { describe, expect, it } from 'vitest';
import { collapseSpaces, isSpace } from './space';

const ALPHABET = ['a', '微', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2009', '\ufeff', '\u200b', '.', '😀'];

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

describe('white space', () => {
  it('reads as white space exactly what \\s matches', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/u.test(String.fromCharCode(c)));
  });

  it('collapses as the regex does, on random text', () => {
    const r = random(7);
    for (let k = 0; k < 3000; k++) {
      let t = '';
      const len = Math.floor(r() * 8);
      for (let i = 0; i < len; i++) t += ALPHABET[Math.floor(r() * ALPHABET.length)];
      expect(collapseSpaces(t)).toBe(t.replace(/\s+/gu, ' ').trim());
    }
  });

  it('gives back the very string when nothing would change', () => {
    const t = ['评论', '3 comments'].join('');
    expect(collapseSpaces(t)).toBe(t);
    expect(collapseSpaces(' 精彩  评论 ')).toBe('精彩 评论');
  });
});
