import { describe, expect, it } from 'vitest';
import { ADVANCE_FEE } from './advance-fee';
import { ARC } from './arc';
import { BAIT } from './bait';
import { CTA } from './cta';
import { PERSONA } from './persona';
import { TOPIC } from './topic';
import { chunkEntries, compileLexicon, givePrefixes, type LexiconEntry, matchLexicon, topAlternatives } from './types';
import { WARNING } from './warning';

/** These compare every lexicon on thousands of random texts: correctness checks that take a while on a loaded machine. */
const PROPERTY_TIMEOUT_MS = 120_000;

const LEXICONS: Record<string, readonly LexiconEntry[]> = { ADVANCE_FEE, ARC, BAIT, CTA, PERSONA, TOPIC, WARNING };

/** The plain reading: one global unicode, ignore-case alternation per script, every match in order. */
function plainMatches(entries: readonly LexiconEntry[], text: string): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (const [lang, gate] of [
    ['zh', /[\u3400-\u9fff]/u],
    ['en', /[A-Za-z]/u],
  ] as const) {
    const es = entries.filter((e) => e.lang === lang);
    if (es.length === 0 || !gate.test(text)) continue;
    const re = new RegExp(es.map((e) => `(${e.pattern})`).join('|'), 'giu');
    for (const m of text.matchAll(re)) {
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      const id = es[g - 1]?.id ?? '?';
      if (m[0].length > 0) out.push([id, m.index ?? 0, (m.index ?? 0) + m[0].length]);
    }
  }
  return out.sort((a, b) => a[1] - b[1]);
}

/** Words and characters of the lexicons themselves, their case variants, ſ and the Kelvin sign (which
 * fold to s and k only under the unicode flag), emoji, surrogate halves and punctuation. */
