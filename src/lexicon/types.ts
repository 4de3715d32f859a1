import type { ScamKind } from '../report/types';
import { isWide, type Prefixes, prefixes, Scanner, type ScannerData, scannerData } from '../text/scan';

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

type Part = {
  entries: readonly LexiconEntry[];
} & (
  | {
      /** one alternation, a capturing group per entry, global + unicode + ignore case */
      scan: Scanner;
      chunks?: undefined;
    }
  | {
      scan?: undefined;
      /**
       * the same alternation cut in pieces of consecutive entries (when given, `givePrefixes`), each its
       * own Scanner, so each regex compiles in a short step; read together they give what the one would
       */
      chunks: Chunk[];
    }
);

interface Chunk {
  scan: Scanner;
  /** its first entry's index in the part */
  offset: number;
  source: string;
  /** the chunk's regex searched from a position, made when first needed (see `runChunks`) */
  from?: RegExp;
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

/**
 * a piece of a lexicon's part: its next `size` entries, and the prefixes of their alternation (or the
 * Scanner's data); or, for an entry longer than a piece (`alts`), the top-level alternatives [from, to) of
 * the next entry, with `size` 1 on the piece that ends the entry and 0 on the others
 */
export interface LexiconChunk {
  size: number;
  pre?: Prefixes | ScannerData;
  alts?: [number, number];
}

/**
 * The top-level alternatives of a pattern (`a|b(?:c|d)|[|]` → `a`, `b(?:c|d)`, `[|]`): an entry's
 * alternation read as the entry, so a long entry can compile in pieces.
 */
export function topAlternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  // code units, not one-character strings: a character beyond U+00FF read as a string is a new string each
  // time, and this reads long Chinese entries as the lexicons are compiled, cold, on every page
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (inClass) inClass = c !== 0x5d;
    else if (c === 0x5b) inClass = true;
    else if (c === 0x28) depth++;
    else if (c === 0x29) depth--;
    else if (c === 0x7c && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

/**
 * the `prefixes` of a lexicon's alternations computed ahead of time (the extension's build does), per
 * lexicon; `chunks`, where given, cut a part's alternation in pieces (see `Part.chunks`)
 */
export type LexiconPrefixes = Partial<Record<LexiconEntry['lang'], Prefixes | ScannerData>> & {
  chunks?: Partial<Record<LexiconEntry['lang'], LexiconChunk[]>>;
};
const given = new WeakMap<readonly LexiconEntry[], LexiconPrefixes>();

/** Let `compileLexicon(entries)` use prefixes computed ahead of time instead of reading its patterns. */
export function givePrefixes(entries: readonly LexiconEntry[], pre: LexiconPrefixes): void {
  given.set(entries, pre);
}

/**
 * Cut a part's entries in pieces of consecutive entries whose alternation is at most `maxChars` long (an
 * entry longer than that is a piece alone), with each piece's prefixes: what the extension's build gives.
 */
export function chunkEntries(
  entries: readonly LexiconEntry[],
  lang: LexiconEntry['lang'],
  maxChars: number,
  /** give each piece's Scanner data (`scannerData`) instead of its prefixes */
  asData = false,
): LexiconChunk[] {
  const mine = entries.filter((e) => e.lang === lang);
  const out: LexiconChunk[] = [];
  let from = 0;
  let chars = 0;
  const close = (to: number) => {
    if (to <= from) return;
    const source = alternation(mine.slice(from, to), lang);
    const p = prefixes(source);
    const pre = asData ? scannerData(new RegExp(source, 'giu'), p) : p;
    out.push({ size: to - from, ...(pre ? { pre } : {}) });
    from = to;
    chars = 0;
  };
  for (let i = 0; i < mine.length; i++) {
    const pattern = mine[i]?.pattern ?? '';
    const len = pattern.length + 3;
    if (chars > 0 && chars + len > maxChars) close(i);
    const alts = len > maxChars ? topAlternatives(pattern) : [];
    if (alts.length > 1) {
      // an entry longer than a piece: its alternatives in pieces, read as the entry (its one group)
      let a = 0;
      while (a < alts.length) {
        let b = a + 1;
        let piece = (alts[a]?.length ?? 0) + 3;
        while (b < alts.length && piece + (alts[b]?.length ?? 0) + 1 <= maxChars) piece += (alts[b++]?.length ?? 0) + 1;
        const source = `(${alts.slice(a, b).join('|')})`;
        const p = prefixes(source);
        const pre = asData ? scannerData(new RegExp(source, 'giu'), p) : p;
        out.push({ size: b === alts.length ? 1 : 0, ...(pre ? { pre } : {}), alts: [a, b] });
        a = b;
      }
      from = i + 1;
      chars = 0;
      continue;
    }
    chars += len;
  }
  close(mine.length);
  return out;
}

function part(
  entries: readonly LexiconEntry[],
  lang: LexiconEntry['lang'],
  pre?: Prefixes | ScannerData,
  chunks?: readonly LexiconChunk[],
): Part | undefined {
  const mine = entries.filter((e) => e.lang === lang);
  if (mine.length === 0) return undefined;
  const whole = (): Part => {
    const scan = new Scanner({ source: alternation(mine, lang), flags: 'giu' }, pre);
    scan.name = `${lang} ${mine[0]?.id ?? ''}…`;
    return { entries: mine, scan };
  };
  if (!chunks || chunks.length < 2 || chunks.reduce((n, c) => n + c.size, 0) !== mine.length) return whole();
  let offset = 0;
  /** the next alternative of the entry at `offset` a piece must start at (pieces of one entry come in order) */
  let nextAlt = 0;
  /** the top-level alternatives of the entry at `offset`, read once for all its pieces */
  let alts: string[] | undefined;
  const list: Chunk[] = [];
  for (const c of chunks) {
    let source: string;
    if (c.alts) {
      alts ??= topAlternatives(mine[offset]?.pattern ?? '');
      const [a, b] = c.alts;
      // pieces that do not cover the entry's alternatives in order, each once: the part is read whole
      if (a !== nextAlt || b <= a || b > alts.length || (c.size === 1) !== (b === alts.length) || c.size > 1) {
        return whole();
      }
      source = `(${alts.slice(a, b).join('|')})`;
      nextAlt = c.size === 1 ? 0 : b;
    } else {
      if (nextAlt !== 0 || c.size < 1) return whole();
      source = alternation(mine.slice(offset, offset + c.size), lang);
    }
    // no RegExp is made until the chunk is searched
    const scan = new Scanner({ source, flags: 'giu' }, c.pre);
    scan.name = `${lang} ${mine[offset]?.id ?? ''}${c.alts ? ` ${c.alts[0]}-${c.alts[1]}` : ''}`;
    list.push({ scan, offset, source });
    if (c.size > 0) alts = undefined;
    offset += c.size;
  }
  return { entries: mine, chunks: list };
}

export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const pre = given.get(entries);
  return {
    entries,
    zh: part(entries, 'zh', pre?.zh, pre?.chunks?.zh),
    en: part(entries, 'en', pre?.en, pre?.chunks?.en),
  };
}

/** The Scanners a lexicon searches text of `lang` with (one per chunk where cut), e.g. to compile them one at a time. */
/** each part's Scanners, listed once (`coldScanners` reads them for every block) */
const partScanners = new WeakMap<Part, readonly Scanner[]>();
const NO_SCANNERS: readonly Scanner[] = [];

function lexiconScanners(lex: CompiledLexicon, lang: LexiconEntry['lang']): readonly Scanner[] {
  const p = lex[lang];
  if (!p) return NO_SCANNERS;
  let list = partScanners.get(p);
  if (!list) {
    list = p.scan ? [p.scan] : p.chunks.map((c) => c.scan);
    partScanners.set(p, list);
  }
  return list;
}

/** a Han character (CJK Unified Ideographs and Extension A) */
export const HAN_RE = /[\u3400-\u9fff]/u;
const LATIN_RE = /[A-Za-z]/u;

/**
 * The Scanners of `lexicons` that matching `text` (`matchLexicon`) would run a regex of for the first time
 * on text of its width (`Scanner.cold`): what a caller with a time budget compiles one at a time first
 * (`Scanner.warm`), and only those its text can start a match of.
 */
export function coldScanners(lexicons: readonly CompiledLexicon[], text: string): Scanner[] {
  // no list is made for a block with nothing cold (most blocks, once a page's first few compiled them)
  let out: Scanner[] | undefined;
  const han = HAN_RE.test(text);
  const latin = LATIN_RE.test(text);
  const wide = isWide(text);
  const add = (list: readonly Scanner[]) => {
    for (const s of list) {
      if (!s.cold(text, wide)) continue;
      out ??= [];
      out.push(s);
    }
  };
  for (const lex of lexicons) {
    if (han) add(lexiconScanners(lex, 'zh'));
    if (latin) add(lexiconScanners(lex, 'en'));
  }
  return out ?? [];
}

function push(p: Part, m: RegExpExecArray, out: LexiconHit[], offset = 0): void {
  let g = 1;
  while (g < m.length && m[g] === undefined) g++;
  const entry = p.entries[offset + g - 1];
  if (!entry || m[0].length === 0) return;
  const start = m.index;
  out.push({ entry, start, end: start + m[0].length });
}

function run(p: Part, text: string, out: LexiconHit[]): void {
  if (p.scan) for (const m of p.scan.all(text)) push(p, m, out);
  else runChunks(p, p.chunks, text, out);
}

function isPairAt(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/**
 * The matches of a part cut in chunks, as its one alternation finds them: from the current position, the
 * leftmost match of any chunk, the earliest chunk's at a tie (its entries come first in the alternation),
 * then on from that match's end. Each chunk's own matches are read once; where the chunk's own search had
 * skipped past the current position (inside a match the alternation did not take), the chunk is searched
 * again from there.
 */
function runChunks(p: Part, chunks: readonly Chunk[], text: string, out: LexiconHit[]): void {
  const lists = chunks.map((c) => c.scan.all(text));
  if (lists.every((l) => l.length === 0)) return;
  const next = lists.map(() => 0);
  let pos = 0;
  for (;;) {
    let best: RegExpExecArray | undefined;
    let bestChunk = -1;
    for (let c = 0; c < chunks.length; c++) {
      const list = lists[c] as RegExpExecArray[];
      let i = next[c] as number;
      while (i < list.length && (list[i] as RegExpExecArray).index < pos) i++;
      next[c] = i;
      const before = i > 0 ? list[i - 1] : undefined;
      let m = list[i];
      if (before && before.index + before[0].length > pos) {
        const chunk = chunks[c] as Chunk;
        chunk.from ??= new RegExp(chunk.source, 'giu');
        chunk.from.lastIndex = pos;
        m = chunk.from.exec(text) ?? undefined;
      }
      if (m && (!best || m.index < best.index)) {
        best = m;
        bestChunk = c;
      }
    }
    if (!best) return;
    push(p, best, out, (chunks[bestChunk] as Chunk).offset);
    pos = best.index + best[0].length;
    // after an empty match the alternation moves on by one code point (it is not a hit: `push` drops it)
    if (best[0].length === 0) pos += isPairAt(text, pos) ? 2 : 1;
    if (pos > text.length) return;
  }
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
