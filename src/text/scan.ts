/**
 * Fast global search with a regular expression: the same matches as `text.matchAll(re)`, found by
 * running the regex only where a match can start.
 *
 * A long alternation (a lexicon, the contact cues) makes the regex engine try every branch at every
 * position, and `\b` or a lookbehind under unicode + ignore case is several times slower than without
 * the unicode flag in V8. A `Scanner`
 *   - reads from the pattern which characters a match can begin with (`firstAtoms`), and runs a sticky
 *     copy of the regex only at positions holding one of them (the answer per character is cached in a
 *     table shared by up to 32 scanners); a pattern it does not understand, or one that can match the
 *     empty string, is searched as written;
 *   - runs a pattern that is ASCII-only (`asciiOnly`) or beyond ASCII holds only literal characters
 *     without case (`sameWithoutUnicode`: Han, CJK punctuation, dashes) without the unicode flag, which
 *     cannot change its matches except on ſ and the Kelvin sign: text holding either is read with the flag.
 * Both are exact: tested against `matchAll` on random text (src/lexicon/types.test.ts, src/text/scan.test.ts).
 */

import { requiredLiterals } from './literals';
import type { Atom, ClassItem, Disjunction, Term } from './regex-syntax';
import { parseRegex } from './regex-syntax';

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
  return withoutUnicode(source, false);
}

/**
 * `asciiOnly`, or beyond ASCII only literal characters without case (Han, kana, CJK punctuation, dashes
 * and curly quotes: below U+D800 or from U+E000, neither letter of a range): such a character matches
 * itself alone with and without the unicode flag, under ignore case too (no character folds onto one
 * without case), so the pattern differs between the two modes only on ſ and the Kelvin sign, as an
 * ASCII-only one does. V8 compiles a pattern without the flag two to four times faster under ignore case
 * (the flag's case folding is worked out character by character), and runs `\b` faster.
 */
export function sameWithoutUnicode(source: string): boolean {
  return withoutUnicode(source, true);
}

/**
 * `sameWithoutUnicode` on text holding no surrogate code unit (no character beyond U+FFFF): besides what
 * that allows, a negated class and `.` (without the flag they read one code unit, with it one code point:
 * the same where every code point is one unit), the escapes `\n \t \r \f \v`, a `\uXXXX` escape of a
 * character without case, and characters and class ranges inside one of `CASE_CLOSED_BLOCKS` (CJK
 * punctuation, kana, Han; circled letters and numbers). The lexicons' "up to N characters but not a
 * full stop" (`[^，。!？]{0,12}`) then runs without the flag, whose case folding makes V8 compile a pattern
 * two to four times slower under ignore case; text holding ſ, the Kelvin sign or a surrogate takes the
 * unicode form (see `Scanner`).
 */
export function sameWithoutUnicodeOnBmp(source: string): boolean {
  let inClass = false;
  /** in a class: the code of the last atom that can start a range (-1: none, or a class escape) */
  let last = -1;
  /** in a class: a range's start, once a `-` followed an atom */
  let rangeFrom = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    /** the atom's character, or -1 for a class escape */
    let c = source.charCodeAt(i);
    if (ch === '\\') {
      const e = source[i + 1] ?? '';
      const hex = source.slice(i + 2, i + 6);
      if (e === 'u' && /^[0-9A-Fa-f]{4}$/u.test(hex)) {
        c = Number.parseInt(hex, 16);
        if (!caseless(c, String.fromCharCode(c)) && closedBlock(c) < 0) return false;
        i += 5;
      } else if (CONTROL_ESCAPES.has(e)) {
        c = 0;
        i++;
      } else if (PLAIN_ESCAPES.has(e)) {
        c = 'bBdsw'.includes(e) ? -1 : e.charCodeAt(0);
        i++;
      } else return false;
    } else {
      if (c < 0x20 || (c > 0x7e && !caseless(c, ch) && closedBlock(c) < 0)) return false;
      if (!inClass) {
        if (ch === '[') {
          inClass = true;
          last = -1;
          rangeFrom = -1;
          if (source[i + 1] === '^') i++;
        }
        continue;
      }
      if (ch === ']') {
        inClass = false;
        continue;
      }
      if (ch === '-' && last >= 0 && rangeFrom < 0 && source[i + 1] !== ']') {
        rangeFrom = last;
        last = -1;
        continue;
      }
    }
    if (!inClass) continue;
    if (rangeFrom >= 0) {
      // a range: both ends ASCII, or both in one block whose case is the same in both modes
      const ascii = c >= 0 && rangeFrom <= 0x7e && c <= 0x7e;
      const block = c >= 0 && closedBlock(rangeFrom) >= 0 && closedBlock(rangeFrom) === closedBlock(c);
      if (!ascii && !block) return false;
      rangeFrom = -1;
      last = -1;
    } else last = c;
  }
  return !inClass;
}

/**
 * Blocks whose characters ignore case alike with and without the unicode flag: no character outside one
 * is case-equivalent to one inside, and inside, two are equivalent in one mode exactly when in the other
 * (tested in src/text/scan.test.ts): Enclosed Alphanumerics (Ⓐ and ⓐ, in both), and CJK punctuation,
 * kana and Han (no case). A range, or a character, in one of them means the same in both modes.
 */
export const CASE_CLOSED_BLOCKS: readonly (readonly [number, number])[] = [
  [0x2460, 0x24ff],
  [0x3000, 0x9fff],
];

/** The index of the closed block holding `c`, or -1. */
function closedBlock(c: number): number {
  for (let b = 0; b < CASE_CLOSED_BLOCKS.length; b++) {
    const [from, to] = CASE_CLOSED_BLOCKS[b] as readonly [number, number];
    if (c >= from && c <= to) return b;
  }
  return -1;
}

/** Escapes of control characters, the same with and without the unicode flag. */
const CONTROL_ESCAPES = new Set('ntrfv'.split(''));

function caseless(c: number, ch: string): boolean {
  return (c < 0xd800 || c >= 0xe000) && c !== 0xfeff && ch.toLowerCase() === ch && ch.toUpperCase() === ch;
}

function withoutUnicode(source: string, caselessToo: boolean): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    const ch = source[i] ?? '';
    if (c > 0x7e) {
      if (!caselessToo || !caseless(c, ch)) return false;
      // a range's letters are not all read here
      if (inClass && (source[i - 1] === '-' || source[i + 1] === '-')) return false;
      continue;
    }
    if (c < 0x20) return false;
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
// positions of a text cannot start any match. `prefixes` reads a pattern (the tree `parseRegex` gives,
// src/text/regex-syntax.ts, which `requiredLiterals` reads too) and lists the one-character
// atoms a match can begin with (assertions skipped, optional terms passed through), the atoms a match of
// one character can be, and the pairs of atoms a longer match can begin with, so the matcher runs the
// regex only where the text's first one or two characters fit. The lists may say more than needed
// (never less); a pattern it does not understand, or one that can match the empty string, gets none.

