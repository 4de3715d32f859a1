/**
 * Fast global search with a regular expression: the same matches as `text.matchAll(re)`, found by
 * running the regex only where a match can start.
 *
 * A long alternation (a lexicon, the contact cues) makes the regex engine try every branch at every
 * position, and `\b` or a lookbehind under unicode + ignore case is several times slower than without
 * the unicode flag in V8. A `Scanner`
 *   - reads from the pattern which characters a match can begin with (`firstAtoms`), and runs a sticky
 *     copy of the regex only at positions holding one of them (the answer per character is cached in a
 *     table shared by up to 16 scanners); a pattern it does not understand, or one that can match the
 *     empty string, is searched as written;
 *   - runs an ASCII-only pattern (`asciiOnly`) without the unicode flag, which cannot change its matches
 *     except on ſ and the Kelvin sign: text holding either is read with the flag.
 * Both are exact: tested against `matchAll` on random text (src/lexicon/types.test.ts, src/text/scan.test.ts).
 */

/** Escapes that mean the same with and without the unicode flag on ASCII text. */
const PLAIN_ESCAPES = new Set('bBdsw.$-()[]{}|/*+?^\\'.split(''));

/**
 * A pattern that only ever matches ASCII characters, through constructs whose meaning does not depend
 * on the unicode flag: printable ASCII only, no `.` outside a class, no negated class (those match a lone surrogate
 * half without the flag), no escape outside `PLAIN_ESCAPES` (\p, \u, \x, \S, back references).
 * With ignore case, such a pattern and `\b` differ between the two modes only on ſ (U+017F) and the
 * Kelvin sign (U+212A), which fold to s and k under unicode; text holding either takes the unicode form.
 */
export function asciiOnly(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
    const ch = source[i];
    if (ch === '\\') {
      if (!PLAIN_ESCAPES.has(source[i + 1] ?? '')) return false;
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      if (source[i + 1] === '^') return false;
      inClass = true;
    } else if (ch === '.') return false;
  }
  return !inClass;
}

// ---------------------------------------------------------------------------------------------
// First characters. A long alternation makes the regex engine try every branch at every position; most
// positions of a text cannot start any match. `firstAtoms` reads a pattern and lists the one-character
// atoms a match can begin with (assertions skipped, optional terms passed through), so the matcher runs
// the regex only where the text's character is one of them. The list may say more than needed (never
// less); a pattern it does not understand, or one that can match the empty string, gets no prefilter.

interface FirstSet {
  atoms: string[];
  nullable: boolean;
}

export function firstAtoms(source: string): string[] | undefined {
  let i = 0;
  const n = source.length;
  const zero: FirstSet = { atoms: [], nullable: true };
  const disjunction = (): FirstSet | undefined => {
    const atoms: string[] = [];
    let nullable = false;
    for (;;) {
      const alt = alternative();
      if (!alt) return undefined;
      atoms.push(...alt.atoms);
      nullable ||= alt.nullable;
      if (source[i] !== '|') return { atoms, nullable };
      i++;
    }
  };
  const alternative = (): FirstSet | undefined => {
    const atoms: string[] = [];
    let nullable = true;
    while (i < n && source[i] !== '|' && source[i] !== ')') {
      const t = term();
      if (!t) return undefined;
      if (nullable) atoms.push(...t.atoms);
      nullable &&= t.nullable;
    }
    return { atoms, nullable };
  };
  const group = (): FirstSet | undefined => {
    const inner = disjunction();
    if (!inner || source[i] !== ')') return undefined;
    i++;
    return inner;
  };
  const atom = (): FirstSet | undefined => {
    const c = source[i] ?? '';
    if (c === '^' || c === '$') {
      i++;
      return zero;
    }
    if (c === '(') {
      if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) {
        i += 3;
        return group() && zero;
      }
      if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
        i += 4;
        return group() && zero;
      }
      if (source.startsWith('(?:', i)) i += 3;
      else if (source.startsWith('(?<', i)) {
        const close = source.indexOf('>', i);
        if (close < 0) return undefined;
        i = close + 1;
      } else if (source[i + 1] === '?') return undefined;
      else i++;
      return group();
    }
    if (c === '[') {
      const start = i;
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < n && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      if (i >= n) return undefined;
      i++;
      return { atoms: [source.slice(start, i)], nullable: false };
    }
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if (e === 'b' || e === 'B') {
        i += 2;
        return zero;
      }
      if ('dDwWsSnrtfv'.includes(e) || (e !== '' && !/[0-9A-Za-z]/u.test(e))) {
        i += 2;
        return { atoms: [`\\${e}`], nullable: false };
      }
      return undefined; // \p, \u, \x, \c, back references: not read here
    }
    if ('*+?{})|]'.includes(c) || c === '') return undefined;
    const cp = source.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    return { atoms: [c === '.' ? '.' : ch], nullable: false };
  };
  const term = (): FirstSet | undefined => {
    const a = atom();
    if (!a) return undefined;
    const q = source[i];
    let min = 1;
    if (q === '*' || q === '?') {
      min = 0;
      i++;
    } else if (q === '+') i++;
    else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/u.exec(source.slice(i, i + 16));
      if (!m) return undefined;
      min = Number(m[1]);
      i += m[0].length;
    } else return a;
    if (source[i] === '?') i++; // lazy
    return min === 0 ? { atoms: a.atoms, nullable: true } : a;
  };
  const all = disjunction();
  if (!all || i !== n || all.nullable) return undefined;
  return all.atoms;
}

