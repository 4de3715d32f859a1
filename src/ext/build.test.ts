import { readdirSync, readFileSync } from 'node:fs';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it, vi } from 'vitest';
import { OFFICIAL_NUMBERS } from '../handles/official-numbers';
import { ADVANCE_FEE, FEE_FIRST } from '../lexicon/advance-fee';
import { ARC } from '../lexicon/arc';
import { BAIT } from '../lexicon/bait';
import { CTA, OFF_PLATFORM } from '../lexicon/cta';
import { PERSONA } from '../lexicon/persona';
import { TOPIC } from '../lexicon/topic';
import type { LexiconEntry } from '../lexicon/types';
import { compileLexicon, givePrefixes, matchLexicon } from '../lexicon/types';
import { WARNING } from '../lexicon/warning';
import { madeWithoutData, prefixes as prefixesOf, scannerData, scannerKey } from '../text/scan';
import { BANNER_CSS } from '../ui/banner/styles';
import {
  givenScannerDataOnly,
  importsOf,
  inlinePrefixes,
  inlineScannerData,
  inlineSentRegexes,
  LEXICON_RULE,
  lexiconsFromChannel,
  minifyCss,
  minifyCssConstants,
  moduleConstants,
  OFFICIAL_RULE,
  regexesFromChannel,
  SENT_REGEX_CHARS,
  sentRegexesIn,
  sentRegexList,
  stringLiterals,
  stripKeys,
  topLevelRegexes,
} from './build';
import { LEXICON_PREFIXES, lexiconPrefixes, LEXICONS as SENT } from './lexicons';
import { SENT_REGEX_FILES } from './regexes';
import { builtScannerData } from './scanner-data';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
/** a file by its path from the repository's root */
const readRoot = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

type Props = Record<string, string>;

/**
 * The object literals of a module that have `has` keys, each as its keys → the source text of its values
 * (what the bundle compiles: equal text, equal data).
 */
function objectsOf(code: string, has: readonly string[]): Props[] {
  const out: Props[] = [];
  const visit = (n: unknown) => {
    if (typeof n !== 'object' || n === null) return;
    const node = n as { type?: string; properties?: Record<string, unknown>[] };
    if (node.type === 'ObjectExpression' && node.properties) {
      const props: Props = {};
      for (const p of node.properties) {
        const key = p.key as { name?: string; value?: string };
        const value = p.value as { start: number; end: number };
        const name = p.computed ? `[${String(key.value)}]` : (key.name ?? String(key.value));
        props[name] = code.slice(value.start, value.end);
      }
      if (has.every((k) => k in props)) out.push(props);
    }
    for (const v of Object.values(n)) {
      if (Array.isArray(v)) for (const c of v) visit(c);
      else visit(v);
    }
  };
  visit(parseAst(code, { lang: 'ts' }));
  return out;
}

const without = (p: Props, drop: readonly string[]): Props =>
  Object.fromEntries(Object.entries(p).filter(([k]) => !drop.includes(k)));

const LEXICONS: [string, readonly LexiconEntry[]][] = [
  ['lexicon/advance-fee.ts', [...ADVANCE_FEE, ...FEE_FIRST]],
  ['lexicon/arc.ts', ARC],
  ['lexicon/bait.ts', BAIT],
  ['lexicon/cta.ts', [...CTA, ...OFF_PLATFORM]],
  ['lexicon/persona.ts', PERSONA],
  ['lexicon/topic.ts', TOPIC],
  ['lexicon/warning.ts', WARNING],
];

