/**
 * Turns the bytes of a saved page into text: byte order mark, BOM-less UTF-16, the transport charset
 * (an MHTML part header), an XML prolog or `<meta>` declaration in the first bytes, then detection.
 * Pure: no file system, no network. Decoding uses the platform's `TextDecoder` (full ICU in Node 20,
 * which knows gbk/gb18030/big5).
 */

/** How the encoding was chosen. */
export type EncodingSource = 'bom' | 'utf16-sniff' | 'transport' | 'xml' | 'meta' | 'detected' | 'default';

export interface Decoded {
  text: string;
  /** WHATWG encoding name actually used, e.g. `utf-8`, `gb18030`, `big5` */
  encoding: string;
  source: EncodingSource;
  /** the label the page declared, when it declared one (even if the bytes overruled it) */
  declared?: string;
}

export interface DecodeOptions {
  /** a charset given outside the page (HTTP header, MHTML part header); it outranks in-page declarations */
  transportCharset?: string;
}

/** How far into the file `<meta charset>` / `<?xml encoding>` are looked for. */
export const PRESCAN_BYTES = 4096;

const CJK_CANDIDATES = ['gb18030', 'big5'] as const;
/** A declared CJK encoding gives way to another one only when that one reads clearly better. */
const OVERRULE_MARGIN = 0.3;
/** An undeclared legacy page is taken as CJK when the best CJK reading is at least this good. */
const CJK_MIN_QUALITY = 0.5;
/** A single-byte declaration gives way to a CJK reading this good. */
const CJK_OVER_SINGLE_BYTE = 0.8;
/** A page that is UTF-8 but for this share (or less) of broken sequences stays UTF-8. */
const UTF8_STRAY_SHARE = 0.05;

/** Maps a charset label to the WHATWG encoding name this decoder uses, or undefined when unknown. */
export function resolveLabel(label: string): string | undefined {
  let name: string;
  try {
    name = new TextDecoder(label.trim()).encoding;
  } catch {
    // `TextDecoder` throws RangeError for a label it does not know: the declaration is ignored.
    return undefined;
  }
  // gb2312, x-gbk, gbk ... all decode as GB18030, the superset.
  if (name === 'gbk') return 'gb18030';
  return name;
}

function isUtf16(name: string): boolean {
  return name === 'utf-16le' || name === 'utf-16be';
}

const SINGLE_BYTE = new Set([
  'windows-1252',
  'iso-8859-2',
  'iso-8859-15',
  'windows-1250',
  'windows-1251',
  'windows-1254',
  'koi8-r',
  'macintosh',
]);

/** Reads the declared charset from an XML prolog or `<meta>` tag in the first PRESCAN_BYTES bytes. */
export function prescanCharset(bytes: Uint8Array): { label: string; source: 'xml' | 'meta' } | undefined {
  // latin1 keeps one char per byte, so ASCII markup is readable whatever the real encoding is.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const xml = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']?([-\w.:]+)/i.exec(head);
  if (xml?.[1]) return { label: xml[1], source: 'xml' };
  // Comments are not markup: a commented-out <meta> declares nothing.
  const visible = head.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  for (const m of visible.matchAll(/<meta\b([^>]*)>?/gi)) {
    const attrs = parseAttributes(m[1] ?? '');
    const charset = attrs.get('charset');
    if (charset) return { label: charset, source: 'meta' };
    const content = attrs.get('content');
    if (content && attrs.get('http-equiv')?.toLowerCase() === 'content-type') {
      const c = /charset\s*=\s*["']?([^"'\s;]+)/i.exec(content);
      if (c?.[1]) return { label: c[1], source: 'meta' };
    }
  }
  return undefined;
}

function parseAttributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]+)))?/g)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!out.has(name)) out.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** BOM-less UTF-16 whose first character is `<` (possibly after white space). */
function sniffUtf16(bytes: Uint8Array): string | undefined {
  const a = bytes[0];
  const b = bytes[1];
  const c = bytes[2];
  const d = bytes[3];
  const ascii = (x: number | undefined) => x !== undefined && x > 0 && x < 0x80;
  if (a === 0x3c && b === 0 && ascii(c) && d === 0) return 'utf-16le';
  if (a === 0 && b === 0x3c && c === 0 && ascii(d)) return 'utf-16be';
  return undefined;
}

