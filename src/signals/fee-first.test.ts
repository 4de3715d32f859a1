import { ARTICLE_EN, ARTICLE_ZH, comments, testSignal } from '../../tests/helpers/signal-tester';
import { feeFirst } from './fee-first';

const ASK_EN = {
  a: 'Keisha W.',
  t: 'Four places denied me because of the old filing. Is there anything I can do?',
  when: 'Nov 15',
};
const PUSH_EN = {
  a: 'Nate P.',
  t: 'What fixed it for me was Tasha, she got mine taken off all three screening companies. Text her at 469-555-0162, tell her Nate sent you.',
  when: 'Nov 15',
};
const ASK_ZH = { a: '秀兰', t: '我的工龄档案找不到了,退休时就没算,怎么办?', when: '3月3日' };
const PUSH_ZH = {
  a: '桂香',
  t: '我们厂的老姐妹都是找小邬补上的,你直接打电话 150 0713 2846,就说是桂香介绍的。',
  when: '3月3日',
};

/** A commenter who answers every asker with her own line and sells a timeshare exit in her own words. */
const SELLER_EN = (fee: string, bait = ' The proper way is a legal release of the deed.') =>
  `${ARTICLE_EN}${comments([
    {
      a: 'Sheila',
      t: "The resort is billing my late mother's estate. Is there any way out of this?",
      when: 'Nov 15',
      replies: [
        { a: 'Deborah L.', t: 'I handle estate transfers out of timeshares. Call me directly at 407-555-0147.' },
      ],
    },
    {
      a: 'Frank',
      t: 'Can they really go after a 78 year old who stops paying?',
      when: 'Nov 15',
      replies: [{ a: 'Deborah L.', t: `Please don't stop paying.${bait} ${fee}` }],
    },
  ])}`;

testSignal(feeFirst, {
  valid: [
    {
      name: 'a commenter who gives her own line and a retainer up front, selling no scheme (a lawyer answering)',
      html: SELLER_EN('My office takes a flat retainer up front.', ' The proper way is to talk to the resort.'),
    },
    {
      name: 'the helper is pushed but nobody says money goes first',
      html: `${ARTICLE_EN}${comments([{ ...ASK_EN, replies: [PUSH_EN, { a: 'Jolene', t: 'Tasha did mine too, she is a lifesaver.' }] }])}`,
    },
    {
      name: 'the asker asks whether money goes first',
      html: `${ARTICLE_EN}${comments([
        {
          ...ASK_EN,
          replies: [PUSH_EN, { a: 'Keisha W.', t: 'Do you have to pay $350 up front before she does anything?' }],
        },
      ])}`,
    },
    {
      name: 'a reader warns that such helpers take money up front (a warning, not an account)',
      html: `${ARTICLE_EN}${comments([
        {
          ...ASK_EN,
          replies: [
            PUSH_EN,
            {
              a: 'Marcus',
              t: 'Nobody can charge you a fee up front for this, it is a scam. Dispute it yourself for free.',
            },
          ],
        },
      ])}`,
    },
    {
      name: 'money first in a thread where nobody pushes a private line',
      html: `${ARTICLE_EN}${comments([
        {
          ...ASK_EN,
          replies: [{ a: 'Luis', t: 'My lawyer took a $500 retainer up front and got it sealed in a month.' }],
        },
      ])}`,
    },
    {
      name: '一位读者只说自己家先付了房租(没有人推联系方式)',
      html: `${ARTICLE_ZH}${comments([{ ...ASK_ZH, replies: [{ a: '老胡', t: '我们每个月先付房租,剩下的再存起来。' }] }])}`,
    },
    {
      name: '文章自己给了号,先付钱的话出自一位没说过成功的读者',
      html: `<article><h1>征信上有逾期记录,只能等五年吗?</h1><p>个人征信问题一对一分析,可加QQ:2871603945</p></article>${comments(
        [{ a: '海淀老李', t: '我们小区物业也是先付一半,修好了再付剩下的。' }],
      )}`,
    },
    {
      name: 'the one who pushes the line says nothing is paid first',
      html: `${ARTICLE_EN}${comments([
        { ...ASK_EN, replies: [{ ...PUSH_EN, t: `${PUSH_EN.t} No application fee, nothing up front.` }] },
      ])}`,
    },
    {
      name: '推号的人自己说不用先交钱',
      html: `${ARTICLE_ZH}${comments([
        { ...ASK_ZH, replies: [{ ...PUSH_ZH, t: `${PUSH_ZH.t}他不用先交钱,办好了再说。` }] },
      ])}`,
    },
  ],
  invalid: [
    {
      name: 'a commenter who sells a scheme and gives her own line says the fee is paid at the start, in another thread',
      html: SELLER_EN('My office does it for a flat fee paid at the start.'),
      messages: ['ev_fee_first_private_line'],
    },
    {
      name: 'a reader who vouches for the helper says a filing fee is paid before the claim is lodged',
      html: `${ARTICLE_EN}${comments([
        {
          ...ASK_EN,
          replies: [
            PUSH_EN,
            {
              a: 'Rev. Odom',
              t: 'She helped me too, I got $12,400 back on my old policy. There is a $975 filing fee the regulators require before the claim is lodged.',
            },
          ],
        },
      ])}`,
      messages: ['ev_fee_first_private_line'],
    },
    {
      name: 'the pusher says half goes up front by a payment app',
      html: `${ARTICLE_EN}${comments([
        {
          ...ASK_EN,
          replies: [PUSH_EN, { a: 'Nate P.', t: 'Half up front by Cash App, half when the reports come back clean.' }],
        },
      ])}`,
      messages: ['ev_fee_first_private_line'],
    },
    {
      name: 'a reader who vouches for the helper says the fee comes back in the refund',
      html: `${ARTICLE_EN}${comments([
        {
          ...ASK_EN,
          replies: [
            PUSH_EN,
            {
              a: 'Dennis',
              t: 'She helped me too, my eviction was removed in 10 days. There is a $175 filing fee, which you get back in the settlement.',
            },
          ],
        },
      ])}`,
      messages: ['ev_fee_first_private_line'],
    },
    {
      name: '推号的人说先收材料钱',
      html: `${ARTICLE_ZH}${comments([
        { ...ASK_ZH, replies: [{ ...PUSH_ZH, t: `他先收三千八的材料钱,待遇调上去了再分一半。${PUSH_ZH.t}` }] },
      ])}`,
      messages: ['ev_fee_first_private_line'],
    },
    {
      // the column's author card gives his QQ; in another thread a reader who told of his own success says
      // money goes first when asked the price
      name: '文章自己推号,另一楼里说过成功的读者回答价钱时说先付一半',
      html: `<article><h1>征信上有逾期记录,只能等五年吗?</h1><p>逾期记录有特殊情况的可以申请异议处理。</p><p>个人征信问题一对一分析,可加QQ:2871603945</p></article>${comments(
        [
          {
            a: '投资小白菜',
            t: '去年房贷被拒找的邵老师,两条逾期,材料是他们团队整理的,两个月后报告上没了,今年房贷批了。',
            replies: [
              { a: '海淀老李', t: '回复 @投资小白菜:多少钱?' },
              { a: '投资小白菜', t: '回复 @海淀老李:一条逾期按条收费,先付一半,成功再付剩下的。' },
            ],
          },
        ],
      )}`,
      messages: ['ev_fee_first_private_line'],
    },
  ],
});
