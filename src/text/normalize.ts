/**
 * Text normalization with an offset map back to the original.
 *
 * One pass over the code points (cached per character, no per-character allocation on the common path):
 *   - drops format characters (\p{Cf}: zero-width space/joiners, soft hyphen, bidi controls, BOM, tags),
 *     variation selectors (U+FE00–FE0F, U+E0100–E01EF), the combining grapheme joiner, the keycap mark
 *     U+20E3 (1️⃣ → 1) and the Hangul fillers U+115F, U+1160, U+3164, U+FFA0 (letters that render as nothing);
 *   - maps the dingbat / double-circled digits NFKC leaves alone (➀ ➊ ❶ ⓵ ⓫ ⓿) and the parenthesized and
 *     full-stop digits it turns into "(5)" and "5." (⑸ ⒌) by table, and ➕ to +;
 *   - applies NFKC per character (full-width letters and digits, circled ① and math 𝟏 digits, ＠ → @,
 *     full-width punctuation → ASCII). Per character: a base letter and a separate combining mark are not
 *     composed, which the later passes accept;
 *   - traditional → simplified Chinese, one character to one character (./t2s-data.ts, OpenCC).
 * Then three passes that edit the text where needed:
 *   - Greek / Cyrillic look-alikes folded to Latin, only inside words that mix them with Latin letters
 *     (`WhаtsApp` with Cyrillic а), so Russian or Greek text stays as it is;
 *   - pinyin annotations of mirrored pages removed (`网(wǎng)站` → `网站`), see `PINYIN_RUN`;
 *   - contact-app aliases folded to 微信 / QQ / Telegram / LINE, see `ALIAS`.
 *
 * `map[i]` is the index in `source` of the first code unit that produced normalized char i and `ends[i]`
 * the index just after the last one; both are non-decreasing. `map[text.length] = ends[text.length] =
 * source.length`.
 */
import { Scanner } from './scan';
import { T2S_PAIRS } from './t2s-data';

export interface Normalized {
  /** the original text */
  source: string;
  /** the normalized text */
  text: string;
  /** map[i] = index in `source` of the character that produced normalized char i; map[text.length] = source.length */
  map: Uint32Array;
  /** ends[i] = index in `source` just after the character(s) that produced normalized char i */
  ends?: Uint32Array;
}

// ---------------------------------------------------------------------------------------------
// Character tables

const t2sBmp = new Uint16Array(0x10000);
const t2sAstral = new Map<number, number>();
{
  // the pairs read code point by code point in one loop (no array, no callback: this runs once, cold, as
  // the text layer is evaluated; an Array.from with a callback took ~2 ms of that task, this ~0.3)
  let from = -1;
  for (let i = 0; i < T2S_PAIRS.length; i++) {
    const cp = T2S_PAIRS.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    if (from < 0) {
      from = cp;
      continue;
    }
    if (from < 0x10000 && cp < 0x10000) t2sBmp[from] = cp;
    else t2sAstral.set(from, cp);
    from = -1;
  }
}

/** Digits NFKC leaves alone or splits: dingbat, double-circled, parenthesized and full-stop digits, Suzhou numerals. */
function dingbatDigit(cp: number): string | undefined {
  if (cp >= 0x2776 && cp <= 0x277f) return String(cp - 0x2776 + 1); // ❶..❿
  if (cp >= 0x2780 && cp <= 0x2789) return String(cp - 0x2780 + 1); // ➀..➉
  if (cp >= 0x278a && cp <= 0x2793) return String(cp - 0x278a + 1); // ➊..➓
  if (cp >= 0x24f5 && cp <= 0x24fe) return String(cp - 0x24f5 + 1); // ⓵..⓾
  if (cp >= 0x24eb && cp <= 0x24f4) return String(cp - 0x24eb + 11); // ⓫..⓴
  if (cp === 0x24ff || cp === 0x24ea) return '0'; // ⓿ ⓪
  // Suzhou (Hangzhou) numerals 〡..〩, the market digits of Hong Kong price tags (花碼): NFKC leaves them alone
  if (cp >= 0x3021 && cp <= 0x3029) return String(cp - 0x3021 + 1);
  // parenthesized ⑴..⒇ and full-stop ⒈..⒛ digits: NFKC gives "(5)" and "5.", which split a number
  if (cp >= 0x2474 && cp <= 0x2487) return String(cp - 0x2474 + 1);
  if (cp >= 0x2488 && cp <= 0x249b) return String(cp - 0x2488 + 1);
  if (cp === 0x2795) return '+'; // ➕ before a country code (➕V and 加➕ are read as aliases all the same)
  return undefined;
}

const CF = /^\p{Cf}$/u;

function isDropped(cp: number, ch: string): boolean {
  if (cp >= 0xfe00 && cp <= 0xfe0f) return true; // variation selectors (U+FE0F emoji presentation)
  if (cp >= 0xe0100 && cp <= 0xe01ef) return true; // variation selectors supplement
  if (cp === 0x034f || cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0) return true;
  if (cp === 0x20e3) return true; // combining enclosing keycap: 1️⃣ reads as 1
  if (cp >= 0x180b && cp <= 0x180f) return true; // Mongolian free variation selectors, U+180E vowel separator
  return CF.test(ch);
}

function t2sString(s: string): string {
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0) ?? 0;
    const to = cp < 0x10000 ? t2sBmp[cp] : t2sAstral.get(cp);
    out += to ? String.fromCodePoint(to) : c;
  }
  return out;
}

