import { describe, expect, it } from 'vitest';
import type { Evidence, Handle, Level } from '../../src/report/types';
import { computeMetrics, matchContacts, matchHandles, outcome, type PageResult, ratio, topEvidence } from './metrics';

function handle(kind: Handle['kind'], value: string, suspect: boolean): Handle {
  return { kind, value, suspect, raw: [value], regions: ['comment'], count: 1 };
}

function ev(signal: string, weight: number): Evidence {
  return { signal, message: `ev_${signal}`, weight, text: signal, region: 'comment', selector: 'li' };
}

function page(
  id: string,
  label: 'scam' | 'clean',
  level: Level,
  labelled: { kind: Handle['kind']; value: string }[],
  reported: Handle[],
): PageResult {
  return {
    id,
    label: { label, kind: label === 'scam' ? 'recovery' : undefined, lang: 'en', handles: labelled },
    report: { level, score: 0, handles: reported, evidence: [] },
  };
}

describe('outcome', () => {
  it('counts a scam page as caught only at danger', () => {
    expect(outcome(page('a', 'scam', 'danger', [], []))).toBe('caught');
    expect(outcome(page('a', 'scam', 'caution', [], []))).toBe('missed');
    expect(outcome(page('a', 'scam', 'safe', [], []))).toBe('missed');
  });
  it('counts a clean page as a false alarm at caution or danger', () => {
    expect(outcome(page('a', 'clean', 'safe', [], []))).toBe('clean-ok');
    expect(outcome(page('a', 'clean', 'caution', [], []))).toBe('false-alarm');
    expect(outcome(page('a', 'clean', 'danger', [], []))).toBe('false-alarm');
  });
});

describe('matchHandles', () => {
  it('matches suspect handles by exact kind and value, ignoring non-suspect ones and duplicates', () => {
    const r = page(
      's',
      'scam',
      'danger',
      [
        { kind: 'whatsapp', value: '447700900123' },
        { kind: 'telegram', value: 'mrsjane' },
        { kind: 'email', value: 'x@y.com' },
      ],
      [
        handle('whatsapp', '447700900123', true),
        handle('whatsapp', '447700900123', true),
        handle('phone', 'mrsjane', true), // right value, wrong kind
        handle('email', 'x@y.com', false), // found but not suspect
        handle('telegram', 'mrsjane', true),
      ],
    );
    const m = matchHandles(r);
    expect(m.found.sort()).toEqual(['telegram:mrsjane', 'whatsapp:447700900123']);
    expect(m.missing).toEqual(['email:x@y.com']);
    expect(m.extra).toEqual(['phone:mrsjane']);
  });
});

describe('computeMetrics', () => {
  const results: PageResult[] = [
    page('scam-1', 'scam', 'danger', [{ kind: 'whatsapp', value: '1' }], [handle('whatsapp', '1', true)]),
    page(
      'scam-2',
      'scam',
      'caution',
      [
        { kind: 'telegram', value: 'a' },
        { kind: 'email', value: 'b@c.de' },
      ],
      [handle('telegram', 'a', true), handle('telegram', 'zz', true)],
    ),
    page('scam-3', 'scam', 'danger', [{ kind: 'phone', value: '2' }], []),
    page('scam-4', 'scam', 'danger', [], []),
    page('clean-1', 'clean', 'safe', [], [handle('phone', '18001234567', false)]),
    page('clean-2', 'clean', 'caution', [], [handle('phone', '03001232040', true)]),
    page('clean-3', 'clean', 'safe', [], []),
    page('clean-4', 'clean', 'danger', [], []),
  ];
  const m = computeMetrics(results);

  it('computes page recall, false-positive rate and precision', () => {
    expect([m.pages, m.scam, m.clean, m.caught, m.falseAlarms]).toEqual([8, 4, 4, 3, 2]);
    expect(m.recall).toBeCloseTo(3 / 4);
    expect(m.falsePositiveRate).toBeCloseTo(2 / 4);
    expect(m.precision).toBeCloseTo(3 / 5);
    expect(m.missedPages).toEqual(['scam-2']);
    expect(m.falseAlarmPages).toEqual(['clean-2', 'clean-4']);
  });

  it("computes the share of warned scam pages whose reported kind is the label's", () => {
    const warned = (id: string, level: Level, kind?: PageResult['report']['kind']): PageResult => {
      const p = page(id, 'scam', level, [], []);
      return { ...p, report: { ...p.report, kind } };
    };
    const m = computeMetrics([
      warned('a', 'danger', 'recovery'),
      warned('b', 'caution', 'investment-group'),
      warned('c', 'safe'),
      page('d', 'clean', 'danger', [], []),
    ]);
    expect([m.warned, m.kindAgrees]).toEqual([2, 1]);
    expect(m.kindAgreement).toBeCloseTo(1 / 2);
  });

  it('computes suspect-handle recall and precision, counting clean-page handles against precision', () => {
    // labelled: 1 + 2 + 1 = 4, found: whatsapp:1 and telegram:a
    expect(m.labelledHandles).toBe(4);
    expect(m.foundHandles).toBe(2);
    expect(m.handleRecall).toBeCloseTo(2 / 4);
    // suspect: whatsapp:1, telegram:a, telegram:zz (unlabelled), phone:03001232040 (clean page)
    expect(m.suspectHandles).toBe(4);
    expect(m.handlePrecision).toBeCloseTo(2 / 4);
    expect(m.missedHandles.sort()).toEqual(['scam-2 email:b@c.de', 'scam-3 phone:2']);
    expect(m.extraHandles.sort()).toEqual(['clean-2 phone:03001232040', 'scam-2 telegram:zz']);
  });

  it('gives NaN, not a passing number, when a denominator is zero', () => {
    const empty = computeMetrics([]);
    expect(empty.recall).toBeNaN();
    expect(empty.handlePrecision).toBeNaN();
    expect(ratio(1, 0) >= 0.95).toBe(false);
  });
});

