import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  cjkQuality,
  DETECT_SAMPLE_BYTES,
  decodeHtml,
  nonAsciiSample,
  notHtmlReason,
  prescanCharset,
  resolveLabel,
} from '../../src/cli/decode';
import { extractMhtmlPage, looksLikeMhtml } from '../../src/cli/mhtml';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'encodings');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  { id: string; title: string }
>;
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(DIR, file)));
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

describe('decodeHtml on the encoding fixtures', () => {
  const cases: Array<[file: string, encoding: string, source: string]> = [
    ['gbk-meta.html', 'gb18030', 'meta'],
    ['gbk-undeclared.html', 'gb18030', 'detected'],
    ['gb2312-http-equiv.html', 'gb18030', 'meta'],
    ['gb18030-meta.html', 'gb18030', 'meta'],
    ['gb18030-undeclared.html', 'gb18030', 'detected'],
    ['big5-meta.html', 'big5', 'meta'],
    ['big5-undeclared.html', 'big5', 'detected'],
    ['big5-http-equiv.html', 'big5', 'meta'],
    ['gb2312-label-on-utf8.html', 'utf-8', 'detected'],
    ['big5-label-on-gbk.html', 'gb18030', 'detected'],
    ['utf8-bom.html', 'utf-8', 'bom'],
    ['utf16le-bom.html', 'utf-16le', 'bom'],
    ['utf16be-bom.html', 'utf-16be', 'bom'],
    ['xml-prolog-gbk.xhtml', 'gb18030', 'xml'],
    ['gbk-commented-meta.html', 'gb18030', 'meta'],
  ];
  it.each(cases)('%s decodes as %s (%s)', (file, encoding, source) => {
    const d = decodeHtml(bytesOf(file));
    expect(d.encoding).toBe(encoding);
    expect(d.source).toBe(source);
    expect(titleOf(d.text)).toBe(expected[file]?.title);
    expect(d.text).toContain(`加微信 ${expected[file]?.id}`);
    expect(d.text).not.toContain('\uFFFD');
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff); // the BOM is not part of the text
  });

  it('covers every fixture the generator wrote', () => {
    const named = new Set(cases.map((c) => c[0]));
    const pages = Object.keys(expected).filter((f) => !f.endsWith('.mhtml'));
    expect(pages.filter((f) => !named.has(f))).toEqual([]);
  });

  it('keeps the label the page declared when the bytes overrule it', () => {
    expect(decodeHtml(bytesOf('gb2312-label-on-utf8.html')).declared).toBe('gb2312');
    expect(decodeHtml(bytesOf('big5-label-on-gbk.html')).declared).toBe('big5');
  });

  it('reads the HTML part of an MHTML file with its transport charset', () => {
    const bytes = bytesOf('page-gbk.mhtml');
    expect(looksLikeMhtml(bytes)).toBe(true);
    const part = extractMhtmlPage(bytes);
    if ('error' in part) throw new Error(part.error);
    expect(part.charset).toBe('gbk');
    expect(part.location).toBe('https://example.com/debt/help.html');
    const d = decodeHtml(part.bytes, { transportCharset: part.charset });
    expect(d.source).toBe('transport');
    expect(titleOf(d.text)).toBe(expected['page-gbk.mhtml']?.title);
  });
});

