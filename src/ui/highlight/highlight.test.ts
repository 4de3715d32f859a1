import { describe, expect, it } from 'vitest';
import type { PageReport } from '../../report/types';
import { targetsOf, tipPlace } from './highlight';

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
  it('outlines no evidence that stands for the whole page (the text model reads all its words)', () => {
    const whole = {
      ...base,
      evidence: [
        ...base.evidence,
        {
          signal: 'text-model',
          message: 'ev_text_model_scam',
          weight: 30,
          text: '上岸',
          region: 'article' as const,
          selector: 'body',
        },
      ],
    };
    expect(targetsOf(whole).evidence).toEqual(['#bar']);
  });
  it('is empty for a report with nothing suspect', () => {
    expect(
      targetsOf({ ...base, handles: [base.handles[1] as PageReport['handles'][number]], threads: [], evidence: [] }),
    ).toEqual({ threads: [], evidence: [], handles: [] });
  });
});

describe("the handle's label", () => {
  const handle = { left: 1000, top: 370, right: 1030 };
  const thread = { left: 80, top: 250, right: 1035 };
  it('sits beside the outlined comments on the handle’s line when the window has room', () => {
    expect(tipPlace(handle, [thread], 150, 1280)).toEqual({ x: 1043, y: 370 });
  });
  it('sits right after the handle on its own line when the comments fill the window’s width', () => {
    expect(tipPlace(handle, [{ ...thread, right: 1275 }], 150, 1280)).toEqual({ x: 1038, y: 370 });
  });
  it('sits above the handle when nothing fits on its line', () => {
    expect(tipPlace({ left: 1100, top: 370, right: 1150 }, [{ ...thread, right: 1275 }], 150, 1280)).toEqual({
      x: 1100,
      y: 346,
    });
  });
});
