/**
 * Required literals: strings at least one of which every match of a pattern contains (as the
 * prefilters of Hyperscan and RE2, or ripgrep's literal extraction, find them), so a text holding none
 * of them cannot match and the regex need not run on it (nor be compiled for a page that never holds
 * one). Read conservatively: a construct not understood gives no literal for its part, and a pattern
 * with no part that yields one gives none (`undefined`: always run).
 *
 * Under ignore case the literals are lower case and are looked for in the text lowered
 * (`String.prototype.toLowerCase`, which maps every character that folds onto an ASCII letter to it
 * except ſ, U+017F: text holding ſ passes every literal, see `LiteralIndex`); only ASCII characters and
 * characters without case (Han, kana, CJK and other punctuation, digits) are used in a literal, so no
 * other character can match one under case folding.
 */

import type { Atom, ClassItem, Disjunction, Term } from './regex-syntax';
import { parseRegex } from './regex-syntax';

/** what a piece of a pattern tells */
interface Info {
  /** every string the piece can match (lower case under ignore case), when they are few; may hold '' */
  exact?: string[];
  /** at least one of these is in every match of the piece (none is empty), when known */
  any?: string[];
}

/** at most this many strings in an exact set; longer sets become `any` sets */
const MAX_EXACT = 32;
/** at most this many characters in one string of an exact set */
const MAX_EXACT_CHARS = 24;
/** at most this many characters in a class read as its characters */
const MAX_CLASS = 6;

const UNKNOWN: Info = {};
/** a piece that may match nothing or anything: no exact strings, no literal */
const EMPTY_OR_MORE: Info = {};
const EMPTY: Info = { exact: [''] };

/** A character that can be a literal's: ASCII, or one without case that nothing folds onto. */
function usable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x80) return true;
  if (ch === '\u017f' || ch === '\u212a') return false;
  if (c >= 0xd800) return c >= 0xe000 && c <= 0xffff && usableBmp(ch);
  return usableBmp(ch);
}
function usableBmp(ch: string): boolean {
  return !CASED_RE.test(ch) && ch.toLowerCase() === ch && ch.toUpperCase() === ch;
}
const CASED_RE = /[\p{Cased}\p{Mn}\p{Me}]/u;

/** how selective a literal is: longer is better, a character beyond ASCII counts three */
function weight(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x80 ? 3 : 1;
  return w;
}

function score(set: readonly string[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const s of set) min = Math.min(min, weight(s));
  return min;
}

/** the piece's `any` set: its own, or its exact strings when none is empty */
function anyOf(x: Info): string[] | undefined {
  if (x.exact && x.exact.length > 0 && !x.exact.includes('')) return x.exact;
  return x.any;
}

function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  const sa = score(a);
  const sb = score(b);
  if (sa !== sb) return sa > sb ? a : b;
  return a.length <= b.length ? a : b;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function concat(x: Info, y: Info): Info {
  if (x.exact && y.exact && x.exact.length * y.exact.length <= MAX_EXACT) {
    const out: string[] = [];
    let fits = true;
    for (const a of x.exact) {
      for (const b of y.exact) {
        if (a.length + b.length > MAX_EXACT_CHARS) fits = false;
        out.push(a + b);
      }
    }
    if (fits) return { exact: unique(out) };
  }
  return { any: better(anyOf(x), anyOf(y)) };
}

function alternation(alts: Info[]): Info {
  if (alts.every((a) => a.exact)) {
    const all = unique(alts.flatMap((a) => a.exact as string[]));
    if (all.length <= MAX_EXACT) return { exact: all };
  }
  const any: string[] = [];
  for (const a of alts) {
    const s = anyOf(a);
    if (!s) return UNKNOWN;
    any.push(...s);
  }
  return { any: unique(any) };
}

/**
 * The literals one of which every match of `source` (with `flags`) contains, lower case under ignore
 * case; undefined when none is known (the pattern must always run). Reads the tree `parseRegex` gives.
 */
