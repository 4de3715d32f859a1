import { describe, expect, it } from 'vitest';
import type { PageReport } from '../../report/types';
import { targetsOf } from './highlight';

const base: PageReport = {
  source: '',
  title: '',
  level: 'danger',
  score: 80,
  handles: [
    { kind: 'wechat', value: 'xys8775', suspect: true, raw: ['xys8775', 'x y s 8775'], regions: ['comment'], count: 2 },
    { kind: 'phone', value: '95588', suspect: false, raw: ['95588'], regions: ['article'], count: 1 },
  ],
  threads: [
    { planted: true, comments: 4, authors: [], handles: [], selector: '.comments' },
    { planted: false, comments: 2, authors: [], handles: [], selector: '.other' },
  ],
  evidence: [
    { signal: 'a', message: 'ev_a', weight: 1, text: '', region: 'comment', selector: '.comments' },
    { signal: 'b', message: 'ev_b', weight: 1, text: '', region: 'cta', selector: '#bar' },
    { signal: 'c', message: 'ev_c', weight: 1, text: '', region: 'cta', selector: '#bar' },
    { signal: 'd', message: 'ev_d', weight: 1, text: '', region: 'meta', selector: '' },
  ],
  timings: { ms: 0, nodes: 0, capped: false },
};

describe('highlight targets', () => {
  it('takes planted threads, evidence elements once each, and suspect handles’ raw forms longest first', () => {
    expect(targetsOf(base)).toEqual({
      threads: ['.comments'],
      evidence: ['#bar'],
      handles: ['x y s 8775', 'xys8775'],
    });
  });
  it('is empty for a report with nothing suspect', () => {
    expect(
      targetsOf({ ...base, handles: [base.handles[1] as PageReport['handles'][number]], threads: [], evidence: [] }),
    ).toEqual({ threads: [], evidence: [], handles: [] });
  });
});