/** The replacement of one character: `undefined` keeps it, '' drops it. */
function computeReplacement(cp: number): string | undefined {
  const ch = String.fromCodePoint(cp);
  if (isDropped(cp, ch)) return '';
  const dingbat = dingbatDigit(cp);
  if (dingbat !== undefined) return dingbat;
  const out = t2sString(ch.normalize('NFKC'));
  return out === ch ? undefined : out;
}

// BMP: class per code unit, computed lazily (0 unknown, 1 keep, 2 replace).
const bmpClass = new Uint8Array(0x10000);
const bmpReplacement = new Map<number, string>();
const astralReplacement = new Map<number, string | null>();
// ASCII never changes.
bmpClass.fill(1, 0, 0x80);

function classifyBmp(cu: number): number {
  const rep = cu >= 0xd800 && cu <= 0xdfff ? undefined : computeReplacement(cu);
  if (rep === undefined) {
    bmpClass[cu] = 1;
    return 1;
  }
  bmpReplacement.set(cu, rep);
  bmpClass[cu] = 2;
  return 2;
}

function astral(cp: number): string | null {
  let rep = astralReplacement.get(cp);
  if (rep === undefined) {
    rep = computeReplacement(cp) ?? null;
    astralReplacement.set(cp, rep);
  }
  return rep;
}

// ---------------------------------------------------------------------------------------------
// The character pass. The text is built from slices of the source (kept runs) and replacements. While
// every normalized character stands for the source code unit at the same index (kept characters and
// one-for-one replacements such as full-width punctuation or traditional → simplified), the offset map
// is the identity and is not stored: `map`/`ends` are then built on first read (most blocks never need
// them). The arrays are built only from the first drop, expansion or astral character on.

/** A normalized text whose offset map may be the identity, built on first read. */
class NormalizedText implements Normalized {
  readonly source: string;
  readonly text: string;
  /** undefined: the identity map (text.length === source.length, char i from code unit i) */
  private m: Uint32Array | undefined;
  private e: Uint32Array | undefined;
  constructor(source: string, text: string, map?: Uint32Array, ends?: Uint32Array) {
    this.source = source;
    this.text = text;
    this.m = map;
    this.e = ends;
  }
  get identity(): boolean {
    return this.m === undefined;
  }
  get map(): Uint32Array {
    if (this.m === undefined) this.materialize();
    return this.m as Uint32Array;
  }
  get ends(): Uint32Array {
    if (this.e === undefined) this.materialize();
    return this.e as Uint32Array;
  }
  private materialize(): void {
    const n = this.source.length;
    const map = new Uint32Array(n + 1);
    const ends = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) {
      map[i] = i;
      ends[i] = i + 1;
    }
    map[n] = n;
    ends[n] = n;
    this.m = map;
    this.e = ends;
  }
}

function grow(a: Uint32Array, need: number): Uint32Array {
  let cap = a.length * 2;
  while (cap < need) cap *= 2;
  const b = new Uint32Array(cap);
  b.set(a);
  return b;
}

/** Offset arrays for a pass whose first `o` characters mapped one to one. */
function identityArrays(o: number, cap: number): [Uint32Array, Uint32Array] {
  const map = new Uint32Array(cap);
  const ends = new Uint32Array(cap);
  for (let i = 0; i < o; i++) {
    map[i] = i;
    ends[i] = i + 1;
  }
  return [map, ends];
}

function charPass(source: string): Normalized {
  const n = source.length;
  // offset arrays, from the first character that breaks the identity on
  let map: Uint32Array | undefined;
  let ends: Uint32Array | undefined;
  let o = 0; // normalized length so far
  let text = '';
  let runStart = 0; // start of the current run of kept source characters
  for (let i = 0; i < n; i++) {
    const cu = source.charCodeAt(i);
    if (cu < 0x80) {
      if (map !== undefined && ends !== undefined) {
        if (o + 2 > map.length) {
          map = grow(map, o + 2);
          ends = grow(ends, o + 2);
        }
        map[o] = i;
        ends[o] = i + 1;
      }
      o++;
      continue;
    }
    let width = 1;
    let rep: string | null | undefined;
    if (cu >= 0xd800 && cu <= 0xdbff && i + 1 < n) {
      const lo = source.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        width = 2;
        const r = astral((cu - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000);
        // a kept astral character: both code units map to the pair
        if (r === null) {
          if (map === undefined || ends === undefined) [map, ends] = identityArrays(o, n + 1);
          if (o + 3 > map.length) {
            map = grow(map, o + 3);
            ends = grow(ends, o + 3);
          }
          map[o] = i;
          ends[o] = i + 2;
          map[o + 1] = i;
          ends[o + 1] = i + 2;
          o += 2;
          i++;
          continue;
        }
        rep = r;
      }
    }
    if (width === 1) {
      if ((bmpClass[cu] || classifyBmp(cu)) === 1) {
        if (map !== undefined && ends !== undefined) {
          if (o + 2 > map.length) {
            map = grow(map, o + 2);
            ends = grow(ends, o + 2);
          }
          map[o] = i;
          ends[o] = i + 1;
        }
        o++;
        continue;
      }
      rep = bmpReplacement.get(cu) ?? '';
    }
    const r = rep ?? '';
    text += source.slice(runStart, i) + r;
    runStart = i + width;
    if (map === undefined && width === 1 && r.length === 1) {
      o++; // one for one: the identity holds
      continue;
    }
    if (map === undefined || ends === undefined) [map, ends] = identityArrays(o, n + 1);
    if (o + r.length + 1 > map.length) {
      map = grow(map, o + r.length + 1);
      ends = grow(ends, o + r.length + 1);
    }
    for (let k = 0; k < r.length; k++) {
      map[o] = i;
      ends[o] = i + width;
      o++;
    }
    if (width === 2) i++;
  }
  text = runStart === 0 ? source : text + source.slice(runStart);
  if (map === undefined || ends === undefined) return new NormalizedText(source, text);
  if (o + 1 > map.length) {
    map = grow(map, o + 1);
    ends = grow(ends, o + 1);
  }
  map[o] = n;
  ends[o] = n;
  return o + 1 === map.length
    ? new NormalizedText(source, text, map, ends)
    : new NormalizedText(source, text, map.subarray(0, o + 1), ends.subarray(0, o + 1));
}

