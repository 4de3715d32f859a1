import { describe, expect, it } from 'vitest';
import { normalize, SPOKEN_DIGIT_CLASS } from '../text/normalize';
import { extractHandles, findCues, HOMOPHONE_DIGIT, HOMOPHONE_RUN, hasContactCue, pointsToNext } from './extract';

type Want = [kind: string, value: string, suspect?: boolean, why?: string];

/** Realistic sentences with the handles they must yield (kind, value, suspect, why). */
const CASES: [string, string, Want[]][] = [
  ['a LINE id with its dot written 點', '賴 hsu點lawyer0319', [['line', 'hsu.lawyer0319']]],
  [
    'addresses at the newer top-level domains',
    'write to ann@rescue.agency or bob@debtfree.online',
    [
      ['email', 'ann@rescue.agency'],
      ['email', 'bob@debtfree.online'],
    ],
  ],
  // WeChat
  ['wechat after 微信', '债务问题免费咨询,老师微信xys8775(点击复制微信号)', [['wechat', 'xys8775']]],
  [
    'wechat, mirrored traditional with pinyin',
    '我現(xiàn)在協(xié)商成功了,加的是這個老師的微信:xys8775(點(diǎn)擊復(fù)制微信號)',
    [['wechat', 'xys8775']],
  ],
  ['wechat in full width', '有需要的朋友加ＶＸ：ＸＹＳ８７７５', [['wechat', 'xys8775']]],
  ['wechat 薇信 with spaced letters', '上岸了,有问题加薇信: x y s 8 7 7 5', [['wechat', 'xys8775']]],
  ['wechat 威❤信 with a dot separator', '停息挂账找老师,威❤️信 xys·8775', [['wechat', 'xys8775']]],
  ['wechat 卫星', '想协商的私我,卫星: laoshi_2024', [['wechat', 'laoshi_2024']]],
  [
    'telegram as tg, then a search word',
    '想看实盘的 tg 搜 quant_hetao_desk,下划线别漏',
    [['telegram', 'quant_hetao_desk']],
  ],
  ['telegram as TG, then 找 and an @name', '后面的朋友直接 TG 找 @desk_laozhou88', [['telegram', 'desk_laozhou88']]],
  ['telegram as 电报, then 搜', '电报搜 abc_desk88 就能找到', [['telegram', 'abc_desk88']]],
  ['a number after "her number is"', 'her number is 2l5 555 Ol18, she texts back', [['phone', '2155550118']]],
  [
    'a WhatsApp named before "號碼係", the country code said to go in front',
    '你 WhatsApp 搵 Miss Cheung，記得前面加 852，號碼係 九六三八 七一二五，話係朋友介紹就得。',
    [['whatsapp', '85296387125']],
  ],
  ['a country code said to go in front', 'WhatsApp her, add 852 in front: 9638 7125', [['whatsapp', '85296387125']]],
  [
    'a WhatsApp in the sentence before "號碼係" names the number',
    'WhatsApp 搵佢。號碼係 9638 7125',
    [['whatsapp', '96387125']],
  ],
  [
    'a WhatsApp named far before the number names nothing',
    `WhatsApp 係我哋日常用開嘅。${'佢講咗好多嘢，'.repeat(40)}號碼係 9638 7125`,
    [['phone', '96387125']],
  ],
  ['a number added to something else', 'add 5 spoons then call 9638 7125', [['phone', '96387125']]],
  [
    'a Taiwan mobile after 直接打给她',
    '妳可以直接打给她问问看，她说评估不用钱：0918-563-207',
    [['phone', '0918563207']],
  ],
  [
    'WhatsApp spelled with dots between its letters',
    'Message his assistant on W.h.a.t.s.A.p.p +1 212 555 0163 today',
    [['whatsapp', '12125550163']],
  ],
  [
    'an id in pieces, then 中间空格去掉',
    '微信：tang fw 0618（中间空格去掉），说是我介绍的就行',
    [['wechat', 'tangfw0618']],
  ],
  [
    'an id in pieces around a dot, then 點點中間不用空格',
    '你加他們承辦的陳助理賴：wang . lawyer 168（點點中間不用空格），跟她說是存股社團來的',
    [['line', 'wang.lawyer168']],
  ],
  [
    'an id typed a letter at a time around its dot',
    '詳細可以加賴聊：k e n . d a i 1 6 8（字中間不用空格）',
    [['line', 'ken.dai168']],
  ],
  [
    "an id's pieces around a dash, the spaces said to go",
    '贴吧会吞号，我拆开发，加卫星 shangan - lao liang 7 （空格都去掉，中间那个杠要留着）',
    [['wechat', 'shangan-laoliang7']],
  ],
  [
    'a LINE id, then its digits in numerals a space apart',
    '☎ 賴：kevin.zj 零八三一（數字請打阿拉伯數字）',
    [['line', 'kevin.zj0831']],
  ],
  [
    'a BBS push: the id typed apart, then the push time',
    '吳專員真的有效 賴 w u b a o 7 7 t w 12/08 21:33',
    [['line', 'wubao77tw']],
  ],
  [
    "a list's circled markers around a number are none of its digits",
    '① 到社区服务大厅登记 ② 打社区电话：0571-86512347 ③ 加志愿者王晓的微信：hxsq_xiaowang',
    [
      ['phone', '057186512347'],
      ['wechat', 'hxsq_xiaowang'],
    ],
  ],
  ['circled digits typed apart, the last one too', '电话① ③ ⑧ ① ② ③ ④ ⑤ ⑥ ⑦ ⑧', [['phone', '13812345678']]],
  [
    'a LINE id typed as syllables before its digits, full width',
    '三天就撥了 賴ｈｕｉ ｃｈｅｎｇ ０７７',
    [['line', 'huicheng077']],
  ],
  [
    'a weak alias for WeChat, then 同号 (卫星同号)',
    '我把团队负责人推给你，卫星同号 137 1942 8056，备注“车家号”',
    [
      ['phone', '13719428056'],
      ['wechat', '13719428056'],
    ],
  ],
  [
    'pieces typed apart, then 连起来',
    '加我助理的，一样出方案：g l s 6682 v i p（连起来，备注律师）。',
    [['wechat', 'gls6682vip']],
  ],
  [
    'a country code said in words before the number',
    'his WhatsApp is plus one (347) 555-0162',
    [['whatsapp', '13475550162']],
  ],
  ['a full stop for the dot of an id', '保單週轉 — 陳專員　加賴：chen。pl2288（。請改成.）', [['line', 'chen.pl2288']]],
  ['a full stop after an id ends the sentence', '有問題加我QQ 12345678。2025年再聯絡', [['qq', '12345678']]],
  [
    'an id in pieces around a dot, then 打的时候没有空白',
    '赖 ID：wang . loan 88（打的时候没有空白），晚上也有人回复。',
    [['line', 'wang.loan88']],
  ],
  [
    'an id and its digits apart, then (去空白)',
    '版规不能贴联络方式，我用拆的 赖 hong_zh 777 (去空白)',
    [['line', 'hong_zh777']],
  ],
  ['pieces with no word to join them stay apart', '赖 ID：wang . loan 88，晚上也有人回复。', [['line', 'wang']]],
  ['a name after 揾 (find them) is no id', '我上年都係咁，搵Raymond佢哋幫手，大约一个半月就升到D', []],
  ['a Taiwan mobile after 直接打', '赖不到可以直接打 0927 381 546，白天晚上都有人接', [['phone', '0927381546']]],
  [
    'a number after the platform is said to block numbers',
    "Forum blocks numbers so I'll write it weird: 2l5 555 Ol18. Tell her I sent you",
    [['phone', '2155550118']],
  ],
  ['telegram as 电报, then 里搜他', '可以直接在电报里搜他：hz_trace_zhou', [['telegram', 'hz_trace_zhou']]],
  ['wechat with 丶 between its parts', '有需要的加微信 duo丶duo丶ma丶0316 备注协商', [['wechat', 'duoduoma0316']]],
  ['wechat 加V', '个性化分期不成功不收费,加V: debt-help88', [['wechat', 'debt-help88']]],
  ['wechat ➕V', '➕V：abc12345 免费咨询', [['wechat', 'abc12345']]],
  ['wechat 微🌟', '加微🌟 zhang_laoshi 做方案', [['wechat', 'zhang_laoshi']]],
  ['wechat with zero-width characters', '老师微\u200b信：x\u200by\u200bs\u200b8775', [['wechat', 'xys8775']]],
  ['wechat with brackets and emoji between parts', '微信【xys】🌹【8775】', [['wechat', 'xys8775']]],
  ['wechat wx: with hearts between every character', '统一回复一下:wx:ab❤c❤2❤5❤3❤1(去掉爱心)', [['wechat', 'abc2531']]],
  [
    'wechat v❤: with a heart before the colon',
    '回复 月光宝盒2019:v❤:yang.gh.2020,你说江城晚报看到的',
    [['wechat', 'yanggh2020']],
  ],
  ['wechat before the cue', 'xys8775是我的微信,有事联系', [['wechat', 'xys8775']]],
  ['qq in parenthesized digits', '想进群的扣扣⑸⑴⑻⑵⑺⑶⑼⑴⑹，备注游戏名', [['qq', '518273916']]],
  ['wechat, bare id after a CTA in Chinese', '想上岸的联系我 hl20240601 备注来意', [['wechat', 'hl20240601']]],
  [
    '微信同号 gives wechat and phone',
    '手机微信同号 13800138000,随时联系',
    [
      ['phone', '13800138000'],
      ['wechat', '13800138000'],
    ],
  ],
  [
    '手机微信一样 gives wechat and phone',
    '老师手机微信一样的,138 0013 6294',
    [
      ['phone', '13800136294'],
      ['wechat', '13800136294'],
    ],
  ],
  [
    'an email with spaced dots on both sides of the @',
    'Legit man. carl.b . debtrelief @ gmail . com',
    [['email', 'carl.b.debtrelief@gmail.com']],
  ],
  ['a LINE link at the end of a sentence', 'or click line.me/ti/p/~loan.fast88.', [['line', 'loan.fast88']]],
  ['an id spaced letter by letter, then 备注', '🌸 m i a o _ 8 8 2 1（备注来意）', [['wechat', 'miao_8821']]],
  ['wechat in a copy widget payload', 'xys8775', [['wechat', 'xys8775']]],
  // QQ
  ['qq after QQ', '炒股交流群主QQ：123456789', [['qq', '123456789']]],
  ['qq 扣扣 with spoken digits', '扣扣: 幺二三四五六七', [['qq', '1234567']]],
  ['qq 企鹅', '企鹅号 88886666 带你上岸', [['qq', '88886666']]],
  [
    'qq mail gives qq and email',
    '资料发到邮箱 12345678@qq.com',
    [
      ['email', '12345678@qq.com'],
      ['qq', '12345678'],
    ],
  ],
  // Chinese phones
  ['mobile plain', '有意者请联系13800138000', [['phone', '13800138000']]],
  ['mobile 3-4-4 with dashes', '电话 138-0013-8127', [['phone', '13800138127']]],
  ['mobile with +86 and spaces', '联系电话:+86 138 0013 8127', [['phone', '8613800138127']]],
  ['mobile with 0086', '热线 0086 13800138127', [['phone', '8613800138127']]],
  ['mobile with spoken digits', '电话 幺三八洞洞幺三八幺二七', [['phone', '13800138127']]],
  ['mobile with formal digits', '手机:壹叁捌零零壹叁捌壹贰柒', [['phone', '13800138127']]],
  ['mobile with dots after a cue', '手机 138.0013.8127', [['phone', '13800138127']]],
  ['400 number', '全国服务热线 400-820-8820', [['phone', '4008208820']]],
  ['800 number', '免费电话 800 820 8820', [['phone', '8008208820']]],
  // international
  ['US phone', 'Call Mrs Helen at +1 (202) 555-0183 now', [['phone', '12025550183']]],
  ['UK phone', 'You can reach him on +44 7700 900123', [['phone', '447700900123']]],
  ['phone without + after a phone cue', 'call (202) 555-0183 for help', [['phone', '2025550183']]],
  // WhatsApp
  ['whatsapp +1', 'She helped me recover my funds, WhatsApp +1 (202) 555-0183', [['whatsapp', '12025550183']]],
  ['whatsapp: +44', 'Contact him on WhatsApp: +44 7700 900123', [['whatsapp', '447700900123']]],
  ['wa.me link', 'https://wa.me/447700900123?text=hi', [['whatsapp', '447700900123']]],
  ['api.whatsapp.com link', 'https://api.whatsapp.com/send?phone=12025550183', [['whatsapp', '12025550183']]],
  ['whatsapp:// link', 'whatsapp://send?phone=+12025550183', [['whatsapp', '12025550183']]],
  ["a number typed digit by digit after a sentence's words", 'call him 4 0 4 5 5 5 0 1 3 1', [['phone', '4045550131']]],
  [
    'a number typed digit by digit in dotted groups, after "at"',
    'text Mr. Harold Beckett at 4 0 4 · 5 5 5 · 0 1 3 1 .',
    [['phone', '4045550131']],
  ],
  ['WhatsApp written with Cyrillic letters', 'WhаtsАpp me +1 202 555 0183', [['whatsapp', '12025550183']]],
  // Telegram
  [
    'telegram @name',
    'I was skeptical at first, message him on telegram @recovery_expert1',
    [['telegram', 'recovery_expert1']],
  ],
  ['Telegram: @name', 'Telegram: @MrsHelenFx', [['telegram', 'mrshelenfx']]],
  ['t.me link', 'join us https://t.me/ExpertHelp', [['telegram', 'experthelp']]],
  [
    't.me with its dot written in Chinese',
    '林律师助理的飞机：t点me/linlv_tuifei（点换成英文的点）',
    [['telegram', 'linlv_tuifei']],
  ],
  ['t. me/ name spaced', 'find her at t. me/ expert_help', [['telegram', 'expert_help']]],
  [
    'a spaced link, its name spaced around underscores',
    'put the pieces together: t . me / honey moon _ yield _ club (no spaces)',
    [['telegram', 'honeymoon_yield_club']],
  ],
  ['a spaced link, its words said to be one', 'it is t . me / gold desk (no spaces)', [['telegram', 'golddesk']]],
  ['a spaced link, then a sentence', 'it is t . me / golddesk and then message her', [['telegram', 'golddesk']]],
  ['telegram.me link', 'telegram.me/helen_fx', [['telegram', 'helen_fx']]],
  ['tg://resolve', 'tg://resolve?domain=helen_fx', [['telegram', 'helen_fx']]],
  ['飞机 alias', '纸飞机 @abc_123 带单', [['telegram', 'abc_123']]],
  ['an id typed apart in pieces of one or two', '加微信 xy s 8 7 7 5 咨询', [['wechat', 'xys8775']]],
  ['a weak alias before an id typed apart', 'vx: xy s 8 77 5', [['wechat', 'xys8775']]],
  ['a slash after the alias', 'wx/abc123', [['wechat', 'abc123']]],
  ['the alias spaced out', '微 信 abc123', [['wechat', 'abc123']]],
  ['薇 alone before a colon', '薇：ab_c123', [['wechat', 'ab_c123']]],
  ['老师薇 before a colon', '停息挂账找林老师，老师薇：lsx2026a', [['wechat', 'lsx2026a']]],
  ['老师薇 before an id', '上岸全靠林老师，老师薇 lsx2026a 备注贴吧', [['wechat', 'lsx2026a']]],
  ['薇 run into an id', '需要的加，薇lsx2026a', [['wechat', 'lsx2026a']]],
  ['em dashes in an id', '微信：abc—123', [['wechat', 'abc123']]],
  ['Cantonese: find him on TG', '係TG度搵 @ChainTrace_HK 就得', [['telegram', 'chaintrace_hk']]],
  ['an id in quotation marks after the cue', '请添加我的微信号“zhangbo”,并注册', [['wechat', 'zhangbo']]],
  ['dashes inside an id of longer pieces', '加微信 fs-yw-052 详聊', [['wechat', 'fs-yw-052']]],
  ['dashes between single characters', '微信 x-y-s-8-7-7-5', [['wechat', 'xys8775']]],
  ['纸飞机 then a search for the id', '你下个纸飞机,搜 @ heike_chukuan888 ,找阿坤', [['telegram', 'heike_chukuan888']]],
  ['Telegram with Cyrillic letters', 'Теlеgrаm: @helen_fx', [['telegram', 'helen_fx']]],
  // LINE
  ['LINE ID', '投資諮詢請加 LINE ID: abc123', [['line', 'abc123']]],
  ['line.me link', 'https://line.me/ti/p/~stockpro88', [['line', 'stockpro88']]],
  ['加賴', '加賴 stock_88 領取飆股', [['line', 'stock_88']]],
  [
    'a dotted id after a bare search, no app named (a WeChat id takes no dot)',
    '我搜 meiling.wang886 有找到，是這個嗎',
    [['line', 'meiling.wang886']],
  ],
  ['dots between single characters hide a WeChat id', '加我 x.y.s.8.7.7.5 就行', [['wechat', 'xys8775']]],
  ['WhatsApp named first, then "or text"', 'WhatsApp or text: +44 7700 900123', [['whatsapp', '447700900123']]],
  ['a text line alone is a phone', 'Text: +44 7700 900123', [['phone', '447700900123']]],
  [
    'a WeChat id whose digits are written in Chinese numerals after its letters',
    '保险维权刘主任｜微信：bx五二零六一九',
    [['wechat', 'bx520619']],
  ],
  // Signal
  ['signal username', 'Signal: jane.42', [['signal', 'jane.42']]],
  // email
  ['email plain', 'Email her: helen.recovery@gmail.com', [['email', 'helen.recovery@gmail.com']]],
  ['email (at) with a space for the dot', 'contact her at janedoe (at) gmail com', [['email', 'janedoe@gmail.com']]],
  ['email spaced', 'email: jane @ gmail . com', [['email', 'jane@gmail.com']]],
  ['email [at] [dot]', 'write to jane[at]gmail[dot]com', [['email', 'jane@gmail.com']]],
  ['email at / dot words', 'reach jane at gmail dot com', [['email', 'jane@gmail.com']]],
  [
    'a mobile written by sound (谐音), WeChat the same',
    '平台不让留数字，我用谐音写一下： 依妻吧 伞溜儿酒 舞铃依寺 （手机，微信同号）',
    [
      ['phone', '17836295014'],
      ['wechat', '17836295014'],
    ],
  ],
  [
    'email with an anti-spam word set in',
    'he answers email, lyle.brandt.agpkgNOSPAM@outlook.com, take the NOSPAM out',
    [['email', 'lyle.brandt.agpkg@outlook.com']],
  ],
  ['email with REMOVETHIS before the name', 'mail me at removethis.ann.k@yahoo.com', [['email', 'ann.k@yahoo.com']]],
  ['email in full width', '邮箱：ｊａｎｅ＠ｇｍａｉｌ．ｃｏｍ', [['email', 'jane@gmail.com']]],
  // official numbers and masks
  ['bank number', '如需办理分期,请拨打工商银行客服95588', [['phone', '95588', false, 'why_official_number']]],
  ['regulator hotline', '遇到非法代理维权可拨打12378投诉', [['phone', '12378', false, 'why_official_number']]],
  ['anti-fraud line', '接到可疑电话请拨打96110', [['phone', '96110', false, 'why_official_number']]],
  ['police', '被骗后立即拨打110报警', [['phone', '110', false, 'why_official_number']]],
  ['UK report fraud', 'call 0300 123 2040 to report fraud', [['phone', '03001232040', false, 'why_official_number']]],
  ['UK 7726', 'forward scam texts: text 7726', [['phone', '7726', false, 'why_official_number']]],
  [
    'a US helpline in 1-800 form',
    'call or text 1-800-522-4700',
    [['phone', '8005224700', false, 'why_official_number']],
  ],
  ['masked wechat', '骗子的微信: abc*** 已被封', [['wechat', 'abc***', false, 'why_masked']]],
  [
    "a government office's report box",
    '请将照片发送至 jubao@gjj.linjiang.gov.cn,我中心将会同街道清理',
    [['email', 'jubao@gjj.linjiang.gov.cn', false, 'why_government_address']],
  ],
  [
    'a US agency',
    'email reportfraud@oig.ssa.gov',
    [['email', 'reportfraud@oig.ssa.gov', false, 'why_government_address']],
  ],
  // "gov" inside a name is no government domain
  [
    'a gov-sounding free domain',
    'email govgrants.help@govgrantsdesk.com',
    [['email', 'govgrants.help@govgrantsdesk.com']],
  ],
  ['masked mobile', '嫌疑人电话138****0000', [['phone', '138****0000', false, 'why_masked']]],
  ['masked ××××', '对方微信号××××,要求转账', [['wechat', '××××', false, 'why_masked']]],
  ['masked 某某', '添加了所谓老师的微信:某某', [['wechat', '某某', false, 'why_masked']]],
  // spoken separators, slang aliases, spelled numbers, links
  [
    'telegram on "tele:"',
    'got 2k back in 10 days. add on tele: Refund_Desk88 and say I sent you',
    [['telegram', 'refund_desk88']],
  ],
  [
    'an underscore spoken in English',
    'telegram: freshstart underscore mia, tell her the gig sent you',
    [['telegram', 'freshstart_mia']],
  ],
  ['an underscore spoken as 底線', 'LINE 搜 amy(底線)invest 就找得到', [['line', 'amy_invest']]],
  [
    'a number spelled in words and digit groups',
    'text me, the app hides numbers: seven seven five / 555 / oh one eight two',
    [['phone', '7755550182']],
  ],
  [
    'a shorter spelled number after a cue',
    'WhatsApp: four one five, oh one eight two, 55',
    [['whatsapp', '4150182' + '55']],
  ],
  [
    'a North American number in slashes',
    'Can vouch for them. 775/555/0182 is the one I used',
    [['phone', '7755550182']],
  ],
  ["a QQ space's address", '我的空间 user.qzone.qq.com/284603915 每天更新', [['qq', '284603915']]],
  [
    'a spelled number the poster says is hidden from the platform',
    'the app hides numbers so here it is broken up: seven seven five / 555 / oh one eight two',
    [['phone', '7755550182']],
  ],
  [
    'two official numbers side by side',
    '被骗了请拨打 110 / 96110 报警',
    [
      ['phone', '110', false, 'why_official_number'],
      ['phone', '96110', false, 'why_official_number'],
    ],
  ],
  [
    'a mobile that is also the WeChat, said in words',
    '专员手机 158-7320-4619，加微信也是这个号。',
    [
      ['phone', '15873204619'],
      ['wechat', '15873204619'],
    ],
  ],
  ['a phone emoji as the cue', '可以私下找我，絕對保密： 📞 0921-378-564（何弟兄）', [['phone', '0921378564']]],
  // disguises that slip a handle past a platform's filter
  [
    'a + number apart by a symbol',
    'the fund only works through him 👉 +1 ✦ 646 ✦ 555 ✦ 0172',
    [['phone', '16465550172']],
  ],
  ['digit groups apart by a symbol after a cue', 'WhatsApp 646 ✦ 555 ✦ 0172', [['whatsapp', '6465550172']]],
  [
    'WhatsApp named further back in the sentence',
    "He's on WhatsApp only because of compliance with the overseas fund 👉 +1 646 555 0172",
    [['whatsapp', '16465550172']],
  ],
  [
    'an email cue between WhatsApp and the number names no number',
    "He also does calls on whatsapp if you're not an email person, +44 7700 900652",
    [['whatsapp', '447700900652']],
  ],
  ['an id spaced around its dot', 'Signal: pledgeback_rosa . 27 (no spaces)', [['signal', 'pledgeback_rosa.27']]],
  [
    'Signal as the blue app with the speech bubble',
    "she's on the blue app with the speech bubble everyone uses, username is rosa_desk . 27",
    [['signal', 'rosa_desk.27']],
  ],
  [
    'Telegram as the paper plane app',
    "He's on the blue paper plane app, search vernon_traces.",
    [['telegram', 'vernon_traces']],
  ],
  ['WhatsApp as the green one', 'Find me on WA, the green one 💚 +1 929 555 0187', [['whatsapp', '19295550187']]],
  ['WhatsApp misspelt', "What's App him +1 202 555 0183", [['whatsapp', '12025550183']]],
  [
    'a mobile a comma after a WeChat cue is the WeChat id too',
    '加我微信，13812345678',
    [
      ['phone', '13812345678'],
      ['wechat', '13812345678'],
    ],
  ],
  ['…not with a phone cue between', '有问题加老师微信，电话13812345678', [['phone', '13812345678']]],
  [
    'a number\'s rest after "then the"',
    'Anyone else in need, the +44 7700 then the 900 468, WhatsApp only.',
    [['whatsapp', '447700900468']],
  ],
  [
    'WhatsApp named sentences before "his number is"',
    'Message Mr. Ashcombe directly on WhatsApp, he handles everything. His number is +1 (802) 555 0144',
    [['whatsapp', '18025550144']],
  ],
  [
    'WhatsApp named in the sentence before the number',
    'You message his assistant on WhatsApp and she adds you to the group, it is free to join for the first month. +1 212 555 0163 ✅',
    [['whatsapp', '12125550163']],
  ],
  [
    'WhatsApp named before "the site filters numbers so:"',
    'He works by WhatsApp because he has clients all over. The site filters numbers so: plus one, six seven eight, five five five, zero one five two.',
    [['whatsapp', '16785550152']],
  ],
  [
    'a call named between an earlier WhatsApp and the number',
    'I tried WhatsApp first. Then I rang the office: +1 212 555 0163',
    [['phone', '12125550163']],
  ],
  [
    'a number spoken with plus and double',
    'WhatsApp him: plus four four, seven seven double oh, nine oh oh, six five two',
    [['whatsapp', '447700900652']],
  ],
  ['a number spoken with triple', 'call me on triple five, oh one two three, four five six', [['phone', '5550123456']]],
  [
    'a WeChat ID typed with a space before its digits',
    '需要的话加 vx：hxdai 5201 ，备注贴吧',
    [['wechat', 'hxdai5201']],
  ],
  ['…and so after 加V', '加V xys 8775 免费咨询', [['wechat', 'xys8775']]],
  ['…and after 薇 with a space', '严老师薇 yanls 0817 ，你就说郑州老周介绍的', [['wechat', 'yanls0817']]],
  [
    'a QQ typed digit by digit after 加扣',
    '有需要加扣 2 7 3 5 0 6 1 9 4 8，备注出款，看到回。',
    [['qq', '2735061948']],
  ],
  [
    '号码 after a QQ cue is the QQ number',
    '加我扣扣，号码上面有，2735061948，我先帮你看能不能出。',
    [['qq', '2735061948']],
  ],
  [
    '…in three pieces after 薇, then "中间没空格" after a comma',
    '@风吹麦浪2021 薇 gao hx 0817 ，中间没空格，加的时候说是湖北老乡介绍的',
    [['wechat', 'gaohx0817']],
  ],
  [
    "…and after a LINE cue, with a region's letters after the digits",
    '賴 yang 0928 tw，跟他說是看新聞來的',
    [['line', 'yang0928tw']],
  ],
  ['…other letters after the digits are a word of the sentence', 'LINE：yang 0928 ok 嗎', [['line', 'yang0928']]],
  [
    '…a few letters after the digits, ending a Chinese clause, end the ID',
    '➕薇：cao 8826 ls，说是我介绍的就行',
    [['wechat', 'cao8826ls']],
  ],
  ['…but not an English word after them', 'WeChat abc 1234 and, call me', [['wechat', 'abc1234']]],
  ['…and right after 加, whatever app', '直接加 yang 0928 tw 跟他說是看新聞留言來的就好', [['wechat', 'yang0928tw']]],
  ['…but not a sum added', '再加 vip 888 元就能升级', []],
  [
    '…and after a LINE alias that points to the id given above (賴同上)',
    '賴同上 azhe 點 0526，私訊講一下',
    [['line', 'azhe.0526']],
  ],
  [
    'an ID of six letters, a space, then four digits in Chinese numerals',
    '周经理微信：zhoujl 六六八九（字母后面跟四个数字）',
    [['wechat', 'zhoujl6689']],
  ],
  ['…or in figures', '加我微信 wangxm 0618 备注理财', [['wechat', 'wangxm0618']]],
  [
    'an ID typed as pinyin syllables a space apart, then digits',
    '私信发不了，你加她 薇：du lao shi 7788 ，备注说是微博看到的',
    [['wechat', 'dulaoshi7788']],
  ],
  ['…or as initials', '想了解的加 薇：zg zs 9527', [['wechat', 'zgzs9527']]],
  ['…from the first syllable, not the last', 'vx：wang jian guo 8866 备注', [['wechat', 'wangjianguo8866']]],
  ['words of a sentence before a stub and digits are no ID', 'WeChat: to be 2024, ask me later', []],
  [
    'an ID of six letters is not joined to a phone after it',
    '微信：wangming 13812345678',
    [
      ['wechat', 'wangming'],
      ['phone', '13812345678'],
    ],
  ],
  ['…nor to an amount', '微信：lilywang 100元一次', [['wechat', 'lilywang']]],
  [
    'a LINE id in pieces around a dot, then the word to drop the dot',
    '賴 ID：zhang . debt 168（點拿掉）',
    [['line', 'zhangdebt168']],
  ],
  [
    "a reply's time after a QQ number (month-day, hour:minute) is no second number",
    '回复 鲁A小刘：可以，加扣2964188073详细说，越早越好 11-25 10:20',
    [['qq', '2964188073']],
  ],
  [
    'a Telegram name typed in pieces, then "(no spaces)"',
    'Same as he said, Telegram: kestrel otc 77 (no spaces), ask for the buyout desk',
    [['telegram', 'kestrelotc77']],
  ],
  [
    '…from the first piece after the app\'s name, not the sentence\'s "at"',
    'message me on telegram at rosa desk 27 (no spaces)',
    [['telegram', 'rosadesk27']],
  ],
  [
    '围信 (a homophone of 微信) with a heart between, and spaced',
    '姐妹们赵姐的围❤信 zj-baodan1688 ，我也是她办的',
    [['wechat', 'zj-baodan1688']],
  ],
  ['围信 without a mark', '有需要加她围信 zjbd1688，备注网易', [['wechat', 'zjbd1688']]],
  [
    'an ID whose two parts a word joins',
    '想学的可以加楼上说的助理，wjg 接 zl2088，备注围脖。',
    [['wechat', 'wjgzl2088']],
  ],
  [
    'a spoken number with its area code in parentheses',
    'Have her text him (seven zero four) five five five, zero one six eight with her name.',
    [['phone', '7045550168']],
  ],
  [
    'a number spoken with its call to action right after it',
    "I won't put it in full, but it's oh seven seven double oh, nine double oh, four six three. Ring or text him.",
    [['phone', '07700900463']],
  ],
  [
    'a number spoken after a British "rang him on"',
    'Rang him on oh seven seven double oh nine double oh four six three and it was all done over text.',
    [['phone', '07700900463']],
  ],
  [
    'an @ the poster says to put back',
    '材料发到 zs_weiquan#126.com（#换成@），标题写姓名',
    [['email', 'zs_weiquan@126.com']],
  ],
  [
    'an @ to put back, in English',
    'send it to rosa.desk&gmail.com (replace & with @)',
    [['email', 'rosa.desk@gmail.com']],
  ],
  ['letters for digits after Call', 'Call (5O4) 555-Ol46 today', [['phone', '5045550146']]],
  [
    "a Signal username's dot spoken",
    'message me on Signal, scrabackpay dot 19, or email',
    [['signal', 'scrabackpay.19']],
  ],
  ['a number after "her # is"', 'Was approved the next month. Her # is 469-555-0162', [['phone', '4695550162']]],
  [
    'WeChat as "v x" typed apart, before an id typed apart',
    '有需要的姐妹私我，v x：L Q Y 1 6 8 0 9 。',
    [['wechat', 'lqy16809']],
  ],
  [
    'an international number with every digit typed apart',
    'His assistant handles the invites: + 1 6 0 2 5 5 5 0 1 4 7',
    [['phone', '16025550147']],
  ],
  ['WeChat as "v x" typed apart, without a colon', '上面有她的，v x L Q Y 16809，速度很快', [['wechat', 'lqy16809']]],
];

