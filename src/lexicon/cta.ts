import { SRC } from './sources';
import type { LexiconEntry } from './types';

/**
 * Calls to action around a contact: add, contact, consult, copy, scan, "reach him on", "text me".
 * Normalized text folds 加V/➕V/薇信 to 微信 first, so 微信 stands for every alias.
 */
export const CTA: readonly LexiconEntry[] = [
  {
    id: 'en_cta',
    pattern: String.raw`\b(?:contact|reach(?: out to)?|text|dm|message|whatsapp|write to|email|call|ping|hit up) (?:me|him|her|them|us|this (?:expert|man|woman|lady|guy))\b|\b(?:call|text|ring)s?(?: (?:or|and) (?:text|call))?, (?=[+(]?\d{3})|\b(?:say|mention) (?:you(?:'re| are)|you came) from\b|\bshoot me an? (?:text|message|dm|email)\b|\bwrite (?:me|him|her|us|them) (?:at|on|via)\b|\bfind (?:me|him|her|us) on\b|\b(?:he|she|they) (?:(?:also )?(?:answers|replies|responds)(?: to)?(?: (?:texts|calls|messages|e-?mails))?|is reachable|are reachable|can be reached) (?:at|on|via)\b|\b(?:his|her|their|my|our) (?:e-?mail|number|whatsapp|telegram|cell|phone)\b[^.!?:\n]{0,30}:|\b(?:his|her|their) (?:e-?mail|number|whatsapp|telegram|cell|phone)(?: number)? is (?=[+(]? ?\d|plus\b)|['’](?<=\b[a-z]{2,20}['’])(?<!\bthe [a-z]{2,20}['’])s e-?mail(?: address)? is (?=[^\s@]{1,64}@)|\btell (?:him|her|them) [^.!?\n]{1,30} sent you(?! ?(?!(?:and|so)\b)[a-z])|\bsend (?:your|me your|us your|him your|her your) [^.!?\n@]{1,60} to (?=[^\s@]{1,64}(?:@| ?(?:\[at\]|\(at\)|at\b)))|\bfor (?:anyone|anybody|everyone|those)\b[^.!?:\n]{1,60}:|\breach (?:him|her|them|out) (?:on|via|at|through)\b|\b(?:contact|reach) (?:info|details)\b|\b(?:contact|whatsapp|dm) (?:mrs|mr|ms|dr|madam|expert)\b|\b(?:he|she|they) (?:is|are) (?:on|available on|reachable on) (?:telegram|whatsapp|signal|line)\b|\bsend (?:him|her|them) a (?:message|text|dm)\b|\bclick (?:to|the link to) (?:chat|contact)\b|\bget in touch\b|\bvia (?:whatsapp|telegram|signal)\b|\bon (?:whatsapp|telegram|signal)\b|\bcheck (?:my|his|her) (?:profile|bio|name|page)\b|\b(?:number|whatsapp|contact|email|telegram) (?:on|in) (?:my|his|her) (?:profile|bio|name|page)\b|\b(?:e-?mail(?:ed)?|(?:wrote|write) to|contact(?:ed)?|reach(?:ed)? out to) (?:(?:them|him|her|us) )?(?:(?:at|on|via) )?(?=[^\s@]{1,64}@)|\b(?:e-?mail|whatsapp|telegram) ?:|\bcontact (?:our|my|the) (?:loan officer|agent|account manager|manager|adviser|advisor|expert|lender)\b|\b(?:call|text|sms|dm|e-?mail|whatsapp|message|ring) (?:[^.!?\n]{1,30} )?(?:at|on) (?=[+(]?\d)|\b(?:call|text|dm|e-?mail)(?: or |/)(?:call|text|dm|e-?mail)\b|\b(?:text|texts|sms|whatsapp|telegram|signal|e-?mail|dms?) only ?[:(\-–]|\badd (?:[^.!?\n]{1,40} )?on line\b|\be-?mail (?:[^.!?\n]{1,30} to )?(?=[a-z0-9._-]{1,64} ?(?:@|\[at\]|\(at\)|at\b))|(?<=^|[,;:] ?|[.!?] )e-?mail(?: address)? is (?=[a-z0-9._-]{1,64} ?(?:@|\[at\]|\(at\)|at\b))|\bask for (?:(?:mr|mrs|ms|dr)\.? )?[a-z]{2,15} (?!(?:at|from)\b)[a-z]{2,15} (?:at|from)\b|\breach (?:their|his|her|the) (?:[a-z]{3,12} )?(?:team|desk|intake|office)(?: directly)? at\b|\bsend (?:him|her|them) (?:your|their) (?:story|details|case|file|documents|transaction ids)\b|\bhit (?:me|him|her|them|us) up\b|\bhmu\b|\b(?:inbox|pm) (?:me|him|her|them|us)\b|\bslide (?:in|into) (?:my|his|her|their) (?:dms?|inbox)\b|\bdrop (?:me|him|her|them|us) a (?:line|message|text|dm|note)\b|\badd (?:me|him|her|them|us) (?:on|via)\b|\badd (?:my|his|her|their) (?:whatsapp|telegram|line|wechat|number|id|handle)\b|\blink in (?:my |his |her |the )?bio\b|\bsearch (?:for )?(?:the |my |his |her |this )?(?:id|handle|username|user ?name)\b|\b(?:whatsapp|telegram|signal|line) (?:id|handle|username) ?(?:is\b|:)|(?<!\b(?:they|he|she|we|i|will|would|to|did|does|do|never|always|usually|sometimes|might|may|can|could) )\bgive (?:him|her|them|me|us) a (?:call|ring|buzz|text|shout)\b|\blook (?:him|her|them|me) up on\b|\b(?:his|her|their) (?:direct )?line is\b|\b(?:their|his|her) (?:intake|case) (?:address|e-?mail|desk)(?: there)? is\b|\b(?:their|his|her) desk(?: there)? is\b|\b(?:their|his|her) intake is\b|(?<=^|[.!?] )intake is at\b|\btexting (?:is|works) best\b|\b(?:best|easiest) (?:to|is to) (?:text|call|whatsapp)\b|\b(?:his|her|their) e-?mail(?: address)? is\b|\be-?mail (?:is|works) (?:better|best|easier|faster)\b|\b(?:she|he|they) (?:also )?takes? e-?mails?\b|\b(?:call|text|sms|whatsapp|message) [a-z]{2,16}(?: [a-z]{2,16})?:\s?(?=[+(]?\d)|\b(?:whatsapp|telegram|signal) or (?:text|call|e-?mail) ?:`,
    lang: 'en',
    note: 'English pointers to a contact, and an address given as one ("Email: …", "I emailed x@…", "write me at …", "he answers at …", "find me on WA …", "for anyone who lost savings: …", "his email if you don\'t text: …", "send your name and number to x@…" (or "to x at outlook dot com"), "Text Coach T at 470…", "WhatsApp Mr Caleb +1…", "Her WhatsApp is +1… (or + 1 4 1 5 …), tell her Odalys sent you (and she will …)", "Her WhatsApp is plus one, three one two, …", "Bev\'s email is x@…", "her email is …", "Ask for Martin Keogh at Ledgerline Tracing, email is …", "you can reach their intake team directly at …", "Readers can send him their story at …", "email is better for papers, …", "she also takes email: …", "DM or text", "texting is best, (502) …", "easiest is to text her", "He\'s text only: …", "email your file to x AT gmail", "Text Andre: (702) …", "WhatsApp or text: …"; "Please do call, 480 …"; slang: "hit me up", "hmu", "inbox me", "drop her a line", "link in bio", "add him on …")',
    source: SRC.mrsX,
  },
  {
    id: 'en_past_moderators',
    pattern: String.raw`\b(?:in )?trouble with the (?:mods|moderators|admins)\b|\bso (?:the )?(?:mods|moderators|admins|automod) (?:don't|do not|won't|can't) (?:delete|remove|catch|flag|see) (?:it|this|my (?:comment|post))\b|\bget (?:it )?past the (?:mods|moderators|admins|automod|filters?)\b|\b(?:mods|moderators|admins|automod) (?:keep )?(?:deleting|removing) (?:it|my (?:comments?|posts?|number|email))\b`,
    lang: 'en',
    note: 'a contact written out to get it past the forum\'s moderators ("I don\'t want to get in trouble with the mods for posting contact info so I\'ll write it like this: …", "so the mods don\'t delete it"): the writer means it to be used (not to be confused with hiding an address from spam bots, which honest pages do)',
    source: SRC.aliasLore,
  },
  {
    id: 'zh_add',
    pattern: String.raw`加(?:我|老师|他|她|好友|一下|的是|上)|(?:WhatsApp|whatsapp|揾|搵|(?<![a-z])line|telegram|微信) ?(?:我|佢)|加[^，。,!！?？\s]{1,4}?(?:老师|法务|专家|助理|经理|顾问|微信|QQ|Telegram|LINE)|添加|进群|入群|加微信|加QQ|加Telegram|加LINE|微信号?[:：]|QQ号?[:：]|(?:微信|QQ)(?:同号|搜索)|add ?(?:我|佢)`,
    lang: 'zh',
    note: 'add-me wording (有需要直接 LINE 我, 微信我, WhatsApp 佢, add我); 加V/加微 arrive here already folded to 微信',
    source: SRC.aliasLore,
  },
  {
    id: 'zh_consult',
    pattern: String.raw`联系(?:我|老师|方式|电话)?(?![了过])|详谈|详聊|细倾|揾(?:佢|佢哋|我|老师)|(?:请|請)(?:直接)? ?(?:whatsapp|telegram|signal|line|微信|wechat|致电|致電|短讯|短訊)|(?:email|e-mail|whatsapp|pm|dm|inbox)(?:佢|佢哋|我)|(?:whatsapp|telegram|signal|line) ?[搵揾](?!到|唔到)|咨询(?![了过]|(?:服务)?(?:公司|有限|机构|中心))|私信|私聊|扫码|扫一扫|(?:点击)?复制|搜索|(?:(?:LINE|微信|QQ) ?搜|搜寻) ?(?:ID|id)|推给|推荐给|找(?:老师|我|他|她)|(?:直接)?打(?:给|畀|俾)(?:他|她|佢|我)|就[搵揾找]到(?:佢|他|她)|打我(?:的)?(?:电话|手机)(?=[^，。！？]{0,16}(?:预约|咨询|报名|办理))|直接打(?:就行|就好|就可以|过去)|(?:直接|可以|请|就)(?:打|拨|来电|致电)(?= ?[+(（]?\d{3})|说是[^，。,!！?？\s]{1,8}介绍(?:的|来的)|(?:就|只要|记得|記得)(?:说|說|话|話|讲|講)(?:是|係|系)? ?(?:在|喺|從|从)?[^，。,!！?？\s看見见睇]{2,10} ?(?:看到|見到|见到|睇到)|(?:话|話|讲|講)(?:喺|系|係)[^，。,!！?？\s見见睇]{1,10}(?:見到|见到|睇到)[^，。,!！?？\s就]{0,8}(?:就得|就可以)|(?:问|問)(?:下|吓|嚇)佢|(?:直接|可以|你)(?:问|問)佢|戳我|详询|留言|看我(?:的)?(?:昵称|名字|头像|主页|简介|签名)|看(?:简介|主页|置顶)|私(?:我|戳|敲)|(?<![秘亲紧严机精细保])密我|(?:私|敲|丢)小盒子|小盒子(?:见|聊|私|找我)|滴滴我|敲我|(?:打|call|send|whatsapp|pm)(?:俾|畀)(?:我|佢)|找我(?:聊|拿|要|领)|给(?:我|他|她|老师)发(?:个|封)?(?:邮件|电邮|email|e-mail)|发(?:邮件|电邮)给(?:我|他|她|老师)`,
    lang: 'zh',
    note: "contact, consult, talk it over (WhatsApp 6482 1973 詳談, 私聊详聊, Cantonese 細傾), call (直接打给她, 急的话直接打 0958-316-274, 或直接來電 0958…, WhatsApp … 就搵到佢, 直接打我电话 … 预约, 直接打就行, Taiwan 打給她, Cantonese 打畀佢), copy, scan, search (LINE 搜 ID, 搜尋 ID), say who sent you (就说是桂香介绍的) or where you saw them (話喺好盤網見到, 講係01睇到就得, 講係親子王見到我個post就得, 就说在论坛看到的, 就说汽车之家看到的), pass on (Cantonese 揾佢, 問下佢, 直接問佢啦, email佢哋, WhatsApp 搵 Miss Cheung, 请WhatsApp too; WhatsApp 搵唔到佢 says who could not be found); 联系了/咨询过 tell what happened, they ask nothing; slang: 私我, 滴滴我, Taiwan 密我/小盒子, Cantonese 打俾我; Taiwan 私訊 alone is how shops and pages are reached too, so it is left out; 邮箱：x@… gives an address as one, as Email: does in English; 给他发邮件 sends the reader to a person's mailbox (给我们发邮件, a desk's, is left out)",
    source: SRC.aliasLore,
  },
  {
    id: 'zh_past_moderators',
    pattern: String.raw`怕被(?:吞|删|屏蔽|和谐)|防(?:吞|屏蔽|和谐)|(?:号码|数字|微信|联系方式)(?:老是|总是|一直)?(?:被吞|被删|被屏蔽|发不出)`,
    lang: 'zh',
    note: '为躲过平台审核而写成这样的联系方式（怕被吞、防屏蔽、号码老是被吞）：写的人就是要人去加',
    source: SRC.aliasLore,
  },
];