describe('notes and sources stripped from the bundles', () => {
  it.each(LEXICONS)('%s keeps every id, pattern, language, kind and weight', (file, entries) => {
    const code = read(file);
    const r = stripKeys(code, LEXICON_RULE);
    expect(r.count).toBe(entries.length * 2);
    const before = objectsOf(code, LEXICON_RULE.has);
    const after = objectsOf(r.code, LEXICON_RULE.has);
    expect(before).toHaveLength(entries.length);
    expect(after).toEqual(before.map((p) => without(p, LEXICON_RULE.drop)));
    // every entry lost exactly its note and source, nothing else
    for (const p of after) expect(Object.keys(p)).not.toContain('note');
    expect(after.map((p) => p.id)).toEqual(entries.map((e) => `'${e.id}'`));
    for (const e of entries) expect(r.code).not.toContain(e.note);
    expect(r.code).not.toMatch(/\bSRC\./u);
  });

  it('keeps the official numbers digits and drops their names, sources and notes', () => {
    const code = read('handles/official-numbers.ts');
    const r = stripKeys(code, OFFICIAL_RULE);
    const after = objectsOf(r.code, OFFICIAL_RULE.has);
    expect(after).toEqual(objectsOf(code, OFFICIAL_RULE.has).map((p) => without(p, OFFICIAL_RULE.drop)));
    expect(after.map((p) => Object.keys(p))).toEqual(OFFICIAL_NUMBERS.map(() => ['digits']));
    for (const o of OFFICIAL_NUMBERS) expect(r.code).not.toContain(o.name);
    expect(r.texts).toContain(OFFICIAL_NUMBERS[0]?.name);
  });

  it('leaves other objects, computed keys and the rest of the module as written', () => {
    const code = [
      "const other = { note: 'kept: no id', source: 'kept' };",
      "export const L = [{ id: 'a', pattern: 'x', note: 'dropped one', ['source']: 'computed, kept', weight: 2 },",
      "  { id: 'b', 'pattern': 'y', source: `dropped two`, note: 'dropped three' }] as const;",
    ].join('\n');
    const r = stripKeys(code, LEXICON_RULE);
    expect(r.count).toBe(3);
    expect(r.texts).toEqual(['dropped one', 'dropped two', 'dropped three']);
    expect(r.code).toContain("const other = { note: 'kept: no id', source: 'kept' };");
    expect(objectsOf(r.code, ['id'])).toEqual([
      { id: "'a'", pattern: "'x'", '[source]': "'computed, kept'", weight: '2' },
      { id: "'b'", pattern: "'y'" },
    ]);
  });

  it('lists a module string literals (the build checks that no bundle holds the lexicon sources)', () => {
    expect(stringLiterals("export const S = { a: 'https://a.example/x', b: `t` };\nconst n = 1;")).toEqual([
      'https://a.example/x',
      't',
    ]);
  });
});

describe('lexicons read from the background in the content build', () => {
  const files = readdirSync(new URL('../lexicon/', import.meta.url)).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'types.ts',
  );
  it('turns every exported entry array into a read from the channel, and the background sends each one', () => {
    const names: string[] = [];
    for (const f of files) {
      const code = stripKeys(read(`lexicon/${f}`), LEXICON_RULE).code;
      const r = lexiconsFromChannel(code, '/x/channel.ts');
      names.push(...r.names);
      // no entry literal is left in the module
      expect(objectsOf(r.code, LEXICON_RULE.has)).toEqual([]);
      for (const n of r.names) expect(r.code).toContain(`__lexiconEntries(${JSON.stringify(n)})`);
      if (r.names.length > 0)
        expect(r.code.startsWith('import { lexiconEntries as __lexiconEntries } from "/x/channel.ts";')).toBe(true);
      else expect(r.code).toBe(code);
    }
    expect(names.sort()).toEqual(Object.keys(SENT).sort());
    expect(SENT).toEqual({ ADVANCE_FEE, ARC, BAIT, CTA, FEE_FIRST, OFF_PLATFORM, PERSONA, TOPIC, WARNING });
  });
  it('keeps a module other exports as written', () => {
    const code = read('lexicon/advance-fee.ts');
    const r = lexiconsFromChannel(code, 'c');
    expect(r.names).toEqual(['ADVANCE_FEE', 'FEE_FIRST']);
    const loan = /export const LOAN_RE =\s*[^\n]*/u.exec(code)?.[0];
    expect(loan).toBeTruthy();
    expect(r.code).toContain(loan);
    expect(lexiconsFromChannel('export const A = [1];\nconst B = [2];\nexport const C = 3;', 'c').code).toBe(
      'import { lexiconEntries as __lexiconEntries } from "c";\nexport const A = __lexiconEntries("A");\nconst B = [2];\nexport const C = 3;',
    );
  });
});

