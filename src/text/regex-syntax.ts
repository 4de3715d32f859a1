/**
 * The one reader of regular expression sources the engine's pattern readings share: `prefixes`
 * (src/text/scan.ts: what a match can begin with) and `requiredLiterals` (src/text/literals.ts: strings
 * one of which every match holds) each walk the tree `parseRegex` gives, so both read the syntax alike.
 *
 * Read conservatively: a source is read as JavaScript reads it, with or without the unicode flag, where
 * both agree; a construct it does not know (a `(?` group other than lookarounds and named groups, a `{`
 * that starts no quantifier, an unclosed group or class, a bad `\u`/`\x` escape) makes the whole source
 * unread (`undefined`), and each reading gives nothing for it. Escapes it knows but neither reading
 * uses (`\p{…}`, back references, `\cX`, other letters) are `opaque` atoms.
 */

/** alternatives, each a sequence of terms */
export type Disjunction = Term[][];

/** an atom and its quantifier (`q`: absent when none is written) */
export interface Term {
  atom: Atom;
  q?: { min: number; max: number };
}

export type Atom =
  /** `^`, `$`, `\B` (boundary false) and `\b` (true): they match no character */
  | { kind: 'edge'; boundary: boolean }
  /** a group, capturing, named or not */
  | { kind: 'group'; body: Disjunction }
  /** a lookahead or lookbehind, either sense */
  | { kind: 'look'; body: Disjunction }
  /**
   * one character, written as itself or escaped (`raw`: as written): `\n \r \t \f \v`, an escaped mark
   * (`\.`), a `\uXXXX` or `\xXX` escape (`hex`; `ch` may then be a surrogate half)
   */
  | { kind: 'char'; ch: string; raw: string; hex: boolean }
  /**
   * a set of characters: `.`, `\d \D \w \W \s \S`, or a bracketed class (`items`, `negated`); `raw`: as
   * written
   */
  | { kind: 'set'; raw: string; items?: ClassItem[]; negated?: boolean }
  /** `\p{…}`, `\P{…}`, back references, `\k<…>`, `\cX`, other escaped letters: read by neither reading */
  | { kind: 'opaque' };

/**
 * One character of a bracketed class as written: a code point, or (`escaped`) the code unit after a
 * backslash. Ranges are not told apart: their `-` is an item.
 */
export interface ClassItem {
  ch: string;
  escaped: boolean;
}

/**
 * The quantifier at `i` of a pattern's source (`*`, `+`, `?`, `{m}`, `{m,}`, `{m,n}`, each maybe lazy):
 * its bounds and where it ends; `undefined` when none stands there, `null` when a `{` starts no quantifier
 * the reader knows.
 */
export function quantifierAt(source: string, i: number): { min: number; max: number; end: number } | null | undefined {
  const q = source[i];
  let min: number;
  let max: number;
  let end = i;
  if (q === '*' || q === '?' || q === '+') {
    min = q === '+' ? 1 : 0;
    max = q === '?' ? 1 : Number.POSITIVE_INFINITY;
    end++;
  } else if (q === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/u.exec(source.slice(i, i + 16));
    if (!m) return null;
    min = Number(m[1]);
    max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
    end += m[0].length;
  } else return undefined;
  if (source[end] === '?') end++; // lazy
  return { min, max, end };
}

const CONTROL: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };
const HEX_RE = /^[0-9A-Fa-f]+$/u;
const ALNUM_RE = /[0-9A-Za-z]/u;

/** the tree of the source read last: the readings read one source in turn */
let lastSource: string | undefined;
let lastTree: Disjunction | undefined;

/** The tree of `source`, or undefined when it holds a construct the reader does not know. */
export function parseRegex(source: string): Disjunction | undefined {
  if (source !== lastSource) {
    lastTree = parse(source);
    lastSource = source;
  }
  return lastTree;
}

