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
import { posix } from 'node:path';
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

/** a template's parts as one string (to find one template's parts among another's, in order) */
const PART_SEP = '\u0000';
/** the fewest characters a template's parts hold for a bundle's template with those parts to tell it */
const TEMPLATE_MARK_CHARS = 4;

export interface TopRegex {
  start: number;
  end: number;
  /** what the module's regex is made from (a literal's source, or the string a `new RegExp` is given) */
  source: string;
  flags: string;
  /**
   * a regex made from strings (`new RegExp(…, flags)`): the text written in its strings and templates
   * (string literals, the templates' parts between interpolations), one of which a bundle that still holds
   * the pattern holds (see `sentRegexesIn`); absent for a literal
   */
  parts?: string[];
  /**
   * each template with interpolations it is made from: the template's parts, in order (a bundle that still
   * holds the pattern holds a template with those parts, unless its minifier put the constants in)
   */
  templates?: string[][];
}

/**
 * A module's string constants by name, looked up on demand: its top-level `const`s whose value is a string
 * the build can read (`constText`), and those it imports from another module that exports one.
 */
export type Constants = (name: string) => string | undefined;
/** The string constants a module exports, by its import specifier ('./cue-look'); undefined when unread. */
export type Imports = (specifier: string) => Constants | undefined;

interface Text {
  value: string;
  /** the text as written in the source: the string, or the template's parts between interpolations */
  parts: string[];
  /** a template with interpolations: its parts */
  template?: string[];
}

/** TypeScript's wrappers of a value (`'…' as const`, `(…)`) */
const unwrap = (n: AstNode): AstNode =>
  n.type === 'TSAsExpression' || n.type === 'TSSatisfiesExpression' || n.type === 'ParenthesizedExpression'
    ? unwrap(n.expression as AstNode)
    : n;

/**
 * The string a module's expression stands for, when the build can tell without running the module: a
 * string literal, a template (also `String.raw`) whose every interpolation names one of the module's
 * string constants (`env`), or such a constant with a part replaced (`replaced`); else undefined.
 */
function constText(node: AstNode, env: Constants): Text | undefined {
  const n = unwrap(node);
  if (n.type === 'Literal' && typeof n.value === 'string') return { value: n.value, parts: [n.value] };
  if (n.type === 'CallExpression') return replaced(n, env);
  let tpl = n;
  let raw = false;
  if (n.type === 'TaggedTemplateExpression') {
    const tag = n.tag as AstNode;
    const object = tag.object as AstNode | undefined;
    const property = tag.property as AstNode | undefined;
    if (tag.type !== 'MemberExpression' || tag.computed || object?.name !== 'String' || property?.name !== 'raw') {
      return undefined;
    }
    tpl = n.quasi as AstNode;
    raw = true;
  }
  if (tpl.type !== 'TemplateLiteral') return undefined;
  const quasis = (tpl.quasis as AstNode[]).map((q) => {
    const v = q.value as { raw: string; cooked?: string | null };
    return raw ? v.raw : v.cooked;
  });
  if (quasis.some((q) => typeof q !== 'string')) return undefined; // an invalid escape
  const parts = quasis as string[];
  let value = parts[0] ?? '';
  const exprs = tpl.expressions as AstNode[];
  for (const [i, e] of exprs.entries()) {
    const v = e.type === 'Identifier' ? env(String(e.name)) : undefined;
    if (v === undefined) return undefined;
    value += v + (parts[i + 1] ?? '');
  }
  return { value, parts: parts.filter(Boolean), ...(exprs.length > 0 ? { template: parts } : {}) };
}

/**
 * A string constant with a part replaced (`SPOKEN.replace(/\d/gu, '')`): a constant's `replace` or
 * `replaceAll` by a regex or string literal with a string literal, done as the module would do it.
 */
