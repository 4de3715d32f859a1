/**
 * The popup, options, welcome and demo pages in real Chromium and Firefox, with the built extension and
 * the real engine. Extension pages are opened as tabs (`popup.html?tab=<id>` names the tab the popup
 * speaks about). Both browsers start in Chinese (zh-CN); the language setting switches to English.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Lang, t } from '../../src/i18n';
import { type BrowserName, BUILDS, type Env, SCREENSHOTS, startEnv, type Tab, waitFor } from '../harness';

const BANNER = 'shillguard-banner';
// generous: Firefox on a busy 2-core machine can take several seconds per page
const WAIT_MS = 30_000;
const SEED = '/fixtures/seed-page.simplified.html';

/** Start Chromium on a fresh profile with the build and return the URL of the tab the install opened. */
async function welcomeOnFreshChromium(): Promise<string> {
  const ext = BUILDS.chromium;
  const profile = await mkdtemp(join(tmpdir(), 'sg-welcome-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
  });
  try {
    const page = await waitFor(
      'the welcome tab',
      async () => ctx.pages().find((p) => /^chrome-extension:\/\/[a-p]{32}\/welcome\.html$/.test(p.url())),
      WAIT_MS,
    );
    return page.url();
  } finally {
    await ctx.close();
    await rm(profile, { recursive: true, force: true });
  }
}

