import { defineConfig } from 'wxt';

// See docs/DESIGN.md. The manifest asks for the fewest permissions that work.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
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
