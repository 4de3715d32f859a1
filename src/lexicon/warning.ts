import { SRC } from './sources';
import type { LexiconEntry } from './types';

/**
 * Warning context: wording that quotes a scheme in order to warn about it (谨防, 骗局, 风险提示,
 * "beware", "never pay upfront"), and quoting frames (自称, 所谓, "so-called", "posing as").
 * It lowers the weight of what it quotes within its own sentence, or its section when it heads one.
 */
export const WARNING: readonly LexiconEntry[] = [
  {
    id: 'en_disclaimer',
    pattern: String.raw`\bwe (?:do not|don't|never|will never|cannot|can't|won't) (?:promise|guarantee)\b`,
    lang: 'en',
    note: 'a firm\'s disclaimer of the promises it refuses ("we never promise a guaranteed recovery"); a commenter\'s "I can\'t guarantee" hedge is not one',
    source: SRC.ftc,
  },
  {
    id: 'en_quote_frame',
    pattern: String.raw`\b(?:accounts|bots|strangers) (?:told|urged|invited|asked|pushed) (?:me|us|him|her|people|everyone) to\b|so-called|claim(?:s|ing|ed)? to be|\b(?:anyone|anybody|those|people|residents|investors|consumers) (?:approached|contacted|targeted|pitched) (?:with|by|about)\b|posing as|pretend(?:s|ing|ed)? to be|impersonat\w*|purport\w*|\b(?:messaged|texted|called|contacted|emailed|rang|dm'?ed) me (?:on \w+ )?from\b|\b(?:got|received) (?:a |an )?(?:call|text|message|email|dm|whatsapp) from\b|\bcomment on my (?:video|post|channel)(?: last (?:week|month))? from (?:someone|somebody|an account|a stranger) saying\b|\b(?:got|received) (?:a |an )?(?:comment|reply) from (?:someone|somebody|an account|a stranger) saying\b|\b(?:ads|adverts|advertisements|mailers|flyers|leaflets|postcards|robocalls) (?:saying|that (?:say|said)|reading)\b|\b(?:i|we|he|she|they|my (?:mom|mum|dad|mother|father|wife|husband|son|daughter)) (?:got|was|were) told to (?:message|text|call|contact|add|email|whatsapp)\b`,
    lang: 'en',
    note: 'a comment reported with its words ("a comment on my video from someone saying \'contact …\'"); new accounts who told the writer what to do ("three brand new accounts told me to join …"); quoting frames that distance the writer from the claim ("anyone approached with a free investing class"), reports of who contacted the writer ("messaged me on WhatsApp from +44…"), of what the writer was told to do ("I got told to message a "Dr. Gordon Ashby" through his assistant") and of the ads going round ("mailers saying "stop wage garnishment in 24 hours"")',
    source: SRC.ftc,
  },
  {
    id: 'en_warning',
    pattern: String.raw`\bbeware\b|\bheads[- ]up (?:to|for) (?:everyone|anyone|all|y'?all|folks|people)\b|\b(?:people|accounts|bots|folks) (?:praising|pushing|shilling|hyping) (?:some|a|this|the same)\b|(?<!\b(?:not|no|isn't|wasn't|never) (?:an? )?)\bscams?\b(?! recovery (?:services?|firms?|compan(?:y|ies)|teams?|agenc(?:y|ies)|experts?|specialists?)\b| funds\b)|\bscammers?\b|\bfraud(?:s|ster|sters|ulent)?\b|\bred flags?\b|\bwarning signs?\b|\bscam alert\b|\bnever (?:to )?(?:pay|send|give|share|wire)\b|(?<!\bif you )(?<!\b(?:message|text|whatsapp|email|dm|signal|telegram)(?: (?:me|him|her|them|us|only))?[,;]? )\b(?:do not|don't|dont) (?:pay|send|trust|contact|give|share|wire|reply|dm|message|text|add|call)\b(?! me\b)|\bphishing\b|\breport (?:it|them|this|the (?:account|number|scam)) to\b|\breport and block\b|\bblock and report\b(?! (?:the )?(?:collectors?|calls)\b)|\breported and blocked\b|\bblocked and reported\b|\bconsumer alert\b|\b(?:will|can|could|would) (?:get you (?:in|into) (?:legal )?trouble|land you in (?:legal )?trouble)\b|\bthings to avoid\b|\bif (?:someone|anyone|anybody|an?) [^.!?\n]{0,60}\bask(?:s|ing)? (?:you )?(?:to|for)\b|\bthat(?:'s| is) not (?:me|us)\b|\bbefore you pay anyone\b|\bnever asks? (?:you )?to (?:wire|send|pay)\b|\b(?:will|would|does|do|should) (?:not|never) ask (?:you )?(?:to (?:wire|send|pay)|for (?:a |an |any )?(?:fee|payment|deposit|gift cards?))\b|\bcheck (?:out )?(?:a|the|any) (?:company|lender|firm|business|agency) before\b|\b(?:the|this|that|these|those) accounts? (?:is|was|are|were|has been|have been) (?:banned|suspended)\b`,
    lang: 'en',
    note: 'to report and block a message quoted before ("…small fee to start". Report and block.), warnings and advice against paying or contacting ("heads up to everyone", "six people praising some \'Mentor Nina\'"), a moderator\'s "the account is banned" ("if you don\'t text" is a condition, not advice; "don\'t message me if…" is the writer\'s own wish, and "message, don\'t call" the channel the writer prefers), an impostor notice ("if someone … asks you to …, that is not me"), "check a company before you pay anyone"; "scam recovery service" is what recovery rooms call themselves, not a warning, nor are the "scam funds" a recovery firm says it got back',
    source: SRC.ftc,
  },
  {
    id: 'zh_disclaimer',
    pattern: String.raw`(?:不|从不|绝不|决不|并不)(?:承诺|保证)(?=[^。！？]{0,4}[“"「『])|不代收|(?:不|也不|并不|从不)(?:认识|接)任何(?=[^。！？“"「『]{0,8}[“"「『])|不接(?:任何)?(?:代办|代理)|(?:不|从不|绝不|决不|并不)(?:代|替)(?=[^。！？“"「『]{0,8}[“"「『])|(?<=[」”"』][^。！？]{0,8})不可信`,
    lang: 'zh',
    note: 'a disclaimer that quotes the promises it refuses (本人不承诺“停息挂账”“不成功不收费”), a helper who says she knows no such service and takes no agency work (不收钱也不接代办，也不认识任何“退保团队”) or the service it does not do (本所律师不代客户与银行“谈停息挂账”), and a quoted scheme called untrustworthy (“停息挂账”代理为什么不可信); a hedge (不保证每个人都能做成) is not one',
    source: SRC.riskNotices,
  },
  {
    id: 'zh_negation',
    pattern: String.raw`千万(?:不要|别)|千祈(?:唔好|咪|不要|别)|切勿|(?:不要|别)(?:轻信|相信|添加|随意加|加陌生|私下|转账|付款|交钱|点击)|不(?:加|添加)陌生|不下载对方|不汇(?:款|钱)到个人|勿(?:信|加|轻信|转账)|不要上当|(?:都|千万|一律)?(?:不要|别|不能|不可)(?:相)?信(?=[。！!？?；;，,…\n]|$)`,
    lang: 'zh',
    note: 'negated calls to action (不要加陌生人微信, Cantonese 千祈唔好搵嗰啲), and the same said as a rule to keep (不加陌生人的投資群、不下載對方給的APP、不匯款到個人帳戶); "don\'t believe it" closing a list of a scheme\'s marks (凡是要你先付任何名目的钱的……都不要信。)',
    source: SRC.riskNotices,
  },
  {
    id: 'zh_quote_frame',
    pattern: String.raw`(?:警方|警察|检方|检察官)(?:调查)?(?:指出|表示|透露|说明|查出|调查发现)|自称|所谓|号称|声称|冒充|(?:有|好几个|几个|很多)人(?:让|叫|劝)我(?:去)?(?:找|加|联系)|(?:客服|对方|人家|平台|网站|专员|顾问|业务员?|经理|代办|中介)[」”"』]?(?:让|叫|要求)(?:我|他|她|我们)?先|(?:打|发|来)(?:电话|短信|信息)给我|给我(?:打|发)(?:了)?(?:个)?(?:电话|短信|信息)(?=[，,]?(?:说|称|讲|要|让|问|通知|自称))|(?:一个|有个)陌生(?:号码|人|电话)|收到(?:的是|一个|一条|个|条)[^，。,！？]{1,12}[，,]?(?:说|称)|(?:受害人|被害人|受骗群众)(?:添加|加)(?:过)?的|(?:受害人|被害人|受骗者|被骗者)[则也都]?被(?:引导|诱导|要求|拉|带)|私信(?:了)?我[，,]?(?:让|叫|要)我|打着[^。！？]{1,16}(?:旗号|幌子)|以[^。！？]{1,12}为(?:名|由|幌子)|谎称|(?:他们|对方|那家公司|该公司)(?:的)?(?:业务员|客服|工作人员|人)?(?:说|称|承诺|保证|忽悠)|(?:小广告|广告|传单|贴纸|牛皮癣|短信)(?:上|里)?[，,]?(?:上面)?(?:写着|写的是|印着)|(?:说|讲|搞|吹)(?:的)?什么(?=\s?[“"「『])|(?:告知|写道|写作|写成)(?=[：:]?\s?[“"「『])|(?:警方|警察|检方|法院)(?:在|已)?(?:查获|破获|查扣|查缉|侦破|逮捕|起诉|判处)|有人(?:打|发|传)(?:电话|短信|信息|讯息)?(?:来|过来|给[^，。,！？]{0,4})?(?:说|称|讲)|(?:如果|若|要是|假如)有人(?:跟(?:你|您)|对(?:你|您))?(?:说|称|讲|告诉(?:你|您))|任何人(?:话|说|讲)(?=[「“"『])`,
    lang: 'zh',
    note: 'what police or a court found, reported (警方指出，集團成員會…留下…LINE帳號「…」); quoting frames of case narratives (不法分子自称"老师", 他们的业务员说可以办停息挂账), others urging the writer (好几个人让我找“出款团队”), the other side\'s demand reported (客服让先交保证金, 人家让他先充三千, 有個「專員」叫我先付對保開辦費), what someone might say, reported to the reader (如果有人說能「全額退費」, Cantonese 任何人話「批核前要先俾手續費」), reports of a stranger\'s call or message (一个陌生号码打电话给我, 他给我打电话说…, 有人打给我老婆说…, 豆邮收到一个“胡老师”，说他是…, 她收到的是「金管會退款專員」，說要先付…), and the accounts the victims added, listed (受害人添加的微信号包括：…), or were led to (部分被害人則被引導加入…), and a DM\'s order to the writer (私信我，让我加他微信…) and of an ad seen (电梯里的小广告写着"…"); a report\'s formal "informed / wrote / written as" before a quotation (再告知「需先缴…保证金」, 留言写道：「…」, 在留言中寫作「a z h e . 0 5 2 6」); what police, prosecutors or a court seized or charged (警方查獲集團使用的LINE帳號); "给我打电话或者加我" is a call to action, not a report',
    source: SRC.riskNotices,
  },
  {
    id: 'zh_regulator_warned',
    pattern: String.raw`(?:监管|金融监管总局|银保监会?|证监会|央行|人民银行|警方|公安|消保委|消委会)(?:部门|机关)?(?:反复|多次|一再|曾经?|已经?)?(?:提示|提醒|警示|点名|通报)(?:过)?的`,
    lang: 'zh',
    note: 'a scheme named as the one regulators or police have warned about (是监管反复提示的代理退保, 警方多次提醒的刷单): the writer names it to warn, not to sell',
    source: SRC.cbirc2020Tuibao,
  },
  {
    id: 'zh_warning',
    pattern: String.raw`谨防|警惕|骗局|骗案|诈骗|骗子|风险提示|以案说险|仅(?:作|供)(?:识别|辨认|辨别)|(?:别|不要|切勿|请勿)加(?=[，,）)。；;]|$)|套路|(?:同一|同样的?|一样的)(?:招|套|手法|话术)|(?:常见|惯用|典型)的?话术|(?:已|被)(?:检举|举报|提报)|诈团|集团成员|(?<=该|此|这个|这些)集团|(?<=才|后来|最后)(?:发现|知道|明白)(?:自己)?(?:被骗|上当|是骗)|(?:打|拨打|拨|致电)(?:165|96110|18222|12378)(?:反诈骗?(?:专线|热线)?)?(?:问|查|核实|核查|确认|咨询|求证)|非法|不法分子|受骗|上当|防范|反诈|报警|违法|黑产|黑灰产|犯罪|辟谣|谣言|小心(?=[「“"『]|[^。！？]{0,8}(?:中介|骗|假冒|陷阱))|(?<=[」”"』])的?(?:风险|陷阱|托(?![管运付儿])|盯上|小?广告)|(?:别|不要|不用)(?:搭)?理(?:会|他们|她们|他|她)?(?= ?(?:[。！!？?；;\n]|[-–] )|$)|(?:直接|请|就)?(?:略过|跳过|无视)(?= ?(?:[。！!？?；;\n]|[-–] )|$)|(?:绕开|绕道走?|绕着走|躲远点|远离)(?=[。！!？?]|$)|(?:一律|直接|马上|立刻|立即)(?:封锁|检举|举报)(?=[。！!？?；;\n]|$)|(?:禁止|严禁|不得)(?:张贴|发布|发帖|贴|留|推广|宣传|导流|私下|任何)|(?:最)?典型的?(?:[一二三四五六七八九十\d]步|手法|套路|话术|特征|步骤)|立(?:刻|即)停(?:下来|止)|虚假|(?<!我们|我|本(?:公司|中心|机构|团队|所))与[^，,。！？!?；;]{1,12}(?:不同|无关|不一样)|唔好(?:理|信|畀钱|俾钱|交钱|转钱|过数)|唔使理|咪(?:理|信)(?:佢|佢哋)?(?=[。！!？?，,]|$)|特别提醒|提醒(?:大家|各位|一下大家|一句)|(?:相关|该|此|这些)(?:账号|帐号|用户)(?:已经?)?(?:被)?(?:封禁|封停|封号|禁言)`,
    lang: 'zh',
    note: 'examples shown for recognizing them, not adding (例子（别加，仅作识别用）：…); the moment a victim saw it (才發現被騙); a gang named as such (詐團, 集團成員, 該集團: a report on it); an anti-fraud line called to check first (都先打165問, 拨打96110核实); warning words of regulators, police and press (辟谣, 谣言: a debunked "new policy"); "the same trick" seen elsewhere (我上週在FB看到同一招); an agent\'s usual pitch, quoted (代辦常見話術：「不看聯徵」「先繳保證金」); a post reported (被檢舉掉了, 已檢舉); 小心 only before a quoted term or a named trap (小心「清卡數」中介); the risk, trap, shills or ads of a quoted scheme, or one that preys on someone (坊間「代辦協商」的風險, 那些“出款团队”的托, 一堆「聯徵美化」的廣告, 被“保本高息”盯上); a scheme\'s typical steps, a fake platform, "stop at once" (这是最典型的三步, 虚假平台, 都请立刻停下来); "ignore them" closing a sentence (那种让先交评估费的，大家别理。), not "ignore the collectors", which is the middleman\'s own advice; "keep away" closing a sentence (网上那些“免费进群领牛股”的，请绕开。); or "just skip it" (如果有人說能「全額退費」又要先收費，直接略過。); the Cantonese "ignore them, do not believe, do not pay" (唔好理, 唔好信, 唔好畀钱, 咪理佢); "block / report them" closing a sentence (說有「老師帶單」的，一律封鎖。看到冒用名義拉群的請直接檢舉。), never 拉黑, which a middleman says of the collectors (催收電話直接拉黑); a board\'s rules that forbid posting a kind of thing (禁止張貼投資群組、私人聯絡方式導流); a thing set apart from what it is not (與導流投資群組不同), not by a firm of itself (我们与其他机构不同); a moderator\'s notice that the accounts named were banned (相关账号已封禁), not a pusher\'s "my old account was banned, add the new one"',
    source: SRC.riskNotices,
  },
];