export function requiredLiterals(source: string, flags: string): string[] | undefined {
  if (flags.includes('v') || flags.includes('x')) return undefined;
  const tree = parseRegex(source);
  if (!tree) return undefined;
  const fold = flags.includes('i');
  const char = (ch: string): Info => {
    if (!usable(ch)) return UNKNOWN;
    return { exact: [fold ? ch.toLowerCase() : ch] };
  };
  const disjunction = (alts: Disjunction): Info =>
    alts.length === 1 ? alternative(alts[0] as Term[]) : alternation(alts.map(alternative));
  const alternative = (terms: readonly Term[]): Info => {
    // the exact strings of the run of pieces read last, and the best literals of the runs before it
    let run: string[] | undefined = [''];
    let best: string[] | undefined;
    let broken = false;
    for (const term of terms) {
      const t = quantified(term);
      const joined: string[] | undefined =
        run && t.exact ? concat({ exact: run }, { exact: t.exact }).exact : undefined;
      if (joined) {
        run = joined;
        continue;
      }
      broken = true;
      best = better(best, run ? anyOf({ exact: run }) : undefined);
      if (t.exact) run = t.exact;
      else {
        best = better(best, anyOf(t));
        run = undefined;
      }
    }
    if (!broken) return { exact: run };
    return { any: better(best, run ? anyOf({ exact: run }) : undefined) };
  };
  const cls = (items: readonly ClassItem[]): Info => {
    // a short list of single characters (no ranges, no escapes) reads as those characters
    if (items.length === 0 || items.length > MAX_CLASS * 2) return UNKNOWN;
    const out: string[] = [];
    for (const { ch, escaped } of items) {
      if (escaped || ch === '-' || ch === '[' || !usable(ch)) return UNKNOWN;
      out.push(fold ? ch.toLowerCase() : ch);
    }
    const set = unique(out);
    return set.length <= MAX_CLASS ? { exact: set } : UNKNOWN;
  };
  const atom = (a: Atom): Info => {
    switch (a.kind) {
      case 'edge':
      case 'look':
        return EMPTY;
      case 'group':
        return disjunction(a.body);
      case 'char':
        return char(a.ch);
      case 'set':
        return a.items && !a.negated ? cls(a.items) : UNKNOWN;
      default:
        // \p{…}, back references, control escapes: no literal
        return UNKNOWN;
    }
  };
  const quantified = (term: Term): Info => {
    const a = atom(term.atom);
    if (!term.q) return a;
    const { min, max } = term.q;
    if (min === 1 && max === 1) return a;
    if (min === 0) return max === 1 && a.exact ? { exact: unique([...a.exact, '']) } : EMPTY_OR_MORE;
    // once or more: every match holds one match of the piece
    return { any: anyOf(a) };
  };
  const out = anyOf(disjunction(tree));
  return out && out.length > 0 ? shortest(out) : undefined;
}

/**
 * A literal's head of at most this weight (`weight`: three Han characters, nine ASCII ones) tells almost
 * as much as the whole: a text holding the whole holds its head, so the heads are literals as well, and
 * fewer and shorter ones are looked for faster (242 ways to say "she helped me" begin with 21 heads).
 */
const MAX_WEIGHT = 9;

/** The literals cut to their heads, each once, without one that holds another (that one is found first). */
function shortest(literals: readonly string[]): string[] {
  const heads = new Set<string>();
  for (const lit of literals) {
    let w = 0;
    let end = 0;
    for (const ch of lit) {
      w += (ch.codePointAt(0) ?? 0) >= 0x80 ? 3 : 1;
      if (w > MAX_WEIGHT && end > 0) break;
      end += ch.length;
    }
    heads.add(lit.slice(0, end));
  }
  // shortest first; a head is kept unless a shorter one kept is inside it (heads are a few characters
  // long, so each is checked by its pieces, not against every other head)
  const kept = new Set<string>();
  for (const lit of [...heads].sort((a, b) => a.length - b.length)) {
    let inside = false;
    for (let a = 0; a < lit.length && !inside; a++) {
      for (let b = a + 1; b <= lit.length; b++) {
        if (b - a < lit.length && kept.has(lit.slice(a, b))) {
          inside = true;
          break;
        }
      }
    }
    if (!inside) kept.add(lit);
  }
  return [...kept];
}
