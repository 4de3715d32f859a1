import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from './literals';
import { parseRegex } from './regex-syntax';
import { prefixes, Scanner } from './scan';

/** Whether `text` holds one of `literals` as the gate reads it (ASCII capitals lowered, K as k; ſ passes). */
function holds(text: string, literals: readonly string[]): boolean {
  if (text.includes('\u017f')) return true;
  const low = text.toLowerCase();
  return literals.some((l) => low.includes(l.toLowerCase()));
}

/** atoms of every kind the reader knows, and some JavaScript reads apart from what they look like */
const ATOMS = [
  'a',
  'b',
  'A',
  'k',
  's',
  '微',
  '信',
  '-',
  ' ',
  '.',
  '^',
  '$',
  '😀',
  'é',
  String.raw`\b`,
  String.raw`\B`,
  String.raw`\d`,
  String.raw`\w`,
  String.raw`\s`,
  String.raw`\S`,
  String.raw`\n`,
  String.raw`\.`,
  String.raw`\-`,
  String.raw`\u4e00`,
  String.raw`\x41`,
  String.raw`\x2e`,
  String.raw`\u00e9`,
  String.raw`\p{L}`,
  String.raw`\cJ`,
  String.raw`\0`,
  String.raw`\12`,
  String.raw`\1`,
  '[ab]',
  '[a-c]',
  String.raw`[\t ]`,
  '[微威]',
  '[.,]',
  '[-a]',
  '[^a]',
  '[^，。]',
  String.raw`[\]a]`,
  '[]',
  '[^]',
];
const QUANTIFIERS = ['', '', '', '*', '+', '?', '{2}', '{1,3}', '{2,}', '*?', '+?'];
const OPENERS = ['(', '(?:', '(?=', '(?!', '(?<=', '(?<!', '(?<n>'];

/** random patterns: alternations of sequences of quantified atoms and groups (named once at most) */
const patternArb = fc
  .letrec<{ alt: string; seq: string; item: string }>((tie) => ({
    alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((xs) => xs.join('|')),
    seq: fc.array(tie('item'), { minLength: 1, maxLength: 4 }).map((xs) => xs.join('')),
    item: fc
      .tuple(
        fc.oneof(
          { depthSize: 'small', withCrossShrink: true },
          fc.constantFrom(...ATOMS),
          fc.tuple(fc.constantFrom(...OPENERS), tie('alt')).map(([o, a]) => `${o}${a})`),
        ),
        fc.constantFrom(...QUANTIFIERS),
      )
      .map(([a, q]) => a + q),
  }))
  .alt.filter((p) => p.split('(?<n>').length <= 2);

/** characters the atoms can match, and some that fold onto them or that they read apart */
const TEXT_CHARS = [
  'a',
  'b',
  'A',
  'B',
  'c',
  'k',
  'K',
  's',
  'S',
  '\u017f',
  '\u212a',
  '微',
  '信',
  '威',
  '一',
  '-',
  ' ',
  '.',
  ',',
  '，',
  '\n',
  '\t',
  '\0',
  '\n2',
  ']',
  'é',
  'É',
  '😀',
  '1',
  '2',
  'x',
];

describe('one reader, two readings: checked against the regex engine on random patterns', () => {
  it('a Scanner finds what matchAll finds, and every match holds a required literal', () => {
    fc.assert(
      fc.property(
        patternArb,
        fc.constantFrom('g', 'gu', 'gi', 'giu'),
        fc.array(fc.array(fc.constantFrom(...TEXT_CHARS), { maxLength: 8 }), { minLength: 8, maxLength: 8 }),
        (source, flags, texts) => {
          let re: RegExp;
          try {
            re = new RegExp(source, flags);
          } catch {
            return;
          }
          const scan = new Scanner(re);
          const literals = requiredLiterals(source, flags);
          for (const t of texts.map((parts) => parts.join(''))) {
            const want = [...t.matchAll(re)];
            expect(
              scan.all(t).map((m) => [m.index, m[0]]),
              `/${source}/${flags} on ${JSON.stringify(t)}`,
            ).toEqual(want.map((m) => [m.index, m[0]]));
            if (!literals) continue;
            for (const m of want) {
              if (!holds(m[0], literals)) {
                expect.fail(
                  `/${source}/${flags} matches ${JSON.stringify(m[0])}, holding none of ${literals.join(' ')}`,
                );
              }
            }
          }
        },
      ),
      { numRuns: 3000, seed: 19 },
    );
  });

  it('reads [] as the empty class and [^] as any character, as JavaScript does', () => {
    expect(parseRegex('[]')).toEqual([[{ atom: { kind: 'set', raw: '[]', items: [], negated: false } }]]);
    expect(parseRegex('[^]a]')).toBeUndefined();
    // any character, then a, ], b: the first character is any
    expect(prefixes(String.raw`[^]a\]b`)?.first).toEqual(['[^]']);
    // a lone ] (a character without the unicode flag, an error with it) is not read: searched whole
    for (const source of [String.raw`[^]a\]b`, '[^]a]b']) {
      expect(new Scanner(new RegExp(source, 'g')).all('xa]b').map((m) => m[0])).toEqual(['xa]b']);
    }
  });

  it('reads a backslash and its digits as one escape (a back reference, or an octal escape without the unicode flag)', () => {
    // \12 with fewer than 12 groups is the octal escape of a line feed: "2" is not in its match
    const octal = String.raw`\12ab`;
    expect('\nab'.match(new RegExp(octal))?.[0]).toBe('\nab');
    expect(requiredLiterals(octal, 'g')).toEqual(['ab']);
    expect(parseRegex(String.raw`\12`)).toEqual([[{ atom: { kind: 'opaque' } }]]);
  });

  it('leaves a source with a construct it does not know unread', () => {
    for (const source of [
      '(?i:a)',
      'a{',
      'a{1',
      '(a',
      'a)',
      '[a',
      'a\\',
      String.raw`\u12`,
      String.raw`\u{1F600}`,
      '*a',
      'a**',
    ]) {
      expect(parseRegex(source), source).toBeUndefined();
      expect(prefixes(source), source).toBeUndefined();
      expect(requiredLiterals(source, 'u'), source).toBeUndefined();
    }
    expect(parseRegex('(?<name>a)|(?<=b)c')).toBeDefined();
  });
});
