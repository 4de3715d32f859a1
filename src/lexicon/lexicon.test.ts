import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../ext/lexicons';
import { normalize } from '../text/normalize';
import { prefixes } from '../text/scan';
import { ADVANCE_FEE, FEE_FIRST } from './advance-fee';
import { ARC } from './arc';
import { BAIT } from './bait';
import { CTA } from './cta';
import { PERSONA } from './persona';
import { compileLexicon, type LexiconEntry, matchLexicon } from './types';
import { AUTHENTICITY_RE, WARNING } from './warning';

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
  it('lets the Scanner read where each entry can start (a part with one unreadable entry runs at every position)', () => {
    for (const e of entries) expect(prefixes(e.pattern), e.id).toBeDefined();
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
    ['They are blockchain analysts, and what they do is follow the coins.', 'en_recovery'],
    ['my guy Rico runs a flow room, he posts the entries + exits before the open', 'en_signal_group'],
    [
      'What actually worked was a licensed account resolution firm, Tidemark Account Resolution.',
      'en_gambling_recovery',
    ],
    ['the "hackers" on Telegram who say they can force a withdrawal', 'en_gambling_recovery'],
    ['What actually got it done was an early release agent from Super Access Partners', 'en_pension_release'],
    ['The tracing report cost $2,400, because it is real work.', 'en_recovery'],
    ['Nine weeks later, $151,200 was released to my bank account.', 'en_recovery'],
    ['every Friday she sends back what it made', 'en_investment_returns'],
    ["I don't run anybody's credit and I don't need to see pay stubs", 'en_advance_fee_loan'],
    ['the bureaus now show all of them closed at zero', 'en_debt_cut'],
    ['balances settled for 35–45 cents on the dollar', 'en_debt_cut'],
    ['What saved me was a tax debt forgiveness specialist, Derek Lalonde.', 'en_debt_cut'],
    ['He got 80% of my balance forgiven under the relief program', 'en_debt_cut'],
    ["I haven't had a losing month since spring", 'en_investment_returns'],
    ["members can transfer funds to the group's pooled account", 'en_investment_returns'],
    ['she helps players claw back their losses from offshore casinos', 'en_recovery'],
    ['a chargeback recovery specialist with great reviews', 'en_recovery'],
    ['The only team I trust is a certified blockchain investigator', 'en_vouched_helper'],
    ['If you want a second opinion from someone legitimate, message her', 'en_vouched_helper'],
    ['what finally worked was a verified mentor', 'en_vouched_helper'],
    ['the only honest specialist I found', 'en_vouched_helper'],
    ['正规协商请认准持证法务团队', 'zh_vouched_helper'],
    ['真正免费的教学群在这里', 'zh_vouched_helper'],
    ['唔收中介费嘅真正持牌财务', 'zh_vouched_helper'],
    ['我们提供合法的维权协助', 'zh_vouched_helper'],
    ['clients usually see 70% of deposits back', 'en_recovery'],
    ['she tracks down forgotten life policies for widows', 'en_policy_recovery'],
    ['five collections gone in two weeks', 'en_credit_repair'],
    ['he marked my 4 tradelines as inaccurate', 'en_credit_repair'],
    ['no contract, no debt: make them prove it', 'en_debt_elimination'],
    ['he can put you on a couple of older cards with perfect history', 'en_credit_repair'],
    ['we take Zelle or USDT only', 'en_pay_untraceably'],
    ['a small per-item fee, payable by Zelle or gift card', 'en_pay_untraceably'],
    ['most of my friends earn more from trading than from their jobs now', 'en_investment_returns'],
    ['I can teach you how to trade gold the way my aunt did', 'en_investment_returns'],
    ["we've pulled back deposits from 30 books", 'en_recovery'],
    ['I was referred to an asset recovery consultant', 'en_recovery'],
    ['Ethan recovered $18,500 for my brother in law', 'en_recovery'],
    ['he got back my 1.4 BTC from a fake exchange', 'en_recovery'],
    ['he got 90% of my funds released back to my wallet', 'en_recovery'],
    ['we teach you how to owe nothing on those cards', 'en_debt_elimination'],
    ['mail the coupon back stamped Accepted For Value and the lender has to stop', 'en_debt_elimination'],
    ['the bank never lent you a penny, so you can legally walk away from credit card debt', 'en_debt_elimination'],
    ['请勿向保险公司柜面或客服咨询，以免信息不同步', 'zh_isolate'],
    ['入一份五万，每月按百分之二返利息', 'zh_pension_funding'],
    ['等上市了原始股能翻几倍', 'zh_pension_funding'],
    ['两年了分红一次都没断过', 'zh_pension_funding'],
    ['上一批的人已经走特殊渠道拿到钱了', 'zh_recovery'],
    ['为受害人提供损失登记、冻结资金原路返还申请等一站式指导服务', 'zh_recovery'],
    ['先交材料费，资金追回后多退少补', 'zh_recovery'],
    ['对方钱包在交易所，可以走冻结', 'zh_recovery'],
    ['追回多少按比例收，追不回只收评估费', 'zh_recovery'],
    ['存在保费计收偏差，现已纳入保费差额返还名单', 'zh_tuibao'],
    ["You send the first month's payment on Cash App or Zelle", 'en_pay_untraceably'],
    ['my little pot has gotten fatter every single Friday since', 'en_investment_returns'],
    ['查询多是可以处理的，我这边有渠道让机构那边重新报', 'zh_zhengxin'],
    ['Bad credit? No problem!', 'en_advance_fee_loan'],
    ['原车融资，车子照开，联征花一点也能送', 'zh_loan_no_check'],
    ["you don't need to tell your family or a lawyer", 'en_isolate'],
    ["Please don't call your card companies while I'm working your file", 'en_isolate'],
    ['You stop talking to the issuers; I talk to them.', 'en_isolate'],
    ["Don't tell the casino you're using an agent or they'll close the account", 'en_isolate'],
    ['she signed the house into their company so it is protected', 'en_foreclosure_rescue'],
    ['after 24 months you buy it back out of the trust at the agreed number', 'en_foreclosure_rescue'],
    ['每天在几个平台之间倒一下，吃个价差', 'zh_invest_group'],
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
    ['请问小号是多少？我想试试', 'zh_request'],
    // Taiwan's word for contact details
    ['樓上可以給聯絡方式嗎？', 'zh_request'],
    ['阿姨等一下！转给个人账户的钱很可能要不回来，先打96110问问。', 'zh_dissent'],
    ['这种一看就不对，赶紧报警', 'zh_dissent'],
    ['头像是个穿西装的。已经点了举报。', 'zh_dissent'],
    ['顺便提醒一句：这两天我私信里收到好几条，我没加。', 'zh_dissent'],
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
    ['幫我哋分幾次慢慢出返，拎返十五萬。', 'zh_success'],
    ['唔係個個平台得，但可以問下佢，講係01睇到就得', 'zh_referral'],
    ['佢WhatsApp係 5 3 8 1 2 0 6 4，講係親子王見到我個post就得', 'zh_handover'],
    ['請問Vincent點聯絡？我細佬都係咁', 'zh_request'],
    ['已經WhatsApp咗Vincent，唔該晒晴天小兔！', 'zh_thanks'],
    ['你同上面嗰位同一個電話，同一個講法，夾埋嚟呃人？', 'zh_dissent'],
    ['有人話識「技術出款」再呃手續費', 'zh_dissent'],
    ['還好她先問我。看完這篇更確定是詐騙了。', 'zh_dissent'],
    ['我也欠着，四万多，不敢跟媳妇说', 'zh_pain'],
    ['每个月利息压得喘不过气', 'zh_pain'],
    ['朋友介绍的一个姐姐帮我弄的', 'zh_success'],
    ['账户八万，到手六万八', 'zh_success'],
    ['对完了每个月只还以前三分之一，催的电话也没了', 'zh_success'],
    ['二十万的窟窿，前后两个月回来了八万', 'zh_success'],
    ["He's text only. Tell him marcus from the podcast", 'en_referral'],
    ['She only does text, tell her Nate from Cypress sent you', 'en_referral'],
    ["Tell him Marcus from the forum sent you and he'll move you up the list", 'en_referral'],
    ['Tasha did mine too!! she got it off my report in 3 weeks', 'en_success'],
    ['got 2.6k back in like 10 days', 'en_success'],
    ['Six weeks later, $36,400 came back into my bank account', 'en_success'],
    ["I wish I'd found him years ago, I cried when he rang", 'en_success'],
    ['On the 26th day the money was in my bank.', 'en_success'],
    ["Graham found my late husband's pension from the railways too", 'en_success'],
    ["He's found a pot from my old supermarket job already!", 'en_success'],
    ['Messaged Graham last night, so helpful.', 'en_thanks'],
    ['Over the moon tbh', 'en_thanks'],
    ['UPDATE: got $39k of the $52k back from the fake exchange.', 'en_success'],
    ['He traced my ETH through three hops, I got a bit over 60% back.', 'en_success'],
    ['后来找的吴主任，十月份提交的，上周到账4260', 'zh_success'],
    ['补了两年医保那部分，到手三千出头', 'zh_success'],
    ['In the end $39,400 was returned to my Coinbase account on Thursday.', 'en_success'],
    ['Carol says to tell them you read her story.', 'en_referral'],
    ['Miles got 80% of my ETH back from a fake mining pool', 'en_success'],
    ["Can't recommend him enough", 'en_success'],
    ['I got back a little over $40k in about 7 weeks', 'en_success'],
    ['Ask for Martin Keogh at Ledgerline Tracing', 'en_referral'],
    ["He's on WhatsApp: +44 7700 900 318", 'en_referral'],
    ['I wish we had called him first and not wasted six months', 'en_success'],
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
    // asking for a document, not a contact
    ['楼主你那个写给银行的情况说明能不能分享一下模板？', 'zh_request'],
    // a site's "how to reach us" link is no ask
    ['點聯絡我們：按右上角嘅客服', 'zh_request'],
    // searching an app is no handover without an id after it; copying homework is school
    ['我在微信搜了半天也没找到官方客服', 'zh_handover'],
    ['孩子放学回家抄作业被老师发现了', 'zh_success'],
    // "really?" asks, it does not call anything out
    ['真的假的，怎么对的', 'zh_dissent'],
    // a victim's story that mentions the police is no call-out
    ['我被骗了以后报警也没用，后来找老师追回来的', 'zh_dissent'],
    // advice on what to do if one cannot pay is no pain story
    ['分期还不上的话直接打银行客服电话问', 'zh_pain'],
    ['如果还不起就先跟银行协商', 'zh_pain'],
    // a success story that mentions the scammers, and a shill's "nobody else", are no dissent
    ['Jason traced the wallets the scammers used and recovered my $31k', 'en_dissent'],
    ["Don't contact anyone else, she is the real one", 'en_dissent'],
    ["Everyone else in that space is a scammer, he's the only honest one I found", 'en_dissent'],
    ["My husband thought it was another scam at first, it wasn't", 'en_dissent'],
    // a regret about a lawyer is no praise of the helper
    ['I wish we had called a lawyer first', 'en_success'],
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
    'Her WhatsApp is plus one, three one two, five five five',
    'tell her Odalys from the book club sent you',
    '你打这个号码 150 0713 2846，就说是桂香介绍的',
    '有需要直接 LINE 我：xun.carfund66',
    'Just send a message to the number on my profile',
    "I don't want to get in trouble with the mods for posting contact info so I'll write it like this:",
    "spelled out so the mods don't delete it",
    '号码老是被吞，我拆开写',
    '怕被屏蔽，我用拼音写',
    '進出時間點只在助理那邊發，LINE 搜 ID：yq.kaoru21',
  ])('reads "%s" as a call to action', (t) => {
    expect(cta(t)).toBe(true);
  });
  it.each([
    'the email was sent yesterday',
    'her number is one of the lucky ones',
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
    // hiding an address from spam bots, as honest pages do, is not writing it past the moderators
    'addresses on this page are spelled out to keep the spam bots away',
    'the mods removed the spam last night',
  ])('leaves "%s" alone', (t) => {
    expect(cta(t)).toBe(false);
  });
});