describe("the lexicons' prefixes computed by the build", () => {
  it('ships the prefixes computed at run time, for every alternation of every lexicon', () => {
    const code = read('ext/lexicons.ts');
    const shipped = inlinePrefixes(code, LEXICON_PREFIXES);
    const json = /export const LEXICON_PREFIXES[^=]*= (\{.*\});/u.exec(shipped)?.[1];
    expect(json).toBeTruthy();
    const data = JSON.parse(json as string);
    // the data equals what compileLexicon computes from the patterns when nothing is given
    expect(data).toEqual(lexiconPrefixes(SENT));
    let parts = 0;
    for (const [name, entries] of Object.entries(SENT)) {
      for (const lang of ['zh', 'en'] as const) {
        const mine = entries.filter((e) => e.lang === lang);
        if (mine.length === 0) continue;
        parts++;
        const source = mine.map((e) => `(${e.pattern})`).join('|');
        // a part sent in chunks comes without the whole alternation's data (it is read in chunks)
        if (data[name].chunks?.[lang]) expect(data[name][lang]).toBeUndefined();
        else expect(data[name][lang]).toEqual(scannerData(new RegExp(source, 'giu'), prefixesOf(source)));
      }
    }
    expect(parts).toBeGreaterThanOrEqual(Object.keys(SENT).length);
    expect(() => inlinePrefixes('export const X = 1;', {})).toThrow(/new shape/u);
  });
  it('ships the data of the Scanners the engine makes at module load, each as read from its pattern', () => {
    const built = builtScannerData();
    // the contact cues, the alias folder, the spelled-digit gate, the loan and licence tests
    expect(Object.keys(built).length).toBeGreaterThanOrEqual(5);
    const made = new Map(madeWithoutData.map((re) => [scannerKey(re), re]));
    for (const [key, data] of Object.entries(built)) {
      const re = made.get(key);
      expect(re, key).toBeDefined();
      expect(data).toEqual(scannerData(re as RegExp, prefixesOf((re as RegExp).source)));
    }
    // the lexicons' parts are not among them: their data comes with their entries
    const lexiconSources = Object.values(SENT).flatMap((entries) =>
      (['zh', 'en'] as const).map(
        (lang) =>
          new RegExp(
            entries
              .filter((e) => e.lang === lang)
              .map((e) => `(${e.pattern})`)
              .join('|'),
            'giu',
          ).source,
      ),
    );
    for (const re of madeWithoutData)
      if (lexiconSources.includes(re.source)) expect(built[scannerKey(re)]).toBeUndefined();
    const code = read('text/scan.ts');
    const shipped = inlineScannerData(code, built);
    const json = /const BUILT_SCANNER_DATA[^=]*= (\{.*\});/u.exec(shipped)?.[1];
    expect(JSON.parse(json as string)).toEqual(built);
    expect(() => inlineScannerData('export const X = 1;', {})).toThrow(/new shape/u);
    // the content script's build: its Scanners use the data given or built, never their patterns
    const given = givenScannerDataOnly(code);
    expect(given).toContain('const READS_PATTERNS = false;');
    expect(given).not.toContain('const READS_PATTERNS = true;');
    expect(() => givenScannerDataOnly('export const X = 1;')).toThrow(/new shape/u);
    // the key tells patterns and flags apart
    expect(scannerKey(/ab/giu)).not.toBe(scannerKey(/ab/gu));
    expect(scannerKey(/ab/giu)).not.toBe(scannerKey(/ba/giu));
  });
  it('a lexicon compiled with the shipped prefixes finds what one compiled from its patterns finds', () => {
    const texts = [
      '债务问题免费咨询,老师微信xys8775,停息挂账找老师协商成功了,太感谢了',
      'She recovered my money, contact the recovery expert Mrs Helen on WhatsApp +44 7700 900562. This is a scam!',
      '逾期被催收,加的是这个老师的微信 bad credit no problem, upfront fee before the loan is released',
    ];
    for (const [name, entries] of Object.entries(SENT)) {
      const copy = entries.map((e) => ({ ...e }));
      givePrefixes(copy, JSON.parse(JSON.stringify(LEXICON_PREFIXES[name])));
      const withData = compileLexicon(copy);
      const computed = compileLexicon(entries);
      for (const t of texts) {
        const ids = (hits: ReturnType<typeof matchLexicon>) => hits.map((h) => [h.entry.id, h.start, h.end]);
        expect(ids(matchLexicon(withData, t))).toEqual(ids(matchLexicon(computed, t)));
      }
    }
  });
});