export interface Prefixes {
  /** atoms a match can begin with */
  first: string[];
  /** atoms a one-character match can be */
  single: string[];
  /** first two atoms of longer matches */
  pairs: [string, string][];
  /** matches of exactly two atoms */
  doubles: [string, string][];
  /** first three atoms of matches of three or more */
  triples: [string, string, string][];
  nullable: boolean;
  /** every first atom comes right after a `\\b` */
  bounded: boolean;
  /** (when nullable) every empty way through passes a `\\b` */
  passes: boolean;
}

/** Beyond this many pairs the pair test is dropped (first characters only). */
const MAX_PAIRS = 20_000;
/** Beyond this many doubles or triples the third-character test is dropped (pairs only). */
const MAX_TRIPLES = 40_000;

function concat(x: Prefixes, y: Prefixes): Prefixes {
  const pairs = [...x.pairs];
  if (x.single.length * y.first.length + pairs.length <= MAX_PAIRS) {
    for (const a of x.single) for (const b of y.first) pairs.push([a, b]);
  } else pairs.push(['', '']); // too many: marks the pair list unusable
  if (x.nullable) pairs.push(...y.pairs);
  // the same one character further: matches of exactly two, and the first three of longer ones
  const doubles: [string, string][] = y.nullable ? [...x.doubles] : [];
  const triples = [...x.triples];
  const more = x.single.length * (y.single.length + y.pairs.length) + x.doubles.length * y.first.length;
  if (more + doubles.length + triples.length + y.doubles.length + y.triples.length <= MAX_TRIPLES) {
    for (const a of x.single) for (const b of y.single) doubles.push([a, b]);
    for (const [a, b] of x.doubles) for (const c of y.first) triples.push([a, b, c]);
    for (const a of x.single) for (const [b, c] of y.pairs) triples.push([a, b, c]);
  } else triples.push(['', '', '']); // too many: marks the triple list unusable
  if (x.nullable) {
    doubles.push(...y.doubles);
    triples.push(...y.triples);
  }
  return {
    first: x.nullable ? [...x.first, ...y.first] : x.first,
    single: [...(y.nullable ? x.single : []), ...(x.nullable ? y.single : [])],
    pairs,
    doubles,
    triples,
    nullable: x.nullable && y.nullable,
    bounded: x.bounded && (!x.nullable || x.passes || y.bounded),
    passes: x.passes || y.passes,
  };
}

const ZERO: Prefixes = {
  first: [],
  single: [],
  pairs: [],
  doubles: [],
  triples: [],
  nullable: true,
  bounded: true,
  passes: false,
};
/** `\b`: a way through that passes a boundary (written out: a spread is kept in a bundle that never reads it) */
const BOUNDARY: Prefixes = {
  first: [],
  single: [],
  pairs: [],
  doubles: [],
  triples: [],
  nullable: true,
  bounded: true,
  passes: true,
};

/** a one-character atom, or a class read as its characters (`chars`) */
function one(atom: string, chars: string[] = [atom]): Prefixes {
  return {
    first: chars,
    single: chars,
    pairs: [],
    doubles: [],
    triples: [],
    nullable: false,
    bounded: false,
    passes: false,
  };
}

/** What a match of `source` can begin with (see `Prefixes`); undefined when not known or it can match empty. Reads the tree `parseRegex` gives. */
export function prefixes(source: string): Prefixes | undefined {
  const tree = parseRegex(source);
  const all = tree && disjunctionPrefixes(tree);
  if (!all || all.nullable) return undefined;
  return all;
}

function disjunctionPrefixes(alts: Disjunction): Prefixes | undefined {
  const out: Prefixes = {
    first: [],
    single: [],
    pairs: [],
    doubles: [],
    triples: [],
    nullable: false,
    bounded: true,
    passes: true,
  };
  for (const terms of alts) {
    let alt = ZERO;
    for (const t of terms) {
      const p = termPrefixes(t);
      if (!p) return undefined;
      alt = concat(alt, p);
    }
    out.first.push(...alt.first);
    out.single.push(...alt.single);
    out.pairs.push(...alt.pairs);
    out.doubles.push(...alt.doubles);
    out.triples.push(...alt.triples);
    out.nullable ||= alt.nullable;
    out.bounded &&= alt.bounded;
    if (alt.nullable) out.passes &&= alt.passes;
  }
  return out;
}

function atomPrefixes(a: Atom): Prefixes | undefined {
  switch (a.kind) {
    case 'edge':
      return a.boundary ? BOUNDARY : ZERO;
    case 'look':
      return disjunctionPrefixes(a.body) && ZERO;
    case 'group':
      return disjunctionPrefixes(a.body);
    case 'set': {
      // a short class of plain characters ([Vv], [ \t], [微威]) reads as its characters, so each can be
      // a listed pair's first or second
      const chars = a.items && !a.negated ? classChars(a.items) : undefined;
      return chars ? one(a.raw, chars) : one(a.raw);
    }
    case 'char': {
      if (!a.hex) return one(a.raw);
      // \uXXXX and \xXX mean one code unit with and without the unicode flag (a surrogate half, which
      // the flag may pair with the next escape, is not read): a letter, digit or non-ASCII character
      // is its own atom, anything else keeps its escape
      const cu = a.ch.charCodeAt(0);
      if (cu >= 0xd800 && cu <= 0xdfff) return undefined;
      return one(cu >= 0x80 || /[0-9A-Za-z]/u.test(a.ch) ? a.ch : a.raw);
    }
    default:
      return undefined; // \p, \c, back references: not read here
  }
}

function termPrefixes(t: Term): Prefixes | undefined {
  const a = atomPrefixes(t.atom);
  if (!a || !t.q) return a;
  const { min, max } = t.q;
  // repeated: the atom followed by itself (twice more where three times are allowed, so the first
  // three characters of a longer run are listed)
  const opt = { ...a, nullable: true };
  const rep = max >= 3 ? concat(concat(a, opt), opt) : max >= 2 ? concat(a, opt) : a;
  return {
    first: rep.first,
    single: rep.single,
    pairs: rep.pairs,
    doubles: rep.doubles,
    triples: rep.triples,
    nullable: min === 0 || a.nullable,
    bounded: a.bounded,
    // no time through is no boundary passed
    passes: min > 0 && a.passes,
  };
}

/** Beyond this many characters a class stays one atom. */
const MAX_CLASS_CHARS = 8;

/**
 * The characters of a class written as a list of single characters, each a letter, digit, space or
 * tab, or a BMP character beyond ASCII (not a surrogate half): their meaning is the same with and
 * without the unicode flag. Else (ranges, escapes, other punctuation) undefined.
 */
function classChars(items: readonly ClassItem[]): string[] | undefined {
  const out: string[] = [];
  for (const { ch, escaped } of items) {
    const c = ch.charCodeAt(0);
    if (escaped) {
      if (ch !== 't') return undefined;
      out.push('\t');
    } else if (ch.length === 1 && (c >= 0x80 ? c < 0xd800 || (c > 0xdfff && c !== 0xfeff) : /[0-9A-Za-z ]/u.test(ch))) {
      out.push(ch);
    } else return undefined;
    if (out.length > MAX_CLASS_CHARS) return undefined;
  }
  return out.length > 0 ? out : undefined;
}

export function firstAtoms(source: string): string[] | undefined {
  return prefixes(source)?.first;
}