describe('authenticity claims', () => {
  it.each(['冒充的很多，直接点这个进去就是本人', '其他都是假的，这个才是他本人'])(
    '"%s" vouches for the handle',
    (t) => {
      expect(AUTHENTICITY_RE.test(normalize(t).text)).toBe(true);
    },
  );
  it.each(['如发现非本人操作的转账请报警', '签字才是本人意愿的证明'])('"%s" vouches for nothing', (t) => {
    expect(AUTHENTICITY_RE.test(normalize(t).text)).toBe(false);
  });
});

describe('warnings that are disclaimers', () => {
  const warns = (t: string) => matchLexicon(compileLexicon(WARNING), t).length > 0;
  it.each([
    '本人不承诺“停息挂账”“减免X成”等结果',
    '本所律师不代客户与银行“谈停息挂账”并收取“方案费”',
    '“停息挂账”代理为什么不可信',
    '小心「清卡數」、「債務重組」中介',
    '三、坊间「代办协商」的风险',
    '顺便提醒一句：这两天私信里收到好几条，我没加。',
    'We never guarantee a recovery of lost funds.',
    "Don't text him, report him",
    'If someone texts you about this listing and asks you to wire a deposit, that is not me.',
    "We'll go through the offers in your mailbox and how to check a company before you pay anyone.",
    'The site never asks you to wire money or pay with gift cards.',
    'This is a scam, report the number',
    'Recovery scams target the same victims twice',
    'The DFI urges anyone approached with a free investing class to check the person is registered',
    'and never to pay a fee to withdraw their own money',
    "Heads up to everyone in these comments: there were six people praising some 'Mentor Nina' with a Telegram",
    '凡是让你下载陌生APP、共享屏幕的——都不要信。',
    '如果有人说能「全额退费」又要先收费，直接略过。',
    '警方查获集团使用的LINE帐号超过40组，其中一组在留言中写作「a z h e . 0 5 2 6」',
    '前几天差点被骗。有个「专员」叫我先付对保开办费六千',
    '我上周在FB看到同一招 投放广告写股神 点进去加LINE',
    '每一串都有这种贷款帐号，已检举，大家不要理他',
    '刚刚楼上那个是贷款广告吧 被检举掉了 哈哈',
    'On Friday I got told to message a professor through his assistant on WhatsApp',
    '我发了求助帖之后，豆邮收到一个“胡老师”，说他是某律所法务，能帮我“停息挂账”',
    '千祈唔好搵嗰啲！我舊年中過。',
    '代办常见话术：「我们跟银行内部很熟」「不看联征」「先缴保证金才能排件」。',
    '部分被害人则被引导加入名为「@jiedong888」的「资金解冻服务」帐号。',
    '我阿嬷说她收到的是「金管会退款专员」，说要先付手续费五千，还好她不会用网银',
    '任何人话「批核前要先俾手续费 / 保证金」，即刻收线。',
    '评论区看到我发的问题就私信我，让我加他微信 lvshi_zhang668，说他是刘律师团队的',
  ])('reads "%s" as a warning', (t) => {
    expect(warns(t)).toBe(true);
  });
  it.each([
    '不保证每个人都能做成,但是我这边是成了',
    "I can't guarantee it works for everyone",
    '小心驾驶',
    '他不代我去，我自己去银行办的',
    '想了解的，给我打电话或者直接加我',
    "His email if you don't text: x@gmail.com",
    'If anyone wants the workbook, she can send it',
    "Not a scam, he did my cousin's file last spring",
    "it isn't a scam, I got paid twice already",
    "Don't message me if you just want to chat",
    "WhatsApp me with the VINs (message, don't call, I'm on the phone all day)",
    "Text me, don't call, I work nights",
    "Text him, don't call, he's on the phone with the banks all day",
    'She approached me with a plan that worked',
    'Vantage Ledger Reports 2026 Surge in Recovered Investment Scam Funds',
    '别信他的，信我',
    '这一段可以直接略过，看下一段的表格',
    '我的LINE写作 azhe0526，加的时候备注',
  ])('leaves the hedge "%s" alone', (t) => {
    expect(warns(t)).toBe(false);
  });
});