// ---------------------------------------------------------------------------------------------
// Edits on normalized text

interface Edit {
  s: number;
  e: number;
  rep: string;
}

/** Applies sorted, non-overlapping edits; replacement characters map to the whole replaced range. */
/**
 * Copy `src[from, to)` into `dst` at `at`: a short range by a loop, a long one with `set` on a `subarray`
 * (a view made per call: on a page's first scan, cold, a view and a `set` per edit took ~4 ms of CPU on the
 * seed page in Chromium, whose every paragraph carries tens of pinyin annotations, each an edit)
 */
function copyRange(dst: Uint32Array, src: Uint32Array, from: number, to: number, at: number): void {
  if (to - from > 64) {
    dst.set(src.subarray(from, to), at);
    return;
  }
  for (let k = from; k < to; k++) dst[at + k - from] = src[k] ?? 0;
}

function applyEdits(n: Normalized, edits: Edit[]): Normalized {
  if (edits.length === 0) return n;
  const { text, map } = n;
  const ends = n.ends ?? endsFromMap(n);
  let size = text.length;
  for (const ed of edits) size += ed.rep.length - (ed.e - ed.s);
  const nmap = new Uint32Array(size + 1);
  const nends = new Uint32Array(size + 1);
  const parts: string[] = [];
  let pos = 0;
  let o = 0;
  for (const ed of edits) {
    if (ed.s < pos) continue;
    parts.push(text.slice(pos, ed.s));
    copyRange(nmap, map, pos, ed.s, o);
    copyRange(nends, ends, pos, ed.s, o);
    o += ed.s - pos;
    parts.push(ed.rep);
    const ms = map[ed.s] ?? 0;
    const me = ends[ed.e - 1] ?? ms;
    for (let k = 0; k < ed.rep.length; k++) {
      nmap[o] = ms;
      nends[o] = me;
      o++;
    }
    pos = ed.e;
  }
  parts.push(text.slice(pos));
  copyRange(nmap, map, pos, text.length, o);
  copyRange(nends, ends, pos, text.length, o);
  o += text.length - pos;
  nmap[o] = n.source.length;
  nends[o] = n.source.length;
  const text2 = parts.join('');
  return o + 1 === nmap.length
    ? new NormalizedText(n.source, text2, nmap, nends)
    : new NormalizedText(n.source, text2, nmap.subarray(0, o + 1), nends.subarray(0, o + 1));
}

function endsFromMap(n: Normalized): Uint32Array {
  const ends = new Uint32Array(n.map.length);
  for (let i = 0; i < n.map.length; i++) {
    const s = n.map[i] ?? n.source.length;
    ends[i] = Math.min(s + 1, n.source.length);
  }
  return ends;
}

// ---------------------------------------------------------------------------------------------
// Look-alikes inside Latin words

/** Cyrillic and Greek letters (`LOOKALIKE_FROM`) and the Latin ones they pass for, one for one */
const LOOKALIKE_FROM = 'авеорсухіјѕԁԛԝһӏАВЕКМНОРСТХУІЈЅԚԜαονρικυχεΑΒΕΖΗΙΚΜΝΟΡΤΥΧ';
const LOOKALIKE_TO = 'abeopcyxijsdqwhlABEKMHOPCTXYIJSQWaovpikuxeABEZHIKMNOPTYX';
const LOOKALIKE: Record<string, string> = {};
for (let k = 0; k < LOOKALIKE_FROM.length; k++) LOOKALIKE[LOOKALIKE_FROM[k] as string] = LOOKALIKE_TO[k] as string;
const HAS_GREEK_CYRILLIC = /[\u0370-\u03ff\u0400-\u052f]/u;
const MIXED_WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]+/gu;
const LATIN = /\p{Script=Latin}/u;

function foldLookalikes(n: Normalized): Normalized {
  if (!HAS_GREEK_CYRILLIC.test(n.text)) return n;
  const edits: Edit[] = [];
  for (const m of n.text.matchAll(MIXED_WORD)) {
    const w = m[0];
    if (!LATIN.test(w) || !HAS_GREEK_CYRILLIC.test(w)) continue;
    const base = m.index ?? 0;
    for (let k = 0; k < w.length; k++) {
      const rep = LOOKALIKE[w[k] ?? ''];
      if (rep) edits.push({ s: base + k, e: base + k + 1, rep });
    }
  }
  return applyEdits(n, edits);
}

// ---------------------------------------------------------------------------------------------
// Letters standing in for digits inside a number: "(5O4) 555-Ol46" is (504) 555-0146