/** A literal character with no case variants (Han, digits, punctuation): pairs of these are listed. */
function plainChar(atom: string): number | undefined {
  if (atom.length !== 1 || atom === '.') return undefined;
  const c = atom.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return undefined;
  return atom.toLowerCase() === atom && atom.toUpperCase() === atom ? c : undefined;
}

/** A literal character as it is written (any case): pairs of these are listed for patterns without ignore case. */
function literalChar(atom: string): number | undefined {
  if (atom.length !== 1 || atom === '.') return undefined;
  const c = atom.charCodeAt(0);
  return c >= 0xd800 && c <= 0xdfff ? undefined : c;
}

/**
 * The literals of every Scanner that has some (`ScannerData.literals`), looked for in one pass over a
 * text for all of them: a Scanner whose literals the text lacks cannot match there, so its regex is not
 * run (nor compiled, for a page that never holds one). A literal of one code unit is listed by that
 * unit, a longer one by its first two and three; the text is read lowered (`toLowerCase`: ASCII capitals,
 * and the Kelvin sign onto k, which is what ignore case folds onto ASCII letters; ſ, which folds onto s
 * under the unicode flag, passes every gate), and literals of patterns with case are read lowered too,
 * which only lets more texts through. The answers for the last few texts are kept (a block is read by
 * many Scanners in turn).
 */
interface LiteralGate {
  /** per code unit (a bit each), whether a literal is that one character; and those literals' gates */
  oneBits: Uint8Array;
  one: Map<number, number[]>;
  /** per hashed first two code units (`gateHash`), whether a literal of two is listed; those literals */
  twoBits: Uint8Array;
  two: Map<number, GateLiteral[]>;
  /** per hashed first two code units, whether a literal of two or more begins with them */
  headBits: Uint8Array;
  /** the same for the first three code units of longer literals */
  threeBits: Uint8Array;
  three: Map<number, GateLiteral[]>;
  /** how many gates were handed out */
  gates: number;
  /** the texts answered last, each with its answers: per gate, whether the text holds one of its literals */
  texts: (string | undefined)[];
  answers: Uint8Array[];
  /** the next slot of `texts` to reuse */
  next: number;
}
interface GateLiteral {
  /** lower case, as the gate reads text */
  lit: string;
  /** the gates that list it */
  ids: number[];
}
const GATE_TEXTS = 4;
const GATE_HASH_BITS = 1 << 16;
const literalGate: LiteralGate = {
  oneBits: new Uint8Array(0x10000 >> 3),
  one: new Map(),
  twoBits: new Uint8Array(GATE_HASH_BITS >> 3),
  headBits: new Uint8Array(GATE_HASH_BITS >> 3),
  two: new Map(),
  threeBits: new Uint8Array(GATE_HASH_BITS >> 3),
  three: new Map(),
  gates: 0,
  texts: new Array(GATE_TEXTS).fill(undefined),
  answers: Array.from({ length: GATE_TEXTS }, () => new Uint8Array(64)),
  next: 0,
};

/** a hash of two or three code units (`c3` -1: two) */
function gateHash(c1: number, c2: number, c3: number): number {
  const h = Math.imul(c1, 0x9e3779b1) ^ c2;
  return (c3 < 0 ? h : Math.imul(h, 0x85ebca6b) ^ c3) & (GATE_HASH_BITS - 1);
}

function hasGateBit(bits: Uint8Array, h: number): boolean {
  return ((bits[h >> 3] ?? 0) & (1 << (h & 7))) !== 0;
}

function setGateBit(bits: Uint8Array, h: number): void {
  bits[h >> 3] = (bits[h >> 3] ?? 0) | (1 << (h & 7));
}

/** A new gate for `literals`: its number, for `passesGate`. */
function addGate(literals: readonly string[]): number {
  const g = literalGate;
  const id = g.gates++;
  for (const raw of literals) {
    // read as the text is: literals of patterns with case lowered too (a literal holds ASCII and characters
    // without case only)
    const lit = raw.toLowerCase();
    const c0 = lit.charCodeAt(0);
    if (lit.length === 1) {
      setGateBit(g.oneBits, c0);
      const list = g.one.get(c0);
      if (list) list.push(id);
      else g.one.set(c0, [id]);
      continue;
    }
    const three = lit.length > 2;
    const h = gateHash(c0, lit.charCodeAt(1), three ? lit.charCodeAt(2) : -1);
    const map = three ? g.three : g.two;
    setGateBit(three ? g.threeBits : g.twoBits, h);
    setGateBit(g.headBits, gateHash(c0, lit.charCodeAt(1), -1));
    let list = map.get(h);
    if (!list) {
      list = [];
      map.set(h, list);
    }
    // (a loop, not find with a closure: this runs for every literal, about 4,200, as the lexicons are compiled)
    let same: GateLiteral | undefined;
    for (let k = 0; k < list.length && !same; k++) if ((list[k] as GateLiteral).lit === lit) same = list[k];
    if (same) same.ids.push(id);
    else list.push({ lit, ids: [id] });
  }
  // the answers kept were given without this gate
  g.texts.fill(undefined);
  return id;
}

/** Mark the gates of the literals of `list` at `at` in `low` (whose first two or three units match their hash). */
function markFound(list: readonly GateLiteral[] | undefined, low: string, at: number, answer: Uint8Array): void {
  if (!list) return;
  for (let k = 0; k < list.length; k++) {
    const { lit, ids } = list[k] as GateLiteral;
    let open = false;
    for (let j = 0; j < ids.length; j++) if (answer[ids[j] as number] === 0) open = true;
    if (!open || !low.startsWith(lit, at)) continue;
    for (let j = 0; j < ids.length; j++) answer[ids[j] as number] = 1;
  }
}

/** Whether `text` holds one of the literals of gate `id` (or ſ). */
function passesGate(text: string, id: number): boolean {
  const g = literalGate;
  for (let k = 0; k < GATE_TEXTS; k++) {
    if (g.texts[k] === text) return (g.answers[k] as Uint8Array)[id] === 1;
  }
  const slot = g.next;
  g.next = (slot + 1) % GATE_TEXTS;
  g.texts[slot] = text;
  let answer = g.answers[slot] as Uint8Array;
  if (answer.length < g.gates) {
    answer = new Uint8Array(Math.max(g.gates, answer.length * 2));
    g.answers[slot] = answer;
  }
  answer.fill(0);
  if (text.indexOf('\u017f') >= 0) {
    answer.fill(1);
    return true;
  }
  // lowered as a whole: every character ignore case folds onto an ASCII letter (the Kelvin sign) is lowered
  // onto it, and a character a literal holds (ASCII, or without case) is kept, so a literal read in a match
  // is in the lowered text (the one character whose lower case is longer, İ, is no literal's)
  const low = text.toLowerCase();
  const n = low.length;
  const { oneBits, twoBits, headBits, threeBits } = g;
  let c0 = n > 0 ? low.charCodeAt(0) : -1;
  let c1 = n > 1 ? low.charCodeAt(1) : -1;
  for (let i = 0; i < n; i++) {
    const c2 = i + 2 < n ? low.charCodeAt(i + 2) : -1;
    if (hasGateBit(oneBits, c0)) {
      const ids = g.one.get(c0);
      if (ids) for (let j = 0; j < ids.length; j++) answer[ids[j] as number] = 1;
    }
    const h2 = c1 >= 0 ? gateHash(c0, c1, -1) : 0;
    if (c1 >= 0 && hasGateBit(headBits, h2)) {
      if (hasGateBit(twoBits, h2)) markFound(g.two.get(h2), low, i, answer);
      if (c2 >= 0) {
        const h3 = gateHash(c0, c1, c2);
        if (hasGateBit(threeBits, h3)) markFound(g.three.get(h3), low, i, answer);
      }
    }
    c0 = c1;
    c1 = c2;
  }
  return answer[id] === 1;
}