/** Texts that must yield no suspect handle. */
const NEGATIVES: [string, string][] = [
  [
    "a handle masked with x's, as a warning quotes it",
    'Another posted saying an agent on Telegram, something like @ chainxxxxx_recover, got his money back',
  ],
  ['homophone characters in prose beside an app', '微信群里说：我们去山里吧，衣服留在家，妻子和儿子也去'],
  ['eleven homophones that make no mobile', '加微信 依依依 依依依 依依依 依依'],
  ['official account', '关注我们的微信公众号,了解更多资讯'],
  ['WeChat Pay', '微信支付很方便,扫码即可'],
  ['"v x" in a model name', 'The Model v x 2 is out next week'],
  ['the first digits of the lines a bank calls from', '专员回电号码为以“0755-8832”开头的座机'],
  ['the first digits of numbers, in English', 'We only call from numbers starting with 0755-8832.'],
  ['a site licence in the footer', '© 2026 小红薯 · 沪ICP备19027153号-1 · 京公网安备11010802039522号 · 举报电话'],
  ['an order note', '订单备注 ABC12345,送货前电话联系'],
  ['a default user name', '用户3391047816 来自河南,回复 user_58213948'],
  ['half of a number after 同号 wording', '手机微信一样的,前面是 138 0013'],
  ['order number', '您的订单号 2024112812345678 已发货'],
  ['dates', '发布时间 2024-12-03 14:39:43,更新于20241203'],
  ['price', '原价¥13800.00,现价¥9800'],
  ['ISBN', '参考书 ISBN 978-7-111-12345-6'],
  ['tracking number', '快递单号SF1234567890123,请查收'],
  ['times and years', '会议定于2025年3月14日 09:30 举行'],
  ['long digit run', '编号 138001380001380013800'],
  ['version number', '请升级到 v13.800.1380 版本'],
  ['CSS colour', 'color: #13800a; background: #fff'],
  ['file name', '<img src="/uploads/2024/12/wd-cs.jpg">'],
  ['satellite', '卫星发射成功,微信群里都在转发'],
  ['airplane', '坐飞机去北京,联系了旅行社'],
  ['on the airplane, then a word', '在飞机上 wifi1234 很慢'],
  ['lottery numbers', 'the winning numbers were 12 15 33 41 52 and 9'],
  ['a page number', 'the number is on page 215 of the 2025 report'],
  ['English word after a cue', 'Please contact customer support for details'],
  ['QQ-shaped number without a QQ cue', '本金加利息 123456 元,联系我'],
  ['twitter mention without a telegram cue', 'thanks @helen_fx for the tip'],
  ['plain at sentence', 'we met at google.com headquarters'],
  ['year after a phone cue', '电话 2024'],
  ['percent', '加息 25.5 个基点'],
  ['weixin as a word', '微信 is a popular app'],
  ['a name with 薇 before a colon', '小薇：abc123'],
  ['a name with 薇 before a word', '张晓薇 rose 的照片'],
  ['a name with 薇 before a year', '紫薇 2019 年来的上海'],
  ['a weak alias before short words', 'vx is a good app'],
  ['short words after an app name', 'Telegram removed 4 collections for me in 72 hours'],
  ['television', 'saw it on the tele last night, terrible advice'],
  ['a date and a path in slashes', 'posted 12/15/2024, see docs/100/200/3000 for the table'],
  ['a bottom line', '做人要有底线 123 条原则'],
  ['counting in words', 'one two three four five six seven eight nine, ready or not'],
  ['a span of years beside a QQ cue', 'QQ空间 · Copyright © 1998 - 2026 Tencent. All Rights Reserved.'],
  ["a moneylender's licence number", '放債人牌照號碼 0877/2026，歡迎 WhatsApp 查詢'],
  ['an aeroplane, then a name', '明天坐飞机找 lily2024 玩'],
  ['a site after a bare search', '去搜 v2ex.com 看看'],
  ['a place after "@ " with no app named', 'message me @ starbucks tomorrow'],
  [
    'a site named after Telegram',
    'hers was a "Professor" on Telegram. She reported it at ic3.gov and to the state office.',
  ],
  ['a name and a numeral after a WeChat cue', '微信 zhang 三 帮我问问'],
  ['letters and numerals with no WeChat cue', 'bx五二零六一九'],
  ['a photo site user named by @ with a dot', '@kenhk.487130 咁樣得唔得㗎 點樣搵你？'],
  ["an app's telecom licence beside a WeChat cue", '增值电信业务经营许可证 京B2-20090059 关注官方微信'],
  ['a mention after a name', 'Shayla Brooks @shaylab.bsky.social · 13d'],
  ['counts after phone emoji', '📱 12 photos · 📞 2 calls · ☎ 2026 年度报告'],
  ['a plus one and emoji', '+1 🙏 2024 was rough ✦ 100 times over'],
  ['double in prose after a cue', 'call it double or nothing, two to one odds'],
  ['a word before a decimal', 'tool 10.5 lol'],
  ['a hashtag beside an @ mention', 'tag #money = @money'],
  ['a paper plane', 'call me when the paper plane lands, 12 of them'],
  ['a rank after a #', 'my # is 5 on the list, her #1 fan since 2019'],
  ['a dot spoken in a version', 'Signal version two dot 10 released'],
  [
    'a placeholder for an address, spelled out',
    'Telegram is the same as my username, email is same name at outlook dot com',
  ],
  ['a placeholder for an address', 'Sign up with yourname@gmail.com or your.name@outlook.com'],
  // a display name and its @user name printed side by side: no address (the "domain" ends in a word, or the
  // "local part" is the end of a word)
  ['a name and a user name side by side, ending in a word', 'Tyrell James@tyrell.j.official'],
  ['a name and a user name side by side, a word cut', 'Ana Lucía@analucia.rn'],
  ["a money lender's licence number", '佢哋牌照號碼係 0933/2025，可以自己問佢攞牌照相睇。'],
  ["an app's name before a spaced @ and its id", '直接打會被吃 ㄌㄞˊ @ liao.gu 〇八一六'],
];

