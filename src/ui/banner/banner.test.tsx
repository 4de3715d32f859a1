import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CATALOGS, LANGS, t } from '../../i18n';
import { isTabResult } from '../../messages';
import type { PageReport } from '../../report/types';
import { adviceKey, pickRegion, reportKey, schemeKey } from './advice';
import { Banner, type BannerProps, evidenceLabel, MAX_WHY_ROWS } from './Banner';
import { installStrings, parseStrings, pickStrings } from './strings';
import { foundLine, toTabResult } from './summary';

const XSS = '<img src=x onerror=alert(1)>';

function report(over: Partial<PageReport> = {}): PageReport {
  return {
    source: 'https://scam.example/a',
    title: 'x',
    level: 'danger',
    score: 87,
    kind: 'debt-relief',
    handles: [
      { kind: 'wechat', value: 'xys8775', suspect: true, raw: ['xys8775'], regions: ['comment'], count: 3 },
      {
        kind: 'phone',
        value: '95588',
        suspect: false,
        why: 'why_official',
        raw: ['95588'],
        regions: ['article'],
        count: 1,
      },
    ],
    threads: [{ planted: true, comments: 4, authors: ['a', 'b'], handles: ['xys8775'], selector: '.comment-list' }],
    evidence: [
      {
        signal: 'planted-thread',
        message: 'ev_unknown',
        weight: 30,
        text: '加老师微信',
        region: 'comment',
        selector: '.c1',
      },
      {
        signal: 'brand-new-signal',
        message: 'ev_brand_new_signal_key',
        weight: 12,
        text: '',
        region: 'comment',
        selector: '.c2',
      },
    ],
    timings: { ms: 1, nodes: 10, capped: false },
    ...over,
  };
}

