import type { ScamKind } from '../report/types';

/**
 * One lexicon entry: a phrase group written as a regular expression over NORMALIZED text
 * (simplified Chinese, full-width folded, contact aliases folded to 微信/QQ/Telegram/LINE),
 * with a note saying what it catches and a source saying where the wording was seen.
 * Patterns use no capturing groups (only `(?:...)`) and match case-insensitively.
 */
export interface LexiconEntry {
  id: string;
  pattern: string;
  lang: 'zh' | 'en';
  note: string;
  source: string;
  /** the scheme this wording belongs to, when it tells */
  kind?: ScamKind;
  /** points this entry is worth where the lexicon's signal counts weights per entry */
  weight?: number;
}

interface Part {
  entries: readonly LexiconEntry[];
  /** one alternation, a capturing group per entry, global + unicode + ignore case */
  re: RegExp;
  /**
   * The same alternation without the unicode flag, when that cannot change a match (see `asciiOnly`):
   * `\b` under unicode + ignore case is several times slower in V8.
   */
  fast?: RegExp;
  /** sticky twins of `re` and `fast`, run only where a match can start (see `firstChars`) */
  sticky?: RegExp;
  fastSticky?: RegExp;
  /** which characters can start a match: one character tested against this, cached in `FIRST` */
  first?: RegExp;
  /** this part's two bits in `FIRST` */
  shift?: number;
}

export interface CompiledLexicon {
  entries: readonly LexiconEntry[];
  /** Chinese and English entries apart: each runs only on text that has its script */
  zh?: Part;
  en?: Part;
}

export interface LexiconHit {
  entry: LexiconEntry;
  start: number;
  end: number;
}

/** Escapes that mean the same with and without the unicode flag on ASCII text. */
const PLAIN_ESCAPES = new Set('bBdsw.$-()[]{}|/*+?^\\'.split(''));

/**
 * A pattern that only ever matches ASCII characters, through constructs whose meaning does not depend
 * on the unicode flag: printable ASCII only, no `.` outside a class, no negated class (those match a lone surrogate
 * half without the flag), no escape outside `PLAIN_ESCAPES` (\p, \u, \x, \S, back references).
 * With ignore case, such a pattern and `\b` differ between the two modes only on ſ (U+017F) and the
 * Kelvin sign (U+212A), which fold to s and k under unicode; text holding either takes the unicode form.
 */
function asciiOnly(source: string): boolean {
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

function firstAtoms(source: string): string[] | undefined {
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
 * Per BMP code unit below U+A000 (Latin, CJK punctuation, Han), two bits per part: known, can start a
 * match. Characters from U+A000 on (full-width forms, Hangul, surrogates) are always tried.
 */
const FIRST_LIMIT = 0xa000;
const FIRST_PARTS = 16;
let FIRST: Uint32Array | undefined;
let firstParts = 0;

function part(entries: readonly LexiconEntry[]): Part | undefined {
  if (entries.length === 0) return undefined;
  const source = entries.map((e) => `(${e.pattern})`).join('|');
  const re = new RegExp(source, 'giu');
  const p: Part = { entries, re };
  if (asciiOnly(source)) p.fast = new RegExp(source, 'gi');
  const atoms = firstAtoms(source);
  if (atoms && firstParts < FIRST_PARTS) {
    p.first = new RegExp(`^(?:${atoms.join('|')})$`, 'iu');
    p.shift = 2 * firstParts++;
    p.sticky = new RegExp(source, 'iuy');
    if (p.fast) p.fastSticky = new RegExp(source, 'iy');
  }
  return p;
}

/** Whether `cu` can start a match of `p` (1 no, 3 yes), cached. */
function classifyFirst(table: Uint32Array, p: Part, shift: number, cu: number): number {
  const v = p.first?.test(String.fromCharCode(cu)) ? 3 : 1;
  table[cu] = (table[cu] ?? 0) | (v << shift);
  return v;
}

/** Characters that ignore case folds onto ASCII letters only under the unicode flag. */
const UNICODE_FOLDS_RE = /[\u017f\u212a]/u;

export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  return {
    entries,
    zh: part(entries.filter((e) => e.lang === 'zh')),
    en: part(entries.filter((e) => e.lang === 'en')),
  };
}

const HAN_RE = /[\u3400-\u9fff]/u;
const LATIN_RE = /[A-Za-z]/u;

function push(p: Part, m: RegExpExecArray, out: LexiconHit[]): void {
  let g = 1;
  while (g < m.length && m[g] === undefined) g++;
  const entry = p.entries[g - 1];
  if (!entry || m[0].length === 0) return;
  const start = m.index;
  out.push({ entry, start, end: start + m[0].length });
}

function run(p: Part, text: string, out: LexiconHit[]): void {
  const fast = p.fast !== undefined && !UNICODE_FOLDS_RE.test(text);
  const sticky = fast ? p.fastSticky : p.sticky;
  if (sticky === undefined || p.shift === undefined) {
    const re = fast && p.fast ? p.fast : p.re;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) push(p, m, out);
    return;
  }
  // the global search, position by position, skipping those whose character cannot start a match: the
  // sticky regex at a position matches exactly where the global one would find its next match there
  FIRST ??= new Uint32Array(FIRST_LIMIT);
  const table = FIRST;
  const shift = p.shift;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cu = text.charCodeAt(i);
    let step = 1;
    if (cu < FIRST_LIMIT) {
      let v = ((table[cu] ?? 0) >>> shift) & 3;
      if (v === 0) v = classifyFirst(table, p, shift, cu);
      if (v === 1) {
        i++;
        continue;
      }
    } else if (!fast && cu >= 0xd800 && cu <= 0xdbff) {
      // unicode mode steps by code point: never start inside a surrogate pair
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) step = 2;
    }
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) {
      i += step;
      continue;
    }
    push(p, m, out);
    i += m[0].length;
  }
}

/** All hits of a lexicon in a text (positions in that text), in order. */
export function matchLexicon(lex: CompiledLexicon, text: string): LexiconHit[] {
  const out: LexiconHit[] = [];
  if (lex.zh && HAN_RE.test(text)) run(lex.zh, text, out);
  const zhCount = out.length;
  if (lex.en && LATIN_RE.test(text)) run(lex.en, text, out);
  if (zhCount > 0 && out.length > zhCount) out.sort((a, b) => a.start - b.start);
  return out;
}
