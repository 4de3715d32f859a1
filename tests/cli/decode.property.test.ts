import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, notHtmlReason } from '../../src/cli/decode';
import { extractMhtmlPage, looksLikeMhtml } from '../../src/cli/mhtml';

/** Characters of a code table range, read by iconv-lite (not the decoder under test). */
function charsOf(encoding: string, leads: [number, number], trails: Array<[number, number]>): string[] {
  const out: string[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [lo, hi] of trails) {
      for (let t = lo; t <= hi; t++) {
        const ch = iconv.decode(Buffer.from([lead, t]), encoding);
        if (/^\p{Script=Han}$/u.test(ch)) out.push(ch);
      }
    }
  }
  return out;
}

// GB2312 level 1 (common simplified) and Big5 level 1 (common traditional).
const SIMPLIFIED = charsOf('gbk', [0xb0, 0xd7], [[0xa1, 0xfe]]);
const TRADITIONAL = charsOf(
  'big5',
  [0xa4, 0xc5],
  [
    [0x40, 0x7e],
    [0xa1, 0xfe],
  ],
);

/** Text of at least 16 Han characters from `chars`, with ASCII (ids, digits, spaces) between them. */
const mixed = (chars: string[]) =>
  fc
    .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...chars) }, fc.constantFrom('a', '8', ' ', '，', ':')), {
      minLength: 40,
      maxLength: 200,
    })
    .filter((a) => a.filter((c) => chars.includes(c)).length >= 16)
    .map((a) => a.join(''));

describe('decodeHtml properties', () => {
  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const d = decodeHtml(bytes);
        expect(typeof d.text).toBe('string');
        notHtmlReason(bytes, d);
        looksLikeMhtml(bytes);
        extractMhtmlPage(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('reads any UTF-8 page back exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const html = `<!DOCTYPE html><p>${s}</p>`;
        expect(decodeHtml(new TextEncoder().encode(html)).text).toBe(html);
      }),
      { numRuns: 300 },
    );
  });

  it('reads undeclared GBK Chinese back exactly', () => {
    fc.assert(
      fc.property(mixed(SIMPLIFIED), (s) => {
        const html = `<p>${s}</p>`;
        const d = decodeHtml(iconv.encode(html, 'gbk'));
        expect(d.encoding).toBe('gb18030');
        expect(d.text).toBe(html);
      }),
      { numRuns: 200 },
    );
  });

  // The encoding only: iconv-lite's Big5 table and the WHATWG one (what browsers and TextDecoder use)
  // differ on a few characters, so the text is not compared.
  it('reads undeclared Big5 Chinese as Big5', () => {
    fc.assert(
      fc.property(mixed(TRADITIONAL), (s) => {
        const html = `<p>${s}</p>`;
        expect(decodeHtml(iconv.encode(html, 'big5')).encoding).toBe('big5');
      }),
      { numRuns: 200 },
    );
  });
});