/**
 * Per BMP code unit below U+A000 (Latin, CJK punctuation, Han), one bit per scanner in each of two
 * words: can start a match, and can start one whatever the next character; and how many of the table's
 * scanners that read characters with a regex (in the order they joined) have read the character (a
 * scanner whose atoms are plain characters writes its bits for them when it joins). Characters from
 * U+A000 on (full-width forms, Hangul, surrogates) are always tried.
 */
const FIRST_LIMIT = 0xa000;
const SCANNERS_PER_TABLE = 32;

interface FirstTable {
  start?: Uint32Array;
  wild?: Uint32Array;
  known?: Uint8Array;
  used: number;
  /** the scanners of the table that read a character with a regex (`classify`), in the order they joined */
  scanners: Scanner[];
  /** per hashed pair (SHARED_PAIR_BITS buckets): the scanners that list it, as their bits */
  pairs: Uint32Array;
  /** the last text looked at, and which scanners of the table can start a match in it (the same bits) */
  text?: string;
  candidates: number;
  /**
   * The places of that text where some scanner of the table can start a match (ascending), with those
   * scanners' bits at each, `count` of them; `listed` false when every place is to be tried (text
   * holding ſ or the Kelvin sign). Reused from one text to the next.
   */
  at: Int32Array;
  who: Int32Array;
  count: number;
  listed: boolean;
}
function newTable(used: number): FirstTable {
  return {
    used,
    scanners: [],
    pairs: new Uint32Array(SHARED_PAIR_BITS),
    candidates: 0,
    at: new Int32Array(256),
    who: new Int32Array(256),
    count: 0,
    listed: false,
  };
}
/** Buckets of the pair set shared by a table's scanners (a coarser hash than each scanner's own). */
const SHARED_PAIR_BITS = 1 << 13;
let openTable: FirstTable = newTable(SCANNERS_PER_TABLE);

/** Characters that ignore case folds onto ASCII letters only under the unicode flag. */
const UNICODE_FOLDS_RE = /[\u017f\u212a]/u;

/** Text V8 keeps two bytes a character: one beyond U+00FF (or a control character below tab), as the engine's warm-up reads it. */
const WIDE_RE = /[^\t-\u00ff]/u;
export function isWide(text: string): boolean {
  return WIDE_RE.test(text);
}

/** ſ, the Kelvin sign, or a surrogate code unit (a character beyond U+FFFF), read without the unicode flag. */
const FOLDS_OR_SURROGATE_RE = /[\u017f\u212a\ud800-\udfff]/;
const SURROGATE_RE = /[\ud800-\udfff]/;

/**
 * What the last text holds that a pattern run without the unicode flag may read apart (bit 1: ſ or the
 * Kelvin sign; bit 2: a surrogate), remembered for the last text (several scanners read each text in turn).
 */
let foldsText: string | undefined;
let foldsAnswer = 0;
function unicodeKind(text: string): number {
  if (text !== foldsText) {
    foldsText = text;
    foldsAnswer = FOLDS_OR_SURROGATE_RE.test(text)
      ? (UNICODE_FOLDS_RE.test(text) ? 1 : 0) | (SURROGATE_RE.test(text) ? 2 : 0)
      : 0;
  }
  return foldsAnswer;
}

/** Whether the text holds ſ or the Kelvin sign. */
function unicodeFolds(text: string): boolean {
  return (unicodeKind(text) & 1) !== 0;
}

const EVERY = -1;

/**
 * The scanners of `table` that may find a match in `text`, as their `can start` bits: those with a
 * position holding a character that starts a match, and for characters that start only listed pairs,
 * followed by a character completing a pair some scanner of the table lists (as written or, for ignore
 * case, lowered). Never fewer than the scanners' own loops would try (characters from U+A000 on, and
 * text holding ſ or the Kelvin sign, answer every scanner). The places are listed in the table (`at`,
 * `who`), so each scanner visits those only.
 */
function tableCandidates(table: FirstTable, text: string): number {
  table.count = 0;
  table.listed = false;
  if (UNICODE_FOLDS_RE.test(text)) return EVERY;
  const { start, wild, known } = ready(table);
  const used = table.scanners.length;
  const pairs = table.pairs;
  const n = text.length;
  if (table.at.length < n) {
    let size = table.at.length;
    while (size < n) size *= 2;
    table.at = new Int32Array(size);
    table.who = new Int32Array(size);
  }
  const at = table.at;
  const who = table.who;
  let count = 0;
  let cand = 0;
  for (let i = 0; i < n; i++) {
    const cu = text.charCodeAt(i);
    if (cu >= FIRST_LIMIT) {
      at[count] = i;
      who[count++] = EVERY;
      cand = EVERY;
      continue;
    }
    if ((known[cu] ?? 0) < used) classifyAll(table, cu);
    const hi = start[cu] ?? 0;
    if (hi === 0) continue;
    const lo = wild[cu] ?? 0;
    let here = lo;
    const two = hi & ~lo;
    if (two !== 0 && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      const h = pairHash(cu, next) & (SHARED_PAIR_BITS - 1);
      const lc = lower(cu);
      const ln = lower(next);
      const l = lc === cu && ln === next ? h : pairHash(lc, ln) & (SHARED_PAIR_BITS - 1);
      here |= two & ((pairs[h] ?? 0) | (pairs[l] ?? 0));
    }
    if (here !== 0) {
      at[count] = i;
      who[count++] = here;
      cand |= here;
    }
  }
  table.count = count;
  table.listed = true;
  return cand;
}

/** The table's per-character words, made on first use. */
function ready(table: FirstTable): { start: Uint32Array; wild: Uint32Array; known: Uint8Array } {
  table.start ??= new Uint32Array(FIRST_LIMIT);
  table.wild ??= new Uint32Array(FIRST_LIMIT);
  table.known ??= new Uint8Array(FIRST_LIMIT);
  return { start: table.start, wild: table.wild, known: table.known };
}

/** Has every scanner of the table that has not read `cu` yet read it. */
function classifyAll(table: FirstTable, cu: number): void {
  const { start, wild, known } = ready(table);
  const used = table.scanners.length;
  for (let k = known[cu] ?? 0; k < used; k++) {
    const s = table.scanners[k];
    if (!s) continue;
    const v = s.classify(cu);
    const bit = 1 << s.slot;
    if (v >= 2) start[cu] = (start[cu] ?? 0) | bit;
    if (v === 3) wild[cu] = (wild[cu] ?? 0) | bit;
  }
  known[cu] = used;
}