function vocabulary(): string[] {
  const words = new Set(['ſ', '\u212a', ' ', ' ', '\u00a0', '\u3000', '$', '1', '5', '60', ',', '.', "'", '%']);
  for (const w of ['😀', '\ud83d', '\ude00', 'é', 'İ', '，', '。', '！', '？', '：', ':', '\n', '万', 'qq', 'line'])
    words.add(w);
  for (const entries of Object.values(LEXICONS)) {
    for (const e of entries) {
      for (const w of e.pattern.replace(/\\[bdsw]/gu, ' ').split(/[^A-Za-z']+/u)) {
        if (!w) continue;
        words.add(w);
        words.add(w.toUpperCase());
        words.add(w.replace(/s/gu, 'ſ').replace(/k/gu, '\u212a'));
      }
      for (const w of e.pattern.split(/[^\u3400-\u9fff]+/u)) {
        if (!w) continue;
        words.add(w);
        for (const c of w) words.add(c);
      }
    }
  }
  return [...words];
}

describe('matchLexicon', () => {
  it(
    'finds exactly what one global alternation finds, on random texts of the lexicons own words',
    () => {
      const words = vocabulary();
      let seed = 20251128;
      const rand = () => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return seed / 2 ** 32;
      };
      const compiled = Object.entries(LEXICONS).map(([name, entries]) => ({
        name,
        entries,
        lex: compileLexicon(entries),
      }));
      let found = 0;
      for (let k = 0; k < 3300; k++) {
        let text = '';
        const n = 1 + Math.floor(rand() * 14);
        for (let j = 0; j < n; j++)
          text += (words[Math.floor(rand() * words.length)] ?? '') + (rand() < 0.6 ? ' ' : '');
        for (const { name, entries, lex } of compiled) {
          const want = plainMatches(entries, text);
          const got = matchLexicon(lex, text).map((h) => [h.entry.id, h.start, h.end]);
          expect(got, `${name}: ${JSON.stringify(text)}`).toEqual(want);
          found += want.length;
        }
      }
      // the texts do hit the lexicons (about one hit per text; the vocabulary grows with every entry)
      expect(found).toBeGreaterThan(2000);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'finds the same when each part is cut in chunks, as the extension compiles them',
    () => {
      const words = vocabulary();
      let seed = 20261128;
      const rand = () => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return seed / 2 ** 32;
      };
      // one entry a chunk (the most chunks to read together) and chunks of about 1,000 characters
      const compiled = [1, 1000].flatMap((maxChars) =>
        Object.entries(LEXICONS).map(([name, entries]) => {
          const copy = entries.map((e) => ({ ...e }));
          givePrefixes(copy, {
            chunks: { zh: chunkEntries(copy, 'zh', maxChars), en: chunkEntries(copy, 'en', maxChars) },
          });
          return { name: `${name}/${maxChars}`, entries, lex: compileLexicon(copy) };
        }),
      );
      expect(compiled.filter(({ lex }) => lex.zh?.chunks || lex.en?.chunks).length).toBeGreaterThan(7);
      // one entry longer than a chunk compiles in pieces of its alternatives (at 1 character, one each)
      const pieces = Object.values(LEXICONS).flatMap((e) => chunkEntries(e, 'en', 1).filter((c) => c.alts));
      expect(pieces.length).toBeGreaterThan(20);
      let found = 0;
      // the vocabulary grows with every entry, so hits per text fall: more texts keep the count checked
      for (let k = 0; k < 2600; k++) {
        let text = '';
        const n = 1 + Math.floor(rand() * 14);
        for (let j = 0; j < n; j++)
          text += (words[Math.floor(rand() * words.length)] ?? '') + (rand() < 0.5 ? ' ' : '');
        for (const { name, entries, lex } of compiled) {
          const want = plainMatches(entries, text);
          const got = matchLexicon(lex, text).map((h) => [h.entry.id, h.start, h.end]);
          expect(got, `${name}: ${JSON.stringify(text)}`).toEqual(want);
          found += want.length;
        }
      }
      expect(found).toBeGreaterThan(3000);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('reads an entry cut in pieces of its alternatives as the entry, and pieces out of order as nothing cut', () => {
    expect(topAlternatives(String.raw`a|b(?:c|d)|[|]|\||x`)).toEqual(['a', 'b(?:c|d)', '[|]', String.raw`\|`, 'x']);
    const entries: LexiconEntry[] = [
      { id: 'a', pattern: '甲乙', lang: 'zh', note: 'whole', source: 'x' },
      { id: 'b', pattern: '乙丙|丙丁|丁戊', lang: 'zh', note: 'in pieces', source: 'x' },
    ];
    const chunks = chunkEntries(entries, 'zh', 6);
    expect(chunks.map((c) => [c.size, c.alts])).toEqual([
      [1, undefined],
      [0, [0, 1]],
      [0, [1, 2]],
      [1, [2, 3]],
    ]);
    givePrefixes(entries, { chunks: { zh: chunks } });
    const lex = compileLexicon(entries);
    expect(lex.zh?.chunks?.length).toBe(4);
    for (const text of ['甲乙丙丁戊', '丙丁戊 乙丙丁', '丁戊甲乙']) {
      expect(matchLexicon(lex, text).map((h) => [h.entry.id, h.start, h.end])).toEqual(plainMatches(entries, text));
    }
    const copy = entries.map((e) => ({ ...e }));
    givePrefixes(copy, { chunks: { zh: [{ size: 1 }, { size: 0, alts: [1, 2] }, { size: 1, alts: [2, 3] }] } });
    expect(compileLexicon(copy).zh?.scan).toBeDefined();
  });

  it('searches a chunk again where its own match overlapped one the alternation took first', () => {
    const entries: LexiconEntry[] = [
      { id: 'a', pattern: '甲乙', lang: 'zh', note: 'first chunk', source: 'x' },
      { id: 'b', pattern: '乙丙丁', lang: 'zh', note: 'second chunk, overlaps a', source: 'x' },
      { id: 'c', pattern: '丁戊', lang: 'zh', note: 'second chunk, inside b', source: 'x' },
    ];
    givePrefixes(entries, { chunks: { zh: [{ size: 1 }, { size: 2 }] } });
    const lex = compileLexicon(entries);
    expect(lex.zh?.chunks?.length).toBe(2);
    for (const text of ['甲乙丙丁戊', '乙丙丁戊 甲乙丙丁戊甲乙']) {
      expect(matchLexicon(lex, text).map((h) => [h.entry.id, h.start, h.end])).toEqual(plainMatches(entries, text));
    }
    expect(matchLexicon(lex, '甲乙丙丁戊').map((h) => h.entry.id)).toEqual(['a', 'c']);
  });

  it('reads patterns the first-character analysis does not understand, or that can match nothing, as written', () => {
    const entries: LexiconEntry[] = [
      { id: 'a', pattern: String.raw`\p{Extended_Pictographic}+钱`, lang: 'zh', note: 'astral class', source: 'x' },
      { id: 'b', pattern: String.raw`(?:好)?`, lang: 'zh', note: 'empty match', source: 'x' },
      { id: 'c', pattern: String.raw`\bfree (?:money|cash)\b`, lang: 'en', note: 'plain', source: 'x' },
    ];
    const lex = compileLexicon(entries);
    // and the same cut in chunks of one entry (an empty match among them)
    const copy = entries.map((e) => ({ ...e }));
    givePrefixes(copy, { chunks: { zh: chunkEntries(copy, 'zh', 1) } });
    const cut = compileLexicon(copy);
    expect(cut.zh?.chunks?.length).toBe(2);
    for (const text of ['送😀钱了 free cash', '好的好的 FREE MONEY', '免费 ſree money free caſh', '😀好😀钱']) {
      expect(matchLexicon(lex, text).map((h) => [h.entry.id, h.start, h.end])).toEqual(plainMatches(entries, text));
      expect(matchLexicon(cut, text).map((h) => [h.entry.id, h.start, h.end])).toEqual(plainMatches(entries, text));
    }
  });
});
