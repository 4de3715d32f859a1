/**
 * Chromium with the unpacked MV3 build, through playwright-core and the system browser
 * (/usr/bin/chromium). Every request goes through the recording proxy, loopback included.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import type { RecordedRequest } from './server';
import { BROWSER_SERVICE_HOSTS } from './service-hosts';
import type { AttributedRequest, BrowserRun, Tab, TabBadge } from './types';

export interface ChromiumRun extends BrowserRun {
  name: 'chromium';
  extensionId: string;
  /** the extension's service worker */
  sw: Worker;
  /** the Playwright page behind a Tab from `open` */
  pageOf(tab: Tab): Page;
}

export async function launchChromium(
  extPath: string,
  opts: { proxyPort?: number; requests?: RecordedRequest[] } = {},
): Promise<ChromiumRun> {
  const profile = await mkdtemp(join(tmpdir(), 'sg-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extPath}`,
    `--load-extension=${extPath}`,
    '--lang=zh-CN',
  ];
  if (opts.proxyPort) args.push(`--proxy-server=http://127.0.0.1:${opts.proxyPort}`, '--proxy-bypass-list=<-loopback>');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    // no slide-in: clicks land where the button is (and the reduced-motion path gets exercised)
    reducedMotion: 'reduce',
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(sw.url()).host;
  const attributed: AttributedRequest[] = [];
  ctx.on('request', (req) => {
    // a navigation issued before its frame exists has no frame yet (Playwright throws): a tab opening
    let frameUrl: string | undefined;
    try {
      frameUrl = req.frame()?.url();
    } catch {
      frameUrl = undefined;
    }
    const fromExt = !!req.serviceWorker() || !!frameUrl?.startsWith(`chrome-extension://${extensionId}/`);
    attributed.push({ from: fromExt ? 'extension' : 'page', url: req.url() });
  });
  const pages = new WeakMap<Tab, Page>();
  // the blank tab Chromium opens at start is of no use
  for (const p of ctx.pages()) await p.close();

  const run: ChromiumRun = {
    name: 'chromium',
    extensionId,
    extensionOrigin: `chrome-extension://${extensionId}`,
    sw,
    requests: opts.requests ?? [],
    attributed,
    browserServiceHosts: BROWSER_SERVICE_HOSTS,
    pageOf(tab) {
      const p = pages.get(tab);
      if (!p) throw new Error('unknown tab');
      return p;
    },
    async open(url) {
      const page = await ctx.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const tab = chromiumTab(page);
      pages.set(tab, page);
      return tab;
    },
    async badges() {
      return sw.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: ChromeLike }).chrome;
        const tabs = await c.tabs.query({});
        const out: TabBadge[] = [];
        for (const t of tabs) {
          if (t.id === undefined) continue;
          out.push({
            tabId: t.id,
            text: await c.action.getBadgeText({ tabId: t.id }),
            title: await c.action.getTitle({ tabId: t.id }),
          });
        }
        return out;
      });
    },
    async extEval<T>(expression: string) {
      const s = await sw.evaluate(`(async () => JSON.stringify(await (${expression})))()`);
      return parseJson<T>(s);
    },
    async tabUrls() {
      return ctx.pages().map((p) => p.url());
    },
    async findTab(prefix) {
      const page = ctx.pages().find((p) => p.url().startsWith(prefix));
      if (!page) return undefined;
      const tab = chromiumTab(page);
      pages.set(tab, page);
      return tab;
    },
    async close() {
      await ctx.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  return run;
}

interface ChromeLike {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
}

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function chromiumTab(page: Page): Tab {
  let cdp: CDPSession | undefined;
  const session = async () => {
    cdp ??= await page.context().newCDPSession(page);
    return cdp;
  };
  const findHost = async (tag: string): Promise<CdpNode | undefined> => {
    const s = await session();
    const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    return find(root, (n) => n.nodeName === tag.toUpperCase());
  };
  return {
    eval: <T>(expression: string) =>
      page.evaluate(`(async () => JSON.stringify(await (${expression})))()`).then((s) => parseJson<T>(s)),
    async shadowText(tag) {
      const host = await findHost(tag);
      return host ? textOf(host) : null;
    },
    async clickInShadow(tag, label) {
      const host = await findHost(tag);
      if (!host) throw new Error(`no <${tag}>`);
      const button = find(host, (n) => n.nodeName === 'BUTTON' && textOf(n).includes(label));
      if (!button) throw new Error(`no button "${label}" in <${tag}>`);
      const s = await session();
      await s.send('DOM.scrollIntoViewIfNeeded', { nodeId: button.nodeId });
      const center = async () => {
        const { model } = (await s.send('DOM.getBoxModel', { nodeId: button.nodeId })) as {
          model: { content: number[] };
        };
        const q = model.content;
        return { x: ((q[0] ?? 0) + (q[4] ?? 0)) / 2, y: ((q[1] ?? 0) + (q[5] ?? 0)) / 2 };
      };
      // wait until the button stops moving (the banner slides in)
      // (still for 300 ms: the slide-in may not have started at the first read)
      let at = await center();
      for (let i = 0, still = 0; i < 40 && still < 3; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const next = await center();
        still = next.x === at.x && next.y === at.y ? still + 1 : 0;
        at = next;
      }
      await page.bringToFront();
      await page.mouse.click(at.x, at.y);
    },
    press: (key) => page.keyboard.press(key),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

function parseJson<T>(s: unknown): T {
  return (typeof s === 'string' ? JSON.parse(s) : undefined) as T;
}

function find(n: CdpNode, pred: (n: CdpNode) => boolean): CdpNode | undefined {
  if (pred(n)) return n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
    const hit = find(c, pred);
    if (hit) return hit;
  }
  return undefined;
}

function textOf(n: CdpNode): string {
  if (n.nodeType === 3) return n.nodeValue;
  if (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') return '';
  return [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(textOf).join('');
}