describe('honest contacts', () => {
  const withContacts = (r: PageResult, contacts: { kind: Handle['kind']; value: string }[]): PageResult => ({
    ...r,
    label: { ...r.label, contacts },
  });
  const results: PageResult[] = [
    withContacts(
      page('clean-1', 'clean', 'safe', [], [handle('phone', '18005550100', false), handle('wechat', 'shop88', true)]),
      [
        { kind: 'phone', value: '18005550100' }, // listed, not suspect
        { kind: 'wechat', value: 'shop88' }, // listed as suspect
        { kind: 'email', value: 'desk@paper.com' }, // not listed
      ],
    ),
    // a scam page quoting its bank's hotline: the contact is found, the suspect handle is not a contact
    withContacts(
      page(
        'scam-1',
        'scam',
        'danger',
        [{ kind: 'whatsapp', value: '447700900123' }],
        [handle('whatsapp', '447700900123', true), handle('phone', '95588', false)],
      ),
      [{ kind: 'phone', value: '95588' }],
    ),
    // no contacts labelled: its handles, suspect or not, count nowhere among contacts
    page('clean-2', 'clean', 'safe', [], [handle('phone', '18005550100', true), handle('qq', '12345', false)]),
    withContacts(page('clean-3', 'clean', 'safe', [], []), []),
  ];

  it('matches labelled contacts with every listed handle, suspect or not', () => {
    const first = results[0] as PageResult;
    expect(matchContacts(first)).toEqual({
      found: ['phone:18005550100', 'wechat:shop88'],
      notFound: ['email:desk@paper.com'],
      suspect: ['wechat:shop88'],
    });
  });

  it('counts contacts found and called suspect only on pages that label them', () => {
    const m = computeMetrics(results);
    expect([m.contactPages, m.labelledContacts, m.foundContacts, m.suspectContacts]).toEqual([3, 4, 3, 1]);
    expect(m.suspectContactList).toEqual(['clean-1 wechat:shop88']);
    expect(m.notFoundContactList).toEqual(['clean-1 email:desk@paper.com']);
    const none = computeMetrics([results[2] as PageResult]);
    expect([none.contactPages, none.labelledContacts, none.foundContacts, none.suspectContacts]).toEqual([0, 0, 0, 0]);
  });

  it('leaves the suspect-handle figures as they were', () => {
    const m = computeMetrics(results);
    expect([m.labelledHandles, m.foundHandles, m.suspectHandles]).toEqual([1, 1, 3]);
  });
});

describe('topEvidence', () => {
  it('returns the heaviest evidence first, at most n', () => {
    const top = topEvidence({ evidence: [ev('a', 1), ev('b', 30), ev('c', 5), ev('d', 20)] }, 3);
    expect(top.map((e) => e.signal)).toEqual(['b', 'd', 'c']);
  });
});