/** a run of digits, the letters O/o/l/I and a phone number's separators, from a digit or bracket to one */
const DIGITISH_RUN = /[0-9(][0-9OolI()\-. ]{5,38}[0-9)]/gu;
const DIGIT_FOR: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };
const GLUE = /[\p{L}\p{N}_@]/u;

/** a run of four to sixteen short lower-case words, one space apart: where digits said in pinyin may stand */
const PY_RUN = /(?<![A-Za-z])(?:[a-z]{2,5} ){3,15}[a-z]{2,5}(?![A-Za-z])/gu;
/** at least this many digit words in a row: fewer are how people write pinyin (er san, wu yi) */
const PY_MIN_DIGITS = 4;
const PY_GATE = /(?:^|[^a-z])(?:ling|dong|yao|liang|san|liu|jiu|guai|yi|er|si|wu|qi|ba) [a-z]/u;

/**
 * Digits said in pinyin, four or more in a row, where a platform deletes written digits ("吧里发数字秒删，我打拼音你
 * 自己换：V xyhf san qi yao ling er ba"): the digits. Before the aliases, so a V or 微 before the id sees its digits.
 */
function foldPinyinDigits(n: Normalized): Normalized {
  const text = n.text;
  if (!PY_GATE.test(text)) return n;
  const edits: Edit[] = [];
  for (const m of text.matchAll(PY_RUN)) {
    // the run's longest stretches of digit words ("xyhf san qi yao ling er ba": the id's letters stay)
    let at = m.index ?? 0;
    let from = -1;
    let digits = '';
    let count = 0;
    const close = (end: number) => {
      if (count >= PY_MIN_DIGITS) edits.push({ s: from, e: end, rep: digits });
      from = -1;
      digits = '';
      count = 0;
    };
    let end = at;
    for (const w of m[0].split(' ')) {
      const d = PY_DIGITS[w];
      if (d === undefined) close(end);
      else {
        if (from < 0) from = at;
        digits += d;
        count++;
        end = at + w.length;
      }
      at += w.length + 1;
    }
    close(end);
  }
  return applyEdits(n, edits);
}

function foldDigitLetters(n: Normalized): Normalized {
  const text = n.text;
  if (!/[OolI]/u.test(text) || !/\d/u.test(text)) return n;
  const edits: Edit[] = [];
  for (const m of text.matchAll(DIGITISH_RUN)) {
    // separators at the ends belong to the text around ("… 555-Ol46. You")
    const lead = m[0].length - m[0].replace(/^[-. ]+/u, '').length;
    const run = m[0].slice(lead).replace(/[-. ]+$/u, '');
    const base = (m.index ?? 0) + lead;
    // the run stands alone (no letter, digit or underscore of a word or an ID glued to either end:
    // "Call 555", "Olive", "a_19l3410") and is a number at both ends, not an ID that starts with l or O
    if (GLUE.test(text[base - 1] ?? '') || GLUE.test(text[base + run.length] ?? '')) continue;
    if (!/^[(]?\d/u.test(run) || !/\d[)]?$/u.test(run)) continue;
    let digits = 0;
    let letters = 0;
    let ok = true;
    // each cluster between separators holds a real digit: "5O4", "Ol46"; a word ("lol", "I") does not
    for (const cluster of run.split(/[()\-. ]+/u)) {
      if (cluster.length === 0) continue;
      const d = cluster.replace(/[^0-9]/gu, '').length;
      if (d === 0) ok = false;
      digits += d;
      letters += cluster.length - d;
    }
    if (!ok || letters === 0 || digits < 6 || letters * 2 > digits) continue;
    for (let k = 0; k < run.length; k++) {
      const rep = DIGIT_FOR[run[k] ?? ''];
      if (rep) edits.push({ s: base + k, e: base + k + 1, rep });
    }
  }
  return applyEdits(n, edits);
}

// ---------------------------------------------------------------------------------------------
// Pinyin annotations of mirrored pages: 網(wǎng)站, 非(fei)(fei)法(fa)(fa)(fa)

const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\\u0300-\\u036f';
/** A run of parenthesised pinyin right after a CJK character. */
const PINYIN_RUN = new RegExp(`(?<=[\\u3400-\\u9fff])(?:\\([${PINYIN_LETTERS}]{1,8}\\))+`, 'gu');
const PINYIN_GROUP = new RegExp(`\\(([${PINYIN_LETTERS}]{1,8})\\)`, 'gu');
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[\u0300-\u036f]/u;
/** Toneless pinyin: an optional initial and a final, checked by table (no regex alternation to backtrack). */
const PINYIN_FINALS = new Set(
  'a ai an ang ao e ei en eng er i ia ian iang iao ie in ing iong iu o ong ou u ua uai uan uang ue ui un uo v ve ü üe'.split(
    ' ',
  ),
);
const PINYIN_INITIALS = new Set('b p m f d t n l g k h j q x r z c s y w zh ch sh'.split(' '));
const PINYIN_SYLLABLE = {
  test(s: string): boolean {
    if (PINYIN_FINALS.has(s)) return true;
    for (const len of [2, 1]) {
      if (PINYIN_INITIALS.has(s.slice(0, len)) && PINYIN_FINALS.has(s.slice(len))) return true;
    }
    return false;
  },
};

