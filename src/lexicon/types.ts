import type { ScamKind } from '../report/types';
import { type Prefixes, Scanner } from '../text/scan';

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
  scan: Scanner;
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

/** The one alternation a lexicon's entries of one language compile to. */
export function alternation(entries: readonly LexiconEntry[], lang: LexiconEntry['lang']): string {
  return entries
    .filter((e) => e.lang === lang)
    .map((e) => `(${e.pattern})`)
    .join('|');
}

/** the `prefixes` of a lexicon's alternations computed ahead of time (the extension's build does), per lexicon */
export type LexiconPrefixes = Partial<Record<LexiconEntry['lang'], Prefixes>>;
const given = new WeakMap<readonly LexiconEntry[], LexiconPrefixes>();

/** Let `compileLexicon(entries)` use prefixes computed ahead of time instead of reading its patterns. */
export function givePrefixes(entries: readonly LexiconEntry[], pre: LexiconPrefixes): void {
  given.set(entries, pre);
}

function part(entries: readonly LexiconEntry[], lang: LexiconEntry['lang'], pre?: Prefixes): Part | undefined {
  const mine = entries.filter((e) => e.lang === lang);
  if (mine.length === 0) return undefined;
  return { entries: mine, scan: new Scanner(new RegExp(alternation(mine, lang), 'giu'), pre) };
}

export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const pre = given.get(entries);
  return {
    entries,
    zh: part(entries, 'zh', pre?.zh),
    en: part(entries, 'en', pre?.en),
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
  for (const m of p.scan.all(text)) push(p, m, out);
}

/** The scripts of the last text looked at: one block is matched against several lexicons in a row. */
let lastText: string | undefined;
let lastHan = false;
let lastLatin = false;

/** All hits of a lexicon in a text (positions in that text), in order. */
export function matchLexicon(lex: CompiledLexicon, text: string): LexiconHit[] {
  const out: LexiconHit[] = [];
  if (text !== lastText) {
    lastText = text;
    lastHan = HAN_RE.test(text);
    lastLatin = LATIN_RE.test(text);
  }
  if (lex.zh && lastHan) run(lex.zh, text, out);
  const zhCount = out.length;
  if (lex.en && lastLatin) run(lex.en, text, out);
  if (zhCount > 0 && out.length > zhCount) out.sort((a, b) => a.start - b.start);
  return out;
}