function replaced(n: AstNode, env: Constants): Text | undefined {
  const member = n.callee as AstNode;
  const args = n.arguments as AstNode[];
  if (n.optional || member.type !== 'MemberExpression' || member.computed || member.optional) return undefined;
  const method = (member.property as AstNode).name;
  const object = member.object as AstNode;
  const value = object.type === 'Identifier' ? env(String(object.name)) : undefined;
  if ((method !== 'replace' && method !== 'replaceAll') || value === undefined || args.length !== 2) return undefined;
  const [what, by] = args.map((a) => unwrap(a));
  const rx = (what as { regex?: { pattern: string; flags: string } }).regex;
  const pattern = rx ? new RegExp(rx.pattern, rx.flags) : what && plainText(what);
  const replacement = by && plainText(by);
  if (pattern === undefined || replacement === undefined) return undefined;
  try {
    const out = method === 'replace' ? value.replace(pattern, replacement) : value.replaceAll(pattern, replacement);
    return { value: out, parts: [] };
  } catch {
    return undefined; // as the module would fail (replaceAll with a regex that is not global)
  }
}

type Program = { body: AstNode[] };

/**
 * The string constants of a module (`exported`: only those it exports), read on first use: a top-level
 * `const` whose value `constText` reads, with the module's other constants and those it imports by name
 * (`imports`; `import type` skipped). Nothing is run.
 */
export function moduleConstants(code: string, imports: Imports = () => undefined, exported = false): Constants {
  return constantsOf(parse(code) as unknown as Program, imports, exported);
}

function constantsOf(program: Program, imports: Imports, exported: boolean): Constants {
  const declared = new Map<string, AstNode>();
  const isExported = new Set<string>();
  const importedFrom = new Map<string, [string, string]>();
  for (const stmt of program.body) {
    if (stmt.type === 'ImportDeclaration' && stmt.importKind !== 'type') {
      for (const sp of stmt.specifiers as AstNode[]) {
        const imported = sp.imported as AstNode | undefined;
        if (sp.type !== 'ImportSpecifier' || sp.importKind === 'type' || imported?.type !== 'Identifier') continue;
        const source = String((stmt.source as AstNode).value);
        importedFrom.set(String((sp.local as AstNode).name), [source, String(imported.name)]);
      }
    }
    const isExport = stmt.type === 'ExportNamedDeclaration';
    const decl = isExport ? (stmt.declaration as AstNode | null) : stmt;
    if (decl?.type !== 'VariableDeclaration' || decl.kind !== 'const') continue;
    for (const d of decl.declarations as AstNode[]) {
      const id = d.id as AstNode;
      if (id.type !== 'Identifier' || !d.init) continue;
      declared.set(String(id.name), d.init as AstNode);
      if (isExport) isExported.add(String(id.name));
    }
  }
  const known = new Map<string, string | undefined>();
  const reading = new Set<string>();
  const env: Constants = (name) => {
    if (known.has(name)) return known.get(name);
    let value: string | undefined;
    const init = declared.get(name);
    if (init && !reading.has(name)) {
      reading.add(name); // a constant that reads itself is not read
      value = constText(init, env)?.value;
      reading.delete(name);
    } else if (!init) {
      const from = importedFrom.get(name);
      value = from ? imports(from[0])?.(from[1]) : undefined;
    }
    known.set(name, value);
    return value;
  };
  return exported ? (name) => (isExported.has(name) ? env(name) : undefined) : env;
}

/**
 * What `topLevelRegexes` gives a module of the repository (`file`, from its root, as 'src/text/normalize.ts')
 * for its imports: the string constants exported by the modules it imports by a relative path, read with
 * `read` (which may throw for a file it cannot read: that import gives nothing), each read once.
 */
export function importsOf(file: string, read: (file: string) => string): Imports {
  const cache = new Map<string, Constants | undefined>();
  const forFile =
    (from: string): Imports =>
    (specifier) => {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
      const target = posix.join(posix.dirname(from), `${specifier}.ts`);
      if (!cache.has(target)) {
        cache.set(target, undefined); // an import cycle reads nothing more
        let code: string | undefined;
        try {
          code = read(target);
        } catch {
          code = undefined;
        }
        cache.set(target, code === undefined ? undefined : moduleConstants(code, forFile(target), true));
      }
      return cache.get(target);
    };
  return forFile(file);
}

