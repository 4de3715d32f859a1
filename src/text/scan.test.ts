import { describe, expect, it } from 'vitest';
import {
  asciiOnly,
  CASE_CLOSED_BLOCKS,
  firstAtoms,
  giveBuiltScannerData,
  prefixes,
  Scanner,
  sameWithoutUnicode,
  sameWithoutUnicodeOnBmp,
  scannerData,
  scannerKey,
} from './scan';

/** Patterns of every shape the scanner reads, and some it must leave to the regex engine. */
const PATTERNS: RegExp[] = [
  /(?<wx>微信号?|(?<![a-z])wechat(?:\s?id)?(?![a-z]))|(?<cta>加(?![油班])|联系|\bcontact\b)/giu,
  /\b(?:thank you|thanks)(?: so much)?\b|\blegit\b|\bscam(?:mers?)?\b/giu,
  /(?:老师|他|她)的?(?:微信|QQ)(?:是|:|：)|[^，。]{0,3}?上岸/giu,
  /\d{3,}|[A-Z]{2}\d|\$[\d,.]+/gu,
  /(?<=加|\+)[ \t]?[Vv](?![A-Za-z0-9_])|[微威][\p{Extended_Pictographic}❤]+信/gu,
  /😀+x|x😀/gu,
  /a.c|^b|c$/gimsu,
  /(?:x)?y?/giu,
  /\p{Lu}\p{Ll}+/gu,
  /[^a-z ]{2}/gi,
  /ab|(?:c|d)+e|f{2,3}/g,
  /\b[$,]\d|\bxy/giu,
  /\u00A3[\d,]{3,}|\x41b|\u002E1|\u00e9t/giu,
  /\xe9t|\u0041\u002e|\x2C\d/gi,
  /[xX][yY]z|[ \t]?[微威]信|[aé]\d/giu,
  /[xX][yY]|[ \t][Zz]/g,
  /\bcall me – now\b|老师的?微信|’s plan|[–—]\d/giu,
  /(?<![a-z])K信|微[信–]/giu,
  /abc|abd?|x[yz]{2,}w|\bhi(?:s|t up)\b|老师的?微信号|a\db/gi,
  // the same without the unicode flag on text without surrogates (`sameWithoutUnicodeOnBmp`)
  /找[^，。,!！?？]{0,6}?(?:老师|微信)|[^.!?\n]{0,8}whatsapp\b/giu,
  /[\u4e00-\u9fff]{1,3}老师|a.b|[^x]y|[^😀]c/giu,
  /[一-龥]{2}|\u2013\d|[\u3000-\u303f]x|[^\s\d]{2}k/giu,
  /搜(?=[\s:：]{0,2}[A-Za-z0-9_\u2460-\u24ff])|[\u24b6-\u24cf]{2}|ⓐb/giu,
];

const ALPHABET = [
  ...'aAbBcCdDeExXyYzZ $,.:：，。1234567890+\t\n',
  'ſ',
  '\u212a',
  '😀',
  '\ud83d',
  '\ude00',
  '❤',
  '微',
  '信',
  '威',
  '号',
  '加',
  '联系',
  '老师',
  '她',
  '上岸',
  'QQ',
  'wechat',
  'WeChat id',
  'contact',
  'thank you',
  'THANKS',
  'legit',
  'scammers',
  'ſcam',
  'Vv',
  'Xyz',
  '£',
  'é',
  'É',
  '–',
  '—',
  '’s plan',
  'call me – now',
  'CALL ME',
  'K',
  'k',
  'ab',
  'abc',
  'Hi!',
  'his',
  'hit up',
  'xyzzw',
  'a1b',
  '老师的微信',
  '找',
  '一',
  '!',
  '\u2028',
  'whatsapp',
  'WhatsApp',
  '搜',
  'Ⓐ',
  'ⓐ',
  'ⓩ',
  '①',
];

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