describe('scheme wording as the schemes are sold', () => {
  // as the engine reads text: normalized (traditional characters in simplified, full-width folded)
  const idsOf = (entries: readonly LexiconEntry[], t: string) =>
    matchLexicon(compileLexicon(entries), normalize(t).text).map((h) => h.entry.id);
  it.each([
    ['He removed 3 evictions and a bankruptcy in six weeks', 'en_credit_delete'],
    ['I got my charge-offs deleted last month', 'en_credit_delete'],
    ['he raised my score by 120 points in 30 days', 'en_credit_delete'],
    ['a foreclosure rescue consultant called my mom', 'en_foreclosure_rescue'],
    ['we can stop your foreclosure this week', 'en_foreclosure_rescue'],
    ['ask for a loan modification specialist', 'en_foreclosure_rescue'],
    ['she is a casino withdrawal recovery specialist', 'en_gambling_recovery'],
    ['he got my winnings back from the offshore book', 'en_gambling_recovery'],
    ['they unlocked my frozen winnings', 'en_gambling_recovery'],
    ['you have been selected for a $9,000 federal grant', 'en_grant'],
    ['the loan agent on WhatsApp approved me', 'en_grant'],
    ['join the insider group for tomorrow', 'en_insider_allocation'],
    ['she still has pre-IPO shares for members', 'en_insider_allocation'],
    ['just copy my trades and relax', 'en_insider_allocation'],
    ['risk-free returns with our arbitrage bot', 'en_insider_allocation'],
    ['Gold plan from $5,000, daily profit of 3%', 'en_insider_allocation'],
    ['book your free pension review today', 'en_pension_release'],
    ['we unlock your pension early, no questions', 'en_pension_release'],
    ['our scam recovery service works on a success fee', 'en_recovery_service'],
    ['No recovery, no commission: you pay a success fee only when funds are returned', 'en_recovery_service'],
    ['they can unfreeze your withdrawal in 48 hours', 'en_recovery_service'],
    ['we get your funds back from fake brokers', 'en_recovery_service'],
    ['I retired from the bank and now help families with recovery claims', 'en_recovery_service'],
    ['sometimes to take 30–50% off the balance if the account has been charged off', 'en_debt_cut'],
    ['I send a short morning note in my free WhatsApp group instead', 'en_signal_group'],
    ["Since September the group's picks are up 31% on average", 'en_signal_group'],
    ['Marcus Bell, hardship negotiator', 'en_debt_cut'],
    ['我们这边专门做账户解冻，有对接的办理渠道', 'zh_warned_account'],
    ['依法可以主张契约无效，全额退还已缴的72万', 'zh_tuibao'],
    ['是真的，叫灵活就业社保补贴，国家有钱补的，只是不主动告诉你', 'zh_pension_raise'],
    ['只有文件审查费6000，成功退费后才收30%的服务费', 'zh_tuibao'],
    ['我们有银行内部的人可以提前解除，当天就能恢复手机银行', 'zh_warned_account'],
    ['a $375 filing fee, then 15% of whatever comes back', 'en_recovery_service'],
    ['a student loan forgiveness specialist handled it', 'en_student_loan_agent'],
    ['they settled my cards for pennies on the dollar', 'en_student_loan_agent'],
    ['注单异常不给出款怎么办', 'zh_chuhei_excuse'],
    ['平台说打码量不足，出款通道维护', 'zh_chuhei_excuse'],
    ['专业出款团队，先出款后收费', 'zh_chuhei'],
    ['三天内停止催收，不起诉不催收', 'zh_collection_stop'],
    ['3个工作日内马上停止爆通讯录', 'zh_collection_stop'],
    ['全國銀行均可協商，逾期多久都能辦', 'zh_collection_stop'],
    ['代开非恶意逾期证明，清除逾期记录', 'zh_credit_delete'],
    ['聯徵洗白，信用美化一條龍', 'zh_credit_delete'],
    ['專業洗TU，TU評級洗底', 'zh_credit_delete'],
    ['專人幫你改善TU評級', 'zh_credit_delete'],
    ['做得好三個月就可以由 I 升返去 D', 'zh_credit_delete'],
    ['他们在法院那边有渠道，先帮你把限高撤了', 'zh_credit_delete'],
    ['失信名单也能一起移出来，征信上不留记录', 'zh_credit_delete'],
    ['逾期处理中心帮你跟银行协商', 'zh_debt_agency'],
    ['代辦前置協商、更生清算，免跑銀行', 'zh_debt_agency'],
    ['債務舒緩計劃，唔使破產', 'zh_debt_agency'],
    ['国家新政策出台，网贷只还本金', 'zh_debt_rumor'],
    ['老师有内部打新额度，新股包中签', 'zh_invest_quota'],
    ['大宗交易折价买入，机构专用申购通道', 'zh_invest_quota'],
    ['我们走的是机构配售剩下的额度，相当于预留席位', 'zh_invest_quota'],
    ['把手机服务密码给他，后面电话都是他那边接', 'zh_collection_stop'],
    ['跟着币圈老师做合约', 'zh_invest_signal'],
    ['USDT搬砖套利，每天稳定', 'zh_invest_signal'],
    ['内部渠道当天下款', 'zh_loan_channel'],
    ['收入流水也帮你准备好', 'zh_loan_channel'],
    ['结清那几天的过桥资金我们出', 'zh_loan_channel'],
    ['存三年另外再补差两个点', 'zh_deposit_subsidy'],
    ['先转入专户再统一办理', 'zh_deposit_subsidy'],
    ['征信花了也能贷，资料包装', 'zh_loan_channel'],
    ['只要身份证就能借款，免审核放款', 'zh_loan_channel'],
    ['代办提前退休，特殊工种退休包过', 'zh_pension_agent'],
    ['挂靠企业办理退休，内部名额办理养老金', 'zh_pension_agent'],
    ['挽损团队协助出金', 'zh_recovery_unlock'],
    ['帮你要回被骗的钱', 'zh_recovery_unlock'],
    ['零风险高收益，日赚500元', 'zh_sure_profit'],
    ['跟着做就是包赚', 'zh_sure_profit'],
    ['年化8.5%，按月付息，本金有担保公司兜底', 'zh_sure_profit'],
    ['我们做的是“房产增值养老计划”：老人房子照样住', 'zh_house_pension'],
    ['销售误导可以全额退保', 'zh_tuibao'],
    ['佢幫我搞咗兩個幾月，全數拎返 22 萬', 'zh_tuibao'],
    ['a little-known government scheme that writes off your debts', 'en_debt_writeoff_scheme'],
    ['real coins that sit in a vault in my own name', 'en_precious_metals'],
    ['you wire the money to the depository the same day', 'en_precious_metals'],
    ['she rolled her old IRA into gold last spring', 'en_precious_metals'],
    ['your loan is approved but you pay the insurance first', 'en_loan_staging'],
    ['the wrong account number got the money frozen', 'en_loan_staging'],
    ['free forex signals every morning', 'en_signal_group'],
    ['join my private trading group', 'en_signal_group'],
    ['帮你申请停息，不用自己跑', 'zh_debt_agency'],
    ['您的卡号填错导致资金冻结，需要解冻', 'zh_loan_channel'],
    ['港股貼士群每日更新', 'zh_invest_signal'],
    ['老師每天報明牌', 'zh_invest_signal'],
    ['免照會、免保人，當天撥款', 'zh_loan_no_check'],
    ['保證協商成功，停息包过', 'zh_collection_stop'],
    ['老师带大家抄底', 'zh_invest_signal'],
    ['走公安内部渠道追回', 'zh_recovery_unlock'],
  ])('reads "%s" as %s', (t, id) => {
    expect(idsOf(BAIT, t)).toContain(id);
  });
  it.each([
    // honest credit, mortgage, grant and investing talk
    ['bankruptcies are removed from your report after ten years', 'en_credit_delete'],
    ['a HUD-approved housing counselor can help you avoid foreclosure for free', 'en_foreclosure_rescue'],
    ['we put the house in a living trust so the kids inherit it', 'en_foreclosure_rescue'],
    ['the casino paid my winnings by bank transfer', 'en_gambling_recovery'],
    ['the city received a federal grant for the park', 'en_grant'],
    ['if the bank freezes your account, call the number on your card', 'en_precious_metals'],
    ['the museum keeps its coin collection in a vault', 'en_precious_metals'],
    ['the SEC charged him with insider trading', 'en_insider_allocation'],
    ['you can usually take money from your pension from age 55', 'en_pension_release'],
    ['to unlock your account, sign in again', 'en_recovery_service'],
    ['apply for Public Service Loan Forgiveness on studentaid.gov', 'en_student_loan_agent'],
    // a bank explaining, a debunk, advice and HR procedure
    ['申請前置協商應由本人向最大債權銀行提出', 'zh_debt_agency'],
    ['债务咨询热线由银行公会提供', 'zh_debt_agency'],
    ['逾期记录会保留五年', 'zh_credit_delete'],
    ['失信被执行人名单由法院依法撤销', 'zh_credit_delete'],
    ['还清欠款后向法院申请，法院会解除限高', 'zh_credit_delete'],
    ['準時還款兩年，我的評級由 F 升到 C', 'zh_credit_delete'],
    ['按時還款可以慢慢改善信貸評級', 'zh_credit_delete'],
    ['银行暂停催收期间仍需还款', 'zh_collection_stop'],
    ['新股申购额度按持仓市值计算', 'zh_invest_quota'],
    ['忘记服务密码可以到营业厅重置', 'zh_collection_stop'],
    ['电话是他接的，说妈妈已经睡了', 'zh_collection_stop'],
    ['投资没有稳赚的，也没有包赚的', 'zh_sure_profit'],
    ['征信不好也能贷款吗？', 'zh_loan_channel'],
    ['凭身份证借阅图书', 'zh_loan_channel'],
    ['银行流水可以在手机银行里打印', 'zh_loan_channel'],
    ['创业担保贷款由财政贴息', 'zh_deposit_subsidy'],
    ['存款利率按挂牌利率执行', 'zh_deposit_subsidy'],
    ['特殊工种提前退休由单位向人社部门申报', 'zh_pension_agent'],
    ['法院通知银行协助解冻账户', 'zh_recovery_unlock'],
    ['平台三七分成，主播拿七成', 'zh_chuhei'],
    ['犹豫期内解除合同，全额退还已交保费', 'zh_tuibao'],
    ['the government scheme for first-time buyers', 'en_debt_writeoff_scheme'],
    ['your loan is approved and the funds arrive tomorrow', 'en_loan_staging'],
    ['traffic signals on Main Street', 'en_signal_group'],
    ['旅游小贴士：带好证件', 'zh_invest_signal'],
    ["don't call the bank's number in the text, call the one on your card", 'en_isolate'],
    ['我们跑团有群，想先进群看看大家的节奏', 'zh_invest_signal'],
    ['他是先进群体的代表', 'zh_invest_signal'],
    ['拉了个免费群聊，大家拼车', 'zh_invest_signal'],
    ['警示帳戶要解除只有原來的警察機關能通知銀行', 'zh_warned_account'],
    ['警方追回被骗资金后发还', 'zh_recovery_unlock'],
    ['协商成功率不高，需本人申请', 'zh_collection_stop'],
    ['the police recovered $18,500 from the ring last year', 'en_recovery'],
    ['we got back from the lake at six', 'en_recovery'],
  ])('leaves "%s" out of %s', (t, id) => {
    expect(idsOf(BAIT, t)).not.toContain(id);
  });
  it.each([
    ['my personal trader set it up', 'en_role'],
    ['ask his assistant for the link', 'en_role'],
    ['My assistant Chloe handles new members', 'en_role'],
    ['后来找的社保小管家吴主任', 'zh_expert'],
    ["he's a certified cryptocurrency investigator", 'en_role'],
    ['首席投顾的小助手会拉你', 'zh_expert'],
    ['出黑师傅很快', 'zh_expert'],
    ['my trading teacher posts at nine', 'en_role'],
    ['We asked Teacher Zhou Wenbo what to do now', 'en_named_expert'],
  ])('reads "%s" as the persona %s', (t, id) => {
    expect(idsOf(PERSONA, t)).toContain(id);
  });
  it.each([
    ['hit me up on the green app', 'en_cta'],
    ['His WhatsApp is + 1 4 1 5 5 5 5 0 1 3 7', 'en_cta'],
    ["She's busy so be patient, but she also answers texts at 404-555-0191", 'en_cta'],
    ['Honest man in a crooked business. He also texts, (817) 555-0163.', 'en_cta'],
    ['inbox me for details', 'en_cta'],
    ['link in bio', 'en_cta'],
    ['add him on telegram', 'en_cta'],
    ['妳可以直接打给她问问看', 'zh_consult'],
    ['有需要打畀佢', 'zh_consult'],
    ['WhatsApp 94712863 搵 Sammy，記得講係 EPC 見到', 'zh_consult'],
    ['丁主任电话 13974206518，直接打就行。', 'zh_consult'],
    ['賴不到可以直接打 0927 381 546，白天晚上都有人接', 'zh_consult'],
    ['請認明唯一官方LINE，或直接來電 0958-271-634 查詢', 'zh_consult'],
    ['有需要私我', 'zh_consult'],
    ['詳情密我', 'zh_consult'],
    ['小盒子見', 'zh_consult'],
    ['有興趣打俾我', 'zh_consult'],
    ['講係親子王見到我個post就得', 'zh_consult'],
    ['可以問下佢，WhatsApp 5621 0948', 'zh_consult'],
    ['WhatsApp 5931 2746 直接問佢啦', 'zh_consult'],
    ['講係01睇到就得', 'zh_consult'],
    ['search the id in the app', 'en_cta'],
    ['有需要add我', 'zh_add'],
    ['WhatsApp 佢，話喺討論區見到就得', 'zh_consult'],
    ['加的时候就说在论坛看到的', 'zh_consult'],
    ['she is not a computer person so texting is best', 'en_cta'],
    ['easiest is to text her', 'en_cta'],
    ['if the app does not work for you her email is', 'en_cta'],
    ['email is better for papers', 'en_cta'],
    ['she also takes email for people who do not do apps', 'en_cta'],
    ["Bev's email is bstrand.help@gmail.com if the kids would rather write", 'en_cta'],
    ['send your VIN list to gapdesk at outlook dot com and I will check', 'en_cta'],
    ['或者给他发邮件，附上充值哈希', 'zh_consult'],
    ['材料发邮件给我就行', 'zh_consult'],
    ['你 WhatsApp 搵 Miss Cheung 就得', 'zh_consult'],
    ['Bad credit? Get approved today · Text Andre: 702-555-0164', 'en_cta'],
    ['WhatsApp or text: plus one, six oh four, five five five, oh one three eight', 'en_cta'],
    ["He'll tell you on the phone. Please do call, 480 555 0126, and don't wait", 'en_cta'],
    ['唔好喺度講太多數字，WhatsApp 6482 1973 詳談', 'zh_consult'],
    ['有兴趣私聊详聊', 'zh_consult'],
    ['就说汽车之家看到的', 'zh_consult'],
    ['Their intake address is intake.ashgroveledger@proton.me.', 'en_cta'],
    ['Their case desk there is @AshgroveLedger_Desk.', 'en_cta'],
    ['需要的可以直接打我电话 152-6031-8847 预约，县城可以安排同事免费上门', 'zh_consult'],
    ['Their intake is casework@garnettlyle-tracing.com or WhatsApp +1 813-555-0162.', 'en_cta'],
    ['Lost money too? Intake is at intake (at) wexcombe-recovery (dot) com.', 'en_cta'],
    ['WhatsApp 九六二七三零五八 就搵到佢助理 Cherry', 'zh_consult'],
  ])('reads "%s" as the call to action %s', (t, id) => {
    expect(idsOf(CTA, t)).toContain(id);
  });
  it.each([
    'I had to call, 3 times, before anyone answered',
    'the hit parade was up last week',
    'my inbox is full',
    '这是我们的秘密我不说',
    '用小盒子装好',
    'the best text on the subject is out of print',
    '他说在新闻里看到过这种骗局',
    'the email was sent to the wrong office',
    '有问题请给我们发邮件',
    "Bev's email is down this week",
    'WhatsApp 搵唔到佢，電話又唔聽',
    '周六拼车的打我电话，我开车',
    '邮箱：请在下方填写',
    '投诉邮箱：tousu@bank-example.cn',
    // a mailbox under its label is how offices list theirs too: given, not pushed
    '监督邮箱：baodan_fuhe01@126.com',
    "the bank's email is help@bank-example.com",
  ])('leaves "%s" without a call to action', (t) => {
    expect(idsOf(CTA, t)).toEqual([]);
  });
  it.each([
    ['a $95 withdrawal fee before you can withdraw your profits', ['en_fee', 'en_pay_first']],
    ['缴纳解冻费后才能提现', ['zh_fee', 'zh_pay_first']],
  ])('reads "%s" as an advance fee', (t, ids) => {
    expect(idsOf(ADVANCE_FEE, t)).toEqual(expect.arrayContaining(ids));
  });
  it.each([
    ['同求老师联系方式', 'zh_request'],
    ['蹲一个联系方式', 'zh_request'],
    ['點樣揾佢？', 'zh_request'],
    ['本金都要回来了', 'zh_success'],
    ['利息全免了，已经没人催了', 'zh_success'],
    ['谈下来以后每个月只还一千多', 'zh_success'],
    ['去年我两张卡都是他们帮忙弄的', 'zh_success'],
    ['佢幫我搞咗兩個幾月，全數拎返 22 萬', 'zh_success'],
    ['你就是我的救命恩人', 'zh_thanks'],
    ['以贷养贷两年，电话都被打爆', 'zh_pain'],
    ['我找的就是这位，微信在我主页', 'zh_handover'],
    ['forever grateful to this man', 'en_thanks'],
    ['这就是钓鱼网站，别点', 'zh_dissent'],
    ['楼上纯钓鱼', 'zh_dissent'],
    ['drop her info please', 'en_request'],
    ['who did you use?', 'en_request'],
    ['Happy to give you his details if you want them', 'en_request'],
    ['How do you get into his group? I looked him up and there is nothing', 'en_request'],
    ['Can you tell me the name of the man who helped you?', 'en_request'],
    ['I need the number of the lady who helped you', 'en_request'],
    ['her handle is on the pinned post', 'en_handover'],
    ['my withdrawal was frozen for three weeks', 'en_pain'],
    ['got my withdrawal unlocked in 3 days', 'en_success'],
    ['What changed everything for me was joining his study group', 'en_success'],
    ['Honestly what turned it around for my parents was a negotiator', 'en_success'],
    ['I made back my loss and about 19% on top', 'en_success'],
  ])('%s → %s', (t, id) => {
    expect(idsOf(ARC, t)).toContain(id);
  });
  it.each([
    ['快递拿回来了', 'zh_success'],
    ['他们帮我搬家的时候碰坏了柜子', 'zh_success'],
    ['他们每个月只还利息不还本金', 'zh_success'],
    ['蹲下来系鞋带', 'zh_request'],
    ['@老张爱钓鱼 欢迎欢迎，群里都是我们这个年纪的', 'zh_dissent'],
    ['周末去水库钓鱼，钓了三条', 'zh_dissent'],
    ['my account has been verified', 'en_pain'],
    ['happy to give you my honest opinion', 'en_request'],
    ['can you tell me the way to the courthouse', 'en_request'],
  ])('%s is not %s', (t, id) => {
    expect(idsOf(ARC, t)).not.toContain(id);
  });
  it('reads a debunked rumour and a recovery room apart', () => {
    const warns = (t: string) => matchLexicon(compileLexicon(WARNING), normalize(t).text).length > 0;
    expect(warns('网传“网贷不用还了”系谣言')).toBe(true);
    expect(warns('our scam recovery service works on a success fee')).toBe(false);
    expect(warns('beware of scam recovery services')).toBe(true);
    expect(warns('"text my advisor at 816-555-0171, small fee to start". Report and block.')).toBe(true);
    expect(warns('Blocked and reported, the real agencies do not trawl DMs')).toBe(true);
    expect(warns('we tell you to block and report the collectors while we negotiate')).toBe(false);
    // how to reach a line is no warning against it ("text dont call, he's always on the phone")
    expect(warns("text him (313) 555-0184, text dont call he's always on the phone")).toBe(false);
    expect(warns('do not call anyone who texts you about a refund')).toBe(true);
    // a hypothetical someone ("if a lender asks you to pay…") is a warning; a named one's instructions are not
    expect(warns('If a "lender" asks you to pay anything before the money arrives, it is not a loan.')).toBe(true);
    expect(warns('If the agent asks for the release fee, pay it by gift card.')).toBe(false);
  });
  it('reads a reported ad as quoted, and an ad offered as an offer', () => {
    const ids = (t: string) => matchLexicon(compileLexicon(WARNING), normalize(t).text).map((h) => h.entry.id);
    expect(ids('我在电梯里看到小广告，写着“公积金提取，加微信 tiqu_9988”')).toContain('zh_quote_frame');
    expect(ids('收到一条短信，上面写着“您的额度已提升”')).toContain('zh_quote_frame');
    expect(ids('广告位招租，有意者加微信详谈')).not.toContain('zh_quote_frame');
    expect(ids('被害人加入好友后，对方再告知「因联征较花，需先缴3万元的对保保证金」')).toContain('zh_quote_frame');
    expect(ids('其中一则被警方搜证的留言写道：「加LINE：xjl.loan***」')).toContain('zh_quote_frame');
    expect(ids('老师告诉我先交两千就能下款')).not.toContain('zh_quote_frame');
    expect(ids('還有讀者說，有人打電話來說可以幫她「全額退保」，只要先付一筆手續費')).toContain('zh_quote_frame');
    expect(ids('上個月真的有人打給我老婆說可以「全額退保」，要先匯 8,800 行政費')).toContain('zh_quote_frame');
    expect(ids('有人说这个老师很靠谱，我也加了')).not.toContain('zh_quote_frame');
    expect(ids('版里前些天那种让先交评估费、担保费的，大家别理。')).toContain('zh_warning');
    expect(ids('举两个我截图留下的例子（别加，仅作识别用）：评论区里写“V：fcs_xs09”')).toContain('zh_warning');
    expect(ids('这个是老师的微信，想上岸的加，别加错了')).not.toContain('zh_warning');
    expect(ids('看板上常有人推文说「不看联征、先缴保证金」,那种一律不要理 - 家里跟农会有往来的可以先问')).toContain(
      'zh_warning',
    );
    expect(ids('特别提醒：最近有人在点评里说什么“停贷不上征信”，我们不认识这些人')).toEqual(
      expect.arrayContaining(['zh_warning', 'zh_quote_frame']),
    );
    expect(ids('这个老师说什么都对')).not.toContain('zh_quote_frame');
    expect(ids('three brand new accounts told me to join "Professor Ashcombe\'s study group" on WhatsApp')).toContain(
      'en_quote_frame',
    );
    expect(ids('my neighbor told me to join his group and I made 30%')).not.toContain('en_quote_frame');
    expect(ids('A real lender will not ask you to pay with gift cards, Cash App or crypto.')).toContain('en_warning');
    expect(
      ids(
        "I got a comment on my video last month from someone saying 'contact recoveryhawk.pro@gmail.com, they got my funds back'",
      ),
    ).toContain('en_quote_frame');
    expect(ids('催收电话不用理会，交给我们处理')).not.toContain('zh_warning');
    expect(ids('說能幫你追回被騙款、要先付錢的，都先打165問。')).toContain('zh_warning');
    expect(ids('不放心的先拨打96110核实')).toContain('zh_warning');
    expect(ids('打165反诈专线咨询过')).toContain('zh_warning');
    expect(ids('有问题打12345咨询')).not.toContain('zh_warning');
    expect(ids('警方指出，集團成員會在留言中輪流扮演保戶，再留下LINE帳號「lingu5168」')).toEqual(
      expect.arrayContaining(['zh_warning', 'zh_quote_frame']),
    );
    expect(ids('詐團先以「免費評估」取信')).toContain('zh_warning');
    expect(ids('被拉進LINE股票群，10月要出金時被要求先繳「保證金」才發現被騙')).toContain('zh_warning');
    expect(ids('我们集团旗下的理财顾问')).not.toContain('zh_warning');
    expect(ids('网上那些“免费进群领牛股”的，请绕开。')).toContain('zh_warning');
    expect(ids('任何要你先畀錢嘅「顧問」都唔好理。')).toContain('zh_warning');
    expect(ids('咩「百分百批核」，咪信佢。')).toContain('zh_warning');
    expect(ids('有需要可以 WhatsApp 我，唔好客氣。')).not.toContain('zh_warning');
    expect(ids('远离之后，找我们做停息挂账')).not.toContain('zh_warning');
    expect(ids('任何人叫你加群组、说有「老师带单」、要你下载不是券商的APP，一律封锁。')).toContain('zh_warning');
    expect(ids('看到有人冒用名义拉群报明牌，请直接检举')).toContain('zh_warning');
    expect(ids('催收电话打来直接拉黑。')).not.toContain('zh_warning');
    expect(ids('一律封锁催收的号码，交给我们')).not.toContain('zh_warning');
    expect(ids('禁止张贴投资群组、私人联络方式导流，违者水桶。')).toContain('zh_warning');
    expect(ids('这是同班学员分享课程心得，与导流投资群组不同，先保留。')).toContain('zh_warning');
    expect(ids('我们与其他停息挂账机构不同，免费咨询')).not.toContain('zh_warning');
    expect(ids('本公司与银行合作')).not.toContain('zh_warning');
    expect(ids('那个帖子底下有好几个人让我找“出款团队”，说先出后收，我差点就加了。')).toContain('zh_quote_frame');
    expect(ids('这种帖子下面贴微信号，难免让人想到那些“出款团队”的托。')).toContain('zh_warning');
    expect(ids('“全额退保”的托管账户')).not.toContain('zh_warning');
    expect(ids('免费，有需要的可以加我微信，不收钱也不接代办，也不认识任何“退保团队”')).toContain('zh_disclaimer');
    expect(ids('重点提醒你爸三件事：不加陌生人的投资群、不下载对方给的APP、不汇款到个人帐户。')).toContain(
      'zh_negation',
    );
    expect(ids('我们团队认识很多银行的人，可以帮你谈')).not.toContain('zh_disclaimer');
    expect(ids('提现提示“注单异常”，客服让先交保证金。')).toContain('zh_quote_frame');
    expect(ids('他找到一个说能“出黑”的，人家让他先充三千“激活通道”')).toContain('zh_quote_frame');
    expect(ids('审核通过后要先交保证金')).not.toContain('zh_quote_frame');
    expect(ids('最后说出金要先交税或保证金，这是最典型的三步。')).toContain('zh_warning');
    expect(ids('父母的养老钱，被“保本高息”盯上了怎么办')).toContain('zh_warning');
    expect(ids('退件后我在网路上看到一堆「联征美化」「信用修复」的广告')).toContain('zh_warning');
    expect(ids('板上严禁任何「联征美化、信用修复、包过件」代办')).toContain('zh_warning');
    expect(ids('任何人告诉你“交一笔费用就能帮你解冻、追回”，都请立刻停下来。')).toContain('zh_warning');
    expect(ids('在一个“炒股学习群”里被引导到一个虚假平台')).toContain('zh_warning');
    expect(ids('这是我们的典型客户，三个月上岸')).not.toContain('zh_warning');
    expect(ids('让你编理由投诉的，是监管反复提示的代理退保')).toContain('zh_regulator_warned');
    expect(ids('警方多次提醒的刷单返利')).toContain('zh_regulator_warned');
    expect(ids('监管部门的投诉电话是12378')).not.toContain('zh_regulator_warned');
  });
});

