/**
 * The in-page warning in real Chromium and Firefox, with the built extension and the real engine.
 * Fixture pages come from a server on 127.0.0.1; every request goes through a recording proxy.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n';
import { type BrowserName, type Env, SCREENSHOTS, startEnv, type Tab, waitFor } from './harness';

const BANNER = 'shillguard-banner';
/** how long a page may take to be scanned and warned about */
const WARN_MS = 15_000;

describe.each(['chromium', 'firefox'] as BrowserName[])('in-page warning in %s', (name) => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv(name);
  });
  afterAll(async () => {
    await env?.close();
  });

  const open = (path: string) => env.browser.open(env.server.url(path));
  const bannerText = (tab: Tab) => waitFor('the banner', () => tab.shadowText(BANNER), WARN_MS);
  /** the badge of the only web tab open */
  const badge = async () => {
    const all = (await env.browser.badges()).filter((b) => b.text);
    expect(all.length).toBe(1);
    return all[0] as { text: string; title: string };
  };
  const webTabs = async () =>
    (await env.browser.tabUrls()).filter((u) => !u.startsWith(env.browser.extensionOrigin) && u !== 'about:blank');

  for (const page of ['seed-page.html', 'seed-page.simplified.html']) {
    it(`warns on ${page}: banner names the handle, badge set`, async () => {
      const tab = await open(`/fixtures/${page}`);
      try {
        const text = await bannerText(tab);
        expect(text).toContain('xys8775');
        const b = await waitFor('a badge', async () =>
          (await env.browser.badges()).some((x) => x.text) ? badge() : undefined,
        );
        expect(b.title).toContain('xys8775');
        await tab.screenshot(join(SCREENSHOTS, `${name}-${page.replace('.html', '')}-banner.png`));
      } finally {
        await tab.close();
      }
    });
  }

  it('"Show me" outlines the planted thread and boxes the handle; "Why?" lists evidence, Esc closes it', async () => {
    const tab = await open('/fixtures/seed-page.simplified.html');
    try {
      await bannerText(tab);
      expect(await tab.eval<boolean>(`!!document.querySelector('shillguard-highlight')`)).toBe(false);
      await tab.clickInShadow(BANNER, '让我看看');
      await waitFor('the highlight overlay', () =>
        tab.eval<boolean>(`!!document.querySelector('shillguard-highlight')`),
      );
      const outlined = await tab.eval<string[]>(
        `[...document.querySelectorAll('*')].filter((e) => e.style && e.style.getPropertyValue('outline').includes('dashed') || (e.style && e.style.getPropertyValue('outline').includes('solid'))).map((e) => e.className)`,
      );
      expect(outlined.length).toBeGreaterThan(0);
      // the handle's text is boxed in the overlay
      expect(await tab.shadowText('shillguard-highlight')).toBeTruthy();
      await tab.screenshot(join(SCREENSHOTS, `${name}-show-me.png`));

      await tab.clickInShadow(BANNER, '为什么');
      const withWhy = await tab.shadowText(BANNER);
      expect(withWhy).toContain('+');
      await tab.screenshot(join(SCREENSHOTS, `${name}-why.png`));
      await tab.press('Escape');
      await waitFor('the Why panel to close', async () => (await tab.shadowText(BANNER))?.includes('为什么'));
    } finally {
      await tab.close();
    }
  });

  it('warns an English reader in English: the WhatsApp recovery expert, advice for recovery, the US report line', async () => {
    const api = '(globalThis.browser ?? chrome)';
    await env.browser.extEval(
      `${api}.storage.local.set({ settings: { sensitivity: 'normal', bannerOnCaution: false, highlights: true, language: 'en', region: 'auto' }, settings$: { v: 2 } })`,
    );
    const tab = await open('/fixtures/pages/en-recovery-expert-comments.html');
    try {
      const text = await waitFor(
        'the English banner',
        async () =>
          (await tab.shadowText(BANNER))?.includes(t('banner_show_me', 'en')) ? tab.shadowText(BANNER) : undefined,
        WARN_MS,
      );
      expect(text).toContain('WhatsApp');
      expect(text).toContain('WhatsApp +1 (202) 555-0147');
      expect(text).toContain(t('scheme_recovery', 'en'));
      expect(text).toContain(t('advice_recovery', 'en'));
      // the page is written in US English and its host has no country: the US reporting line
      expect(text).toContain('reportfraud.ftc.gov');
      expect(text).not.toMatch(/[\u4e00-\u9fff]/);
      await new Promise((r) => setTimeout(r, 600));
      await tab.screenshot(join(SCREENSHOTS, `${name}-en-recovery-banner.png`));
      await tab.clickInShadow(BANNER, t('banner_why', 'en'));
      await waitFor('the Why panel', async () => (await tab.shadowText(BANNER))?.includes('+'));
      await tab.screenshot(join(SCREENSHOTS, `${name}-en-recovery-why.png`));
      await tab.clickInShadow(BANNER, t('banner_show_me', 'en'));
      await waitFor('the highlight overlay', () =>
        tab.eval<boolean>(`!!document.querySelector('shillguard-highlight')`),
      );
      await new Promise((r) => setTimeout(r, 1200));
      // the details fold, and the outlined thread starts below the banner, not under it
      expect(await tab.shadowText(BANNER)).not.toContain(t('banner_hide_why', 'en'));
      const [bannerBottom, threadTop] = await tab.eval<[number, number]>(
        `(() => {
          const host = document.querySelector('shillguard-banner');
          let y = 0;
          while (y < innerHeight && document.elementFromPoint(innerWidth / 2, y) === host) y += 2;
          const outlined = [...document.querySelectorAll('*')].find((e) => /dashed/.test(e.style?.getPropertyValue('outline') ?? ''));
          return [y, outlined ? outlined.getBoundingClientRect().top : -1];
        })()`,
      );
      expect(bannerBottom).toBeGreaterThan(100);
      expect(threadTop).toBeGreaterThanOrEqual(bannerBottom);
      await tab.screenshot(join(SCREENSHOTS, `${name}-en-recovery-show-me.png`));
    } finally {
      await env.browser.extEval(`${api}.storage.local.remove(['settings', 'settings$'])`);
      await tab.close();
    }
  });

  it('shows nothing on a bank help page (95588)', async () => {
    const tab = await open('/pages/clean-bank.html');
    try {
      // give the scan time to finish: a result for the tab arrives, and it is safe
      await new Promise((r) => setTimeout(r, 2500));
      expect(await tab.shadowText(BANNER)).toBeNull();
      const badges = await env.browser.badges();
      expect(badges.filter((b) => b.text).length).toBe(0);
    } finally {
      await tab.close();
    }
  });

  it('warns about comments that arrive 2 s after load, once they arrive', async () => {
    const tab = await open('/pages/late-comments.html');
    try {
      await new Promise((r) => setTimeout(r, 1000));
      expect(await tab.eval<number>('window.injected || 0')).toBe(0);
      expect(await tab.shadowText(BANNER)).toBeNull();
      await waitFor('the late comments', () => tab.eval<number>('window.injected || 0'));
      expect(await bannerText(tab)).toContain('xys8775');
    } finally {
      await tab.close();
    }
  });

  it('warns about comments a web component draws in its open shadow root after load', async () => {
    const tab = await open('/pages/shadow-comments.html');
    try {
      await waitFor("the widget's comments", () => tab.eval<number>('window.injected || 0'));
      expect(await bannerText(tab)).toContain('xys8775');
      // "Show me" reaches into the widget's shadow tree to outline the thread there
      await tab.clickInShadow(BANNER, '让我看看');
      await waitFor('an outline inside the widget', () =>
        tab.eval<boolean>(
          `[...document.querySelector('talk-widget').shadowRoot.querySelectorAll('*')].some((e) => /dashed|solid/.test(e.style.getPropertyValue('outline')))`,
        ),
      );
    } finally {
      await tab.close();
    }
  });

  it('counts comments inside an iframe', async () => {
    const tab = await open('/pages/iframe-comments.html');
    try {
      expect(await bannerText(tab)).toContain('xys8775');
    } finally {
      await tab.close();
    }
  });

  it('ignores a page that fakes clicks on "Trust this site"', async () => {
    const before = await env.browser.extEval<unknown>(`(globalThis.browser ?? chrome).storage.local.get('decisions')`);
    const tab = await open('/pages/fake-click.html');
    try {
      await waitFor('the attack to finish', () => tab.eval<boolean>('window.attackDone === true'), WARN_MS + 10_000);
      expect(await tab.eval<boolean>('window.sawHost')).toBe(true);
      expect(await tab.eval<boolean>('window.sawShadow')).toBe(false);
      await new Promise((r) => setTimeout(r, 1000));
      expect(await webTabs()).toEqual([env.server.url('/pages/fake-click.html')]);
      expect(
        await env.browser.extEval<unknown>(`(globalThis.browser ?? chrome).storage.local.get('decisions')`),
      ).toEqual(before);
      expect(await tab.shadowText(BANNER)).toContain('xys8775');
    } finally {
      await tab.close();
    }
  });

  it('a real click on "Trust this site" asks in an extension page; yes there stops the warning', async () => {
    const tab = await open('/fixtures/seed-page.simplified.html');
    try {
      await bannerText(tab);
      await tab.clickInShadow(BANNER, '信任此网站');
      const confirm = await waitFor('the confirmation page', () =>
        env.browser.findTab(`${env.browser.extensionOrigin}/confirm.html?token=`),
      );
      await waitFor('the question', async () =>
        (await confirm.eval<string>("document.body?.innerText ?? ''")).includes('127.0.0.1'),
      );
      await confirm.screenshot(join(SCREENSHOTS, `${name}-confirm.png`));
      await confirm.clickInShadow('main', '是的');
      await waitFor('the banner to go', async () => (await tab.shadowText(BANNER)) === null);
      const stored = await env.browser.extEval<{ decisions?: { trustedSites: string[] } }>(
        `(globalThis.browser ?? chrome).storage.local.get('decisions')`,
      );
      expect(stored.decisions?.trustedSites).toEqual(['127.0.0.1']);
      await confirm.close();
      // undo, for the tests after this one
      await env.browser.extEval(`(globalThis.browser ?? chrome).storage.local.remove('decisions')`);
    } finally {
      await tab.close();
    }
  });

  it('the extension makes no network request; pages reach only the fixture server', () => {
    const local = (u: string) => u.startsWith(`${env.server.origin}/`);
    const own = (u: string) => u.startsWith(`${env.browser.extensionOrigin}/`);
    // what the browser attributes: pages fetch only from the fixture server, extension contexts nothing
    expect(env.browser.attributed.filter((r) => r.from === 'page').length).toBeGreaterThan(0);
    expect(
      env.browser.attributed.filter(
        (r) => r.from === 'page' && !local(r.url) && !own(r.url) && !r.url.startsWith('data:'),
      ),
    ).toEqual([]);
    expect(env.browser.attributed.filter((r) => r.from === 'extension' && !own(r.url))).toEqual([]);
    // everything on the wire: the fixture server, or the browser's own service endpoints (refused)
    expect(env.proxy.requests.length).toBeGreaterThan(0);
    const elsewhere = env.proxy.requests.filter(
      (r) => r.host !== env.server.host && !env.browser.browserServiceHosts.includes(r.host),
    );
    expect(elsewhere).toEqual([]);
  });
});