/**
 * Per BMP code unit below U+A000 (Latin, CJK punctuation, Han), two bits per scanner: known, can start
 * a match. Characters from U+A000 on (full-width forms, Hangul, surrogates) are always tried.
 */
const FIRST_LIMIT = 0xa000;
const SCANNERS_PER_TABLE = 16;

interface FirstTable {
  bits?: Uint32Array;
  used: number;
}
let openTable: FirstTable = { used: SCANNERS_PER_TABLE };

/** Characters that ignore case folds onto ASCII letters only under the unicode flag. */
const UNICODE_FOLDS_RE = /[\u017f\u212a]/u;

export class Scanner {
  /** the regex as given, global */
  private readonly re: RegExp;
  /** the same without the unicode flag, for ASCII-only patterns */
  private readonly fast?: RegExp;
  private readonly ignoreCase: boolean;
  /** sticky copies of `re` and `fast`, when the first characters are known */
  private readonly sticky?: RegExp;
  private readonly fastSticky?: RegExp;
  /** one character (as a string) tested against this: can it start a match */
  private readonly first?: RegExp;
  private readonly table?: FirstTable;
  private readonly shift: number = 0;

  constructor(re: RegExp) {
    const flags = re.flags.replace(/[gy]/gu, '');
    this.re = new RegExp(re.source, `${flags}g`);
    this.ignoreCase = re.ignoreCase;
    if (re.sticky || flags.includes('v')) return;
    // both need a pattern that cannot match empty: an empty match moves on by a code point under the
    // unicode flag, by a code unit without it
    const atoms = firstAtoms(re.source);
    if (!atoms) return;
    const plain = flags.replace('u', '');
    if (re.unicode && asciiOnly(re.source)) this.fast = new RegExp(re.source, `${plain}g`);
    this.first = new RegExp(`^(?:${atoms.join('|')})$`, flags.replace('m', ''));
    this.sticky = new RegExp(re.source, `${flags}y`);
    if (this.fast) this.fastSticky = new RegExp(re.source, `${plain}y`);
    if (openTable.used >= SCANNERS_PER_TABLE) openTable = { used: 0 };
    this.table = openTable;
    this.shift = 2 * openTable.used++;
  }

  /** Every match in `text`, in order: what `text.matchAll(re)` gives. */
  all(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    this.scan(text, out);
    return out;
  }

  /** Whether `re` matches anywhere in `text`. */
  test(text: string): boolean {
    return this.scan(text, undefined);
  }

  private scan(text: string, out: RegExpExecArray[] | undefined): boolean {
    const fast = this.fast !== undefined && !(this.ignoreCase && UNICODE_FOLDS_RE.test(text));
    const sticky = fast ? this.fastSticky : this.sticky;
    if (sticky === undefined || this.table === undefined) {
      const re = fast && this.fast ? this.fast : this.re;
      re.lastIndex = 0;
      if (!out) return re.test(text);
      for (const m of text.matchAll(re)) out.push(m as RegExpExecArray);
      return out.length > 0;
    }
    this.table.bits ??= new Uint32Array(FIRST_LIMIT);
    const bits = this.table.bits;
    const shift = this.shift;
    // code points in unicode mode: never start inside a surrogate pair
    const pairs = sticky.unicode;
    const n = text.length;
    let found = false;
    let i = 0;
    while (i < n) {
      const cu = text.charCodeAt(i);
      let step = 1;
      if (cu < FIRST_LIMIT) {
        let v = ((bits[cu] ?? 0) >>> shift) & 3;
        if (v === 0) v = this.classify(bits, cu);
        if (v === 1) {
          i++;
          continue;
        }
      } else if (pairs && cu >= 0xd800 && cu <= 0xdbff) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) step = 2;
      }
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      // no prefilter for patterns that can match empty, so a match moves on
      if (m === null || m[0].length === 0) {
        i += step;
        continue;
      }
      if (!out) return true;
      found = true;
      out.push(m);
      i += m[0].length;
    }
    return found;
  }

  /** Whether `cu` can start a match (1 no, 3 yes), cached. */
  private classify(bits: Uint32Array, cu: number): number {
    const v = this.first?.test(String.fromCharCode(cu)) ? 3 : 1;
    bits[cu] = (bits[cu] ?? 0) | (v << this.shift);
    return v;
  }
}