/** An ASCII capital in lower case; any other code unit as it is. */
function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
}

function asciiWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** Size of each scanner's hashed pair set, in bits. */
const PAIR_BITS = 1 << 16;

function pairHash(c1: number, c2: number): number {
  return (Math.imul(c1, 0x9e3779b1) ^ c2) & (PAIR_BITS - 1);
}

function tripleHash(c1: number, c2: number, c3: number): number {
  return (Math.imul(Math.imul(c1, 0x9e3779b1) ^ c2, 0x85ebca6b) ^ c3) & (PAIR_BITS - 1);
}

/** Whether a set made by `bitsOf` may hold hash `h` (its bits are the hashes folded to its size). */
function hasBit(bits: Uint8Array, h: number): boolean {
  const k = h & ((bits.length << 3) - 1);
  return ((bits[k >> 3] ?? 0) & (1 << (k & 7))) !== 0;
}

/**
 * A set of hashes as bits, about 16 bits a hash (64 bytes at least, PAIR_BITS at most): most scanners
 * list a few hundred pairs, and a whole-size set per scanner made every page that compiles the lexicons
 * allocate a megabyte or two, which brought a garbage collection into that task.
 */
function bitsOf(hashes: readonly number[]): Uint8Array {
  let bytes = 64;
  while (bytes < hashes.length * 2 && bytes < PAIR_BITS >> 3) bytes *= 2;
  const bits = new Uint8Array(bytes);
  const mask = (bytes << 3) - 1;
  for (const h of hashes) {
    const k = h & mask;
    bits[k >> 3] = (bits[k >> 3] ?? 0) | (1 << (k & 7));
  }
  return bits;
}

/**
 * What a `Scanner` derives from a pattern's `Prefixes` (plain data: a build can compute it ahead and send
 * it): the sources of its first-character and wild-character tests, the hashed pairs (when the pair test
 * is used: `wild` is then set), and `bounded`; with the pair test, when the third-character test is used
 * too, the hashed pairs a match can end with or go on from with any character (`ends`) and the hashed
 * first three characters of longer matches (`triples`).
 */
export interface ScannerData {
  first: string;
  wild?: string;
  pairs: number[];
  bounded: boolean;
  ends?: number[];
  triples?: number[];
  /**
   * a pattern with the unicode flag that means the same without it: 1 on any text
   * (`sameWithoutUnicode`), 2 on text without surrogates (`sameWithoutUnicodeOnBmp`); absent: neither
   */
  plain?: 1 | 2;
  /**
   * literals one of which every match contains (`requiredLiterals`, lower case under ignore case): a text
   * holding none of them is not searched (`LiteralGate`); absent: every text is
   */
  literals?: string[];
}

function isScannerData(v: Prefixes | ScannerData): v is ScannerData {
  return typeof v.first === 'string';
}

/** Whether a pattern with the unicode flag means the same without it (`ScannerData.plain`). */
function plainKind(re: Pick<RegExp, 'source' | 'unicode'>): 1 | 2 | undefined {
  if (!re.unicode) return undefined;
  if (sameWithoutUnicode(re.source)) return 1;
  return sameWithoutUnicodeOnBmp(re.source) ? 2 : undefined;
}

/** What `new Scanner(re, pre)` derives from `pre` (undefined when `pre` is). */
export function scannerData(
  re: Pick<RegExp, 'ignoreCase' | 'source' | 'unicode'>,
  pre: Prefixes | undefined,
): ScannerData | undefined {
  if (!pre) return undefined;
  const plain = plainKind(re);
  const data = plain ? { ...derive(re, pre), plain } : derive(re, pre);
  const literals = requiredLiterals(re.source, re.ignoreCase ? 'i' : '');
  return literals ? { ...data, literals } : data;
}

function derive(re: Pick<RegExp, 'ignoreCase'>, pre: Prefixes): ScannerData {
  const ignoreCase = re.ignoreCase;
  // each first character once (under ignore case, one letter for both cases): a list with repeats is
  // an ambiguous alternation
  const firsts = new Set(pre.first.map((x) => (ignoreCase && x.length === 1 ? x.toLowerCase() : x)));
  const first = `^(?:${[...firsts].join('|')})$`;
  if (pre.pairs.some(([a]) => a === '')) return { first, pairs: [], bounded: pre.bounded };
  // a first character that is plain and begins only pairs of plain characters is tried only where
  // the next character completes one of them
  // under ignore case an ASCII letter stands for both its cases: pairs hold it in lower case, and the
  // text's letters are lowered before the pair is looked up
  // without ignore case any one character stands for itself, letters too
  const pairChar = (atom: string): number | undefined =>
    plainChar(atom) ??
    (ignoreCase ? (/^[A-Za-z]$/u.test(atom) ? atom.toLowerCase().charCodeAt(0) : undefined) : literalChar(atom));
  const wild = new Set<string>(pre.single);
  for (const a of pre.first) if (pairChar(a) === undefined) wild.add(a);
  const pairs: number[] = [];
  for (const [a, b] of pre.pairs) {
    const c1 = pairChar(a);
    const c2 = pairChar(b);
    if (c1 === undefined || c2 === undefined) wild.add(a);
    else pairs.push(pairHash(c1, c2));
  }
  const data: ScannerData = { first, wild: `^(?:${[...wild].join('|')})$`, pairs, bounded: pre.bounded };
  if (pre.triples.some(([a]) => a === '')) return data;
  // a listed pair is tried only where the next character completes one of the listed first three, unless
  // a match can end with the pair or go on from it with a character that is not plain (`ends`)
  const ends = new Set<number>();
  const triples = new Set<number>();
  for (const [a, b] of pre.doubles) {
    const c1 = pairChar(a);
    const c2 = pairChar(b);
    if (c1 !== undefined && c2 !== undefined) ends.add(pairHash(c1, c2));
  }
  for (const [a, b, c] of pre.triples) {
    const c1 = pairChar(a);
    const c2 = pairChar(b);
    if (c1 === undefined || c2 === undefined) continue;
    const c3 = pairChar(c);
    if (c3 === undefined) ends.add(pairHash(c1, c2));
    else triples.add(tripleHash(c1, c2, c3));
  }
  return { ...data, ends: [...ends], triples: [...triples] };
}

/**
 * What the Scanners the engine makes when its modules load (the contact cues, the alias folder, …) derive
 * from their patterns, computed by the extension's build (`builtScannerData`, src/ext/scanner-data.ts;
 * wxt.config.ts puts the value in place of `{}`), by `scannerKey`: a page does not read those patterns.
 * Empty where the sources run as they are (Node).
 */
const BUILT_SCANNER_DATA: Readonly<Record<string, ScannerData>> = {};

/**
 * The same data given at run time, by key: the content script's build does not ship it (the background
 * sends it with the lexicons, `giveBuiltScannerData`), so every Scanner made after it arrived uses it.
 */
const givenBuilt = new Map<string, ScannerData>();

/** Use `data` (what `shippedScannerData()` gives in another bundle) for the Scanners made from now on. */
export function giveBuiltScannerData(data: ReadonlyMap<string, ScannerData>): void {
  for (const [key, d] of data) givenBuilt.set(key, d);
}