function parse(source: string): Disjunction | undefined {
  const n = source.length;
  let i = 0;
  /** set when a construct is not read: the whole source is not */
  let failed = false;
  const fail = (): undefined => {
    failed = true;
    return undefined;
  };
  const disjunction = (): Disjunction => {
    const alts: Disjunction = [];
    for (;;) {
      const terms: Term[] = [];
      while (!failed && i < n && source[i] !== '|' && source[i] !== ')') {
        const t = term();
        if (t) terms.push(t);
      }
      alts.push(terms);
      if (failed || source[i] !== '|') return alts;
      i++;
    }
  };
  /** a group's body and its closing parenthesis */
  const body = (): Disjunction | undefined => {
    const inner = disjunction();
    if (failed || source[i] !== ')') return fail();
    i++;
    return inner;
  };
  const term = (): Term | undefined => {
    const atom = atomAt();
    if (!atom) return fail();
    const q = quantifierAt(source, i);
    if (q === null) return fail();
    if (!q) return { atom };
    i = q.end;
    return { atom, q: { min: q.min, max: q.max } };
  };
  const atomAt = (): Atom | undefined => {
    const c = source[i] ?? '';
    if (c === '^' || c === '$') {
      i++;
      return { kind: 'edge', boundary: false };
    }
    if (c === '(') {
      let look = false;
      if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) {
        i += 3;
        look = true;
      } else if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
        i += 4;
        look = true;
      } else if (source.startsWith('(?:', i)) i += 3;
      else if (source.startsWith('(?<', i)) {
        const close = source.indexOf('>', i);
        if (close < 0) return undefined;
        i = close + 1;
      } else if (source[i + 1] === '?') return undefined;
      else i++;
      const inner = body();
      if (!inner) return undefined;
      return { kind: look ? 'look' : 'group', body: inner };
    }
    if (c === '[') return bracketClass();
    if (c === '\\') return escaped();
    if (c === '.') {
      i++;
      return { kind: 'set', raw: '.' };
    }
    if ('*+?{}|)]'.includes(c) || c === '') return undefined;
    const ch = String.fromCodePoint(source.codePointAt(i) ?? 0);
    i += ch.length;
    return { kind: 'char', ch, raw: ch, hex: false };
  };
  /** `[…]` or `[^…]`: the first `]` closes it (`[]` matches nothing, `[^]` anything), `\` escapes one code unit */
  const bracketClass = (): Atom | undefined => {
    const start = i;
    i++;
    const negated = source[i] === '^';
    if (negated) i++;
    const items: ClassItem[] = [];
    while (i < n && source[i] !== ']') {
      if (source[i] === '\\') {
        if (i + 1 >= n) return undefined;
        items.push({ ch: source[i + 1] as string, escaped: true });
        i += 2;
      } else {
        const ch = String.fromCodePoint(source.codePointAt(i) ?? 0);
        items.push({ ch, escaped: false });
        i += ch.length;
      }
    }
    if (i >= n) return undefined;
    i++;
    return { kind: 'set', raw: source.slice(start, i), items, negated };
  };
  const escaped = (): Atom | undefined => {
    const e = source[i + 1] ?? '';
    if (e === '') return undefined;
    const start = i;
    i += 2;
    if (e === 'b' || e === 'B') return { kind: 'edge', boundary: e === 'b' };
    if ('dDwWsS'.includes(e)) return { kind: 'set', raw: `\\${e}` };
    const control = CONTROL[e];
    if (control !== undefined) return { kind: 'char', ch: control, raw: `\\${e}`, hex: false };
    if (e === 'u' || e === 'x') {
      const digits = source.slice(i, i + (e === 'u' ? 4 : 2));
      if (digits.length !== (e === 'u' ? 4 : 2) || !HEX_RE.test(digits)) return undefined;
      i += digits.length;
      const ch = String.fromCharCode(Number.parseInt(digits, 16));
      return { kind: 'char', ch, raw: source.slice(start, i), hex: true };
    }
    if (!ALNUM_RE.test(e)) return { kind: 'char', ch: e, raw: `\\${e}`, hex: false };
    if ((e === 'p' || e === 'P') && source[i] === '{') {
      const close = source.indexOf('}', i);
      if (close < 0) return undefined;
      i = close + 1;
    } else if (e === 'k' && source[i] === '<') {
      const close = source.indexOf('>', i);
      if (close < 0) return undefined;
      i = close + 1;
    } else if (e === 'c') {
      if (i >= n) return undefined;
      i++;
    } else if (e >= '0' && e <= '9') {
      // a back reference or (without the unicode flag) an octal escape: all its digits
      while (i < n && (source[i] ?? '') >= '0' && (source[i] ?? '') <= '9') i++;
    }
    return { kind: 'opaque' };
  };
  const tree = disjunction();
  if (failed || i !== n) return undefined;
  return tree;
}
