/**
 * Build-time transforms for the extension's bundles (wxt.config.ts applies them; nothing here runs in a
 * page).
 *
 * - `stripKeys`: the lexicon entries' `note`/`source` and the official numbers' `name`/`source`/`note`
 *   document the data in the source files (and the command-line scanner may show them); the extension
 *   never reads them, so its bundles leave them out. Only object literals that have the rule's keys lose
 *   properties; every other byte of the module stays as written.
 * - `minifyCss`: the banner's CSS without comments and layout white space.
 */
import { parseAst } from 'rolldown/parseAst';

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

export interface StripRule {
  /** an object literal is an entry when it has every one of these keys */
  has: readonly string[];
  /** the keys an entry loses */
  drop: readonly string[];
}

/** lexicon entries (src/lexicon/*.ts): id, pattern, lang, kind and weight stay */
export const LEXICON_RULE: StripRule = { has: ['id', 'pattern'], drop: ['note', 'source'] };
/** official numbers (src/handles/official-numbers.ts): the digits stay */
export const OFFICIAL_RULE: StripRule = { has: ['digits'], drop: ['name', 'source', 'note'] };

export interface Stripped {
  code: string;
  /** how many properties were dropped */
  count: number;
  /** the dropped values that were plain strings (a built bundle must not hold them) */
  texts: string[];
}

const isNode = (v: unknown): v is AstNode =>
  typeof v === 'object' && v !== null && typeof (v as AstNode).type === 'string';

/** Call `fn` on every node of a tree, parents first. */
function walk(n: AstNode, fn: (n: AstNode) => void): void {
  fn(n);
  for (const v of Object.values(n)) {
    if (Array.isArray(v)) for (const c of v) isNode(c) && walk(c, fn);
    else if (isNode(v)) walk(v, fn);
  }
}

const parse = (code: string) => parseAst(code, { lang: 'ts' }) as unknown as AstNode;

function keyName(p: AstNode): string | undefined {
  if (p.type !== 'Property' || p.computed) return undefined;
  const k = p.key as AstNode;
  if (k.type === 'Identifier') return k.name as string;
  if (k.type === 'Literal' && typeof k.value === 'string') return k.value;
  return undefined;
}

function plainText(v: AstNode): string | undefined {
  if (v.type === 'Literal' && typeof v.value === 'string') return v.value;
  if (v.type === 'TemplateLiteral' && (v.expressions as unknown[]).length === 0) {
    return ((v.quasis as AstNode[])[0]?.value as { cooked?: string } | undefined)?.cooked ?? undefined;
  }
  return undefined;
}

/** Drop `rule.drop` properties from the object literals of a TypeScript module that have `rule.has`. */
export function stripKeys(code: string, rule: StripRule): Stripped {
  const cuts: [number, number][] = [];
  const texts: string[] = [];
  walk(parse(code), (n) => {
    if (n.type === 'ObjectExpression') {
      const props = (n.properties as AstNode[]).filter((p) => p.type === 'Property');
      const names = new Set(props.map(keyName));
      if (rule.has.every((k) => names.has(k))) {
        for (const p of props) {
          const name = keyName(p);
          if (name === undefined || !rule.drop.includes(name)) continue;
          // the property and the comma after it (white space is left as it is)
          let end = p.end;
          while (end < code.length && /\s/u.test(code[end] ?? '')) end++;
          cuts.push([p.start, code[end] === ',' ? end + 1 : p.end]);
          const text = plainText(p.value as AstNode);
          if (text !== undefined) texts.push(text);
        }
      }
    }
  });
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of cuts) {
    out += code.slice(at, s);
    at = e;
  }
  return { code: out + code.slice(at), count: cuts.length, texts };
}