function stripPinyin(n: Normalized): Normalized {
  if (n.text.indexOf('(') < 0) return n;
  const runs: { s: number; e: number; tone: boolean; syllables: boolean; groups: number }[] = [];
  let toned = 0;
  for (const m of n.text.matchAll(PINYIN_RUN)) {
    const run = m[0];
    const tone = TONE_MARK.test(run);
    let groups = 0;
    let syllables = true;
    for (const g of run.matchAll(PINYIN_GROUP)) {
      groups++;
      if (!PINYIN_SYLLABLE.test(g[1] ?? '')) syllables = false;
    }
    if (tone) toned++;
    const s = m.index ?? 0;
    runs.push({ s, e: s + run.length, tone, syllables, groups });
  }
  const edits: Edit[] = [];
  for (const r of runs) {
    // tone marks, or repeated toneless syllables (fei)(fei), or a lone toneless syllable on a text that
    // carries the toned pattern elsewhere. 微信(xiaomei) keeps its annotation-shaped handle.
    if (r.tone || (r.syllables && (r.groups >= 2 || toned >= 2))) edits.push({ s: r.s, e: r.e, rep: '' });
  }
  return applyEdits(n, edits);
}

// ---------------------------------------------------------------------------------------------
// Contact-app aliases

/**
 * Spoken and formal digits, read only inside a handle's context (never folded in the text).
 * 洞 〇 零 = 0, 幺 = 1, 两 = 2, 拐 = 7, 勾 钩 = 9 (w.sf024.com/info/59032291.html), 壹..玖, 一..九.
 */
const SPOKEN = '〇零洞0一幺壹1二两贰2三叁3四肆4五伍5六陆6七拐柒7八捌8九勾钩玖9';
export const SPOKEN_DIGIT_CLASS = SPOKEN.replace(/\d/gu, '');
/** each character before a digit in `SPOKEN` stands for it */
export const SPOKEN_DIGITS: Readonly<Record<string, string>> = Object.fromEntries(
  [...SPOKEN.matchAll(/(\D+)(\d)/gu)].flatMap((m) => [...(m[1] ?? '')].map((c) => [c, m[2] ?? ''])),
);

const EMOJI = '\\p{Extended_Pictographic}❤♥★☆✨⭐✰✩';
/** a digit said in pinyin, as a phone number is read out (yao for 1, dong for 0, guai for 7, liang for 2) */
const PY_DIGITS: Readonly<Record<string, string>> = {
  ling: '0',
  dong: '0',
  yi: '1',
  yao: '1',
  er: '2',
  liang: '2',
  san: '3',
  si: '4',
  wu: '5',
  liu: '6',
  qi: '7',
  guai: '7',
  ba: '8',
  jiu: '9',
};

/**
 * A run of zhuyin, read as digits when it spells only digits (`zhuyinDigits`): 零 ㄌㄧㄥˊ, 一 ㄧ, 二 ㄦˋ, 三 ㄙㄢ, 四 ㄙˋ,
 * 五 ㄨˇ, 六 ㄌㄧㄡˋ, 七 ㄑㄧ, 八 ㄅㄚ, 九 ㄐㄧㄡˇ
 */
const ZY_RUN = '[\\u3105-\\u3129](?:[\\u3105-\\u3129ˉˊˇˋ˙ \\t]{0,40}[\\u3105-\\u3129ˉˊˇˋ˙])?';
/** one zhuyin digit, its tone mark written where the syllable needs one to be that digit (ㄨˇ 五, not ㄨ 屋), or a space */
const ZY_DIGIT_RE = /(ㄌㄧㄥ|ㄌㄧㄡ|ㄐㄧㄡ)[ˉˊˇˋ˙]?|(ㄙㄢ|ㄑㄧ|ㄅㄚ|ㄧ)ˉ?|(ㄦ|ㄙ)ˋ|(ㄨ)ˇ|[ \t]/uy;
const ZY_DIGITS: Readonly<Record<string, string>> = {
  ㄌㄧㄥ: '0',
  ㄧ: '1',
  ㄦ: '2',
  ㄙㄢ: '3',
  ㄙ: '4',
  ㄨ: '5',
  ㄌㄧㄡ: '6',
  ㄑㄧ: '7',
  ㄅㄚ: '8',
  ㄐㄧㄡ: '9',
};

/**
 * "ㄨˇ ㄅㄚ" → "58": the digits a zhuyin run spells, spaces and tone marks dropped; undefined when the run spells
 * anything else (chat's ㄅ for 吧), or fewer than `min` digits
 */
function zhuyinDigits(run: string, min: number): string | undefined {
  const t = run.trimEnd();
  let out = '';
  ZY_DIGIT_RE.lastIndex = 0;
  while (ZY_DIGIT_RE.lastIndex < t.length) {
    const m = ZY_DIGIT_RE.exec(t);
    if (!m) return undefined;
    const syllable = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (syllable) out += ZY_DIGITS[syllable] ?? '';
  }
  return out.length >= min ? out : undefined;
}

/**
 * Aliases, matched on simplified text. Strong ones fold wherever they appear; weak ones (ordinary words:
 * 卫星 satellite, 飞机 airplane, 威信 prestige, 围信 (a homophone), 维信 a lender's name, wx, TG ...) fold only when a
 * handle-shaped token follows (`WEAK_TAIL`). Sources: DOMAIN.md §3 (spam filters in public code, a
 * 小红书 audit spec, 520zimeiti.cn/32142.html).
 */
