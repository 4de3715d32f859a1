import { ARTICLE_EN, ARTICLE_ZH, comments, testSignal } from '../../tests/helpers/signal-tester';
import { contactCta } from './contact-cta';

/** A landlords' forum topic: a member of `posts` posts passes on a caseworker's direct line (`tail` after it). */
const caseworkerTopic = (posts: number, tail = '') =>
  `<div class="topic"><h1>Elderly tenant two months behind on rent</h1>${[
    [
      'PeteR',
      12,
      'Nov 3, 2026 at 9:14 AM',
      "My tenant is 78 and two months behind, $1,640 in all. I don't want to evict her.",
    ],
    [
      'OhioLandlord',
      posts,
      'Nov 3, 2026 at 10:02 AM',
      `The county's emergency rental program pays landlords directly. The caseworker for seniors is Mrs. Funke Adebanjo. Her direct line is (937) 555-0171, tell her I sent you.${tail}`,
    ],
    ['PeteR', 12, 'Nov 3, 2026 at 11:30 AM', 'Thank you, I will call her on Monday.'],
    ['Marge', 340, 'Nov 4, 2026 at 8:40 AM', 'Same here, the program was slow but it paid.'],
  ]
    .map(
      ([a, n, when, t]) =>
        `<div class="post"><div class="pane"><a href="#">${a}</a><div>Posts: ${n}</div></div><div class="when">${when}</div><div class="body"><p>${t}</p></div></div>`,
    )
    .join('')}</div>`;

testSignal(contactCta, {
  valid: [
    {
      name: "a reviewer passes on the line of the attorney whose bar number the firm's profile gives (by her surname)",
      html: `<div class="profile"><h1>Whitcomb &amp; Reyes, PLLC</h1><p>Danielle Reyes, State Bar of Texas No. 24081157</p></div>${comments(
        [
          {
            a: 'Miguel Garza',
            t: 'A debt relief company took $1,900 in enrollment fees from my dad. Ms. Reyes explained that is not allowed and got it back. Her direct line is (512) 555-0187.',
            when: '2 days ago',
          },
        ],
      )}`,
    },
    {
      name: "an insurance agent's work WeChat under her practice registration number (执业登记编号, spaced)",
      html: '<div><p>周蕴，寿险公司个人代理人，执业登记编号 0200 3203 2100 8002 1468。</p><p>工作微信：zhouyun_baodan（添加请备注“看保单”）</p></div>',
    },
    {
      name: "a Taiwan insurance agent's LINE in her author box beside her registration numbers (登錄證字號)",
      html: '<div class="author-box"><p>蕭郁蘋 業務主任｜壽險業務員登錄證字號：1120357846｜LINE ID：yuping.ins｜手機：0934-582-617</p><p>有保單問題歡迎加LINE詢問。</p></div>',
    },
    {
      name: "a foundation social worker's official mobile given with its weekday hours",
      html: `${ARTICLE_ZH}${comments([
        {
          a: '社工 林小姐',
          t: '想找人陪著填表，可以打我的公務手機 0912-486-305（平日 9:00–17:30），或來基金會辦公室。',
        },
      ])}`,
    },
    {
      name: "a church debt centre's social worker's WhatsApp, with the centre's weekday hours",
      html: `${ARTICLE_ZH}${comments([
        { a: '過來人', t: '有需要可以WhatsApp佢 6183 4420（平日9點至6點，中心係非牟利，完全免費）。' },
      ])}`,
    },
    {
      name: "a bank loan officer's work mobile passed on by a member",
      html: `${ARTICLE_ZH}${comments([
        { a: '楼主', t: '他是农商银行个贷部的，工作手机 151 7316 0482，加的时候说是征信吧介绍的。' },
      ])}`,
    },
    {
      name: "the story's reporter giving the paper's tip-off WeChat in the comments",
      html: `${ARTICLE_ZH}${comments([
        { a: '退休教师老刘', t: '我也被这种老师骗过，报案以后一直没消息。' },
        { a: '记者小龚', t: '欢迎有类似经历的读者联系我，报料微信 gongjz_baoliao，我们会跟进。' },
      ])}`,
    },
    {
      name: "a news story's tip box: the reporter's WeChat beside the scheme's words it reports on",
      html: `${ARTICLE_ZH}<div class="tipbox"><p>新京报报料</p><p>如果你或家人也曾接到"全额退保"电话，欢迎联系记者：报料邮箱 baoliao@bjnews.com.cn；记者微信 hanxue_bjnews（添加请注明"退保"）。</p></div>`,
    },
    {
      name: "a reporter's box: '欢迎联系记者：微信 …' after the scheme's quoted name",
      html: `${ARTICLE_ZH}<div class="reporter"><p>如果您也有协商还款的经历，或遭遇过“停息挂账”中介，欢迎联系记者：微信 zhouyiran_gf ，邮箱 zhouyiran@guanfeng.example。</p></div>`,
    },
    {
      name: "a newsroom's box asking readers to tell it about such offers",
      html: `${ARTICLE_EN}<aside><p>Nora Castellanos covers consumer issues for the Watchdog team.</p><p>Had an offer like this? Tell us: ncastellanos@valleysentinel.com or call or text the Watchdog line at (402) 555-0118.</p></aside>`,
    },
    {
      name: "a blogger's line for business (商务合作), in her profile box beside a post about debt",
      html: `${ARTICLE_ZH}<aside><p>钱钱小财女 · 财经博主</p><p>商务合作 微信：qianqian_xiaocainv</p></aside>`,
    },
    {
      name: "a creator's address for brand inquiries",
      html: `${ARTICLE_EN}<aside><p>Marcus Bell makes videos about scams. For brand inquiries, email me at marcusbell.creates@gmail.com</p></aside>`,
    },
    { name: 'an official bank hotline', html: `${ARTICLE_ZH}<p>如有疑问请致电我行客服热线95588。</p>` },
    { name: 'a masked handle in a case report', html: '<p>受害人添加了对方微信(微信号xys***)后被骗。</p>' },
    {
      name: 'a handle quoted in a warning',
      html: '<p>警惕!不法分子以“停息挂账”为名诱导添加微信 abc12345,请勿相信。</p>',
    },
    { name: 'an official account, no handle', html: '<p>欢迎关注我们的微信公众号,获取最新资讯。</p>' },
    { name: 'a bank naming its own line', html: '<p>本行客服电话:400-820-0588,工作日9:00-17:00。</p>' },
    {
      name: "a police officer's desk landline in an official reply (an organisation's line, not a person's)",
      html: '<div class="reply"><p>办案民警：张警官，联系电话：0593-2265 0110（工作日），如有新线索请及时联系。</p></div>',
    },
    {
      name: "a firm's toll-free number with a call to action",
      html: '<p>Questions about your statement? Call us toll-free at 1-800-555-0199.</p>',
    },
    {
      name: "a long-time member (1,870 posts) passes on a county caseworker's direct line",
      html: caseworkerTopic(1870),
    },
    {
      name: 'a scam letter quoted word for word, then rebutted (None of that is true)',
      html: comments([
        {
          a: 'Lorraine',
          t: 'This is the letter I got: "To release your funds a filing bond of $1,250 is required. Call our recovery agent today at (313) 555-0162." None of that is true. There is no bond.',
          when: '2 days ago',
        },
      ]),
    },
    {
      name: '一段被引用的话术,后面一句就是反驳(全是假的)',
      html: comments([
        {
          a: '老周',
          t: '我也收到过短信:“先交三千保证金,加经理微信 dacun_wang88 锁定额度。”全是假的,银行从来不这么做。',
        },
      ]),
    },
    {
      name: "a neighbour's own cell given to be helped (text me if you can help), not to help",
      html: comments([
        { a: 'Dana W.', t: 'Our neighbour is 87 and his gas is being shut off Friday.', when: '3 hours ago' },
        {
          a: 'Dana W.',
          t: 'My cell is 937-555-0148, text me if you can help. I can drive him to the energy office.',
          when: '2 hours ago',
        },
      ]),
    },
    {
      name: '求助的人留自己的微信(谁能帮帮我)',
      html: comments([{ a: '阿梅', t: '我妈的养老金认证一直过不了，谁能帮帮我，加我微信 amei_0571，谢谢大家。' }]),
    },
    {
      name: "a landlord gives his own cell to send the notice he wrote, free (I'll send you the Word file, no charge)",
      html: comments([
        {
          a: 'OhioLandlord',
          t: "I wrote a payment-plan letter for exactly this. Text me at 937-555-0146 and I'll send you the Word file, no charge obviously.",
          when: 'Nov 3, 2026',
        },
      ]),
    },
    {
      name: "a police account lists the WeChat ids the victims added, and a reader's sister had added one and blocked it",
      html: `${ARTICLE_ZH}${comments([
        {
          a: '平安崇川',
          t: '受害人添加的微信号包括：tbzy_wang0618（“王专员”）、baodan-weiquan77（“保单维权中心”）。以上账号均已被查处。',
        },
        {
          a: '老顾说事',
          t: '对照了一下，我姐加过那个 baodan-weiquan77，还好没转钱，已经删了拉黑，明天带她去派出所备个案。',
        },
      ])}`,
    },
    {
      name: "a help page's customer-service line named as such (客服專線)",
      html: `${ARTICLE_ZH}<p>申請進度有任何問題，請撥客服專線 0800-033-916（週一至週五 9:00–18:00）。</p>`,
    },
    {
      name: 'a viewer pastes a DM she was sent, word for word, Telegram and all',
      html: comments([
        {
          a: 'Denise R.',
          t: 'Heads up to everyone. After I commented on another credit video, I got this DM the next day, word for word: "I\'m a certified credit specialist, I can add 150+ points in 7 days. 100% guaranteed. Message me on Telegram @creditwizard_dante to get started, small upfront fee." Nothing in this video costs money.',
          when: '3 days ago',
        },
      ]),
    },
    {
      name: "a tax preparer's post in a town group gives her PTIN and her text line for appointments",
      html: comments([
        {
          a: 'Jolene Marsh',
          t: "Hi neighbors! I'm a registered tax return preparer with the IRS (PTIN P02847193). Appointments by text: 308-555-0154. Text me your name and a couple days that work.",
          when: 'Jan 12',
        },
      ]),
    },
    {
      name: 'show notes read out, word for word, a Telegram message a listener received, then rebut it in the next paragraph',
      html: `<article><h2>The recovery expert</h2><p>After Bev posted in a Facebook group asking whether anyone had ever gotten crypto back, she got a Telegram message within the hour. We read it out on the show, word for word, because we want you to recognize it when it comes for you:</p><p>"Good day madam, I saw your post. I am Agent Arliss Crowne, certified blockchain recovery expert. Contact me only on Telegram @RecoveryDesk_Arliss for a free assessment."</p><p>There is no such thing as a certified blockchain recovery agent who finds you on Telegram. We didn't reply.</p></article>`,
    },
    {
      name: 'a reader offers her own WeChat to send a spreadsheet she made, free (把文件直接发你，免费的)',
      html: `${ARTICLE_ZH}${comments([
        {
          a: '老周',
          t: '我自己做了个分期成本的表，有需要的加我微信 laozhou_excel88，我把文件直接发你，免费的，不拉群也不卖课。',
        },
      ])}`,
    },
    {
      name: "a police notice's transcript of a scam group chat whose WeChat the notice names as the case's account",
      html: `<div class="rich_media_content"><p>下面是民警从王阿姨手机上截下的群聊，文字整理如下。</p><div class="shot"><div class="line"><span class="who">幸福晚年-李阿姨：</span>我上个月订了一个床位，补贴准时到账了！</div><div class="line"><span class="who">康养中心刘经理：</span>名额不多了，有意向的叔叔阿姨直接加我微信 kangyang_liujl88 私聊</div></div><div class="img-cap">▲ 群聊截图（文字整理）</div><p>民警提醒：截图中的微信号 kangyang_liujl88 为涉案账号，已提交平台处置。</p></div>`,
    },
    {
      name: 'a reader tells of a number that keeps messaging her unasked (Cantonese)',
      html: `${ARTICLE_ZH}${comments([
        {
          a: 'Kay',
          t: '提提大家：呢個號碼 5927 1384 成日無啦啦WhatsApp我，話「債務重組 減債七成」，叫我即刻WhatsApp佢。',
        },
      ])}`,
    },
    {
      name: 'a warning post that forbids the handle it quotes ("Do not contact @x"), a reader who searched for it thanks the post',
      html: `<article><h1>PSA: the account spamming crypto-loss posts is a recovery scammer</h1><p>Nearly every post here gets comments like this one:</p><p>"Sam got it all back in 9 days, message him on Telegram @sam_reclaims and tell him I sent you"</p><p>Do not contact @sam_reclaims. He asks for a 10% release fee in USDT, then more.</p></article>${comments(
        [
          {
            a: 'rosemary_in_reno',
            t: 'I was about to message him yesterday. I searched "sam_reclaims telegram" and this came up first. Thank you.',
            when: '22 hr. ago',
          },
        ],
      )}`,
    },
    {
      name: "a reader quotes the scammer's WhatsApp after the DM that pushed it",
      html: comments([
        {
          a: 'Rhonda K.',
          t: 'They said "message Mrs. Clarke on WhatsApp +44 7700 900641 to claim your refund". The scammer\'s WhatsApp was +44 7700 900641, I reported it.',
          when: '5 hours ago',
        },
      ]),
    },
  ],
  invalid: [
    {
      name: "a teacher's mobile pushed with round-the-clock hours",
      html: `${ARTICLE_ZH}${comments([
        { a: '上岸的小王', t: '老师手机 138 2716 4093（24小时在线），加的时候说是我介绍的，停息挂账很专业。' },
      ])}`,
      messages: ['ev_contact_cta_pushed'],
    },
    {
      name: 'a line offered to those who need help (text me if you need help)',
      html: comments([
        {
          a: 'Dana W.',
          t: 'My cell is 937-555-0148, text me if you need help with the gas company.',
          when: '2 hours ago',
        },
      ]),
      messages: ['ev_contact_cta_pushed'],
    },
    {
      name: 'the same line passed on by an account of 3 posts',
      html: caseworkerTopic(3),
      messages: ['ev_contact_cta_pushed'],
    },
    {
      name: 'the same long-time member (1,870 posts) passing on the line of a helper who takes a fee up front',
      html: caseworkerTopic(1870, ' There is a small admin charge up front for pulling your file but that is it.'),
      messages: ['ev_contact_cta_pushed'],
    },
    {
      name: 'the same long-time member (1,870 posts) vouching for the helper as the only honest one',
      html: caseworkerTopic(1870, ' The only honest specialist I found.'),
      messages: ['ev_contact_cta_pushed'],
    },
    {
      name: "a page that sells its own line and warns of impostors' lines (认准唯一微信, 谨防假冒骗子)",
      html: `${ARTICLE_ZH}<div><p>债务问题免费咨询，认准唯一老师微信 xys8775，谨防假冒骗子的微信号 xys8876。</p></div>`,
      messages: ['ev_contact_cta_pushed'],
    },
    {
      name: 'a reader who blocked the line does not clear it of the shills who push it (拉黑)',
      html: `${ARTICLE_ZH}${comments([
        { a: '上岸的小王', t: '我也是找陈老师协商的，停息挂账很专业，加老师微信 chenls_0419 就行。' },
        { a: '阿梅', t: '谢谢，已经加了。' },
        { a: '路人甲', t: '我加过那个 chenls_0419，一上来就要先交两千，已经拉黑了，大家小心。' },
      ])}`,
      messages: ['ev_contact_cta_pushed'],
    },
    {
      name: 'the same, on a page whose comments name no writer: each comment stands for itself',
      html: `${ARTICLE_ZH}<ul class="cmts">${[
        '我也是找陈老师协商的，停息挂账很专业，加老师微信 chenls_0419 就行。',
        '谢谢，已经加了。',
        '我加过那个 chenls_0419，一上来就要先交两千，已经拉黑了，大家小心。',
      ]
        .map((t) => `<li><p>${t}</p><span class="time">3天前</span></li>`)
        .join('')}</ul>`,
      messages: ['ev_contact_cta_pushed'],
    },
    {
      name: 'the seed footer box',
      html: `${ARTICLE_ZH}<div><p>债务问题免费咨询,老师微信<span>xys8775</span><a>(点击复制微信号)</a></p></div>`,
      messages: ['ev_contact_cta_pushed'],
    },
    {
      name: 'a WhatsApp number offered in a comment',
      html: comments([
        { a: 'Grace', t: 'She helped me, contact her on WhatsApp +1 (202) 555-0183 today', when: '2 days ago' },
      ]),
      messages: ['ev_contact_cta_pushed'],
    },
    {
      name: 'a handle handed over in a reply',
      html: comments([
        {
          a: '张三',
          t: '我也逾期了，找老师协商成功了',
          replies: [{ a: '李四', t: '加的是这个老师的微信:laoshi8899' }],
        },
      ]),
      messages: ['ev_contact_cta_pushed'],
    },
  ],
});
