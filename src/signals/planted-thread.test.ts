import { comments, forum, testSignal } from '../../tests/helpers/signal-tester';
import { plantedThread } from './planted-thread';

/** a personal space: the owner's post, a reader asks for her number, she gives it in reply, the reader thanks her */
const ownSpace = (post: string) =>
  `<article><h1>港股打新心得</h1><p>作者:郭姐说港股打新</p></article>${comments([
    { a: '郭姐说港股打新', t: post },
    { a: '晚霞满天', t: '请问小号是多少?想试试' },
    { a: '郭姐说港股打新', t: '回复 晚霞满天:QQ小号 284603915,加的时候验证写打新。' },
    { a: '晚霞满天', t: '回复 郭姐说港股打新:加了,谢谢郭姐' },
  ])}`;

testSignal(plantedThread, {
  valid: [
    {
      name: "the line handed over is a nonprofit counsellor's, and the comment that gives it says so",
      html: comments([
        {
          a: 'big.earl.says',
          t: 'Seven cards here and I could not face seven phone calls. I went to a nonprofit credit counseling agency and she helped me get all seven on a plan.',
          replies: [
            { a: 'tanya_m', t: 'Can you share her number? I am two months behind.' },
            {
              a: 'big.earl.says',
              t: 'Sure, Ms. Denise at the nonprofit agency, call or text her cell 816-555-0176. Tell her Earl sent you.',
            },
            { a: 'tanya_m', t: 'Thank you so much, calling Monday.' },
          ],
        },
      ]),
    },
    {
      name: 'a member who negotiated with her banks herself shares her own WeChat to send her template, free (不收钱)',
      html: comments([
        {
          a: '小满在记账',
          t: '我打了三家银行的客服电话自己谈的个性化分期，建行36期，交行24期。我写了一份申请书模板，不收钱哈，想要的可以加我微信 man-man_notes 我发文档。',
          replies: [
            { a: '川贝枇杷膏', t: '求模板！我逾期四个月了，不知道怎么开口' },
            { a: '小满在记账', t: '回复 川贝枇杷膏：加我微信 man-man_notes 我发你文档，不收钱。' },
            { a: '川贝枇杷膏', t: '加了，模板很好用，我照着打了中行客服电话，批了36期，真的谢谢你' },
          ],
        },
      ]),
    },
    {
      name: "neighbours pass round a plumber's LINE in a thread where others report a loan spammer (貸款廣告…被檢舉掉了)",
      html: comments([
        {
          a: '雯雯在台中',
          t: '樓上浴室漏水滲到我家天花板，大家有推薦的水電師傅嗎？',
          replies: [
            { a: '許爸', t: '推阿凱師傅！收費很清楚，會先講價錢再動工。他賴是 akai.shuidian，說在Threads看到的就好' },
            { a: '雯雯在台中', t: '@許爸 謝謝！我來問問看' },
            { a: 'ting_ting.cat', t: '剛剛樓上那個是貸款廣告吧 被檢舉掉了 哈哈' },
            { a: '雯雯在台中', t: '加了，阿凱師傅說明天來看，謝謝許爸' },
          ],
        },
      ]),
    },
    {
      name: "a school counsellor's work LINE passed on with her leave, the comment naming her school's counselling office",
      html: comments([
        {
          a: '原PO',
          t: '帳戶被列警示九個月，最後不起訴、解除了。謝謝林律師，也謝謝學校輔導室的周老師一路陪我做筆錄。',
          replies: [
            { a: 'B9', t: '原PO可以私訊問一下周老師的聯絡方式嗎？我們學校輔導室很難約。' },
            {
              a: '原PO',
              t: 'B9 我問過周老師了，她說可以，她的公務LINE是 chou.counsel.nchu ，不過外校的同學她只能給方向，真正陪同還是要找自己學校輔導室或法扶喔。',
            },
            { a: 'B9', t: '謝謝原PO！' },
          ],
        },
      ]),
    },
    {
      name: "neighbours pass round a plumber's LINE for a ceiling leak: asked for, handed over, thanked",
      html: comments([
        {
          a: '雯雯在台中',
          t: '樓上浴室漏水滲到我家天花板，管委會叫我自己找師傅，大家有推薦的水電嗎？',
          replies: [
            { a: '許爸', t: '推阿凱師傅！我家熱水器跟馬桶都是他弄的，收費很清楚，先報價再動工。' },
            { a: '雯雯在台中', t: '@許爸 可以給我聯絡方式嗎？想先問報價' },
            { a: '許爸', t: '他賴是 akai.shuidian，說在這裡看到的就好' },
            { a: '雯雯在台中', t: '@許爸 謝謝許爸！！我加了，禮拜六來看' },
          ],
        },
      ]),
    },
    {
      name: 'the owner of a personal space who sells nothing gives her number to a reader who asks',
      html: ownSpace('今天去公园走了两万步,身体是革命的本钱。'),
    },
    {
      name: 'the publisher answers a resident with its staff WeChat, another resident states his own number',
      html: `<article><h1>关于物业费催缴及分期缴纳的通知</h1><p>发布:锦绣澜湾物业服务中心</p><p>确有困难的业主可申请分期。</p></article>${comments(
        [
          { a: '陈阿姨', t: '我老伴住院花了不少钱,两年没交了,分期是真的可以吗?要去哪里办?' },
          { a: '锦绣澜湾物业服务中心', t: '可以的阿姨,您直接加钱管家微信 jlwy_qianlp 说一下房号' },
          { a: '陈阿姨', t: '加上了,钱管家说明天过来,谢谢。' },
          { a: '小林', t: '提醒大家,有人冒充物业发收款码,说扫码交物业费打九折,千万别扫。' },
          { a: '徐建国', t: '补充一下,我是业委会主任,电话 158 6713 0274,周末也在' },
          { a: '何女士', t: '起诉这个写得有点吓人了吧' },
        ],
      )}`,
    },
    {
      name: 'a genuine thread with disagreement',
      html: comments([
        {
          a: '老张',
          t: '我逾期了三个月,自己打银行电话协商成功了',
          replies: [
            { a: '小王', t: '能说说怎么谈的吗' },
            { a: '老张', t: '就是说明真实情况,银行给我分了12期' },
            { a: '路人', t: '别信那些收费的中介,都是骗子' },
          ],
        },
      ]),
    },
    {
      name: 'a friendly thread with thanks and no contact',
      html: comments([
        { a: 'Ann', t: 'Great recipe!', replies: [{ a: 'Bo', t: 'Thanks so much, glad you liked it' }] },
      ]),
    },
    {
      name: 'an official number passed around',
      html: comments([
        {
          a: '甲',
          t: '逾期了怎么办',
          replies: [
            { a: '乙', t: '打法律援助热线12348问问' },
            { a: '甲', t: '谢谢' },
          ],
        },
      ]),
    },
    {
      name: 'a forum topic: a debtor in pain, a number mentioned in passing, thanks at the end',
      html: forum([
        { a: '欠债的阿明', t: '逾期八个月,被起诉了,欠了六万多,不知道怎么办' },
        { a: '老会计', t: '先去法律援助中心问问,别找网上收费的' },
        { a: '路过的小王', t: '我以前加过一个扣扣 2231887705 说能停息,交了钱就联系不上了' },
        { a: '热心网友', t: '起诉了也可以和法院调解,分期还' },
        { a: '欠债的阿明', t: '谢谢各位,明天就去问' },
      ]),
    },
    {
      name: 'a help thread: the asker in pain, a contact offered in reply, the asker thanks (no ask for it, no success story)',
      html: `<article><h1>被裁员了，房贷怎么办</h1><p>上周整个组被裁，赔偿拿到了，房贷每月八千多。</p></article>${comments(
        [
          {
            a: '阿杰',
            t: '同样被裁了三个月，房贷压力很大，每天睡不着',
            replies: [
              { a: '龚工', t: '我们几个被裁的拉了个互助群，每周交流面试，加我微信 gong_mianshi 进群' },
              { a: '阿杰', t: '已加，谢谢！' },
            ],
          },
        ],
      )}`,
    },
    {
      name: "a member's money back through the police, told before another member gives her support group's WeChat, and a reader calling out a pusher",
      html: comments([
        {
          a: '安安妈',
          t: '被刷单骗的钱回来了！全程只找了警察，昨天收到了法院发还的2.2万，没有交过任何追款费。还有人在我的笔记下面假装受害者说被谁谁追回了，我一个都没加。',
          replies: [
            { a: '菜菜子', t: '刚刚也有人@我说“某顾问帮她追回了”，点进去主页一条笔记都没有，果然是托。' },
            {
              a: '小七',
              t: '我前年也被刷单骗过一万多，没追回来。我们几个被骗过的宝妈有个小群，不追款不收钱，需要的话加我微信 naicha_xiaoqi',
            },
            { a: '土豆', t: '加了，谢谢小七' },
          ],
        },
      ]),
    },
    {
      name: "an answerer's WeChat, a reader's thanks, a reader's story of a team that took her money and did nothing, and a sceptic",
      html: comments([
        {
          a: '保单体检员苏晴',
          t: '“全额退保”基本不存在。如果需要我帮你免费看一眼保单，可以加我微信 suqing_baodan，不收钱。',
          replies: [
            { a: '暖暖的小太阳', t: '减额交清这个真的没人跟我说过！谢谢答主。' },
            { a: '一只理性的猫', t: '经纪人免费看保单，最后大概率还是想卖你新的，大家自己心里有数。' },
            {
              a: '小区团购群主',
              t: '我去年就是找了个维权团队，说能全额退，先收了我三千，最后什么都没退，三千也没了。',
            },
          ],
        },
      ]),
    },
  ],
  invalid: [
    {
      name: 'a "master" credited with the debt a thread speaks of (张师傅 and 停息挂账): still the script',
      html: forum([
        { a: '上岸的阿强', t: '逾期两年终于上岸了,是张师傅帮我谈的停息挂账,有需要的加他微信 zhangsf8866' },
        { a: '夜猫子', t: '恭喜,我现在欠了十一个平台' },
        { a: '细雨', t: '张师傅微信加不上,还有别的联系方式吗' },
        { a: '上岸的阿强', t: '回复 细雨 :直接加张师傅扣扣 2960518337' },
        { a: '小鹿', t: '张师傅很负责的,我的两个平台已经谈下来了' },
      ]),
      messages: ['ev_planted_thread_arc'],
    },
    {
      name: 'the owner of a personal space sells a scheme in her post and gives her number to the reader who asks',
      html: ownSpace('我们走的是机构配售剩下的额度,相当于预留席位,下周还有两只,额度有限。'),
      messages: ['ev_planted_thread_arc'],
    },
    {
      name: 'a forum topic that plays the script across floors',
      html: forum([
        { a: '岸上的风', t: '逾期两年终于上岸了,是王老师团队帮我谈的,有需要的进群,扣扣群 738221905' },
        { a: '夜猫子', t: '恭喜楼主,我现在欠了十一个平台' },
        { a: '细雨', t: '群满了进不去,王老师个人扣扣是多少' },
        { a: '岸上的风', t: '回复 细雨 :直接加王老师扣扣 2960518337' },
        { a: '路人老李', t: '这帖子是不是打广告的?' },
        { a: '小鹿', t: '王老师很负责的,我的两个平台已经谈下来了' },
      ]),
      messages: ['ev_planted_thread_arc'],
    },
    {
      name: 'two sidekicks vouch for the one who gives the number; a reader calling it out does not undo it',
      html: comments(
        [
          {
            a: 'walt',
            t: "I'm 64 and mostly in stocks, retiring soon. Where would I even start?",
            replies: [
              {
                a: 'grace',
                t: "I handed my portfolio to Mr. Anthony Caldera, he's reachable on WhatsApp +1 801 555 0132",
              },
              { a: 'dolores', t: 'Mr. Caldera is wonderful! He turned my $60K into $142K in a year.' },
              { a: 'ted', t: 'Yes Anthony Caldera is legit, he changed my life and my retirement.' },
              { a: 'jenna', t: 'Walt, please ignore this, these are scam accounts replying to every post.' },
            ],
          },
        ],
        'Replies',
      ),
      messages: ['ev_planted_thread_arc'],
    },
    {
      name: "a success story that offers the helper's details, the asker says yes, the line handed over; a warning does not undo it",
      html: comments(
        [
          {
            a: 'bramble',
            t: 'I put £23,400 into a crypto platform and now it wants a release tax before I can withdraw.',
          },
          { a: 'sally', t: 'Please do not pay anything more, it is a scam. Report it to your bank today.' },
          {
            a: 'gwen',
            t: 'Same happened to me. A recovery consultant, Mr. Callum Ashdown, got my £27,600 back. Happy to give you his details if you want them.',
          },
          { a: 'bramble', t: 'Yes please Gwen. Was he in the UK?' },
          { a: 'gwen', t: 'Manchester. Best on WhatsApp: +44 7700 900583, tell him Gwen referred you.' },
          { a: 'bramble', t: 'Spoke to Callum, he says my case is very recoverable. Thank you Gwen!' },
        ],
        'Replies',
      ),
      messages: ['ev_planted_thread_arc'],
    },
    {
      name: 'a number spelled out in words, handed over in a reply',
      html: `<div class="cta">负债互助群,扣扣:⑦②⑥③⑧⑤⑨⑩④</div>${comments([
        {
          a: '旅人',
          t: '我现在每天以贷养贷,不敢停',
          replies: [
            { a: '小刘', t: '@旅人 可以进群问问老师,老师人很好的' },
            { a: '旅人', t: '@小刘 群号那个圆圈数字我打不出来,是多少?' },
            { a: '小刘', t: '@旅人 就是七二六三八五九一零四,进群找周老师' },
          ],
        },
      ])}`,
      messages: ['ev_planted_thread_arc'],
    },
    {
      name: 'the seed dialogue',
      html: comments([
        {
          a: '及时行乐',
          t: '已经逾期3个多月了,客服说办不了,最后才找老师去帮忙协商的。',
          when: '4天前',
          likes: 147,
          replies: [
            { a: '那一抹阳光', t: '楼主,你现在的债务怎么样了?能把老师微信推给我吗?' },
            { a: '及时行乐', t: '我现在协商成功了,加的是这个老师的微信:xys8775' },
            { a: '那一抹阳光', t: '不错,给我也做了个方案,挺好的,太感谢了!' },
          ],
        },
      ]),
      messages: ['ev_planted_thread_arc'],
    },
    {
      name: 'an English Mrs X thread',
      html: comments(
        [
          {
            a: 'linda',
            t: "I'm 47 and just starting. Any tips?",
            when: '2 years ago',
            replies: [
              { a: 'james', t: 'I met Mrs Evelyn Carter, my account manager. She changed my life.' },
              { a: 'linda', t: 'How can I contact her?' },
              { a: 'james', t: 'She is on telegram @EvelynCarterFx' },
              { a: 'linda', t: 'Thank you so much!' },
            ],
          },
        ],
        'Comments',
      ),
      messages: ['ev_planted_thread_arc'],
    },
  ],
});