/** The data this bundle ships for the Scanners made at module load (empty in the sources and in the content script). */
export function shippedScannerData(): Readonly<Record<string, ScannerData>> {
  return BUILT_SCANNER_DATA;
}

/**
 * The patterns of Scanners made with neither data given nor built (what the build computes them for),
 * the first `MAX_MADE` of them (the engine makes its Scanners when its modules load).
 */
export const madeWithoutData: RegExp[] = [];
const MAX_MADE = 256;

/** A pattern's key in the built data: its flags (those that change what is derived), length and a 32-bit FNV-1a hash of its source. */
export function scannerKey(re: Pick<RegExp, 'source' | 'ignoreCase' | 'unicode'>): string {
  let h = 0x811c9dc5;
  const src = re.source;
  for (let i = 0; i < src.length; i++) h = Math.imul(h ^ src.charCodeAt(i), 0x01000193);
  return `${re.ignoreCase ? 'i' : ''}${re.unicode ? 'u' : ''}${src.length}:${(h >>> 0).toString(36)}`;
}

/**
 * Whether a Scanner reads what it needs from its pattern when no data was given or built (`prefixes`,
 * `sameWithoutUnicode`). The content script's build sets it false (wxt.config.ts): every Scanner there is
 * given its data (the lexicons' with their entries, the others' built), so the pattern readers stay out
 * of its bundle; a Scanner without data then searches with its whole regex (the same matches, slower).
 */
const READS_PATTERNS = true;

/** What a Scanner made without `pre` uses: the built data, else read from the pattern. */
function dataOf(re: PatternFlags): ScannerData | undefined {
  const key = scannerKey(re);
  const built = BUILT_SCANNER_DATA[key] ?? givenBuilt.get(key);
  if (built) return built;
  if (!READS_PATTERNS) return undefined;
  if (madeWithoutData.length < MAX_MADE)
    madeWithoutData.push(re instanceof RegExp ? re : new RegExp(re.source, re.flags));
  return scannerData(re, prefixes(re.source));
}

/**
 * A test of one character against a list of atoms (`ScannerData.first`, `.wild`: `^(?:a|b|…)$`): the
 * code units it matches when every atom is a letter, digit or space, or a character from U+3000 to
 * U+9FFF (CJK punctuation, kana, Han: no case), which a page's first block then reads without compiling
 * a regex per scanner; else the regex.
 */
type CharTest = Set<number> | RegExp;

function charTest(source: string, flags: string): CharTest {
  return charSet(source, flags.includes('i'), flags.includes('u')) ?? new RegExp(source, flags);
}

function passes(t: CharTest, cu: number): boolean {
  return t instanceof Set ? t.has(cu) : t.test(String.fromCharCode(cu));
}

/**
 * The code units `^(?:a|b|…)$` matches under these flags, when every atom is one that reads plainly: a
 * letter, digit, space or character from U+3000 to U+9FFF, an escaped ASCII punctuation mark, `\d`, or a
 * class of those (ranges of digits, of letters of one case, or from U+3000 to U+9FFF); else undefined.
 */
function charSet(source: string, ignoreCase: boolean, unicode: boolean): Set<number> | undefined {
  if (!source.startsWith('^(?:') || !source.endsWith(')$')) return undefined;
  const body = source.slice(4, -2);
  const out = new Set<number>();
  if (body === '') return out;
  // (read once per Scanner as the lexicons are compiled, cold, on every page: no closure and no tuple per
  // character, which with a few thousand characters in all made garbage and a collection in that task)
  let i = 0;
  for (;;) {
    if (body.charCodeAt(i) === 0x5b) {
      // a class of plain characters and ranges
      const next = body.charCodeAt(i + 1);
      if (next === 0x5e || next === 0x5d) return undefined;
      i++;
      while (body.charCodeAt(i) !== 0x5d) {
        if (i >= body.length) return undefined;
        const from = plainAtom(body, i);
        if (from === NOT_PLAIN) return undefined;
        const afterFrom = atomEnd;
        if (body.charCodeAt(afterFrom) === 0x2d && body.charCodeAt(afterFrom + 1) !== 0x5d) {
          const to = plainAtom(body, afterFrom + 1);
          if (to === NOT_PLAIN || from < 0) return undefined;
          const sameKind =
            (from >= 0x30 && to <= 0x39) ||
            (from >= 0x61 && to <= 0x7a) ||
            (from >= 0x41 && to <= 0x5a) ||
            (from >= 0x3000 && to < 0xa000);
          if (!sameKind || to < from) return undefined;
          for (let c = from; c <= to; c++) addChar(out, c, ignoreCase, unicode);
          i = atomEnd;
        } else {
          if (from === DIGIT_CLASS) addDigits(out);
          else addChar(out, from, ignoreCase, unicode);
          i = afterFrom;
        }
      }
      i++;
    } else {
      const c = plainAtom(body, i);
      if (c === NOT_PLAIN) return undefined;
      if (c === DIGIT_CLASS) addDigits(out);
      else addChar(out, c, ignoreCase, unicode);
      i = atomEnd;
    }
    if (i === body.length) return out;
    // then a bar and another atom
    if (body.charCodeAt(i) !== 0x7c || i + 1 === body.length) return undefined;
    i++;
  }
}

/** what `plainAtom` reads: `\d`, or an atom that does not read plainly */
const DIGIT_CLASS = -1;
const NOT_PLAIN = -2;
/** where the atom `plainAtom` read last ends */
let atomEnd = 0;

/**
 * One character or escape of `body` at `i` (`charSet`): its code, `DIGIT_CLASS` for `\d`, `NOT_PLAIN` when
 * it does not read plainly; where it ends in `atomEnd`.
 */
function plainAtom(body: string, i: number): number {
  const c = body.charCodeAt(i);
  if (c === 0x5c) {
    const e = body.charCodeAt(i + 1);
    atomEnd = i + 2;
    if (e === 0x64) return DIGIT_CLASS;
    // an escaped ASCII punctuation mark is that mark
    if ((e >= 0x21 && e <= 0x2f) || (e >= 0x3a && e <= 0x40) || (e >= 0x5b && e <= 0x60) || (e >= 0x7b && e <= 0x7e))
      return e;
    return NOT_PLAIN;
  }
  atomEnd = i + 1;
  const letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  if (letter || (c >= 0x30 && c <= 0x39) || c === 0x20 || (c >= 0x3000 && c < 0xa000)) return c;
  return NOT_PLAIN;
}

function addChar(out: Set<number>, c: number, ignoreCase: boolean, unicode: boolean): void {
  const lower = c | 0x20;
  if (ignoreCase && lower >= 0x61 && lower <= 0x7a) {
    out.add(lower);
    out.add(lower & ~0x20);
    // simple case folding under the unicode flag: ſ is s, the Kelvin sign is k
    if (unicode && lower === 0x73) out.add(0x17f);
    if (unicode && lower === 0x6b) out.add(0x212a);
  } else out.add(c);
}

function addDigits(out: Set<number>): void {
  for (let d = 0x30; d <= 0x39; d++) out.add(d);
}

