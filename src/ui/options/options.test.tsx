import { afterEach, describe, expect, it } from 'vitest';
import { type Lang, t } from '../../i18n';
import { DEFAULT_DECISIONS, DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { buttonByText, click, type Rendered, rawKeys, renderInto, unnamedControls } from '../common/testing';
import { Options, type OptionsActions } from './Options';

function recorder(): OptionsActions & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    change: (p: Partial<Settings>) => calls.push(['change', p]),
    removeTrusted: (h: string) => calls.push(['remove', h]),
    resumeSite: (h: string) => calls.push(['resume', h]),
    clear: () => calls.push(['clear']),
    dismissNotice: () => calls.push(['dismiss']),
  };
}

const decisions = {
  ...DEFAULT_DECISIONS,
  trustedSites: ['bank.example', 'news.example'],
  pausedSites: ['forum.example'],
};

function fire(el: Element | null, type: string): void {
  if (!el) throw new Error('no element');
  const W = el.ownerDocument.defaultView as unknown as typeof globalThis;
  el.dispatchEvent(new W.Event(type, { bubbles: true }));
}

let r: Rendered | undefined;
afterEach(() => {
  r?.cleanup();
  r = undefined;
});

describe('options page', () => {
  it.each(['en', 'zh-CN', 'zh-TW'] as Lang[])('renders in %s with named controls and no raw keys', (lang) => {
    r = renderInto(
      <Options settings={DEFAULT_SETTINGS} decisions={decisions} lang={lang} notice={false} actions={recorder()} />,
    );
    const text = r.text();
    for (const key of [
      'options_title',
      'opt_sensitivity',
      'opt_sens_normal',
      'opt_language',
      'opt_region',
      'opt_trusted_title',
    ]) {
      expect(text).toContain(t(key, lang));
    }
    expect(text).toContain('bank.example');
    expect(rawKeys(text)).toEqual([]);
    expect(unnamedControls(r.root)).toEqual([]);
    // the remove buttons name the site they remove
    const remove = r.root.querySelector('[data-list="trusted"] button');
    expect(remove?.getAttribute('aria-label')).toBe(t('btn_remove_site', lang, 'bank.example'));
  });

  it('reflects the settings in the controls', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, sensitivity: 'strict', highlights: false, bannerOnCaution: true };
    r = renderInto(
      <Options settings={s} decisions={DEFAULT_DECISIONS} lang="en" notice={false} actions={recorder()} />,
    );
    // linkedom keeps `checked` as an attribute
    const checked = (sel: string) => r?.root.querySelector(sel)?.hasAttribute('checked');
    expect(checked('input[value="strict"]')).toBe(true);
    expect(checked('input[value="normal"]')).toBe(false);
    expect(checked('input[name="highlights"]')).toBe(false);
    expect(checked('input[name="bannerOnCaution"]')).toBe(true);
    expect(r.text()).toContain(t('opt_trusted_empty', 'en'));
    expect(r.root.querySelector('[data-list="paused"]')).toBeNull();
  });

  it('reports changes', () => {
    const a = recorder();
    r = renderInto(<Options settings={DEFAULT_SETTINGS} decisions={decisions} lang="en" notice={false} actions={a} />);
    fire(r.root.querySelector('input[value="relaxed"]'), 'change');
    fire(r.root.querySelector('input[name="highlights"]'), 'change');
    const sel = r.root.querySelector('select[name="language"]');
    for (const o of sel?.querySelectorAll('option') ?? [])
      o.toggleAttribute('selected', o.getAttribute('value') === 'zh-TW');
    fire(sel, 'change');
    click(r.root.querySelector('[data-list="trusted"] button') ?? undefined);
    click(buttonByText(r.root, t('btn_resume_site', 'en', 'forum.example')));
    expect(a.calls).toEqual([
      ['change', { sensitivity: 'relaxed' }],
      ['change', { highlights: false }],
      ['change', { language: 'zh-TW' }],
      ['remove', 'bank.example'],
      ['resume', 'forum.example'],
    ]);
  });

  it('asks before clearing stored data', async () => {
    const a = recorder();
    r = renderInto(
      <Options settings={DEFAULT_SETTINGS} decisions={decisions} lang="zh-CN" notice={false} actions={a} />,
    );
    click(buttonByText(r.root, t('btn_clear', 'zh-CN')));
    await r.flush();
    expect(a.calls).toEqual([]);
    expect(r.text()).toContain(t('opt_clear_confirm', 'zh-CN'));
    click(buttonByText(r.root, t('btn_clear_confirm', 'zh-CN')));
    expect(a.calls).toEqual([['clear']]);
  });

  it('shows the corrupt-data notice until dismissed', () => {
    const a = recorder();
    r = renderInto(<Options settings={DEFAULT_SETTINGS} decisions={DEFAULT_DECISIONS} lang="en" notice actions={a} />);
    expect(r.root.querySelector('[role="alert"]')?.textContent).toContain(t('opt_notice_corrupt', 'en'));
    click(buttonByText(r.root, t('btn_dismiss', 'en')));
    expect(a.calls).toEqual([['dismiss']]);
  });
});