/**
 * Self-promotion: the page speaks for a firm that sells (我中心, 本公司, "our team"). A warning
 * heading above such text does not make its offers quotations.
 */
export const SELF_PROMO_RE =
  /我中心|本中心|我们(?:团队|公司|机构|中心)|我司|本公司|本机构|本团队|我们已(?:经)?帮助|our (?:team|company|firm|experts|specialists|agency)|we have (?:helped|recovered|assisted)/iu;

/**
 * Authenticity claims: "谨防假冒, 认准唯一微信", "beware of impostors, our only WhatsApp is", "冒充的很多，点这个进去就是本人"
 * (this one is the real person; 非本人操作, 本人意愿 are no claim).
 * They look like warnings but vouch for a handle: a sentence with one is never a warning.
 */
export const AUTHENTICITY_RE =
  /(?:冒充|假冒|仿冒|冒认|冒用)(?:我|本)(?:中心|公司|司|团队|机构|们)|impersonating us|pretending to be us|认准|(?:就是|才是)(?:他|她|我)?本人(?![操意办])|唯一(?:官方)?(?:微信|QQ|联系方式|客服|号码|WhatsApp|Telegram|LINE|电报|热线|查询热线|电话|手机)|(?:其他|其它)(?:均为|都是)(?:假冒|冒充)|(?:其他|其它)(?:号码|账号|微信)?(?:一概|均|都|一律)?与本(?:中心|公司|机构|团队)无关|our (?:only|one and only|sole) (?:official )?(?:whatsapp|telegram|number|contact|account|email)|(?:the )?only (?:official|genuine|real) (?:whatsapp|telegram|number|contact|account)|beware of (?:impostors|imposters|fake (?:accounts|profiles))/iu;
