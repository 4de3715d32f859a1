import { SRC } from './sources';
import type { LexiconEntry } from './types';

/** The stages of a planted comment thread, in the order the script plays them. */
export type ArcStage = 'pain' | 'success' | 'request' | 'handover' | 'thanks' | 'dissent' | 'referral';

export interface ArcEntry extends LexiconEntry {
  stage: ArcStage;
}

/**
 * The arc of a planted thread: pain (逾期, 被催收, lost my savings) → success with a helper
 * (找老师协商成功, she got my money back) → request (能把老师微信推给我吗, how can I reach her) →
 * handover (加的是这个老师的微信, she is on telegram) → thanks (太感谢了, God bless). Dissent
 * (骗子, 托, "this is a scam") is what a genuine thread has and a planted one lacks. Referral (加他微信,
 * "contact her on") sends the reader to a third person: with a success story in the same comment, the
 * shape of a testimonial.
 */
export const ARC: readonly ArcEntry[] = [
  {
    id: 'en_dissent',
    stage: 'dissent',
    pattern: String.raw`(?<!\b(?:thought|worried|feared|assumed|figured|was sure) (?:(?:it|this|that|he|she) (?:was|is) )?)\b(?:this is|it's|its|that's|sounds like|obviously|another) (?:a )?(?:scam|fake|bots?|spam)\b|(?<!\b(?:everyone|everybody|anyone|all|every one|the rest|most|others?) (?:else )?(?:(?:in|out) (?:that|this|the) (?:space|field|business|industry) )?)\b(?:are|is|all|these|those|both|obvious|just|you) (?:a |an |obvious |all )?scammers?\b|\bscammers? (?:here|everywhere|in (?:the|these) comments)\b|\bbots?\b|\b(?:fake|scam|spam|bot) (?:comments?|accounts?|reviews?|profiles?)\b|\bthese are (?:all )?(?:scams?|bots?|fake)\b|\b(?:don't|do not|never) (?:contact|pay|send (?:them|him|her|money|anything)|trust|fall for)\b(?! (?:any(?:one|body)? )?(?:else|other))|\breported\b|\bdisagree\b|\bnot true\b|\bwrong\b`,
    lang: 'en',
    note: 'readers calling it out or disagreeing; not a doubt the writer had and dropped ("my husband thought it was another scam at first, it wasn\'t")',
    source: SRC.mrsX,
  },
  {
    id: 'en_handover',
    stage: 'handover',
    pattern: String.raw`\b(?:she|he|they) (?:is|are) on (?:telegram|whatsapp|signal|instagram)\b|\bjust (?:google|search(?: for)?) (?:her|him|them|the name)\b|\b(?:her|his|their) (?:contact|number|telegram|whatsapp|email) (?:is|:)|\byou can (?:reach|contact|text|message) (?:her|him|them)\b|\breach (?:her|him|them) (?:on|via|at)\b|\b(?:her|his|their) (?:@|handle|username|user ?name) is\b|\b(?:search|look up|find) (?:her|him|them) on (?:telegram|whatsapp|instagram|ig|signal|facebook|line)\b|\b(?:her|his|their) (?:info|details|contact) (?:is )?(?:below|in my bio|in the description|pinned)\b`,
    lang: 'en',
    note: 'passing the advisor’s contact on ("her handle is", "look him up on Telegram", "her info is in my bio")',
    source: SRC.mrsX,
  },
  {
    id: 'en_pain',
    stage: 'pain',
    pattern: String.raw`\blost (?:all |most )?(?:my|our|his|her) (?:savings|money|funds|investment|retirement|crypto|down payment|deposit|winnings)\b|\b(?:i|we) (?:was|were|got) scammed\b|\bdrowning in debt\b|\bin (?:so much |deep )?debt\b|\bbad credit\b|\bdenied (?:a |for )?(?:loan|credit|mortgage)\b|\bstruggling (?:financially|with (?:debt|bills))\b|\bcan't pay\b|\b(?:my|our) (?:withdrawals?|account|funds|balance) (?:is|was|got|were|are|has been) (?:frozen|locked|blocked|on hold)\b|\b(?:they|the platform|the site|the broker|the casino|the exchange) (?:won't|wouldn't|refused to|refuse to) (?:let me withdraw|pay (?:me )?out|release (?:my|the) (?:funds|money|winnings))\b|\bbehind on (?:my )?(?:payments|bills|rent|mortgage)\b|\bcollectors? (?:keep|kept) calling\b|\bmaxed out (?:all )?(?:my )?(?:cards|credit cards)\b|\bon a fixed income\b|\blost (?:my|our|her) (?:nest egg|life savings|pension)\b|\b(?:the )?(?:platform|fund|scheme|company) (?:collapsed|went under|went bust)\b`,
    lang: 'en',
    note: 'the pain story that opens the arc (savings lost, a withdrawal frozen, the broker that will not pay out, collectors calling, cards maxed out); older readers: "on a fixed income", a nest egg or pension lost, the fund that "went under"',
    source: SRC.recoveryHacker,
  },
  {
    id: 'en_referral',
    stage: 'referral',
    pattern: String.raw`\b(?:he|she)(?:'s| is) on (?:whatsapp|telegram|signal|line|wechat)\b|\bask for (?:(?:mr|mrs|ms|dr)\.? )?[a-z]{2,15} (?!(?:at|from)\b)[a-z]{2,15} (?:at|from)\b|\b(?:contact|reach(?: out to)?|text|message|e-?mail|call|whatsapp|dm|write to|get in touch with) (?:him|her|this (?:man|woman|lady|guy|gentleman|expert|company|team|firm))\b|\b(?:his|her) (?:whatsapp|telegram|signal|line|number|phone|email|e-mail|contact|handle|details) (?:is|on|at|via|below)\b|\b(?:his|her) (?:direct|private|personal|own) (?:line|number|cell|mobile|phone|whatsapp|email)\b|\btell (?:him|her|them) [\w'.]{1,20}(?: [\w'.]{1,20}){0,2} (?:sent you|from (?:the|my|this) [\w.]{2,20})\b|\btell (?:him|her|them) you (?:read|saw|found|heard about) (?:her|his|my|our|the|this|their) (?:story|post|article|review|comment|video)\b|\b(?:say|tell (?:him|her|them)) (?:you(?:'re| are)|you came) from (?:the |my )?[\w.]{2,20}\b`,
    lang: 'en',
    note: 'sending the reader to a third person ("contact him on WhatsApp", "her email is", "tell him Owl sent you", "tell them you read her story", "ask for Martin Keogh at Ledgerline", "He\'s on WhatsApp: …"); a firm\'s "contact us" is not one',
    source: SRC.mrsX,
  },
  {
    id: 'en_request',
    stage: 'request',
    pattern: String.raw`\bhow (?:can|do|did|would) (?:i|you|we) (?:contact|reach|get in touch with|get a ?hold of|find)\b|\bhow (?:can|do|did) (?:i|you|we) (?:join|get into) (?:his|her|their|the) (?:group|class)\b|\b(?:can|could) you (?:share|send|drop|give me) (?:her|his|their|the) (?:contact|number|info|details|telegram|whatsapp)\b|\bwho is (?:your|this) (?:advisor|adviser|expert|manager|broker)\b|\bplease (?:share|send) (?:her|his|their|the) (?:contact|details|info)\b|\bwhat(?:'s| is) (?:her|his|their) (?:contact|number|telegram|whatsapp|handle)\b|\b(?:drop|share|send|post) (?:her|his|their) (?:info|contact|details|deets|number|handle|@)\b|\b(?:dm|pm|inbox) me (?:the|her|his|their) (?:info|contact|details|number|handle)\b|\bwho (?:did|do) you (?:use|go through|work with|hire)\b|\b(?:need|want) (?:her|his|their) (?:contact|number|info|details)\b|\bhappy to (?:give|pass|send|share) (?:you )?(?:her|his|their) (?:details|contact|number|info)\b|\b(?:can|could|would) you (?:tell|give|send) me (?:the |her |his |their )?(?:name|number|contact|details|info)\b|\bthe (?:name|number) of (?:the|that) (?:man|woman|lady|guy|person|agent|company) who helped\b`,
    lang: 'en',
    note: 'the planted ask for the contact ("drop her info", "inbox me his details", "who did you use?", "can you tell me the name of the man who helped you?", "how do you get into his group?"), or its offer that the asker only has to accept ("happy to give you his details")',
    source: SRC.mrsX,
  },
  {
    id: 'en_success',
    stage: 'success',
    pattern: String.raw`\b(?:found|traced) (?:a|my|two|three|both|our) (?:pot|pension)s?\b|\bfound my late [a-z]{3,12}'s (?:pension|policy)\b|\b(?:she|he|they) (?:helped|changed|saved) (?:me|my|us)\b|\bi wish (?:i|we)(?: had| would have|'d) (?:called|contacted|found|met|gone to|reached out to) (?:him|her|them) (?:first|sooner|earlier|years ago)\b|\bgot (?:all |\d{1,3}% of )?(?:my|our|his|her)(?: (?:brother|sister|mom|dad|mother|father|husband|wife|son|daughter|friend)'s)? (?:money|funds|bitcoins?|crypto|deposit|winnings|eth|ether|btc|usdt) back\b|\b(?:can't|cannot|can not) recommend (?:him|her|them) enough\b|\bhad \$[\d,.]{1,9}k? back\b|\bgot \$?\d[\d,.]{0,8}k? back\b|\bgot back (?:about |around |almost |nearly |over |a little over |just over |most of )?\$\d[\d,.]{0,8}k?\b|\$[\d,.]{1,9}k? (?:came|was sent|was wired) back\b|\b(?:money|funds|savings) came back\b|\bgot \$?\d[\d,.]{0,8}k? of (?:the|my|our) \$?\d[\d,.]{0,8}k? back\b|\bgot (?:a (?:little|bit) over |about |around |almost |nearly |over )?\d{1,3}% (?:of it )?back\b|\$[\d,.]{1,9}k? (?:was|were) (?:returned|refunded|credited|sent back) to (?:my|our) (?:[A-Z][\w]{2,15} )?(?:account|wallet|bank)\b|\b(?:money|funds|savings) (?:was|were|is|are|landed|arrived) (?:back )?in (?:my|our) (?:bank|account|bank account)\b|\bcame back (?:in)?to (?:my|our) (?:bank )?account\b|\bgot \d[\d,.]{0,8} (?:btc|eth|usdt|bitcoins?|coins?|ether) back\b|\b(?:can|i|we) (?:personally )?vouch for\b|\bwent from (?:the |a )?[3-6]\d\d'?s? to (?:a )?[6-8]\d\d\b|\bgot (?:my |his |her |our )?(?:brother|sister|mom|dad|mother|father|husband|wife|son|daughter|friend|uncle|aunt)(?:-in-law)? \$?\d[\d,.]{0,8}k? back\b|\bgot (?:it|them|everything) (?:back|released|refunded)\b|\b(?:recovered|restored) (?:all )?(?:my|our)\b|\bi(?:'ve| have)? (?:made|earned|profited)(?: over| more than| about)? \$|\bmy (?:portfolio|income|profits?|account) (?:grew|doubled|tripled)\b|\bhighly recommend\b|\bchanged my life\b|\bwas s[kc]eptical(?: at first)?\b|\bhad (?:the lot|it all|everything|all of it) back\b|\bfinancial freedom\b|\bis (?:a genius|the best|amazing|legit|the real deal)\b|\b(?:mrs|mr|ms|madam|dr|sir|auntie|aunty|uncle)\.? [a-z]{3,15}(?: [a-z]{3,15})? is (?:real|legit|genuine)\b|\bfirst withdrawal\b|\b(?:turned|grew|made) (?:my )?\$?\d[\d,.]*k? into \$?\d|\bmanag(?:es|ing) my (?:funds|money|portfolio|account)\b|\b(?:made|earned|won|got) back (?:all )?(?:my|our) (?:loss|losses)\b|\bwhat (?:changed everything|turned (?:it|things) around) (?:for (?:me|us|my \w+) )?was\b|\bthe only reason (?:i|we)\b|\bstarted (?:with|trading with|investing with) (?:\$|mrs|mr|ms|dr|expert)|\b(?:thanks|thank you|grateful) to (?:mrs|mr|ms|dr|madam)\b|\bfrom \$[\d,.]+k? to \$[\d,.]+k?\b|\$?\d[\d,.]{0,7}k? down to \$?\d[\d,.]{0,7}k?\b|\bdid the same for me\b|\bdid mine (?:too|as well)\b|\bmade (?:all )?my (?:losses|money) back\b|\bgot my \$[\d,.]{1,9}k? (?:wiped|erased|forgiven|cancell?ed|cleared)\b|\bevery (?:penny|cent|dime)(?: of it)? back\b|\b(?:cleared|wiped|erased|zeroed) (?:out )?(?:all )?my (?:bills?|debts?|balances?|loans?)\b|\b(?:cleared|wiped|erased|zeroed) (?:out )?(?:all )?my [\w$,']{1,12} (?:bills?|debts?|balances?|loans?)\b|\b(?:cleared|wiped|erased|zeroed) (?:out )?(?:all )?my [\w$,']{1,12} [\w$,']{1,12} (?:bills?|debts?|balances?|loans?)\b|\b(?:cleared|wiped|erased|zeroed) (?:out )?(?:all )?my [\w$,']{1,12} [\w$,']{1,12} [\w$,']{1,12} (?:bills?|debts?|balances?|loans?)\b|\b(?:balance|bill|debt|loan)s? (?:was|were|got) (?:wiped|cleared|erased|forgiven|zeroed)\b|\bmy (?:refund|money|payout|funds|payment|settlement) (?:came through|arrived|was released|cleared)\b|\b(?:got|had) (?:my|the|our) (?:account|withdrawal|funds?|wallet|winnings) (?:unlocked|unfrozen|released)\b|\b(?:i|we) (?:finally )?(?:got|received) (?:my|our) (?:payout|withdrawal|winnings)\b|\bfirst (?:monthly )?(?:check|cheque|payout|distribution) (?:came|arrived|hit|landed|cleared)\b|\bmy (?:inheritance|claim) was released (?:in|within) \d{1,2} (?:days|weeks)\b|\bmy \$?\d[\d,.]{0,8}k? (?:went|came) (?:down )?to (?:a little over |just over |about |only |under )?\$?\d|\b(?:i )?(?:haven't|have not|never) heard from (?:a |the |any )?(?:collectors?|creditors?|collection agenc(?:y|ies)) (?:since|again)\b|\b(?:the|their) (?:collection |collector )?calls (?:stopped|have stopped)\b`,
    lang: 'en',
    note: 'the success story credited to the advisor ("my $31k went to a little over $6k", "$36,400 came back into my bank account", "I haven\'t heard from a collector since", "what changed everything for me was joining…", "what turned it around for my parents was", "I made back my loss", "Graham found my late husband\'s pension", "he found TWO pots")',
    source: SRC.mrsX,
  },
  {
    id: 'en_thanks',
    stage: 'thanks',
    pattern: String.raw`\bthank you(?: so much)?\b|\bbless (?:her|him)\b|\bforever grateful\b|\bowe (?:her|him) (?:my life|everything|big time)\b|\bcan't thank (?:her|him|them) enough\b|\bthanks(?: a lot| so much)?\b|\bgod bless\b|\bi(?:'ll| will) (?:contact|reach out to|message|text) (?:her|him|them)\b|\bjust (?:contacted|messaged|texted) (?:her|him|them)\b|\blegit\b|\bover the moon\b|\blovely (?:man|woman|lady|guy|bloke)\b|\b(?:messaged|texted|contacted) [a-z]{3,12} (?:last night|yesterday|this morning|today)\b`,
    lang: 'en',
    note: 'thanks and "I will contact her" ("messaged Graham last night", "over the moon", "lovely man")',
    source: SRC.mrsX,
  },
  {
    id: 'zh_dissent',
    stage: 'dissent',
    pattern: String.raw`骗子|骗局|(?:是|就是|都是|确定是|肯定是)诈骗|是托|托儿|医托|别信|不要信|(?<!真的)假的|水军|钓鱼(?:的|贴|帖|网站|链接|诈骗|软件|app|APP)|(?:是|就是|都是|纯)钓鱼|打广告|都是广告|(?:已|我|大家)举报|点了举报|举报(?:了|他|她|这|楼主|此)|提醒一句|不靠谱|智商税|自己(?:跟|和)(?:银行|平台)协商|不用找(?:中介|老师)|非法集资|(?:典型|熟悉)的?(?:说法|套路|剧本)|不要再(?:往里)?投|跑路|(?:先|赶紧|赶快|快|建议|最好)(?:去)?(?:打|拨打?|问问)\s?(?:96110|165|18222)|(?:先|赶紧|赶快|快|建议|最好)(?:去)?报警|(?:夹埋|一齐|串埋)(?:嚟|来)?呃|呃(?:人|钱|你|手续费)|唔好信`,
    lang: 'zh',
    note: 'readers calling it out (in Cantonese too: 夹埋嚟呃人, 唔好信), saying they negotiated themselves, or telling the asker to call the anti-fraud line or the police first (先打96110问问, 赶紧报警)',
    source: SRC.debtorForums,
  },
  {
    id: 'zh_handover',
    stage: 'handover',
    pattern: String.raw`加的是|(?:老师|他|她)的?(?:微信|QQ|扣扣|企鹅|联系方式)(?:是|:|：)|佢嘅?(?:WhatsApp|微信|电话|手机|号码|联络方法)(?:系|是|:|：)|联系方式(?:是|:|：)|搜(?:一下)?这个|就是这个(?:老师|号)|扫(?:了)?(?:文章里|下面|上面|图里|图片)?的?(?:二维码|码)|看我(?:的)?(?:昵称|名字|头像|主页|简介)|(?:微信|QQ)(?:里|上)?(?:直接)?搜(?=[\s:：]{0,2}[A-Za-z0-9_\u2460-\u24ff])|找的就?是(?:这个|这位|这家)|(?:联系方式|微信|QQ)就?在(?:我的?)?(?:主页|简介|签名|置顶)`,
    lang: 'zh',
    note: 'handing the handle over (微信搜 x, 企微 folded to 微信; Cantonese 佢WhatsApp係…, 佢嘅電話係…)',
    source: SRC.shillAskers,
  },
  {
    id: 'zh_pain',
    stage: 'pain',
    pattern: String.raw`逾期|被催(?:收)?|催收|起诉|(?<!如果|要是|万一)还不(?:上|起)(?!的话)|欠了|负债|爆通讯录|被骗|亏(?:了|损|光)|套牢|(?:被)?套了?[\d一二三四五六七八九十几]{1,4}多?万|没钱还|走投无路|压得(?:我)?喘不过气|压力(?:很|好|太)?大|欠着|(?:扛|撑)不住|不敢(?:跟|和|告诉)(?:家里|家人|媳妇|老婆|老公|爸妈)|(?:净系|净是|只)还(?:利息|min pay|最低还款)|还到天荒地老|以贷养贷|拆东墙补西墙|网贷缠身|(?:电话|手机)都?被打爆|(?:天天|每天)被催|(?:工资|收入)都?不够还|养老钱(?:都)?(?:没了|被骗|打水漂|亏了|套住了|拿不回来)|(?:P2P|平台|理财|集资|公司)(?:暴雷|爆雷|被立案)了?|(?:钱|本金)(?:投|存|放|打)进去(?:就)?(?:拿|取|提)不出来|(?:房子|房产)(?:被)?(?:抵押|押)(?:出去)?了`,
    lang: 'zh',
    note: 'the pain story that opens the arc; older readers and refund victims: 养老钱没了, the platform 暴雷, money put in "that cannot be taken out", the house mortgaged',
    source: SRC.shillAskers,
  },
  {
    id: 'zh_referral',
    stage: 'referral',
    pattern: String.raw`加(?:他|她|老师)|(?:他|她|老师)的(?:微信|薇信|V信|QQ|扣扣|电话|手机|联系方式|号码|WhatsApp|Telegram|LINE)|(?:联系|咨询|找)(?:他|她)(?![们人])|(?:就|的时候|时)说是?[^，。,!！?？\s是介来]{1,12}(?:介绍来?的|来的)|报我(?:的)?名字|提我(?:的)?名(?:字)?|讲系?[^，。,!！?？系介]{1,14}介绍|介绍(?:揾|搵|找)(?:佢|他|她)|(?:WhatsApp|whatsapp|联络|揾|搵) ?佢|问(?:下|吓)佢|讲系[^，。,!！?？系]{1,10}睇到`,
    lang: 'zh',
    note: "sending the reader to a third person (加她微信, 老师的电话, 就说是小林介绍的, 报我的名字); a shop's 联系我们 is not one",
    source: SRC.shillAskers,
  },
  {
    id: 'zh_request',
    stage: 'request',
    pattern: String.raw`推(?:给|荐给)?我|求(?:个)?(?:老师|联系方式|微信|QQ|方法|推荐|分享|介绍|带)|怎么(?:联系|加|进群|找)|(?:能|可以)(?:把|给)(?:我)?[^。！？]{0,8}(?:微信|联[系络]方式|号)|(?:能不能|可不可以|能否|可以|能)(?:分享|推荐|介绍|私信|发)(?:一下|给我)?(?![^，。！？?!]{0,8}(?:模板|表格|文档|文件|资料|截图|攻略|清单|word|excel|pdf))|(?:群号|微信号?|QQ号?|扣扣号?|企鹅号?|联系方式|电话|号码)[^。！？?!]{0,12}?(?:是)?多少|(?:小号|私号|工作号)(?:是)?多少|(?:老师|他|她)的?(?:个人|私人)?(?:微信|联系方式|QQ|扣扣|企鹅|电话)号?(?:是)?多少|哪(?:个|位)老师|(?:怎么|如何)找(?:到)?(?:老师|他|她)|(?:是)?在哪(?:里|儿)?(?:看|找|加|进|报名)的|楼主(?:现在)?怎么样了|你(?:现在)?(?:的债务)?怎么样了|求带|(?:搜|加)(?:不到|不上|不了)|同求|蹲(?:一个|个)?(?:联系方式|老师|微信|链接|后续)|(?:拉|带)我(?:进群|入群)|求拉(?:群|我)|怎么(?:联络|揾|搵)|点样?(?:联络|揾|搵|加)(?:到)?佢|点样?(?:联络|联系)(?=[?？]|$)|可唔可以(?:俾|畀|pm|send)我?个?(?:联络|联系|WhatsApp|电话|号码|名)|(?:求|可以)(?:私讯|私我|小盒子)|怎么(?:跟|和)(?:他|她|他们|经理|老师)(?:联系|联络)|(?:电话|号码|微信)(?:能不能|可以|能)(?:给我|发我|告诉我)`,
    lang: 'zh',
    note: 'the planted ask for the contact (楼主现在怎么样了, 能把老师微信推给我吗, 同求, 蹲一个联系方式, 拉我进群; Cantonese 点样揾佢, 請問Vincent點聯絡？, Taiwan 求私訊, 可以給聯絡方式嗎; a request to share a document, 能不能分享一下模板, asks for no contact)',
    source: SRC.shillAskers,
  },
  {
    id: 'zh_success',
    stage: 'success',
    pattern: String.raw`(?:拎|攞|出|追|要)返 ?(?:[\d一二两三四五六七八九十百千万几]+|咗|晒)|谈下来(?:以后|之后|后)|帮我(?:弄|办|搞|处理)(?:的|好了|下来了)|到手(?:了)?[\d一二两三四五六七八九十几]{1,3}[万千]|到账(?:了)?\d{3,7}(?!\d)|(?:他们|她们)帮(?:忙|我)?(?:弄|办|处理|搞定|谈|协商)|(?:每个月|每月)(?:就)?只(?:要)?还[\d一二两三四五六七八九十几]{1,4}(?:百|千|万)?多?(?:块|元)?|找[^，。,!！?？]{0,13}?(?:老师|专家|法务|团队|顾问)|(?:老师|专家|法务|团队|顾问|她|他)(?:帮|给)(?:我|忙)|跟着[^，。,!！?？]{0,6}(?:老师|操作)|协商成功|谈(?:成|下来)了|(?:都|全部|全都)谈成|办(?:下来|成功)了|批了|已经上岸|成功上岸|(?:减免|停息)(?:了|成功)|追回(?:来)?了|追返(?:咗|了)|回本了|赚了|赚咗|(?:吃|抓)(?:了|到)?(?:两|三|四|五|几|\d)个(?:涨停)?板|(?:升|涨|赚)(?:了|咗)\d{1,3}(?:\.\d)?%|(?:账户|本金|资金)从[\d.]+万?(?:做|涨|赚)到|涨停|翻倍了|感恩遇到|(?:真的|确实|是真)准|(?:按时|准时)(?:返钱|到账|返还)|做了(?:个)?方案|是成了|(?:催(?:收)?的?电话|催收)(?:也|都)?(?:没了|停了|不打了)|(?:弄|办)妥了|救(?:咗|了)我|月供由[^，。,]{1,6}(?:变|减到|降到)|少(?:咗|了)一大截|(?:刚|已经)进(?:的)?群|进群(?:一周|几天|一个月|半个月)|跟着[^，。,!！?？]{0,8}抄作业|吃到(?:了)?肉|比(?:存)?银行[^，。,!！?？]{0,6}(?:挣|赚)(?:得)?多|回来了(?:[一二两三四五六七八九十百千\d]{1,4}万|一半)|(?:钱|本金|损失|款)(?:都|全)?(?:拿|要|追)回来了|(?:利息|罚息)(?:全|都)(?:免|减)(?:了|掉了)|(?:已经|都)(?:没人催|不催)了|出款(?:成功|了)|出金(?:成功|了)|(?:退赔款|兑付款|回款|本金|退款)(?:已经|都)?(?:到账|下来|打过来|到手)了|(?:名额|指标)(?:批|办|抢|申请)(?:下来|到)了`,
    lang: 'zh',
    note: 'success credited to the helper (Cantonese 拎返十五萬, 出返六萬幾, 本金要回来了, 利息都免了, 已经没人催了, 出款成功); 退赔款/兑付款 "已经到账了", the quota "批下来了"',
    source: SRC.shillAskers,
  },
  {
    id: 'zh_thanks',
    stage: 'thanks',
    pattern: String.raw`谢谢|感谢|多谢|唔该晒|唔该哂|太好了|靠谱|真的(?:有用|管用)|已经加(?:了|上)|(?:已|刚)加(?:了)?(?=[\u4e00-\u9fff]{1,4}(?:老师|经理|助理|顾问))|加上了|加了,|挺好的|好人一生平安|总算看到希望|救命恩人|再生父母|好人有好报`,
    lang: 'zh',
    note: 'thanks that close the arc (Cantonese 唔該晒)',
    source: SRC.shillAskers,
  },
];
