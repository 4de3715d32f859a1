import { defineConfig } from 'wxt';

// See docs/DESIGN.md. The manifest asks for the fewest permissions that work.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'ShillGuard',
    description: 'Warns about planted comment threads and scam contact handles on finance pages. Runs locally.',
    permissions: ['storage'],
    // the toolbar button: its badge and title summarise the open page per tab
    action: { default_title: 'ShillGuard' },
    browser_specific_settings: {
      gecko: {
        id: 'shillguard@shillguard.invalid',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