/**
 * A pattern's source and flags: a Scanner given these instead of a RegExp makes none until a search needs
 * one (V8 parses a pattern when it is made; a lexicon of many chunks has most never searched).
 */
export interface Pattern {
  readonly source: string;
  readonly flags: string;
}

/** What a Scanner reads of a RegExp. */
type PatternFlags = Pattern & Pick<RegExp, 'ignoreCase' | 'unicode' | 'sticky'>;

function flagsOf(p: Pattern): PatternFlags {
  return {
    source: p.source,
    flags: p.flags,
    ignoreCase: p.flags.includes('i'),
    unicode: p.flags.includes('u'),
    sticky: p.flags.includes('y'),
  };
}

export class Scanner {
  /** the pattern, and its flags without g and y */
  private readonly source: string;
  private readonly flags: string;
  /**
   * the regexes searched with, each made on first use (V8 parses a pattern when it is made): the pattern
   * global (when the first characters are not known), sticky (run where a match can start), and for
   * ASCII-only patterns (`ascii`) sticky without the unicode flag
   */
  private global?: RegExp;
  private sticky?: RegExp;
  private fastSticky?: RegExp;
  /**
   * a pattern with the unicode flag that means the same without it (`sameWithoutUnicode`): searched
   * without it (text without ſ and the Kelvin sign); `bmp`: the same only on text without surrogates
   * (`sameWithoutUnicodeOnBmp`), text holding one is searched with the flag
   */
  private readonly ascii: boolean = false;
  private readonly bmp: boolean = false;
  private readonly ignoreCase: boolean;
  private readonly unicode: boolean;
  /** one character (as a string) tested against this: can it start a match */
  private readonly first?: CharTest;
  /** characters that start a match without a listed second character (classes, letters, one-character matches) */
  private readonly wild?: CharTest;
  /** hashed (first, second) pairs of plain characters that can begin a longer match */
  private readonly pairBits?: Uint8Array;
  /** hashed pairs a match can end with or go on from with any character, and hashed first three characters (the third-character test) */
  private readonly endBits?: Uint8Array;
  private readonly tripleBits?: Uint8Array;
  /** every match starts right after a `\\b`: never between two ASCII word characters */
  private readonly bounded: boolean = false;
  private readonly table?: FirstTable;
  private readonly shift: number = 0;
  /** its place among the table's scanners that read characters with a regex (-1: its bits are written) */
  private readonly reads: number = -1;
  /** its literals' gate (`LiteralGate`; -1: none, every text is searched) */
  private readonly gate: number = -1;
  /**
   * the regexes `warm` has run, each on text of which width (V8 compiles a regex apart for one-byte and
   * two-byte text): one bit per (regex run, width), see `coldBit`
   */
  private warmed = 0;

  /** what it searches for, for timing records (a lexicon chunk: its language and first entry) */
  name = '';

  /** this scanner's bit in its table's words */
  get slot(): number {
    return this.shift;
  }

  /**
   * `pre`: what `prefixes(re.source)` gives, or what `scannerData(re, prefixes(re.source))` gives, computed
   * ahead of time (the extension's build does for the lexicons)
   */
  constructor(pattern: RegExp | Pattern, pre?: Prefixes | ScannerData) {
    const re = pattern instanceof RegExp ? pattern : flagsOf(pattern);
    const flags = re.flags.replace(/[gy]/gu, '');
    this.source = re.source;
    this.flags = flags;
    this.ignoreCase = re.ignoreCase;
    this.unicode = re.unicode;
    if (re.sticky || flags.includes('v')) return;
    // both need a pattern that cannot match empty: an empty match moves on by a code point under the
    // unicode flag, by a code unit without it
    const data = pre ? (isScannerData(pre) ? pre : READS_PATTERNS ? scannerData(re, pre) : undefined) : dataOf(re);
    if (!data) return;
    // data made before `plain` was part of it reads the pattern (where patterns are read)
    const plain = 'plain' in data || !READS_PATTERNS ? data.plain : plainKind(re);
    if (re.unicode && plain) {
      this.ascii = true;
      this.bmp = plain === 2;
    }
    this.bounded = data.bounded;
    if (data.literals && data.literals.length > 0) this.gate = addGate(data.literals);
    const charFlags = flags.replace('m', '');
    this.first = charTest(data.first, charFlags);
    if (data.wild !== undefined) {
      this.wild = charTest(data.wild, charFlags);
      this.pairBits = bitsOf(data.pairs);
      if (data.ends && data.triples) {
        this.endBits = bitsOf(data.ends);
        this.tripleBits = bitsOf(data.triples);
      }
    }
    if (openTable.used >= SCANNERS_PER_TABLE) openTable = newTable(0);
    this.table = openTable;
    this.shift = openTable.used++;
    const first = this.first;
    const wildTest = this.wild;
    if (first instanceof Set && (wildTest === undefined || wildTest instanceof Set)) {
      // plain characters: their bits are written now, and no other character can start a match
      const { start, wild } = ready(openTable);
      const bit = 1 << this.shift;
      for (const cu of first) {
        if (cu >= FIRST_LIMIT) continue;
        start[cu] = (start[cu] ?? 0) | bit;
        if (!wildTest || wildTest.has(cu)) wild[cu] = (wild[cu] ?? 0) | bit;
      }
    } else {
      this.reads = openTable.scanners.length;
      openTable.scanners.push(this);
    }
    if (data.wild !== undefined) {
      for (const h of data.pairs) {
        const k = h & (SHARED_PAIR_BITS - 1);
        openTable.pairs[k] = (openTable.pairs[k] ?? 0) | (1 << this.shift);
      }
    }
    // a text read before this scanner joined holds no answer for it
    openTable.text = undefined;
  }

  /**
   * Whether searching `text` would run a regex of this scanner that `warm` has not run on text of its
   * width yet (V8 compiles a regex on its first search of one-byte or two-byte text, and again to machine
   * code on the next): false when no place of the text can start a match, so a page compiles only the
   * expressions its text can reach.
   */
  cold(text: string, wide = isWide(text)): boolean {
    if ((this.warmed & this.coldBit(text, wide)) !== 0) return false;
    return this.scan(text, null);
  }

  /** Search `text` twice (its regex compiled, then compiled to machine code), so that `cold(text)` is false. */
  warm(text: string): void {
    this.scan(text, []);
    this.scan(text, []);
    this.warmed |= this.coldBit(text, isWide(text));
  }

  /** The bit of `warmed` that searching `text` uses: which regex (the ASCII-only form or not), which width. */
  private coldBit(text: string, wide: boolean): number {
    return (this.fast(text) ? 4 : 1) << (wide ? 1 : 0);
  }

