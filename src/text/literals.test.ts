import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../tests/corpus/load';
import { extractHandles } from '../handles/extract';
import { ADVANCE_FEE } from '../lexicon/advance-fee';
import { ARC } from '../lexicon/arc';
import { BAIT } from '../lexicon/bait';
import { CTA } from '../lexicon/cta';
import { PERSONA } from '../lexicon/persona';
import { TOPIC } from '../lexicon/topic';
import { alternation, chunkEntries, type LexiconEntry } from '../lexicon/types';
import { WARNING } from '../lexicon/warning';
import { requiredLiterals } from './literals';
import { normalize } from './normalize';
import { madeWithoutData, Scanner } from './scan';

const LEXICONS: Record<string, readonly LexiconEntry[]> = { ADVANCE_FEE, ARC, BAIT, CTA, PERSONA, TOPIC, WARNING };

/** The corpus and random-text checks read thousands of texts with hundreds of patterns. */
const PROPERTY_TIMEOUT_MS = 240_000;

/** Whether `text` holds one of `literals` as the gate reads it (ASCII capitals lowered, K as k; ſ passes). */
function holds(text: string, literals: readonly string[]): boolean {
  if (text.includes('\u017f')) return true;
  const low = text.replace(/[A-Z\u212a]/gu, (c) => (c === '\u212a' ? 'k' : c.toLowerCase()));
  return literals.some((l) =>
    low.includes(l.replace(/[A-Z\u212a]/gu, (c) => (c === '\u212a' ? 'k' : c.toLowerCase()))),
  );
}