/**
 * CSS without comments and the white space around punctuation (a space before `:` stays: it can be a
 * descendant selector). Enough for the banner's own style sheet (no strings holding `{};:,>` or comment
 * markers); not a general minifier.
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/ ?([{};,>]) ?/gu, '$1')
    .replace(/: /gu, ':')
    .replace(/;\}/gu, '}')
    .trim();
}

/** The string literals of a module (to check that a bundle holds none of them). */
export function stringLiterals(code: string): string[] {
  const out: string[] = [];
  walk(parse(code), (n) => {
    const text = plainText(n);
    if (text !== undefined) out.push(text);
  });
  return out;
}

/** Minify every expression-free template literal assigned to a `…CSS` constant (src/ui/banner/styles.ts). */
export function minifyCssConstants(code: string): string {
  const cuts: [number, number, string][] = [];
  walk(parse(code), (n) => {
    if (n.type === 'VariableDeclarator') {
      const id = n.id as AstNode;
      const init = n.init as AstNode | null;
      const text = init?.type === 'TemplateLiteral' ? plainText(init) : undefined;
      if (init && text !== undefined && id.type === 'Identifier' && String(id.name).endsWith('CSS')) {
        cuts.push([init.start, init.end, JSON.stringify(minifyCss(text))]);
      }
    }
  });
  let out = code;
  for (const [s, e, r] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, s) + r + out.slice(e);
  return out;
}

export interface FromChannel {
  code: string;
  /** the exported constants whose array literal now reads from the channel */
  names: string[];
}

/**
 * The content script's lexicon modules: every exported constant initialised with an array literal
 * (`export const BAIT: readonly LexiconEntry[] = [ … ]`) reads its entries from `channel` instead
 * (`lexiconEntries('BAIT')`, what the background sent); every other export (regexes, types) stays as
 * written.
 */
export function lexiconsFromChannel(code: string, channel: string): FromChannel {
  const cuts: [number, number, string][] = [];
  for (const stmt of (parse(code) as unknown as { body: AstNode[] }).body) {
    if (stmt.type !== 'ExportNamedDeclaration') continue;
    const decl = stmt.declaration as AstNode | null;
    if (decl?.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations as AstNode[]) {
      const id = d.id as AstNode;
      const init = d.init as AstNode | null;
      if (id.type !== 'Identifier' || init?.type !== 'ArrayExpression') continue;
      cuts.push([init.start, init.end, String(id.name)]);
    }
  }
  let out = code;
  for (const [s, e, name] of [...cuts].sort((a, b) => b[0] - a[0])) {
    out = `${out.slice(0, s)}__lexiconEntries(${JSON.stringify(name)})${out.slice(e)}`;
  }
  if (cuts.length > 0) out = `import { lexiconEntries as __lexiconEntries } from ${JSON.stringify(channel)};\n${out}`;
  return { code: out, names: cuts.map((c) => c[2]) };
}

/** where src/ext/lexicons.ts computes the prefixes (the build puts their value there) */
const PREFIXES_CALL_RE = /(export const LEXICON_PREFIXES\b[^=]*=\s*)lexiconPrefixes\(LEXICONS\);/u;

/**
 * src/ext/lexicons.ts with the lexicons' prefixes as data (`value`, computed by the build from the
 * same module) instead of computed when the module loads. Throws when the module has a new shape.
 */
export function inlinePrefixes(code: string, value: unknown): string {
  return inlineValue(code, PREFIXES_CALL_RE, value, 'src/ext/lexicons.ts', 'inlinePrefixes');
}

/** where src/text/scan.ts holds the Scanner data the build computes (empty in the sources) */
const SCANNER_DATA_RE = /(const BUILT_SCANNER_DATA\b[^=]*=\s*)\{\};/u;

/**
 * src/text/scan.ts with the data of the Scanners the engine makes when its modules load (`value`,
 * `builtScannerData()` of src/ext/scanner-data.ts) in place of `{}`. Throws when the module has a new shape.
 */
export function inlineScannerData(code: string, value: unknown): string {
  return inlineValue(code, SCANNER_DATA_RE, value, 'src/text/scan.ts', 'inlineScannerData');
}

