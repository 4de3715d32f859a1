import { describe, expect, it } from 'vitest';
import {
  isAuthorChrome,
  isPaneLabel,
  leadingName,
  META_FLOOR,
  META_LIKES,
  META_REPLY,
  META_TIME,
  metaKinds,
  namesCommentSection,
  parseFloor,
  parseLikes,
  parseNamePrefix,
  parseQuoteAuthor,
  parseReplyTarget,
} from './meta';

describe('metaKinds', () => {
  const cases: [string, number][] = [
    ['3天前', META_TIME],
    ['2d ago', META_TIME],
    ['helen_b_marlowe · 2d', META_TIME],
    ['quiet_lantern_88 · OP · 5h', META_TIME],
    ['2週', META_TIME],
    ['· 14 · 2週', META_TIME],
    ['Mon 09-Mar-26 20:14:38', META_TIME],
    ['06/18/2026 1:12 PM', META_TIME],
    ['04/11/25', META_TIME],
    ['上午 10:03', META_TIME],
    ['posted 2026-Mar-09, 9:14 pm AEDT', META_TIME],
    ['09.03.2026, 20:14', META_TIME],
    ['11-06-2026, 08:14 AM', META_TIME],
    ['发布于：11 月 21 日', META_TIME],
    ['Kenneth_Lau 回答 · 11-15', META_TIME],
    // a BBS push's time, after the writer's IP or not
    [' 11/27 00:04', META_TIME],
    ['1.2.3.4 11/27 00:04', META_TIME],
    ['持牌地產代理 Gigi 回答 · 11-16', META_TIME],
    ['有 138 人觉得这篇评测有价值', META_LIKES],
    ['文章 3 ｜ 註冊 2019-04', META_REPLY],
    ['瀏覽 8,412 ｜ 回覆 9', META_REPLY],
    ['Junior Member', META_REPLY],
    ['Joined: May 1, 2026', META_REPLY],
    // the words before a linked name that opens a reply ("Replying to <a>pam</a>: …"), chrome on their own
    ['Replying to', META_REPLY],
    ['In reply to @', META_REPLY],
    ['註冊 2025-11-20', META_REPLY],
    ['2017-05-12 加入', META_REPLY],
    ['積分 1,884', META_REPLY],
    ['級別：高級會員', META_REPLY],
    ['(m):', META_REPLY],
    ['8:14am On Feb 19', META_TIME],
    ['Oct 29 @ 1:40am', META_TIME],
    ['Mar 3 at 9:05pm', META_TIME],
    ['21 November', META_TIME],
    ['Sandra_Oakes and 2 others like this.', META_REPLY],
    ['Eileen_Pryce likes this.', META_REPLY],
    ['Sandra_Oakes and Martin_Lowe replied to this.', META_REPLY],
    ['I really like this.', 0],
    ['3rd Mar at 9:05pm', META_TIME],
    ['12 Monkeys', 0],
    ['@waltbrennan52 · May 1', META_TIME],
    ['💬 14 🔁 2 ❤️ 231', META_LIKES],
    ['❤️ 3', META_LIKES],
    ['5#', META_FLOOR],
    ['#0412', 0],
    ['沙发', META_FLOOR],
    ['作者', META_REPLY],
    ['发消息', META_REPLY],
    ['只看该作者', META_REPLY],
    ['使用道具', META_REPLY],
    ['View Profile', META_REPLY],
    ['Private Message', META_REPLY],
    ['« Reply #1 on:', META_REPLY],
    ['[–] (1 child)', META_REPLY],
    ['共5条回复, ', META_REPLY],
    ['点击查看', META_REPLY],
    ['Share this post', META_REPLY],
    ['NO.', META_REPLY],
    ['\u200B回复\u200B', META_REPLY],
    ['我反对这个说法', 0],
    ['Save the receipts', 0],
    ['金牌会员', META_REPLY],
    ['积分', META_REPLY],
    ['✔', META_REPLY],
    ['Local Guide · 38 reviews', META_REPLY],
    ['3 reviews', META_REPLY],
    ['★★★★☆', META_REPLY],
    ['Yesterday at 10:42 PM', META_TIME],
    ['edited just now', META_TIME],
    ['昨天 12:30', META_TIME],
    // a member's rank, level or title beside the name, a widget's mark over an answer, a profile's counters
    ['Level 1', META_REPLY],
    ['Lv.7', META_REPLY],
    ['LV5', META_REPLY],
    ['等級 7', META_REPLY],
    ['百科6级', META_REPLY],
    ['Champion', META_REPLY],
    ['Superbacker', META_REPLY],
    ['(author)', META_REPLY],
    ['官方', META_REPLY],
    ['✓ Accepted solution', META_REPLY],
    ['最佳答案', META_REPLY],
    ['· 31 声望', META_REPLY],
    ['2 条评价', META_REPLY],
    ['★ ★ ★ ★ ☆', META_REPLY],
    ['说道:', META_REPLY],
    ['2 more replies', META_REPLY],
    ['Join Date: Oct 2026', META_REPLY],
    ['Report to moderator', META_REPLY],
    ['Logged', META_REPLY],
    // a blog theme's badge beside its author's name
    ['Post author', META_REPLY],
    // words, not metadata
    ['Level with them before you sign', 0],
    ['三级医院的账单还没出来', 0],
    ['The host said to call the bank first', 0],
    ['Champion of the budget spreadsheet', 0],
    ['@waltbrennan52 thanks for this', 0],
    ['Thank you, I sent her a message just now!', 0],
    ['I paid him in 2d', 0],
    ['Plan B · 2d printing', 0],
    ['Thank you so much · 11-15', 0],
    ['我很早以前就回答过这个问题 · 11-15', 0],
    ['I called them yesterday and they hung up', 0],
    ['我在作者的群里', 0],
    ['Five cards, 48k total', 0],
    ['38 reviews later I still love this place', 0],
    ['★★★★★ best branch in town', 0],
    ['等了 3小時', 0],
    ['3 年', 0],
    ['30天', 0],
    ['我 11/27 21:55 匯了五萬', 0],
    ['1/2 杯', 0],
  ];
  for (const [text, kinds] of cases) {
    it(JSON.stringify(text), () => {
      expect(metaKinds(text)).toBe(kinds);
    });
  }
});

