import { describe, expect, it } from 'vitest';
import { comments, forum } from '../../tests/helpers/signal-tester';
import { buildModel } from '../dom/model';
import { Walker } from '../dom/walk';
import { gatherFacts } from './facts';
import { parseHtml } from './scan';

function factsOf(html: string) {
  const doc = parseHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${html}</body></html>`);
  const w = new Walker(doc, {});
  w.run(Number.POSITIVE_INFINITY);
  return gatherFacts(buildModel(doc, w.state));
}

describe('the publisher answering in its comments', () => {
  it('is the one the page names outside its comments (a notice and its issuer)', () => {
    const f = factsOf(
      `<article><h1>关于物业费分期缴纳的通知</h1><p>发布:锦绣澜湾物业服务中心</p></article>${comments([
        { a: '陈阿姨', t: '分期是真的可以吗?要去哪里办?' },
        { a: '锦绣澜湾物业服务中心', t: '可以的阿姨,您直接加钱管家微信 jlwy_qianlp 说一下房号' },
      ])}`,
    );
    expect(f.comments.filter((c) => c.publisher).map((c) => c.author)).toEqual(['锦绣澜湾物业服务中心']);
  });
  it("is not a forum topic's starter, whom the topic's header names (楼主：…)", () => {
    const f = factsOf(
      `<div class="head">楼主：逾期的阿敏 · 浏览 2,318</div>${forum([
        { a: '逾期的阿敏', t: '两张信用卡加三个网贷逾期四个月了,有没有办法?' },
        { a: '已上岸的老周', t: '后来找了做债务协商的林老师,谈成了停息挂账。' },
        { a: '想上岸的小雨', t: '能把老师微信推给我吗' },
        { a: '逾期的阿敏', t: '加的就是这个老师的微信 lsx2026a,老师当天就给我做了方案' },
      ])}`,
    );
    expect(f.comments.some((c) => c.author === '逾期的阿敏' && c.handles.length > 0)).toBe(true);
    expect(f.comments.filter((c) => c.publisher)).toEqual([]);
  });
});

describe('a page about money', () => {
  it("is not any page with a price (a tutor's fee per lesson)", () => {
    const f = factsOf(
      comments([
        { a: 'Kelly媽咪', t: '想搵 DSE 數學補習老師，大家有冇推介？' },
        { a: '大圍阿Sam爸', t: '何 Sir 教得好，每堂 $450，兩個鐘，佢 WhatsApp：9461 2058。' },
      ]),
    );
    expect(f.money).not.toBe(true);
  });
  it('is a page about savings, loans or debt', () => {
    const f = factsOf(comments([{ a: 'Ann', t: 'I moved my savings into a high-yield account last month.' }]));
    expect(f.money).toBe(true);
  });
});

describe('an id given with no app named', () => {
  it("takes the app the page names for the same id elsewhere (LINE), in the facts and in the comment's keys", () => {
    const f = factsOf(
      `<article><h1>卡債整合問題</h1><p>四張卡快繳不出來了。</p></article>${comments([
        { a: '過來人', t: '我是找楊老師協商的，賴 y l s 5 2 6 8 直接問' },
        { a: '阿明', t: '真的有用，有需要的就加：ｙｌｓ５２６８' },
      ])}`,
    );
    expect(f.handles.map((h) => `${h.kind}:${h.value}`)).toEqual(['line:yls5268', 'line:yls5268']);
    expect(f.comments.flatMap((c) => c.handles)).toEqual(['line:yls5268', 'line:yls5268']);
  });
  it('stays a WeChat id when the page names no other app for it', () => {
    const f = factsOf(comments([{ a: '阿明', t: '真的有用，有需要的就加：ｙｌｓ５２６８' }]));
    expect(f.handles.map((h) => `${h.kind}:${h.value}`)).toEqual(['wechat:yls5268']);
  });
});