function mount(props: Partial<BannerProps> = {}) {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = document.getElementById('root') as unknown as HTMLElement;
  const calls = { showMe: vi.fn(), close: vi.fn(), trust: vi.fn(), notScam: vi.fn() };
  const p: BannerProps = {
    report: report(),
    lang: 'zh-CN',
    region: 'CN',
    onShowMe: calls.showMe,
    onClose: calls.close,
    onTrust: calls.trust,
    onNotScam: calls.notScam,
    ...props,
  };
  render(<Banner {...p} />, root);
  const button = (label: string) =>
    [...root.querySelectorAll('button')].find((b) => (b.textContent ?? '').includes(label)) as HTMLButtonElement;
  const click = (label: string, trusted: boolean) => {
    const ev = new (document.defaultView as unknown as typeof globalThis).Event('click', {
      bubbles: true,
    }) as unknown as Event;
    Object.defineProperty(ev, 'isTrusted', { value: trusted });
    button(label).dispatchEvent(ev);
  };
  return { document, root, calls, button, click };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

beforeAll(() => {
  // as the content script does: only the keys the in-page UI reads, checked on arrival
  const sent = JSON.parse(JSON.stringify(Object.fromEntries(LANGS.map((l) => [l, pickStrings(CATALOGS[l])]))));
  for (const [l, file] of Object.entries(parseStrings(sent))) installStrings(l as (typeof LANGS)[number], file);
});

describe('in-page strings', () => {
  it('carry what the banner reads and not the rest of the catalogue', () => {
    const en = pickStrings(CATALOGS.en);
    expect(en.banner_title_danger).toBeTruthy();
    expect(en.handle_kind_wechat).toBeTruthy();
    expect(en.extName).toBeUndefined();
    expect(Object.keys(en).length).toBeLessThan(Object.keys(CATALOGS.en).length);
  });
  it('drop malformed entries', () => {
    const got = parseStrings({
      en: { ok: { message: 'x' }, 'bad key': { message: 'y' }, bad: { message: 3 } },
      xx: {},
    });
    expect(got).toEqual({ en: { ok: { message: 'x' } } });
    expect(parseStrings(null)).toEqual({});
  });
});

describe('banner', () => {
  it.each([
    ['investment-group', 'advice_invest'],
    ['recovery', 'advice_recovery'],
    ['gambling-recovery', 'advice_recovery'],
    ['insurance-refund', 'advice_insurance'],
    ['credit-repair', 'advice_credit'],
    ['other', 'advice_other'],
  ] as const)("gives advice that fits a %s scheme, not the debtor's lender hotline", (kind, key) => {
    const { root } = mount({ report: report({ kind }), lang: 'en' });
    const text = root.textContent ?? '';
    expect(text).toContain(t(key, 'en'));
    expect(text).not.toContain(t('advice_do', 'en'));
  });
  it('says what was found, what such schemes do, what to do and where to report', () => {
    const { root } = mount();
    const text = root.textContent ?? '';
    // all that raised the score is in the comments: the banner names the comments, not the site
    expect(text).toContain(t('banner_title_danger_comments', 'zh-CN'));
    expect(text).not.toContain(t('banner_title_danger', 'zh-CN'));
    expect(text).toContain('xys8775');
    expect(text).toContain(t('scheme_debt_relief', 'zh-CN'));
    expect(text).toContain(t('advice_do', 'zh-CN'));
    expect(text).toContain('96110');
    expect(root.querySelector('[role="alert"]')).toBeTruthy();
    expect(root.querySelector('section')?.getAttribute('aria-label')).toBe(t('banner_label', 'zh-CN'));
    expect(root.querySelector('section')?.getAttribute('lang')).toBe('zh-Hans-CN');
  });

  it("names the page when the page's own box pushes the contact too", () => {
    const r = report();
    r.evidence = [
      ...r.evidence,
      {
        signal: 'contact-cta',
        message: 'ev_contact_cta_pushed',
        weight: 20,
        text: '老师微信',
        region: 'cta',
        selector: '.box',
      },
    ];
    const { root } = mount({ report: r });
    expect(root.textContent).toContain(t('banner_title_danger', 'zh-CN'));
    expect(root.textContent).not.toContain(t('banner_title_danger_comments', 'zh-CN'));
  });

  it('renders page text as text: a handle value full of markup stays inert', () => {
    const r = report();
    r.handles = [{ kind: 'wechat', value: XSS, suspect: true, raw: [XSS], regions: ['comment'], count: 2 }];
    r.evidence = [{ signal: 's', message: 'ev_unknown', weight: 5, text: XSS, region: 'comment', selector: '.x' }];
    const { root, click } = mount({ report: r, lang: 'en' });
    click('Why?', true);
    return tick().then(() => {
      expect(root.querySelector('img')).toBeNull();
      expect(root.textContent).toContain(XSS);
    });
  });

  it('acts on trusted clicks only', () => {
    const { calls, click } = mount();
    for (const label of [t('banner_trust', 'zh-CN'), t('banner_not_scam', 'zh-CN'), t('banner_show_me', 'zh-CN')]) {
      click(label, false);
    }
    expect(calls.trust).not.toHaveBeenCalled();
    expect(calls.notScam).not.toHaveBeenCalled();
    expect(calls.showMe).not.toHaveBeenCalled();
    click(t('banner_trust', 'zh-CN'), true);
    click(t('banner_not_scam', 'zh-CN'), true);
    click(t('banner_show_me', 'zh-CN'), true);
    expect(calls.trust).toHaveBeenCalledTimes(1);
    expect(calls.notScam).toHaveBeenCalledTimes(1);
    expect(calls.showMe).toHaveBeenCalledTimes(1);
  });

  it('close button has a label and closes on a trusted click', () => {
    const { root, calls, document } = mount({ lang: 'en' });
    const close = root.querySelector('button.sg-close') as HTMLButtonElement;
    expect(close.getAttribute('aria-label')).toBe('Close this warning');
    const ev = new (document.defaultView as unknown as typeof globalThis).Event('click', {
      bubbles: true,
    }) as unknown as Event;
    Object.defineProperty(ev, 'isTrusted', { value: true });
    close.dispatchEvent(ev);
    expect(calls.close).toHaveBeenCalledTimes(1);
  });

  it('"Why?" lists the evidence with weights, translated or readable, and Esc closes it', async () => {
    const { root, click, document } = mount({ lang: 'en' });
    expect(root.querySelector('#sg-why')).toBeNull();
    click('Why?', true);
    await tick();
    const why = root.querySelector('#sg-why');
    expect(why).toBeTruthy();
    const text = why?.textContent ?? '';
    expect(text).toContain('+30');
    expect(text).toContain(t('ev_unknown', 'en'));
    // a key this build cannot translate reads as words, never as the raw key
    expect(text).not.toContain('ev_brand_new_signal_key');
    expect(text).toContain('brand new signal');
    const esc = new (document.defaultView as unknown as typeof globalThis).Event('keydown', {
      bubbles: true,
    }) as unknown as KeyboardEvent;
    Object.defineProperty(esc, 'key', { value: 'Escape' });
    Object.defineProperty(esc, 'isTrusted', { value: true });
    // (linkedom calls bubbling listeners with the wrong `this`: dispatch where the listener sits)
    root.querySelector('section')?.dispatchEvent(esc);
    await tick();
    expect(root.querySelector('#sg-why')).toBeNull();
  });

  it('"Show me" folds the Why panel, so the banner covers less of what it shows', async () => {
    const { root, click, calls } = mount({ lang: 'en' });
    click('Why?', true);
    await tick();
    expect(root.querySelector('#sg-why')).toBeTruthy();
    click(t('banner_show_me', 'en'), true);
    await tick();
    expect(root.querySelector('#sg-why')).toBeNull();
    expect(calls.showMe).toHaveBeenCalledTimes(1);
  });

  it('caps the Why list', async () => {
    const many = Array.from({ length: MAX_WHY_ROWS + 5 }, (_, i) => ({
      signal: 's',
      message: 'ev_unknown',
      weight: i,
      text: '',
      region: 'comment' as const,
      selector: '.x',
    }));
    const { root, click } = mount({ report: report({ evidence: many }), lang: 'en' });
    click('Why?', true);
    await tick();
    expect(root.querySelectorAll('#sg-why li').length).toBe(MAX_WHY_ROWS);
    expect(root.querySelector('.sg-more')?.textContent).toBe('+5');
  });

  it('speaks zh-TW and en', () => {
    expect(mount({ lang: 'zh-TW', region: 'TW' }).root.textContent).toContain('165');
    expect(mount({ lang: 'en', region: 'US' }).root.textContent).toContain('reportfraud.ftc.gov');
    expect(mount({ lang: 'en', region: 'UK' }).root.textContent).toContain('0300 123 2040');
    expect(mount({ lang: 'zh-TW', region: 'HK' }).root.textContent).toContain('18222');
  });
});

describe('region and advice', () => {
  it('follows the setting first', () => {
    expect(pickRegion('HK', { host: 'a.cn', pageLang: 'zh-CN' })).toBe('HK');
  });
  it('else the TLD, then the page’s and the browser’s language region', () => {
    expect(pickRegion('auto', { host: 'www.example.com.tw', pageLang: 'zh-CN' })).toBe('TW');
    expect(pickRegion('auto', { host: 'news.example.co.uk' })).toBe('UK');
    expect(pickRegion('auto', { host: 'example.com', pageLang: 'zh-HK' })).toBe('HK');
    expect(pickRegion('auto', { host: 'example.com', pageLang: 'zh-Hant' })).toBe('TW');
    expect(pickRegion('auto', { host: 'example.com', pageLang: 'en', browserLang: 'en-US' })).toBe('US');
    expect(pickRegion('auto', { host: 'example.com', pageLang: 'zh', browserLang: 'en' })).toBe('CN');
    expect(pickRegion('auto', { host: 'example.com', pageLang: 'en', browserLang: 'en' })).toBe('other');
    expect(pickRegion(undefined, {})).toBe('other');
  });
  it('has a translated line for every region and kind in every language', () => {
    for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
      for (const r of ['CN', 'TW', 'HK', 'US', 'UK', 'other'] as const) expect(t(reportKey(r), lang)).not.toBe('');
      for (const k of [
        'debt-relief',
        'investment-group',
        'recovery',
        'loan',
        'gambling-recovery',
        'credit-repair',
        'insurance-refund',
        'other',
        undefined,
      ] as const) {
        expect(t(schemeKey(k), lang)).not.toBe('');
        expect(t(adviceKey(k), lang)).not.toBe('');
      }
    }
  });
});

