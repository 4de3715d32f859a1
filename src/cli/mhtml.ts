/**
 * MHTML ("save as single file", `.mhtml`/`.mht`): a MIME multipart/related message whose first
 * text/html part is the page. Pure: bytes in, the page's bytes and transport charset out.
 */

export interface MhtmlPage {
  bytes: Uint8Array;
  /** charset parameter of the part's Content-Type, when present */
  charset?: string;
  /** Content-Location of the part: the page's address when it was saved */
  location?: string;
}

const latin1 = new TextDecoder('latin1');

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function splitHead(s: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(s);
  if (!m) return { head: s, body: '' };
  return { head: s.slice(0, m.index), body: s.slice(m.index + m[0].length) };
}

function parseHeaders(head: string): Map<string, string> {
  const out = new Map<string, string>();
  // Unfold continuation lines (RFC 5322 §2.2.3).
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const name = line.slice(0, i).trim().toLowerCase();
    if (!out.has(name)) out.set(name, line.slice(i + 1).trim());
  }
  return out;
}

/** A parameter of a MIME header value (`type/sub; name="value"; ...`), quotes respected. */
function param(value: string, name: string): string | undefined {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim().toLowerCase() !== name) continue;
    const v = part.slice(eq + 1).trim();
    return v.startsWith('"') ? v.slice(1, v.endsWith('"') && v.length > 1 ? -1 : undefined) : v;
  }
  return undefined;
}

/** True when the bytes start like a MIME multipart/related message. */
export function looksLikeMhtml(bytes: Uint8Array): boolean {
  const { head } = splitHead(latin1.decode(bytes.subarray(0, 8192)));
  const headers = parseHeaders(head);
  return /^multipart\/related\b/i.test(headers.get('content-type') ?? '');
}

function decodeQuotedPrintable(s: string): Uint8Array {
  const soft = s.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const c = soft.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      out.push(c & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** The first text/html part of an MHTML message, or an error message. */
export function extractMhtmlPage(bytes: Uint8Array): MhtmlPage | { error: string } {
  const { head, body } = splitHead(latin1.decode(bytes));
  const boundary = param(parseHeaders(head).get('content-type') ?? '', 'boundary');
  if (!boundary) return { error: 'MHTML file without a multipart boundary' };
  const parts = body.split(`--${boundary}`);
  for (const part of parts.slice(1)) {
    if (part.startsWith('--')) break; // closing delimiter
    const { head: ph, body: pb } = splitHead(part.replace(/^[ \t]*\r?\n/, ''));
    const headers = parseHeaders(ph);
    const type = headers.get('content-type') ?? 'text/plain';
    if (!/^text\/html\b/i.test(type)) continue;
    const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
    const raw = pb.replace(/\r?\n$/, '');
    let page: Uint8Array;
    if (encoding === 'quoted-printable') page = decodeQuotedPrintable(raw);
    else if (encoding === 'base64') page = Uint8Array.from(Buffer.from(raw.replace(/\s+/g, ''), 'base64'));
    else page = latin1Bytes(raw);
    const out: MhtmlPage = { bytes: page };
    const charset = param(type, 'charset');
    if (charset) out.charset = charset;
    const location = headers.get('content-location');
    if (location) out.location = location;
    return out;
  }
  return { error: 'MHTML file has no text/html part' };
}
