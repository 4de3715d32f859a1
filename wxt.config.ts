import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { pack, unpack } from './src/ext/pack';

/** the extension API object without the polyfill: `browser` in Firefox, `chrome` (promise-based in MV3) in Chrome */
const NATIVE_BROWSER = createRequire(import.meta.url).resolve('@wxt-dev/browser');
const PACK_MODULE = fileURLToPath(new URL('./src/ext/pack.ts', import.meta.url));
const T2S_RE = /export const T2S_PAIRS =\s*'([^'\\\n]*)';/u;

/**
 * The traditional → simplified table ships packed (src/ext/pack.ts): half its bytes in every bundle,
 * the identical string once the module loads. A table in another shape ships as it is, with a warning.
 */
const packT2s = {
  name: 'shillguard:pack-t2s',
  enforce: 'pre' as const,
  transform(this: { warn(m: string): void }, code: string, id: string) {
    if (!id.replace(/\\/gu, '/').endsWith('/src/text/t2s-data.ts')) return undefined;
    const m = T2S_RE.exec(code);
    if (!m?.[1]) {
      this.warn('src/text/t2s-data.ts has a new shape: the table ships unpacked');
      return undefined;
    }
    const packed = pack(m[1]);
    if (unpack(packed) !== m[1]) throw new Error('packing the t2s table lost data');
    return `import { unpack } from ${JSON.stringify(PACK_MODULE)};\n${code.replace(m[0], () => `export const T2S_PAIRS = unpack(${JSON.stringify(packed)});`)}`;
  },
};

// See docs/DESIGN.md. The manifest asks for the fewest permissions that work.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [packT2s] }),
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
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'shillguard:content-native-browser',
          enforce: 'pre',
          resolveId(id: string) {
            return id === '@wxt-dev/webextension-polyfill/browser' ? NATIVE_BROWSER : undefined;
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
