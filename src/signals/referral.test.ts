import { comments, testSignal } from '../../tests/helpers/signal-tester';
import { referral } from './referral';

const ARTICLE_EN =
  '<article><h1>Can a payday lender raise my limit?</h1><p>Lenders set limits from your repayment history and income.</p></article>';
const ARTICLE_ZH = '<article><h1>网贷逾期了怎么和平台协商</h1><p>先联系平台官方客服,说明还款困难。</p></article>';

testSignal(referral, {
  valid: [
    {
      name: "a seniors' college teacher's WeChat, passed on by a student who names the college (老年大学)",
      html: `${ARTICLE_ZH}${comments([
        {
          a: '渝北王阿姨',
          t: '说到正规的课，我必须感谢一下我们社区老年大学的苏老师，每周三下午讲家庭理财常识，不推销任何产品。想报名的可以加她微信 sulaoshi_ketang 问下学期的时间。',
        },
      ])}`,
    },
    {
      name: "a repairman's cell passed on by a neighbour who speaks of the job, not of money",
      html: `<article><h1>Behind on the gas bill? Help paying for heat this winter</h1><p>The county's crisis program pays up to $500 toward past-due energy bills, and the utility offers a payment plan with no late fees.</p></article>${comments(
        [
          {
            a: 'Walt K',
            t: "Call Ray Dufresne. One man show, been doing furnaces around here 30 years. He fixed ours on Christmas Eve and charged us $140 when the big outfit wanted to sell us a new unit. His cell is 419-555-0162, text him first he's usually under a house somewhere.",
          },
        ],
      )}`,
    },
    {
      name: "a nonprofit counselor's work cell, passed on by a reader she helped: an organisation's helper",
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Nina R',
          t: 'The nonprofit counselor at the agency, Joan Perry, walked me through the hardship calls. Text her work cell 937-555-0118, she said it was fine to pass it on.',
          when: '2 days ago',
        },
      ])}`,
    },
    {
      name: '社大理財課老師的 LINE,由同班學員轉貼:學校的課,不是把人引給私人',
      html: `${ARTICLE_ZH}${comments([
        {
          a: '露露',
          t: '我也是社大這班的！周老師說結業以後有問題可以傳LINE問她：meiling.chou0612，她有空才回。',
          when: '3天前',
        },
      ])}`,
    },
    {
      name: '信贷员在评论里留自己的工作手机:是他本人的电话,不是把人引给第三者',
      html: `${ARTICLE_ZH}${comments([
        {
          a: '县农商行-小谭',
          t: '各位好,我是县农商行普惠金融部负责养殖贷款的客户经理。本县猪友咨询可以打我工作手机 139 7381 0526,或者来营业部。',
        },
      ])}`,
    },
    {
      name: "a reader who names her doctor and then gives her own number: the line is hers, not the doctor's",
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Ray K',
          t: 'The scan was stable. Dr. Anand wants to keep the same pills and add an infusion every four weeks. If you can drive one Thursday, just call or text me, 419-555-0137.',
          when: '3 days ago',
        },
      ])}`,
    },
    {
      name: '自稱「專員」的人被當成笑話提起,留言者只留自己的賴約聚會',
      html: `${ARTICLE_ZH}${comments([
        {
          a: '不再單抽',
          t: '接到兩通自稱「整合專員」的電話,說先收規費,直接掛。每月在北屯咖啡店小聚,想來的可以加我賴 nodraw_tc88,我老婆的 yuchen_wife520 也可以加。',
          when: '2天前',
        },
      ])}`,
    },
    {
      name: "a commenter gives a loan officer's office number with her extension",
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Marcy',
          t: 'Ask for Ms. Dana Whitcombe in the loan department. You can reach her at (717) 555-0161, ext. 214.',
          when: '3 days ago',
        },
      ])}`,
    },
    {
      name: '分行總機加分機號(總機,不是私人號碼)',
      html: `${ARTICLE_ZH}${comments([
        { a: '阿凱', t: '我是打去台中分行總機 04-2322-5501 轉 306 找陳襄理,她幫我把利率調下來。', when: '2天前' },
      ])}`,
    },
    {
      name: "a commenter points readers to a charity's toll-free line",
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Dana',
          t: 'Please call a nonprofit counselor first. Call them on 1-800-388-2227, they are free.',
          when: '2 days ago',
        },
      ])}`,
    },
    {
      name: "a commenter gives a firm's address at its own domain",
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Rob',
          t: 'Contact this company at help@northfieldcredit.org, their adviser sorted my plan.',
          when: '4 days ago',
        },
      ])}`,
    },
    {
      name: 'a referral to a private line on a page that is not about money',
      html: `<article><h1>Fixing a noisy boiler</h1><p>Bleed the radiators first.</p></article>${comments([
        { a: 'Ann', t: 'Our plumber is great, call him on 07700 900456.', when: '5 days ago' },
      ])}`,
    },
    {
      name: 'a commenter who calls the referral out',
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Lee',
          t: 'Someone said contact him on WhatsApp +1 415 555 0182. This is a scam, do not pay.',
          when: '1 day ago',
        },
      ])}`,
    },
    {
      name: 'a commenter gives her own WeChat, sending no one to a third person',
      html: `${ARTICLE_ZH}${comments([{ a: '小敏', t: '我也在协商,想交流的可以加我微信 xiaomin_2024 一起想办法' }])}`,
    },
    {
      name: '回复的第一行是自己的身份牌(支行个贷客户经理),下面留自己的工作微信:不是把人推给第三者',
      html: `${ARTICLE_ZH}<section><h3>群消息</h3><ul>
        <li><p>外部 · 城东支行 个贷客户经理</p><p>需要当面算一下的，可以加我工作微信 danjing_cd 约个时间来支行，带身份证和贷款合同。</p><p><span>11-20 10:02</span></p></li>
        <li><p>人事部 · 薪酬组</p><p>公积金贷款的额度问题可以直接问公积金中心，我们这边只出收入证明。</p><p><span>11-20 10:15</span></p></li>
      </ul></section>`,
    },
    {
      name: "a church's office line for a free money class (an office's desk, not a person's line)",
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Denise W',
          t: 'Our church runs a free money class in January, a retired credit union loan officer teaches it. Call the church office at 314-555-0177 to sign up.',
          when: 'Nov 28',
        },
      ])}`,
    },
  ],
  invalid: [
    {
      name: "a dealer's own 'quote today 38.5' beside a line is no tradesman's quote",
      html: `<article><h1>未上市股票行情</h1><p>盘商报价仅供参考。</p></article>${comments([
        { a: '阿明', t: '这支还买得到吗？' },
        { a: '老陈', t: '找王经理，他今日报价38.5，加他LINE rj_stock168，说是行情站来的' },
      ])}`,
      messages: ['ev_referral_private_line'],
    },
    {
      name: "a friend from church (the way in, not the helper's organisation) sends readers to a pool manager's private line",
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Bonnie W',
          t: 'A friend from church brought me to Ottilie, she runs a small member pool. Text her on 614-555-0183 and say Bonnie sent you.',
          when: '18d',
        },
      ])}`,
      messages: ['ev_referral_private_line'],
    },
    {
      name: 'an answer that opens with "report it to the police first", then sends the asker to a tracer\'s Telegram',
      html: `${ARTICLE_ZH}${comments([
        {
          a: '追风的老K',
          t: '先报警，这一步一定要做。但说实话，等警方追回来周期很长。题主可以去问问周工，他的飞机：@zhougong_trace，把转账记录整理好发给他。',
          when: '3天前',
        },
        { a: '潇潇暮雨', t: '谢谢，我去问问', when: '2天前' },
      ])}`,
      messages: ['ev_referral_private_line'],
    },
    {
      name: "a helper's 'office' that is a text-only mobile (his office is …), on a money page",
      html: `${ARTICLE_EN}${comments([
        {
          a: 'cousinlenora_h',
          t: 'Contact Mr. Dell Ebbert, he found the land money for our side of the family. His office is 919-555-0172, it is text only.',
          when: 'Apr 2',
        },
      ])}`,
      messages: ['ev_referral_private_line'],
    },
    {
      name: "a reader whose letter the page printed, sending readers to an agent's cell in the comments",
      html: `<article><h1>Readers respond: getting back tax-sale surplus money</h1><p>I was helped by a private agent and would not have my money without him. &mdash; Denise Marchetti, Eastfield Township</p><p>The county filled in the form with me for free. &mdash; Ruth Oyelaran, Port Marlow</p></article>${comments(
        [
          { a: 'Ruth Oyelaran', t: 'Denise, who was your man? The county never calls me back.', when: '2 days ago' },
          {
            a: 'Denise Marchetti',
            t: 'Hi Ruth, his name is Curtis. His cell is (313) 555-0162, tell him Denise from Eastfield sent you.',
            when: '2 days ago',
          },
        ],
        'Comments',
      )}`,
      messages: ['ev_referral_private_line'],
    },
    {
      name: "a reader links a third person's WhatsApp instead of writing the number",
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Donna P',
          t: 'Claire filed mine, she knows the insurers inside out. Message her here: <a href="https://wa.me/14805550193">Claire on WhatsApp</a>',
          when: '3 days ago',
        },
      ])}`,
      messages: ['ev_referral_private_line'],
    },
    {
      name: "a reader who names a doctor and gives the doctor's line",
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Ray K',
          t: 'The scan was stable. Dr. Anand wants to keep the same pills and add an infusion every four weeks. If you need him, call or text him at 419-555-0137.',
          when: '3 days ago',
        },
      ])}`,
      messages: ['ev_referral_private_line'],
    },
    {
      name: '评论者的名字只在评论区外以 @ 提到(不是发布者本人)',
      html: `${ARTICLE_ZH}<aside><p>最近被提到：@Aurora_链上 @西瓜头</p></aside>${comments([
        { a: '老K在成都', t: '我爸在一个站上充了 21 万,现在提不出来,还有办法吗', when: '3天前' },
        {
          a: 'Aurora_链上',
          t: '做这块的是林工,你在纸飞机上找他:@ChainBack_Lin 备注老友记,他会先免费帮你看。',
          when: '3天前',
        },
      ])}`,
      messages: ['ev_referral_private_line'],
    },
    {
      name: "a commenter gives a loan officer's number with no extension",
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Marcy',
          t: 'Ask for Ms. Dana Whitcombe in the loan department. You can reach her at (717) 555-0161 any time.',
          when: '3 days ago',
        },
      ])}`,
      messages: ['ev_referral_private_line'],
    },
    {
      name: "a reader sends others to a third person's WhatsApp",
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Wanjiku',
          t: 'Text him on WhatsApp +254 712 555 019, he will explain everything about the limit.',
          when: '3 hours ago',
        },
      ])}`,
      messages: ['ev_referral_private_line'],
    },
    {
      name: "a reader passes a teacher's WeChat on a debt page",
      html: `${ARTICLE_ZH}${comments([{ a: '老周', t: '不懂的可以加她微信 zhou_laoshi66 问问,她专门弄这个的' }])}`,
      messages: ['ev_referral_private_line'],
    },
    {
      name: "a reader passes a man's Signal username",
      html: `${ARTICLE_EN}${comments([
        { a: 'Mick', t: 'Reach out to this guy, his Signal is mick_helps.88, no calls.', when: '1 week ago' },
      ])}`,
      messages: ['ev_referral_private_line'],
    },
  ],
});
