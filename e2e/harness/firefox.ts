/**
 * Firefox ESR with the unpacked MV2 build, driven over its own WebDriver BiDi endpoint (no
 * geckodriver). Needs a global WebSocket: run under `node --experimental-websocket` on Node 20.
 * Every request goes through the recording proxy, loopback included (profile prefs).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedRequest } from './server';
import { BROWSER_SERVICE_HOSTS } from './service-hosts';
import type { AttributedRequest, BrowserRun, Tab, TabBadge } from './types';

export const GECKO_ID = 'shillguard@shillguard.invalid';

export interface FirefoxRun extends BrowserRun {
  name: 'firefox';
  /** moz-extension://UUID */
  extensionOrigin: string;
  bidi: BidiClient;
}

interface BidiNode {
  type: string;
  sharedId?: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

export class BidiClient {
  private id = 0;
  private pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  private listeners: ((m: { method: string; params: unknown }) => void)[] = [];
  private constructor(private ws: WebSocket) {
    ws.addEventListener('message', (ev) => {
      const msg = JSON.parse(String(ev.data)) as {
        id?: number;
        type: string;
        result?: unknown;
        error?: string;
        message?: string;
        method?: string;
        params?: unknown;
      };
      if (msg.id !== undefined && this.pending.has(msg.id)) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.type === 'error') p?.fail(new Error(`${msg.error}: ${msg.message}`));
        else p?.ok(msg.result);
      } else if (msg.method) {
        for (const l of this.listeners) l({ method: msg.method, params: msg.params });
      }
    });
  }
  static async connect(url: string): Promise<BidiClient> {
    const WS = (globalThis as { WebSocket?: typeof WebSocket }).WebSocket;
    if (!WS) throw new Error('no global WebSocket: run node with --experimental-websocket');
    const ws = new WS(url);
    await new Promise((ok, fail) => {
      ws.addEventListener('open', ok, { once: true });
      ws.addEventListener('error', () => fail(new Error(`cannot connect to ${url}`)), { once: true });
    });
    return new BidiClient(ws);
  }
  send<T = Record<string, unknown>>(method: string, params: object = {}): Promise<T> {
    const id = ++this.id;
    return new Promise<T>((ok, fail) => {
      this.pending.set(id, { ok: ok as (v: unknown) => void, fail });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }
  on(l: (m: { method: string; params: unknown }) => void) {
    this.listeners.push(l);
  }
  close() {
    this.ws.close();
  }
}

export async function launchFirefox(
  extPath: string,
  opts: { proxyPort?: number; requests?: RecordedRequest[] } = {},
): Promise<FirefoxRun> {
  const profile = await mkdtemp(join(tmpdir(), 'sg-firefox-'));
  const uuid = randomUUID();
  const prefs: Record<string, string | number | boolean> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    'intl.accept_languages': 'zh-CN, zh, en',
    'intl.locale.requested': 'zh-CN',
    // no slide-in: clicks land where the button is (and the reduced-motion path gets exercised)
    'ui.prefersReducedMotion': 1,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'app.update.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/none',
  };
  if (opts.proxyPort) {
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': opts.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': opts.proxyPort,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
    });
  }
  await writeFile(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const proc = spawn(
    'firefox-esr',
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', '--remote-allow-system-access'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, MOZ_HEADLESS_WIDTH: '1280', MOZ_HEADLESS_HEIGHT: '800' },
    },
  );
  const wsUrl = await new Promise<string>((ok, fail) => {
    let buf = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start: ${buf.slice(-2000)}`)), 30_000);
    proc.stderr?.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(buf);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    proc.once('exit', (code) => fail(new Error(`Firefox exited (${code}): ${buf.slice(-2000)}`)));
  });
  const bidi = await BidiClient.connect(`${wsUrl.replace(/\/$/, '')}/session`);
  await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: false } } });
  let extCtx: string | undefined;
  const attributed: AttributedRequest[] = [];
  bidi.on((m) => {
    if (m.method !== 'network.beforeRequestSent') return;
    const p = m.params as { context?: string | null; request: { url: string } };
    attributed.push({ from: p.context && p.context === extCtx ? 'extension' : 'page', url: p.request.url });
  });
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extPath } });
  const extensionOrigin = `moz-extension://${uuid}`;
  const tree = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
  const blank = tree.contexts[0]?.context;

  // an extension page kept open to read badges with the extension's own API (opened on first use)
  const extensionContext = async () => {
    if (!extCtx) {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', {
        type: 'tab',
        background: true,
      });
      await bidi.send('browsingContext.navigate', {
        context,
        url: `${extensionOrigin}/confirm.html`,
        wait: 'complete',
      });
      extCtx = context;
    }
    return extCtx;
  };

  const run: FirefoxRun = {
    name: 'firefox',
    extensionOrigin,
    bidi,
    requests: opts.requests ?? [],
    attributed,
    browserServiceHosts: BROWSER_SERVICE_HOSTS,
    async open(url) {
      let context: string;
      if (blankFree()) {
        context = blank as string;
        used = true;
      } else {
        ({ context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' }));
      }
      await bidi.send('browsingContext.setViewport', { context, viewport: { width: 1280, height: 800 } });
      await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
      return firefoxTab(bidi, context);
    },
    async badges() {
      const context = await extensionContext();
      const json = await evaluate<string>(
        bidi,
        context,
        `(async () => {
          const self = await browser.tabs.getCurrent();
          const tabs = await browser.tabs.query({});
          const out = [];
          for (const t of tabs) {
            if (t.id === self.id) continue;
            out.push({ tabId: t.id, text: await browser.browserAction.getBadgeText({ tabId: t.id }),
              title: await browser.browserAction.getTitle({ tabId: t.id }) });
          }
          return JSON.stringify(out);
        })()`,
      );
      return JSON.parse(json) as TabBadge[];
    },
    async extEval<T>(expression: string) {
      const context = await extensionContext();
      const s = await evaluate<string>(bidi, context, `(async () => JSON.stringify(await (${expression})))()`);
      return (s === undefined ? undefined : JSON.parse(s)) as T;
    },
    async tabUrls() {
      const tree = await bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', {
        maxDepth: 0,
      });
      return tree.contexts.filter((c) => c.context !== extCtx).map((c) => c.url);
    },
    async findTab(prefix) {
      const tree = await bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', {
        maxDepth: 0,
      });
      const c = tree.contexts.find((x) => x.context !== extCtx && x.url.startsWith(prefix));
      return c ? firefoxTab(bidi, c.context) : undefined;
    },
    async close() {
      bidi.close();
      await stop(proc);
      await rm(profile, { recursive: true, force: true });
    },
  };
  let used = false;
  const blankFree = () => blank !== undefined && !used;
  return run;
}