/** Patterns searched with a literal gate: each lexicon entry and chunk (a whole part's literals are its entries'), each Scanner made at load. */
function gatedPatterns(): RegExp[] {
  const out: RegExp[] = [];
  for (const entries of Object.values(LEXICONS)) {
    for (const lang of ['zh', 'en'] as const) {
      const mine = entries.filter((e) => e.lang === lang);
      if (mine.length === 0) continue;
      for (const e of mine) out.push(new RegExp(e.pattern, 'giu'));
      let offset = 0;
      for (const c of chunkEntries(entries, lang, 600)) {
        if (c.size > 0 && !c.alts) out.push(new RegExp(alternation(mine.slice(offset, offset + c.size), lang), 'giu'));
        offset += c.size;
      }
    }
  }
  for (const re of madeWithoutData) out.push(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`));
  return out;
}

describe('requiredLiterals', () => {
  it.each([
    ['停息挂账', 'iu', ['停息挂']],
    ['(?:停息|分期)挂账', 'iu', ['停息挂', '分期挂']],
    ['WhatsApp', 'iu', ['whatsapp']],
    ['WhatsApp', 'u', ['WhatsApp']],
    ['\\bfree (?:consultation|advice)\\b', 'iu', ['free cons', 'free advi']],
    ['[Vv]信', 'u', ['V信', 'v信']],
    // a literal that holds another is dropped: a text holding it holds the other
    ['a?b', 'u', ['b']],
    ['she helped (?:me|my|us)', 'iu', ['she helpe']],
    ['x\\d+recovery', 'iu', ['recovery']],
    ['(?:recover|reclaim)[a-z]{0,9} (?:funds|money)', 'iu', ['recover', 'reclaim']],
    ['(?:re|un)[a-z]{0,9} (?:funds|money)', 'iu', [' funds', ' money']],
    ['(?<!不)承诺', 'iu', ['承诺']],
    ['退款(?=[，。])', 'iu', ['退款']],
    ['(?:ab)+c', 'u', ['ab']],
    ['\\u5fae信', 'u', ['微信']],
    ['a\\.b', 'u', ['a.b']],
  ])('reads %s /%s as %j', (source, flags, expected) => {
    expect(requiredLiterals(source, flags)?.sort()).toEqual([...expected].sort());
  });
  it.each([
    // a part that can match empty, or anything: no literal for the whole
    ['a|\\d+', 'iu'],
    ['a?', 'u'],
    ['.+', 'u'],
    ['\\p{L}{2,}', 'u'],
    ['[^，。]{2,8}', 'u'],
    ['(a|)\\1', 'u'],
    // letters with case beyond ASCII fold in ways the gate does not read
    ['é', 'iu'],
    ['Σ', 'iu'],
    // ſ and the Kelvin sign fold onto s and k
    ['\u017f', 'iu'],
    ['\u212a', 'iu'],
    // not understood: no literal rather than a wrong one
    ['a{', 'u'],
    ['(?<x>a', 'u'],
  ])('gives none for %s /%s', (source, flags) => {
    expect(requiredLiterals(source, flags)).toBeUndefined();
  });
  it('gives every lexicon entry literals (so a block holding none of them skips it)', () => {
    for (const entries of Object.values(LEXICONS)) {
      for (const e of entries) expect(requiredLiterals(e.pattern, 'iu'), e.id).toBeDefined();
    }
  });
});

describe('literal gate', () => {
  it(
    'never skips a pattern that matches: every match of every gated pattern in the corpus texts holds a literal',
    () => {
      const patterns = gatedPatterns();
      const texts = new Set<string>();
      // every other page: enough text of both languages and every layout, in reasonable time
      for (const page of loadCorpus().filter((_, k) => k % 2 === 0)) {
        const { document } = parseHTML(readFileSync(page.path, 'utf8'));
        for (const line of (document.body?.textContent ?? '').split(/\n+/u)) {
          const t = line.trim();
          if (t.length < 2 || t.length > 4000) continue;
          texts.add(t);
          texts.add(normalize(t).text);
        }
      }
      expect(texts.size).toBeGreaterThan(4000);
      let skipped = 0;
      for (const re of patterns) {
        const lits = requiredLiterals(re.source, re.flags);
        if (!lits) continue;
        for (const t of texts) {
          // a text the gate lets through is searched as before; one it stops must hold no match
          if (holds(t, lits)) continue;
          skipped++;
          re.lastIndex = 0;
          if (re.test(t)) expect.fail(`/${re.source.slice(0, 80)}/ matches ${JSON.stringify(t.slice(0, 200))}`);
        }
      }
      expect(skipped).toBeGreaterThan(100_000);
    },
    PROPERTY_TIMEOUT_MS,
  );
  it(
    'finds with a gated Scanner what matchAll finds, on the corpus texts',
    () => {
      const patterns = gatedPatterns();
      const scanners = patterns.map((re) => new Scanner(re));
      const { document } = parseHTML(
        readFileSync(
          loadCorpus().find((p) => p.relPath.startsWith('zh/'))?.path ?? 'tests/fixtures/seed-page.html',
          'utf8',
        ),
      );
      const texts = (document.body?.textContent ?? '').split(/\n+/u).map((t) => normalize(t.trim()).text);
      for (const t of texts) {
        patterns.forEach((re, k) => {
          const got = scanners[k]?.all(t).map((m) => [m.index, m[0]]);
          expect(got, re.source.slice(0, 60)).toEqual([...t.matchAll(re)].map((m) => [m.index, m[0]]));
        });
      }
    },
    PROPERTY_TIMEOUT_MS,
  );
  it(
    'never skips a match on random texts of the patterns own literals, with capitals, ſ and the Kelvin sign',
    () => {
      const patterns = gatedPatterns().filter((_, k) => k % 3 === 0);
      const words = new Set<string>([' ', 'ſ', '\u212a', 'İ', '，', '。', '1', '\u00a0']);
      for (const re of patterns) {
        for (const l of requiredLiterals(re.source, re.flags) ?? []) {
          words.add(l);
          words.add(l.toUpperCase());
          words.add(l.slice(0, 1));
          words.add(l.slice(1));
        }
      }
      const vocab = [...words];
      const scanners = patterns.map((re) => new Scanner(re));
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...vocab), { maxLength: 12 }), (parts) => {
          const t = parts.join('');
          patterns.forEach((re, k) => {
            const want = [...t.matchAll(re)].map((m) => [m.index, m[0]]);
            expect(scanners[k]?.all(t).map((m) => [m.index, m[0]])).toEqual(want);
          });
        }),
        { numRuns: 300, seed: 16 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
  it('skips a pattern on a text without its literals, and finds it once one is there', () => {
    // a pattern no other test makes, so its gate is its own
    const s = new Scanner(/(?:ruby|jade) lantern \d+/giu);
    expect(s.cold('a jade lamp 12')).toBe(false);
    expect(s.all('a jade lamp 12')).toEqual([]);
    expect(s.all('a JADE Lantern 12').map((m) => m[0])).toEqual(['JADE Lantern 12']);
    // ſ folds onto s under unicode + ignore case: such a text passes the gate
    expect(new Scanner(/so|mislead/giu).all('the \u017fo').length).toBe(1);
  });
  it('leaves the handle extractor unchanged (its Scanners are gated too)', () => {
    expect(extractHandles(normalize('加我微信 laoshi8899 咨询')).map((h) => h.value)).toContain('laoshi8899');
  });
});
