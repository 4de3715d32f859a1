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

function part(entries: readonly LexiconEntry[]): Part | undefined {
  if (entries.length === 0) return undefined;
  const source = entries.map((e) => `(${e.pattern})`).join('|');
  const re = new RegExp(source, 'giu');
  return asciiOnly(source) ? { entries, re, fast: new RegExp(source, 'gi') } : { entries, re };
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

function run(p: Part, text: string, out: LexiconHit[]): void {
  const re = p.fast && !UNICODE_FOLDS_RE.test(text) ? p.fast : p.re;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const entry = p.entries[g - 1];
    if (!entry || m[0].length === 0) continue;
    const start = m.index ?? 0;
    out.push({ entry, start, end: start + m[0].length });
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
