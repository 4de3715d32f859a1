import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { defineConfig } from 'wxt';
import { W } from './src/engine/weights';
import {
  givenScannerDataOnly,
  importsOf,
  inlinePrefixes,
  inlineScannerData,
  inlineSentRegexes,
  LEXICON_RULE,
  lexiconsFromChannel,
  minifyCssConstants,
  OFFICIAL_RULE,
  regexesFromChannel,
  type StripRule,
  sentRegexesIn,
  sentRegexList,
  stringLiterals,
  stripKeys,
} from './src/ext/build';
import { LEXICON_PREFIXES } from './src/ext/lexicons';
import { pack, unpack } from './src/ext/pack';
import { SENT_REGEX_FILES } from './src/ext/regexes';
import { builtScannerData } from './src/ext/scanner-data';

/** the extension API object without the polyfill: `browser` in Firefox, `chrome` (promise-based in MV3) in Chrome */
const NATIVE_BROWSER = createRequire(import.meta.url).resolve('@wxt-dev/browser');
const PACK_MODULE = fileURLToPath(new URL('./src/ext/pack.ts', import.meta.url));
const T2S_RE = /export const T2S_PAIRS =\s*'([^'\\\n]*)';/u;
const T2S_CHANNEL = fileURLToPath(new URL('./src/ext/content/t2s.ts', import.meta.url));
const LEXICON_CHANNEL = fileURLToPath(new URL('./src/ext/content/lexicons.ts', import.meta.url));
const REGEX_CHANNEL = fileURLToPath(new URL('./src/ext/content/regexes.ts', import.meta.url));

/** a file of the repository, by its path from the root */
const readSource = (file: string) => readFileSync(fileURLToPath(new URL(`./${file}`, import.meta.url)), 'utf8');
/**
 * The long top-level regexes of `SENT_REGEX_FILES`, read from the files as written: the list the
 * background sends ([source, flags]), where each file's start in it (src/ext/regexes.ts), and the regexes
 * as found (a content bundle must hold none of them: `sentRegexesIn`).
 */
const SENT = sentRegexList(SENT_REGEX_FILES, readSource);
const sentRegexFile = (path: string) => SENT_REGEX_FILES.find((f) => path.endsWith(`/${f}`));

/** A `generateBundle` hook that fails the build on the first problem `problems` finds in an output chunk. */
function failBuildOn(problems: (name: string, code: string) => string[]) {
  return function generateBundle(
    this: { error(m: string): never },
    _: unknown,
    bundle: Record<string, { type: string; code?: string }>,
  ) {
    for (const [name, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.code) continue;
      const [first] = problems(name, chunk.code);
      if (first) this.error(first);
    }
  };
}

/**
 * The content script's build: the engine modules' long top-level regexes are not bundled; each reads the
 * one the background sent (src/ext/content/regexes.ts, installed by the controller before the engine's
 * parts are evaluated). Runs on the modules as written (before any other transform).
 */
const regexesFromBackground = {
  name: 'shillguard:regexes-from-background',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    const path = id.replace(/\\/gu, '/').replace(/\?.*$/u, '');
    const file = sentRegexFile(path);
    if (!file) return undefined;
    const [first, count] = SENT.at.get(file) ?? [0, 0];
    const mine = SENT.regexes.slice(first, first + count);
    return {
      code: regexesFromChannel(code, file, mine, first, REGEX_CHANNEL, importsOf(file, readSource)),
      map: null,
    };
  },
  generateBundle: failBuildOn((name, code) =>
    sentRegexesIn(code, SENT.found).map(
      (source) => `${name} still holds a regex the background sends: /${source.slice(0, 40)}…/`,
    ),
  ),
};
/**
 * The scripts that run in pages (the content script, the UI it has injected): after the bundler's own
 * minifier, a second pass of terser's (two compress passes), which finds what the first leaves (about 0.5
 * KB gzipped of the content script). Not with `SHILLGUARD_NO_MINIFY` (names kept for profiles) or
 * `SHILLGUARD_SOURCEMAP` (the map would no longer fit the code: `scripts/bundle-size.ts` reads it).
 */