/** `code` with `value` as JSON after the declaration head `re` captures; throws when `re` finds none. */
function inlineValue(code: string, re: RegExp, value: unknown, file: string, fn: string): string {
  if (!re.test(code)) throw new Error(`${file} has a new shape: update ${fn}`);
  return code.replace(re, (_, head: string) => `${head}${JSON.stringify(value)};`);
}

/** where src/text/scan.ts says whether its Scanners read their patterns (true in the sources) */
const READS_PATTERNS_RE = /\bconst READS_PATTERNS = true;/u;

/**
 * src/text/scan.ts for the content script's build: its Scanners use the data given or built and never read
 * a pattern, so the pattern readers (`prefixes`, `scannerData`, `sameWithoutUnicode`) drop out of the
 * bundle. Throws when the module has a new shape.
 */
export function givenScannerDataOnly(code: string): string {
  if (!READS_PATTERNS_RE.test(code)) throw new Error('src/text/scan.ts has a new shape: update givenScannerDataOnly');
  return code.replace(READS_PATTERNS_RE, 'const READS_PATTERNS = false;');
}

/**
 * A regex literal at a module's top level (not inside a function or class body) whose source is at least
 * this many characters long: the content script's build takes those of the engine's modules from the
 * background (`regexesFromChannel`), as it takes the lexicons. (At 40 it kept 1.2 KB more of the gzipped
 * script, at 20 0.3 KB more; below 12 a literal costs about as much as the call that replaces it, and the
 * same short source also stands in modules the content script keeps, which a sent regex must not.)
 */
export const SENT_REGEX_CHARS = 12;

export interface TopRegex {
  start: number;
  end: number;
  /** what the module's regex is made from (a literal's source, or the string a `new RegExp` is given) */
  source: string;
  flags: string;
  /**
   * a regex made from string literals (`new RegExp([ … ].join('|'), flags)`): those strings, one of which
   * a bundle that still holds the pattern holds (see `sentRegexesIn`); absent for a literal
   */
  parts?: string[];
}

/**
 * `new RegExp([ 'a', 'b', … ].join(sep), flags)` with string literals only (no expression in them, no
 * spread): the strings, the separator and the flags; else undefined. A pattern written one alternative
 * per line, each with its comment, is sent as a literal is.
 */
function joinedRegex(n: AstNode): { parts: string[]; sep: string; flags: string } | undefined {
  const callee = n.callee as AstNode;
  const args = n.arguments as AstNode[];
  if (callee.type !== 'Identifier' || callee.name !== 'RegExp' || args.length < 1 || args.length > 2) return undefined;
  const flags = args[1] ? plainText(args[1]) : '';
  const call = args[0] as AstNode;
  if (flags === undefined || call.type !== 'CallExpression' || call.optional) return undefined;
  const member = call.callee as AstNode;
  const callArgs = call.arguments as AstNode[];
  if (member.type !== 'MemberExpression' || member.computed || member.optional) return undefined;
  const property = member.property as AstNode;
  const array = member.object as AstNode;
  if (property.type !== 'Identifier' || property.name !== 'join' || array.type !== 'ArrayExpression') return undefined;
  const sep = callArgs.length === 1 ? plainText(callArgs[0] as AstNode) : undefined;
  if (sep === undefined) return undefined;
  const parts: string[] = [];
  for (const e of array.elements as (AstNode | null)[]) {
    const text = e ? plainText(e) : undefined;
    if (text === undefined) return undefined;
    parts.push(text);
  }
  return { parts, sep, flags };
}

const SCOPES = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ClassDeclaration',
  'ClassExpression',
]);

/**
 * The regexes of a TypeScript module's top level (evaluated once, when the module loads) whose source is
 * `min` characters or longer, in the order they are written: its regex literals, and its regexes made
 * from string literals alone (`new RegExp([ … ].join('|'), flags)`, `joinedRegex`).
 */