function shape(hits: ReturnType<typeof extractHandles>): Want[] {
  return hits.map((h) => (h.suspect ? [h.kind, h.value] : [h.kind, h.value, false, h.why ?? '']));
}

describe('extractHandles: positives', () => {
  for (const [name, text, want] of CASES) {
    it(name, () => {
      const opts = name.includes('copy widget') ? { contactContext: true } : {};
      const got = shape(extractHandles(text, opts));
      const norm = (w: Want[]) =>
        w
          .map((x) => (x[2] === false ? x : [x[0], x[1]]))
          .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));
      expect(norm(got)).toEqual(norm(want));
    });
  }
});

describe('extractHandles: negatives', () => {
  for (const [name, text] of NEGATIVES) {
    it(name, () => {
      expect(extractHandles(text).filter((h) => h.suspect)).toEqual([]);
    });
  }
});

describe('extractHandles: positions and options', () => {
  it('start/end are positions in the original text and raw is its slice', () => {
    const src = '網(wǎng)站老師薇\u200b信：ｘｙｓ８７７５，電話 138-0013-8127';
    const hits = extractHandles(src);
    expect(hits.map((h) => [h.kind, h.value])).toEqual([
      ['wechat', 'xys8775'],
      ['phone', '13800138127'],
    ]);
    for (const h of hits) expect(src.slice(h.start, h.end)).toBe(h.raw);
    expect(hits[0]?.raw).toBe('ｘｙｓ８７７５');
    expect(hits[1]?.raw).toBe('138-0013-8127');
  });

  it('accepts a Normalized input and reports the cue used', () => {
    const n = normalize('老师的微信是 abc_123');
    const [hit] = extractHandles(n);
    expect(hit?.cue).toBe('wechat');
    const cues = findCues(n);
    expect(cues.map((c) => c.kind)).toEqual(['wechat']);
    const c = cues[0];
    expect(c && n.text.slice(c.start, c.end)).toBe('微信');
  });

  it('a copy payload without context is not a handle, with contactContext it is', () => {
    expect(extractHandles('laoshi2024')).toEqual([]);
    expect(extractHandles('laoshi2024', { contactContext: true }).map((h) => h.value)).toEqual(['laoshi2024']);
  });

  it('hasContactCue is a cheap superset check', () => {
    expect(hasContactCue('今天天气很好,我们去公园散步吧')).toBe(false);
    expect(hasContactCue('The weather is nice today.')).toBe(false);
    expect(hasContactCue('老师薇信 xys8775')).toBe(true);
    expect(hasContactCue('電話 1380013')).toBe(true);
    expect(hasContactCue('ping me')).toBe(true);
    // a label alone, as the first look reads it before the value in the next element
    expect(hasContactCue('電郵')).toBe(true);
    expect(hasContactCue('a\u200bb')).toBe(true);
    // every positive case passes the first look (a copy payload is scanned with contactContext instead)
    for (const [name, text] of CASES) if (!name.includes('copy widget')) expect(hasContactCue(text), text).toBe(true);
  });
});

