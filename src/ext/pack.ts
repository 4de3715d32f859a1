/**
 * A denser form of a character table for the bundles (the content script ships to every page): the
 * table's code points, read as rows of `stride` columns, are stored column by column as differences
 * from the row above, zigzag-signed, in variable-length base-46 digits of printable ASCII. Rows may be
 * stored in the order of another column (`by`) when that one's differences are smaller; `unpack` puts
 * them back in the order of the first column, which such a table must be strictly sorted by. The
 * traditional → simplified pairs (sorted by the traditional character) shrink from 19.7 KB (14.2 KB
 * gzipped) to about 10 KB: 7.5 KB gzipped in their own order, 6.5 KB stored in the order of the
 * simplified character (simplified radicals keep the order of the traditional ones, so both columns
 * step in small differences). The build packs `src/text/t2s-data.ts` with this (wxt.config.ts);
 * `unpack` gives back the identical string when the module loads.
 */

/** 92 printable ASCII characters (all but quote and backslash): 46 digits that end a number, 46 that do not */
const DIGITS = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');
const BASE = 46;

function put(out: string[], n: number): void {
  const digits: string[] = [DIGITS[n % BASE] as string];
  for (let rest = Math.floor(n / BASE); rest > 0; rest = Math.floor(rest / BASE)) {
    digits.push(DIGITS[BASE + (rest % BASE)] as string);
  }
  for (let i = digits.length - 1; i >= 0; i--) out.push(digits[i] as string);
}

/**
 * Pack the code points of `text` (its length in code points a multiple of `stride`). With `by` > 0 the
 * rows are stored in the order of column `by` (ties in their own order), and `text` must be strictly
 * sorted by its first column.
 */
export function pack(text: string, stride = 2, by = 0): string {
  const cps = Array.from(text, (c) => c.codePointAt(0) ?? 0);
  if (cps.length % stride !== 0) throw new Error(`pack: ${cps.length} code points is not a multiple of ${stride}`);
  const rows = cps.length / stride;
  if (by < 0 || by >= Math.max(stride, 1)) throw new Error(`pack: no column ${by}`);
  const at = (r: number, col: number) => cps[r * stride + col] ?? 0;
  const order = Array.from({ length: rows }, (_, r) => r);
  if (by > 0) {
    for (let r = 1; r < rows; r++) {
      if (at(r, 0) <= at(r - 1, 0))
        throw new Error('pack: rows stored in another order must be sorted by the first column');
    }
    order.sort((a, b) => at(a, by) - at(b, by) || a - b);
  }
  const out: string[] = [`${rows}`, by > 0 ? `>${by}:` : ':'];
  for (let col = 0; col < stride; col++) {
    let prev = 0;
    for (const r of order) {
      const cp = at(r, col);
      const d = cp - prev;
      put(out, d < 0 ? -2 * d - 1 : 2 * d);
      prev = cp;
    }
  }
  return out.join('');
}

/** The text `pack` was given. */
export function unpack(packed: string, stride = 2): string {
  // digit value per character code (-1: not a digit)
  const value = new Int8Array(128).fill(-1);
  for (let d = 0; d < DIGITS.length; d++) value[DIGITS.charCodeAt(d)] = d;
  const colon = packed.indexOf(':');
  const head = packed.slice(0, colon).split('>');
  const rows = Number(head[0]);
  // rows stored in the order of another column: put back in the first column's order below
  const sorted = head.length > 1;
  const cps = new Uint32Array(rows * stride);
  let i = colon + 1;
  for (let col = 0; col < stride; col++) {
    let prev = 0;
    for (let r = 0; r < rows; r++) {
      let n = 0;
      for (;;) {
        const c = packed.charCodeAt(i++);
        const d = c < 128 ? (value[c] ?? -1) : -1;
        if (d < 0) throw new Error('unpack: not a packed table');
        if (d < BASE) {
          n = n * BASE + d;
          break;
        }
        n = n * BASE + d - BASE;
      }
      prev += n % 2 === 1 ? -(n + 1) / 2 : n / 2;
      cps[r * stride + col] = prev;
    }
  }
  let rowCps = cps;
  if (sorted) {
    const order = Array.from({ length: rows }, (_, r) => r).sort(
      (a, b) => (cps[a * stride] ?? 0) - (cps[b * stride] ?? 0),
    );
    rowCps = new Uint32Array(cps.length);
    for (const [k, r] of order.entries()) rowCps.set(cps.subarray(r * stride, r * stride + stride), k * stride);
  }
  let out = '';
  for (let k = 0; k < rowCps.length; k += 2048) out += String.fromCodePoint(...rowCps.subarray(k, k + 2048));
  return out;
}
