import { comments, testSignal } from '../../tests/helpers/signal-tester';
import { privateLineOnly } from './private-line';

testSignal(privateLineOnly, {
  valid: [
    {
      name: "a debt charity's WhatsApp beside its office line",
      html: '<h1>免費債務輔導</h1><p>欠債問題可以預約社工面談。電話 2388 6012,或 WhatsApp 5123 7788 留言。</p>',
    },
    {
      name: "a bank's hotline beside its official account",
      html: '<h1>信用卡逾期怎么办</h1><p>请拨打我行客服热线 400-820-0588 申请个性化分期,或关注官方微信公众号。</p>',
    },
    {
      name: 'a shop that is not about money gives only its WeChat',
      html: '<h1>手冲咖啡豆</h1><p>新豆到货,下单请加客服微信 laozhou_beans 备注口味。</p>',
    },
    {
      name: 'a private line given only in a comment',
      html: `<h1>How to clear card debt</h1><p>Start with the highest interest card.</p>${comments([
        { a: 'Kay', t: 'Contact him on WhatsApp +1 415 555 0182, he sorted mine.', when: '2 days ago' },
      ])}`,
    },
    {
      name: "a firm's address at its own domain beside a mobile",
      html: '<h1>Debt management plans</h1><p>Talk to our advisers: call or text 07700 900214, or email help@northfield-debt.co.uk.</p>',
    },
  ],
  invalid: [
    {
      name: 'a debt-relief page reachable only on WhatsApp',
      html: '<h1>Write off up to 80% of your debts</h1><p>Check if you qualify in 60 seconds. Message a caseworker on WhatsApp: +44 7700 900386.</p>',
      messages: ['ev_private_line_box'],
    },
    {
      name: 'a debt page whose promise sits far from its only line (a private line, not the box)',
      html: `<h1>Behind on card bills?</h1><p>Write off up to 80% of your debts.</p>${'<p>Most people with card debt pay the minimum for years.</p>'.repeat(5)}<p>Message a caseworker on WhatsApp: +44 7700 900386.</p>`,
      messages: ['ev_private_line_only'],
    },
    {
      name: 'a car-loan profile signature selling the loan beside a LINE id',
      html: '<h1>車友會員資料</h1><p>原車融資，車子照開，當天撥款，有需要直接 LINE 我：car.fund.tw88</p>',
      messages: ['ev_private_line_box'],
    },
    {
      name: 'a 停息挂账 page with only a mobile that is also the WeChat',
      html: '<h1>信用卡逾期协商</h1><p>一对一制定方案,请联系顾问王经理:159 2037 4816(微信同号)。</p>',
      messages: ['ev_private_line_only'],
    },
  ],
});
