import { describe, expect, it } from 'vitest';
import { ARTICLE_ZH, comments, detect, testSignal } from '../../tests/helpers/signal-tester';
import { hiddenContact } from './hidden-contact';
import { plantedThread } from './planted-thread';

const EXCUSED = comments([
  { a: '还不上了', t: '信用卡逾期四个月，每天被催，谁有办法？' },
  {
    a: '上岸的老刘',
    t: '我也是找老师协商好的。这里发完整的会被删，分开发给你。孙老师微信前面是 sunls，后面跟我说的那个数。',
  },
  { a: '还不上了', t: '加上了，谢谢老哥！' },
]);

testSignal(hiddenContact, {
  valid: [
    { name: 'ordinary repayment advice', html: ARTICLE_ZH },
    {
      name: 'a handle written out is for the handle signals',
      html: comments([{ a: '老刘', t: '找孙老师协商的，加老师微信 sunls2024 就行。' }]),
    },
    {
      name: "a reader who describes the pusher's id in part and has reported it",
      html: comments([
        { a: '退休老会计', t: '这两天私信里收到好几条，说是什么“实盘群”的助理，让加微信进群领金股。我没加。' },
        {
          a: '今天也没回本',
          t: '回复 @退休老会计：我也收到了，那个助理的微信号开头是 lijs 后面一串数字，头像是个穿西装的。已经点了举报。',
        },
      ]),
    },
    {
      name: 'a warning that quotes the trick',
      html: comments([
        {
          a: '反诈志愿者',
          t: '警惕！骗子常说“这里发完整的会被删”，再把微信号拆开发，千万别加。',
        },
      ]),
    },
    {
      name: 'an instruction in the article, not a comment',
      html: '<article><p>关注公众号后，把文件名全部小写，发到我们的客服微信公众号。</p></article>',
    },
    {
      name: "a reader telling of the scam's trick (把手机号换成他们的): no id to assemble",
      html: comments([{ a: '读者', t: '我同事找了代理退保，收了35%服务费，还要把手机号换成他们的，太可怕了。' }]),
    },
    {
      name: 'a neighbour who will not leave her number',
      html: comments([{ a: '3栋王姐', t: '我的电话不方便留，有事问物业，微信群里也能找到我。' }]),
    },
  ],
  invalid: [
    {
      name: 'an excuse for the platform, then the number read all the same (谐音)',
      html: comments([
        { a: '小满', t: '父亲去世了，银行说没有公证不能取他的存款，怎么办？' },
        {
          a: '知了答主',
          t: '平台不让留数字，我用谐音写一下：依妻吧 伞溜儿酒 舞铃依寺（手机，微信同号），加的时候备注“问知了”。',
        },
      ]),
      messages: ['ev_hidden_contact_given'],
    },
    { name: 'an id handed over in pieces, with the excuse', html: EXCUSED, messages: ['ev_hidden_contact_given'] },
    {
      name: 'a WhatsApp number to complete with a prefix',
      html: comments([{ a: 'Sam', t: '呢度唔俾出電話，你 WhatsApp 搵 Miss Cheung，記得前面加 852，話係我介紹。' }]),
      messages: ['ev_hidden_contact_given'],
    },
    {
      name: 'an English shill who cannot post the number',
      html: comments(
        [
          {
            a: 'Brenda K.',
            t: "Agent Hale got my funds back. I can't post numbers here, they get deleted. WhatsApp him, it's his name all one word.",
          },
        ],
        'Comments',
      ),
      messages: ['ev_hidden_contact_given'],
    },
  ],
});

describe('a hidden contact in a planted thread', () => {
  it('hands the line over in the arc, though no handle is read', () => {
    const e = detect(plantedThread, EXCUSED);
    expect(e.map((x) => x.message)).toEqual(['ev_planted_thread_arc']);
  });
});