/**
 * The runs of the bytes that hold non-ASCII characters (each up to two ASCII bytes in a row, so no
 * multi-byte character is cut), joined by spaces, at most `max` bytes: what detection looks at. Large
 * ASCII stretches (inline scripts, styles, base64 images) do not crowd out the text that tells.
 */
export function nonAsciiSample(bytes: Uint8Array, max = DETECT_SAMPLE_BYTES): Uint8Array {
  const out = new Uint8Array(Math.min(max, bytes.length));
  let n = 0;
  let i = 0;
  while (i < bytes.length && n < max) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < bytes.length && !((bytes[j] as number) < 0x80 && (bytes[j + 1] ?? 0) < 0x80)) j++;
    // include the ASCII byte that may end a multi-byte character (a Big5/GBK trail byte)
    const end = Math.min(j + 1, bytes.length, i + (max - n));
    out.set(bytes.subarray(i, end), n);
    n += end - i;
    if (n < max) out[n++] = 0x20;
    i = end;
  }
  return out.subarray(0, n);
}

/** The text when the bytes are valid UTF-8, else undefined. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // `fatal: true` throws TypeError on the first malformed sequence: that is the answer.
    return undefined;
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  // ignoreBOM: a BOM was already handled (and stripped) before we get here.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** Detection reads at most this much of a file; the chosen encoding then decodes all of it. */
export const DETECT_SAMPLE_BYTES = 1 << 20;

/** Share of non-ASCII characters that are U+FFFD (broken sequences). */
function replacementShare(text: string): number {
  let nonAscii = 0;
  let bad = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    nonAscii++;
    if (cp === 0xfffd) bad++;
  }
  return nonAscii === 0 ? 0 : bad / nonAscii;
}

let commonHan: Set<string> | undefined;

/**
 * Frequently used Han characters: GB2312 level 1 (3755 common simplified characters, rows 0xB0-0xD7)
 * and Big5 level 1 (5401 common traditional characters, 0xA440-0xC67E), read from the platform's own
 * code tables rather than shipped as data.
 */
function commonHanSet(): Set<string> {
  if (commonHan) return commonHan;
  const set = new Set<string>();
  const add = (encoding: string, pairs: number[]) => {
    const text = new TextDecoder(encoding).decode(Uint8Array.from(pairs));
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp >= 0x3400 && cp !== 0xfffd && !(cp >= 0xe000 && cp <= 0xf8ff)) set.add(ch);
    }
  };
  const gb: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) for (let t = 0xa1; t <= 0xfe; t++) gb.push(lead, t);
  add('gb18030', gb);
  const big5: number[] = [];
  for (let lead = 0xa4; lead <= 0xc6; lead++) {
    for (let t = 0x40; t <= 0xfe; t++) {
      if (t > 0x7e && t < 0xa1) continue;
      if (lead === 0xc6 && t > 0x7e) break;
      big5.push(lead, t);
    }
  }
  add('big5', big5);
  commonHan = set;
  return set;
}

function isCommonNonHan(cp: number): boolean {
  return (
    (cp >= 0x3000 && cp <= 0x303f) || // CJK punctuation
    (cp >= 0xff01 && cp <= 0xff5e) || // full-width ASCII
    cp === 0xa0 ||
    cp === 0xb7 ||
    cp === 0x2014 ||
    cp === 0x2018 ||
    cp === 0x2019 ||
    cp === 0x201c ||
    cp === 0x201d ||
    cp === 0x2026
  );
}

/**
 * How plausible a reading of Chinese text is, 0..1: the share of its non-ASCII characters that are
 * frequently used Han characters or common CJK punctuation. A wrong legacy decode lands on rare
 * characters, private-use code points, kana or box drawing instead.
 */
export function cjkQuality(text: string): number {
  const common = commonHanSet();
  let nonAscii = 0;
  let good = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    nonAscii++;
    if (common.has(ch) || isCommonNonHan(cp)) good++;
  }
  return nonAscii === 0 ? 0 : good / nonAscii;
}