/** what 薇 reads as WeChat before: an id, maybe typed in up to three pieces, then its digits (薇 gao hx 0817) */
const WEI_ID_AHEAD = '[A-Za-z][A-Za-z_-]{0,18}(?: [A-Za-z][A-Za-z_-]{0,9}){0,2} ?[0-9_-]';
const ALIAS = new RegExp(
  [
    // 绿色(的)聊天软件, 绿色软件的号: WeChat by its green icon (a 绿色软件 alone is portable software: weak)
    `(?<wx>薇信|徽信|嶶信|[Vv]信|企微|绿泡泡|[薇威](?=同号)|[微威薇徽维围][${EMOJI}]+信|[微薇徽嶶][ \\t]{1,2}信|绿色的?(?:聊天|社交)(?:软件|[aA][pP]{2})|绿色的?(?:软件|[aA][pP]{2})(?=[的上里]{0,2}[账帐]?号))`,
    `(?<wxv>(?<=加|\\+|➕)[ \\t]?[Vv](?![A-Za-z0-9_]))`,
    // (a V or 微 opening a clause before an id and its digits, "：V xyhf 371028", "：微 xyhf + san qi yao…")
    `(?<wxw>(?<=^|[:：,，。])[ \\t]?(?:V(?=[ \\t][A-Za-z][A-Za-z0-9_-]{1,18}[ \\t]?\\+?[ \\t]?[0-9]{2})|微(?=[ \\t]?[A-Za-z][A-Za-z0-9_-]{1,18}[ \\t]?\\+?[ \\t]?[0-9]{2}))|威信|维信|围信|卫星|🛰\\uFE0F?|[威维围][ \\t]{1,2}信|(?<![\\u3400-\\u9fff])薇(?=[:：]|[ \\t]?${WEI_ID_AHEAD})|(?<=[师我她他理助的加])薇(?=[ \\t]?[:：]?[ \\t]?${WEI_ID_AHEAD})|(?:加|➕|\\+)[微薇](?![信${EMOJI}])|绿色的?(?:软件|[aA][pP]{2}|图标)|[微威薇徽维][${EMOJI}]+|(?<![A-Za-z0-9_])(?:[wWvV][ \\t]?[xX]|[Vv](?=[${EMOJI}]{0,3}[:：]))(?![A-Za-z0-9_]))`,
    '(?<qq>(?<![Qq])Q群)',
    // one Q for QQ: "Q号", "Q 2930716852", "加Q2930716852" (a QQ number after it, never a quarter: Q3 2026); 扣扣,
    // QQ's own nickname, wherever it stands (扣扣子 buttons up, 扣扣搜搜 is stingy); one 扣 after 加 before a QQ
    // number (加扣2964188073). 企鹅 (penguin) is QQ only before a number
    '(?<q>(?<![A-Za-z0-9_])[Qq](?=号|[ \\t:：]{1,2}[1-9]\\d{4,10}(?![\\d.])|(?<=[加扣][Qq])[1-9]\\d{4,10}(?![\\d.]))|扣扣(?![子搜])|(?<=加)扣(?=[ \\t:：]{0,2}[1-9](?:\\d{4,10}|(?: \\d){4,10})(?![\\d.])))',
    '(?<qqw>企鹅)',
    // 纸飞机, "the blue paper plane app": Telegram by its icon (a paper plane, the app's symbol:
    // https://visao.sapo.pt/exameinformatica/noticias-ei/mercados/2018-05-01-manifestacao-na-russia-para-desbloquear-acesso-ao-telegram/)
    '(?<tg>(?<![折叠玩扔放])纸飞机|(?:blue )?paper plane app)',
    // "the blue app with the speech bubble": Signal by its icon (a white speech bubble on blue,
    // https://brandkit-4m0.pages.dev/brand/signal; Messenger's blue bubble holds a lightning bolt)
    '(?<sig>(?:the )?(?:blue app with the |app with the blue )speech bubble)',
    // "my assistant on Tele.", "via Tele", "Quarrington_DebtCare on TG": the app by its first letters, named as a
    // place to go (the TV is "on the tele" in lower case), and "on tele, pellinore_retrieval" (a comma, then an id
    // with an underscore); before the weak TG, which needs the id after it
    '(?<tele>(?<=(?<![A-Za-z])(?:[oO]n|[vV]ia) )(?:Tele|TG)(?![A-Za-z0-9_])|(?<![A-Za-z])[tT]ele(?=, [A-Za-z0-9]+(?:_| [Uu]nderscore )[A-Za-z0-9]))',
    // "tele:" is Telegram only with a colon after it (on the tele last night is television)
    // 坐飞机, 乘飞机: the aeroplane itself
    '(?<tgw>(?<![坐乘搭上下开])飞机|电报|(?<![A-Za-z0-9_])(?:[tT][gG](?![A-Za-z0-9_]|:\\/\\/)|[tT]ele(?= ?[:：])))',
    // "W.h.a.t.s.A.p.p", "w h a t s a p p": the app's name typed apart so a filter misses it; "WA +44 …";
    // "the green one 💚 +1 …": the app by its icon's colour (a green speech bubble,
    // https://techniqe.com/famous-messenger-logo-design/), before a number with its country code;
    // the name misspelt as people type it ("What's App", "Whats-App", "whatsap", "watsap", "wassap", Spanish
    // "wasap", "W/A +44 …", "chat WA 0813…" (a local number of nine digits or more): https://www.rae.es/observatorio-de-palabras/wasap)
    "(?<wa>(?<![A-Za-z0-9_])(?:[Ww][.·•*\\- ][Hh][.·•*\\- ][Aa][.·•*\\- ][Tt][.·•*\\- ][Ss][.·•*\\- ]?[Aa][.·•*\\- ][Pp][.·•*\\- ][Pp](?![A-Za-z0-9_])|(?:[Ww]hat['’][Ss][ -]?|[Ww]hats-)[Aa][Pp][Pp](?![A-Za-z0-9_])|(?:[Ww]h?ats|[Ww]ass?)[Aa][Pp](?![A-Za-z0-9_])|[Ww]ass[Aa][Pp][Pp](?![A-Za-z0-9_])|W\\/A(?=[ :：]{0,3}\\+?\\d)|WA(?=[ :：]{0,3}(?:\\+\\d|0\\d{8}))|green (?:app|one)(?=\\W{0,6}\\+\\d)))",
    // "Wts 我", "wts 佢": Hong Kong's short form of WhatsApp used as a verb (WTS alone is "want to sell")
    '(?<wts>(?<![A-Za-z0-9_])[Ww][Tt][Ss](?= ?(?:我|佢|俾我|畀我)))',
    // Cantonese 孖 ("double") before a digit inside a number said in words: 九孖八拐 is 9887 (孖仔, 孖寶 stay)
    `(?<ma>(?<=[${SPOKEN_DIGIT_CLASS}\\d][ \\t]?)孖[${SPOKEN_DIGIT_CLASS}\\d]|孖[${SPOKEN_DIGIT_CLASS}\\d](?=[ \\t]?[${SPOKEN_DIGIT_CLASS}\\d]))`,
    // (ㄌㄞˊ: the zhuyin with its tone mark)
    '(?<line>加赖|加ㄌㄞ[ˊˇˋ˙]?)',
    // ("赖同上 azhe 点 0526": the LINE given above, again)
    '(?<linew>赖(?:同上)?|ㄌㄞ[ˊˇˋ˙]?)',
    // digits spelt in zhuyin after an id or two in a row ("hsudai ㄨˇ ㄅㄚ", "後面注音是數字"): the digits, put
    // against the id they end
    // (not a word of Chinese written half in zhuyin after a Latin word: "LINEㄧ下" is LINE 一下)
    `(?<zyid>(?<=[A-Za-z0-9_])[ \\t]?${ZY_RUN}(?![\\u3400-\\u9fff]))|(?<zy>${ZY_RUN})`,
    // "lzcj 下划线 0817", "vivian(底線)shouzu", "clearslate underscore odalys": the underscore spoken, where a
    // platform blocks the id
    // "Quarrington_ then DebtCare", "kaka_ and then rijie": an id's two parts around its underscore, said in order
    '(?<idjoin>(?<=[A-Za-z0-9]_) (?:and )?then (?=[A-Za-z0-9]))',
    '(?<us>(?<=[A-Za-z0-9])(?:[ \\t]?(?:下划线|底线|[(（]底线[)）])[ \\t]?| [Uu]nderscore )(?=[A-Za-z0-9]))',
    // "t[.]me/name", "gmail(.)com": a dot defanged so the platform shows no link; "scrabackpay dot 19": a Signal
    // username's dot before its digits, spoken
    // "t点me/name", "gmail点com": the dot written in Chinese between letters (between digits it is the hour: 3点30),
    // or between an id's letters and its digits ("azhe 點 0526")
    // "Telegram (at)CoachMelissaVance": the @ of a username written out, so the platform shows no mention
    '(?<at>(?<![A-Za-z0-9_.])[(\\[](?:at|AT)[)\\]](?=[A-Za-z_]))',
    '(?<dot>(?<=[A-Za-z0-9])(?:\\[\\.\\]|\\(\\.\\)|(?<=[A-Za-z_]) dot (?=\\d{2,9}(?![A-Za-z0-9_]))|(?<=[A-Za-z])点(?=[A-Za-z])|(?<=[A-Za-z_]) ?点 ?(?=\\d{2,9}(?![A-Za-z0-9_])))(?=[A-Za-z0-9]))',
  ].join('|'),
  'gu',
);
/**
 * What a weak alias needs after it: a little filler (搜 and 找 too: "tg 搜 name", "TG 找 @name", "电报里搜他：name"; an @ a
 * space before the id, "賴：@ rongda 520";
 * Taiwan's 賴我 "LINE me"), then a
 * handle-shaped token (or one typed apart: xy s 8 7 7 5, @ 7 3 2 k q).
 */
