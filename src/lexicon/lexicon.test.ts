import { describe, expect, it } from 'vitest';
import { normalize } from '../text/normalize';
import { ADVANCE_FEE } from './advance-fee';
import { ARC } from './arc';
import { BAIT } from './bait';
import { CTA } from './cta';
import { PERSONA } from './persona';
import { TOPIC } from './topic';
import { compileLexicon, type LexiconEntry, matchLexicon } from './types';
import { WARNING } from './warning';

const LEXICONS: Record<string, readonly LexiconEntry[]> = { ADVANCE_FEE, ARC, BAIT, CTA, PERSONA, TOPIC, WARNING };

describe.each(Object.entries(LEXICONS))('lexicon %s', (_name, entries) => {
  it('is sorted by id and unique', () => {
    const ids = entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('gives every entry a note and a source', () => {
    for (const e of entries) {
      expect(e.note.length, e.id).toBeGreaterThan(5);
      expect(e.source, e.id).toMatch(/^https:\/\/\S+\.\S+/);
    }
  });
  it('uses no capturing groups and compiles', () => {
    for (const e of entries) {
      const groups = new RegExp(`${e.pattern}|`, 'u').exec('');
      expect(groups?.length, e.id).toBe(1);
    }
    expect(() => compileLexicon(entries)).not.toThrow();
  });
  it('matches nothing in an empty or plain text', () => {
    const lex = compileLexicon(entries);
    expect(matchLexicon(lex, '')).toEqual([]);
    expect(matchLexicon(lex, '1234 5678')).toEqual([]);
  });
});

describe('lexicon matching', () => {
  it('reports which entry matched, with positions', () => {
    const lex = compileLexicon(BAIT);
    const hits = matchLexicon(lex, '专业办理停息挂账,不成功不收费');
    expect(hits.map((h) => h.entry.id)).toEqual(['zh_tingxi', 'zh_no_win_no_fee']);
    expect(hits[0]?.start).toBe(4);
  });
  it.each([
    ['无收益不收费，亏损包赔', 'zh_no_win_no_fee'],
    ['价格按条数，做不下来不收。', 'zh_no_win_no_fee'],
    ['He will look at it straight away, the initial look costs nothing', 'en_free_consultation'],
    ["he traced it and had the exchange's hot wallet flagged", 'en_recovery'],
    ['a man in our group does private tracing for the families', 'en_recovery'],
    ['she followed the coins out of the platform before it froze', 'en_recovery'],
    ['every Friday she sends back what it made', 'en_investment_returns'],
    ["I don't run anybody's credit and I don't need to see pay stubs", 'en_advance_fee_loan'],
    ['the bureaus now show all of them closed at zero', 'en_debt_cut'],
    ["I haven't had a losing month since spring", 'en_investment_returns'],
    ["members can transfer funds to the group's pooled account", 'en_investment_returns'],
    ['she helps players claw back their losses from offshore casinos', 'en_recovery'],
    ['a chargeback recovery specialist with great reviews', 'en_recovery'],
    ['clients usually see 70% of deposits back', 'en_recovery'],
    ['she tracks down forgotten life policies for widows', 'en_policy_recovery'],
    ['five collections gone in two weeks', 'en_credit_repair'],
    ['he marked my 4 tradelines as inaccurate', 'en_credit_repair'],
    ['no contract, no debt: make them prove it', 'en_debt_elimination'],
    ['he can put you on a couple of older cards with perfect history', 'en_credit_repair'],
    ['we take Zelle or USDT only', 'en_pay_untraceably'],
    ['most of my friends earn more from trading than from their jobs now', 'en_investment_returns'],
    ['I can teach you how to trade gold the way my aunt did', 'en_investment_returns'],
    ["we've pulled back deposits from 30 books", 'en_recovery'],
    ['we teach you how to owe nothing on those cards', 'en_debt_elimination'],
    ['mail the coupon back stamped Accepted For Value and the lender has to stop', 'en_debt_elimination'],
    ['the bank never lent you a penny, so you can legally walk away from credit card debt', 'en_debt_elimination'],
    ['请勿向保险公司柜面或客服咨询，以免信息不同步', 'zh_isolate'],
    ['入一份五万，每月按百分之二返利息', 'zh_pension_funding'],
    ['等上市了原始股能翻几倍', 'zh_pension_funding'],
    ['两年了分红一次都没断过', 'zh_pension_funding'],
    ['上一批的人已经走特殊渠道拿到钱了', 'zh_recovery'],
    ['先交材料费，资金追回后多退少补', 'zh_recovery'],
    ['对方钱包在交易所，可以走冻结', 'zh_recovery'],
    ['追回多少按比例收，追不回只收评估费', 'zh_recovery'],
    ['存在保费计收偏差，现已纳入保费差额返还名单', 'zh_tuibao'],
    ["You send the first month's payment on Cash App or Zelle", 'en_pay_untraceably'],
    ['my little pot has gotten fatter every single Friday since', 'en_investment_returns'],
    ['查询多是可以处理的，我这边有渠道让机构那边重新报', 'zh_zhengxin'],
    ['Bad credit? No problem!', 'en_advance_fee_loan'],
    ['原车融资，车子照开，联征花一点也能送', 'zh_loan_no_check'],
  ])('reads "%s" as %s', (t, id) => {
    expect(matchLexicon(compileLexicon(BAIT), t).map((h) => h.entry.id)).toContain(id);
  });
  it('keeps ordinary advice out of the bait', () => {
    const lex = compileLexicon(BAIT);
    for (const t of [
      '协商还款计划',
      '可以提出债务重组的方案',
      '了解债权情况',
      '分期还款可以减轻压力',
      '车贷还剩两年，可以提前还吗',
    ]) {
      expect(matchLexicon(lex, t), t).toEqual([]);
    }
  });
});

describe('lexicon stages and calls to action', () => {
  // as the engine reads text: normalized (traditional characters in simplified, full-width folded)
  const stagesOf = (t: string) => matchLexicon(compileLexicon(ARC), normalize(t).text).map((h) => h.entry.id);
  it.each([
    ['王老师个人扣扣是多少', 'zh_request'],
    ['群号那个圆圈数字我打不出来,是多少?', 'zh_request'],
    ['老师的企鹅是:', 'zh_handover'],
    ['打板客是在哪看的?我也想跟着学', 'zh_request'],
    ['微信直接搜 lhkj_zhujiao66 就行', 'zh_handover'],
    ['我今年跟着打板客抄作业,比存银行一年挣得多', 'zh_success'],
    ['她叫秋艳，你就说是看书的小林介绍的', 'zh_referral'],
    ['加的时候说超话来的', 'zh_referral'],
    // Cantonese, as the normalizer gives it in simplified characters
    ['你有需要 WhatsApp 佢 6283 9147，講係 Hazel 介紹就得。', 'zh_referral'],
    ['我張卡仲有十幾萬未清，每個月淨係還利息。', 'zh_pain'],
    ['半年前月供由九千幾變三千，真係救咗我屋企。', 'zh_success'],
    ['我也欠着，四万多，不敢跟媳妇说', 'zh_pain'],
    ['对完了每个月只还以前三分之一，催的电话也没了', 'zh_success'],
    ['二十万的窟窿，前后两个月回来了八万', 'zh_success'],
    ["He's text only. Tell him marcus from the podcast", 'en_referral'],
    ['got 2.6k back in like 10 days', 'en_success'],
    ['I was sceptical cause of all the stories but he was straight with me', 'en_success'],
    ['I had the lot back in 9 days', 'en_success'],
    ['my uncle got 1.4 ETH back within a month', 'en_success'],
    ['he got my sister $4,200 back from the betting site', 'en_success'],
    ['I can vouch for the guy in the first comment', 'en_success'],
    ['my score went from the 500s to 705 in two months', 'en_success'],
    ["Gerald, please don't contact that specialist", 'en_dissent'],
    ['Rhonda, do not pay anyone for this', 'en_dissent'],
    ['these are all scammers', 'en_dissent'],
  ])('%s → %s', (text, id) => {
    expect(stagesOf(text)).toContain(id);
  });
  it.each([
    // an amount is no request for the contact
    ['一共欠了多少钱,我也算不清', 'zh_request'],
    // searching an app is no handover without an id after it; copying homework is school
    ['我在微信搜了半天也没找到官方客服', 'zh_handover'],
    ['孩子放学回家抄作业被老师发现了', 'zh_success'],
    // "really?" asks, it does not call anything out
    ['真的假的，怎么对的', 'zh_dissent'],
    // advice on what to do if one cannot pay is no pain story
    ['分期还不上的话直接打银行客服电话问', 'zh_pain'],
    ['如果还不起就先跟银行协商', 'zh_pain'],
    // a success story that mentions the scammers, and a shill's "nobody else", are no dissent
    ['Jason traced the wallets the scammers used and recovered my $31k', 'en_dissent'],
    ["Don't contact anyone else, she is the real one", 'en_dissent'],
  ])('%s is not %s', (text, id) => {
    expect(stagesOf(text)).not.toContain(id);
  });
  const cta = (t: string) => matchLexicon(compileLexicon(CTA), normalize(t).text).length > 0;
  it.each([
    "say you're from bluesky",
    "shoot me a text and I'll get you pre-qualified tonight",
    '有興趣請 WhatsApp 陸生',
    'I emailed hackdesk@proton.me and got an answer',
    'Email: lender@outlook.com',
    'Contact our loan officer Mr. Hart today',
    '你有需要 whatsapp 佢 6283 9147',
    "He's text only: (404) 555-0187",
    'please add the assistant Miss Yuna on LINE',
    'Write her at mara.desk at pm dot me with your case number',
    'For everyone who lost money in the fund: ledger.help at proton dot me',
    'Her number in case the app is down: 415 555 0192',
    'Send your name and the amount you owe to relief.desk@outlook.com',
    'if the app is blocked she answers at loan.desk (at) proton dot me',
    'Find me on the green app: +1 305 555 0142',
    'WhatsApp Mr Caleb +1 725 555 0199',
    'Her WhatsApp is +1 561 555 0174',
    'tell her Odalys from the book club sent you',
    '你打这个号码 150 0713 2846，就说是桂香介绍的',
    '有需要直接 LINE 我：xun.carfund66',
    'Just send a message to the number on my profile',
    '進出時間點只在助理那邊發，LINE 搜 ID：yq.kaoru21',
  ])('reads "%s" as a call to action', (t) => {
    expect(cta(t)).toBe(true);
  });
  it.each([
    'the email was sent yesterday',
    'our manager will call you back',
    'a text only version of this page',
    'we waited on line for an hour',
    'write down the number they gave you',
    'for anyone wondering, the branch is closed on Sunday',
    'my number changed last year',
    'send your documents to the bank by post',
    'the text mrs Dalloway opens with',
    'his number is up, the coach said',
    'tell her the doctor sent you home early',
    '昨天打电话问了银行客服',
    'Online我都查过了',
    'LINE 的搜尋功能在設定裡',
  ])('leaves "%s" alone', (t) => {
    expect(cta(t)).toBe(false);
  });
});

describe('warnings that are disclaimers', () => {
  const warns = (t: string) => matchLexicon(compileLexicon(WARNING), t).length > 0;
  it.each([
    '本人不承诺“停息挂账”“减免X成”等结果',
    '小心「清卡數」、「債務重組」中介',
    'We never guarantee a recovery of lost funds.',
    "Don't text him, report him",
    'If someone texts you about this listing and asks you to wire a deposit, that is not me.',
    "We'll go through the offers in your mailbox and how to check a company before you pay anyone.",
    'The site never asks you to wire money or pay with gift cards.',
    'This is a scam, report the number',
  ])('reads "%s" as a warning', (t) => {
    expect(warns(t)).toBe(true);
  });
  it.each([
    '不保证每个人都能做成,但是我这边是成了',
    "I can't guarantee it works for everyone",
    '小心驾驶',
    '想了解的，给我打电话或者直接加我',
    "His email if you don't text: x@gmail.com",
    'If anyone wants the workbook, she can send it',
    "Not a scam, he did my cousin's file last spring",
    "it isn't a scam, I got paid twice already",
    "Don't message me if you just want to chat",
  ])('leaves the hedge "%s" alone', (t) => {
    expect(warns(t)).toBe(false);
  });
});
