import { ARTICLE_EN, ARTICLE_ZH, comments, testSignal } from '../../tests/helpers/signal-tester';
import { calledOut } from './called-out';

const PITCH_EN = {
  a: 'benefits_navigator',
  t: 'We set things up before you file so the savings do not count. Text me at 865-555-0148 and I will send the intake sheet.',
  when: '2 days ago',
};
const PITCH_ZH = { a: 'Hetao_Q', t: '组里开放了几个跟投位,按月结,想看实盘的加微信 hetao_desk88 聊。', when: '3天前' };

testSignal(calledOut, {
  valid: [
    {
      name: 'a reply that reports what others shout (一提加微信就有人喊骗子) accuses nobody itself',
      html: `${ARTICLE_ZH}${comments([
        { a: '阳阳妈', t: '楼主你那个写给银行的情况说明能不能分享一下？我不知道怎么写' },
        {
          a: '米粒妈',
          t: '回复 @阳阳妈 ：帖子里发不了文档，模板放我微信里了，需要的可以加我 mili_ma2019，我直接发你word。',
        },
        { a: '晨晨家的', t: '回复 @米粒妈 ：哈哈你这个声明好真实。现在评论区一提加微信就有人喊骗子' },
      ])}`,
    },
    {
      name: "a reader's general warning under the opening post is no call-out of the line its writer gives further down",
      html: comments([
        {
          a: '钱钱小财女',
          t: '逾期九个月，我自己跟四家银行谈下来了，流程全记录。每家都是自己打官方客服电话，申请个性化分期，没找任何中介。',
          replies: [
            { a: '栗子不是梨子', t: '谢谢博主！我上个月也是照着这个思路打的中信，第二次坐席直接给我转了协商部门' },
            {
              a: '番茄炒蛋要放糖',
              t: '提醒一句，评论区或者私信里有人说可以帮你全权代理协商的，收几千块前期费的，千万别信，我朋友被骗了六千',
            },
            { a: 'Momo今天不加班', t: '收藏了，我建行那张正在谈' },
            { a: '老李在搬砖', t: '如果银行就是不同意怎么办？我谈了五次了' },
            { a: '是周周不是粥粥', t: '想问博主：你的微信是主页那个吗？我们公司想请你来讲一次征信' },
            { a: '钱钱小财女', t: '是的，微信 qianqian_xiaocainv 是我工作微信，可以联系。' },
          ],
        },
      ]),
    },
    {
      name: 'a reader disagrees with the pitch but accuses nobody',
      html: `${ARTICLE_EN}${comments([{ ...PITCH_EN, replies: [{ a: 'Gunny', t: 'I think you are wrong about the look-back period.' }] }])}`,
    },
    {
      name: 'a reader calls out a different comment, not the one with the contact',
      html: `${ARTICLE_EN}${comments([
        PITCH_EN,
        {
          a: 'Renata',
          t: 'Thank you all for the advice.',
          replies: [{ a: 'Gunny', t: 'Renata, that last spam bot got reported.' }],
        },
      ])}`,
    },
    {
      name: 'the pusher calls others fake in his own comment',
      html: `${ARTICLE_ZH}${comments([{ ...PITCH_ZH, t: `${PITCH_ZH.t} 别信那些骗子,认准我。` }])}`,
    },
    {
      name: 'a reader calls out a bank hotline (an organisation line, not a private one)',
      html: `${ARTICLE_ZH}${comments([
        {
          a: '小王',
          t: '直接打发卡行客服 95588 申请分期。',
          replies: [{ a: '老李', t: '回复 小王:别信,客服只会让你先还最低。' }],
        },
      ])}`,
    },
    {
      name: 'a page that is not about money',
      html: `<article><h1>Fixing a noisy boiler</h1><p>Bleed the radiators first.</p></article>${comments([
        {
          a: 'plumber_dave',
          t: 'Text me at 07700 900456 and I can come round Tuesday.',
          replies: [{ a: 'Ann', t: 'plumber_dave is a scam, he never showed up.' }],
        },
      ])}`,
    },
    {
      name: 'a reader warns the asker before anyone pushed a line under the question',
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Rudy',
          t: 'Is there any way to get my pension back-dated? My credit union says it was too long ago.',
          replies: [
            { a: 'Ellen', t: 'Rudy, please do not pay anyone to file this, it is a scam when they ask up front.' },
            { ...PITCH_EN, a: 'benefits_navigator' },
          ],
        },
      ])}`,
    },
    {
      name: 'the asker answers himself under his own question after the push',
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Rudy',
          t: 'Is there any way to get my pension back-dated? My credit union says it was too long ago.',
          replies: [
            PITCH_EN,
            { a: 'Rudy', t: 'Thank you all. I will not send anybody money, this looks like a scam to me.' },
          ],
        },
      ])}`,
    },
    {
      name: 'a warning to the asker in words that accuse nobody',
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Rudy',
          t: 'Is there any way to get my pension back-dated? My credit union says it was too long ago.',
          replies: [PITCH_EN, { a: 'Ellen', t: 'Rudy, be careful with people who rush you, ask your daughter first.' }],
        },
      ])}`,
    },
  ],
  invalid: [
    {
      name: 'a Cantonese reply names the pusher and says the offer cheats readers of a fee (呃手續費)',
      html: `${ARTICLE_ZH}${comments([
        {
          a: '嘉敏',
          t: '後來搵咗個做出款嘅師傅阿Ken，拎返十五萬。可以問下佢，WhatsApp 5 6 2 1 0 9 4 8，講係01睇到就得',
          when: '3天前',
        },
        { a: '湯米', t: '@嘉敏 篇新聞寫到明有人話識「技術出款」再呃手續費，你喺度推就係呢種', when: '2天前' },
      ])}`,
      messages: ['ev_called_out_by_reader'],
    },
    {
      name: 'a reply to the pitch calls it a scam',
      html: `${ARTICLE_EN}${comments([{ ...PITCH_EN, replies: [{ a: 'Gunny', t: 'This is a scam. Do not pay anyone to file a pension claim.' }] }])}`,
      messages: ['ev_called_out_by_reader'],
    },
    {
      name: '另一位读者点名说留微信的人是骗子',
      html: `${ARTICLE_ZH}${comments([
        PITCH_ZH,
        { a: '老韭菜不割了', t: 'Hetao_Q 这就是场外配资的老套路,骗子,大家别加。' },
      ])}`,
      messages: ['ev_called_out_by_reader'],
    },
    {
      name: '读者在推号人自己的帖子下劝人先打 96110',
      html: `${ARTICLE_ZH}${comments([
        // the warning answers the pusher's post; the line itself is in the pusher's reply to another reader
        {
          a: 'Hetao_Q',
          t: '组里开放了几个跟投位,按月结,名额有限。',
          replies: [{ a: '老李', t: '阿姨先别转钱,先打96110问问。' }],
        },
        { a: '小美', t: '怎么加?', replies: [{ a: 'Hetao_Q', t: '加微信 hetao_desk88 聊。' }] },
      ])}`,
      messages: ['ev_called_out_by_reader'],
    },
    {
      name: 'a reader warns the asker under the same question, after the push',
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Rudy',
          t: 'Is there any way to get my pension back-dated? My credit union says it was too long ago.',
          replies: [
            PITCH_EN,
            {
              a: 'Ellen',
              t: 'Rudy, please don\'t. Anyone who wants a fee up front to "file" for you is running the second scam.',
            },
          ],
        },
      ])}`,
      messages: ['ev_called_out_by_reader'],
    },
    {
      name: '推号之后,另一位读者在同一个提问下劝提问的人别先交钱',
      html: `${ARTICLE_ZH}${comments([
        {
          a: '秀兰',
          t: '我的工龄档案找不到了,怎么办?',
          replies: [PITCH_ZH, { a: '老周', t: '秀兰,不要先交钱,说能帮你补年限收钱的都是诈骗。' }],
        },
      ])}`,
      messages: ['ev_called_out_by_reader'],
    },
    {
      name: 'a reader tells the asker the push under his question is a scam',
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Rudy',
          t: 'Is there any way to get my pension back-dated? My credit union says it was too long ago.',
          replies: [PITCH_EN, { a: 'Gunny', t: 'Rudy, this is a scam. Call the pension office yourself.' }],
        },
      ])}`,
      messages: ['ev_called_out_by_reader'],
    },
  ],
});
