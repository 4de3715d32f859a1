import { describe, expect, it } from 'vitest';
import { t } from '../../i18n';
import type { PageReport } from '../../report/types';
import { reportLetter } from './letter';
import { cappedReport } from './testing';

const report: PageReport = {
  source: 'https://finance.example/a/1.html',
  title: '网贷逾期催收的合法方法',
  level: 'danger',
  score: 100,
  kind: 'debt-relief',
  handles: [
    {
      kind: 'wechat',
      value: 'xys8775',
      suspect: true,
      raw: ['xys 8775', 'xys8775'],
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
    { planted: true, comments: 4, authors: ['及时行乐', '那一抹阳光'], handles: ['xys8775'], selector: '.c' },
    { planted: false, comments: 2, authors: ['路人甲'], handles: [], selector: '.d' },
  ],
  evidence: [
    {
      signal: 'planted-thread',
      message: 'ev_planted_thread_arc',
      weight: 40,
      text: `那一抹阳光: 楼主,你现在的债务怎么样了?${'我本金加利息5万多,'.repeat(30)}`,
      region: 'comment',
      selector: '.c',
    },
    {
      signal: 'warning-context',
      message: 'ev_warning_context_bait_quoted',
      weight: 0,
      text: '谨防',
      region: 'article',
      selector: 'p',
    },
  ],
  timings: { ms: 3, nodes: 100, capped: false },
};

describe('the report a reader can send', () => {
  const zh = reportLetter(report, { lang: 'zh-CN', region: 'CN', seenAt: '2026年11月29日 13:05' });

  it('names the page, the time, the verdict and the pushed contact as the page wrote it', () => {
    expect(zh).toContain(t('letter_page', 'zh-CN', 'https://finance.example/a/1.html'));
    expect(zh).toContain('2026年11月29日 13:05');
    expect(zh).toContain(t('score_label', 'zh-CN', 100));
    expect(zh).toMatch(/- 微信 xys8775 \(.*联系框.*评论区.*\)/u);
    expect(zh).toContain('“xys 8775”');
    // the official number the page quotes is no contact to report
    expect(zh).not.toContain('- 电话 96110');
  });

  it('gives the planted thread, the evidence with short quotes, and where to report', () => {
    expect(zh).toContain(t('popup_thread_summary', 'zh-CN', 4, 2));
    expect(zh).toContain('及时行乐、那一抹阳光');
    expect(zh).not.toContain('路人甲');
    const line = zh.split('\n').find((l) => l.includes(t('ev_planted_thread_arc', 'zh-CN'))) ?? '';
    expect(line).toContain('+40');
    expect(line.length).toBeLessThan(320);
    expect(line.endsWith('…”')).toBe(true);
    // evidence that adds nothing is not listed
    expect(zh).not.toContain('谨防');
    // nor the text model's judgement of the wording as a whole: no fact on the page
    const withModel = reportLetter(
      {
        ...report,
        evidence: [
          ...report.evidence,
          {
            signal: 'text-model',
            message: 'ev_text_model_scam',
            weight: 30,
            text: '上岸 · 名额',
            region: 'article',
            selector: 'body',
          },
        ],
      },
      { lang: 'zh-CN', region: 'CN', seenAt: '2026年11月29日 13:05' },
    );
    expect(withModel).not.toContain(t('ev_text_model_scam', 'zh-CN'));
    expect(withModel).toContain(t('ev_planted_thread_arc', 'zh-CN'));
    expect(zh).toContain(t('report_cn', 'zh-CN'));
    expect(zh).toContain(t('scheme_debt_relief', 'zh-CN'));
    expect(zh).toContain(t('letter_attach', 'zh-CN'));
  });

  it('says why a score is lower than the points listed (a cap), and says nothing when it is not', () => {
    const capped = cappedReport(report);
    const letter = reportLetter(capped, { lang: 'en', region: 'US', seenAt: 'x' });
    expect(letter).toContain(t('cap_no_scheme', 'en', 20, 35));
    expect(letter).toContain('The points add up to 35, but the score stays at 20');
    expect(zh).not.toContain('各项合计');
  });

  it("follows the reader's language and region", () => {
    const en = reportLetter(report, {
      lang: 'en',
      region: 'US',
      url: 'https://finance.example/a/1.html?from=share',
      seenAt: 'November 29, 2026 at 1:05 PM',
    });
    expect(en).toContain('https://finance.example/a/1.html?from=share');
    expect(en).toContain(t('report_us', 'en'));
    expect(en).not.toContain(t('report_cn', 'en'));
    expect(en).toMatch(/- WeChat xys8775/u);
    const tw = reportLetter(report, { lang: 'zh-TW', region: 'TW', seenAt: 'x' });
    expect(tw).toContain(t('report_tw', 'zh-TW'));
    expect(tw.startsWith(t('letter_title', 'zh-TW'))).toBe(true);
  });
});