const terserPass = {
  name: 'shillguard:terser-pass',
  enforce: 'post' as const,
  async generateBundle(_: unknown, bundle: Record<string, { type: string; code?: string; fileName: string }>) {
    if (process.env.SHILLGUARD_NO_MINIFY || process.env.SHILLGUARD_SOURCEMAP) return;
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.code) continue;
      const out = await minify(chunk.code, { compress: { passes: 2 }, mangle: true });
      if (out.code) chunk.code = out.code;
    }
  },
};
/**
 * The content script's build: each read of a weight (`W.chorus`) in a module that imports `W` from the weights
 * module is its number, so the object of names ships nowhere (its property names cannot be minified). A name
 * the object lacks fails the build.
 */
const W_IMPORT_RE = /import \{[^}]*\bW\b[^}]*\} from '(?:\.\.\/engine\/|\.\/)weights';/u;
const inlineWeights = {
  name: 'shillguard:inline-weights',
  enforce: 'pre' as const,
  transform(this: { error(m: string): never }, code: string, id: string) {
    if (!W_IMPORT_RE.test(code)) return undefined;
    const weights: Record<string, number> = W;
    const out = code.replace(/\bW\.([A-Za-z]+)\b/gu, (_, name: string) => {
      const value = weights[name];
      if (value === undefined) this.error(`${id}: no weight W.${name}`);
      return String(value);
    });
    return { code: out, map: null };
  },
  // no weight's name may reach the bundle (a read the pattern above missed would ship the whole object); the
  // names of two words and more (contactCtaFirst) are looked for: one word (chorus) is also a signal's id. In a
  // build left unminified (bench:browser --profile, the size breakdown) the signals' variable names are kept,
  // and two of them are also weights' names (copyWidget, disguisedHandle): a weight's name is looked for there
  // as a property (`.copyWidget`, `copyWidget:`) only
  generateBundle: failBuildOn((name, code) =>
    Object.keys(W)
      .filter(
        (key) =>
          /[A-Z]/u.test(key) &&
          (process.env.SHILLGUARD_NO_MINIFY || process.env.SHILLGUARD_SOURCEMAP
            ? new RegExp(`\\.${key}\\b|\\b${key}\\s*:`, 'u').test(code)
            : code.includes(key)),
      )
      .map((key) => `${name} still holds the weight name ${key}`),
  ),
};
/** what the content build uses for WXT's autoMount helper (never called there) */
const NO_AUTO_MOUNT = fileURLToPath(new URL('./src/ext/content/no-auto-mount.ts', import.meta.url));
const isT2sData = (id: string) => id.replace(/\\/gu, '/').endsWith('/src/text/t2s-data.ts');

/**
 * The traditional → simplified table ships packed (src/ext/pack.ts), stored in the order of the simplified
 * character: half its bytes in every bundle, the identical string once the module loads. A table in another shape ships as it is, with a warning.
 */
const packT2s = {
  name: 'shillguard:pack-t2s',
  enforce: 'pre' as const,
  transform(this: { warn(m: string): void }, code: string, id: string) {
    if (!isT2sData(id)) return undefined;
    const m = T2S_RE.exec(code);
    if (!m?.[1]) {
      this.warn('src/text/t2s-data.ts has a new shape: the table ships unpacked');
      return undefined;
    }
    const packed = pack(m[1], 2, 1);
    if (unpack(packed) !== m[1]) throw new Error('packing the t2s table lost data');
    return `import { unpack } from ${JSON.stringify(PACK_MODULE)};\n${code.replace(m[0], () => `export const T2S_PAIRS = unpack(${JSON.stringify(packed)});`)}`;
  },
};

/**
 * The content script's build: the table is not bundled; the module reads the pairs the background sent
 * (src/ext/content/t2s.ts, installed by the controller before the text layer is evaluated).
 */