/**
 * Taking the reader off the platform (for the `off-platform` signal): the site's messages are "slow" or
 * "filtered", it "takes 20%", "I keep it off here", 平台发信要开会员, 换个方式聊. A marketplace, a freelance
 * board or a dating site keeps the talk where its protection and its moderators are; the one who pushes a
 * private line to get away from them says so. Read only in the pusher's own words (the warnings that name
 * it, "never pay outside the platform", 禁止私下交易, are warnings).
 */
export const OFF_PLATFORM: readonly LexiconEntry[] = [
  {
    id: 'en_off_platform',
    pattern: String.raw`\bkeep (?:it|this|things|the rest) off (?:here|the (?:site|platform|app))\b|\b(?:this|the) (?:site|platform|app) takes (?:a )?\d{1,2} ?%|\b(?:messages?|chats?|inbox) (?:on )?(?:here )?(?:are|is|gets?) (?:slow|filtered|monitored|blocked|flagged)\b|\b(?:outside|off) (?:of )?(?:the )?(?:site|platform|app)\b|\bavoid (?:the )?(?:site|platform|app)(?:'s)? (?:fees?|cut)\b`,
    lang: 'en',
    note: 'moving the talk or the deal off the site ("this site takes 20% so I keep it off here", "messages here are slow and filtered", "arranged outside the platform by email"); the policies of marketplaces bar it because the buyer loses the site\'s protection',
    source: SRC.ebayOutside,
  },
  {
    id: 'zh_off_platform',
    pattern: String.raw`换个方式聊|私下(?:联系|交易|聊)|(?:这里|呢度|喺度)(?:不方便|唔方便|唔好)(?:讲|说|倾)|(?:版主|管理员|管理員)(?:唔钟意|不喜欢|会删|会封)|平台(?:发信|聊天|消息|私信)?(?:要|需要?)(?:开|充)?会员|平台(?:要)?(?:抽成|抽佣)|站外(?:联系|交易|聊)`,
    lang: 'zh',
    note: '把人从平台带走:平台发信要开会员, 换个方式聊, 私下联系, 平台要抽成, 这里不方便说, 唔好喺度講太多…版主唔鍾意;婚恋网上催着换到私人聊天软件是杀猪盘的开头',
    source: SRC.ftcRomance,
  },
];
