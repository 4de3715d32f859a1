/**
 * Chrome does not put content scripts into tabs that were open before the extension was installed; the
 * Chrome build injects them on install (`src/ext/welcome.ts`). Here a page is open first, then the
 * extension is installed through CDP (`Extensions.loadUnpacked`), and the open page must be warned about
 * (badge set by its content script) without a reload. Firefox injects into open tabs by itself.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUILDS, startFixtureServer, waitFor } from '../harness';

describe('install in chromium', () => {
  it('scans a tab that was open before install, without a reload', async () => {
    const server = await startFixtureServer();
    const profile = await mkdtemp(join(tmpdir(), 'sg-install-'));
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--enable-unsafe-extension-debugging',
      ],
    });
    try {
      const page = await ctx.newPage();
      await page.goto(server.url('/fixtures/seed-page.simplified.html'), { waitUntil: 'load' });
      const loads: string[] = [];
      page.on('load', () => loads.push(page.url()));
      expect(ctx.serviceWorkers()).toHaveLength(0);

      const cdp = await ctx.newCDPSession(page);
      const browserCdp = await (
        ctx as unknown as { _browser?: { newBrowserCDPSession(): Promise<typeof cdp> } }
      )._browser?.newBrowserCDPSession();
      const session = browserCdp ?? cdp;
      const { id } = (await session.send('Extensions.loadUnpacked' as never, { path: BUILDS.chromium } as never)) as {
        id: string;
      };
      expect(id).toMatch(/^[a-p]{32}$/);
      const sw = await waitFor('the service worker', async () =>
        ctx.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`)),
      );
      const badge = await waitFor(
        'the badge of the tab open before install',
        () =>
          sw.evaluate(async (u: string) => {
            const c = (
              globalThis as unknown as {
                chrome: {
                  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
                  action: { getBadgeText(d: { tabId: number }): Promise<string> };
                };
              }
            ).chrome;
            const tab = (await c.tabs.query({})).find((t) => t.url === u);
            return tab?.id === undefined ? '' : c.action.getBadgeText({ tabId: tab.id });
          }, page.url()),
        30_000,
      );
      expect(badge).toBe('!');
      // scanned in place: the page was not reloaded
      expect(loads).toEqual([]);
      // and the welcome page opened
      await waitFor('the welcome tab', async () =>
        ctx.pages().some((p) => p.url() === `chrome-extension://${id}/welcome.html`),
      );
    } finally {
      await ctx.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
