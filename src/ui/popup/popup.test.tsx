import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGS, type Lang, t } from '../../i18n';
import type { TabResult } from '../../messages';
import { type PageReport, REPORT_SCHEMA } from '../../report/types';
import {
  buttonByText,
  cappedReport,
  click,
  type Rendered,
  rawKeys,
  renderInto,
  unnamedControls,
} from '../common/testing';
import { classifyUrl, exportDocument, exportFileName, exportJson, type PopupView, reportFromTabResult } from './model';
import { MAX_EVIDENCE_SHOWN, Popup, type PopupActions } from './Popup';

const dangerReport: PageReport = {
  source: 'https://finance.example/a/1.html',
  title: '网贷逾期催收',
  level: 'danger',
  // the evidence's points (10 + 11 + … + 16), as the engine would score them
  score: 91,
  kind: 'debt-relief',
  handles: [
    {
      kind: 'wechat',
      value: 'xys8775',
      suspect: true,
      raw: ['xys8775'],
      regions: ['cta', 'comment'],
      count: 3,
    },
    {
      kind: 'phone',
      value: '96110',
      suspect: false,
      why: 'why_official_number',
      raw: ['96110'],
      regions: ['article'],
      count: 1,
    },
  ],
  threads: [
    {
      planted: true,
      comments: 4,
      authors: ['及时行乐', '那一抹阳光'],
      handles: ['xys8775'],
      selector: '.comment-list',
    },
    { planted: false, comments: 2, authors: ['路人'], handles: [], selector: '.other' },
  ],
  evidence: Array.from({ length: 7 }, (_, i) => ({
    signal: `s${i}`,
    message: i === 0 ? 'ev_not_in_catalog_yet' : 'ev_unknown',
    weight: 10 + i,
    text: '老师微信',
    region: 'comment' as const,
    selector: '.comment-item',
  })),
  timings: { ms: 3, nodes: 100, capped: false },
};

function resultView(over: Partial<Extract<PopupView, { kind: 'result' }>> = {}): PopupView {
  return {
    kind: 'result',
    host: 'finance.example',
    report: dangerReport,
    full: true,
    trusted: false,
    pausedUntil: 0,
    pausedSite: false,
    ...over,
  };
}

function recorder(): PopupActions & { calls: string[] } {
  const calls: string[] = [];
  const rec = (name: string) => () => {
    calls.push(name);
  };
  return {
    calls,
    highlight: rec('highlight'),
    exportReport: rec('export'),
    exportLetter: rec('letter'),
    trust: rec('trust'),
    untrust: rec('untrust'),
    pauseHour: rec('pauseHour'),
    pauseSite: rec('pauseSite'),
    resume: rec('resume'),
    openOptions: rec('options'),
  };
}

let r: Rendered | undefined;
afterEach(() => {
  r?.cleanup();
  r = undefined;
});