export function topLevelRegexes(code: string, min = SENT_REGEX_CHARS): TopRegex[] {
  const out: TopRegex[] = [];
  const visit = (n: AstNode): void => {
    if (SCOPES.has(n.type)) return;
    const rx = (n as { regex?: { pattern: string; flags: string } }).regex;
    if (n.type === 'Literal' && rx && rx.pattern.length >= min) {
      out.push({ start: n.start, end: n.end, source: rx.pattern, flags: rx.flags });
    }
    const joined = n.type === 'NewExpression' ? joinedRegex(n) : undefined;
    if (joined) {
      const source = joined.parts.join(joined.sep);
      if (source.length >= min)
        out.push({ start: n.start, end: n.end, source, flags: joined.flags, parts: joined.parts });
      return;
    }
    for (const v of Object.values(n)) {
      if (Array.isArray(v)) for (const c of v) isNode(c) && visit(c);
      else if (isNode(v)) visit(v);
    }
  };
  visit(parse(code));
  return out;
}

/**
 * A module for the content script's build: each of its `topLevelRegexes` reads from `channel` instead
 * (`sentRegex(first + i)`, what the background sent), every other byte stays as written. `expected` is
 * what the build listed for the module (its place in the list the background sends): a module that no
 * longer holds exactly those throws.
 */
export function regexesFromChannel(
  code: string,
  file: string,
  expected: readonly (readonly [string, string])[],
  first: number,
  channel: string,
): string {
  const found = topLevelRegexes(code);
  if (
    found.length !== expected.length ||
    found.some((r, i) => r.source !== expected[i]?.[0] || r.flags !== expected[i]?.[1])
  ) {
    throw new Error(`${file} changed before its regexes were taken from the background: update regexesFromChannel`);
  }
  let out = code;
  for (let i = found.length - 1; i >= 0; i--) {
    const r = found[i] as TopRegex;
    out = `${out.slice(0, r.start)}__sentRegex(${first + i})${out.slice(r.end)}`;
  }
  return found.length > 0 ? `import { sentRegex as __sentRegex } from ${JSON.stringify(channel)};\n${out}` : out;
}

/**
 * The sent regexes (`topLevelRegexes` of the modules sent) that a bundle still holds: a literal as the
 * bundle would write it (`/source/`), a regex made from strings by any of its strings of `SENT_REGEX_CHARS`
 * or more (or its whole source, when none is that long) in a string literal or regex literal of the
 * bundle, however the bundler quoted, escaped or joined them. Each as its source.
 */
export function sentRegexesIn(code: string, sent: readonly TopRegex[]): string[] {
  const out = sent.filter((r) => !r.parts && code.includes(`/${r.source}/`)).map((r) => r.source);
  const joined = sent.filter((r) => r.parts);
  if (joined.length === 0) return out;
  const texts: string[] = [];
  walk(parse(code), (n) => {
    const text = plainText(n) ?? (n as { regex?: { pattern: string } }).regex?.pattern;
    if (text !== undefined) texts.push(text);
  });
  for (const r of joined) {
    const long = (r.parts ?? []).filter((p) => p.length >= SENT_REGEX_CHARS);
    const marks = long.length > 0 ? long : [r.source];
    if (texts.some((t) => marks.some((m) => t.includes(m)))) out.push(r.source);
  }
  return out;
}

/** where src/ext/regexes.ts holds the regexes the background sends (empty in the sources) */
const SENT_REGEXES_RE = /(export const SENT_REGEXES\b[^=]*=\s*)\[\];/u;

/** src/ext/regexes.ts with the list the build made (`value`) in place of `[]`. Throws when the module has a new shape. */
export function inlineSentRegexes(code: string, value: unknown): string {
  return inlineValue(code, SENT_REGEXES_RE, value, 'src/ext/regexes.ts', 'inlineSentRegexes');
}
