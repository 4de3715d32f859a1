import { describe, expect, it } from 'vitest';
import { fnv1a32, isValidation } from './split';

describe('fnv1a32', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
  it('hashes the UTF-8 bytes, so non-ASCII names split deterministically', () => {
    // U+00E9 is two bytes in UTF-8: the hash must differ from hashing the code unit as one byte
    expect(fnv1a32('\u00e9')).not.toBe(fnv1a32('\u00e9'.normalize('NFD')));
  });
});

describe('isValidation', () => {
  it('puts a path in validation exactly when its hash is divisible by 3', () => {
    for (const p of ['en/scam-a.html', 'en/clean-b.html', 'zh/scam-c.html', 'zh/clean-d.html']) {
      expect(isValidation(p)).toBe(fnv1a32(p) % 3 === 0);
    }
  });
  it('splits roughly a third of many names into validation', () => {
    let v = 0;
    for (let i = 0; i < 3000; i++) if (isValidation(`en/page-${i}.html`)) v++;
    expect(v).toBeGreaterThan(850);
    expect(v).toBeLessThan(1150);
  });
});