/** The better of the GB18030 and Big5 readings of `sample`, with its quality. */
function bestCjk(sample: Uint8Array): { encoding: string; quality: number } {
  let best = { encoding: CJK_CANDIDATES[0] as string, quality: -1 };
  for (const encoding of CJK_CANDIDATES) {
    const quality = cjkQuality(decodeWith(encoding, sample));
    if (quality > best.quality) best = { encoding, quality };
  }
  return best;
}

/** Decodes a saved page's bytes; never throws for any input. */
export function decodeHtml(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeWith(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding, source: 'bom' };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decodeWith(utf16, bytes), encoding: utf16, source: 'utf16-sniff' };

  const transport = opts.transportCharset ? resolveLabel(opts.transportCharset) : undefined;
  const prescan = prescanCharset(bytes);
  const declaredLabel = transport ? opts.transportCharset : prescan?.label;
  let declared = transport ?? (prescan ? resolveLabel(prescan.label) : undefined);
  const declaredSource: EncodingSource = transport ? 'transport' : (prescan?.source ?? 'default');
  // An in-page UTF-16 declaration on ASCII-compatible bytes means UTF-8 (HTML's rule).
  if (declared && isUtf16(declared) && !transport) declared = 'utf-8';
  // Encodings this decoder cannot represent faithfully are treated as undeclared.
  if (declared === 'replacement' || declared === 'x-user-defined') declared = undefined;
  const withDeclared = (d: Omit<Decoded, 'declared'>): Decoded =>
    declaredLabel === undefined ? d : { ...d, declared: declaredLabel };

  const sample = nonAsciiSample(bytes);
  if (sample.length === 0) {
    const encoding = declared && !isUtf16(declared) ? declared : 'utf-8';
    return withDeclared({
      text: decodeWith(encoding, bytes),
      encoding,
      source: declared ? declaredSource : 'default',
    });
  }

  // Valid UTF-8 with non-ASCII bytes is UTF-8: a legacy encoding almost never forms valid UTF-8 by
  // accident, while CMS templates often keep a stale gb2312/big5 label on UTF-8 output.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) {
    return withDeclared({ text: utf8, encoding: 'utf-8', source: declared === 'utf-8' ? declaredSource : 'detected' });
  }

  const detected = (encoding: string): Decoded =>
    withDeclared({ text: decodeWith(encoding, bytes), encoding, source: 'detected' });

  if (declared && declared !== 'utf-8') {
    const asDeclared = (): Decoded =>
      withDeclared({ text: decodeWith(declared, bytes), encoding: declared, source: declaredSource });
    if ((CJK_CANDIDATES as readonly string[]).includes(declared)) {
      const quality = cjkQuality(decodeWith(declared, sample));
      const best = bestCjk(sample);
      if (best.encoding !== declared && best.quality - quality > OVERRULE_MARGIN) return detected(best.encoding);
      return asDeclared();
    }
    if (SINGLE_BYTE.has(declared)) {
      const best = bestCjk(sample);
      if (best.quality >= CJK_OVER_SINGLE_BYTE) return detected(best.encoding);
    }
    return asDeclared();
  }

  // Declared UTF-8 or nothing: UTF-8 with a few stray bytes stays UTF-8, otherwise detect.
  if (replacementShare(decodeWith('utf-8', sample)) <= UTF8_STRAY_SHARE) {
    return withDeclared({
      text: decodeWith('utf-8', bytes),
      encoding: 'utf-8',
      source: declared === 'utf-8' ? declaredSource : 'detected',
    });
  }
  const best = bestCjk(sample);
  if (best.quality >= CJK_MIN_QUALITY) return detected(best.encoding);
  return detected('windows-1252');
}

/** Why bytes cannot be a saved HTML page, or undefined when they can. */
export function notHtmlReason(bytes: Uint8Array, decoded?: Decoded): string | undefined {
  if (bytes.length === 0) return 'empty file';
  const d = decoded ?? decodeHtml(bytes);
  if (!isUtf16(d.encoding) && bytes.subarray(0, 65536).includes(0)) return 'binary file (contains NUL bytes), not HTML';
  const sample = d.text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  if (control > sample.length * 0.01) return 'binary file (control characters), not HTML';
  if (sample.trim() === '') return 'file has only white space';
  if (!/<(?:!doctype|!--|\?xml|\/?[a-z][a-z0-9-]*(?:[\s/>]|$))/i.test(sample)) return 'not HTML (no tags found)';
  return undefined;
}
