/**
 * The e2e harness: fixture server + recording proxy + one browser with the built extension.
 *
 *   const env = await startEnv('chromium');   // or 'firefox'
 *   const tab = await env.browser.open(env.server.url('/fixtures/seed-page.html'));
 *   await tab.shadowText('shillguard-banner');
 *   await env.close();
 *
 * `npm run e2e` builds both targets first; the builds are read from `.output/`.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { type FixtureServer, type RecordingProxy, startFixtureServer, startRecordingProxy } from './server';
import type { BrowserRun } from './types';

export { type ChromiumRun, launchChromium } from './chromium';
export { type FirefoxRun, launchFirefox } from './firefox';
export * from './server';
export * from './types';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BUILDS = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv2'),
} as const;
export const SCREENSHOTS = join(ROOT, 'e2e/screenshots');

export type BrowserName = keyof typeof BUILDS;

export interface Env<B extends BrowserRun = BrowserRun> {
  server: FixtureServer;
  proxy: RecordingProxy;
  browser: B;
  close(): Promise<void>;
}

export async function startEnv(name: BrowserName): Promise<Env> {
  const ext = BUILDS[name];
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`no build at ${ext}: run \`npm run build\` first`);
  await mkdir(SCREENSHOTS, { recursive: true });
  const server = await startFixtureServer();
  const proxy = await startRecordingProxy([server.host]);
  const opts = { proxyPort: proxy.port, requests: proxy.requests };
  const browser = name === 'chromium' ? await launchChromium(ext, opts) : await launchFirefox(ext, opts);
  return {
    server,
    proxy,
    browser,
    async close() {
      await browser.close();
      await proxy.close();
      await server.close();
    },
  };
}