describe('summary', () => {
  it('names the most repeated suspect handle and the planted comments', () => {
    expect(foundLine(report(), 'en')).toBe('WeChat xys8775 is pushed through 4 comments that look planted.');
    expect(foundLine(report({ threads: [] }), 'en')).toBe('The page pushes a contact: WeChat xys8775.');
  });
  it('shows a plainly written number as the page wrote it, the tab result keeping the normal form', () => {
    const wa = {
      kind: 'whatsapp' as const,
      value: '12025550147',
      suspect: true,
      raw: ['+1 (202) 555-0147'],
      regions: ['comment' as const],
      count: 2,
    };
    const r = report({ handles: [wa], threads: [] });
    expect(foundLine(r, 'en')).toBe('The page pushes a contact: WhatsApp +1 (202) 555-0147.');
    const tab = toTabResult(r, 'en');
    expect(tab.summary).toBe('looks like a scam — WhatsApp +1 (202) 555-0147');
    expect(tab.handles).toEqual(['whatsapp:12025550147']);
  });
  it('makes a compact, valid tab result without page text', () => {
    const r = toTabResult(report(), 'en');
    expect(isTabResult(r)).toBe(true);
    expect(r.handles).toEqual(['wechat:xys8775']);
    expect(r.summary).toBe('looks like a scam — WeChat xys8775');
    expect(JSON.stringify(r)).not.toContain('加老师微信');
    const safe = toTabResult(report({ level: 'safe', kind: undefined }), 'en');
    expect(safe.summary).toBe('');
    expect(isTabResult(safe)).toBe(true);
  });
  it('evidence labels fall back to words', () => {
    expect(evidenceLabel({ signal: 'contact-cta', message: 'ev_contact_cta_x' }, 'en')).toBe(
      'Another sign (contact cta)',
    );
  });
});