describe.each(['chromium', 'firefox'] as BrowserName[])('extension pages in %s', (name) => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv(name);
  });
  afterAll(async () => {
    await env?.close();
  });
  afterEach(async () => {
    // a failed step must not leave the site trusted for the tests after it
    await env?.browser.extEval(`(globalThis.browser ?? globalThis.chrome).storage.local.remove('decisions')`);
  });

  const ext = (path: string) => `${env.browser.extensionOrigin}${path}`;
  const api = '(globalThis.browser ?? globalThis.chrome)';
  const tabId = (prefix: string) =>
    waitFor(`the tab at ${prefix}`, () =>
      env.browser.extEval<number | null>(
        `${api}.tabs.query({}).then((ts) => (ts.find((t) => (t.url || '').startsWith(${JSON.stringify(prefix)})) || {}).id ?? null)`,
      ),
    );
  // a page still loading has no body yet: read it as empty and wait on
  const text = (tab: Tab) => tab.eval<string>("document.body?.innerText ?? ''");
  const textHas = (tab: Tab, what: string) =>
    waitFor(`"${what}" on the page`, async () => ((await text(tab)) ?? '').includes(what), WAIT_MS);
  const clickButton = async (tab: Tab, label: string) => {
    const ok = await tab.eval<boolean>(
      `(() => { const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === ${JSON.stringify(label)}); b?.click(); return !!b; })()`,
    );
    expect(ok, `button "${label}"`).toBe(true);
  };
  const setSelect = async (tab: Tab, id: string, value: string) => {
    const ok = await tab.eval<boolean>(
      `(() => { const s = document.getElementById(${JSON.stringify(id)}); if (!s) return false; s.value = ${JSON.stringify(value)}; s.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`,
    );
    expect(ok).toBe(true);
  };
  const decisions = () =>
    env.browser.extEval<{ trustedSites?: string[] } | null>(
      `${api}.storage.local.get('decisions').then((r) => r.decisions ?? null)`,
    );
  const seedTab = async () => {
    const tab = await env.browser.open(env.server.url(SEED));
    await waitFor('the banner', () => tab.shadowText(BANNER), WAIT_MS);
    return { tab, id: await tabId(env.server.url(SEED)) };
  };
  const openPopup = async (id: number) => {
    const p = await env.browser.open(ext(`/popup.html?tab=${id}`));
    await waitFor('the popup', () => p.eval<boolean>(`!!document.querySelector('[data-state]')`), WAIT_MS);
    return p;
  };
  const setLanguage = async (lang: 'auto' | Lang) => {
    const o = await env.browser.open(ext('/options.html'));
    await waitFor('options', () => o.eval<boolean>(`!!document.getElementById('sg-language')`), WAIT_MS);
    await setSelect(o, 'sg-language', lang);
    await waitFor('the setting to be saved', () =>
      env.browser.extEval<boolean>(
        `${api}.storage.local.get('settings').then((r) => r.settings?.language === ${JSON.stringify(lang)})`,
      ),
    );
    await o.close();
  };

  it('opens the welcome page on install', async () => {
    let url: string;
    if (name === 'chromium') {
      // the shared launcher closes the tabs Chromium opens at start: watch a launch of our own
      url = await welcomeOnFreshChromium();
    } else {
      const urls = await waitFor('the welcome tab', async () => {
        const u = await env.browser.tabUrls();
        return u.some((x) => x.startsWith(ext('/welcome.html'))) ? u : undefined;
      });
      expect(urls.filter((u) => u.startsWith(ext('/welcome.html')))).toHaveLength(1);
      url = ext('/welcome.html');
    }
    expect(new URL(url).pathname).toBe('/welcome.html');
    const w = await env.browser.open(ext('/welcome.html'));
    await textHas(w, t('welcome_title', 'zh-CN'));
    const body = await text(w);
    expect(body).toContain(t('welcome_permission_title', 'zh-CN'));
    expect(body).toContain(t('welcome_doesnt_1', 'zh-CN'));
    expect(body).not.toMatch(/\b(welcome|btn|opt)_[a-z0-9_]+/);
    await w.screenshot(join(SCREENSHOTS, `${name}-welcome-zh-CN.png`));
    await w.close();
  });

  it("shows the seed page's result in the popup", async () => {
    const { tab, id } = await seedTab();
    const p = await openPopup(id);
    try {
      await textHas(p, t('level_danger', 'zh-CN'));
      const body = await text(p);
      expect(body).toContain('xys8775');
      expect(body).toContain(t('handle_kind_wechat', 'zh-CN'));
      expect(body).toContain(t('popup_handle_suspect', 'zh-CN'));
      expect(body).not.toMatch(/\b(ev|why|level|popup|btn|state|kind|where)_[a-z0-9_]+/);
      await p.screenshot(join(SCREENSHOTS, `${name}-popup-zh-CN.png`));
      // the report to send: the file the button saves (its link is caught before the download starts)
      const saved = await p.eval<{ name: string; text: string }>(`(async () => {
        const click = HTMLAnchorElement.prototype.click;
        let a;
        HTMLAnchorElement.prototype.click = function () { a = this; };
        try {
          [...document.querySelectorAll('button')]
            .find((x) => x.textContent.trim() === ${JSON.stringify(t('btn_export_letter', 'zh-CN'))})
            .click();
        } finally {
          HTMLAnchorElement.prototype.click = click;
        }
        return { name: a.download, text: await (await fetch(a.href)).text() };
      })()`);
      expect(saved.name).toMatch(/^shillguard-127\.0\.0\.1-\d{8}-\d{6}\.txt$/);
      expect(saved.text).toContain(t('letter_title', 'zh-CN'));
      expect(saved.text).toContain(env.server.url(SEED));
      expect(saved.text).toMatch(/- 微信 xys8775/u);
      expect(saved.text).toContain(t('report_cn', 'zh-CN'));
      await textHas(p, t('popup_letter_saved', 'zh-CN'));
    } finally {
      await p.close();
      await tab.close();
    }
  });

  it('shows an empty state for a browser page', async () => {
    // a browser page's address is hidden from the extension: the new tab is the one that was not there before
    const ids = () => env.browser.extEval<number[]>(`${api}.tabs.query({}).then((ts) => ts.map((t) => t.id))`);
    const before = await ids();
    const blank = await env.browser.open('about:blank');
    const id = await waitFor('the blank tab', async () => (await ids()).find((x) => !before.includes(x)));
    const p = await openPopup(id);
    try {
      await textHas(p, t('state_unsupported_title', 'zh-CN'));
      expect(await p.eval<string | null>(`document.querySelector('[data-state]')?.dataset.state ?? null`)).toBe(
        'unsupported',
      );
    } finally {
      await p.close();
      await blank.close();
    }
  });

  it('trusting the site from the popup silences its banner; untrusting brings it back', async () => {
    const { tab, id } = await seedTab();
    const p = await openPopup(id);
    try {
      await textHas(p, t('level_danger', 'zh-CN'));
      await clickButton(p, t('btn_trust', 'zh-CN'));
      await textHas(p, t('popup_trust_confirm', 'zh-CN', '127.0.0.1'));
      await clickButton(p, t('btn_confirm', 'zh-CN'));
      await waitFor('the trusted site to be stored', async () =>
        (await decisions())?.trustedSites?.includes('127.0.0.1'),
      );
      await waitFor('the banner to go', async () => !(await tab.shadowText(BANNER)), WAIT_MS);
      await textHas(p, t('btn_untrust', 'zh-CN'));
      await clickButton(p, t('btn_untrust', 'zh-CN'));
      await waitFor('the site to be untrusted', async () => !(await decisions())?.trustedSites?.includes('127.0.0.1'));
      const back = await waitFor('the banner to return', () => tab.shadowText(BANNER), WAIT_MS);
      expect(back).toContain('xys8775');
    } finally {
      await p.close();
      await tab.close();
    }
  });

  it('works from the keyboard alone', async () => {
    const { tab, id } = await seedTab();
    const p = await openPopup(id);
    try {
      await textHas(p, t('level_danger', 'zh-CN'));
      const focused = async () => p.eval<string>(`document.activeElement?.textContent?.trim() ?? ''`);
      const seen: string[] = [];
      for (let i = 0; i < 12 && !seen.includes(t('btn_trust', 'zh-CN')); i++) {
        await p.press('Tab');
        seen.push(await focused());
      }
      expect(seen).toContain(t('btn_options', 'zh-CN'));
      expect(seen).toContain(t('btn_export', 'zh-CN'));
      expect(seen.at(-1)).toBe(t('btn_trust', 'zh-CN'));
      await p.press('Enter');
      // focus moves to the confirmation; Enter confirms
      await waitFor('focus on the confirmation', async () => (await focused()) === t('btn_confirm', 'zh-CN'));
      await p.press('Enter');
      await waitFor('the trusted site to be stored', async () =>
        (await decisions())?.trustedSites?.includes('127.0.0.1'),
      );
      await textHas(p, t('btn_untrust', 'zh-CN'));
      await clickButton(p, t('btn_untrust', 'zh-CN'));
      await waitFor('the site to be untrusted', async () => !(await decisions())?.trustedSites?.includes('127.0.0.1'));

      const o = await env.browser.open(ext('/options.html'));
      await waitFor('options', () => o.eval<boolean>(`!!document.getElementById('sg-language')`), WAIT_MS);
      const reached = new Set<string>();
      for (let i = 0; i < 20; i++) {
        await o.press('Tab');
        reached.add(
          await o.eval<string>(
            `(() => { const e = document.activeElement; return e ? (e.id || e.getAttribute('name') || e.textContent.trim()) : ''; })()`,
          ),
        );
      }
      for (const want of [
        'sensitivity',
        'bannerOnCaution',
        'highlights',
        'sg-language',
        'sg-region',
        t('btn_clear', 'zh-CN'),
      ]) {
        expect([...reached], want).toContain(want);
      }
      await o.close();
    } finally {
      await p.close();
      await tab.close();
    }
  });

  it('an options change reaches an open tab without a reload', async () => {
    const { tab } = await seedTab();
    try {
      expect(await tab.shadowText(BANNER)).toContain(t('banner_show_me', 'zh-CN'));
      await setLanguage('en');
      await waitFor(
        'the banner in English',
        async () => (await tab.shadowText(BANNER))?.includes(t('banner_show_me', 'en')),
        WAIT_MS,
      );
    } finally {
      await setLanguage('auto');
      await tab.close();
    }
  });

  it('the demo page shows the banner', async () => {
    const d = await env.browser.open(ext('/demo.html'));
    try {
      const b = await waitFor('the demo banner', () => d.shadowText(BANNER), WAIT_MS);
      expect(b).toContain('zhanglaoshi-demo');
      expect(b).toContain(t('banner_show_me', 'zh-CN'));
      // let the banner finish sliding in before the picture
      await new Promise((r) => setTimeout(r, 600));
      await d.screenshot(join(SCREENSHOTS, `${name}-demo-zh-CN.png`));
    } finally {
      await d.close();
    }
  });

  it('takes screenshots of the pages in both languages', async () => {
    const { tab, id } = await seedTab();
    try {
      for (const lang of ['zh-CN', 'en'] as Lang[]) {
        await setLanguage(lang);
        const p = await openPopup(id);
        await textHas(p, t('level_danger', lang));
        await p.screenshot(join(SCREENSHOTS, `${name}-popup-${lang}.png`));
        // the rest of the popup (a real popup scrolls past 600 px)
        await p.eval<number>('(window.scrollTo(0, document.body.scrollHeight), window.scrollY)');
        await p.screenshot(join(SCREENSHOTS, `${name}-popup-${lang}-end.png`));
        await p.close();
        const o = await env.browser.open(ext('/options.html'));
        await textHas(o, t('options_title', lang));
        expect(await text(o)).not.toMatch(/\b(opt|btn|lang_name|region_name)_[a-z0-9_]+/);
        await o.screenshot(join(SCREENSHOTS, `${name}-options-${lang}.png`));
        await o.eval<number>('(window.scrollTo(0, document.body.scrollHeight), window.scrollY)');
        await o.screenshot(join(SCREENSHOTS, `${name}-options-${lang}-end.png`));
        await o.close();
        const w = await env.browser.open(ext('/welcome.html'));
        await textHas(w, t('welcome_title', lang));
        await w.screenshot(join(SCREENSHOTS, `${name}-welcome-${lang}.png`));
        await w.eval<number>('(window.scrollTo(0, document.body.scrollHeight), window.scrollY)');
        await w.screenshot(join(SCREENSHOTS, `${name}-welcome-${lang}-end.png`));
        await w.close();
      }
    } finally {
      await setLanguage('auto');
      await tab.close();
    }
  });
});