const WEAK_TAIL = new RegExp(
  `(?:[\\s:=~>\\-/@号是为的帐账户群搜索找寻iIdD❤♥]|[里上](?=[搜找])|(?<=[搜找赖])[他她我]){0,8}(?:\\+?[A-Za-z0-9_](?:[❤♥]?[A-Za-z0-9_.\\-点]){3}|[A-Za-z0-9_]{1,2} [A-Za-z0-9_] [A-Za-z0-9_](?![A-Za-z0-9_])|[0-9${SPOKEN_DIGIT_CLASS}](?:[ -]?[0-9${SPOKEN_DIGIT_CLASS}]){4})`,
  'yu',
);
/** ... or an ID typed as syllables a space apart before its digits ("薇：du lao shi 7788", "薇 xys 8775"), with at most a colon before it */
const SYLLABLES_TAIL = /[\s:：]{0,3}[A-Za-z]{1,6}(?: [A-Za-z]{1,6}){0,3} ?\d{2}/uy;
const WEAK_OK_AFTER_RE = /^\s?(?:同号|前半段?|前面是|前几位)/u;
const ALIAS_SCAN = new Scanner(ALIAS);
const ALIAS_GATE = /[薇徽嶶信微威维卫星围QqVvWwxX扣企飞电Tt赖泡绿ㄌ下底点Uu[(🛰pabg孖ㄧㄦㄙㄨㄑㄅㄐ]/u;

function foldAliases(n: Normalized): Normalized {
  const text = n.text;
  if (!ALIAS_GATE.test(text)) return n;
  const edits: Edit[] = [];
  for (const m of ALIAS_SCAN.all(text)) {
    const g = m.groups ?? {};
    const s = m.index ?? 0;
    const e = s + m[0].length;
    let rep: string | undefined;
    let weak = false;
    if (g.wx !== undefined) rep = '微信';
    else if (g.wxv !== undefined) rep = m[0].startsWith(' ') || m[0].startsWith('\t') ? ` 微信` : '微信';
    else if (g.wxw !== undefined) {
      rep = m[0].startsWith('加') ? '加微信' : '微信';
      weak = true;
    } else if (g.qq !== undefined) rep = 'QQ群';
    else if (g.q !== undefined) rep = 'QQ';
    else if (g.tele !== undefined) rep = 'Telegram';
    else if (g.qqw !== undefined) {
      rep = 'QQ';
      weak = true;
    } else if (g.tg !== undefined) rep = 'Telegram';
    else if (g.tgw !== undefined) {
      rep = 'Telegram';
      weak = true;
    } else if (g.wa !== undefined || g.wts !== undefined) rep = 'WhatsApp';
    else if (g.sig !== undefined) rep = 'Signal';
    else if (g.line !== undefined) rep = '加LINE';
    else if (g.linew !== undefined) {
      rep = 'LINE';
      weak = true;
    } else if (g.zyid !== undefined) rep = zhuyinDigits(m[0].trimStart(), 1);
    else if (g.zy !== undefined) rep = zhuyinDigits(m[0], 2);
    else if (g.ma !== undefined) rep = m[0].slice(1).repeat(2);
    else if (g.us !== undefined) rep = '_';
    else if (g.idjoin !== undefined) rep = '';
    else if (g.dot !== undefined) rep = '.';
    else if (g.at !== undefined) rep = '@';
    if (rep === undefined) continue;
    // (a weak alias with 同号 after it names the app whose id is the number: 卫星同号 137 1942 8056; one with the
    // first half of the id after it names the app the halves are of: 助理的ㄌㄞ 前半段：shuyi.tw)
    if (weak && !WEAK_OK_AFTER_RE.test(text.slice(e, e + 6))) {
      WEAK_TAIL.lastIndex = e;
      SYLLABLES_TAIL.lastIndex = e;
      if (!WEAK_TAIL.test(text) && !SYLLABLES_TAIL.test(text)) continue;
    }
    if (rep === m[0]) continue;
    // a Latin alias (Telegram, QQ, LINE) never runs into the letters or digits after it
    if (/[A-Za-z]$/u.test(rep) && /^[A-Za-z0-9_]/u.test(text.slice(e, e + 1))) rep += ' ';
    edits.push({ s, e, rep });
  }
  return applyEdits(n, edits);
}

// ---------------------------------------------------------------------------------------------
// Public API

export interface NormalizeOptions {
  /** fold contact-app aliases (default true) */
  aliases?: boolean;
  /** remove pinyin annotations (default true) */
  pinyin?: boolean;
}

export function normalize(source: string, opts: NormalizeOptions = {}): Normalized {
  let n = charPass(source);
  n = foldLookalikes(n);
  n = foldDigitLetters(n);
  if (opts.pinyin !== false) n = stripPinyin(n);
  if (opts.aliases !== false) n = foldAliases(foldPinyinDigits(n));
  return n;
}

/**
 * `normalize` one pass per step, each pass run twice (V8 compiles a regex on its first search and again
 * to machine code on the next): for a caller that compiles the text layer in short steps before a page's
 * first block (a pass's expressions compile on its first text). Returns what `normalize` gives.
 */
export function* normalizeSteps(source: string): Generator<void, Normalized, void> {
  const passes: ((n: Normalized) => Normalized)[] = [
    foldLookalikes,
    foldDigitLetters,
    stripPinyin,
    foldPinyinDigits,
    foldAliases,
  ];
  charPass(`${source} `);
  let n = charPass(source);
  for (const pass of passes) {
    yield;
    pass(n);
    n = pass(n);
  }
  return n;
}

/** Maps a normalized range [start, end) back to a range in the original text. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  const len = n.text.length;
  if (start >= len) return [n.source.length, n.source.length];
  if (n instanceof NormalizedText && n.identity) {
    if (end <= start) return [start, start];
    return [start, Math.min(end, len)];
  }
  const s = n.map[start] ?? n.source.length;
  if (end <= start) return [s, s];
  const last = Math.min(end, len) - 1;
  const e = n.ends ? (n.ends[last] ?? n.source.length) : (n.map[Math.min(end, len)] ?? n.source.length);
  return [s, Math.max(s, e)];
}

/** Simplified form of one string, without the offset map (for lexicons written in either script). */
export function toSimplified(s: string): string {
  return normalize(s, { aliases: false }).text;
}
