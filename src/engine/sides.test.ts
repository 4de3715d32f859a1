import { describe, expect, it } from 'vitest';
import type { Evidence } from '../report/types';
import { scanHtml } from './scan';
import { pageSides, scoreCap, withCap } from './sides';

const ev = (signal: string, weight: number, extra: Partial<Evidence> = {}): Evidence => ({
  signal,
  message: `ev_${signal.replace(/-/g, '_')}`,
  weight,
  text: '',
  region: 'comment',
  selector: '',
  ...extra,
});

describe('pageSides', () => {
  const cases: [string, Evidence[], { anchored: boolean; scheme: boolean }][] = [
    ['a pushed contact alone', [ev('contact-cta', 20)], { anchored: true, scheme: false }],
    [
      'wording alone',
      [ev('bait', 12, { message: 'ev_bait_promise', text: '停息挂账', region: 'article' })],
      { anchored: false, scheme: false },
    ],
    [
      "a reader's comment promising the outcome is a scheme",
      [ev('bait', 12, { message: 'ev_bait_promise', text: '停息挂账' })],
      { anchored: false, scheme: true },
    ],
    [
      'two kinds of bait are a scheme',
      [
        ev('bait', 12, { message: 'ev_bait_promise', text: '停息挂账' }),
        ev('bait', 12, { message: 'ev_bait_promise', text: '全额退保' }),
      ],
      { anchored: false, scheme: true },
    ],
    ['a planted thread is both', [ev('planted-thread', 35)], { anchored: true, scheme: true }],
    [
      'a persona without a scheme word is a title',
      [ev('contact-cta', 20), ev('authority-persona', 12)],
      { anchored: true, scheme: false },
    ],
    [
      'a persona beside a scheme word is a scheme',
      [ev('contact-cta', 20), ev('authority-persona', 12), ev('bait', 8, { message: 'ev_bait_promise', text: 'x' })],
      { anchored: true, scheme: true },
    ],
    [
      "a contact several commenters give, on a page worded like a scheme at the model's most, is both",
      [ev('handle-in-comments', 15, { message: 'ev_handle_in_comments_passed' }), ev('text-model', 30)],
      { anchored: true, scheme: true },
    ],
    [
      'the same contact on a page the model reads less surely anchors nothing',
      [ev('handle-in-comments', 15, { message: 'ev_handle_in_comments_passed' }), ev('text-model', 29)],
      { anchored: false, scheme: false },
    ],
    [
      "a contact one commenter gives twice anchors nothing, also at the model's most",
      [ev('handle-in-comments', 15, { message: 'ev_handle_in_comments_repeated' }), ev('text-model', 30)],
      { anchored: false, scheme: true },
    ],
    [
      'evidence of no weight shows nothing',
      [ev('contact-cta', 0), ev('chorus', 0)],
      { anchored: false, scheme: false },
    ],
  ];
  for (const [name, evidence, want] of cases) it(name, () => expect(pageSides(evidence)).toEqual(want));
});

describe('scoreCap: why the score is below the points listed', () => {
  it('wording with no contact pushed', () => {
    const r = scanHtml(`<html><body><article><h1>停息挂账是什么？</h1>
      <p>专业团队帮你停息挂账，个性化分期，债务优化，逾期也能上岸，百分百成功，免费咨询。</p><p>全额退保，保证追回损失。</p>
      </article></body></html>`);
    expect(r.score).toBeLessThan(30);
    expect(scoreCap(r)).toEqual({
      reason: 'no_contact',
      points: Math.round(r.evidence.reduce((s, e) => s + e.weight, 0)),
    });
  });
  it('a contact passed around with no scheme (a soap shop owner)', () => {
    const r = scanHtml(`<html><body><h1>手工皂小店</h1><section class="comments"><ul>
      <li><b>阿梅</b><span>2天前</span><p>皂很好用，老板微信 meimei_soap88 可以直接下单，加她吧。</p></li>
      <li><b>小周</b><span>1天前</span><p>加了，谢谢，老板人很好。</p></li>
      <li><b>阿梅</b><span>1天前</span><p>不客气，微信 meimei_soap88，说是阿梅介绍的。</p></li>
      </ul></section></body></html>`);
    expect(scoreCap(r)?.reason).toBe('no_scheme');
    expect(scoreCap(r)?.points).toBeGreaterThan(r.score);
  });
  it('a planted-looking thread about no money', () => {
    const r = scanHtml(`<html><body><h1>邻里互助</h1><section class="comments"><h2>评论</h2><ul>
      <li><b>许阿姨</b><span>2天前</span><p>3栋老蒋上个月被裁了，老伴住院，家里实在难，大家看看能帮什么。</p></li>
      <li><b>小林</b><span>2天前</span><p>我家也难过，后来是何姐帮的忙。能把何姐电话推给我吗？</p></li>
      <li><b>许阿姨</b><span>2天前</span><p>回复 小林：何姐电话 187 0623 4419，她周末开车接送去医院，你就说是许阿姨介绍的。</p></li>
      <li><b>小林</b><span>2天前</span><p>回复 许阿姨：加上了，谢谢许阿姨，何老师人真好！</p></li>
      <li><b>许阿姨</b><span>1天前</span><p>回复 小林：不客气，有事找何老师就对了。</p></li>
      </ul></section></body></html>`);
    expect(r.level).toBe('caution');
    expect(scoreCap(r)?.reason).toBe('no_money');
  });
  it('none when the points are the score, or over 100 (the score is at most 100)', () => {
    expect(scoreCap({ score: 45, evidence: [ev('contact-cta', 20), ev('planted-thread', 25)] })).toBeUndefined();
    expect(scoreCap({ score: 100, evidence: [ev('contact-cta', 70), ev('planted-thread', 60)] })).toBeUndefined();
  });
  it('withCap states it on the report, and leaves an uncapped report as it is', () => {
    const capped = { score: 20, evidence: [ev('contact-cta', 20), ev('handle-in-comments', 15)] };
    expect(withCap(capped as never)).toMatchObject({ cap: { reason: 'no_scheme', points: 35 } });
    const plain = { score: 45, evidence: [ev('contact-cta', 20), ev('planted-thread', 25)] };
    expect(withCap(plain as never)).toBe(plain);
  });
});