async function stop(proc: ChildProcess) {
  if (proc.exitCode !== null) return;
  const exited = new Promise((ok) => proc.once('exit', ok));
  proc.kill('SIGTERM');
  const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(t);
}

async function evaluate<T>(bidi: BidiClient, context: string, expression: string): Promise<T> {
  const r = await bidi.send<{
    type: string;
    result?: { type: string; value?: unknown };
    exceptionDetails?: { text: string };
  }>('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' });
  if (r.type === 'exception') throw new Error(`evaluate failed: ${r.exceptionDetails?.text}`);
  return r.result?.value as T;
}

function firefoxTab(bidi: BidiClient, context: string): Tab {
  const host = async (tag: string): Promise<BidiNode | undefined> => {
    const r = await bidi.send<{ result?: BidiNode }>('script.evaluate', {
      expression: `document.querySelector(${JSON.stringify(tag)})`,
      target: { context },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 40, includeShadowTree: 'all' },
    });
    return r.result?.type === 'node' ? r.result : undefined;
  };
  return {
    async eval<T>(expression: string) {
      const s = await evaluate<string>(bidi, context, `(async () => JSON.stringify(await (${expression})))()`);
      return (s === undefined ? undefined : JSON.parse(s)) as T;
    },
    async shadowText(tag) {
      const h = await host(tag);
      return h ? textOf(h) : null;
    },
    async clickInShadow(tag, label) {
      const h = await host(tag);
      if (!h) throw new Error(`no <${tag}>`);
      const button = find(h, (n) => n.value?.localName === 'button' && textOf(n).includes(label));
      if (!button?.sharedId) throw new Error(`no button "${label}" in <${tag}>`);
      await bidi.send('browsingContext.activate', { context });
      // wait until the button stops moving (the banner slides in)
      const rect = async () => {
        const r = await bidi.send<{ result?: { value?: string } }>('script.callFunction', {
          functionDeclaration: '(el) => { const r = el.getBoundingClientRect(); return r.x + "," + r.y; }',
          arguments: [{ sharedId: button.sharedId }],
          target: { context },
          awaitPromise: false,
        });
        return r.result?.value;
      };
      // (still for 300 ms: the slide-in may not have started at the first read)
      let at = await rect();
      for (let i = 0, still = 0; i < 40 && still < 3; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const next = await rect();
        still = next === at ? still + 1 : 0;
        at = next;
      }
      await bidi.send('input.performActions', {
        context,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: button.sharedId } } },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
      await bidi.send('input.releaseActions', { context });
    },
    async press(key) {
      const value = { Escape: '\uE00C', Tab: '\uE004', Enter: '\uE007' }[key];
      await bidi.send('input.performActions', {
        context,
        actions: [
          {
            type: 'key',
            id: 'kbd',
            actions: [
              { type: 'keyDown', value },
              { type: 'keyUp', value },
            ],
          },
        ],
      });
    },
    async screenshot(path) {
      const { data } = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context });
      await writeFile(path, Buffer.from(data, 'base64'));
    },
    async close() {
      await bidi.send('browsingContext.close', { context });
    },
  };
}

function children(n: BidiNode): BidiNode[] {
  const v = n.value;
  return [...(v?.shadowRoot ? [v.shadowRoot] : []), ...(v?.children ?? [])];
}

function find(n: BidiNode, pred: (n: BidiNode) => boolean): BidiNode | undefined {
  if (pred(n)) return n;
  for (const c of children(n)) {
    const hit = find(c, pred);
    if (hit) return hit;
  }
  return undefined;
}

function textOf(n: BidiNode): string {
  if (n.value?.nodeType === 3) return n.value.nodeValue ?? '';
  const tag = n.value?.localName;
  if (tag === 'style' || tag === 'script') return '';
  return children(n).map(textOf).join('');
}