describe('popup rendering', () => {
  it('blames the comments when nothing outside them raised the score, the page when its own box did', () => {
    r = renderInto(<Popup view={resultView()} lang="en" actions={recorder()} />);
    expect(r.text()).toContain(t('level_danger_desc_comments', 'en'));
    r.cleanup();
    const boxed = {
      ...dangerReport,
      evidence: [
        ...dangerReport.evidence,
        {
          signal: 'contact-cta',
          message: 'ev_contact_cta_pushed',
          weight: 20,
          text: 'x',
          region: 'cta' as const,
          selector: '.b',
        },
      ],
    };
    r = renderInto(<Popup view={resultView({ report: boxed })} lang="en" actions={recorder()} />);
    expect(r.text()).toContain(t('level_danger_desc', 'en'));
    expect(r.text()).not.toContain(t('level_danger_desc_comments', 'en'));
  });
  it.each(['en', 'zh-CN', 'zh-TW'] as Lang[])('shows a danger result in %s without raw keys', (lang) => {
    r = renderInto(<Popup view={resultView()} lang={lang} actions={recorder()} />);
    const text = r.text();
    expect(text).toContain(t('level_danger', lang));
    expect(text).toContain(t('score_label', lang, 91));
    expect(text).toContain(t('kind_debt_relief', lang));
    expect(text).toContain('xys8775');
    expect(text).toContain(t('handle_kind_wechat', lang));
    expect(text).toContain(t('where_comment', lang));
    expect(text).toContain(t('popup_thread_summary', lang, 4, 2));
    expect(text).toContain('及时行乐');
    // the unknown evidence key falls back to a translated generic line
    expect(text).toContain(t('ev_unknown', lang));
    expect(rawKeys(text)).toEqual([]);
    expect(unnamedControls(r.root)).toEqual([]);
    expect(r.root.querySelector('[data-level="danger"]')).not.toBeNull();
  });

  it('lists the suspect handle first and says why the other is not suspect', () => {
    r = renderInto(<Popup view={resultView()} lang="en" actions={recorder()} />);
    const items = [...r.root.querySelectorAll('.sg-handles li')];
    expect(items.map((li) => li.getAttribute('data-suspect'))).toEqual(['true', 'false']);
    expect(items[1]?.textContent).toContain(t('popup_handle_not_suspect', 'en'));
    // why_official_number comes from the engine; present or not, no raw key is shown
    expect(rawKeys(items[1]?.textContent ?? '')).toEqual([]);
  });

  it('shows planted threads only, and the top evidence by weight', () => {
    r = renderInto(<Popup view={resultView()} lang="en" actions={recorder()} />);
    expect(r.root.querySelectorAll('.sg-threads li')).toHaveLength(1);
    const weights = [...r.root.querySelectorAll('.sg-evidence .sg-weight')].map((e) => e.textContent);
    expect(weights).toHaveLength(MAX_EVIDENCE_SHOWN);
    expect(weights[0]).toBe('+16 points');
  });

  it('shows points taken off with a minus sign (the text model on honest wording)', () => {
    const off = {
      ...dangerReport,
      evidence: [
        ...dangerReport.evidence,
        {
          signal: 'text-model',
          message: 'ev_text_model_honest',
          weight: -40,
          text: '“提醒”',
          region: 'article' as const,
          selector: 'body',
        },
      ],
    };
    r = renderInto(<Popup view={resultView({ report: off })} lang="en" actions={recorder()} />);
    const weights = [...r.root.querySelectorAll('.sg-evidence .sg-weight')].map((e) => e.textContent);
    // listed after the heaviest evidence, however many there are
    expect(weights).toHaveLength(MAX_EVIDENCE_SHOWN + 1);
    expect(weights.at(-1)).toBe('−40 points');
  });

  it("says which cap held the score when the points listed add up to more, in the reader's language", () => {
    const capped = cappedReport(dangerReport);
    r = renderInto(<Popup view={resultView({ report: capped })} lang="zh-TW" actions={recorder()} />);
    expect(r.root.querySelector('.sg-evidence .sg-cap')?.textContent).toBe(t('cap_no_scheme', 'zh-TW', 20, 35));
    r.cleanup();
    // points that are the score need no word
    r = renderInto(<Popup view={resultView()} lang="en" actions={recorder()} />);
    expect(r.root.querySelector('.sg-cap')).toBeNull();
  });

  it('shows a safe page plainly, without a highlight button', () => {
    const safe: PageReport = { ...dangerReport, level: 'safe', score: 0, handles: [], threads: [], evidence: [] };
    delete safe.kind;
    r = renderInto(<Popup view={resultView({ report: safe })} lang="zh-CN" actions={recorder()} />);
    expect(r.text()).toContain(t('level_safe', 'zh-CN'));
    expect(r.text()).toContain(t('popup_handles_none', 'zh-CN'));
    expect(buttonByText(r.root, t('btn_highlight', 'zh-CN'))).toBeUndefined();
    expect(r.text()).not.toContain(t('kind_label', 'zh-CN', ''));
  });

  it.each([
    ['unsupported', { kind: 'unsupported', reason: 'browser' }, 'state_unsupported_title'],
    ['file', { kind: 'unsupported', reason: 'file' }, 'state_file_desc'],
    ['scanning', { kind: 'scanning' }, 'state_scanning'],
    ['no-result', { kind: 'no-result' }, 'state_no_result'],
    ['error', { kind: 'error' }, 'state_error'],
  ] as [string, PopupView, string][])('shows the %s state', (_name, view, key) => {
    for (const lang of ['en', 'zh-CN', 'zh-TW'] as Lang[]) {
      r?.cleanup();
      r = renderInto(<Popup view={view} lang={lang} actions={recorder()} />);
      expect(r.text()).toContain(t(key, lang));
      expect(rawKeys(r.text())).toEqual([]);
      // no action on a page it cannot scan, except settings
      expect(r.root.querySelectorAll('button')).toHaveLength(1);
      expect(unnamedControls(r.root)).toEqual([]);
    }
  });
});

