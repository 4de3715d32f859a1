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

export interface CompiledLexicon {
  entries: readonly LexiconEntry[];
  /** one alternation, a capturing group per entry, global + unicode + ignore case */
  re: RegExp;
}

export interface LexiconHit {
  entry: LexiconEntry;
  start: number;
  end: number;
}

export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const source = entries.map((e) => `(${e.pattern})`).join('|');
  return { entries, re: new RegExp(source, 'giu') };
}

/** All hits of a lexicon in a text (positions in that text). */
export function matchLexicon(lex: CompiledLexicon, text: string): LexiconHit[] {
  const out: LexiconHit[] = [];
  lex.re.lastIndex = 0;
  for (const m of text.matchAll(lex.re)) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const entry = lex.entries[g - 1];
    if (!entry || m[0].length === 0) continue;
    const start = m.index ?? 0;
    out.push({ entry, start, end: start + m[0].length });
  }
  return out;
}
