import { describe, expect, it } from 'vitest';
import {
  csvField,
  displayWidth,
  formatCsv,
  formatErrors,
  formatJson,
  formatTable,
  safeText,
  summaryLine,
} from '../../src/cli/format';
import type { Handle, PageReport, Report } from '../../src/report/types';

const handle = (kind: Handle['kind'], value: string, suspect = true): Handle => ({
  kind,
  value,
  suspect,
  raw: [value],
  regions: ['comment'],
  count: 1,
});

const page = (source: string, handles: Handle[] = [], level: PageReport['level'] = 'danger'): PageReport => ({
  source,
  title: '',
  level,
  score: level === 'safe' ? 3 : 88.6,
  ...(level === 'safe' ? {} : { kind: 'debt-relief' as const }),
  handles,
  threads: [],
  evidence: [],
  timings: { ms: 1, nodes: 1, capped: false },
});

const report = (pages: PageReport[]): Report => ({ schema: 'shillguard.report/1', pages, errors: [] });

describe('formatTable', () => {
  it('lists suspect handles only, as kind:value, and rounds the score', () => {
    const out = formatTable(
      report([
        page('a.html', [handle('wechat', 'xys8775'), handle('phone', '95588', false), handle('qq', '12345678')]),
      ]),
    );
    const row = out.split('\n')[1];
    expect(row).toBe('danger     89  debt-relief  wechat:xys8775, qq:12345678  a.html');
  });

  it('keeps the handles cell short with "+N more"', () => {
    const many = Array.from({ length: 8 }, (_, i) => handle('telegram', `agent${i}`));
    const row = formatTable(report([page('a.html', many)])).split('\n')[1] ?? '';
    expect(row).toMatch(/telegram:agent0, telegram:agent1 \+6 more {2}a\.html$/);
    const long = formatTable(report([page('b.html', [handle('email', `${'x'.repeat(80)}@example.com`)])]));
    expect(long).toMatch(/email:x+… {2}b\.html/);
  });

  it('aligns the source column when file names and handles hold wide characters', () => {
    const out = formatTable(
      report([page('债务/页面.html', [handle('email', '老师@例子.cn')]), page('b.html', [], 'safe')]),
    );
    const lines = out.trimEnd().split('\n');
    const col = (l: string, s: string) => displayWidth(l.slice(0, l.indexOf(s)));
    expect(col(lines[0] ?? '', 'SOURCE')).toBe(col(lines[1] ?? '', '债务'));
    expect(col(lines[0] ?? '', 'SOURCE')).toBe(col(lines[2] ?? '', 'b.html'));
  });

  it('shows control characters in names inert', () => {
    const out = formatTable(report([page('evil\u001b[31m\nname.html')]));
    expect(out).not.toContain('\u001b');
    expect(out).toContain('evil\\x{1b}[31m\\x{a}name.html');
    expect(formatErrors([{ source: 'a\u009bb.html', message: 'empty file' }])).toBe(
      'shillguard: a\\x{9b}b.html: empty file\n',
    );
  });

  it('ends with a summary line, also when nothing was scanned', () => {
    expect(formatTable(report([]))).toBe('0 pages scanned; 0 errors\n');
    expect(summaryLine([page('a'), page('b', [], 'safe')], [{ source: 'c', message: 'm' }])).toBe(
      '2 pages scanned: 1 danger, 0 caution, 1 safe; 1 error',
    );
  });
});

describe('formatJson', () => {
  it('is the report, parseable, with C1 controls and line separators escaped', () => {
    const r = report([page('x\u009b\u2028.html')]);
    const out = formatJson(r);
    expect(out).not.toMatch(/[\u0080-\u009f\u2028]/);
    expect(JSON.parse(out)).toEqual(r);
  });
});

describe('safeText and displayWidth', () => {
  it('passes ordinary text through and counts CJK as two columns', () => {
    expect(safeText('网贷 page.html')).toBe('网贷 page.html');
    expect(displayWidth('网贷ab')).toBe(6);
    expect(displayWidth('ｗｅｃｈａｔ')).toBe(12);
  });
});

describe('formatCsv', () => {
  it.each([
    ['plain', 'xys8775', 'xys8775'],
    ['a comma', 'a,b', '"a,b"'],
    ['quotes', 'say "hi"', '"say ""hi"""'],
    ['a line break', 'a\nb', 'a\\x{a}b'],
    ['a formula', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['a leading plus', '+1 929 555 0172', "'+1 929 555 0172"],
    ['a leading at', '@name', "'@name"],
    ['a leading minus', '-2+3', "'-2+3"],
  ])('quotes and defuses a field: %s', (_, value, want) => {
    expect(csvField(value)).toBe(want);
  });

  it('lists every handle with its page and marks which are suspect', () => {
    const out = formatCsv(
      report([
        page('a.html', [handle('wechat', 'xys8775'), handle('phone', '95588', false)]),
        page('b.html', [], 'safe'),
      ]),
    );
    expect(out.split('\r\n')).toEqual([
      '\ufeffsource,url,title,level,score,kind,handle_kind,handle,suspect,written_as,regions',
      'a.html,,,danger,89,debt-relief,wechat,xys8775,yes,xys8775,comment',
      'a.html,,,danger,89,debt-relief,phone,95588,no,95588,comment',
      'b.html,,,safe,3,,,,,,',
      '',
    ]);
  });
});