const t2sFromBackground = {
  name: 'shillguard:t2s-from-background',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!isT2sData(id)) return undefined;
    // the module must still be the one constant: anything else it exported would be lost here
    if (!T2S_RE.test(code) || code.replace(T2S_RE, '').includes('export')) {
      throw new Error('src/text/t2s-data.ts has a new shape: update shillguard:t2s-from-background');
    }
    return `import { t2sPairs } from ${JSON.stringify(T2S_CHANNEL)};\nexport const T2S_PAIRS = t2sPairs();\n`;
  },
};

/** what the engine's Scanners made at module load read from their patterns (src/ext/scanner-data.ts) */
const SCANNER_DATA = builtScannerData();

/** the files whose documentation strings stay out of the bundles (src/ext/build.ts) */
function stripRuleFor(path: string): StripRule | undefined {
  if (/\/src\/lexicon\/[a-z-]+\.ts$/u.test(path) && !path.endsWith('/types.ts')) return LEXICON_RULE;
  if (path.endsWith('/src/handles/official-numbers.ts')) return OFFICIAL_RULE;
  return undefined;
}

/** plain strings dropped from the modules (and the lexicons' source list): no bundle may hold one */
const droppedTexts = new Set<string>();

/**
 * The lexicon entries' notes and sources and the official numbers' names and sources document the data
 * in the source files; the extension never reads them, so its bundles leave them out (the CLI, which
 * runs the sources, keeps them). The banner's CSS ships minified. A bundle that still holds a dropped
 * text fails the build.
 */
const stripDocsWith = (scanners: boolean) => ({
  name: 'shillguard:strip-docs',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    const path = id.replace(/\\/gu, '/').replace(/\?.*$/u, '');
    if (path.endsWith('/src/ui/banner/styles.ts')) return { code: minifyCssConstants(code), map: null };
    // the lexicons' prefixes ship as data computed here (from the same module), not computed when it loads
    if (path.endsWith('/src/ext/lexicons.ts')) return { code: inlinePrefixes(code, LEXICON_PREFIXES), map: null };
    // the long regexes the background sends the content script
    if (path.endsWith('/src/ext/regexes.ts')) return { code: inlineSentRegexes(code, SENT.regexes), map: null };
    // and so does what the engine's other Scanners read from their patterns (but for the content script,
    // which is given it by the background with the lexicons: about 2 KB gzipped less on every page)
    if (path.endsWith('/src/text/scan.ts')) {
      return scanners ? { code: inlineScannerData(code, SCANNER_DATA), map: null } : undefined;
    }
    if (path.endsWith('/src/lexicon/sources.ts')) {
      for (const t of stringLiterals(code)) droppedTexts.add(t);
      return undefined;
    }
    const rule = stripRuleFor(path);
    if (!rule) return undefined;
    const r = stripKeys(code, rule);
    for (const t of r.texts) droppedTexts.add(t);
    return { code: r.code, map: null };
  },
  generateBundle: failBuildOn((name, code) => [
    // short strings (a lone word) may occur anywhere; every note and URL is longer
    ...[...droppedTexts]
      .filter((t) => t.length >= 16 && code.includes(t))
      .map((t) => `${name} still holds a stripped text: ${t}`),
    // the content script is given the Scanner data by the background: none of it may ship there
    ...(scanners ? [] : Object.keys(SCANNER_DATA))
      .filter((key) => code.includes(`"${key}"`))
      .map((key) => `${name} ships the Scanner data of ${key}`),
  ]),
});
const stripDocs = stripDocsWith(true);

/**
 * The content script's build: the lexicons' entries are not bundled; each lexicon module reads its arrays
 * from what the background sent (src/ext/content/lexicons.ts, installed by the controller before the
 * facts are evaluated). Its other exports (regexes) stay. Runs after the notes are stripped.
 */
const lexiconsFromBackground = {
  name: 'shillguard:lexicons-from-background',
  transform(code: string, id: string) {
    const path = id.replace(/\\/gu, '/').replace(/\?.*$/u, '');
    if (stripRuleFor(path) !== LEXICON_RULE) return undefined;
    return { code: lexiconsFromChannel(code, LEXICON_CHANNEL).code, map: null };
  },
};

/**
 * The content script's build: the text model's weights (src/model/weights.ts, some 40 KB) are not bundled
 * either; the background sends them with the lexicons.
 */