describe('schemes sold to older readers, refund fixers and plain-word investing', () => {
  // as the engine reads text: normalized (traditional characters in simplified, full-width folded)
  const idsOf = (t: string) => matchLexicon(compileLexicon(BAIT), normalize(t).text).map((h) => h.entry.id);
  it.each([
    // pensions and housing for older people
    ['我们帮王阿姨把房子盘活了，一个月多出四千', 'zh_house_pension'],
    ['后来把我们家那套老房子“盘活”了，每个月公司给打六千八', 'zh_house_pension'],
    ['房子抵押一下就能换月供，房子还是您的', 'zh_house_pension'],
    ['老房子也能生钱，您就签个字', 'zh_house_pension'],
    ['去签个委托公证，抵押的事我们来跑', 'zh_house_pension'],
    ['房子照样您住，每个月还能领六千', 'zh_house_pension'],
    ['投资养老公寓，不入住也能拿分红', 'zh_yanglao_invest'],
    ['办一张候鸟式养老会员卡，年年有分红', 'zh_yanglao_invest'],
    ['入股康养基地，每年按股分红', 'zh_yanglao_invest'],
    ['张经理能帮你把退休金提高，补缴也有内部名额', 'zh_pension_raise'],
    ['养老金待遇代办，一次办好', 'zh_pension_raise'],
    ['社区组织一元一日游，听课送鸡蛋', 'zh_elderly_sales'],
    ['这个理疗仪用了能替代药', 'zh_elderly_sales'],
    ["He can reposition Dad's assets so he qualifies for Aid and Attendance", 'en_benefit_agent'],
    ['the VA pension advisor at the facility set up the trust', 'en_benefit_agent'],
    ["she got my mom's Social Security check bumped up by $380", 'en_benefit_agent'],
    ["his money sits in a structure the VA doesn't count", 'en_benefit_agent'],
    ['pull the equity out of your house and put it in his annuity program', 'en_equity_release'],
    ['we rolled the reverse mortgage money into her fund', 'en_equity_release'],
    ['a monthly income from your home without selling it', 'en_monthly_income'],
    ['a check in your mailbox every month, like clockwork', 'en_monthly_income'],
    // refund fixers and second scams
    ['退赔有内部名额，张律师能帮你走绿色通道', 'zh_refund_channel'],
    ['进官方回款群，有专员对接', 'zh_refund_channel'],
    ['他能帮你申请兑付，比排队快', 'zh_refund_channel'],
    ['海外亲属留下一笔遗产，要先交手续费', 'zh_estate_claim'],
    ['遗产解冻费交了才能转', 'zh_estate_claim'],
    ['you are the next of kin to an unclaimed estate account', 'en_estate_claim'],
    ['the estate release fee must be paid before transfer', 'en_estate_claim'],
    ['a lost policy finder traced $18,000 for my aunt', 'en_estate_claim'],
    // investment in plain words
    ['场外配资，十倍杠杆，给你开个子账户', 'zh_peizi'],
    ['跟投名额不多，带单分成三七开', 'zh_peizi'],
    ['日内回转的名额这周只剩两个', 'zh_peizi'],
    ['每个月稳定拿3个点', 'zh_monthly_return'],
    ['利息每个月打到卡上，一分不少', 'zh_monthly_return'],
    ['月月領息，退休也有薪水', 'zh_monthly_return'],
    ['她帶的社群每個月固定有收益，不用自己盯盤', 'zh_monthly_return'],
    ['謝謝我的帳戶經理美玲姐', 'zh_invest_group'],
    ["Teacher Zhou, who has taught our readers' free stock class for four years", 'en_stock_class'],
    ['he will share one stock every trading day, free', 'en_stock_class'],
    ['Ms Lin will pull you into the group', 'en_stock_class'],
    ['We moved to the VIP plan for the bigger picks', 'en_stock_class'],
    ['Need $1,000–$25,000? Bad credit OK.', 'en_advance_fee_loan'],
    ['Join the free Dividend Study Group', 'en_stock_class'],
    ['How I time my entries with our weekly entry signals', 'en_signal_group'],
    ['Contact Ray Castellano, Payout Recovery', 'en_gambling_recovery'],
    ['我们的合约策略群累计收益在60%以上，胜率保持在八成左右', 'zh_invest_signal'],
    ['具体的进出场点位我们会在群里实时发', 'zh_invest_signal'],
    ['具体标的和盘中提示都在交流群里', 'zh_invest_signal'],
    ['群是免费的，名额满了就停止加人', 'zh_invest_signal'],
    ['警示帳戶可以提前解除，加楊專員', 'zh_warned_account'],
    ['有配合的法务，帮你提前解除警示', 'zh_warned_account'],
    ['老師這期的免費群還有名額', 'zh_invest_signal'],
    ['专家一对一指导，免费进群', 'zh_invest_signal'],
    ['老K股友交流群 · 每日早盘清单 · 盘中异动提醒', 'zh_invest_group'],
    ['she saved me a spot in her next round', 'en_copy_seat'],
    ['she kept two seats in the copy-trading group for us', 'en_copy_seat'],
    ['it pays me 4% a month and I never touch it', 'en_monthly_income'],
    // loans and fees, Hong Kong and Taiwan
    ['唔批唔收費，保證批核', 'zh_hk_loan_agent'],
    ['批核前要先交行政費', 'zh_hk_loan_agent'],
    ['信用瑕疵也能貸，協商中也可以辦', 'zh_hk_loan_agent'],
    ['破產人士都批，仲有微型破產', 'zh_hk_loan_agent'],
  ])('reads "%s" as %s', (t, id) => {
    expect(idsOf(t)).toContain(id);
  });
  it.each([
    // an insurer's reverse-mortgage page, a notary, a bank, a lender's own disclosure
    ['老人将房产抵押给保险公司，继续居住，按月领取养老金', 'zh_house_pension'],
    ['办理委托公证须本人携带身份证到场', 'zh_house_pension'],
    ['入住需预交三个月床位费，退住时返还', 'zh_yanglao_invest'],
    ['2026年退休人员基本养老金上调2%', 'zh_pension_raise'],
    ['补缴社保请到社保经办大厅办理', 'zh_pension_raise'],
    ['65岁以上老年人可享受免费体检', 'zh_elderly_sales'],
    ['糖尿病目前无法根治，需要长期管理', 'zh_elderly_sales'],
    ['An accredited VA representative can help you apply for Aid and Attendance at no cost', 'en_benefit_agent'],
    ['Social Security benefits increase 2.5% next year', 'en_benefit_agent'],
    ['The VA does not count your home or your car toward the net worth limit', 'en_benefit_agent'],
    [
      'A reverse mortgage lets homeowners 62 and older turn part of their home equity into monthly payments',
      'en_equity_release',
    ],
    ["A reverse mortgage can give you monthly payments from your home's equity", 'en_monthly_income'],
    // a court's 退赔 notice, an unclaimed-property office, a probate lawyer
    ['法院责令被告人全额退赔被害人经济损失，按比例发还', 'zh_refund_channel'],
    ['集资参与人请携带身份证到指定地点登记', 'zh_refund_channel'],
    ['银行提醒：唤醒沉睡账户请本人到网点办理', 'zh_estate_claim'],
    ['Search the state unclaimed property list for free', 'en_estate_claim'],
    ['As probate lawyers we help executors settle an estate', 'en_estate_claim'],
    // a licensed broker's margin page, the STAR market co-investment rule, card instalment fees
    ['融资融券业务须在证券公司开立信用账户', 'zh_peizi'],
    ['科创板实行保荐机构相关子公司跟投制度', 'zh_peizi'],
    ['信用卡分期每月手续费0.6个点', 'zh_monthly_return'],
    ['养老金每月打到社保卡上', 'zh_monthly_return'],
    ['这只债券每月固定收益率为3%', 'zh_monthly_return'],
    ['我的客户经理说这只基金风险较高', 'zh_invest_group'],
    ['The library runs a free class on reading your bank statement', 'en_stock_class'],
    ['Our investment club meets monthly to compare notes on index funds', 'en_stock_class'],
    ['the dividend was cut and the payout ratio rose', 'en_gambling_recovery'],
    ['基金经理说这只产品去年收益率为8%', 'zh_invest_signal'],
    ['the card charges 2% a month in interest', 'en_monthly_income'],
    ['there are two seats left in the evening class', 'en_copy_seat'],
    // a licensed lender's own line
    ['申請人無須在批核前繳付任何費用', 'zh_hk_loan_agent'],
    ['信用小白也能申辦信用卡', 'zh_hk_loan_agent'],
  ])('leaves "%s" out of %s', (t, id) => {
    expect(idsOf(t)).not.toContain(id);
  });
});