describe('extractHandles: contact slots that are links', () => {
  const links: [string, string[]][] = [
    ['https://x.cn/a1b2c3d', []],
    ['javascript:void(0)', []],
    ['/article/abc123.html', []],
    ['#section2', []],
    ['https://wa.me/447700900123', ['whatsapp:447700900123']],
    ['https://t.me/helen_fx', ['telegram:helen_fx']],
    ['13800138000', ['phone:13800138000']],
    ['xys8775', ['wechat:xys8775']],
  ];
  for (const [href, want] of links) {
    it(href, () => {
      expect(extractHandles(href, { contactContext: true }).map((h) => `${h.kind}:${h.value}`)).toEqual(want);
    });
  }
});

describe('extractHandles: forms seen in the corpus', () => {
  const cases: [string, string[]][] = [
    ['扣扣群:738 221 905,进群找王老师就行', ['qq:738221905']],
    ['老师微信 jk_laoshi 5 2 0 8', ['wechat:jk_laoshi5208']],
    ['WeChat abc123 5 stars', ['wechat:abc123']],
    ['债务协商-V同号13800137365', ['phone:13800137365', 'wechat:13800137365']],
    [
      '传票和合同拍照发我邮箱:hefawu2025 (at) 163 点 com,或者加扣扣:2231 8877 05,看到会第一时间回复。',
      ['email:hefawu2025@163.com', 'qq:2231887705'],
    ],
    // a quote header's date and time are not a number, before or after the cue
    ['岸上的风 发表于 2025-6-3 22:14 扣扣群:738 221 905', ['qq:738221905']],
    ['QQ 12345678 2025-6-3 22:14', ['qq:12345678']],
    ['阿离上岸中(网贷协商 停催 咨询➕v qiuge_xs1209)2025-09-22 23:41:52 江苏', ['wechat:qiuge_xs1209']],
    ['QQ群 738221905', ['qq:738221905']],
    // a North American number written as one needs no cue
    ['fast results, 100% guaranteed 👉 1 (323) 555-0177', ['phone:13235550177']],
    ['(415) 555-0136', ['phone:4155550136']],
    // a dotted @id without an app named is no Telegram id (they have no dots)
    ['加了 @lin.stock520 了,等老师开群', []],
    ['LINE ID:@lin.stock520', ['line:lin.stock520']],
    // keycap emoji digits after a heavy plus
    ["He's reachable on WhatsApp ➕1️⃣ 8️⃣0️⃣1️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣3️⃣2️⃣", ['whatsapp:18015550132']],
    ['——— 专注停息挂账 ——— ➕薇 tx_gz0577 (备注论坛)', ['wechat:tx_gz0577']],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      expect(extractHandles(text).map((h) => `${h.kind}:${h.value}`)).toEqual(want);
    });
  }
});