const modelFromBackground = {
  name: 'shillguard:model-from-background',
  transform(_code: string, id: string) {
    const path = id.replace(/\\/gu, '/').replace(/\?.*$/u, '');
    if (!path.endsWith('/src/model/weights.ts')) return undefined;
    return {
      code: `import { sentTextModel } from ${JSON.stringify(LEXICON_CHANNEL)};\nexport const TEXT_MODEL = sentTextModel();\n`,
      map: null,
    };
  },
};

// See docs/DESIGN.md. The manifest asks for the fewest permissions that work.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [packT2s, stripDocs],
    // `bench:browser --profile` reads the content script's functions by name
    ...(process.env.SHILLGUARD_NO_MINIFY ? { build: { minify: false } } : {}),
    // `scripts/bundle-size.ts` reads which source each byte of the content script comes from
    ...(process.env.SHILLGUARD_SOURCEMAP ? { build: { sourcemap: true } } : {}),
  }),
  manifest: {
    // name and description come from public/_locales (en, zh_CN, zh_TW)
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and decisions (PRIVACY.md justifies every permission)
    permissions: ['storage'],
    // the same sites the content script reads (no new install warning): lets the popup see the tab's
    // address, and the Chrome build scan the tabs already open at install
    host_permissions: ['http://*/*', 'https://*/*'],
    // the toolbar button: its badge and title summarise the open page per tab
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      gecko: {
        id: 'shillguard@shillguard.invalid',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  zip: {
    // the Firefox store's sources archive: what rebuilds the package (see SOURCES.md), not local test output
    excludeSources: ['e2e/screenshots/**', 'coverage/**', '**/*.log'],
  },
  hooks: {
    // The content script ships to every page: it uses the browser's own promise-based API (Chrome MV3's
    // `chrome.*` and Firefox's `browser.*` both return promises for what it calls; its message listener
    // answers through `sendResponse`), so the webextension-polyfill stays out of its bundle. Extension
    // pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      // the content script and the scripts it has injected, the in-page UI and the engine
      // (src/ext/content/page-ui.ts, engine.ts), run in pages
      if (!entrypoints.every((e) => e.type === 'content-script' || e.name === 'page-ui' || e.name === 'engine')) return;
      config.plugins = [
        // the t2s table comes from the background instead of the bundle
        ...(config.plugins ?? []).map((p) => {
          const name = (p as { name?: string } | null)?.name;
          if (name === packT2s.name) return t2sFromBackground;
          // the data of the Scanners made at module load comes from the background with the lexicons
          if (name === stripDocs.name) return stripDocsWith(false);
          return p;
        }),
        // and so do the lexicons' entries and the text model's weights
        lexiconsFromBackground,
        modelFromBackground,
        // and the engine's long regexes
        regexesFromBackground,
        // and the weights' names
        inlineWeights,
        terserPass,
        // every Scanner there is given its data: the code that reads patterns stays out
        {
          name: 'shillguard:scanner-data-given',
          transform(code: string, id: string) {
            const path = id.replace(/\\/gu, '/').replace(/\?.*$/u, '');
            if (!path.endsWith('/src/text/scan.ts')) return undefined;
            return { code: givenScannerDataOnly(code), map: null };
          },
        },
        {
          name: 'shillguard:content-native-browser',
          enforce: 'pre',
          resolveId(id: string) {
            if (id === '@wxt-dev/webextension-polyfill/browser') return NATIVE_BROWSER;
            // createShadowRootUi's autoMount (waiting for an anchor) is never used by the banner
            if (id === '@1natsu/wait-element') return NO_AUTO_MOUNT;
            return undefined;
          },
        },
      ];
    },
    // Chrome only: `scripting` scans the tabs already open at install (Firefox injects content scripts
    // into open tabs by itself, so its build does not ask for it); the gecko settings stay in Firefox's
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'chrome') return;
      manifest.permissions = [...(manifest.permissions ?? []), 'scripting'];
      // Firefox-only keys: Chrome lists them as unrecognized on the extension's card
      delete (manifest as { browser_specific_settings?: unknown }).browser_specific_settings;
    },
  },
});