describe('fees, agents and roles of the same schemes', () => {
  const idsOf = (entries: readonly LexiconEntry[], t: string) =>
    matchLexicon(compileLexicon(entries), normalize(t).text).map((h) => h.entry.id);
  it.each([
    ['不用离职也能提公积金，代提公积金当天到账', 'zh_fund_cashout'],
    ['協助提早取回強積金，一星期搞掂', 'zh_fund_cashout'],
    ['负债高也能贷，百分百下款', 'zh_loan_no_check'],
    ['走的是装修提取的通道，不用真装修', 'zh_fund_cashout'],
    ['他说年底要开一批「机构内部额度」，五万起', 'zh_invest_quota'],
    ['每天早上在群里发一只当天的「T+0 套利」标的', 'zh_invest_quota'],
    ['无损退保，交的钱能全部拿回来', 'zh_tuibao'],
    ['发了告知函以后停贷也不上征信', 'zh_tingxi'],
    ['逾期了也不影响征信，我们有办法', 'zh_tingxi'],
    ['找安居维权律师团集体诉讼', 'zh_weiquan'],
    ['先把电话呼叫转移到我们这边，催收就找不到你', 'zh_isolate'],
    ['辦理期間建議暫停供款，唔好自己聯絡原本嘅經紀或保險公司', 'zh_isolate'],
    ['所有溝通交俾我哋處理', 'zh_isolate'],
    ['成功取回款項後收取回金額兩成', 'zh_no_win_no_fee'],
    ['按取回金額另收 22%', 'zh_no_win_no_fee'],
    ['第一次睇單完全免費，WhatsApp 傳相俾我哋就得', 'zh_free_consult'],
  ])('reads "%s" as %s', (t, id) => {
    expect(idsOf(BAIT, t)).toContain(id);
  });
  it.each([
    ['公积金提取请登录公积金中心网上办事大厅', 'zh_fund_cashout'],
    ['离职后可以申请提取公积金', 'zh_fund_cashout'],
    ['租房提取每年可以办一次', 'zh_fund_cashout'],
    ['可转债 T+0 交易规则说明', 'zh_invest_quota'],
    ['犹豫期内退保可全额退还保费', 'zh_tuibao'],
    ['按时还款不影响征信，逾期会上征信', 'zh_tingxi'],
    ['办理分期不会影响征信', 'zh_tingxi'],
    // a lawyer quoting the promise to refute it
    ['没有哪个“告知函”能让停贷“不上征信”', 'zh_tingxi'],
    ['手机设置呼叫转移的方法', 'zh_isolate'],
    ['有疑問可以直接聯絡你嘅保險經紀或保險公司', 'zh_isolate'],
    ['所有沟通记录请保存好', 'zh_isolate'],
    ['律师费按标的金额收取 8%', 'zh_no_win_no_fee'],
    ['保单检查请到柜台办理', 'zh_free_consult'],
    // honest advice: official channels, a certified counsellor
    ['请通过银行官方客服等正规渠道协商还款', 'zh_vouched_helper'],
    ['a certified credit counselor at a nonprofit agency', 'en_vouched_helper'],
    ['the only way I trust is calling the number on the back of my card', 'en_vouched_helper'],
    ['贷款审批会看负债率', 'zh_loan_no_check'],
  ])('leaves "%s" out of %s', (t, id) => {
    expect(idsOf(BAIT, t)).not.toContain(id);
  });
  it.each([
    ['you only need to cover the approval file, $350, then the funds go out the same day', ['en_fee', 'en_pay_first']],
    ['once the insurance bond is paid your loan is released', ['en_fee', 'en_pay_first']],
    ['Why is there an insurance fee before funding?', ['en_fee', 'en_pay_first']],
    ['funds are deposited within 24 hours of the approval fee being received', ['en_pay_first']],
    ['the money arrives by prepaid card after the fee clears', ['en_pay_first']],
    ['the activation deposit is refunded with your first payment', ['en_fee']],
    ['the estate clearance certificate costs $1,200', ['en_fee']],
    ['asked for $320 for the insurance deposit before he can release it', ['en_fee', 'en_pay_first']],
    ['批核前要先交行政費，批咗即刻過數', ['zh_fee', 'zh_pay_first']],
    ['兑付前需先缴纳兑付保证金', ['zh_fee', 'zh_pay_first']],
    ['存入两万证明你的还款能力', ['zh_fee']],
  ])('reads "%s" as an advance fee', (t, ids) => {
    expect(idsOf(ADVANCE_FEE, t)).toEqual(expect.arrayContaining(ids));
  });
  it.each([
    'Clients pay a case registration and tracing fee before the report is produced',
    'the fee is credited against a success commission when funds are returned',
    "There's a case setup fee, I think my folks paid $349 to open the file",
    'he takes 10% when it lands, plus a small unlock fee for the processor, I paid 350',
    "She'll send you the form, you just pay the $95 release stamp and she files it same day.",
    'Derek charges a $1,250 file-opening retainer by e-transfer so he can pull your CRA file',
    "there's a refundable compliance deposit (10% of the locked balance) that gets returned with the payout",
    "there's a $375 case filing fee that covers the paperwork, then 15% of whatever comes back",
    'My office does it for a flat fee paid at the start',
    'He only asked for a retainer for the tracing report, and the rest came out of what was recovered',
  ])('reads "%s" as money first', (t) => {
    expect(idsOf(FEE_FIRST, t)).toContain('en_fee_first');
  });
  it('reads an upfront evidence fee (前期只有一个调证费) as money first', () => {
    expect(idsOf(FEE_FIRST, '能查到才收，前期只有一个调证费，你问他就知道了')).toContain('zh_fee_first');
  });
  it('reads 打 as a transfer before money (先打两千过去), not as calling a line first (先打去问, 先打 2377 4105)', () => {
    expect(idsOf(FEE_FIRST, '他说要先打两千过去才开始做')).toContain('zh_fee_first');
    expect(idsOf(FEE_FIRST, '破产管理署有查询热线 2867 3308，可以先打去问程序同按金')).not.toContain('zh_fee_first');
    expect(idsOf(FEE_FIRST, '你可以先打 2377 4105 问清楚先至 WhatsApp 佢')).not.toContain('zh_fee_first');
  });
  it.each([
    ['check your approval file number in the app', 'en_fee'],
    ['申請人無須在批核前繳付任何費用', 'zh_pay_first'],
  ])('leaves "%s" out of %s', (t, id) => {
    expect(idsOf(ADVANCE_FEE, t)).not.toContain(id);
  });
  it.each([
    ['her Medicare benefits specialist called back', 'en_role'],
    ['the release officer needs your ID', 'en_role'],
    ['an heir finder wrote to my mother', 'en_role'],
    ['班主任会拉你进实盘群', 'zh_expert'],
    ['清退专员说今天能到账', 'zh_expert'],
    ['我对接的是技术部的周工，很耐心', 'zh_engineer'],
    ['上周找林工，分了五次出来了', 'zh_engineer'],
  ])('reads "%s" as the persona %s', (t, id) => {
    expect(idsOf(PERSONA, t)).toContain(id);
  });
  it.each([
    ['先收建档费、律师费，最后消失', 'zh_fawu'],
    ['对方说要发律师函', 'zh_fawu'],
    ['每周工作五天，工资按月发', 'zh_engineer'],
    ['张工程师下午到', 'zh_engineer'],
    ['关于工伤认定的规定', 'zh_engineer'],
  ])('leaves "%s" out of %s', (t, id) => {
    expect(idsOf(PERSONA, t)).not.toContain(id);
  });
  it.each([
    ['give him a call, he picks up', 'en_cta'],
    ['look her up on telegram', 'en_cta'],
    ['Ask for Martin Keogh at Ledgerline Tracing', 'en_cta'],
    ['email is martinkeogh.ledgerline (at) gmail (dot) com', 'en_cta'],
    ['you can reach their intake team directly at casefiles@veldtrace-recovery.com', 'en_cta'],
    ['Readers can send him their story at casefiles@veldtrace-recovery.com', 'en_cta'],
  ])('reads "%s" as the call to action %s', (t, id) => {
    expect(idsOf(CTA, t)).toContain(id);
  });
  it.each(['they give me a call every Sunday', 'look it up on the map', 'email is the best way to reach the office'])(
    'leaves "%s" without a call to action',
    (t) => {
      expect(idsOf(CTA, t)).toEqual([]);
    },
  );
});