/**
 * `new RegExp(text, flags)` or `new RegExp([ text, … ].join(sep), flags)` where each text is a string
 * literal or a template of the module's string constants (`constText`), the separator and the flags
 * string literals (no spread): the source it makes, the text as written and the flags; else undefined.
 * A pattern written one alternative per line, each with its comment, is sent as a literal is.
 */
function madeRegex(n: AstNode, env: Constants): { source: string; texts: Text[]; flags: string } | undefined {
  const callee = n.callee as AstNode;
  const args = n.arguments as AstNode[];
  if (callee.type !== 'Identifier' || callee.name !== 'RegExp' || args.length < 1 || args.length > 2) return undefined;
  const flags = args[1] ? plainText(args[1]) : '';
  const arg = unwrap(args[0] as AstNode);
  if (flags === undefined) return undefined;
  const text = constText(arg, env);
  // one string as the source: only a template of constants (a plain string is written as a literal would be)
  if (text) return text.template ? { source: text.value, texts: [text], flags } : undefined;
  if (arg.type !== 'CallExpression' || arg.optional) return undefined;
  const member = arg.callee as AstNode;
  const callArgs = arg.arguments as AstNode[];
  if (member.type !== 'MemberExpression' || member.computed || member.optional) return undefined;
  const property = member.property as AstNode;
  const array = member.object as AstNode;
  if (property.type !== 'Identifier' || property.name !== 'join' || array.type !== 'ArrayExpression') return undefined;
  const sep = callArgs.length === 1 ? plainText(callArgs[0] as AstNode) : undefined;
  if (sep === undefined) return undefined;
  const texts: Text[] = [];
  for (const e of array.elements as (AstNode | null)[]) {
    const t = e ? constText(e, env) : undefined;
    if (t === undefined) return undefined;
    texts.push(t);
  }
  return { source: texts.map((t) => t.value).join(sep), texts, flags };
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
 * from strings the build can read (`madeRegex`): a template of the module's string constants
 * (`new RegExp(\`(?<wx>[微${EMOJI}]+信)\`, 'gu')`), or string literals and such templates joined
 * (`new RegExp([ … ].join('|'), flags)`). `imports` gives the string constants of the modules it imports
 * (`importsOf`).
 */
export function topLevelRegexes(code: string, min = SENT_REGEX_CHARS, imports?: Imports): TopRegex[] {
  const out: TopRegex[] = [];
  const program = parse(code);
  const env = constantsOf(program as unknown as Program, imports ?? (() => undefined), false);
  const visit = (n: AstNode): void => {
    if (SCOPES.has(n.type)) return;
    const rx = (n as { regex?: { pattern: string; flags: string } }).regex;
    if (n.type === 'Literal' && rx && rx.pattern.length >= min) {
      out.push({ start: n.start, end: n.end, source: rx.pattern, flags: rx.flags });
    }
    const made = n.type === 'NewExpression' ? madeRegex(n, env) : undefined;
    if (made) {
      const templates = made.texts.flatMap((t) => (t.template ? [t.template] : []));
      const parts = made.texts.flatMap((t) => t.parts);
      // a regex of templates is sent only if a bundle that kept it can be told by it (`sentRegexesIn`)
      const told =
        templates.length === 0 ||
        parts.some((p) => p.length >= SENT_REGEX_CHARS) ||
        templates.some((t) => t.join('').length >= TEMPLATE_MARK_CHARS);
      if (made.source.length >= min && told) {
        out.push({
          start: n.start,
          end: n.end,
          source: made.source,
          flags: made.flags,
          parts,
          ...(templates.length > 0 ? { templates } : {}),
        });
      }
      return;
    }
    for (const v of Object.values(n)) {
      if (Array.isArray(v)) for (const c of v) isNode(c) && visit(c);
      else if (isNode(v)) visit(v);
    }
  };
  visit(program);
  return out;
}

/**
 * A module for the content script's build: each of its `topLevelRegexes` reads from `channel` instead
 * (`sentRegex(first + i)`, what the background sent), every other byte stays as written. `expected` is
 * what the build listed for the module (its place in the list the background sends): a module that no
 * longer holds exactly those throws. `imports` as for `topLevelRegexes`.
 */
export function regexesFromChannel(
  code: string,
  file: string,
  expected: readonly (readonly [string, string])[],
  first: number,
  channel: string,
  imports?: Imports,
): string {
  const found = topLevelRegexes(code, SENT_REGEX_CHARS, imports);
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
 * bundle would write it (`/source/`); a regex made from strings by any of the text written in them of
 * `SENT_REGEX_CHARS` or more (or its whole source, when none is that long) in a string, template or regex
 * literal of the bundle, however the bundler quoted, escaped or joined them, or by a template of the bundle
 * with the parts of one of its templates in order (the constants between them kept apart). Each as its
 * source.
 */
export function sentRegexesIn(code: string, sent: readonly TopRegex[]): string[] {
  const out = sent.filter((r) => !r.parts && code.includes(`/${r.source}/`)).map((r) => r.source);
  const made = sent.filter((r) => r.parts);
  if (made.length === 0) return out;
  const texts: string[] = [];
  const templates: string[] = [];
  walk(parse(code), (n) => {
    const text = plainText(n) ?? (n as { regex?: { pattern: string } }).regex?.pattern;
    if (text !== undefined) texts.push(text);
    if (n.type === 'TemplateLiteral') {
      const values = (n.quasis as AstNode[]).map((q) => q.value as { raw: string; cooked?: string | null });
      // as a template or as String.raw's
      texts.push(...values.flatMap((v) => [v.raw, v.cooked ?? '']));
      templates.push(values.map((v) => v.cooked ?? v.raw).join(PART_SEP), values.map((v) => v.raw).join(PART_SEP));
    }
  });
  for (const r of made) {
    const long = (r.parts ?? []).filter((p) => p.length >= SENT_REGEX_CHARS);
    const marks = long.length > 0 ? long : [r.source];
    const shapes = (r.templates ?? [])
      .filter((t) => t.join('').length >= TEMPLATE_MARK_CHARS)
      .map((t) => t.join(PART_SEP));
    if (
      texts.some((t) => marks.some((m) => t.includes(m))) ||
      templates.some((t) => shapes.some((m) => t.includes(m)))
    ) {
      out.push(r.source);
    }
  }
  return out;
}

export interface SentList {
  /** [source, flags] in the order of the files: what the background sends (src/ext/regexes.ts) */
  regexes: [string, string][];
  /** each file's first place in `regexes` and how many it has there */
  at: Map<string, [number, number]>;
  /** the regexes as found, in the same order */
  found: TopRegex[];
}

/**
 * The `topLevelRegexes` of the modules whose long regexes the background sends (`files`, from the
 * repository's root, read with `read`; their imports' constants too, `importsOf`): what the build puts in
 * src/ext/regexes.ts and takes out of the content script's modules.
 */
export function sentRegexList(files: readonly string[], read: (file: string) => string): SentList {
  const list: SentList = { regexes: [], at: new Map(), found: [] };
  for (const file of files) {
    const found = topLevelRegexes(read(file), SENT_REGEX_CHARS, importsOf(file, read));
    list.at.set(file, [list.regexes.length, found.length]);
    for (const r of found) list.regexes.push([r.source, r.flags]);
    list.found.push(...found);
  }
  return list;
}

/** where src/ext/regexes.ts holds the regexes the background sends (empty in the sources) */
const SENT_REGEXES_RE = /(export const SENT_REGEXES\b[^=]*=\s*)\[\];/u;

/** src/ext/regexes.ts with the list the build made (`value`) in place of `[]`. Throws when the module has a new shape. */
export function inlineSentRegexes(code: string, value: unknown): string {
  return inlineValue(code, SENT_REGEXES_RE, value, 'src/ext/regexes.ts', 'inlineSentRegexes');
}