describe('MHTML', () => {
  const message = (parts: string[], boundary = 'b1;x') =>
    Buffer.from(
      [
        'MIME-Version: 1.0',
        `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
        '',
        ...parts.flatMap((p) => [`--${boundary}`, p]),
        `--${boundary}--`,
        '',
      ].join('\r\n'),
      'latin1',
    );

  it('reads a base64 part with its charset, skipping parts that are not HTML', () => {
    const html = '<html><body><p>請加微信 big5mime2024</p></body></html>';
    const bytes = message([
      'Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=',
      `Content-Type: text/html; charset=big5\r\nContent-Transfer-Encoding: base64\r\n\r\n${iconv.encode(html, 'big5').toString('base64')}`,
    ]);
    expect(looksLikeMhtml(bytes)).toBe(true);
    const part = extractMhtmlPage(bytes);
    if ('error' in part) throw new Error(part.error);
    expect(part.charset).toBe('big5');
    expect(decodeHtml(part.bytes, { transportCharset: 'big5' }).text).toBe(html);
  });

  it('says so when there is no HTML part or no boundary', () => {
    expect(extractMhtmlPage(message(['Content-Type: text/css\r\n\r\nbody{}']))).toEqual({
      error: 'MHTML file has no text/html part',
    });
    expect(extractMhtmlPage(Buffer.from('Content-Type: multipart/related\r\n\r\nx'))).toEqual({
      error: 'MHTML file without a multipart boundary',
    });
  });

  it('does not take an HTML page for MHTML', () => {
    expect(looksLikeMhtml(Buffer.from('<html><body>Content-Type: multipart/related</body></html>'))).toBe(false);
  });
});

describe('decodeHtml rules', () => {
  const page = (body: string, head = '') =>
    `<!DOCTYPE html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;
  const zh = '债务问题免费咨询，老师说可以帮你协商还款，加微信了解详情。';
  const hant = '債務問題免費諮詢，老師說可以幫你協商還款，加微信了解詳情。';

  it('maps legacy labels: gb2312 and x-gbk read as GB18030, unknown labels are ignored', () => {
    expect(resolveLabel('gb2312')).toBe('gb18030');
    expect(resolveLabel(' X-GBK ')).toBe('gb18030');
    expect(resolveLabel('Big5-HKSCS')).toBe('big5');
    expect(resolveLabel('no-such-charset')).toBeUndefined();
  });

  it('ignores a declaration beyond the first 4096 bytes, then detects', () => {
    const padding = `<style>${'.a{color:red}'.repeat(400)}</style>`;
    const bytes = iconv.encode(page(zh, `${padding}<meta charset="big5">`), 'gbk');
    expect(prescanCharset(bytes)).toBeUndefined();
    const d = decodeHtml(bytes);
    expect(d).toMatchObject({ encoding: 'gb18030', source: 'detected' });
    expect(d.text).toContain(zh);
  });

  it('detects from the text even after more than the sample size of ASCII (inline scripts, base64 images)', () => {
    const script = `<script>var img = "${'QUJD'.repeat(DETECT_SAMPLE_BYTES / 2)}";</script>`;
    const bytes = iconv.encode(page(zh, script), 'gbk');
    expect(bytes.length).toBeGreaterThan(2 * DETECT_SAMPLE_BYTES);
    const d = decodeHtml(bytes);
    expect(d.encoding).toBe('gb18030');
    expect(d.text.endsWith(`<p>${zh}</p></body></html>`)).toBe(true);
  });

  it('samples whole characters: Big5 trail bytes in the ASCII range stay with their lead byte', () => {
    const bytes = iconv.encode(`abc ${hant} xyz 許功蓋 end`, 'big5');
    expect(new TextDecoder('big5').decode(nonAsciiSample(bytes))).toBe(`${hant} 許功蓋 `);
  });

  it('reads meta attributes in any order and quoting', () => {
    const b = (head: string) => iconv.encode(page(hant, head), 'big5');
    for (const head of [
      '<meta charset=big5>',
      "<meta charset='BIG5' />",
      '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=big5">',
      '<meta content="text/html;charset=big5" http-equiv=content-type>',
    ]) {
      expect(prescanCharset(b(head))).toEqual({ label: expect.stringMatching(/^big5$/i), source: 'meta' });
      expect(decodeHtml(b(head)).text).toContain(hant);
    }
  });

  it('does not take a charset from a meta without http-equiv content-type', () => {
    const bytes = iconv.encode(page(zh, '<meta name="description" content="charset=big5">'), 'gbk');
    expect(prescanCharset(bytes)).toBeUndefined();
  });

  it('decodes BOM-less UTF-16 that starts with <', () => {
    const html = page(zh);
    expect(decodeHtml(iconv.encode(html, 'utf16le'))).toMatchObject({ text: html, source: 'utf16-sniff' });
    expect(decodeHtml(iconv.encode(html, 'utf16be'))).toMatchObject({ text: html, encoding: 'utf-16be' });
  });

  it('treats an in-page utf-16 declaration on single-byte-compatible bytes as UTF-8', () => {
    const html = page(zh, '<meta charset="utf-16">');
    expect(decodeHtml(Buffer.from(html, 'utf8'))).toMatchObject({ text: html, encoding: 'utf-8' });
  });

  it('keeps UTF-8 with a stray broken byte as UTF-8', () => {
    const good = Buffer.from(page(zh.repeat(5)), 'utf8');
    const bytes = Buffer.concat([good.subarray(0, 200), Buffer.from([0xff]), good.subarray(200)]);
    const d = decodeHtml(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain(zh);
  });

  it('reads Latin text in windows-1252 when it is neither UTF-8 nor Chinese', () => {
    const html = page('Café résumé: contact the recovery agent, naïve façade.');
    const d = decodeHtml(iconv.encode(html, 'win1252'));
    expect(d).toMatchObject({ text: html, encoding: 'windows-1252' });
  });

  it('prefers detected GB18030 over a single-byte label on Chinese bytes', () => {
    const d = decodeHtml(iconv.encode(page(zh, '<meta charset="iso-8859-1">'), 'gbk'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain(zh);
  });

  it('scores right readings of Chinese above wrong ones', () => {
    const gbk = iconv.encode(zh, 'gbk');
    const big5 = iconv.encode(hant, 'big5');
    expect(cjkQuality(new TextDecoder('gb18030').decode(gbk))).toBeGreaterThan(0.9);
    expect(cjkQuality(new TextDecoder('big5').decode(gbk))).toBeLessThan(0.6);
    expect(cjkQuality(new TextDecoder('big5').decode(big5))).toBeGreaterThan(0.9);
    expect(cjkQuality(new TextDecoder('gb18030').decode(big5))).toBeLessThan(0.6);
  });

  it('decodes a short undeclared line correctly in both legacy encodings', () => {
    const short = '<p>加微信 abc12345</p>';
    expect(decodeHtml(iconv.encode(short, 'gbk')).text).toBe(short);
    const shortHant = '<p>請加微信 abc12345 諮詢</p>';
    expect(decodeHtml(iconv.encode(shortHant, 'big5')).text).toBe(shortHant);
  });
});

describe('notHtmlReason', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('rejects empty, binary, white space and tag-less text', () => {
    expect(notHtmlReason(new Uint8Array())).toMatch(/empty/);
    expect(notHtmlReason(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatch(
      /binary/,
    );
    expect(notHtmlReason(enc(' \n\t '))).toMatch(/white space/);
    expect(notHtmlReason(enc('加微信 abc12345, and 3 < 5 > 2'))).toMatch(/not HTML/);
    expect(notHtmlReason(enc('%PDF-1.7\n<< /Type /Catalog >>'))).toMatch(/not HTML/);
  });
  it('accepts pages, fragments and UTF-16 (whose bytes hold NULs)', () => {
    expect(notHtmlReason(enc('<!doctype html><title>x</title>'))).toBeUndefined();
    expect(notHtmlReason(enc('<p>加微信 abc12345</p>'))).toBeUndefined();
    expect(notHtmlReason(enc('<!-- saved from url=(0014)about:internet -->'))).toBeUndefined();
    expect(notHtmlReason(iconv.encode('<p>hi</p>', 'utf16le', { addBOM: true }))).toBeUndefined();
  });
});