describe('the arc as older readers and refund victims tell it', () => {
  const stagesOf = (t: string) => matchLexicon(compileLexicon(ARC), normalize(t).text).map((h) => h.entry.id);
  it.each([
    ['我和老伴的养老钱都没了', 'zh_pain'],
    ['那个理财平台暴雷了', 'zh_pain'],
    ['钱投进去就拿不出来', 'zh_pain'],
    ['退赔款已经到账了，十二万一分不少', 'zh_success'],
    ['名额批下来了，下个月兑付', 'zh_success'],
    ['阿姨，怎么跟他联系？', 'zh_request'],
    ['他的电话能不能发我一下', 'zh_request'],
    ["I'm on a fixed income and the bills keep coming", 'en_pain'],
    ['we lost our nest egg when the fund went under', 'en_pain'],
    ['my first monthly check arrived on Friday', 'en_success'],
    ['my inheritance was released within 9 days', 'en_success'],
  ])('%s → %s', (t, id) => {
    expect(stagesOf(t)).toContain(id);
  });
  it.each([
    // a platform that ran off is called out, not a pain story; a pension paid as usual is no success
    ['这平台跑路了，大家别信', 'zh_pain'],
    ['养老金每月按时发放', 'zh_success'],
    ['联系电话：社区服务中心', 'zh_request'],
  ])('%s is not %s', (t, id) => {
    expect(stagesOf(t)).not.toContain(id);
  });
});