  /** Whether `text` is searched without the unicode flag (see `ascii`). */
  private fast(text: string): boolean {
    if (!this.ascii) return false;
    const kind = unicodeKind(text);
    return !((this.ignoreCase && (kind & 1) !== 0) || (this.bmp && (kind & 2) !== 0));
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

  /** `out` null: whether the search would run the regex at all (none is run) */
  private scan(text: string, out: RegExpExecArray[] | undefined | null): boolean {
    // ſ and the Kelvin sign match s and k under unicode + ignore case: the pair test, which lowers ASCII
    // letters only, is not used on such text
    const folds = this.ignoreCase && unicodeFolds(text);
    const fold = this.ignoreCase;
    if (this.table === undefined) {
      if (out === null) return true;
      this.global ??= new RegExp(this.source, `${this.flags}g`);
      const re = this.global;
      re.lastIndex = 0;
      if (!out) return re.test(text);
      for (const m of text.matchAll(re)) out.push(m as RegExpExecArray);
      return out.length > 0;
    }
    // a text holding none of the literals every match contains cannot match
    if (this.gate >= 0 && !passesGate(text, this.gate)) return false;
    const fast = this.fast(text);
    const shift = this.shift;
    // one pass over the text answers for all the scanners of the table: most texts hold no place where a
    // given lexicon's match can start
    if (this.table.text !== text) {
      this.table.text = text;
      this.table.candidates = tableCandidates(this.table, text);
    }
    if (((this.table.candidates >>> shift) & 1) === 0) return false;
    if (this.table.listed) return this.scanListed(text, out, fast);
    if (out === null) return true;
    const sticky = fast ? this.stickyFast() : this.stickyFull();
    // code points in unicode mode: never start inside a surrogate pair
    const pairs = sticky.unicode;
    const n = text.length;
    let found = false;
    let i = 0;
    while (i < n) {
      const cu = text.charCodeAt(i);
      let step = 1;
      if (cu < FIRST_LIMIT) {
        const v = this.kindOf(cu);
        if (v === 1) {
          i++;
          continue;
        }
        // \b cannot hold between two ASCII word characters, whatever the flags
        if (this.bounded && i > 0 && asciiWord(cu) && asciiWord(text.charCodeAt(i - 1))) {
          i++;
          continue;
        }
        if (v === 2 && !folds) {
          // only pairs of plain characters begin here: the next one must complete a listed pair
          const h =
            i + 1 < n
              ? fold
                ? pairHash(lower(cu), lower(text.charCodeAt(i + 1)))
                : pairHash(cu, text.charCodeAt(i + 1))
              : -1;
          if (h < 0 || !this.pairBits || !hasBit(this.pairBits, h) || !this.third(text, i, fold)) {
            i++;
            continue;
          }
        }
      } else if (pairs && cu >= 0xd800 && cu <= 0xdbff) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) step = 2;
      }
      sticky.lastIndex = i;
      // a yes or no needs no match array: patterns read here never match empty (`prefixes` gives none for them)
      if (!out) {
        if (sticky.test(text)) return true;
        i += step;
        continue;
      }
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

  private stickyFull(): RegExp {
    this.sticky ??= new RegExp(this.source, `${this.flags}y`);
    return this.sticky;
  }

  private stickyFast(): RegExp {
    this.fastSticky ??= new RegExp(this.source, `${this.flags.replace('u', '')}y`);
    return this.fastSticky;
  }

  /**
   * The same search as `scan`'s own loop, over the places the table listed for the text (every place
   * this scanner's loop would try is listed: a character it can start with, and for one that starts
   * only pairs, a next character completing a pair in the table's coarser set); the text holds neither
   * ſ nor the Kelvin sign.
   */
  private scanListed(text: string, out: RegExpExecArray[] | undefined | null, fast: boolean): boolean {
    const table = this.table as FirstTable;
    const at = table.at;
    const who = table.who;
    const count = table.count;
    const shift = this.shift;
    const fold = this.ignoreCase;
    // code points in unicode mode: never start inside a surrogate pair
    const pairs = !fast && this.unicode;
    // made at the first place tried (`out` null: none is)
    let sticky: RegExp | undefined;
    const n = text.length;
    let found = false;
    // places before this one are inside a match already found
    let from = 0;
    for (let k = 0; k < count; k++) {
      if (((who[k] ?? 0) >>> shift) & 1) {
        const i = at[k] ?? 0;
        if (i < from) continue;
        const cu = text.charCodeAt(i);
        if (cu < FIRST_LIMIT) {
          const v = this.kindOf(cu);
          if (v === 1) continue;
          // \b cannot hold between two ASCII word characters, whatever the flags
          if (this.bounded && i > 0 && asciiWord(cu) && asciiWord(text.charCodeAt(i - 1))) continue;
          if (v === 2) {
            // only pairs of plain characters begin here: the next one must complete a listed pair
            if (i + 1 >= n) continue;
            const h = fold ? pairHash(lower(cu), lower(text.charCodeAt(i + 1))) : pairHash(cu, text.charCodeAt(i + 1));
            if (!this.pairBits || !hasBit(this.pairBits, h) || !this.third(text, i, fold)) continue;
          }
        } else if (pairs && cu >= 0xdc00 && cu <= 0xdfff && i > 0) {
          // the second half of a pair whose first half was tried (or matched over) is no place to start
          const hi = text.charCodeAt(i - 1);
          if (hi >= 0xd800 && hi <= 0xdbff) continue;
        }
        if (out === null) return true;
        sticky ??= fast ? this.stickyFast() : this.stickyFull();
        sticky.lastIndex = i;
        // a yes or no needs no match array: patterns read here never match empty (`prefixes` gives none for them)
        if (!out) {
          if (sticky.test(text)) return true;
          continue;
        }
        const m = sticky.exec(text);
        if (m === null || m[0].length === 0) continue;
        found = true;
        out.push(m);
        from = i + m[0].length;
      }
    }
    return found;
  }

  /**
   * After a listed pair at `i` (and `i + 1`): whether a match can start there as far as the third character
   * tells (a match can end with the pair or go on from it with any character, or the three are listed).
   */
  private third(text: string, i: number, fold: boolean): boolean {
    const ends = this.endBits;
    const triples = this.tripleBits;
    if (!ends || !triples) return true;
    const c1 = fold ? lower(text.charCodeAt(i)) : text.charCodeAt(i);
    const c2 = fold ? lower(text.charCodeAt(i + 1)) : text.charCodeAt(i + 1);
    if (hasBit(ends, pairHash(c1, c2))) return true;
    if (i + 2 >= text.length) return false;
    const c3 = fold ? lower(text.charCodeAt(i + 2)) : text.charCodeAt(i + 2);
    return hasBit(triples, tripleHash(c1, c2, c3));
  }

  /** Whether `cu` (below FIRST_LIMIT) can start a match (1 no, 2 as the first of a listed pair, 3 yes), as the table remembers it. */
  private kindOf(cu: number): number {
    const table = this.table as FirstTable;
    const { start, wild, known } = ready(table);
    if (this.reads >= 0 && (known[cu] ?? 0) <= this.reads) classifyAll(table, cu);
    if ((((start[cu] ?? 0) >>> this.shift) & 1) === 0) return 1;
    return (((wild[cu] ?? 0) >>> this.shift) & 1) === 0 ? 2 : 3;
  }

  /** Whether `cu` can start a match (1 no, 2 as the first of a listed pair, 3 yes), read from the pattern. */
  classify(cu: number): number {
    if (!this.first || !passes(this.first, cu)) return 1;
    return this.wild && !passes(this.wild, cu) ? 2 : 3;
  }
}