describe('popup actions', () => {
  it('asks before trusting a site, and trusts only on yes', async () => {
    const a = recorder();
    r = renderInto(<Popup view={resultView()} lang="en" actions={a} />);
    // linkedom has no focus model: record focus() calls
    const focused: string[] = [];
    const proto = Object.getPrototypeOf(r.doc.createElement('button')) as { focus?: () => void };
    proto.focus = function (this: Element) {
      focused.push(this.textContent ?? '');
    };
    click(buttonByText(r.root, t('btn_trust', 'en')));
    await r.flush();
    expect(a.calls).toEqual([]);
    expect(r.text()).toContain(t('popup_trust_confirm', 'en', 'finance.example'));
    // focus moves to the confirmation
    expect(focused).toEqual([t('btn_confirm', 'en')]);
    click(buttonByText(r.root, t('btn_cancel', 'en')));
    await r.flush();
    expect(a.calls).toEqual([]);
    click(buttonByText(r.root, t('btn_trust', 'en')));
    await r.flush();
    click(buttonByText(r.root, t('btn_confirm', 'en')));
    await r.flush();
    expect(a.calls).toEqual(['trust']);
  });

  it('Escape closes the trust question without trusting', async () => {
    const a = recorder();
    r = renderInto(<Popup view={resultView()} lang="zh-CN" actions={a} />);
    click(buttonByText(r.root, t('btn_trust', 'zh-CN')));
    await r.flush();
    const box = r.root.querySelector('.sg-confirm');
    expect(box).not.toBeNull();
    const W = r.doc.defaultView as unknown as typeof globalThis;
    const ev = new W.Event('keydown', { bubbles: true });
    Object.defineProperty(ev, 'key', { value: 'Escape' });
    // on the group itself: linkedom calls bubbled listeners with the target as `this`
    box?.dispatchEvent(ev);
    await r.flush();
    expect(r.root.querySelector('.sg-confirm')).toBeNull();
    expect(buttonByText(r.root, t('btn_trust', 'zh-CN'))).toBeDefined();
    expect(a.calls).toEqual([]);
  });

  it('offers untrust and resume when trusted and paused', () => {
    const a = recorder();
    r = renderInto(<Popup view={resultView({ trusted: true, pausedSite: true })} lang="en" actions={a} />);
    expect(r.text()).toContain(t('popup_trusted_note', 'en', 'finance.example'));
    expect(r.text()).toContain(t('popup_paused_site', 'en', 'finance.example'));
    expect(buttonByText(r.root, t('btn_trust', 'en'))).toBeUndefined();
    expect(buttonByText(r.root, t('btn_pause_hour', 'en'))).toBeUndefined();
    click(buttonByText(r.root, t('btn_untrust', 'en')));
    click(buttonByText(r.root, t('btn_resume', 'en')));
    expect(a.calls).toEqual(['untrust', 'resume']);
  });

  it('wires every other button', () => {
    const a = recorder();
    r = renderInto(<Popup view={resultView()} lang="zh-TW" actions={a} />);
    for (const key of [
      'btn_highlight',
      'btn_export_letter',
      'btn_export',
      'btn_pause_hour',
      'btn_pause_site',
      'btn_options',
    ]) {
      click(buttonByText(r.root, t(key, 'zh-TW')));
    }
    expect(a.calls).toEqual(['highlight', 'letter', 'export', 'pauseHour', 'pauseSite', 'options']);
  });

  it('offers the report to send only when the page is not safe', () => {
    const safe = { ...dangerReport, level: 'safe' as const, score: 4, threads: [], evidence: [] };
    r = renderInto(<Popup view={resultView({ report: safe })} lang="en" actions={recorder()} />);
    expect(buttonByText(r.root, t('btn_export_letter', 'en'))).toBeUndefined();
    expect(buttonByText(r.root, t('btn_export', 'en'))).toBeDefined();
  });

  it('announces the status line politely', () => {
    r = renderInto(<Popup view={resultView()} lang="en" actions={recorder()} status={t('popup_exported', 'en')} />);
    const s = r.root.querySelector('[role="status"]');
    expect(s?.getAttribute('aria-live')).toBe('polite');
    expect(s?.textContent).toBe(t('popup_exported', 'en'));
  });
});