describe('the same schemes in the words of their own trades', () => {
  const idsOf = (t: string) => matchLexicon(compileLexicon(BAIT), normalize(t).text).map((h) => h.entry.id);
  it.each([
    ['they suggested a repositioning of assets into an annuity', 'en_benefit_agent'],
    ['he charged us $1,500 to file the VA pension paperwork', 'en_benefit_agent'],
    ['we got your dad qualified in 60 days', 'en_benefit_agent'],
    ['an heir search firm sent my aunt a contract', 'en_estate_claim'],
    ['we located funds belonging to your late uncle', 'en_estate_claim'],
    ['I can search for any policies your late husband may have left', 'en_policy_recovery'],
    ['the approval file fee is $250', 'en_loan_staging'],
    ['he charged back my casino deposits in a week', 'en_gambling_recovery'],
    ['a blockchain forensics team traced it', 'en_recovery_service'],
    ['she has a contact at Experian who deletes lates', 'en_credit_repair'],
    ['a mortgage discharge package for $499', 'en_debt_elimination'],
    ['join the VIP desk on Telegram', 'en_signal_group'],
    ['帮你补工龄，视同缴费年限认定代办', 'zh_pension_raise'],
    ['误导销售可以取回全数保费', 'zh_tuibao'],
    ['港股打新稳赚，包中签', 'zh_invest_quota'],
    ['月化收益稳定在8%', 'zh_monthly_return'],
    ['填一下负债互助登记表', 'zh_debt_agency'],
    ['代你去银行办理前置协商', 'zh_debt_agency'],
    ['交5万元就能终身免费入住', 'zh_yanglao_invest'],
  ])('reads "%s" as %s', (t, id) => {
    expect(idsOf(t)).toContain(id);
  });
  it.each([
    ['人社局工龄认定需提供档案材料', 'zh_pension_raise'],
    ['冷静期内取消保单可取回全数保费', 'zh_tuibao'],
    ['港股打新要准备孖展资金', 'zh_invest_quota'],
    ['银行资金托管，专款专用', 'zh_monthly_return'],
    ['Chainalysis, a blockchain analytics firm, said the funds moved', 'en_recovery_service'],
    ['The three-year look-back applies to Medicaid, not to VA pension', 'en_benefit_agent'],
    ['The state holds escheated property until the owner claims it', 'en_estate_claim'],
    ['the credit bureaus must investigate a dispute within 30 days', 'en_credit_repair'],
    ['the mortgage was discharged when the loan was paid off', 'en_debt_elimination'],
  ])('leaves "%s" out of %s', (t, id) => {
    expect(idsOf(t)).not.toContain(id);
  });
});