describe('isAuthorChrome', () => {
  it.each([
    ['LV5', true],
    ['Level 1', true],
    ['百科6级', true],
    ['· 31 声望', true],
    ['Champion', true],
    // the creator's mark over a comment names the creator, not the writer
    ['📌 Pinned by Rates With Ron', true],
    ['❤ by creator', true],
    ['已由 林律師說法 置頂', true],
    ['❤ 林律師說法 已加上愛心', true],
    ['Pinned by the bank for months, I paid it', false],
    ['作者', false],
    ['3天前', false],
    ['赞 12', false],
    ['晚饭吃面条', false],
  ])('%s', (text, chrome) => {
    expect(isAuthorChrome(text)).toBe(chrome);
  });
});

describe('parsers', () => {
  it.each([
    ['1楼', 1],
    ['#3', 3],
    ['5#', 5],
    ['楼主', 1],
    ['沙发', 2],
    ['板凳', 3],
    ['地板', 4],
  ])('floor of %s is %i', (text, n) => {
    expect(parseFloor(text)).toBe(n);
  });
  it('reads likes', () => {
    expect(parseLikes('赞 1.2万')).toBe(12000);
  });
  it.each([
    ['回复 梧桐细雨 :群满了', '梧桐细雨'],
    ['Replying to @gracewhitlock_88 @waltbrennan52 — Walt, please', 'gracewhitlock_88'],
    ['In reply to pam.h.stockton : Same here, her group', 'pam.h.stockton'],
    ['@小刘 群号是多少', '小刘'],
  ])('reply target of %s', (text, author) => {
    expect(parseReplyTarget(text)?.author).toBe(author);
  });
  it.each([
    ['张三：这个我也遇到过', '张三'],
    ['Marcy: call the bank first', 'Marcy'],
    ['Update: the council were kind', undefined],
    ['Edit 2: fixed the link', undefined],
    ['补充：第一期一定要按时还', undefined],
    ['直说结论:这笔钱基本拿不回来', undefined],
  ])('name before a colon in %s', (text, name) => {
    expect(parseNamePrefix(text)).toBe(name);
  });
  it.each([
    ['退休理賠員老蔡 ｜ 等級 6 ｜ 2025-03-03 08:20', '退休理賠員老蔡'],
    ['Dana R. · Level 3 · 2 days ago', 'Dana R.'],
    ['Edited · Moved to Savings', undefined],
    ['广东 · 3天前', undefined],
    ['Thank you so much · 11-15', undefined],
  ])('name heading the metadata line %s', (text, name) => {
    expect(leadingName(text)).toBe(name);
  });
});

describe("a writer's pane and a quotation's header", () => {
  it.each([
    ['Joined', true],
    ['Join Date', true],
    ['Messages', true],
    ['Reaction score', true],
    ['Reputation:', true],
    ['Threads:', true],
    ['Reputation matters more than rates', false],
    ['Joined the credit union', false],
  ])('pane label %s', (text, label) => {
    expect(isPaneLabel(text)).toBe(label);
  });
  it.each([
    ['(11-02-2026, 07:41 PM)DebtFreeDan Wrote:', 'DebtFreeDan'],
    ['On 11/02/2026 at 7:41 PM, DebtFreeDan said:', 'DebtFreeDan'],
    ['Originally Posted by DebtFreeDan', 'DebtFreeDan'],
    ['Quote from: Kate_R on November 03, 2026, 08:12:00 AM', 'Kate_R'],
    ['On my way home I paid it off', undefined],
  ])('quotation header %s', (text, name) => {
    expect(parseQuoteAuthor(text)).toBe(name);
  });
  it('reads a layout word as no comment section (ipsResponsive_pull), responses as one', () => {
    const el = (cls: string) => {
      const e = { getAttribute: (n: string) => (n === 'class' ? cls : null) };
      return e as unknown as Element;
    };
    expect(namesCommentSection(el('ipsPageHeader ipsResponsive_pull'))).toBe(false);
    expect(namesCommentSection(el('responses-list'))).toBe(true);
  });
});