describe('extractHandles: an email after a rejected candidate', () => {
  it('"Telegram @name or email x (at) gmail . com" yields both', () => {
    const hits = extractHandles(
      'You can reach him on Telegram @EthanColeRecovery or email ethancole.recovery (at) gmail . com',
    );
    expect(hits.map((h) => `${h.kind}:${h.value}`)).toEqual([
      'telegram:ethancolerecovery',
      'email:ethancole.recovery@gmail.com',
    ]);
  });
  it('Q Q spaced is a QQ cue', () => {
    expect(extractHandles('Q Q:1190 4488 27').map((h) => `${h.kind}:${h.value}`)).toEqual(['qq:1190448827']);
  });
});

describe('extractHandles: amounts', () => {
  it.each([
    ['Depends on the amount, usually £120–£250. Message him on +44 7700 900 318', ['phone:447700900318']],
    ['收费¥3800，加微信 hg_zs0618', ['wechat:hg_zs0618']],
  ])('a number right after a currency sign is an amount: %s', (text, want) => {
    expect(extractHandles(text).map((h) => `${h.kind}:${h.value}`)).toEqual(want);
  });
});

describe('extractHandles: handles rearranged, with the instruction to put them back', () => {
  const cases: [string, string[]][] = [
    // written backwards
    ['加我微信,号是反过来输的:8876_nilgnahz', ['wechat:zhanglin_6788']],
    ['老师的微信倒着打 →  9102ufeil ,备注论坛', ['wechat:liefu2019']],
    ['QQ号从右往左输:2857 3091 64', ['qq:4619037582']],
    ['QQ 5823104 76(倒序)', ['qq:674013285']],
    ['Telegram: ksed_nosdrah, type it backwards', ['telegram:hardson_desk']],
    // typed as one word
    ['DM me on Telegram, search it as one word: Harbor Lane Desk', ['telegram:harborlanedesk']],
    ["On Telegram it's Joanne Sterling FA all one word.", ['telegram:joannesterlingfa']],
    [
      'My WhatsApp is on the card. Telegram as one word, no spaces:\nMara Vance Team\nShe replies within the hour.',
      ['telegram:maravanceteam'],
    ],
    ['Telegram (all one word): Mara Vance Team She replies fast', ['telegram:maravanceteam']],
    ["He's on Telegram because he's swamped: @ marcus _ bell _ relief (no spaces).", ['telegram:marcus_bell_relief']],
    // given in two halves, each named
    ['纸飞机搜用户名：前半段 lingong ，后半段 _ck888 ，两段连在一起', ['telegram:lingong_ck888']],
    ['微信前半部分是zhang，后半部分是lao88', ['wechat:zhanglao88']],
    ['Telegram: first half is kestrel, second half is _otc9', ['telegram:kestrel_otc9']],
    // hashtags joined
    ['加我绿色软件,把下面三个标签连起来 #li #mei_ #2024 #理财', ['wechat:limei_2024']],
    ['微信号就是这两个话题拼在一起 #zhou_ke #0816 #上岸', ['wechat:zhou_ke0816']],
    // WeChat by its green icon, QQ by one Q
    ['她绿色聊天软件 abc_12345,备注来意', ['wechat:abc_12345']],
    ['有需要的加绿色app上的号:wanglaoshi_66', ['wechat:wanglaoshi_66']],
    ['资料里写了,老师 Q 3801922745 加时备注', ['qq:3801922745']],
    ['他的Q号:3801922745', ['qq:3801922745']],
    ['进群加Q2930716853', ['qq:2930716853']],
    // a QQ mailbox spelled with a word for the number given before it
    ['我常用的号 3926 1740 58,材料发邮箱,就是这个号@qq.com', ['qq:3926174058']],
    ['联系人 王老师 58201934 邮箱是QQ号@qq.com', ['qq:58201934']],
    // the handle pointed to in the tags
    ['老师微信我放在标签里了 #理财 #wanglin0607', ['wechat:wanglin0607']],
    // a sign written for another, with the poster saying which
    ['李姐微信：lijie·tuibao （中间那个点换成下划线，这里打不出来）', ['wechat:lijie_tuibao']],
    ['微信：wang*li88，星号换成下划线', ['wechat:wang_li88']],
    ['加老师 LINE,把横杠改成点: zhao-laoshi_07', ['line:zhao.laoshi_07']],
    ['Telegram: mara-vance (replace the dash with an underscore)', ['telegram:mara_vance']],
    ['Telegram mara.vance, swap the dot for an underscore', ['telegram:mara_vance']],
    // Chinese characters planted inside an id, with the poster saying to drop them
    ['那你记一下，薇：yimei关wq注1024，把中间两个汉字去掉就行', ['wechat:yimeiwq1024']],
    ['微信 chen加li好友88（去掉中间的汉字）', ['wechat:chenli88']],
    ['Telegram: mara关vance_uk, remove the Chinese characters', ['telegram:maravance_uk']],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      expect(extractHandles(text).map((h) => `${h.kind}:${h.value}`)).toEqual(want);
    });
  }
  const honest: string[] = [
    // 倒着, 反过来 and joins in ordinary text
    '小朋友把课文倒着念了一遍,顺序是 3 2 1',
    '反过来说,还款计划表 2024 版更清楚',
    '把这两个数字倒过来 1234 和 4321 都是四位数',
    '课本里把 hello world 倒着写一遍,老师联系家长',
    'Please write your name as one word: John Smith',
    'Contact the bank. Spell it as one word: Online Banking Help She said',
    // a join with no handle cue, and tags without a join
    '把下面两个标签连起来看: #理财 #上岸 #2024',
    '分享给大家 #credit_report #0412 #房贷',
    // 绿色软件 is portable software; 绿色 is green
    '绿色软件下载 v2.3.1 免安装版,解压即用 abc_123',
    '小区的绿色植物很多,物业电话在公告栏',
    // Q for a quarter, a question, a grade
    'Q3 2026 营收 12345 万元',
    'Q4 业绩 2025 年报,联系投资者关系部',
    // a sign swap or a dropped character with no id beside it, or no contact
    '把小数点换成逗号 1.5 万,老师微信里说的',
    'Excel 里把 file.name 的点换成下划线再保存',
    'Replace the dash with an underscore in config-file names',
    '我是在淘宝买的手机,微信问客服,把名字里的汉字去掉',
    '文件名 report关2024 里的汉字去掉再上传',
  ];
  for (const text of honest) {
    it(`none: ${text}`, () => {
      expect(extractHandles(text).filter((h) => h.suspect)).toEqual([]);
    });
  }
  it('a handle pointed to in the tags, or put back together, is told; one beside tags is not', () => {
    const told = (text: string) => extractHandles(text).map((h) => h.told === true);
    expect(told('老师微信我放在标签里了 #理财 #wanglin0607')).toEqual([true]);
    expect(told('微信倒着输:6802_umoaiz')).toEqual([true]);
    expect(told('老师微信 wanglin0607 #理财')).toEqual([false]);
    // an @ put back as the poster says; an address written plainly beside it is not told
    expect(told('发到 zs_weiquan#126.com（#换成@）或 abc@qq.com')).toEqual([true, false]);
    // a dot or a Chinese character in an id no one says to change is read as before, not told
    expect(told('加我微信 lijie.tuibao 备注')).toEqual([false]);
    expect(extractHandles('微信号 wang老师88 备注来意')).toEqual([]);
    expect(told('微信 lijie·tuibao（点换成下划线）, 或者 QQ 号 3801922745')).toEqual([true, false]);
  });
  it('a number before a qq.com address is no QQ number unless the address names it', () => {
    const qq = (text: string) => extractHandles(text).filter((h) => h.kind === 'qq');
    expect(qq('订单号 58201934, 客服邮箱 service@qq.com')).toEqual([]);
    expect(qq('生日 20240101 也要填写清楚,另外备用的邮箱格式是 QQ号@qq.com')).toEqual([]);
  });
  it('pointsToNext reads the instruction and leaves the extractor as it was', () => {
    const label = '直接加我,把下面前两个标签连起来就是,字母小写。';
    expect(pointsToNext(label)).toBe(true);
    expect(pointsToNext('加我微信,备注来意')).toBe(false);
    expect(extractHandles(`${label} #rx_li#0412#上岸`).map((h) => h.value)).toEqual(['rx_li0412']);
  });
  it('a reversed id maps to the characters as written', () => {
    const text = '她的微信倒着输:6802_umoaiz';
    const [h] = extractHandles(text);
    expect(h?.value).toBe('ziaomu_2086');
    expect(h && text.slice(h.start, h.end)).toBe('6802_umoaiz');
  });
});

describe('extractHandles: the homophone digits', () => {
  it('the run it searches holds every homophone and every spoken digit it reads', () => {
    const cls = HOMOPHONE_RUN.source.slice(1, HOMOPHONE_RUN.source.indexOf(']'));
    const homophones = HOMOPHONE_DIGIT.source.replace(/[^\p{sc=Han}]/gu, '');
    for (const c of [...homophones, ...SPOKEN_DIGIT_CLASS]) expect(cls, c).toContain(c);
  });
});