const shape = (m: RegExpMatchArray) => [m.index, m[0], ...m.slice(1), JSON.stringify(m.groups ?? null)];

describe('Scanner', () => {
  it('finds what matchAll finds and tests what test tests, on random texts', () => {
    const rand = random(42);
    const scanners = PATTERNS.map((re) => ({ re, scan: new Scanner(re) }));
    let matches = 0;
    for (let k = 0; k < 4000; k++) {
      let text = '';
      const n = Math.floor(rand() * 16);
      for (let j = 0; j < n; j++) text += ALPHABET[Math.floor(rand() * ALPHABET.length)] ?? '';
      for (const { re, scan } of scanners) {
        const want = [...text.matchAll(re)].map(shape);
        expect(scan.all(text).map(shape), `${re} on ${JSON.stringify(text)}`).toEqual(want);
        expect(scan.test(text), `${re} on ${JSON.stringify(text)}`).toBe(new RegExp(re.source, re.flags).test(text));
        matches += want.length;
      }
    }
    expect(matches).toBeGreaterThan(5000);
  });

  it('finds what matchAll finds on long texts (the places a table lists grow with the text)', () => {
    const rand = random(7);
    const scanners = PATTERNS.map((re) => ({ re, scan: new Scanner(re) }));
    for (let k = 0; k < 40; k++) {
      let text = '';
      const n = 50 + Math.floor(rand() * 800);
      for (let j = 0; j < n; j++) text += ALPHABET[Math.floor(rand() * ALPHABET.length)] ?? '';
      for (const { re, scan } of scanners) {
        expect(scan.all(text).map(shape), `${re}`).toEqual([...text.matchAll(re)].map(shape));
      }
    }
  });

  it('calls a text cold when searching it runs the regex, until warmed on text of that width', () => {
    const rand = random(11);
    let cold = 0;
    for (let k = 0; k < 300; k++) {
      let text = '';
      const n = Math.floor(rand() * 16);
      for (let j = 0; j < n; j++) text += ALPHABET[Math.floor(rand() * ALPHABET.length)] ?? '';
      for (const re of PATTERNS) {
        const scan = new Scanner(re);
        // a match is never found without running the regex
        if ([...text.matchAll(re)].length > 0) expect(scan.cold(text), `${re} on ${JSON.stringify(text)}`).toBe(true);
        if (scan.cold(text)) cold++;
        scan.warm(text);
        expect(scan.cold(text), `${re} on ${JSON.stringify(text)}`).toBe(false);
        expect(scan.all(text).map(shape), `${re}`).toEqual([...text.matchAll(re)].map(shape));
      }
    }
    expect(cold).toBeGreaterThan(500);
    const s = new Scanner(/\bhotline\b|客服/giu);
    // no place the text can start a match: nothing to compile
    expect(s.cold('加老师微信 abc123')).toBe(false);
    expect(s.cold('hotline')).toBe(true);
    s.warm('hotline 400');
    expect(s.cold('Hotline')).toBe(false);
    // the same regex on two-byte text is compiled apart
    expect(s.cold('热线 hotline')).toBe(true);
  });

  it('classifies every character as the regexes of its first and wild atoms would', () => {
    const patterns = [
      ...PATTERNS,
      /(?:微信|薇信)号?|加我|\bkik\b|\bsignal\b|Ks|ſt/giu,
      /(?:微信|薇信)号?|\bkik\b|\bsignal\b|Ks/gi,
      /(?:微信|薇信)号?|\bkik\b|Ks|é/giu,
      /Kik|sig 5|[2-5]x/gu,
      // classes, \d and escaped marks read as sets of characters too
      /[2-5]折|[1-9][一二两三四五六七十]个|\$\d|[a-f]x|[A-F]y|[3-9]z|[\u4e00-\u4e10]q|\.\d|[-\d]w|sk/giu,
      /[2-5]折|[1-9]个|\$\d|[a-f]x|[A-F]y|[-+]\d|[a-zA-Z_]q|(?:a|[b-c])[一-丁]/gi,
    ];
    for (const re of patterns) {
      const data = scannerData(re, prefixes(re.source));
      if (!data) continue;
      const flags = re.flags.replace(/[gym]/gu, '');
      const first = new RegExp(data.first, flags);
      const wild = data.wild === undefined ? undefined : new RegExp(data.wild, flags);
      const scan = new Scanner(re, data);
      for (let cu = 0; cu < 0xa000; cu++) {
        const ch = String.fromCharCode(cu);
        const want = !first.test(ch) ? 1 : wild && !wild.test(ch) ? 2 : 3;
        if (scan.classify(cu) !== want) expect(scan.classify(cu), `${re} at U+${cu.toString(16)}`).toBe(want);
      }
    }
  });

  it('reads the first characters of a pattern, and nothing for one that can match empty', () => {
    expect(firstAtoms(String.raw`\bab|(?:c|d)?e|(?<=x)f+`)?.sort()).toEqual(['a', 'c', 'd', 'e', 'f']);
    expect(firstAtoms(String.raw`[^a]{1,3}?z|\d`)).toEqual(['[^a]', String.raw`\d`]);
    expect(firstAtoms('a|b?')).toBeUndefined();
    expect(firstAtoms(String.raw`\p{L}`)).toBeUndefined();
    // \uXXXX and \xXX: the character itself when it is a letter, digit or non-ASCII, else the escape
    expect(firstAtoms(String.raw`\u00A3\d|\x41|\u002E`)).toEqual(['£', 'A', String.raw`\u002E`]);
    expect(firstAtoms(String.raw`\uD83D\uDE00`)).toBeUndefined();
  });

  it('lists the one-character matches and the first two characters of longer ones', () => {
    const p = prefixes('骗子|他的?微信|[一二]号|好');
    expect(p?.single).toEqual(['好']);
    // a short class of plain characters reads as its characters
    expect(p?.pairs.map((x) => x.join('')).sort()).toEqual(['一号', '二号', '他微', '他的', '骗子'].sort());
    expect(prefixes(String.raw`[tT][gG]|[ \t]?[Vv]x`)?.first.sort()).toEqual(['\t', ' ', 'T', 'V', 't', 'v'].sort());
    expect(prefixes('[a-z]x|[.,]y')?.first).toEqual(['[a-z]', '[.,]']);
    // a repeat reads as the atom followed by itself (more than needed, never less)
    expect(prefixes('x{2,}y')?.pairs.map((x) => x.join(''))).toContain('xx');
  });

  it('lists the matches of two characters and the first three of longer ones', () => {
    const p = prefixes(String.raw`abc|ab|a\dx|[xy]{2,}z`);
    // a repeat reads as the atom followed by itself once or twice more (more than needed, never less)
    expect(p?.doubles.map((x) => x.join('')).sort()).toEqual(['ab', 'xz', 'yz']);
    expect([...new Set(p?.triples.map((x) => x.join('')))].sort()).toEqual(
      [
        'abc',
        String.raw`a\dx`,
        'xxx',
        'xxy',
        'xxz',
        'xyx',
        'xyy',
        'xyz',
        'yxx',
        'yxy',
        'yxz',
        'yyx',
        'yyy',
        'yyz',
      ].sort(),
    );
    // a stray "Hi" on a page runs no regex of a lexicon whose words start with "his" or "hit up"
    const words = new Scanner(/\bhis\b|\bhit up\b/giu);
    expect(words.cold('Hi! 你好')).toBe(false);
    expect(words.cold('HIS 你好')).toBe(true);
    expect(words.all('Hi! his hit up').map((m) => m[0])).toEqual(['his', 'hit up']);
  });

  it('knows when every match starts right after a word boundary', () => {
    expect(prefixes(String.raw`\b(?:a )?scam|\bbots?\b`)?.bounded).toBe(true);
    expect(prefixes(String.raw`(?:x)?\bfoo`)?.bounded).toBe(false);
    expect(prefixes(String.raw`(?<![a-z])foo|\bbar`)?.bounded).toBe(false);
    expect(prefixes(String.raw`(?:\b)?foo`)?.bounded).toBe(false);
  });

  it('takes a pattern as ASCII-only when the unicode flag cannot change its matches', () => {
    expect(asciiOnly(String.raw`\bfree (?:money|cash)\b|[\d,.]+\$`)).toBe(true);
    expect(asciiOnly('a.c')).toBe(false);
    expect(asciiOnly('[^a]')).toBe(false);
    expect(asciiOnly(String.raw`\S`)).toBe(false);
    expect(asciiOnly('微信')).toBe(false);
    // beyond ASCII, literal characters without case mean the same without the flag
    expect(sameWithoutUnicode(String.raw`\bcall me – now\b|老师[的了]?微信|’s`)).toBe(true);
    expect(sameWithoutUnicode('é')).toBe(false);
    expect(sameWithoutUnicode('ſ')).toBe(false);
    expect(sameWithoutUnicode('[一-龥]')).toBe(false);
    expect(sameWithoutUnicode('😀')).toBe(false);
    expect(sameWithoutUnicode(String.raw`\u4e00`)).toBe(false);
    expect(sameWithoutUnicode(String.raw`[^微]`)).toBe(false);
    // on text without surrogates: negated classes, `.`, control escapes, `\u` escapes and CJK ranges too
    expect(
      sameWithoutUnicodeOnBmp(String.raw`找[^，。,!！?？\n]{0,13}?(?:老师|专家)|a.c|[一-龥]|\u4e00|[\u2013-]\d`),
    ).toBe(true);
    expect(sameWithoutUnicodeOnBmp(String.raw`\bcall me – now\b|老师[的了]?微信|’s`)).toBe(true);
    expect(sameWithoutUnicodeOnBmp(String.raw`[^😀]`)).toBe(false);
    expect(sameWithoutUnicodeOnBmp(String.raw`\u00e9|\ud83d`)).toBe(false);
    expect(sameWithoutUnicodeOnBmp(String.raw`\u00e9`)).toBe(false);
    expect(sameWithoutUnicodeOnBmp(String.raw`\ud83d`)).toBe(false);
    expect(sameWithoutUnicodeOnBmp('[–-一]')).toBe(false);
    expect(sameWithoutUnicodeOnBmp('[a-é]')).toBe(false);
    expect(sameWithoutUnicodeOnBmp('[Ａ-Ｚ]')).toBe(false);
    expect(sameWithoutUnicodeOnBmp(String.raw`\S|\p{L}`)).toBe(false);
    expect(sameWithoutUnicodeOnBmp('é')).toBe(false);
    // what the Scanner data carries of it (a build computes it ahead: the content script reads no pattern)
    const plain = (source: string, flags = 'giu') => {
      const re = new RegExp(source, flags);
      return scannerData(re, prefixes(source))?.plain;
    };
    expect(plain(String.raw`\bcall me – now\b|老师[的了]?微信|’s`)).toBe(1);
    expect(plain(String.raw`找[^，。,!！?？\n]{0,13}?(?:老师|专家)`)).toBe(2);
    expect(plain('é')).toBeUndefined();
    expect(plain('abc', 'gi')).toBeUndefined();
  });

  it('reads the closed blocks as ignoring case alike with and without the unicode flag', () => {
    for (const [from, to] of CASE_CLOSED_BLOCKS) {
      const block = `[\\u${from.toString(16).padStart(4, '0')}-\\u${to.toString(16).padStart(4, '0')}]`;
      // no character outside is case-equivalent to one inside, in either mode
      const withFlag = new RegExp(`^${block}$`, 'iu');
      const without = new RegExp(`^${block}$`, 'i');
      for (let c = 0; c < 0x10000; c++) {
        if (c >= 0xd800 && c < 0xe000) continue;
        const ch = String.fromCharCode(c);
        const inside = c >= from && c <= to;
        if (withFlag.test(ch) !== inside || without.test(ch) !== inside) throw new Error(`U+${c.toString(16)}`);
      }
      // inside, the same pairs are equivalent (a block without case: each character alone)
      if (to - from > 0x400) {
        for (let c = from; c <= to; c++) {
          const ch = String.fromCharCode(c);
          if (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch) throw new Error(`U+${c.toString(16)} has case`);
        }
        continue;
      }
      for (let a = from; a <= to; a++) {
        const one = String.fromCharCode(a);
        const u = new RegExp(`^[${one}]$`, 'iu');
        const i = new RegExp(`^[${one}]$`, 'i');
        for (let b = from; b <= to; b++) {
          const two = String.fromCharCode(b);
          if (u.test(two) !== i.test(two)) throw new Error(`U+${a.toString(16)} and U+${b.toString(16)}`);
        }
      }
    }
    // a range inside one reads the same
    expect(sameWithoutUnicodeOnBmp(String.raw`[A-Za-z0-9_\u2460-\u24ff]|[\u24b6-\u24cf]x|ⓐ`)).toBe(true);
    expect(sameWithoutUnicodeOnBmp(String.raw`[\u2400-\u2470]`)).toBe(false);
  });

  it('reads U+3000 to U+9FFF as characters without case: a range of them matches the same with and without the unicode flag', () => {
    const withFlag = /^[\u3000-\u9fff]$/iu;
    const without = /^[\u3000-\u9fff]$/i;
    const notWith = /^[^\u3000-\u9fff]$/iu;
    const notWithout = /^[^\u3000-\u9fff]$/i;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      const inside = c >= 0x3000 && c < 0xa000;
      if (withFlag.test(ch) !== inside || without.test(ch) !== inside) throw new Error(`U+${c.toString(16)}`);
      if (notWith.test(ch) === inside || notWithout.test(ch) === inside) throw new Error(`U+${c.toString(16)}`);
      // nothing inside has case, and no case mapping leads inside
      if (inside) expect(ch.toLowerCase() + ch.toUpperCase()).toBe(ch + ch);
      else
        for (const m of [ch.toLowerCase(), ch.toUpperCase()])
          if (m.length === 1) expect(m.charCodeAt(0) >= 0x3000 && m.charCodeAt(0) < 0xa000).toBe(false);
    }
  });

  it('answers for scanners that joined a table after a text was read, and for capitals under ignore case', () => {
    const text = '加老师微信 abc123 Contact ME on WhatsApp';
    const before = new Scanner(/微信|whatsapp/giu);
    expect(before.all(text).map((m) => m[0])).toEqual(['微信', 'WhatsApp']);
    // same text, a new scanner in the same table: the table's answer for this text is read again
    const later = new Scanner(/\bcontact me\b|老师/giu);
    expect(later.all(text).map((m) => m[0])).toEqual(['老师', 'Contact ME']);
    const none = new Scanner(/\bhotline\b|客服/giu);
    expect(none.test(text)).toBe(false);
    expect(none.test('HOTLINE: 400')).toBe(true);
  });
});

describe('Scanner data given at run time', () => {
  it('is used by the Scanners made after it was given, by their pattern key', () => {
    const re = /qzb|qzc/gu;
    const key = scannerKey(re);
    expect(new Scanner(re).all('a qzb').map((m) => m[0])).toEqual(['qzb']);
    // data that says no match can start with q (wrong on purpose): a Scanner that reads it finds nothing
    giveBuiltScannerData(new Map([[key, { first: '^(?:x)$', pairs: [], bounded: false, plain: 1 as const }]]));
    expect(new Scanner(re).all('a qzb').map((m) => m[0])).toEqual([]);
    // a pattern under another key is not touched
    expect(new Scanner(/qzb|qzd/gu).all('a qzb').map((m) => m[0])).toEqual(['qzb']);
  });
});
