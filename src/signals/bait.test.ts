import { describe, expect, it } from 'vitest';
import { ARTICLE_ZH, detect, testSignal } from '../../tests/helpers/signal-tester';
import { bait } from './bait';

testSignal(bait, {
  valid: [
    {
      name: 'a lender who will not ask you to pay with gift cards (the promise refused)',
      html: '<h2>How a real loan works</h2><p>Our loan officers will not ask you to pay with gift cards, Cash App or cryptocurrency.</p>',
    },
    { name: 'ordinary repayment advice', html: ARTICLE_ZH },
    {
      name: 'a trading journal that copies nobody (its own trades, a broker call)',
      html: '<p>I copy my own trades into a spreadsheet every Friday and had a call with my broker about fees.</p>',
    },
    {
      name: 'a school that will not invite its students into any investment group (不會邀請學員加入任何投資群組)',
      html: '<p>老師與本校不會向學員收取任何費用，也不會邀請學員加入任何投資群組或代操帳戶。</p>',
    },
    {
      name: "a group's rules forbid a list of schemes, one inside a longer item (信用卡代还, 荐股带单)",
      html: '<p>群里禁止推荐任何理财产品、贷款、信用卡代还、“债务优化”、荐股带单，发广告直接移出。</p>',
    },
    {
      name: 'a project that never offers a list of schemes (English list with commas and "or")',
      html: '<p>Maintainers never DM you first, never offer “investment help”, “account managers”, trading signals or loans, and never ask for money.</p>',
    },
    {
      name: 'a colleague explains an employee stock plan: nobody gives stock tips (沒有人在報明牌)',
      html: '<p>只買「自己公司」的股票，每個月固定時間買，沒有人在報明牌或叫你加碼。</p>',
    },
    {
      name: 'a free investing club that meets in a public library (a room anyone can walk into, no chat group)',
      html: '<p>If you are near Akron, our public library has a free investing club the second Tuesday of every month. No selling, just index funds and questions.</p>',
    },
    {
      name: 'the ordinary legal-advice paragraphs of the seed',
      html: '<p>3.债务重组:如果借款人的还款能力确实无法满足原有的还款计划,可以提出债务重组的方案。</p><p>2.了解债权情况:可以要求催收人员提供相关的债权证明。</p>',
    },
    {
      name: 'bait quoted in a regulator warning',
      html: '<p>风险提示:警惕“停息挂账”“不成功不收费”等代理维权骗局。</p>',
    },
    {
      name: 'a quoted scheme denied right after it (“全额退保”基本不存在), then named as the one regulators warn about',
      html: '<p>先回答最急的：<strong>“全额退保”基本不存在</strong>，除非当年销售时确实有违规，而且你有证据。</p><p>那些收你“服务费”、让你编理由投诉的，是监管反复提示的代理退保，钱退不回来的人很多。</p>',
    },
    {
      name: 'a quoted promise denied in English ("guaranteed approval" does not exist)',
      html: '<p>Short answer: "guaranteed approval" does not exist. Any lender that says it is lying.</p>',
    },
    {
      name: 'an English warning',
      html: '<p>Beware of anyone promising guaranteed approval: never pay an upfront fee.</p>',
    },
    {
      name: "a plan the reader asks the bank for alone (自己向银行申请个性化分期: the bank's own, no middleman's)",
      html: '<p>大部分情况其实不需要找人：失业、生病的可以自己向银行申请个性化分期，网贷找平台官方客服。</p>',
    },
    {
      name: 'a project that refuses stock tips, with its QQ group',
      html: '<p>本项目不提供任何投资建议,不荐股,不带单。</p><p>用户交流QQ群:736281945,欢迎加入</p>',
    },
    {
      name: "a meetup that will not talk stock tips or join paid groups, with its organiser's WeChat",
      html: '<p>周六喝茶聊天，AA，不谈荐股，不加入任何收费群。我是退休中学老师，不会荐股。想来的加我微信 xixi_teahouse60 说一声。</p>',
    },
    {
      name: "words not to say to the bank (别说停息挂账这几个字), beside the writer's line for a template",
      html: '<p>别说停息挂账这几个字，客服听了会说没有这个业务。模板在我微信里，需要的加我 mili_ma2019，不收钱。</p>',
    },
    {
      name: "a class teacher's refusal beside her line (也不會拉任何投資群)",
      html: '<p>已經在班上的同學，有課程問題可以加我的LINE：shuhui.teach（只回上課相關的問題，我不會推薦任何個股，也不會拉任何投資群）。</p>',
    },
    {
      name: "a Hong Kong adviser's refusal in Cantonese (唔會開投資群組), with her business line",
      html: '<p>我唔會喺任何地方推介個股、唔會開投資群組。一對一理財檢視請 WhatsApp 我公司業務電話 5730 2286。</p>',
    },
    {
      name: 'schemes the writer tells readers to keep away from (请绕开), then her paid consultation',
      html: '<p>网上那些“老师带你翻倍”“免费进群领牛股”的，请绕开。</p><p>预约咨询请加我的工作微信 linjing_cfp。</p>',
    },
    {
      name: 'a warning about timeshare exit companies',
      html: '<p>Warning: timeshare exit companies that tell you to stop paying maintenance fees are a scam. Never pay upfront.</p>',
    },
    {
      name: "a bank's own consolidation loan, paid as usual",
      html: '<p>本行债务整合贷款可将多笔卡债合并为一笔,核准前请照常缴款,以免影响信用。</p>',
    },
    {
      name: 'a chapter list that names credit sweeps as trouble',
      html: '<p>44:00 "Credit sweeps", CPNs and other things that will get you in trouble</p>',
    },
    {
      name: 'a payroll job paying into your own account',
      html: '<p>Wages are paid every other Friday by direct deposit into your own checking account.</p>',
    },
    {
      name: 'a savings account paying monthly interest',
      html: '<p>Our easy-access saver pays 4.1% AER, with interest paid monthly into your current account.</p>',
    },
    { name: '附带单元测试 is not 带单', html: '<p>所有新接口需附带单元测试和文档,加群讨论 QQ:736281945</p>' },
    {
      name: 'a firm that never asks for untraceable payment',
      html: '<p>Harbor Lane never charges before a settlement and never asks for payment by gift card. Call (410) 555-0199.</p>',
    },
    {
      name: 'a victim who reported the loss and never had the money back',
      html: '<p>I filed with the FBI and with the FTC. Neither got my money back, and nobody recovered my funds either.</p>',
    },
    {
      name: 'a firm that refuses the promise in English',
      html: '<p>We do not offer guaranteed returns. Questions? WhatsApp us on +44 7700 900123.</p>',
    },
  ],
  invalid: [
    { name: '停息挂账 sold', html: '<p>专业办理停息挂账、个性化分期,不成功不收费!</p>', messages: ['ev_bait_promise'] },
    {
      name: 'a promise a few characters after a 不 that refuses nothing (我不到三个月就办了停息挂账)',
      html: '<p>我不到三个月就办了停息挂账。</p>',
      messages: ['ev_bait_promise'],
    },
    {
      name: 'bait in the same box as a handle',
      html: '<div><p>免费咨询停息挂账,加老师微信 laoshi8899</p></div>',
      messages: ['ev_bait_promise', 'ev_bait_near_contact'],
    },
    {
      name: "a copy-trading group's signals and its share of the profits",
      html: '<p>19% in three months copying the signals. There is a one-off onboarding fee, then the team takes a 20% share of profits only.</p>',
      messages: ['ev_bait_promise'],
    },
    {
      name: 'a recovery expert',
      html: '<p>A recovery expert got my lost funds back in two weeks.</p>',
      messages: ['ev_bait_promise'],
    },
    {
      name: 'generic free consultation far from the contact box stays apart',
      html: `<p>律师团队提供免费咨询。</p>${'<p>项目位于城郊,环境清幽,交通便利。</p>'.repeat(6)}<div><p>预约请加微信:lvshi_yy2026</p></div>`,
      messages: ['ev_bait_promise'],
    },
    {
      name: '送件期间暂停缴款 and a payment cut to a third',
      html: '<p>我帮大家把好几家的债整合成一笔,月付降到原本的三分之一。送件期间请先暂停缴款,由工作室统一安排。</p>',
      messages: ['ev_bait_promise'],
    },
    {
      name: "a job ad's private trading app",
      html: '<p>试岗结束开通研究部专用交易端,按照模拟观察仓同步下单。</p>',
      messages: ['ev_bait_promise'],
    },
    {
      name: 'a timeshare exit sold with "stop paying"',
      html: '<p>We end your timeshare contract permanently. Once your file is open you can stop paying maintenance fees.</p>',
      messages: ['ev_bait_promise'],
    },
    {
      name: 'a fixed payout every other Friday',
      html: '<p>We all put into her book and she pays out 4.8% every other Friday, straight to my checking.</p>',
      messages: ['ev_bait_promise'],
    },
    {
      name: 'a "job" moving client money through your own account',
      html: '<p>Receive client settlement deposits (Zelle, ACH or cash) into your own checking account and keep 8% of every batch you move.</p>',
      messages: ['ev_bait_promise'],
    },
    {
      name: 'a fixed weekly percentage with principal protected',
      html: '<p>Members receive a fixed 0.6% every trading week, principal protected by the partner brokerage.</p>',
      messages: ['ev_bait_promise'],
    },
    {
      name: 'a 100% exit guarantee',
      html: "<p>If we can't exit you, every penny is returned. That's our 100% Exit Guarantee.</p>",
      messages: ['ev_bait_promise'],
    },
    {
      name: 'a scam page that says beware of fakes',
      html: '<p>专业停息挂账团队。</p><p>认准唯一官方微信:anxin_zwfw,谨防假冒!</p>',
      messages: ['ev_bait_promise'],
    },
  ],
});

describe('the lead-gen box', () => {
  it("a firm's free consultation beside its phone is weak bait, not a lead-gen box", () => {
    const ev = detect(
      bait,
      '<div><p>Free consultation with a bankruptcy attorney. Call us at (419) 555-0147.</p></div>',
    );
    expect(ev.map((e) => e.message)).toEqual(['ev_bait_promise']);
  });
  it('a guaranteed result beside a pushed number is', () => {
    const ev = detect(bait, '<div><p>Credit repair, 100% guaranteed. Text me at (323) 555-0177.</p></div>');
    expect(ev.map((e) => e.message)).toContain('ev_bait_near_contact');
  });
});