describe('popup model', () => {
  it('classifies pages it cannot scan', () => {
    expect(classifyUrl('https://news.example/a')).toEqual({ ok: true, host: 'news.example' });
    expect(classifyUrl('chrome://extensions/')).toEqual({ ok: false, reason: 'browser' });
    expect(classifyUrl('about:addons')).toEqual({ ok: false, reason: 'browser' });
    expect(classifyUrl('edge://settings')).toEqual({ ok: false, reason: 'browser' });
    expect(classifyUrl('view-source:https://a.example/')).toEqual({ ok: false, reason: 'browser' });
    expect(classifyUrl('moz-extension://abc/popup.html')).toEqual({ ok: false, reason: 'extension' });
    expect(classifyUrl('chrome-extension://abc/options.html')).toEqual({ ok: false, reason: 'extension' });
    expect(classifyUrl('https://chromewebstore.google.com/detail/x')).toEqual({ ok: false, reason: 'store' });
    expect(classifyUrl('https://chrome.google.com/webstore/detail/x')).toEqual({ ok: false, reason: 'store' });
    expect(classifyUrl('https://chrome.google.com/other')).toEqual({ ok: true, host: 'chrome.google.com' });
    expect(classifyUrl('https://addons.mozilla.org/zh-CN/firefox/')).toEqual({ ok: false, reason: 'store' });
    expect(classifyUrl('https://bank.example/rates.PDF')).toEqual({ ok: false, reason: 'pdf' });
    expect(classifyUrl('file:///home/a/page.html')).toEqual({ ok: false, reason: 'file' });
    expect(classifyUrl(undefined)).toEqual({ ok: false, reason: 'browser' });
  });

  it('turns the compact result into a thin report', () => {
    const tr: TabResult = {
      level: 'caution',
      score: 41,
      kind: 'recovery',
      counts: { handles: 2, suspectHandles: 1, threads: 1, plantedThreads: 0, evidence: 3 },
      handles: ['telegram:mrs_anna', 'bogus:1', 'email:a@b.example'],
      summary: '',
    };
    const rep = reportFromTabResult(tr, 'https://a.example/');
    expect(rep.level).toBe('caution');
    expect(rep.kind).toBe('recovery');
    expect(rep.handles.map((h) => `${h.kind}:${h.value}`)).toEqual(['telegram:mrs_anna', 'email:a@b.example']);
    expect(rep.threads).toEqual([]);
  });
});

describe('export', () => {
  it('wraps the page report in the report contract envelope', () => {
    const doc = exportDocument(dangerReport, 'https://finance.example/a/1.html?x=1');
    expect(doc.schema).toBe(REPORT_SCHEMA);
    expect(doc.errors).toEqual([]);
    expect(doc.pages).toHaveLength(1);
    const p = doc.pages[0];
    expect(p?.source).toBe('https://finance.example/a/1.html?x=1');
    expect(p?.level).toBe('danger');
    expect(p?.handles[0]).toEqual(dangerReport.handles[0]);
    expect(Object.keys(p ?? {}).sort()).toEqual(
      ['evidence', 'handles', 'kind', 'level', 'score', 'source', 'threads', 'timings', 'title'].sort(),
    );
  });

  it('states a cap on the exported page when one held its score', () => {
    const capped: PageReport = { ...dangerReport, score: 59 };
    expect(exportDocument(capped, undefined).pages[0]?.cap).toEqual({ reason: 'no_contact', points: 91 });
  });

  it('serializes to JSON that parses back to the same document', () => {
    const json = exportJson(dangerReport, undefined);
    expect(JSON.parse(json)).toEqual(exportDocument(dangerReport, undefined));
    expect(json.endsWith('\n')).toBe(true);
  });

  it('names the file after the host and time, safely', () => {
    expect(exportFileName('finance.example', new Date('2026-11-28T12:34:56Z'))).toBe(
      'shillguard-finance.example-20261128-123456.json',
    );
    expect(exportFileName('a/../b', new Date(0))).toMatch(/^shillguard-a_\.\._b-19700101-000000\.json$/);
    expect(exportFileName('finance.example', new Date(0), 'txt')).toBe(
      'shillguard-finance.example-19700101-000000.txt',
    );
  });
});

describe('catalog sanity for the popup', () => {
  it('has the popup keys in every language', () => {
    for (const lang of ['en', 'zh-CN', 'zh-TW'] as Lang[]) expect(CATALOGS[lang].btn_trust).toBeDefined();
  });
});