describe('banner CSS minified at build time', () => {
  it('drops comments and layout white space but keeps selectors and values', () => {
    expect(minifyCss('/* c */\n.a .b :hover,\n.c > .d {\n  color: red;\n  font: 16px/1 "A B", sans-serif;\n}\n')).toBe(
      '.a .b :hover,.c>.d{color:red;font:16px/1 "A B",sans-serif}',
    );
  });

  it('minifies the banner CSS constant in its module and nothing else', () => {
    const code = read('ui/banner/styles.ts');
    const out = minifyCssConstants(code);
    const m = /export const BANNER_CSS = ("(?:[^"\\]|\\.)*");/u.exec(out);
    expect(m).not.toBeNull();
    const css = JSON.parse(m?.[1] ?? '""') as string;
    expect(css).toBe(minifyCss(BANNER_CSS));
    expect(css.length).toBeLessThan(BANNER_CSS.length * 0.9);
    // the same rules: every selector and declaration survives
    const parts = (s: string) => s.replace(/\s+/gu, '').split(/[{};]/u).filter(Boolean);
    expect(parts(css)).toEqual(parts(BANNER_CSS));
  });
});

describe("the engine's long regexes sent to the content script", () => {
  it('lists the top-level regex literals of 40 characters or more, not those inside a function or class', () => {
    const long = 'a'.repeat(40);
    const code = [
      `export const A = /${long}/iu;`,
      `const B = [/${long}b/u, /short/u];`,
      `const C = { x: new RegExp(/${long}c/.source, 'g') };`,
      `function f() { return /${long}d/u; }`,
      `const g = () => /${long}e/u;`,
      `class K { r = /${long}f/u; }`,
      `const H: RegExp = /${long}[/]\\/h/u;`,
    ].join('\n');
    expect(topLevelRegexes(code).map((r) => [r.source, r.flags])).toEqual([
      [long, 'iu'],
      [`${long}b`, 'u'],
      [`${long}c`, ''],
      [`${long}[/]\\/h`, 'u'],
    ]);
    const listed = topLevelRegexes(code).map((r) => [r.source, r.flags] as const);
    const out = regexesFromChannel(code, 'x.ts', listed, 7, '/c.ts');
    expect(out.startsWith('import { sentRegex as __sentRegex } from "/c.ts";\n')).toBe(true);
    expect(out).toContain('export const A = __sentRegex(7);');
    expect(out).toContain('const B = [__sentRegex(8), /short/u];');
    expect(out).toContain('const H: RegExp = __sentRegex(10);');
    expect(out).toContain(`return /${long}d/u;`);
    // a module that no longer holds what the build listed for it
    expect(() => regexesFromChannel(code, 'x.ts', listed.slice(1), 7, '/c.ts')).toThrow(/changed/u);
    expect(() => regexesFromChannel(code.replace('iu;', 'u;'), 'x.ts', listed, 7, '/c.ts')).toThrow(/changed/u);
  });

  it('lists a top-level regex made from string literals alone, joined, as the regex it makes', () => {
    const long = 'a'.repeat(20);
    const code = [
      'export const A = new RegExp(',
      '  [',
      `    // a comment on the first\n    '(?<x>${long})',`,
      `    "b|c\\\\d",`,
      `    \`(?<![a-z])${long}/\`,`,
      "  ].join('|'),",
      "  'giu',",
      ');',
      `const B = new RegExp(['${long}', 'x'].join(''));`,
      // not made from strings the build reads, or not at the top level: written as they are
      `const C = new RegExp([\`\${X}${long}\`].join('|'), 'u');`,
      `const D = new RegExp(['${long}'].join(SEP), 'u');`,
      `const E = new RegExp(['${long}', ...F].join('|'), 'u');`,
      `const G = new RegExp(['${long}'].join('|'), flags);`,
      `const H = () => new RegExp(['${long}'].join('|'), 'u');`,
      `const I = new RegExp(['${long}'].concat('|'), 'u');`,
      "const J = new RegExp(['ab', 'c'].join('|'), 'u');",
    ].join('\n');
    const found = topLevelRegexes(code);
    const A = [`(?<x>${long})`, 'b|c\\d', `(?<![a-z])${long}/`];
    expect(found.map((r) => [r.source, r.flags, r.parts])).toEqual([
      [A.join('|'), 'giu', A],
      [`${long}x`, '', [long, 'x']],
    ]);
    // the strings as the module's regex reads them (an escape in a string literal cooked)
    expect(new RegExp(found[0]?.source ?? '', 'giu').test('c5')).toBe(true);
    expect(new RegExp(found[0]?.source ?? '', 'giu').test('cd')).toBe(false);
    const listed = found.map((r) => [r.source, r.flags] as const);
    const out = regexesFromChannel(code, 'x.ts', listed, 3, '/c.ts');
    expect(out).toContain('export const A = __sentRegex(3);\nconst B = __sentRegex(4);\nconst C = new RegExp(');
    expect(out).not.toContain('a comment on the first');
    expect(out).toContain(`const J = new RegExp(['ab', 'c'].join('|'), 'u');`);
  });

  it('lists a top-level regex made from templates of the string constants the module holds or imports', () => {
    const long = 'a'.repeat(20);
    const code = [
      "import { WORDS, type Kind } from './words';",
      "import { NOT_CONST } from './words';",
      "const EMOJI = '\\\\p{Extended_Pictographic}❤';",
      'const SPOKEN = "一幺1二两2";',
      "export const CLASS = SPOKEN.replace(/\\d/gu, '');",
      `const LETTERS = \`\${EMOJI}a-z\`;`,
      "const QUOTED = String.raw`(?:'[^'\\\\\\n]{0,4}')`;",
      "const LATER = 'x';",
      // a template of constants, one of imported ones, joined with strings, String.raw's
      `const A = new RegExp(\`(?<wx>[微\${EMOJI}]+信)${long}\`, 'gu');`,
      `const B = new RegExp(\`\\\\b(?:\${WORDS})\\\\b\`, 'giu');`,
      'const C = new RegExp(',
      '  [',
      `    // a comment\n    \`(?<a>[\${LETTERS}]{1,8}\${CLASS})\`,`,
      `    '(?<b>${long})',`,
      "  ].join('|'),",
      "  'u',",
      ');',
      `const D = new RegExp(\`\${QUOTED}(?:\\\\s?\\\\+\${QUOTED})\`, 'gu');`,
      // not read: a name that is not a string constant the build can read, a template in a function, a
      // string alone (written as a literal would be), a template whose own text is too short to find it by
      `const E = new RegExp(\`\${NOT_CONST}${long}\`, 'u');`,
      `const F = new RegExp(\`\${String(1)}${long}\`, 'u');`,
      `let G = '${long}';`,
      `const H = new RegExp(\`x\${G}\`, 'u');`,
      `const I = () => new RegExp(\`\${EMOJI}${long}\`, 'u');`,
      `const J = new RegExp('${long}', 'u');`,
      `const K = new RegExp(\`[\${CLASS}\${EMOJI}\${LETTERS}\${LATER}]\`, 'u');`,
      `const L = new RegExp(\`\${LOOP}${long}\`, 'u');`,
      `const LOOP = \`\${LOOP}\`;`,
    ].join('\n');
    const files: Record<string, string> = {
      'src/a/words.ts': "export const WORDS = 'one|two';\nexport const NOT_CONST = WORDS.split('|');\n",
    };
    const read = (file: string) => {
      const text = files[file];
      if (text === undefined) throw new Error(`no ${file}`);
      return text;
    };
    const found = topLevelRegexes(code, 12, importsOf('src/a/x.ts', read));
    expect(found.map((r) => [r.source, r.flags])).toEqual([
      [`(?<wx>[微\\p{Extended_Pictographic}❤]+信)${long}`, 'gu'],
      ['\\b(?:one|two)\\b', 'giu'],
      [`(?<a>[\\p{Extended_Pictographic}❤a-z]{1,8}一幺二两)|(?<b>${long})`, 'u'],
      ["(?:'[^'\\\\\\n]{0,4}')(?:\\s?\\+(?:'[^'\\\\\\n]{0,4}'))", 'gu'],
    ]);
    // what the module's own text is, to find the regex by in a bundle that kept it
    expect(found[0]?.parts).toEqual(['(?<wx>[微', `]+信)${long}`]);
    expect(found[0]?.templates).toEqual([['(?<wx>[微', `]+信)${long}`]]);
    expect(found[2]?.parts).toEqual(['(?<a>[', ']{1,8}', ')', `(?<b>${long})`]);
    expect(found[3]?.templates).toEqual([['', '(?:\\s?\\+', ')']]);
    // the regexes the module makes: the same
    expect(new RegExp(found[1]?.source ?? '', 'giu').test('Two')).toBe(true);
    expect(new RegExp(found[3]?.source ?? '', 'gu').test(`'ab' +'c'`)).toBe(true);
    const listed = found.map((r) => [r.source, r.flags] as const);
    expect(() => regexesFromChannel(code, 'x.ts', listed, 2, '/c.ts')).toThrow(/changed/u);
    const out = regexesFromChannel(code, 'x.ts', listed, 2, '/c.ts', importsOf('src/a/x.ts', read));
    expect(out).toContain('const A = __sentRegex(2);\nconst B = __sentRegex(3);\nconst C = __sentRegex(4);');
    expect(out).toContain('const D = __sentRegex(5);\nconst E = new RegExp(');
    expect(out).not.toContain('// a comment');
    // the constants stay as written (the bundler drops those nothing else reads)
    expect(out).toContain("const EMOJI = '\\\\p{Extended_Pictographic}❤';");
  });

  it("reads a module's string constants as the module makes them", () => {
    const constants = moduleConstants(
      [
        "import { A } from './a';",
        "const B = 'b' as const;",
        `const C = \`\${B}\\u0063\`;`,
        "export const D = C.replaceAll('c', 'd');",
        "const E = C.replaceAll(/c/u, 'e');",
        `const F = String.raw\`\\d\${D}\`;`,
      ].join('\n'),
      (spec) => (spec === './a' ? (name) => (name === 'A' ? 'a' : undefined) : undefined),
    );
    expect(['A', 'B', 'C', 'D', 'E', 'F', 'G'].map(constants)).toEqual([
      'a',
      'b',
      'bc',
      'bd',
      undefined,
      '\\dbd',
      undefined,
    ]);
    // a module's exported constants only, as another module imports them
    const exported = moduleConstants(`const X = 'x';\nexport const Y = \`\${X}y\`;`, undefined, true);
    expect([exported('X'), exported('Y')]).toEqual([undefined, 'xy']);
  });

  it('finds a sent regex still in a bundle, however the bundler wrote it', () => {
    const long = 'a'.repeat(20);
    const sent = topLevelRegexes(
      [
        `const A = /(?<![a-z])${long}b/u;`,
        `const B = new RegExp(['(?<x>${long}c)', '(?<y>微信${long})', 'z'].join('|'), 'giu');`,
        `const C = new RegExp(['short', 'x'].join('|'), 'u');`,
      ].join('\n'),
      4,
    );
    expect(sent.length).toBe(3);
    const [A, B, C] = sent.map((r) => r.source);
    expect(sentRegexesIn('const a=s(0),b=s(1),c=s(2);const x="(?<y>微信";', sent)).toEqual([]);
    expect(sentRegexesIn(`const a=/(?<![a-z])${long}b/u;`, sent)).toEqual([A]);
    // the strings kept, quoted another way, escaped, or joined by the minifier
    expect(
      sentRegexesIn(`const b=new RegExp(["(?<x>${long}c)","(?<y>\\u5fae\\u4fe1${long})","z"].join("|"),"giu");`, sent),
    ).toEqual([B]);
    expect(sentRegexesIn(`const b=new RegExp('(?<x>${long}c)|(?<y>微信${long})|z',"giu");`, sent)).toEqual([B]);
    expect(sentRegexesIn(`const b=/(?<x>${long}c)|(?<y>微信${long})|z/giu;`, sent)).toEqual([B]);
    // a regex of short strings only: by its whole source
    expect(sentRegexesIn('const c=new RegExp("short|x","u");', sent)).toEqual([C]);
    expect(sentRegexesIn('const c="short",d="x";', sent)).toEqual([]);
  });

  it('finds a sent regex made from templates still in a bundle, with its constants kept apart or put in', () => {
    const long = 'a'.repeat(20);
    const sent = topLevelRegexes(
      [
        "const E = '❤';",
        "const W = 'one|two';",
        `const A = new RegExp(['(?<x>${long})', \`(?<y>[微\${E}]+信)${long}\`].join('|'), 'u');`,
        `const B = new RegExp(\`\\\\b(?:\${W})\\\\b\`, 'giu');`,
      ].join('\n'),
    );
    const [A, B] = sent.map((r) => r.source);
    expect([A, B]).toEqual([`(?<x>${long})|(?<y>[微❤]+信)${long}`, '\\b(?:one|two)\\b']);
    expect(sentRegexesIn(`const a=s(0),b=s(1),w="one|two",e="❤",c=\`(?:\${w})\`;`, sent)).toEqual([]);
    // kept as templates, the constants apart (minified to other names)
    expect(sentRegexesIn(`const q=new RegExp(\`(?<y>[微\${e}]+信)${long}\`,"u");`, sent)).toEqual([A]);
    expect(sentRegexesIn(`const b=new RegExp(\`\\\\b(?:\${w})\\\\b\`,"giu");`, sent)).toEqual([B]);
    expect(sentRegexesIn(`const b=new RegExp(\`x\\\\b(?:\${w})\\\\b|y\`,"giu");`, sent)).toEqual([B]);
    // the constants put in by the minifier
    expect(sentRegexesIn(`const q=new RegExp("(?<y>[微❤]+信)${long}","u");`, sent)).toEqual([A]);
    expect(sentRegexesIn('const b=new RegExp("\\\\b(?:one|two)\\\\b","giu");', sent)).toEqual([B]);
  });

  it('reads back, in each module sent, the very regexes it replaced', () => {
    const list = sentRegexList(SENT_REGEX_FILES, readRoot);
    let at = 0;
    for (const file of SENT_REGEX_FILES) {
      const code = readRoot(file);
      const found = topLevelRegexes(code, SENT_REGEX_CHARS, importsOf(file, readRoot));
      const listed = found.map((r) => [r.source, r.flags] as const);
      expect(listed.length, file).toBeGreaterThan(0);
      expect(list.at.get(file)).toEqual([at, listed.length]);
      const out = regexesFromChannel(code, file, listed, at, '/c.ts', importsOf(file, readRoot));
      // each call put back as the text it stands for gives the module as written
      const back = out
        .replace('import { sentRegex as __sentRegex } from "/c.ts";\n', '')
        .replace(/__sentRegex\((\d+)\)/gu, (_, i: string) => {
          const r = found[Number(i) - at];
          return r ? code.slice(r.start, r.end) : '';
        });
      expect(back, file).toBe(code);
      for (const r of found) {
        // a literal stands for the regex made from what is sent, as written
        if (!r.parts) expect(code.slice(r.start, r.end)).toBe(`/${r.source}/${r.flags}`);
        expect(new RegExp(r.source, r.flags).source).toBe(r.source);
      }
      at += listed.length;
    }
    expect(list.regexes.length).toBe(at);
  });

  it('makes of templates and joined strings the very regexes the modules make when they load', async () => {
    const list = sentRegexList(SENT_REGEX_FILES, readRoot);
    const made = list.found.filter((r) => r.parts);
    // the normalizer's aliases, written with interpolated constants, among them
    expect(made.some((r) => r.source.startsWith('(?<wx>') && r.templates)).toBe(true);
    const seen = new Set<string>();
    const Real = RegExp;
    globalThis.RegExp = new Proxy(Real, {
      construct(target, args: [string | RegExp, string?]) {
        const re = Reflect.construct(target, args) as RegExp;
        seen.add(`${re.flags} ${re.source}`);
        return re;
      },
    });
    try {
      vi.resetModules();
      for (const file of SENT_REGEX_FILES)
        await import(/* @vite-ignore */ new URL(`../../${file}`, import.meta.url).href);
    } finally {
      globalThis.RegExp = Real;
      vi.resetModules();
    }
    const flagsOf = (f: string) => [...f].sort().join('');
    for (const r of made) expect(seen.has(`${flagsOf(r.flags)} ${r.source}`), r.source.slice(0, 60)).toBe(true);
  });

  it("sends the contact cues' patterns but not their first look, and the cue Scanner finds its data", () => {
    const cues = topLevelRegexes(read('handles/cues.ts'));
    // the cue pattern (made from its alternatives), LINE, the name pointer
    expect(cues.map((r) => r.flags)).toEqual(['giu', 'gu', 'iu']);
    expect(cues[0]?.parts?.length).toBeGreaterThan(5);
    expect(SENT_REGEX_FILES).toContain('src/handles/cues.ts');
    // the look, which a sub-frame evaluates before it asks the background, ships in the bundle
    expect(SENT_REGEX_FILES).not.toContain('src/handles/cue-look.ts');
    const built = builtScannerData();
    const [source, flags] = [cues[0]?.source ?? '', cues[0]?.flags ?? ''];
    expect(built[scannerKey(new RegExp(source, flags))]).toBeDefined();
  });

  it('puts the list in place in the module the background reads', () => {
    const shipped = inlineSentRegexes(read('ext/regexes.ts'), [['ab', 'u']]);
    expect(shipped).toContain('export const SENT_REGEXES: readonly (readonly [string, string])[] = [["ab","u"]];');
    expect(() => inlineSentRegexes('export const X = 1;', [])).toThrow(/new shape/u);
  });
});
