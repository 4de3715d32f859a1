/**
 * Facts: what the page model says, read once through the text layer. Every block is normalized
 * once; handles, bait, personas, calls to action, warnings and the stages of a comment's story are
 * found in it; positions and excerpts are given in the original text. Facts are plain data
 * (serializable), so frames can send theirs to the top frame and signals never touch the DOM.
 */
import type { CommentModel } from '../dom/comments';
import { isAuthorChrome, isPostsLabel } from '../dom/meta';
import type { PageModel } from '../dom/model';
import { Selectors } from '../dom/selector';
import type { WalkState } from '../dom/walk';
import { privateLine } from '../handles/channel';
import { findCues, NAME_POINTER_RE } from '../handles/cues';
import { type DisguiseTell, disguiseOf } from '../handles/disguise';
import { extractHandles, type HandleHit, hasContactCue, LINE_ID, pointsToNext } from '../handles/extract';
import { hiddenContact } from '../handles/hidden';
import { digitEnded, firstPiece, secondPiece } from '../handles/split';
import { accuses } from '../lexicon/accusation';
import { ADVANCE_FEE, FEE_FIRST, LOAN_RE } from '../lexicon/advance-fee';
import { ARC, type ArcStage } from '../lexicon/arc';
import { BAIT } from '../lexicon/bait';
import { CTA, OFF_PLATFORM } from '../lexicon/cta';
import { LICENCE_RE, PERSONA } from '../lexicon/persona';
import { TOPIC } from '../lexicon/topic';
import { coldScanners, compileLexicon, type LexiconHit, matchLexicon } from '../lexicon/types';
import { AUTHENTICITY_RE, SELF_PROMO_RE, WARNING } from '../lexicon/warning';
import { modelTermsIn } from '../model/model';
import type { HandleKind, Region, ScamKind } from '../report/types';
import { hostOf } from '../settings/decisions';
import { displayOrder, hasOverride } from '../text/bidi';
import {
  type Normalized,
  normalize,
  normalizeSteps,
  SPOKEN_DIGIT_CLASS,
  SPOKEN_DIGITS,
  toOriginal,
} from '../text/normalize';
import { isWide, Scanner } from '../text/scan';
import { isSpace } from '../text/space';
import { numberForms, writtenNumber } from './numbers';

/** a contact link's scheme and its target */
const CONTACT_LINK_RE = /^\s*(?:mailto|tel|sms|callto):\/*([^?#]*)/iu;

export interface HandleFact {
  kind: HandleKind;
  value: string;
  raw: string;
  /** false when the extractor already knows it is official or masked */
  listed: boolean;
  why?: string;
  region: Region;
  /** block index in its frame, -1 outside text blocks */
  block: number;
  /** comment id, -1 outside comments */
  comment: number;
  selector: string;
  /** the sentence around it, as written */
  context: string;
  /** a call to action in the same sentence, or a contact slot (cta, widget, link) */
  cta: boolean;
  /** inside a warning's sentence or section */
  warned: boolean;
  /** a persona (老师, Mrs X, hacker) in the same block, as written */
  persona?: string;
  /**
   * given as the writer's own line ("call or text me, 419…", "my cell is", 打我工作手机, 加我微信): it sends
   * nobody to a third person, and no persona spoken of in another sentence is behind it
   */
  writerLine?: boolean;
  /** the writer's own line given to send a document she made, free: a share, offered to nobody as a service */
  shared?: boolean;
  /** outside the comments, in a block that sends the reader to a third person ("reach him by email at …", 加她微信) */
  referred?: boolean;
  /** a licence number beside it: same comment, or same region within a few blocks */
  licensed: boolean;
  /** given as an institution's own line (我行客服电话, "our helpline"), with no bait beside it */
  institutional?: boolean;
  /** an email at the site's own domain: the site's, which is the scheme's when the site itself sells it */
  ownSite?: boolean;
  /** named as the site's own line in words only its owner uses (我行客服电话, 本报新闻热线) */
  ownLine?: boolean;
  /** a phone number with an extension after it (ext. 214, 转 8021): an office switchboard, nobody's private line */
  office?: boolean;
  /** how it was disguised as written (circled or spelled digits, invisible characters, look-alike letters…) */
  disguise?: DisguiseTell;
  /**
   * a third person's private line the page sends the reader to in its own voice, in a paragraph under its own
   * warning that warns of nothing itself (`fee`: the paragraph asks money for the help, and does not say it is free)
   */
  afterWarning?: 'fee' | 'plain';
}

export interface PhraseFact {
  /** `hidden`: a contact handed over in a form to decode, that no handle was read from (id: `assembly` or `evasion`) */
  lexicon: 'bait' | 'persona' | 'advance-fee' | 'fee-first' | 'off-platform' | 'hidden';
  id: string;
  kind?: ScamKind;
  weight: number;
  text: string;
  region: Region;
  block: number;
  comment: number;
  selector: string;
  warned: boolean;
  /** a persona the writer names as their own title ("I'm Dr. Lee", 我是退休老师) */
  selfNamed?: boolean;
  /**
   * a scheme's term in quotation marks in the page's text that gives no contact ("追损团队"更不能, 对方会先“免费评估”):
   * named, as an article names what it reports on; it says what the page is about, not that the page sells it
   */
  named?: boolean;
}

export interface CommentFact {
  id: number;
  author?: string;
  place?: string;
  time?: string;
  likes?: number;
  /** its floor in a forum topic (1 is the opening post) */
  floor?: number;
  parent?: number;
  replyTo?: number;
  section: number;
  depth: number;
  selector: string;
  /** the comment's own words, shortened */
  text: string;
  stages: ArcStage[];
  /** `kind:value` of handles it carries */
  handles: string[];
  /** named personas it credits ("Mrs Susan", "老师") */
  personas: string[];
  /**
   * the writer's post count as the forum prints it beside the name (Posts: 6, 2 posts, 帖子 2,366), read
   * from the comment's element when asked (undefined: none shown)
   */
  readonly posts?: number;
  /** its author is the page's publisher, named outside the comments (a notice's issuer answering residents) */
  publisher?: boolean;
  /** one row of a list of one-line messages (a chat room's, a BBS article's pushes) */
  row?: boolean;
  /** its words name a money scheme's subject (debt, a loan, stocks, a recovery: the topic lexicon) */
  moneyWords?: boolean;
}

export interface SectionFact {
  id: number;
  selector: string;
  comments: number[];
}

export interface WidgetFact {
  via: string;
  selector: string;
  handles: string[];
}

export interface PageFacts {
  /** which frame these facts come from ('top' or the frame's URL) */
  frame: string;
  title: string;
  lang?: string;
  url?: string;
  handles: HandleFact[];
  phrases: PhraseFact[];
  comments: CommentFact[];
  sections: SectionFact[];
  widgets: WidgetFact[];
  /** topic words counted per scheme kind (title, comments, call-to-action boxes) */
  topics: Partial<Record<ScamKind, number>>;
  /** the page talks about money anywhere (debt, loans, savings, investing, "$5,000", 资金) */
  money?: boolean;
  /**
   * the page speaks as the institution it belongs to, outside its comments (我行, 本报, "our tip line"): the
   * official lines it lists are its own wherever they appear
   */
  ownVoice?: boolean;
  /**
   * the page's own text (not a comment, not a quotation or a warning) tells of money got back or a debt
   * settled: a first-person success story ("$36,400 came back into my account")
   */
  storySuccess?: boolean;
  /** the text model's words the page has (src/model/model.ts; every word it has with `readTerms: textTerms`) */
  terms: string[];
  nodes: number;
  chars: number;
  capped: boolean;
}

const BAIT_LEX = compileLexicon(BAIT);
const PERSONA_LEX = compileLexicon(PERSONA);
/** Persona entries whose name must be written with a capital ("Mrs Susan", not "miss one payment"). */
const NAMED_PERSONAS: ReadonlySet<string> = new Set(['en_named_expert']);
const CAPITAL_NAME_RE = /\s\p{Lu}/u;

/** Lexicons match without case: a title before a name counts only when the page writes the name with a capital. */
function namedAsWritten(h: LexiconHit, original: string): boolean {
  return !NAMED_PERSONAS.has(h.entry.id) || CAPITAL_NAME_RE.test(original);
}
const CTA_LEX = compileLexicon(CTA);
const OFF_PLATFORM_LEX = compileLexicon(OFF_PLATFORM);
const WARNING_LEX = compileLexicon(WARNING);
const ARC_LEX = compileLexicon(ARC);
const TOPIC_LEX = compileLexicon(TOPIC);
const FEE_LEX = compileLexicon(ADVANCE_FEE);
const FEE_FIRST_LEX = compileLexicon(FEE_FIRST);
/** the same tests as LOAN_RE and LICENCE_RE, run where a match can start (once per block) */
const LOAN_SCAN = new Scanner(LOAN_RE);
const LICENCE_SCAN = new Scanner(LICENCE_RE);

/** A commenter's name this long, printed outside the comments too, is the publisher's (小王 could be anyone). */
const PUBLISHER_MIN_CHARS = 4;
/** How much of the page outside its comments is searched for a commenter's name. */
const PUBLISHER_TEXT_CHARS = 200_000;
const NAMES_WECHAT_RE = /微信|\bwechat\b|\bweixin\b/iu;
const NAMES_LINE_RE = /LINE|\bline ?id\b/u;
/** the helper a paragraph speaks of: a third person ("reach her", our benefits advocate, 她, 老师) */
const THIRD_PERSON_RE =
  /\b(?:she|he|her|him)\b|\bour (?:[a-z]+ )?(?:advocate|advis[eo]r|counsel+or|specialist|expert|consultant|agent|officer|navigator|coach|lender|broker|caseworker)s?\b|[她他]|老师|老師|顾问|顧問|专员|專員/iu;
/** …and not the writer's own line ("email me at", 加我) */
const WRITER_CTA_RE =
  /\b(?:email|e-mail|message|text|call|contact|write to|reach|dm|ping|whatsapp) me\b|\bmy (?:email|number|whatsapp|inbox|cell)\b|加我|联系我|聯繫我|私信我|找我/iu;
/** money asked for the help (a fee, a deposit, a retainer, 服务费, 定金) */
const FEE_TALK_RE =
  /\b(?:fees?|deposit|retainer|charges?)\b|手续费|手續費|服务费|服務費|定金|订金|訂金|押金|前期费用|前期費用/iu;
/** …unless the paragraph says the help is free */
const FREE_HELP_RE =
  /\bno (?:fee|charge|cost)s?\b|\bfree\b|\bnever charges?\b|\bwithout (?:a )?(?:fee|charge)\b|免费|免費|不收费|不收費|不收任何/iu;

/** A block this short that holds a call to action is a call-to-action box. */
const CTA_BOX_MAX_CHARS = 200;
const CONTEXT_CHARS = 160;
const COMMENT_TEXT_CHARS = 280;

/** An extension right after a number (", ext. 214", " x214", "转8021", "分机 12"): the number is a switchboard's. */
const EXTENSION_AFTER = /^[,，]? ?(?:ext\.?|extension|x|转|轉|分机|分機|内线|內線) ?\d{1,5}(?!\d)/iu;
/**
 * An office's line named so right before the number ("call the church office at 314…", "the county office:
 * …", "the front desk is …", 居委会办公室电话, 前台电话): an organisation's desk, not a person's private line
 * (a person's "his office is …, text only" and the writer's own "call my office" are left to the other tests).
 */
const OFFICE_BEFORE =
  /(?<!\b(?:my|our|his|her|their) )\b(?:office|front desk|main line|switchboard|reception|intake line)(?: line| number| phone)?(?: is| at|:)? ?$|(?:办公室|辦公室|办事处|辦事處|前台|总机|總機|值班室|服务台|服務台|服务中心|服務中心)(?:的)?(?:电话|電話|座机|座機)?(?:是|[:：])? ?$|(?:公务|公務|工作)(?:手机|手機|电话|電話)(?:是|係|[:：])? ?$/iu;
/**
 * Weekday office hours right after a number ("0912-486-305（平日 9:00–17:30）", "6183 4420（平日9點至6點",
 * "(Mon-Fri 9-5)"): a line staffed in an organisation's hours, not a person's private line
 */
const HOURS_AFTER =
  /^ ?[（(]? ?(?:平日|工作日|週一至週五|周一至周五|星期一至五|星期一至星期五|weekdays|mon(?:day)? ?(?:-|–|to) ?fri(?:day)?),? ?\d{1,2}(?:[:：]\d{2})? ?(?:[點点時时]|am|a\.m\.)? ?(?:-|–|~|至|到|to)/iu;
/** A WeChat official account named so (公众号, 服务号, 订阅号, 企业号): an organisation's, not a person's line. */
const OFFICIAL_ACCOUNT_RE = /公众号|服务号|订阅号|企业号|公眾號|服務號|訂閱號|\bofficial (?:wechat )?account\b/iu;
/** how far into the next block an account card's description is looked for */
const OFFICIAL_ACCOUNT_NEXT_CHARS = 40;
/** how far before a number its office's name is looked for */
const OFFICE_BEFORE_CHARS = 48;

/**
 * A writer who gives their id as their name on the page ("Find me on Telegram, same username as here", "LINE 同名",
 * "my IG is my name here"): posters do it to keep the id out of the text a filter reads. Only an app whose ids
 * are free names (Telegram, LINE, Signal, WeChat), only with the app named in the same sentence, and only when
 * the writer's name is a well-formed id of that app.
 */
const SAME_NAME_RE =
  /\bsame (?:user ?name|name|handle|id) (?:as (?:here|on here|this one|above)|here)\b|\b(?:my|the) (?:user ?name|name|handle) (?:here|on here|above)\b|(?:同名|同用户名|同一个名字|跟这里一样的名字|名字一样)/iu;
const SAME_NAME_APPS: ReadonlySet<string> = new Set(['telegram', 'line', 'signal', 'wechat']);
/** a name that can be such an app's id: a letter, then letters, digits, _ . - (4 to 32 in all) */
const SAME_NAME_ID = /^[a-z][a-z0-9_.-]{3,31}$/iu;

function sameNameHit(
  text: string,
  author: string,
  found: readonly HandleHit[],
  sentenceOf: (at: number) => string,
): HandleHit | undefined {
  const m = SAME_NAME_RE.exec(text);
  if (!m) return undefined;
  const cue = findCues(sentenceOf(m.index)).find((c) => SAME_NAME_APPS.has(c.kind));
  const id = author.trim().replace(/^@/u, '');
  if (!cue || !SAME_NAME_ID.test(id) || found.some((h) => h.kind === cue.kind)) return undefined;
  return {
    kind: cue.kind as HandleKind,
    value: id.toLowerCase(),
    raw: id,
    start: m.index,
    end: m.index + m[0].length,
    suspect: true,
    told: true,
  };
}

/** a victim's word (受骗, 上当: taken in), which a reader's story of being helped afterwards also holds */
const VICTIM_WORD_RE = /^(?:受骗|上当)$/u;
/** the helper's story turning bad after all: taken in again, blocked, gone (traditional forms too: the text is not normalized) */
const TAKEN_AGAIN_RE = /[骗騙]|拉黑|跑路|失联|失聯|不见了|不見了|联系不上|聯繫不上|结果|結果/u;

/** An institution naming its own channel: the bank's or the shop's line, not a pushed lead. */
const INSTITUTIONAL_RE =
  /(?:工作|办公)手机|手机[（(]工作[)）]|\bwork (?:cell|mobile)\b|我行|本行|我司|本公司|本店|本报|(?:主办|承办|协办)(?:单位)?[:：]|官方(?:客服|热线|电话|账号|帐号|公众号|APP|网站)|客服(?:热线|电话)|服务热线|新闻热线|读者热线|报料(?:热线|电话|微信|邮箱|方式)|记者(?:微信|邮箱|电话|手机)|our (?:customer service|helpline|hotline|support|branch|team|office|news ?desk|tip ?line)|news ?desk|\bcustomer (?:care|service|support) ?:|\bsupport (?:email|line|phone) ?:|official (?:customer service|helpline|hotline|app|website|support)|call us|contact us|tell us/iu;

/**
 * A line only its owner names so: a bank's (我行), a paper's news and tip lines (本报新闻热线, 报料微信, 记者微信). A
 * lead-gen site calls its own number 客服热线 too, so that wording vouches for nothing beyond its block.
 */
const OWN_LINE_RE =
  /我行|本行|本报|新闻热线|读者热线|报料(?:热线|电话|微信|邮箱|方式)|记者[：:]? ?(?:微信|邮箱|电话|手机)|联系(?:本报)?记者|\bour news ?desk\b|\btip ?line\b/iu;
/**
 * …and a writer's line for business, for advertisers (商务合作, "brand inquiries"): that line is not pushed there,
 * but it does not make the page an institution's voice, nor stop the writer pushing the same line to readers
 * elsewhere ("真的被压得喘不过气的兄弟，可以直接联系我…卫星同号 137 1942 8056")
 */
const BUSINESS_LINE_RE =
  /商务合作|广告合作|\b(?:business|brand|sponsorship|press|media) (?:inquiries|enquiries|partnerships)\b/iu;

/** a warning said of all the items before it (都不要信, 一律拉黑): "all of them" */
const ALL_OF_THEM_RE = /^.?(?:都|一律|统统|全都|全部)/u;
/** an item of a list ends with a semicolon */
const LIST_ITEM_END_RE = /[；;]\s*$/u;
/** how many items such a warning reaches back over */
const LIST_ITEMS_MAX = 8;

/**
 * A record quoted in a report ("One release quoted in the order read:", 判决书写道：): the quotation after it is the
 * record's words, which the report shows as evidence, not the page's offer
 */
const QUOTED_RECORD_RE =
  /\b(?:order|complaint|indictment|filing|ruling|judgment|affidavit|lawsuit|release|advert(?:isement)?|ad|flyer|listing|text message|message|post|email)s?\b[^:]{0,40}\b(?:read|reads|said|says|stated|states|wrote|writes)\s*:$|(?:判决书|起诉书|通报|警方|广告|短信|帖子|传单)[^：:]{0,12}(?:写道|写着|称|内容为|原文)[：:]$/iu;

/** words of money got back or a debt settled (Cantonese 攞返, 返咗 too), before the arc lexicon is asked whether the page tells such a story */
const STORY_GATE_RE =
  /\bback\b|\brecover(?:s|ed)\b|\bin (?:my|our) (?:bank|account)\b|\breturned\b|\brefund|回来|回來|追回|退回|到账|到賬|上岸|协商成功|協商成功|攞返|追返|返咗/iu;

/** a number's characters at the end of a first piece ("216-555 ", "+1 (646) 555 ") */
const NUMBER_TAIL_RE = /\+?\(?\d[\d ().-]*$/u;
/** how many comments before a second piece of a handle its first piece may stand */
const SPLIT_LOOKBACK = 6;

/**
 * A number built from the digits in the commenter's own name: "62 开头,后面六个字就是我 username 的数字",
 * "starts with 62, then the six digits in my username" (the prefix is group 1 or 2; read on normalized text)
 */
const NAME_DIGITS_RE =
  /(?<![\d+])(\d{1,4}) ?(?:开头|打头)[,、 ]{0,2}[^。!?.\n]{0,16}?我(?:的|嘅)? ?(?:昵称|名字|网名|用户名|username|user ?name|ID)(?:里面?|上面?|中|里头)? ?(?:的|嘅)? ?(?:数字|号码)|\bstarts? with (\d{1,4}),? (?:then|followed by|and then) the (?:\w+ )?(?:digits|numbers) (?:in|of|from) my (?:user ?)?name/iu;
/**
 * An id given as the commenter's own name in Latin letters, lower-cased and joined, with digits after it: "ID
 * 就是我这个脸书名字的英文，全部小写连在一起，后面再加 0520", "my Facebook name, no spaces, plus 0520"
 */
const NAME_ID_RE =
  /我(?:这个|的)? ?(?:(?:脸书|FB|facebook|IG|ins) ?的?)?(?:名字|昵称|用户名|显示名称?)[^。!?\n后最]{0,24}(?:后面|最后)(?:再)?(?:加上?|接上?) ?(\d{1,6})(?!\d)|\bmy (?:facebook |fb |display |profile )?name\b[^.!?\n]{0,30}(?:plus|followed by|then add) (\d{1,6})\b/iu;
const NAME_DIGITS_GATE = /开头|開頭|打头|打頭|starts? with|后面|後面|最后|最後|plus|followed by|then add/iu;
/** a name in Latin letters (and digits): "Kevin Lai", "amy.wong" */
const LATIN_NAME_RE = /^[A-Za-z][A-Za-z0-9 ._-]{1,30}$/u;

/**
 * A number given as the code of the fund or stock the page is about with digits after it: "群号就是这只基金的代码，
 * 后面接着加上 8836" (group 1 the cue word, group 2 the digits after; read on normalized text)
 */
const CODE_SUFFIX_RE =
  /(群号|QQ群|QQ号|号码|微信号)[^。!?\n代]{0,12}代码[,、 ]{0,2}(?:后面|后边|末尾)?(?:再|接着|跟着)?(?:加上?|接上|跟上) ?(\d{2,6})(?!\d)/iu;
const CODE_SUFFIX_GATE = /代码/u;
/** the code of a fund or stock in the page's title: "新兴产业混合(519736)", "腾讯控股 00700" */
const TITLE_CODE_RE = /(?<!\d)\d{5,6}(?!\d)/gu;

/** How many blocks away a licence number still vouches for a contact in the same region. */
const LICENCE_REACH = 12;
/** an author's card set apart as a comment of its own: this few blocks, this few characters */
const CARD_MAX_BLOCKS = 3;
const CARD_MAX_CHARS = 160;
/** how many blocks from the top are read for the licensees a titled name may be (a profile states them early) */
const LICENCE_NAME_BLOCKS = 400;
/** an English title and the surname after it ("Ms. Reyes", "Attorney Whitcomb") */
const TITLED_NAME_RE = /(?:\b(?:Mr|Mrs|Ms|Dr)\.?|\bAttorney) ([A-Z][a-z]{2,20})\b/u;

/** a line that stops mid-sentence (a word or a figure last), and one that goes on with it (lower case first) */
const WRAP_END_RE = /[A-Za-z0-9,)]$/u;
const WRAP_START_RE = /^[a-z(]/u;
/** how much of the next line a wrapped sentence is read into */
const WRAP_MAX_CHARS = 200;

/**
 * Money talk beyond the topic words: a page about savings, funds, loans or what someone owes is a money page; a
 * price alone is not (a tutor's $450 a lesson, a plumber's bill).
 */
const MONEY_RE =
  /资金|理财|存款|养老金|退休金|赚钱|本金|利息|订金|定金|首期|首付|按揭|贷款|欠款|还款|\bmoney\b|\bfunds?\b|\bsavings\b|\bretirement\b|\bpension\b|\bincome\b|\bprofits?\b|\bdeposits?\b|\bloans?\b|\bowe[sd]?\b|\bdebts?\b|\barrears\b|\bbehind on\b|欠了|欠债|负债|债务/iu;

/** An @id in running text (its kind comes from where the page gives it with its app). */
const AT_ID_RE = /(?<![A-Za-z0-9_.])@([A-Za-z0-9_][A-Za-z0-9_.-]{2,31})/gu;
/** A word shaped like an app id with a capital in it (the page's own handle written in another case). */
const BARE_ID_RE = /(?<![A-Za-z0-9_.@/-])[A-Za-z][A-Za-z0-9_]{5,31}(?![A-Za-z0-9_@-])/gu;
const HAS_CAPITAL_RE = /[A-Z]/u;
/** Five or more digits spelled in characters (七二六三八五九一零四); amounts use 十百千万 and never match. */
const SPELLED_NUMBER_RE = new RegExp(`[${SPOKEN_DIGIT_CLASS}]{5,15}`, 'gu');
/** 1 at the code unit of each spelled digit (all in the BMP): a table read per character of every comment */
const SPOKEN_DIGIT_CODES = new Uint8Array(0x10000);
for (const ch of SPOKEN_DIGIT_CLASS) SPOKEN_DIGIT_CODES[ch.charCodeAt(0)] = 1;
const DIGITS_5_15_RE = /^\d{5,15}$/u;

/** Five spelled digits in a row somewhere in the text (where SPELLED_NUMBER_RE can match). */
function spelledRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (SPOKEN_DIGIT_CODES[text.charCodeAt(i)] !== 1) run = 0;
    else if (++run >= 5) return true;
  }
  return false;
}

/** Schemes that sell money to come (a loan, a refund owed, lost money "recovered"): a fee before it is the advance fee. */
const PAYOUT_KINDS: ReadonlySet<string> = new Set(['loan', 'insurance-refund', 'recovery', 'gambling-recovery']);

/** A first-person offer: the lender speaking (我们提供, "we offer"). */
const OFFER_RE =
  /我们(?:提供|可以|为您|为你)|本公司(?:提供|可)|我司(?:提供|可)|\bwe (?:offer|provide|fund|can (?:give|lend|approve))\b/iu;

/**
 * A promise refused right before it is named: "本项目不荐股,不带单", 从不承接停息挂账, a forum's rule (禁止贴外围网站、代理、贴士群),
 * or done by the reader alone (自己向银行申请个性化分期: the bank's own plan, no middleman's),
 * a group the writer left (退晒所有 Telegram 贴士群), a Cantonese refusal (唔會開投資群組), a teacher's (也不會拉任何投資群), words
 * not to say to the bank (别说停息挂账这几个字), "we do not offer
 * guaranteed returns". The bait is the page disowning it, not selling it.
 */
const REFUSED_BEFORE_RE =
  /(?:[没沒]有?人(?:在|[会會])?|自己[^，。,!！?？申办协]{0,8}(?:申请|办理|协商)(?:了)?|(?:不|从不|绝不|决不|并不|没有|拒绝|无需|无须|毋须|不需|不用|免|禁止|严禁|不准|不得|唔|冇)(?:提供|做|搞|参与|涉及|承接|接|会|會|再|谈|聊|讲|加入|进|入|收取?|要|需要?|交|缴|付|用|贴|发|发布|宣传|开|開|建|推介|推荐|推薦|拉|带|帶|推|成立|开设|開設|邀请|邀請|邀|学员|學員|学生|學生|会员|會員|客户|客戶|大家|你|您){0,4}(?:任何)?(?:的)?|(?:退出|退晒|退咗|删晒|删咗|删除|删掉|拉黑)(?:了)?(?:所有|全部)?(?:的)? ?(?:telegram|tg|微信|whatsapp|line|qq)? ?|(?:别|不要)(?:说|提)|\b(?:no|not|never|neither|nor|nobody|no one|don't|do not|does not|doesn't|won't|will not)(?: (?:offer|provide|sell|promise|arrange|run))?(?: any)?|\b(?:never|won't|will not|doesn't|does not|don't|do not|would never) asks? (?:you )?(?:to|for)) ?["“「『]?$/iu;
/** the writer naming their own title just before a persona word: 我是退休中学老师, 本人以前是会计 */
const SELF_TITLE_RE = /(?:我|本人)(?:以前|原来|之前|退休前)?(?:是|当过|做过)[^，。,!！?？]{0,8}$/u;
const SELF_TITLE_LOOKBACK = 14;
/**
 * a title the writer denies being just before it: 我不是什麼專家, 我又不是律师, "I'm not a lawyer", "I'm no
 * expert", "not a financial advisor": it credits nobody
 */
const DENIED_TITLE_RE =
  /(?:不是|并非|並非|算不上|称不上|稱不上)(?:什么|什麼|啥|个|個)?$|\b(?:i'?m|i am) (?:not|no)(?: an?| your)?\s?$|\bnot an? $/iu;
/**
 * the writer introducing themselves just before a persona word: "I'm Dr.", "my name is Mrs", 我叫, and by a
 * firm's name (我是京东金融APP平台的经理)
 */
const SELF_INTRO_RE = /(?:\bi'?m|\bi am|\bmy name is|\bthis is|我叫|我姓|本人|我是[^，。,!！?？]{0,12})\s?$/iu;
/**
 * the writer giving their own line in English: "call or text me", "my cell is" (Chinese: WRITER_LINE_ZH_RE).
 * A lender's agent who gives his title in the same breath (我是平安的客户经理，加我微信) keeps it: the title is
 * his own, or in the line's sentence
 */
const WRITER_LINE_RE =
  /\b(?:call|text|email|e-mail|message|reach|ring|phone) (?:or (?:call|text|email|message) )?me\b|\bmy (?:cell|mobile|number|phone|direct line|home phone|landline)\b/iu;
/**
 * The writer's line given to be helped, not to help ("My cell is 937-555-0148, text me if you can help", 谁能帮帮我，
 * 我电话…): an ask for help, which no seller words so ("text me if you need help" offers it)
 */
const SEEKS_HELP_RE =
  /\bif (?:you|anyone|anybody|someone|somebody) (?:can|could) (?:help|advise|assist|lend a hand)\b|\bif (?:you|anyone|anybody) (?:has|have) (?:a )?(?:spare|extra) |(?:谁|哪位|有没有人|有人)(?:能|可以)(?:帮帮?|帮忙|帮一?下)我|(?:求助|求帮忙)[，,：:！!]/iu;
/** a forum's post counter beside a writer's name: "Posts: 3,214", "2 posts", "帖子 54", "发帖 12" */
const POSTS_RE =
  /\bposts?\s?[:：]\s?(\d[\d,]{0,8})(?!\d)|(\d[\d,]{0,8}) posts?\b|(?:帖子|发帖|發帖|回帖)\s?[:：]?\s?(\d[\d,]{0,8})(?![\d#])/iu;
/** how many of a comment's first blocks the post counter is looked for in (the author pane comes first) */
const POSTS_BLOCKS = 8;
const POSTS_BLOCK_CHARS = 120;

/** The post count a comment's first blocks print for its writer, if any. */
function postCount(blocks: readonly { text: string }[], first: number): number | undefined {
  if (!Number.isFinite(first)) return undefined;
  for (let b = first; b < first + POSTS_BLOCKS && b < blocks.length; b++) {
    const text = blocks[b]?.text ?? '';
    if (text.length > POSTS_BLOCK_CHARS) continue;
    const m = POSTS_RE.exec(text);
    const n = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
    if (n !== undefined) return Number(n.replaceAll(',', ''));
    // the label and its count in two cells (<dt>Messages</dt><dd>7</dd>, as XenForo prints its writer's pane)
    if (isPostsLabel(text)) {
      const next = (blocks[b + 1]?.text ?? '').trim();
      if (COUNT_RE.test(next)) return Number(next.replaceAll(',', ''));
    }
  }
  return undefined;
}
const COUNT_RE = /^\d[\d,]{0,8}$/u;

/** the writer giving their own line in Chinese: 打我(工作)手机, 加我微信, 我的微信是, WhatsApp 我 */
const WRITER_LINE_ZH_RE =
  /(?:打|加|联系|联络|找|搵|揾|call|whatsapp|wa)\s?我(?:的)?(?:工作|私人)?(?:手机|电话|微信|号码)?|我(?:的)?(?:工作|私人)?(?:手机|电话|微信号?|号码)(?:是|:|：)/iu;
/** a document the writer sends (发你文档, 我发模板, 把文件直接发你, "I'll send you the Word file", "email you my template") */
const DOC_SHARE_RE =
  /[发传给](?:你|您|你们|大家)?(?:文档|模板|表格|申请书|范本|word|excel|pdf)|(?:文件|文档|模板|表格)(?:直接)?[发传](?:给)?(?:你|您|大家)|\b(?:send|email|forward) (?:you |it |them )?(?:the|my|a|our) (?:word (?:file|doc)|template|spreadsheet|checklist|letter|form|pdf)\b/iu;
/** …given free, in so many words */
const FREE_SHARE_RE =
  /不收钱|不要钱|分文不取|免费|\bno charge\b|\bfree of charge\b|\bfor free\b|\bat no cost\b|\bcosts? nothing\b|\b(?:won'?t|don'?t|never) charge\b/iu;
/** A comment's first line this short, with no sentence in it, is the writer's badge ("某银行城东支行 · 个贷客户经理"). */
const BADGE_LINE_CHARS = 40;
const SENTENCE_MARK_RE = /[。！？!?；;，,]/u;

/** The block is the writer's badge line: the comment's first block, with words after it, short, no sentence in it. */
function badgeLine(item: { blocks: number[] } | undefined, b: number, text: string): boolean {
  return (
    item !== undefined &&
    item.blocks.length > 1 &&
    item.blocks[0] === b &&
    text.length <= BADGE_LINE_CHARS &&
    !SENTENCE_MARK_RE.test(text) &&
    // the creator's mark over the comment (已由 林律師說法 置頂, "Pinned by Dr. Lee") names the creator
    !isAuthorChrome(text)
  );
}

/**
 * Money beside an order to pay first (`FEE_FIRST`): an amount, a share, a fee, a payment app ("half up
 * front by Cash App", "a $300 file fee, before we start"); in Chinese, paying or money in the words after
 * 先 (先付, 先收两千的材料钱, 要先…交一些手续的费用).
 */
const FEE_MONEY_EN_RE =
  /[$£€₹] ?\d|\b\d{1,3}(?:\.\d)?%|\b(?:half|cash ?app|zelle|venmo|paypal|upi|gift cards?|usdt|retainer|set-?up|deposit|fees?|charges?|charged)\b/iu;
// (not a debit's day or a style: "预备金要先留几个月、…扣款日怎么选" is no money paid first)
const FEE_MONEY_ZH_RE = /付|俾|畀|钱|费|金|(?<!扣)款(?![日式])|[0-9一二两三四五六七八九十百千万]+(?:块|元|万|千|蚊)/u;
/** how far the Chinese money may follow its 先 */
const FEE_MONEY_ZH_CHARS = 24;

/** Money in the sentence of an order to pay first at `h` (normalized text). */
function feeMoneyAt(text: string, h: { start: number; end: number; entry: { lang: string } }): boolean {
  if (h.entry.lang === 'zh') return FEE_MONEY_ZH_RE.test(clauseAfter(text, h.start, FEE_MONEY_ZH_CHARS));
  let s = h.start;
  const stop = Math.max(0, s - 120);
  while (s > stop && !SENTENCE_END_RE.test(text[s - 1] ?? '')) s--;
  let e = h.end;
  const end = Math.min(text.length, e + 120);
  while (e < end && !SENTENCE_END_RE.test(text[e] ?? '')) e++;
  return FEE_MONEY_EN_RE.test(text.slice(s, e));
}

/** The words of `text` from `pos` to the end of its sentence, `max` characters at most. */
function clauseAfter(text: string, pos: number, max: number): string {
  let e = pos;
  const end = Math.min(text.length, pos + max);
  while (e < end && !SENTENCE_END_RE.test(text[e] ?? '')) e++;
  return text.slice(pos, e);
}

/**
 * A public place where the group or the class meets in person ("at the Tempe Public Library, second Tuesday, room
 * B", "our public library has a free investing club", 在社区活动中心): the schemes' "free class" is a chat group
 * reached through a private line, never a room anyone can walk into.
 */
const PUBLIC_VENUE_RE =
  /\b(?:public library|(?:the|our|a) (?:local |town |city |county |branch )?library|community (?:center|centre)|senior (?:center|centre)|rec(?:reation)? (?:center|centre)|town hall|church hall|parish hall|ymca)\b|(?:在|到)[^，。！？\s]{0,10}(?:图书馆|社区中心|社区活动中心|活动中心|老年大学|社区大学|街道办|居委会)/iu;
function inPersonAt(text: string, spans: [number, number][], pos: number): boolean {
  const span = spans[sentenceAt(spans, pos)];
  return span !== undefined && PUBLIC_VENUE_RE.test(text.slice(span[0], span[1]));
}

/** A clause's end, and a question's. */
const CLAUSE_END_RE = /[,，;；.。!！?？\n]/u;
const SENTENCE_END_RE = /[.。!！?？\n]/u;
/** A negation in the clause before an account of money taken first ("nobody can charge you before", 不用先交钱). */
const NEGATED_CLAUSE_RE =
  /\b(?:no|not|never|nothing|zero|nobody|no one|don't|do not|doesn't|does not|can't|cannot|won't|without)\b|不|别|勿|无需|无须|毋须|唔|冇|没/iu;

/** The clause of `text` before `pos` (back to the last comma or stop, 80 characters at most). */
function clauseBefore(text: string, pos: number): string {
  let p = pos;
  const stop = Math.max(0, pos - 80);
  while (p > stop && !CLAUSE_END_RE.test(text[p - 1] ?? '')) p--;
  return text.slice(p, pos);
}

/** the helper paid first did nothing: 什么都没退, 三千也没了, 打水漂, "never got a dime", "took my fee and vanished" */
const HELP_FAILED_RE =
  /(?:什么|啥|一分钱?)都?没(?:退|追回|要回|拿回|办成)|(?:钱|[\d一二两三四五六七八九十百千万]+(?:块|元)?)也没了|打了?水漂|白交了|\bnever got (?:a dime|a penny|a cent|anything|my money)\b|\b(?:took|kept) (?:my|the|our) (?:fee|money|deposit) and (?:vanished|disappeared|blocked me|stopped answering)\b|\bnever heard from (?:him|her|them) again\b/iu;

/**
 * a lender saying, in the clause before an order to pay first, that it never asks for it: 绝不会要求客户预先转账, "we
 * will never ask you to pay first", "there is no cost before funding"
 */
const DEMAND_DENIED_RE =
  /(?:不|绝不|决不|从不|并不|不会|绝不会|从来不)(?:会)?(?:要求|叫|让|请)|\b(?:never|will not|won't|doesn't|does not|don't|do not|would never) (?:ask|require|request|tell)|\bno (?:cost|charge|fee|payment)s? ?$/iu;

/** "before" said of what is not taken then (正常银行放款前不会跟你收钱: the fee comes out at disbursement) */
const TAKES_NOTHING_AFTER_RE = /^[都也]?[绝从并]?不会?(?:跟|向)?[你您]?先?[收要拿]/u;
const TAKES_NOTHING_REACH = 12;

/** The sentence that holds `pos` ends in a question mark (an asker's "Do you have to pay before she starts?"). */
function askedAt(text: string, pos: number): boolean {
  for (let p = pos; p < text.length && p < pos + 200; p++) {
    const ch = text[p] ?? '';
    if (SENTENCE_END_RE.test(ch)) return ch === '?' || ch === '？';
  }
  return false;
}

/** How much text before a promise may hold its refusal. */
const REFUSAL_LOOKBACK = 24;

function refusedAt(text: string, pos: number): boolean {
  if (refusedInListEn(text, pos)) return true;
  if (REFUSED_BEFORE_RE.test(text.slice(Math.max(0, pos - REFUSAL_LOOKBACK), pos))) return true;
  // an item of a list that starts a few characters before it ("禁止推荐任何理财产品、贷款、信用卡代还": 代还 in
  // 信用卡代还): read from the item's start (only there: "我不到三个月就上岸了" refuses nothing)
  let p = pos;
  const start = Math.max(0, p - REFUSAL_ITEM_CHARS);
  while (p > start && !LIST_ITEM_END.test(text[p - 1] ?? '')) p--;
  if (p < pos && text[p - 1] === '、' && REFUSED_BEFORE_RE.test(text.slice(Math.max(0, p - REFUSAL_LOOKBACK), p)))
    return true;
  for (let items = 0; items <= REFUSAL_LIST_ITEMS; items++) {
    if (items > 0 && REFUSED_BEFORE_RE.test(text.slice(Math.max(0, p - REFUSAL_LOOKBACK), p))) return true;
    // a later item of a list the refusal opened (不收任何评估费、手续费、服务费): read before the item ahead
    if (text[p - 1] !== '、') return false;
    // the item before: back to its delimiter, or to the refusal that opens the list right before it
    let q = p - 1;
    const stop = Math.max(0, q - REFUSAL_ITEM_CHARS);
    while (q > stop && !LIST_ITEM_END.test(text[q - 1] ?? '')) {
      q--;
      if (REFUSED_BEFORE_RE.test(text.slice(Math.max(0, q - REFUSAL_LOOKBACK), q))) return true;
    }
    if (!LIST_ITEM_END.test(text[q - 1] ?? '')) return false;
    p = q;
  }
  return false;
}
/**
 * An English refusal and the list it opens, up to the promise: "never offer “investment help”, “account
 * managers”, trading signals or loans" (read in two steps: one expression with the list in it is slow to check)
 */
function refusedInListEn(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - REFUSAL_LIST_EN_LOOKBACK), pos);
  let end = -1;
  for (const m of before.matchAll(REFUSAL_HEAD_EN_RE)) end = (m.index ?? 0) + m[0].length;
  if (end < 0) return false;
  const list = before.slice(end);
  // items of one sentence, at most five commas, the promise right after a comma or an "or"
  return !/[.;!?]/u.test(list) && list.split(',').length <= 6 && LIST_GOES_ON_RE.test(list);
}
const REFUSAL_HEAD_EN_RE =
  /\b(?:never|not|no|don't|do not|won't|will not|doesn't|does not)\s(?:offer|provide|sell|promise|arrange|run|give|recommend|post|share|allow)\s/giu;
const LIST_GOES_ON_RE = /(?:,|\s(?:or|and|nor))\s?["“‘]?$/iu;
const REFUSAL_LIST_EN_LOOKBACK = 160;
/** how many list items back a refusal still reaches, and how long an item is */
const REFUSAL_LIST_ITEMS = 4;
const REFUSAL_ITEM_CHARS = 8;
const LIST_ITEM_END = /[、，。,；;：:！!？?\s]/u;

/**
 * Spans inside quotation marks: reported speech, not the commenter's own words. Single quotes too ('contact …',
 * ‘…’), where one opens after no letter and closes before none: an apostrophe (I'm, dogs') stands by a letter.
 */
const QUOTE_RE =
  /“[^”]{1,300}”|"[^"]{1,300}"|「[^」]{1,300}」|『[^』]{1,300}』|‘[^’]{1,300}’|(?<![\p{L}\p{N}])'(?=\S)[^'\n]{1,300}(?<=\S)'(?![\p{L}\p{N}])/gu;

/** the quoted spans of the last text asked about (a comment's story stages are asked one after another) */
let quotesText: string | undefined;
let quotesSpans: [number, number][] = [];

function insideQuotes(text: string, pos: number): boolean {
  if (text !== quotesText) {
    quotesText = text;
    quotesSpans = [];
    for (const m of text.matchAll(QUOTE_RE)) quotesSpans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  for (const [s, e] of quotesSpans) if (pos > s && pos < e) return true;
  return false;
}

/**
 * A rebuttal in the sentence right after a quotation: "…before the funds are forfeited." None of that is
 * true. / 「…先交保证金」全是假的。 / "…an “insurance fee”." That is the scam. / 被「机车贷款先缴保证金」骗过 (what
 * someone was taken in by). (Warnings count too.)
 */
const REBUTTAL_RE =
  /^[\s,，]*骗(?:过|了|走|去)?|\bnone of (?:that|this|it) (?:is|was) true\b|\b(?:that|this|it)(?:'s| is| was) (?:the|a) (?:scam|fraud|con|trick)\b|(?:这|那)(?:就)?是(?:骗局|诈骗|骗子)|\b(?:that|this|it)(?:'s| is| was) (?:all )?(?:a lie|lies|false|fake|not true|made up)\b|\ball lies\b|(?:全|都|全部)(?:是|系)(?:假的|骗人的|呃人嘅)|纯属(?:虚构|捏造)|根本(?:没有|冇)(?:这|呢)(?:回|件)事|(?:基本上?|根本|压根)(?:就)?不存在|\b(?:does not|doesn't|do not|don't) exist\b|\bthere(?:'s| is) no such thing\b/iu;
/** words before a quotation that say it is a message the writer received */
const RECEIVED_QUOTE_RE =
  /\b(?:got|received|get|gets) (?:this|a|the following|that) (?:(?:telegram|whatsapp|facebook|instagram|text) )?(?:dm|message|text|email|pm|whatsapp)\b|\bword for word\b|\bsent me this\b|收到(?:这|這|那)?(?:条|條|个|個|封)?(?:私信|短信|信息|訊息|私訊|邮件|郵件)/iu;
/**
 * …or a stranger who posted it, as the writer tells it (底下有个账号回复得很热情…还把群号贴了出来：): the line of a story
 * told, not the writer's own
 */
const STRANGER_POSTED_RE = /(?:有一?个|有人)[^。！？!?]{0,60}[贴发甩留晒]了?(?:出来|过来|给我)[:：]$/u;
/** how far before a quotation those words are read */
const RECEIVED_QUOTE_BEFORE = 100;
/** how much text after a quotation is read for its rebuttal (the first sentence of it) */
const REBUTTAL_AFTER_CHARS = 120;
/** a rebuttal opening the next block ("That is the scam.") is a sentence this short */
const REBUTTAL_LINE_CHARS = 60;
const SENTENCE_STOP_RE = /[.!?。！？]/u;
const NO_SPANS: ReadonlyArray<readonly [number, number]> = [];

/**
 * Quotations in a block's text (as written: positions are the block's) answered by a rebuttal or a warning
 * in the sentence right after them, or by a rebuttal opening the next block, or that the writer says were
 * sent to them (a DM pasted as it came).
 */
function rebuttedQuotations(text: string, next?: string): ReadonlyArray<readonly [number, number]> {
  let out: Array<readonly [number, number]> | undefined;
  // the next block opening with a short sentence that rebuts it ("…they ask for an “insurance fee,” or gift
  // cards to “verify” you." / "That is the scam. Once you pay…"): every quotation of the block is its example
  // (not the whole block: its other words may be the page's own)
  const lead = next === undefined ? undefined : firstSentence(next.slice(0, REBUTTAL_LINE_CHARS));
  const all = lead !== undefined && SENTENCE_STOP_RE.test(lead) && rebuts(normalize(lead).text);
  for (const m of text.matchAll(QUOTE_RE)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    if (
      !all &&
      !rebuts(normalize(firstSentence(text.slice(e, e + REBUTTAL_AFTER_CHARS))).text) &&
      // …or one the writer says was sent to them ("I got this DM the next day, word for word: “…”", 收到这条私信：「…」)
      !RECEIVED_QUOTE_RE.test(text.slice(Math.max(0, s - RECEIVED_QUOTE_BEFORE), s))
    )
      continue;
    out ??= [];
    out.push([s, e]);
  }
  return out ?? NO_SPANS;
}

/** A text up to the end of its first sentence (the whole text when it has no stop). */
function firstSentence(text: string): string {
  const stop = text.search(SENTENCE_STOP_RE);
  return stop > 0 ? text.slice(0, stop + 1) : text;
}

/** words (normalized) that rebut what came before: "None of that is true", 全是假的, "That is the scam" */
function rebuts(n: string): boolean {
  return REBUTTAL_RE.test(n) || isWarning(n);
}

/** The name printed in `text` as a name, not as an @mention (a chat export's "↪ @name" reply preview). */
/** a link to a member's own page on this site: "/name", "/@name", "/u/name" */
const PROFILE_PATH_RE = /^\/(?:u\/|user\/|@)?([A-Za-z0-9_.]{3,30})\/?$/u;
/** a commenter's name this short ("Jo") is matched as a mention no more than any word */
const MENTION_MIN_CHARS = 3;
/** how far before an "@name" an app named for it is looked for ("TG 搵 ＠kenhk_uk", "Telegram @x") */
const MENTION_APP_CHARS = 16;
/** the longest commenter's name, words and all, read after an "@" */
const MENTION_NAME_CHARS = 40;
const ID_KINDS: ReadonlySet<HandleKind> = new Set(['telegram', 'wechat', 'line', 'signal']);
/** The messaging apps: their accounts are a person's, never an office's. */
export const APP_CUES: ReadonlySet<string> = new Set(['wechat', 'qq', 'telegram', 'whatsapp', 'line', 'signal']);

/**
 * An "@name" in a comment that is the name another commenter of the page writes under addresses that
 * commenter ("@t_okafor you can reach him directly", "@Eason学长_UCL 我刚搜了一下": the id read up to the Han
 * characters), unless an app is named right before it ("TG 搵 ＠kenhk_uk"); and "yingyi.4ppl@accountant.wong.leeds",
 * an address whose domain is a commenter's name, is a writer's name run into the name they answer.
 */
function mentionsCommenter(hit: HandleHit, text: string, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  if (hit.kind === 'email') {
    const domain = hit.value.slice(hit.value.lastIndexOf('@') + 1);
    return names.has(domain);
  }
  if (!ID_KINDS.has(hit.kind)) return false;
  const before = text.slice(0, hit.start);
  if (!/^[@＠]/u.test(hit.raw) && !/[@＠]\s?$/u.test(before)) return false;
  const at = before.search(/[@＠]\s?$/u);
  const lead = normalize(before.slice(Math.max(0, (at < 0 ? hit.start : at) - MENTION_APP_CHARS))).text;
  if (findCues(lead).some((c) => APP_CUES.has(c.kind))) return false;
  // the name as the page prints it, words and all ("@Kelly Wu 蔡顧問的賴…": the id reads "kelly" only)
  const written = text
    .slice(at < 0 ? hit.start : at, hit.start + MENTION_NAME_CHARS)
    .replace(/^[@＠]\s?/u, '')
    .toLowerCase();
  for (const name of names) {
    const key = name.replace(/[.\-\s]/gu, '');
    if (key === hit.value) return true;
    if (key.startsWith(hit.value) && !/[a-z0-9_]/u.test(key.charAt(hit.value.length))) return true;
    if (/\s/u.test(name) && written.startsWith(name) && !/[\p{L}\p{N}_]/u.test(written.charAt(name.length)))
      return true;
  }
  return false;
}

/** The hit is all of a piece of block `b` that reads `author`: the comment's byline, not its words. */
function writerName(st: WalkState, b: number, hit: HandleHit, author: string): boolean {
  const block = st.blocks[b];
  if (!block) return false;
  for (let i = block.firstText; i < block.firstText + block.textCount; i++) {
    const p = st.texts[i];
    if (p && hit.start >= p.start && hit.end <= p.end) return block.text.slice(p.start, p.end).trim() === author;
  }
  return false;
}

/** a letter's signature: a dash, the writer's name, a comma and the writer's town ("— Ruth Oyelaran, Eastfield Township") */
const SIGNED_BEFORE_RE = /[—–]\s?$/u;
const SIGNED_AFTER_RE = /^\s?[,，]/u;
const SIGNATURE_RE = /[—–]\s?([^\s—–,，][^\n—–,，]{1,40})[,，]/gu;

/** The page prints two or more different letters' signatures: a page of readers' letters, each a reader's. */
function lettersPage(text: string): boolean {
  const names = new Set<string>();
  for (const m of text.matchAll(SIGNATURE_RE)) if (names.add((m[1] ?? '').trim()).size >= 2) return true;
  return false;
}

function namedOutside(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const before = text[i - 1];
    if (before === '@' || before === '＠') continue;
    // one signature among the letters of a readers' page is a reader's, not the publisher's
    const signed =
      SIGNED_BEFORE_RE.test(text.slice(Math.max(0, i - 2), i)) &&
      SIGNED_AFTER_RE.test(text.slice(i + name.length, i + name.length + 2));
    if (!signed || !lettersPage(text)) return true;
  }
  return false;
}

/** The sentence set of a block with nothing to put in it (never added to): most blocks, spared a Set each. */
const NO_SENTENCES: Set<number> = new Set();

/** A label's text after its cue word: nothing but a colon, 是 or 号 ("微信:", "手机和微信是同一个:"). */
const LABEL_TAIL_RE = /^[\s:：是为号]{0,4}$/u;
const LABEL_MAX_CHARS = 40;
/** a label that is only a word for a mailbox (電郵, 邮箱, Email:), no sentence around it */
const LABEL_ONLY_RE = /^(?:电郵|電郵|电邮|邮箱|郵箱|電子郵件|电子邮件|e-?mail(?: address)?) ?[:：]?$/iu;
/** how many blocks under a referral that ends with a colon ("If you want to reach him:") are its lines */
const REFERRAL_LEAD_BLOCKS = 3;
/** …and how close to the colon the referral ends */
const REFERRAL_LEAD_TAIL = 12;
const COLON_END_RE = /[:：]\s*$/u;
/** a value under a label is short: an ID, a number, maybe a note */
const LABEL_VALUE_MAX_CHARS = 60;

const CUED_KINDS = new Set<HandleKind>(['wechat', 'qq', 'telegram', 'line', 'signal']);

const HEADING_RE = /^H[1-6]$/u;

/** Sentence spans [start, end) of a text, in its own coordinates: each ends after 。！？!?；; or a line break, or
 *  after a full stop followed by white space or the end (one pass over the code units, no regex). */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 0x3002 ||
      c === 0xff01 ||
      c === 0xff1f ||
      c === 0x21 ||
      c === 0x3f ||
      c === 0xff1b ||
      c === 0x3b ||
      c === 0x0a ||
      (c === 0x2e && (i + 1 === n || isSpace(text.charCodeAt(i + 1))))
    ) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < n) out.push([start, n]);
  return out;
}

function sentenceAt(spans: [number, number][], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.[1] ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A block's text read once: normalized, with its sentences on first use (a class: no closures per block). */
class BlockText {
  readonly n: Normalized;
  private sentenceSpans: [number, number][] | undefined;

  constructor(private readonly text: string) {
    this.n = normalize(text);
  }

  /** sentence spans of the original text, computed on first use */
  get spans(): [number, number][] {
    this.sentenceSpans ??= sentences(this.text);
    return this.sentenceSpans;
  }

  /** hits mapped to original positions */
  hit(h: LexiconHit): [number, number] {
    return toOriginal(this.n, h.start, h.end);
  }
}

/** An image's alt of a few words or more (not a file name, not a one-word label) describes what it shows. */
const DESCRIPTION_MIN_CHARS = 16;
function isDescription(alt: string): boolean {
  const t = alt.trim();
  return t.length >= DESCRIPTION_MIN_CHARS && (/\s/u.test(t) || /\p{sc=Han}/u.test(t)) && !/\.[a-z]{3,4}$/iu.test(t);
}

function prepare(text: string): BlockText {
  return new BlockText(text);
}

export interface FactsOptions {
  frame?: string;
  /**
   * Compile the text layer's expressions for each kind of text the first time a block of that kind comes
   * (steps announced with `OWN_SLICE`): for a driver with a deadline, so no slice pays for many at once
   */
  warm?: boolean;
  /**
   * how the words of a text are read into `terms`: the text model's only (`modelTermsIn`, the default), or every
   * word (`textTerms`, what the training script passes: what the model is trained on). A parameter, so the
   * content script's bundle carries one reader only.
   */
  readTerms?: (text: string, add: (term: string) => void) => void;
}

/** Facts of a page model, all at once. */
export function gatherFacts(model: PageModel, opts: FactsOptions = {}): PageFacts {
  const steps = factsSteps(model, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * How much work between two chances to stop: this many blocks, or fewer when their text reaches
 * SLICE_CHARS (a block costs about its length). Resuming the generator costs about as much as a short
 * block, so 8 blocks a chance is some 10% faster in Node; in the browser it let a facts slice of the seed
 * page run to 14-22 ms CPU against 10-11 with 2, and no slice may pass 10 ms.
 */
const BLOCKS_PER_SLICE = 2;
const SLICE_CHARS = 300;
/** How many comments between two chances to stop, in the passes over all comments after the blocks. */
const COMMENTS_PER_SLICE = 128;
/** how much of the sentence before a pointer to the commenter's name is read with the name */
const NAME_LEAD_CHARS = 30;
/** the WeChat id said to be another id ("V就是", 微信同, 薇和…) */
const APP_IS_RE = /(?<![a-z])(?:微信|薇|vx?|威信)号?(?:就是|同|跟|和)/iu;
/** …a platform's id, in the words after it up to its clause's end (他主页的轻拍号, 他名字下面那个抖音号) */
const PLATFORM_WORD_RE = /(?:抖音|快手|轻拍|小红书|视频|B站|西瓜|火山)(?:号|ID|账号)/u;
const PLATFORM_REACH = 16;
/** a profile line's platform id (抖音号：zx_wuge1993) */
const PLATFORM_ID_RE = /(?:抖音|快手|轻拍|小红书|视频|B站|西瓜|火山)(?:号|ID)[:：]\s?([A-Za-z][A-Za-z0-9_.-]{4,24})/gu;
const PLATFORM_BLOCKS_PER_STEP = 1000;
const PLATFORM_CONTEXT_CHARS = 80;
/**
 * the app an alias names, at the start of the words after a pointer to the writer's name (the same aliases as the
 * lookahead of `NAME_POINTER_RE`, which stays a literal: the build ships the cues' long literals as data)
 */
const TAIL_APPS: readonly [RegExp, string][] = [
  [/^(?:微信|薇信|薇(?!\p{sc=Han})|威信|卫星|[vV][xX]?(?![a-zA-Z]))/u, 'wechat'],
  [/^(?:QQ|扣扣|企鹅)/iu, 'qq'],
  [/^(?:飞机|TG)/iu, 'telegram'],
  [/^(?:LINE|[賴赖])/iu, 'line'],
];
/** the app a short word names in the lead before the pointer ("my tg is the same as my profile name", "my WA is in my name") */
const LEAD_APPS: readonly [RegExp, string][] = [
  [/\b(?:tg|tele)\b/iu, 'telegram'],
  [/\b(?:wa|whats)\b/iu, 'whatsapp'],
];
/** the word that names each app, put before a name read as its id */
const APP_WORD: Partial<Record<string, string>> = {
  wechat: '微信',
  qq: 'QQ',
  telegram: 'Telegram',
  line: 'LINE ID',
  whatsapp: 'WhatsApp',
  signal: 'Signal',
};
/** …and after it, to the end of its clause */
const NAME_TAIL_CHARS = 8;
const NAME_TAIL_END_RE = /[，,。.!！?？；;：:\s]/u;

/**
 * Facts of a page model in small steps: the generator yields every few blocks, so a caller with a
 * time budget (the content script) can stop and resume; its return value is the facts.
 */
export function* factsSteps(
  model: PageModel,
  opts: FactsOptions = {},
): Generator<typeof OWN_SLICE | undefined, PageFacts, void> {
  const st = model.walk;
  // selectors are read only when asked (a fact that is reported, facts posted by a frame): a path climbs
  // to an id or the root, and most facts (every comment's) are never reported
  const selectors = new Selectors(model.doc, st);
  const sel = (el: Element) => selectors.of(el);
  const facts: PageFacts = {
    frame: opts.frame ?? 'top',
    title: model.head.title,
    lang: model.head.lang,
    url: model.head.url,
    handles: [],
    phrases: [],
    comments: [],
    sections: [],
    widgets: [],
    topics: {},
    terms: [],
    nodes: st.nodes,
    chars: st.chars,
    capped: st.capped,
  };
  const countTopics = (text: string): boolean => {
    let any = false;
    for (const h of matchLexicon(TOPIC_LEX, text)) {
      const k = h.entry.kind;
      if (k) {
        facts.topics[k] = (facts.topics[k] ?? 0) + 1;
        any = true;
      }
    }
    return any;
  };
  // the normalizer's first use (the title's) waits for its own slices too
  if (opts.warm) yield* warmFor(`${model.head.title} ${st.blocks[0]?.text ?? ''}`);
  const terms = new Set<string>();
  const addTerm = (t: string) => terms.add(t);
  const readTerms = opts.readTerms ?? modelTermsIn;
  const title = normalize(model.head.title).text;
  countTopics(title);
  readTerms(title, addTerm);
  const cm = model.comments;
  for (const c of cm.comments) {
    if (c.id % COMMENTS_PER_SLICE === COMMENTS_PER_SLICE - 1) yield;
    const el = c.el;
    facts.comments.push({
      id: c.id,
      author: c.author,
      place: c.place,
      time: c.time,
      likes: c.likes,
      floor: c.floor,
      row: c.row,
      parent: c.parent,
      replyTo: c.replyTo,
      section: c.section,
      depth: c.depth,
      get selector() {
        return selectors.of(el);
      },
      get posts() {
        return postCount(st.blocks, c.span?.[0] ?? Math.min(...c.blocks));
      },
      text: c.text.slice(0, COMMENT_TEXT_CHARS),
      stages: [],
      handles: [],
      personas: [],
    });
  }
  for (const s of cm.sections) {
    const el = s.el;
    facts.sections.push({
      id: s.id,
      get selector() {
        return selectors.of(el);
      },
      comments: [...s.comments],
    });
  }

  // sections headed by a warning ("警惕停息挂账骗局", "Scam alert") warn the article blocks under them;
  // headings come before their sections, so the main pass tracks the open one as it goes
  let warnedLevel = 0;

  // a licence number near a contact: in the same comment, or in the same region within a few blocks (a
  // lawyer's profile gives 执业证号 in one row and the phone a few rows down); a label and its number may
  // sit in two blocks (<dt>执业证号</dt><dd>…</dd>)
  const licenceMemo = new Int8Array(st.blocks.length);
  const licenceIn = (b: number): boolean => {
    if (licenceMemo[b] === 0) {
      const here = st.blocks[b]?.text ?? '';
      const next = st.blocks[b + 1]?.text ?? '';
      const hit = here.length < 400 && LICENCE_SCAN.test(next.length < 60 ? `${here} ${next}` : here);
      licenceMemo[b] = hit ? 1 : -1;
    }
    return licenceMemo[b] === 1;
  };
  /** the text of every block that holds a licence number, read once, when a named helper's line asks */
  let licenceText: string | undefined;
  /**
   * A titled name ("Ms. Reyes explained") whose surname stands beside a licence number elsewhere on the page (the
   * firm's profile: "Whitcomb & Reyes … State Bar No. …"): the licensee, whose line a reviewer passes on
   */
  const licensedName = (persona: string): boolean => {
    const surname = TITLED_NAME_RE.exec(persona)?.[1];
    if (!surname) return false;
    if (licenceText === undefined) {
      const parts: string[] = [];
      for (let k = 0; k < st.blocks.length && k < LICENCE_NAME_BLOCKS; k++)
        if (licenceIn(k)) parts.push(st.blocks[k]?.text ?? '');
      licenceText = parts.join('\n');
    }
    return new RegExp(`\\b${surname}\\b`, 'u').test(licenceText);
  };
  /**
   * a comment that is only an author's card (名字 律师 / 律所 · 执业证号 …, a few short blocks), which the comments'
   * reading may set apart from the answer under it: its licence is the answer's writer's
   */
  const cardOnly = (c: number): boolean => {
    const blocks = cm.comments[c]?.blocks ?? [];
    let chars = 0;
    for (const k of blocks) chars += st.blocks[k]?.text.length ?? 0;
    return blocks.length > 0 && blocks.length <= CARD_MAX_BLOCKS && chars <= CARD_MAX_CHARS;
  };
  const licensedNear = (b: number): boolean => {
    const region = model.regions[b];
    const comment = cm.blockComment[b] ?? -1;
    for (let k = Math.max(0, b - LICENCE_REACH); k < Math.min(st.blocks.length, b + LICENCE_REACH + 1); k++) {
      if (model.regions[k] !== region) continue;
      const other = cm.blockComment[k] ?? -1;
      if (other !== comment && !(comment >= 0 && Math.abs(other - comment) === 1 && cardOnly(other))) continue;
      if (licenceIn(k)) return true;
    }
    return false;
  };

  /**
   * A WeChat id the page gives as an official account's (本文转载自微信公众号“…”（微信号：…）; an account card whose
   * next line reads "…官方服务号"): an organisation's account, not a person's line
   */
  const officialAccountAt = (b: number, sentence: string): boolean =>
    OFFICIAL_ACCOUNT_RE.test(
      model.regions[b + 1] === model.regions[b]
        ? `${sentence} ${st.blocks[b + 1]?.text.slice(0, OFFICIAL_ACCOUNT_NEXT_CHARS)}`
        : sentence,
    );

  const siteHost = hostOf(model.head.url)?.replace(/^www\./u, '');
  const siteName = siteNameOf(model.head.title);

  /** the last block was a warning that introduces examples; whole quotations after it are those */
  let warnsExamples = false;

  /** advance-fee steps in the page's own text, kept until the page is seen to offer a loan */
  const feeSteps: PhraseFact[] = [];
  let offersLoan = false;

  /** the block before `b` when it is a short label ending in a contact cue, in the same region and comment */
  const labelOf = (b: number, prevNormalized: string | undefined): string | undefined => {
    const prev = st.blocks[b - 1];
    if (!prev || prev.text.length > LABEL_MAX_CHARS || !hasContactCue(prev.text)) return undefined;
    if (model.regions[b - 1] !== model.regions[b] || cm.blockComment[b - 1] !== cm.blockComment[b]) return undefined;
    const n = (prevNormalized ?? normalize(prev.text).text).trimEnd();
    const last = findCues(n).at(-1);
    // …or it says how to put the next element together ("把下面两个标签连起来", "倒着输")
    return last && (LABEL_TAIL_RE.test(n.slice(last.end)) || pointsToNext(n)) ? prev.text.trim() : undefined;
  };

  /**
   * The last block outside the comments that sends the reader to a third person and ends with a colon ("If you
   * want to reach him:"): the lines right under it in its region are that person's
   */
  let referralLeadAt = -1;
  const referralLead = (b: number, region: Region): boolean =>
    referralLeadAt >= 0 && b - referralLeadAt <= REFERRAL_LEAD_BLOCKS && model.regions[referralLeadAt] === region;

  /** the block read last and its normalized text, lent to the label check of the next block */
  let lastNormalized: { b: number; text: string } | undefined;

  /**
   * The start of the next block's text (as written) when it carries on this block's sentence: same region
   * and comment, this one ends without a stop and the next starts in lower case (a printed line broken by
   * a PDF-to-HTML converter, a hard-wrapped letter)
   */
  const continuedIn = (b: number, text: string, region: Region, commentId: number): string | undefined => {
    const next = st.blocks[b + 1];
    if (!next || (model.regions[b + 1] ?? 'article') !== region || (cm.blockComment[b + 1] ?? -1) !== commentId)
      return undefined;
    if (!WRAP_END_RE.test(text) || !WRAP_START_RE.test(next.text)) return undefined;
    return next.text.slice(0, WRAP_MAX_CHARS);
  };

  /**
   * the names the page's commenters write under, lower-cased: read when the first handle in a comment comes,
   * in steps (`commenterSteps`): a pass over thousands of comments' names, run cold, took 4 ms of a 10 ms
   * slice on a page of 100,000 nodes
   */
  let commenters: Set<string> | undefined;
  /** comments that tell of a helper paid first who did nothing (`HELP_FAILED_RE`) */
  const failedHelp = new Set<number>();
  /** ids given with no app named (read as WeChat ids), with the comment that lists them */
  const bare: [HandleFact, CommentFact | undefined][] = [];
  /** the apps the page's text names: a bare id on a page that names LINE and never WeChat is a LINE id */
  let namesWechat = false;
  let namesLine = false;
  function* commenterSteps(): Generator<undefined, Set<string>, void> {
    const names = new Set<string>();
    for (const c of facts.comments) {
      if (c.id % COMMENTS_PER_SLICE === COMMENTS_PER_SLICE - 1) yield;
      const a = c.author?.trim().toLowerCase();
      if (a && a.length >= MENTION_MIN_CHARS) names.add(a);
    }
    // ... and the members the page links to by a profile of their own ("/yuzu_0714" beside a Plurk response, whose
    // writer shows a display name): "@yuzu_0714 加了！" answers that member
    for (let i = 0; i < st.attrs.length; i++) {
      if (i % COMMENTS_PER_SLICE === COMMENTS_PER_SLICE - 1) yield;
      const a = st.attrs[i];
      const m = a?.name === 'href' ? PROFILE_PATH_RE.exec(a.value) : null;
      if (m?.[1]) names.add(m[1].toLowerCase());
    }
    return names;
  }

  /** comments with a call to action somewhere in them */
  const commentCta = new Set<number>();
  let sliceBlocks = 0;
  let sliceChars = 0;
  for (let b = 0; b < st.blocks.length; b++) {
    if (++sliceBlocks >= BLOCKS_PER_SLICE || sliceChars >= SLICE_CHARS) {
      sliceBlocks = 0;
      sliceChars = 0;
      yield;
    }
    const block = st.blocks[b];
    if (!block) continue;
    sliceChars += block.text.length;
    const blockEl = block.el;
    const region = model.regions[b] ?? 'article';
    const commentId = cm.blockComment[b] ?? -1;
    const comment = commentId >= 0 ? facts.comments[commentId] : undefined;
    const quoted = comment ? (cm.comments[commentId]?.quoted.includes(b) ?? false) : false;
    const bt = prepare(block.text);
    const text = bt.n.text;
    if (!namesWechat && NAMES_WECHAT_RE.test(text)) namesWechat = true;
    if (!namesLine && NAMES_LINE_RE.test(text)) namesLine = true;
    readTerms(text, addTerm);
    const cold = opts.warm ? warmNeeded(text) : undefined;
    if (cold) yield* warmFor(text, cold);
    const prevNormalized = lastNormalized?.b === b - 1 ? lastNormalized.text : undefined;
    lastNormalized = { b, text };
    const inComment = comment !== undefined && !quoted;
    if (HEADING_RE.test(block.tag) && region !== 'comment') {
      const level = Number(block.tag.slice(1));
      // a heading that turns to the legitimate way ("So is there any legitimate way to get your money back?", 有没有正规的
      // 协商渠道？) ends the warning whatever its level: what follows is offered, not warned of
      if ((warnedLevel && level <= warnedLevel) || (warnedLevel && TURN_HEADING_RE.test(text) && !warningHeading(text)))
        warnedLevel = 0;
      if (!warnedLevel && warningHeading(text)) warnedLevel = level;
    }
    const underWarningHeading = warnedLevel > 0 && region === 'article';

    // the costly passes run only where they can matter: handles and bait first, then calls to action
    // and warnings around them (every comment is read for its call to action and its story)
    const baitHits = matchLexicon(BAIT_LEX, text);
    // handles as the reader sees them: an id stored backwards inside a right-to-left override reads forwards
    // on screen ("\u202E66nehc.mialc" shows as claim.chen66); the text keeps its length, so positions hold
    const handleHits = extractHandles(hasOverride(block.text) ? displayOrder(block.text) : bt.n);
    // "find me on Telegram, same username as here": the writer's name on the page is the id
    if (inComment && comment?.author) {
      const own = sameNameHit(text, comment.author, handleHits, (at) => {
        const span = bt.spans[sentenceAt(bt.spans, toOriginal(bt.n, at, at + 1)[0])] ?? [0, block.text.length];
        return normalize(block.text.slice(span[0], span[1])).text;
      });
      if (own) {
        const [start, end] = toOriginal(bt.n, own.start, own.end);
        handleHits.push({ ...own, start, end });
      }
    }
    // a label in one element and its value in the next (<dt>微信</dt><dd>abc123</dd>, "加微信:" above the id)
    const labelled = block.text.length <= LABEL_VALUE_MAX_CHARS ? labelOf(b, prevNormalized) : undefined;
    /** addresses under a label of their own (<dt>電郵</dt><dd>x@…</dd>): given as one, as "Email: x@…" is */
    let slotted: Set<HandleHit> | undefined;
    if (labelled) {
      const offset = labelled.length + 1;
      const seen = new Set(handleHits.map((h) => `${h.kind}:${h.value}`));
      for (const h of extractHandles(`${labelled} ${block.text}`)) {
        if (h.start < offset) continue;
        const key = `${h.kind}:${h.value}`;
        const had = seen.has(key) ? handleHits.find((x) => `${x.kind}:${x.value}` === key) : undefined;
        const hit = had ?? { ...h, start: h.start - offset, end: h.end - offset };
        if (!had) handleHits.push(hit);
        if (hit.kind === 'email' && LABEL_ONLY_RE.test(labelled)) {
          slotted ??= new Set();
          slotted.add(hit);
        }
      }
    }
    const loanText = LOAN_SCAN.test(text);
    // a helper who takes money first ("half up front by Cash App", 先付了定金): a comment's or the page's own account
    const feeFirstHits = region === 'footer' || quoted ? [] : matchLexicon(FEE_FIRST_LEX, text);
    // taking the reader off the platform ("messages here are slow", 换个方式聊): a comment's or a box's words
    const offHits =
      region !== 'footer' && !quoted && (inComment || handleHits.length > 0)
        ? matchLexicon(OFF_PLATFORM_LEX, text)
        : [];
    const ctaHits = handleHits.length > 0 || baitHits.length > 0 || inComment ? matchLexicon(CTA_LEX, text) : [];
    if (inComment && ctaHits.length > 0) commentCta.add(commentId);

    // warnings, per sentence; article text under a warning heading is warned whole (not a call-to-action box)
    // (a comment's titles too: "有些号称什么老师帮你协商的…被坑了" credits nobody)
    const commentPersonaHits = inComment ? matchLexicon(PERSONA_LEX, text) : undefined;
    const readWarnings =
      handleHits.length > 0 ||
      baitHits.length > 0 ||
      loanText ||
      feeFirstHits.length > 0 ||
      offHits.length > 0 ||
      (commentPersonaHits !== undefined && commentPersonaHits.length > 0);
    const warnedSentences = readWarnings ? new Set<number>() : NO_SENTENCES;
    /** the block's arc stages (a story, a request, success…), read once, when first needed */
    let arcHits: LexiconHit[] | undefined;
    const arcs = () => {
      arcHits ??= matchLexicon(ARC_LEX, text);
      return arcHits;
    };
    if (
      !comment &&
      COLON_END_RE.test(block.text) &&
      arcs().some(
        (x) => (x.entry as (typeof ARC)[number]).stage === 'referral' && x.end >= text.length - REFERRAL_LEAD_TAIL,
      )
    )
      referralLeadAt = b;
    if (readWarnings) {
      let successAt: number[] | undefined;
      for (const h of matchLexicon(WARNING_LEX, text)) {
        const [s] = bt.hit(h);
        const si = sentenceAt(bt.spans, s);
        const span = bt.spans[si] ?? [0, block.text.length];
        if (AUTHENTICITY_RE.test(normalize(block.text.slice(span[0], span[1])).text)) continue;
        // a reader's own story: taken in once, then helped ("受骗了8万，后来加了李老师微信…帮我追回了"): the
        // victim's word tells what went before the helper, it warns of nothing the sentence offers
        if (inComment && VICTIM_WORD_RE.test(text.slice(h.start, h.end))) {
          successAt ??= arcs()
            .filter((x) => (x.entry as (typeof ARC)[number]).stage === 'success')
            .map((x) => bt.hit(x)[0]);
          const last = successAt.filter((at) => at > s && sentenceAt(bt.spans, at) === si).at(-1);
          // …unless the story turns again after the help ("…帮我做了方案，结果收了5000就拉黑了")
          if (last !== undefined && !TAKEN_AGAIN_RE.test(block.text.slice(last, span[1]))) continue;
        }
        warnedSentences.add(si);
        // a list of a scheme's marks closed by one warning for them all ("凡是要你先付钱的；凡是让你下载APP的——都不要信。"):
        // the items before it, each ended by a semicolon, are warned too
        if (ALL_OF_THEM_RE.test(text.slice(Math.max(0, h.start - 1), h.end))) {
          for (let k = si - 1; k >= 0 && si - k <= LIST_ITEMS_MAX; k--) {
            const item = bt.spans[k];
            if (!item || !LIST_ITEM_END_RE.test(block.text.slice(item[0], item[1]))) break;
            warnedSentences.add(k);
          }
        }
      }
    }
    // the reporter's own undercover steps, told in the story (记者用一个新注册的账号留言…就有账号私信发来一串微信号：…;
    // 一个微信号为 … 的账号添加了记者): what reached the reporter is the story's evidence, no line offered
    if (!inComment && handleHits.length > 0 && REPORTER_RE.test(text)) {
      for (let si = 0; si < bt.spans.length; si++) {
        const span = bt.spans[si];
        const said = span ? normalize(block.text.slice(span[0], span[1])).text : '';
        // (not the reporter's own address for tips: 爆料、線索請寄：記者羅郁臻 …)
        if (REPORTER_RE.test(said) && !TIP_WORDS_RE.test(said) && !OWN_LINE_RE.test(said)) warnedSentences.add(si);
      }
    }
    const ctaSentences = ctaHits.length > 0 ? new Set<number>() : NO_SENTENCES;
    for (const h of ctaHits) ctaSentences.add(sentenceAt(bt.spans, bt.hit(h)[0]));

    // examples quoted whole under a warning that introduces them ("Do NOT contact any of these:")
    const wholeQuote = isWholeQuote(block.text);
    const quotedExample = warnsExamples && wholeQuote;

    // a short block with a call to action and a handle or a promise is a call-to-action box
    const ctaBox =
      !quotedExample &&
      region !== 'comment' &&
      block.text.length <= CTA_BOX_MAX_CHARS &&
      ctaSentences.size > 0 &&
      (handleHits.length > 0 || baitHits.length > 0);
    // a paragraph under the warning that sends the reader to a private line in its own voice, without a word of
    // warning ("Our debt advocate … reach her directly at x@gmail.com", "The easiest way to reach her is WhatsApp at
    // +1 …"): the article's own offer after its list of red flags, not one of the lines it warns of
    // (a word of warning in a sentence before the offer, "Because her cases involve active fraud rings, she keeps contact
    // off social media", says why the line is private; one after it, "That is a scam: do not write to her", is about it)
    const offerSentences = new Set<number>();
    for (const h of handleHits)
      if (privateLine(h.kind, h.value) && ctaSentences.has(sentenceAt(bt.spans, h.start)))
        offerSentences.add(sentenceAt(bt.spans, h.start));
    const ownOffer =
      underWarningHeading &&
      !quotedExample &&
      offerSentences.size > 0 &&
      matchLexicon(WARNING_LEX, text).every((h) => sentenceAt(bt.spans, bt.hit(h)[0]) < Math.min(...offerSentences));
    const blockWarned =
      quotedExample || writersChat(text) || (underWarningHeading && !ctaBox && !SELF_PROMO_RE.test(text) && !ownOffer);
    if (!wholeQuote) {
      const t = block.text.trimEnd();
      warnsExamples =
        region !== 'comment' &&
        (t.endsWith(':') || t.endsWith('：')) &&
        (QUOTED_RECORD_RE.test(t) ||
          RECEIVED_QUOTE_RE.test(t) ||
          STRANGER_POSTED_RE.test(text) ||
          matchLexicon(WARNING_LEX, text).length > 0);
    }
    let rebutted: ReadonlyArray<readonly [number, number]> | undefined;
    const inRebuttedQuote = (pos: number) => {
      rebutted ??= rebuttedQuotations(block.text, st.blocks[b + 1]?.text);
      return rebutted.some(([qs, qe]) => pos > qs && pos < qe);
    };
    const warnedAt = (pos: number) =>
      blockWarned || quoted || warnedSentences.has(sentenceAt(bt.spans, pos)) || inRebuttedQuote(pos);

    let persona: string | undefined;
    /** where the first persona stands (normalized text), and whether the writer names it as their own title */
    let personaAt = -1;
    let personaSelf = false;
    // (none from the creator's mark over a comment, 已由 林律師說法 置頂: it names the creator, not the writer's helper)
    const personaHits =
      (inComment || ctaBox || handleHits.length > 0) && !(inComment && isAuthorChrome(block.text))
        ? (commentPersonaHits ?? matchLexicon(PERSONA_LEX, text)).filter((h) =>
            namedAsWritten(h, block.text.slice(...bt.hit(h))),
          )
        : [];
    for (const h of personaHits) {
      const [s, e] = bt.hit(h);
      const t = block.text.slice(s, e);
      if (DENIED_TITLE_RE.test(block.text.slice(Math.max(0, s - SELF_TITLE_LOOKBACK), s))) continue;
      // a title inside a warning (冒充我们群发“律师团收代理费”，全是假的) stands behind no line of the block
      const titleWarned = warnedAt(s);
      if (!titleWarned) persona ??= t;
      // "我是退休中学老师": the writer's own title credits nobody else (the persona signal still reads it)
      const self =
        SELF_TITLE_RE.test(block.text.slice(Math.max(0, s - SELF_TITLE_LOOKBACK), s)) ||
        badgeLine(cm.comments[commentId], b, block.text);
      const selfNamed = self || SELF_INTRO_RE.test(block.text.slice(Math.max(0, s - SELF_TITLE_LOOKBACK), s));
      if (personaAt < 0 && !titleWarned) {
        personaAt = h.start;
        personaSelf = selfNamed;
      }
      // a title in quotation marks (自称「整合专员」的电话, a so-called "account manager") is named, not credited
      const quotedTitle = insideQuotes(text, h.start);
      if (comment && !self && !quotedTitle && !titleWarned && !comment.personas.includes(t)) comment.personas.push(t);
      if (region === 'comment' || ctaBox) {
        facts.phrases.push({
          lexicon: 'persona',
          id: h.entry.id,
          kind: h.entry.kind,
          weight: h.entry.weight ?? 0,
          text: t,
          region,
          block: b,
          comment: commentId,
          get selector() {
            return selectors.of(blockEl);
          },
          warned: titleWarned,
          selfNamed,
        });
      }
    }
    const licensed = handleHits.length > 0 && licensedNear(b);
    // the block sells something (bait it does not disown: "we will never offer to fix your credit" sells nothing)
    const sellsHere =
      handleHits.length > 0 &&
      baitHits.some((h) => {
        const [s0] = bt.hit(h);
        return !warnedAt(s0) && !refusedAt(block.text, s0);
      });

    // an advance fee: a loan, a fee and an order to pay first, in one block, outside warnings, said by the
    // lender (a comment, a box, or the page offering the loan itself), not narrated in a report
    // (or a payout: a premium refund or a "recovery" sold is money the page says it will release)
    if (baitHits.some((h) => PAYOUT_KINDS.has(h.entry.kind ?? 'other') && !warnedAt(bt.hit(h)[0]))) offersLoan = true;
    // a sentence the page breaks over two elements (a PDF turned into HTML sets each printed line apart):
    // the fee is read in this block, the loan and the order to pay first also in the line that goes on
    // (the next line is normalized only then: it is normalized again as a block of its own)
    const nextLine = continuedIn(b, text, region, commentId);
    if (loanText || (nextLine && LOAN_SCAN.test(nextLine))) {
      const both = nextLine ? `${text} ${normalize(nextLine).text}` : text;
      const fee = matchLexicon(FEE_LEX, both);
      // a hit's place in this block (one that runs on into the next line ends with this block)
      const inBlock = (h: LexiconHit) => bt.hit({ ...h, end: Math.min(h.end, text.length) });
      // a fee the lender says it does not take ("银行不收任何评估费、手续费") asks for nothing
      const money = fee.find(
        (h) =>
          h.entry.id.endsWith('_fee') &&
          h.start < text.length &&
          !warnedAt(inBlock(h)[0]) &&
          !refusedAt(block.text, inBlock(h)[0]),
      );
      const first = fee.find(
        (h) =>
          h.entry.id.endsWith('_pay_first') &&
          (h.start >= text.length ||
            (!warnedAt(inBlock(h)[0]) &&
              !DEMAND_DENIED_RE.test(clauseBefore(text, h.start)) &&
              !TAKES_NOTHING_AFTER_RE.test(text.slice(h.end, h.end + TAKES_NOTHING_REACH)))),
      );
      // a heading names a topic ("放款前先交GPS费、审核费？车抵贷这五种收费方式"), it asks nobody for money
      if (money && first && !HEADING_RE.test(block.tag)) {
        const [s, e] = inBlock(money);
        // an article's own steps ("3. 支付前期工本费…") count once the page is seen to sell the loan
        const target = region === 'comment' || ctaBox || OFFER_RE.test(text) ? facts.phrases : feeSteps;
        target.push({
          lexicon: 'advance-fee',
          id: money.entry.id,
          kind: 'loan',
          weight: 0,
          text: block.text.slice(s, e),
          region,
          block: b,
          comment: commentId,
          get selector() {
            return selectors.of(blockEl);
          },
          warned: false,
        });
      }
    }

    // a contact handed over in a form only a reader can decode (an instruction to assemble the id, an
    // excuse for not writing it plainly) that the extractor could not put together: a line all the same;
    // the excuse ("平台不让留数字，我用谐音写一下") counts also when the id was read: a writer who says the
    // platform would delete the line knows it is pushing one
    if (inComment) {
      const hc = hiddenContact(text);
      if (hc && (handleHits.length === 0 || hc.how === 'evasion')) {
        const [s, e] = toOriginal(bt.n, hc.start, hc.end);
        const span = bt.spans[sentenceAt(bt.spans, s)] ?? [s, e];
        facts.phrases.push({
          lexicon: 'hidden',
          id: hc.how,
          weight: 0,
          text: block.text.slice(span[0], span[1]).trim().slice(0, CONTEXT_CHARS),
          region,
          block: b,
          comment: commentId,
          get selector() {
            return selectors.of(blockEl);
          },
          warned: warnedAt(s) || isWarning(normalize(block.text.slice(span[0], span[1])).text),
        });
      }
    }

    // the first account of money taken first, not asked about ("Do you have to pay before?"), quoted or refused
    const feeFirst = feeFirstHits.find(
      (h) =>
        feeMoneyAt(text, h) &&
        !askedAt(text, h.end) &&
        !insideQuotes(text, h.start) &&
        !NEGATED_CLAUSE_RE.test(clauseBefore(text, h.start)),
    );
    const offPlatform = offHits.find(
      (h) => !insideQuotes(text, h.start) && !NEGATED_CLAUSE_RE.test(clauseBefore(text, h.start)),
    );
    // the block's scheme wording (bait with its kind and weight), money taken first and a move off the site,
    // each as written, where it stands, and whether a warning or a refusal disowns it
    // a scheme's term in quotation marks in the page's text that gives no contact is named (see `PhraseFact.named`)
    const namedInQuotes = (h: LexiconHit) =>
      !comment && !ctaBox && handleHits.length === 0 && insideQuotes(text, h.start);
    const phraseHits: [PhraseFact['lexicon'], LexiconHit][] = [];
    if (feeFirst) phraseHits.push(['fee-first', feeFirst]);
    if (offPlatform) phraseHits.push(['off-platform', offPlatform]);
    for (const h of baitHits) phraseHits.push(['bait', h]);
    for (const [lexicon, hit] of phraseHits) {
      const [s, e] = bt.hit(hit);
      facts.phrases.push({
        lexicon,
        id: hit.entry.id,
        ...(lexicon === 'bait' ? { kind: hit.entry.kind, weight: hit.entry.weight ?? 0 } : { weight: 0 }),
        text: block.text.slice(s, e),
        region: ctaBox ? 'cta' : region,
        block: b,
        comment: commentId,
        get selector() {
          return selectors.of(blockEl);
        },
        warned: warnedAt(s) || refusedAt(block.text, s) || (lexicon === 'bait' && inPersonAt(block.text, bt.spans, s)),
        ...(lexicon === 'bait' && namedInQuotes(hit) ? { named: true } : {}),
      });
    }

    // (not a block that warns of the money it names: "每一串都有這種貸款帳號，已檢舉，大家不要理他" speaks of the spam)
    if (
      (ctaBox || (comment && !quoted) || block.tag === 'H1') &&
      countTopics(text) &&
      comment &&
      !quoted &&
      !isWarning(text)
    )
      comment.moneyWords = true;
    if (!facts.money && (MONEY_RE.test(text) || matchLexicon(TOPIC_LEX, text).length > 0)) facts.money = true;
    if (!facts.ownVoice && !comment && OWN_LINE_RE.test(text)) facts.ownVoice = true;
    // the page's own success story, read where it tells of money back (a cheap gate first: every block is asked)
    if (!comment && !quoted && !facts.storySuccess && region === 'article' && STORY_GATE_RE.test(text)) {
      for (const h of arcs()) {
        const [s] = bt.hit(h);
        // (the one it happened to may tell it in quotation marks: "On the 26th day the money was in my bank")
        if ((h.entry as (typeof ARC)[number]).stage !== 'success' || warnedAt(s)) continue;
        facts.storySuccess = true;
        break;
      }
    }
    if (comment && !quoted) {
      if (HELP_FAILED_RE.test(text)) failedHelp.add(commentId);
      for (const h of arcs()) {
        if (insideQuotes(text, h.start)) continue;
        const stage = (h.entry as (typeof ARC)[number]).stage;
        if (!comment.stages.includes(stage)) comment.stages.push(stage);
      }
    }

    if (comment && handleHits.length > 0) commenters ??= yield* commenterSteps();
    // the sentences that give the site's own address: a number beside it is the site's staff line (an author box's
    // "reach her at dokafor@<the site's domain> or (515) 555-0142")
    const ownSentences = new Set<number>();
    for (const hit of handleHits)
      if (ownAddress(hit, siteHost, siteName)) ownSentences.add(sentenceAt(bt.spans, hit.start));
    for (const hit of handleHits) {
      // "回复 @Sarah_K :" names the commenter answered, not a contact
      if (comment && hit.kind === 'telegram' && cm.comments[commentId]?.replyName?.toLowerCase() === hit.value)
        continue;
      // "@t_okafor you can reach him", "@Eason学长_UCL 我刚搜了一下": a commenter of the page addressed by name,
      // unless an app is named for it ("Telegram @kenhk_uk"); "yingyi.4ppl@accountant.wong.leeds": a
      // writer's name set against the name they answer, not a mailbox
      if (comment && commenters && mentionsCommenter(hit, block.text, commenters)) continue;
      // the writer's name, an element of its own on the comment's line (a BBS reply's "推 amy5822: …"): the
      // name they write under, no line they give (a name the words point to is read apart: `NAME_POINTER_RE`)
      if (comment?.row && comment.author && ID_KINDS.has(hit.kind) && writerName(st, b, hit, comment.author)) continue;
      const si = sentenceAt(bt.spans, hit.start);
      const span = bt.spans[si] ?? [0, block.text.length];
      const sentence = normalize(block.text.slice(span[0], span[1])).text;
      // the writer's own line ("call or text me, 419…", 我的手机) in another sentence than the persona the
      // block names ("Dr. Anand wants to stay on the pills"): the persona is someone the writer speaks of,
      // not the one behind the line, unless the writer introduced themselves by it
      const writerLine = WRITER_LINE_RE.test(sentence) || WRITER_LINE_ZH_RE.test(sentence);
      // the writer's own line given to send a document she made, free ("text me and I'll send you the Word file, no
      // charge", 不收钱哈，加我微信我发文档): a share between readers, not a line pushed
      const freeShare = writerLine && DOC_SHARE_RE.test(sentence) && FREE_SHARE_RE.test(text);
      const personaHere =
        persona !== undefined && (personaSelf || sentenceAt(bt.spans, personaAt) === si || !writerLine)
          ? persona
          : undefined;
      const licensedHere = licensed || (personaHere !== undefined && licensedName(personaHere));
      const f = handleFact(hit, {
        region: ctaBox ? 'cta' : region,
        block: b,
        comment: commentId,
        get selector() {
          return selectors.of(blockEl);
        },
        context: block.text.slice(span[0], span[1]).trim().slice(0, CONTEXT_CHARS),
        // a handle that needs a cue (WeChat, QQ, Telegram, LINE) handed out in a comment is offered by that cue
        // …and so is one the text tells the reader how to read (backwards, as one word, in the tags)
        // ... unless the writer gives it to be helped
        cta:
          ctaBox ||
          hit.told === true ||
          ((ctaSentences.has(si) || (region === 'comment' && CUED_KINDS.has(hit.kind)) || slotted?.has(hit) === true) &&
            !SEEKS_HELP_RE.test(sentence) &&
            !freeShare),
        warned: warnedAt(hit.start),
        persona: personaHere,
        licensed: licensedHere,
      });
      if (writerLine) f.writerLine = true;
      if (freeShare) f.shared = true;
      if (
        ownOffer &&
        ctaSentences.has(si) &&
        privateLine(hit.kind, hit.value) &&
        THIRD_PERSON_RE.test(text) &&
        !WRITER_CTA_RE.test(sentence)
      )
        f.afterWarning = FEE_TALK_RE.test(text) && !FREE_HELP_RE.test(text) ? 'fee' : 'plain';
      if (
        !comment &&
        (referralLead(b, region) || arcs().some((x) => (x.entry as (typeof ARC)[number]).stage === 'referral'))
      )
        f.referred = true;
      // the text telling how to read the handle (倒着输, "as one word", in the tags) hides it from filters
      const disguise = disguiseOf(hit.raw, hit.kind, sentence) ?? (hit.told ? 'told' : undefined);
      if (disguise) f.disguise = disguise;
      const after = hit.kind === 'phone' || hit.kind === 'whatsapp' ? block.text.slice(hit.end, hit.end + 24) : '';
      if (
        HOURS_AFTER.test(after) ||
        (hit.kind === 'phone' &&
          (EXTENSION_AFTER.test(after) ||
            OFFICE_BEFORE.test(block.text.slice(Math.max(span[0], hit.start - OFFICE_BEFORE_CHARS), hit.start))))
      )
        f.office = true;
      const own = ownAddress(f, siteHost, siteName);
      const ownLine = OWN_LINE_RE.test(sentence);
      const ownWords = ownLine || BUSINESS_LINE_RE.test(sentence);
      if (
        (INSTITUTIONAL_RE.test(sentence) ||
          ownWords ||
          own ||
          ownSentences.has(si) ||
          (hit.kind === 'wechat' && officialAccountAt(b, sentence))) &&
        // beside a scheme's words, or in a comment, only a line its owner alone names so (a reporter's 记者微信 in
        // the story's tip box that quotes the scheme, a reporter's 报料微信 under the story)
        ((!sellsHere && region !== 'comment') || ownWords)
      ) {
        f.institutional = true;
        if (own) f.ownSite = true;
        if (ownLine) f.ownLine = true;
      }
      facts.handles.push(f);
      if (hit.kind === 'wechat' && hit.cue === 'cta') bare.push([f, comment && !quoted ? comment : undefined]);
      if (comment && !quoted) {
        const key = `${f.kind}:${f.value}`;
        if (!comment.handles.includes(key)) comment.handles.push(key);
      }
    }
  }

  // an id given with no app named (有需要的就加：ｙｌｓ５２６８) is taken for a WeChat id; where the page names its
  // app for the same id (賴 yls5268, LINE ID：…, Telegram @…), it is that account, not a second one
  if (bare.length > 0) {
    const named = new Map<string, HandleKind>();
    for (const h of facts.handles) if (h.kind === 'line' || h.kind === 'telegram') named.set(h.value, h.kind);
    // (ㄌㄞ, 賴 and 加LINE are folded to LINE by the normalizer; 微信's aliases to 微信)
    const pageLine = namesLine && !namesWechat;
    for (const [f, c] of bare) {
      const kind = named.get(f.value) ?? (pageLine && LINE_ID.test(f.value) ? 'line' : undefined);
      if (!kind) continue;
      // (once: the comment may give the same id with its app named too)
      if (c) c.handles = [...new Set(c.handles.map((k) => (k === `wechat:${f.value}` ? `${kind}:${f.value}` : k)))];
      f.kind = kind;
    }
  }

  // a number written with and without its country code (+1 937 555 0127 in one comment, 937-555-0127 in
  // another) is one line in every comment that gives it (`numberForms`)
  const forms = numberForms(facts.handles);
  for (const f of forms.size > 0 ? facts.handles : []) {
    const full = writtenNumber(f) ? forms.get(f.value) : undefined;
    if (!full) continue;
    const c = facts.comments[f.comment];
    const [from, to] = [`${f.kind}:${f.value}`, `${f.kind}:${full}`];
    if (c) c.handles = [...new Set(c.handles.map((k) => (k === from ? to : k)))];
    f.value = full;
  }
  // a bare number the page also gives as a WhatsApp or Signal account ("He's on WhatsApp: +44 7700 900 318", then
  // "Message him on +44 7700 900 318") is that account, in every comment that gives it
  const apps = new Map<string, HandleKind>();
  for (const f of facts.handles)
    if ((f.kind === 'whatsapp' || f.kind === 'signal') && writtenNumber(f)) apps.set(f.value, f.kind);
  for (const f of apps.size > 0 ? facts.handles : []) {
    const kind = f.kind === 'phone' && writtenNumber(f) ? apps.get(f.value) : undefined;
    if (!kind) continue;
    const c = facts.comments[f.comment];
    const [from, to] = [`phone:${f.value}`, `${kind}:${f.value}`];
    if (c) c.handles = [...new Set(c.handles.map((k) => (k === from ? to : k)))];
    f.kind = kind;
  }

  if (offersLoan) facts.phrases.push(...feeSteps);

  // a story of a helper who took the money and did nothing ("先收了我三千…最后什么都没退", "never got a dime") is the
  // pain of a second loss, not a success: no sidekick's praise
  for (const id of failedHelp) {
    const c = facts.comments[id];
    if (!c) continue;
    c.stages = c.stages.filter((x) => x !== 'success');
    if (!c.stages.includes('pain')) c.stages.push('pain');
  }

  // the publisher answering in its own comments (the notice's issuer, the column's desk): an author whose
  // name the page prints outside its comments (发布：锦绣澜湾物业服务中心, the title) speaks for the site
  const publishers = new Map<string, boolean>();
  let outside: string | undefined;
  const readOutside = (): string => {
    if (outside === undefined) {
      // the page's text outside its comments, read once (bounded: a name in the byline is near the top)
      const parts = [facts.title];
      let n = facts.title.length;
      for (let b = 0; b < st.blocks.length && n < PUBLISHER_TEXT_CHARS; b++) {
        if ((cm.blockComment[b] ?? -1) >= 0) continue;
        const t = st.blocks[b]?.text ?? '';
        parts.push(t);
        n += t.length + 1;
      }
      outside = parts.join('\n');
    }
    return outside;
  };
  // ... but a forum topic's starter, named in the topic's header ("Thread starter BuriedInCards", 楼主), is a
  // member who opened it: the writer of a section's first post when the posts carry floors or post counts
  const starters = new Set<string>();
  for (const s of facts.sections) {
    const first = facts.comments[s.comments[0] ?? -1];
    const a = first?.author?.trim();
    if (a && (first?.floor === 1 || first?.posts !== undefined)) starters.add(a);
  }
  for (const c of facts.comments) {
    if (c.handles.length === 0) continue;
    const a = c.author?.trim();
    if (!a || [...a].length < PUBLISHER_MIN_CHARS || starters.has(a)) continue;
    let known = publishers.get(a);
    if (known === undefined) {
      known = namedOutside(readOutside(), a);
      publishers.set(a, known);
    }
    if (known) c.publisher = true;
  }

  // a call to action anywhere in a comment offers the handles it carries ("看我昵称" with the number in the name)
  // ... but not the writer's own line given to be helped (its sentence asks for help)
  // …nor the same offer quoted in a reply ("> 想要的可以加我微信 … 我发文档" / 加了，模板很好用)
  const sharedValues = new Set(facts.handles.filter((h) => h.shared).map((h) => h.value));
  for (const h of facts.handles) {
    if (sharedValues.has(h.value) && DOC_SHARE_RE.test(normalize(h.context).text)) {
      h.shared = true;
      h.cta = false;
    } else if (h.comment >= 0 && !h.warned && commentCta.has(h.comment) && !SEEKS_HELP_RE.test(h.context)) h.cta = true;
  }
  // a helper's other line beside one the page pushes ("Telegram @PaylendRose or WhatsApp +1 720-555-0138", "微信不方便的打他
  //备用电话 173-…", "沒用 LINE 的話也可以直接打給林先生：0936-…"): the same offer, another way in
  const pushedValues = new Set(
    facts.handles.filter((h) => h.cta && !h.warned && privateLine(h.kind, h.value)).map((h) => h.value),
  );
  for (const h of facts.handles) {
    if (h.cta || h.warned || h.comment < 0 || !privateLine(h.kind, h.value) || SEEKS_HELP_RE.test(h.context)) continue;
    if (facts.handles.some((o) => o.comment === h.comment && o.value !== h.value && pushedValues.has(o.value)))
      h.cta = true;
  }
  // a handle given in answer to another writer's ask for a way to reach someone ("How do I reach him?" →
  // "Easiest is WhatsApp, +61 491 …") is handed over, whatever words it comes in: an ask in the comment it
  // replies to, or in the one just before it in its section (replies under one comment come in order)
  for (const h of facts.handles) {
    const c = h.cta || h.warned || h.comment < 0 ? undefined : facts.comments[h.comment];
    if (!c || SEEKS_HELP_RE.test(h.context)) continue;
    const before = facts.comments[c.id - 1];
    const askers = [
      c.replyTo === undefined ? undefined : facts.comments[c.replyTo],
      before?.section === c.section ? before : undefined,
    ];
    if (askers.some((a) => a && a.id !== c.id && a.author !== c.author && a.stages.includes('request'))) h.cta = true;
  }

  // a handle given in two pieces (src/handles/split.ts), the second put after the first: in its own comment,
  // else in the nearest before it by the same writer, or an unnamed one, else in the nearest before it by
  // anyone when the first leaves the rest to others (后面几位我记不全), the second says where the first stands
  // (接在学长那段后面) or answers it;
  // a piece no words say continues, only after the same writer's comment just before. Numbers meet at a
  // space (2871 40396), an id's parts without one (xdxs_ + yanqi5836); a continued id is read as a contact
  // slot too (the writer says it is one), never a bare number. A handle given whole elsewhere on the page is
  // still handed over here, in two pieces.
  const seen = new Set(facts.handles.map((h) => `${h.kind}:${h.value}`));
  const keyOf = (h: { kind: string; value: string }) => `${h.kind}:${h.value}`;
  for (const b of cm.comments) {
    if (b.id % COMMENTS_PER_SLICE === COMMENTS_PER_SLICE - 1) yield;
    const second = secondPiece(b.text);
    if (!second) continue;
    const digits = !/[A-Za-z]/u.test(second.piece);
    const before = cm.comments.slice(Math.max(0, b.id - SPLIT_LOOKBACK), b.id).reverse();
    const mine = (c: (typeof before)[number]) => !!c.author && c.author === b.author;
    const unnamed = (c: (typeof before)[number]) => !c.author || !b.author;
    const answers = (c: (typeof before)[number]) => b.parent === c.id || b.replyTo === c.id;
    const others = (c: (typeof before)[number]) => !mine(c) && !unnamed(c);
    const from = second.opening
      ? before.slice(0, 1).filter(mine)
      : [b, ...before.filter(mine), ...before.filter(unnamed), ...before.filter(others)];
    for (const a of from) {
      const piece = firstPiece(a === b ? b.text.slice(0, second.at) : a.text, digits, a !== b);
      // another writer's piece only when one of them says the two go together
      if (!piece || (others(a) && !second.pointed && !answers(a) && !piece.deferred)) continue;
      let first = piece.text;
      // (two digits finish a number only: "(785) 555-01" … "the rest is 93")
      if (second.piece.length < 3 && !/\d$/u.test(first)) continue;
      if (digits && digitEnded(first)) first += ' ';
      const given = (k: string) =>
        seen.has(k) && facts.handles.some((x) => (x.comment === a.id || x.comment === b.id) && keyOf(x) === k);
      // read whole, then in its own clause, away from another app's cue earlier in the comment (打电话 …
      // 老师的v❤ hxy_xs), then, a number whose app the comment names further back than the extractor looks
      // ("text my credit lady … 216-555-" … "the rest is 0135"), after the last contact cue before it
      const clause = first.slice(Math.max(...[...'。！？!?，,；;\n'].map((c) => first.lastIndexOf(c))) + 1);
      function* leads(): Generator<string> {
        yield first;
        if (clause !== first) yield clause;
        const run = digits ? NUMBER_TAIL_RE.exec(first) : null;
        if (!run) return;
        const back = normalize(first.slice(0, run.index));
        const cue = findCues(back).at(-1);
        if (cue) yield `${back.text.slice(cue.start, cue.end)} ${run[0]}`;
      }
      let found: HandleHit[] = [];
      let text = '';
      for (const lead of leads()) {
        text = lead + second.piece;
        const hits = extractHandles(text);
        if (!second.opening)
          hits.push(...extractHandles(text, { contactContext: true }).filter((h) => /[a-z]/u.test(h.value)));
        found = hits.filter((h) => h.start < lead.length && h.end > lead.length && !given(keyOf(h)));
        if (found.length > 0) break;
      }
      if (found.length === 0) continue;
      const bf = facts.comments[b.id];
      for (const hit of found) {
        const key = keyOf(hit);
        if (given(key)) continue;
        const f = handleFact(hit, {
          region: 'comment',
          block: b.blocks[0] ?? -1,
          comment: b.id,
          selector: sel(b.el),
          context: text.slice(Math.max(0, hit.start - 40), hit.end + 20).trim(),
          cta: true,
          warned: false,
          licensed: false,
        });
        // the first piece read alone (a QQ number's first six digits) is no handle of its own
        const partial = facts.handles.findIndex(
          (h) => h.comment === a.id && h.kind === f.kind && h.value !== f.value && f.value.startsWith(h.value),
        );
        if (partial >= 0) {
          const ak = `${f.kind}:${facts.handles[partial]?.value}`;
          facts.handles.splice(partial, 1);
          const af = facts.comments[a.id];
          if (af && !facts.handles.some((h) => h.comment === a.id && keyOf(h) === ak))
            af.handles = af.handles.filter((k) => k !== ak);
        }
        facts.handles.push(f);
        seen.add(key);
        if (bf && !bf.handles.includes(key)) bf.handles.push(key);
      }
      // the second piece continues the first one's conversation
      if (bf && a !== b && bf.replyTo === undefined && bf.parent === undefined) bf.replyTo = a.id;
      break;
    }
  }

  /**
   * A handle a comment tells the reader to put together (from the writer's name, or the page's fund code and
   * digits after it): `built` read after `lead` (the words that name the app), offered by that comment
   */
  const addTold = (c: (typeof cm.comments)[number], lead: string, built: string, context: string) => {
    for (const hit of extractHandles(`${lead}${built}`)) {
      const key = `${hit.kind}:${hit.value}`;
      if (hit.start < lead.length || seen.has(key)) continue;
      const f = handleFact(hit, {
        region: 'comment',
        block: c.blocks[0] ?? -1,
        comment: c.id,
        selector: sel(c.el),
        context,
        cta: true,
        warned: false,
        licensed: false,
      });
      f.disguise = 'told';
      facts.handles.push(f);
      seen.add(key);
      const cf = facts.comments[c.id];
      if (cf && !cf.handles.includes(key)) cf.handles.push(key);
    }
  };

  // a commenter pointing to a number in their own name ("群号就是我昵称后面那串"): the name read after the pointer
  for (const c of cm.comments) {
    if (c.id % COMMENTS_PER_SLICE === COMMENTS_PER_SLICE - 1) yield;
    // (the user name under the display name, where the site prints one: "@nadiakovacrecovery" under "Nadia K. |
    // Asset Tracing" is the name an app's search finds)
    const name = c.userName ?? c.author;
    const m = name ? NAME_POINTER_RE.exec(c.text) : null;
    if (!m || !name) continue;
    // (with the rest of its clause, which can name the app: 名字就是薇，…)
    const clause = c.text.slice(m.index + m[0].length, m.index + m[0].length + NAME_TAIL_CHARS);
    const tail = clause.slice(0, clause.search(NAME_TAIL_END_RE) >>> 0);
    const lead = c.text.slice(Math.max(0, m.index - NAME_LEAD_CHARS), m.index + m[0].length) + tail;
    let joined = `${lead} ${name}`;
    let hits = extractHandles(joined).filter((hit) => hit.start > lead.length);
    // …the app named before the pointer, not beside the name ("Telegram is the same as my username", 名字就是薇):
    // the name read as that app's id
    if (hits.length === 0) {
      const app = findCues(normalize(lead))
        .reverse()
        .find((cue) => APP_WORD[cue.kind] !== undefined);
      // (a bare alias the cues leave alone, 薇 also being a name: 名字就是薇)
      const kind =
        app?.kind ?? TAIL_APPS.find(([re]) => re.test(tail))?.[1] ?? LEAD_APPS.find(([re]) => re.test(lead))?.[1];
      const word = kind && APP_WORD[kind];
      if (word) {
        joined = `${lead} ${word}: ${name}`;
        hits = extractHandles(joined).filter((hit) => hit.start > lead.length + word.length + 1);
      }
    }
    for (const hit of hits) {
      const key = `${hit.kind}:${hit.value}`;
      if (seen.has(key)) continue;
      const f = handleFact(hit, {
        region: 'comment',
        block: c.blocks[0] ?? -1,
        comment: c.id,
        selector: sel(c.el),
        context: joined.slice(Math.max(0, hit.start - 40)).trim(),
        cta: true,
        warned: false,
        licensed: false,
      });
      const disguise = disguiseOf(hit.raw, hit.kind, lead);
      if (disguise) f.disguise = disguise;
      facts.handles.push(f);
      seen.add(key);
      const cf = facts.comments[c.id];
      if (cf && !cf.handles.includes(key)) cf.handles.push(key);
    }
  }

  // a WeChat id given as the platform id on a writer's profile line ("V就是他主页的轻拍号", "V就是他名字下面那个抖音号"
  // beside 抖音号：zx_wuge1993 under the name): that id, when the page shows one only
  const pointers: (typeof cm.comments)[number][] = [];
  for (const c of cm.comments) {
    if (c.id % COMMENTS_PER_SLICE === COMMENTS_PER_SLICE - 1) yield;
    const m = APP_IS_RE.exec(c.text);
    if (!m) continue;
    const rest = c.text.slice(m.index + m[0].length, m.index + m[0].length + PLATFORM_REACH);
    if (PLATFORM_WORD_RE.test(rest.slice(0, rest.search(CLAUSE_END_RE) >>> 0))) pointers.push(c);
  }
  if (pointers.length > 0) {
    const ids = new Set<string>();
    for (let b = 0; b < st.blocks.length; b++) {
      if (b % PLATFORM_BLOCKS_PER_STEP === PLATFORM_BLOCKS_PER_STEP - 1) yield;
      for (const m of (st.blocks[b]?.text ?? '').matchAll(PLATFORM_ID_RE)) if (m[1]) ids.add(m[1]);
    }
    const [only] = ids;
    if (only !== undefined && ids.size === 1)
      for (const c of pointers) addTold(c, '微信：', only, c.text.slice(0, PLATFORM_CONTEXT_CHARS));
  }

  // a handle built from the commenter's name: a prefix and the name's digits ("62 开头,后面六个字就是我 username
  // 的数字"), or the name in Latin letters joined, lower-cased, and digits after it ("ID 就是我脸书名字的英文,
  // 全部小写连在一起,后面再加 0520"); read with the sentence before it
  for (const c of cm.comments) {
    if (c.id % COMMENTS_PER_SLICE === COMMENTS_PER_SLICE - 1) yield;
    const author = c.author?.trim() ?? '';
    const digits = author.replace(/\D/gu, '');
    const latin = LATIN_NAME_RE.test(author);
    if ((digits.length < 4 && !latin) || !NAME_DIGITS_GATE.test(c.text)) continue;
    const text = normalize(c.text).text;
    // the prefix and the name's digits, or the name's letters and the digits after them
    let m = digits.length >= 4 ? NAME_DIGITS_RE.exec(text) : null;
    let built = m ? `${m[1] ?? m[2] ?? ''}${digits}` : '';
    if (!m && latin) {
      m = NAME_ID_RE.exec(text);
      built = m ? `${author.toLowerCase().replace(/[^a-z0-9]/gu, '')}${m[1] ?? m[2] ?? ''}` : '';
    }
    if (!m) continue;
    const lead = text.slice(Math.max(0, m.index - NAME_LEAD_CHARS), m.index);
    addTold(c, `${lead} `, built, text.slice(Math.max(0, m.index - 40), m.index + m[0].length).trim());
  }

  // a number given as the page's fund or stock code with digits after it ("群号就是这只基金的代码，后面接着加上
  // 8836"): the code is the title's one five- or six-digit number
  const codes = new Set(facts.title.match(TITLE_CODE_RE) ?? []);
  const code = codes.size === 1 ? [...codes][0] : undefined;
  for (const c of code ? cm.comments : []) {
    if (c.id % COMMENTS_PER_SLICE === COMMENTS_PER_SLICE - 1) yield;
    if (!CODE_SUFFIX_GATE.test(c.text)) continue;
    const text = normalize(c.text).text;
    const m = CODE_SUFFIX_RE.exec(text);
    if (!m) continue;
    const lead = `${text.slice(Math.max(0, m.index - NAME_LEAD_CHARS), m.index)}${m[1] ?? ''} `;
    addTold(c, lead, `${code}${m[2] ?? ''}`, text.slice(Math.max(0, m.index - 40), m.index + m[0].length).trim());
  }

  // a comment that names one of the page's handles in a form the extractor leaves alone carries it: a
  // number spelled out in words ("就是七二六三八五九一零四", to slip past filters and to hand over a
  // number shown in a form readers cannot type), or an @id the page gives elsewhere with its app
  // ("加了 @lin.stock520" under a LINE box)
  const byValue = new Map<string, HandleFact>();
  for (const h of facts.handles) if (h.listed && !byValue.has(h.value)) byValue.set(h.value, h);
  // "回复 @name" names a commenter, not a contact
  // (a pass over every comment: in steps, as it runs cold on a page of thousands of comments)
  for (const c of byValue.size > 0 ? cm.comments : []) {
    if (c.id % COMMENTS_PER_SLICE === COMMENTS_PER_SLICE - 1) yield;
    if (c.author) byValue.delete(c.author.replace(/^@/u, '').toLowerCase());
  }
  if (byValue.size > 0) {
    // app ids (not numbers, not addresses) the page gives: only they can be named bare in another case
    const bareIds = [...byValue.values()].some(
      (h) => h.kind === 'telegram' || h.kind === 'wechat' || h.kind === 'line',
    );
    // a spelled number reads as 5 to 15 digits: none of the page's handles is such a number, none is named so
    let spelledWanted = false;
    for (const v of byValue.keys()) if (DIGITS_5_15_RE.test(v)) spelledWanted = true;
    for (const c of cm.comments) {
      if (c.id % COMMENTS_PER_SLICE === COMMENTS_PER_SLICE - 1) yield;
      const cf = facts.comments[c.id];
      if (!cf) continue;
      const named: [string, number, string][] = [];
      // only where the page has a number to name, and the text a run long enough to name it
      if (spelledWanted && spelledRun(c.text)) {
        for (const m of c.text.matchAll(SPELLED_NUMBER_RE)) {
          named.push([[...m[0]].map((ch) => SPOKEN_DIGITS[ch] ?? '').join(''), m.index ?? 0, m[0]]);
        }
      }
      for (const m of c.text.includes('@') ? c.text.matchAll(AT_ID_RE) : []) {
        named.push([(m[1] ?? '').replace(/[.-]+$/u, '').toLowerCase(), m.index ?? 0, m[0]]);
      }
      // an id the page gives with its app, named bare in another case ("just search RENEEBILLAID")
      for (const m of bareIds && HAS_CAPITAL_RE.test(c.text) ? c.text.matchAll(BARE_ID_RE) : []) {
        const value = m[0].toLowerCase();
        if (value !== m[0] && byValue.get(value)?.kind !== 'email') named.push([value, m.index ?? 0, m[0]]);
      }
      for (const [value, at, raw] of named) {
        const known = byValue.get(value);
        if (!known) continue;
        const key = `${known.kind}:${known.value}`;
        if (cf.handles.includes(key)) continue;
        facts.handles.push({
          ...known,
          raw,
          region: 'comment',
          block: c.blocks[0] ?? -1,
          comment: c.id,
          selector: sel(c.el),
          context: c.text.slice(Math.max(0, at - 40), at + raw.length + 20).trim(),
          cta: true,
          warned: false,
          licensed: false,
          persona: undefined,
          institutional: undefined,
          ownSite: undefined,
          disguise: disguiseOf(raw, known.kind),
        });
        cf.handles.push(key);
      }
    }
  }

  // the block an element sits in (links, widgets, alt text), so nearness can be judged
  const blockOf = (el: Element): number => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const r = st.ranges.get(e);
      if (r) return r[0];
    }
    return -1;
  };

  // click-to-copy widgets: their payloads are contact slots; copy controls carry their block's handles
  for (const w of model.widgets) {
    const selector = sel(w.el);
    const keys: string[] = [];
    for (const payload of w.payloads) {
      for (const hit of extractHandles(payload, { contactContext: true })) {
        facts.handles.push(
          handleFact(hit, {
            region: 'widget',
            block: blockOf(w.el),
            comment: -1,
            selector,
            context: payload.trim().slice(0, CONTEXT_CHARS),
            cta: true,
            warned: false,
            licensed: false,
          }),
        );
        keys.push(`${hit.kind}:${hit.value}`);
      }
    }
    for (const b of w.blocks) {
      for (const h of facts.handles.filter((x) => x.block === b)) {
        if (h.region !== 'widget' && !h.warned) {
          facts.handles.push({ ...h, region: 'widget', selector, cta: true, comment: -1 });
          keys.push(`${h.kind}:${h.value}`);
        }
      }
    }
    if (keys.length > 0) facts.widgets.push({ via: w.via, selector, handles: [...new Set(keys)] });
  }

  // alt and title text (a QR image titled "加老师微信 abc123"): read with the same cue rules. An image's
  // description (a flyer's text in its alt, a platform's "May be an image of text that says …") is what a
  // screen reader reads in the image's place: its handles and its scheme wording belong to the image's
  // block, comment and region, as the text around it does
  for (const a of st.attrs) {
    if (a.name !== 'alt' && a.name !== 'title') continue;
    const n = normalize(a.value);
    const hits = extractHandles(n);
    const b = a.name === 'alt' && isDescription(a.value) ? blockOf(a.el) : -1;
    if (hits.length === 0 && b < 0) continue;
    const region: Region = b >= 0 ? (model.regions[b] ?? 'article') : 'widget';
    const commentId = b >= 0 ? (cm.blockComment[b] ?? -1) : -1;
    const comment = commentId >= 0 ? facts.comments[commentId] : undefined;
    const warned = isWarning(n.text) || evidenceShot(n.text);
    const context = a.value.trim().slice(0, CONTEXT_CHARS);
    const ctaNear = matchLexicon(CTA_LEX, n.text).length > 0;
    // the description's own words, whole (an alt is one short text: its place is the image); a persona
    // counts beside a handle only
    const baitHits = b >= 0 ? matchLexicon(BAIT_LEX, n.text) : [];
    const personaHits =
      b >= 0 && hits.length > 0
        ? matchLexicon(PERSONA_LEX, n.text).filter((h) =>
            namedAsWritten(h, a.value.slice(...toOriginal(n, h.start, h.end))),
          )
        : [];
    const el = a.el;
    for (const [lexicon, found] of [
      ['bait', baitHits],
      ['persona', personaHits],
    ] as const) {
      for (const h of found) {
        facts.phrases.push({
          lexicon,
          id: h.entry.id,
          kind: h.entry.kind,
          weight: h.entry.weight ?? 0,
          text: a.value.slice(...toOriginal(n, h.start, h.end)),
          region,
          block: b,
          comment: commentId,
          get selector() {
            return sel(el);
          },
          warned,
        });
      }
    }
    const persona = personaHits[0];
    for (const hit of hits) {
      const f = handleFact(hit, {
        region,
        block: b >= 0 ? b : blockOf(a.el),
        comment: commentId,
        selector: sel(a.el),
        context,
        cta: ctaNear || (comment !== undefined && (commentCta.has(commentId) || CUED_KINDS.has(hit.kind))),
        warned,
        persona: persona ? a.value.slice(...toOriginal(n, persona.start, persona.end)) : undefined,
        licensed: false,
      });
      facts.handles.push(f);
      if (comment) {
        const key = `${f.kind}:${f.value}`;
        if (!comment.handles.includes(key)) comment.handles.push(key);
      }
    }
  }

  // contact links: the scheme says what the rest is
  for (const l of model.links) {
    const block = blockOf(l.el);
    // a contact link in a comment ("message Claire here" → wa.me/…) is that comment's, as its text would be
    const comment = block >= 0 ? (cm.blockComment[block] ?? -1) : -1;
    for (const hit of extractHandles(linkPayload(l.href), { contactContext: true })) {
      const f = handleFact(hit, {
        region: 'link',
        block,
        comment,
        selector: sel(l.el),
        context: l.href.slice(0, CONTEXT_CHARS),
        cta: true,
        warned: false,
        licensed: false,
      });
      // a mail link to the site's own domain (the column's inbox) is the site speaking, as in its text
      if (ownAddress(f, siteHost, siteName)) {
        f.institutional = true;
        f.ownSite = true;
      }
      facts.handles.push(f);
      const cf = comment >= 0 ? facts.comments[comment] : undefined;
      const key = `${f.kind}:${f.value}`;
      if (cf && !cf.handles.includes(key)) cf.handles.push(key);
    }
  }
  // the page-wide passes, each in a step of its own (their expressions are made on a first page's first use)
  yield;
  completedPieces(facts, st);
  yield;
  rebuttedQuotes(facts, st, cm);
  const shown = yield* specimenThreads(facts, st, cm);
  yield;
  condemnedHandles(facts, st, shown);
  outvoted(facts, st);
  facts.terms = [...terms];
  return facts;
}

/** how many other writers must accuse a pitch for the thread to have voted it down */
const OUTVOTED_ACCUSERS = 3;
/**
 * the site's moderators acting on a post or its writer: the thread locked, the account suspended or banned, posts
 * removed (帖子已锁定, 账号已封禁, 吧务已删除)
 */
const MOD_ACTION_RE =
  /\b(?:locked by (?:the )?mod|(?:thread|post) (?:has been|was) locked|account (?:has been |was )?(?:suspended|banned)|\[account suspended\]|banned from (?:the|this) (?:sub|forum|group))|(?:帖子|账号|帳號)已被?(?:锁定|鎖定|封禁)|(?:吧务|版主|板主)已?(?:删除|刪除|封禁)/iu;

/**
 * A pitch the thread and its moderators vote down: every comment that gives the private line is one writer's, the
 * page's own text gives it nowhere unwarned, three other writers or more accuse in their own words (a scam, fake,
 * reported, 骗, 托, 举报), no other writer answers the pitch without accusing it or passes the line on, and the site's
 * moderators acted (the post locked, the account suspended): the page shows the pitch for what it is. Readers'
 * accusations alone leave it a pitch the reader who arrives later should be warned of (`called-out`); a planted
 * thread's pitch has its askers and its thanks.
 */
function outvoted(facts: PageFacts, st: WalkState): void {
  // (most pages name no moderators' action: one look at the blocks spares the rest)
  if (!st.blocks.some((b) => MOD_ACTION_RE.test(b.text))) return;
  const who = (id: number) => facts.comments[id]?.author ?? id;
  for (const f of facts.handles) {
    if (!f.cta || f.warned || f.comment < 0) continue;
    const pitcher = who(f.comment);
    const all = facts.handles.filter((o) => o.value === f.value);
    if (all.some((o) => (o.comment < 0 && !o.warned) || (o.cta && who(o.comment) !== pitcher))) continue;
    const accusers = new Set<unknown>();
    let answered = false;
    for (const c of facts.comments) {
      if (who(c.id) === pitcher) continue;
      if (accuses(c.text)) accusers.add(who(c.id));
      // (a reply to the pitch, or a comment that passes the line on, without accusing it)
      else if (all.some((o) => o.comment === c.id || o.comment === (c.replyTo ?? c.parent))) answered = true;
    }
    if (accusers.size >= OUTVOTED_ACCUSERS && !answered) for (const o of all) o.warned = true;
  }
}

/** ids a writer types in pieces, words between them ("@yong tai 後面 8899", "yuki 點 baodan 715") */
const PIECE_KINDS: ReadonlySet<HandleKind> = new Set(['wechat', 'line', 'telegram']);
/** how far past a piece the rest of its id is looked for: this many characters, and three for each missing one */
const PIECE_REACH = 12;
const letters = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/gu, '');

/**
 * An id read as a piece of an id the page gives whole elsewhere, whose other characters stand right beside
 * it, words and separators between them ("賴：wubao 77 tw" beside "w u b a o 7 7 t w", "賴 yating . zh66" beside
 * "ｙａｔｉｎｇ．ｚｈ６６"): the whole id, not a second one. Only the page's own copy of the whole id says how
 * the pieces go together, so nothing is joined that the page does not spell out somewhere.
 */
function completedPieces(facts: PageFacts, st: WalkState): void {
  const whole = new Map<HandleKind, string[]>();
  for (const h of facts.handles) {
    if (!PIECE_KINDS.has(h.kind)) continue;
    const list = whole.get(h.kind) ?? [];
    if (!list.includes(h.value)) list.push(h.value);
    whole.set(h.kind, list);
  }
  const renamed = new Map<string, string>();
  for (const h of facts.handles) {
    const others = whole.get(h.kind);
    const spot = others && others.length >= 2 ? spotOf(h, st) : undefined;
    if (!others || !spot) continue;
    const { text, at } = spot;
    const own = letters(h.value);
    const beside = (w: string): boolean => {
      const all = letters(w);
      // typed apart, the separators lost ("V：fang xs 0917" beside "fangxs_0917"): the page's whole form
      if (all === own) return /\s/u.test(h.raw);
      if (all.length <= own.length) return false;
      const rest = all.length - own.length;
      const reach = PIECE_REACH + 3 * rest;
      const after = () => letters(normalize(text.slice(at + h.raw.length, at + h.raw.length + reach)).text);
      const before = () => letters(normalize(text.slice(Math.max(0, at - reach), at)).text);
      return (
        (all.startsWith(own) && after().startsWith(all.slice(own.length))) ||
        (all.endsWith(own) && before().endsWith(all.slice(0, rest)))
      );
    };
    const w = others.find((x) => x !== h.value && beside(x));
    if (w === undefined) continue;
    renamed.set(`${h.kind}:${h.value}`, `${h.kind}:${w}`);
    h.value = w;
  }
  if (renamed.size === 0) return;
  const rename = (keys: string[]) => [...new Set(keys.map((k) => renamed.get(k) ?? k))];
  for (const c of facts.comments) c.handles = rename(c.handles);
  for (const w of facts.widgets) w.handles = rename(w.handles);
}

/**
 * An image described as a screenshot a victim gave or of a scam's lure, before what it shows ("受害人提供的评论区截图：
 * 网友…留言…老师微信 anxin_tx588", "Screenshot of the scammer's message: …"): what it shows is the evidence, quoted.
 * A screenshot of results ("协商成功截图", "member results screenshot") says nothing of where it came from.
 */
function evidenceShot(normalizedText: string): boolean {
  const lead = normalizedText.split(/[:：]/u, 1)[0]?.slice(0, SHOT_LEAD_CHARS) ?? '';
  return SHOT_RE.test(lead) && SHOT_SOURCE_RE.test(lead);
}
const SHOT_LEAD_CHARS = 60;
const SHOT_RE = /截图|\bscreen ?(?:shot|grab)s?\b/iu;
const SHOT_SOURCE_RE =
  /受害人|被害人|受骗|涉案|诈骗|骗子|引流|反诈|\bvictims?\b|\bscam(?:mer)?s?\b|\bfraud(?:ster)?s?\b/iu;

/** `mailto:` and `tel:` carry the address itself; other contact links are read whole. */
function linkPayload(href: string): string {
  const m = CONTACT_LINK_RE.exec(href);
  if (!m?.[1]) return href;
  try {
    return decodeURIComponent(m[1]);
  } catch (e) {
    // a malformed escape in a page's link: read it as written
    if (e instanceof URIError) return m[1];
    throw e;
  }
}

const OPEN_QUOTES = '“"「『‘\'';
/** a transcript's speaker before the quoted words: a short label and a colon (网友B：, 受害人：, User 2:) */
const SPEAKER_RE = /^[^\s:：“"「『]{1,10}(?: [^\s:：“"「『]{1,10})?\s?[:：]\s?(?=[“"「『])/u;
const CLOSE_QUOTES = '”"」』’\'';
/**
 * A block that is one quotation from end to end ("…" or “…”, a closing stop allowed), also after the speaker's
 * label a transcript gives it (网友B：“加她微信…”, "User 2: \"…\"")
 */
/**
 * The writer's own chat pasted whole (凱西｜協商專員：您好～我的LINE是 … 我：你好，我大概欠45萬 … 凱西｜協商專員：…; "Agent: …
 * Me: …"): turns of one other speaker, twice or more, answered by the writer's own "我：" or "Me:", four turns in all.
 * What the other speaker says in it is the record of what reached the writer, not a line the writer offers.
 */
function writersChat(normalized: string): boolean {
  if (!CHAT_GATE_RE.test(normalized)) return false;
  const turns = new Map<string, number>();
  let all = 0;
  for (const m of normalized.matchAll(CHAT_TURN_RE)) {
    const who = (m[1] ?? '').toLowerCase();
    turns.set(who, (turns.get(who) ?? 0) + 1);
    all++;
  }
  const mine = (turns.get('我') ?? 0) + (turns.get('me') ?? 0);
  if (mine === 0 || all < CHAT_MIN_TURNS) return false;
  for (const [who, n] of turns) if (who !== '我' && who !== 'me' && n >= 2) return true;
  return false;
}
/** a turn's speaker, at the start or after a space: up to 14 characters of no space or sentence mark, then a colon */
const CHAT_TURN_RE = /(?:^|\s)([^\s:,.;!?，。；！？「」“”"]{1,14}):/gu;
const CHAT_GATE_RE = /(?:^|\s)(?:我|me):/iu;
const CHAT_MIN_TURNS = 4;

function isWholeQuote(text: string): boolean {
  let t = text.trim();
  const speaker = SPEAKER_RE.exec(t);
  if (speaker) t = t.slice(speaker[0].length);
  if (t.length < 3 || !OPEN_QUOTES.includes(t[0] ?? '')) return false;
  let end = t.length - 1;
  if ('.。!！?？'.includes(t[end] ?? '')) end--;
  return CLOSE_QUOTES.includes(t[end] ?? '');
}

/** An address at the site's own domain (a reporter's byline, the desk's inbox) is the site speaking. */
function ownAddress(f: { kind: string; value: string }, host: string | undefined, siteName?: string): boolean {
  if (f.kind !== 'email') return false;
  const domain = f.value.slice(f.value.lastIndexOf('@') + 1);
  if (host && (domain === host || host.endsWith(`.${domain}`) || domain.endsWith(`.${host}`))) return true;
  const name = domain.split('.')[0];
  // a show hosted at a platform's subdomain (keysbeforeforty.podhost.com) with mail at its own domain
  const labels = host?.split('.') ?? [];
  if (labels.length >= 3 && labels[0] === name) return true;
  // the site's name in its title ("… | Keys Before Forty") spelled as the domain's name (keysbeforeforty.com)
  return siteName !== undefined && name === siteName;
}

/** The site's name from the last part of a title ("Ep. 88 – … | Keys Before Forty" → keysbeforeforty). */
function siteNameOf(title: string): string | undefined {
  const parts = title.split(/\s[|–—·-]\s/u);
  if (parts.length < 2) return undefined;
  const name = (parts.at(-1) ?? '').toLowerCase().replace(/[^a-z0-9]/gu, '');
  return name.length >= 4 ? name : undefined;
}

/**
 * Words right before a handle that name it the scam's (涉案微信号, 骗子的号码是, "the scammer's WhatsApp was") or forbid
 * it ("Do not contact @sam_reclaims", 请勿添加),
 * and right after it (…为涉案账号, …係騙子, "… is a scam"), or that tell of its messages arriving unasked
 * (呢個號碼 5927 1384 成日無啦啦WhatsApp我, "this number keeps texting me").
 */
const CONDEMNED_BEFORE_RE =
  /(?:涉案|涉[诈詐]|[诈詐][骗騙]|[骗騙]子|假冒|冒充)[的用]?(?:微信|QQ|手机|[电電][话話]|[号號][码碼]|[账帳帐][号號户戶]|WhatsApp|LINE|Telegram|ID)[号號]?[是為为係:：\s]{0,3}$|\b(?:scammer|fraudster|impostor)(?:s|['’]s)? (?:whatsapp|telegram|number|handle|account|email|phone)(?: was| is)?:? ?$|(?:请勿|切勿|不要|千万别|別|别)(?:添加|加|联系|聯繫|相信|转账给|轉帳給)(?:这个|這個|此)?(?:微信|QQ|号码|號碼|LINE|账号|帳號)?[:：\s]{0,2}$/iu;
/** "Do not contact" / "never pay" right before a handle ("Do not contact @sam_reclaims") */
const FORBIDS_BEFORE_RE =
  /\b(?:do not|don't|never) (?:contact|message|add|call|text|reply to|trust|pay)(?: him| her| them)?:? ?$/iu;
/** …said to the reader, not of the writer ("his email if you don't text:", "I never call") */
const FORBIDDER_RE = /\b(?:you|i|we|they|he|she) $/iu;

/** Words right before a handle that forbid it to the reader. */
function forbidden(before: string): boolean {
  const m = FORBIDS_BEFORE_RE.exec(before);
  return m !== null && !FORBIDDER_RE.test(before.slice(Math.max(0, m.index - 5), m.index));
}
const CONDEMNED_AFTER_RE =
  /^[\s"”」』）)]{0,3}(?:[为為是係]|已被)?(?:涉案|涉[诈詐]|[诈詐][骗騙]|[骗騙]子|假冒|冒充)|^[\s,)"”]{0,4}(?:is|was|are|were)\s(?:a\s|the\s)?(?:scam|scammer|fraud|fake|impostor)\b|^[\s,，]{0,2}(?:成日|[经經]常|一直|不停)都?(?:[無无]啦啦|[無无]端端)?(?:打|[发發]|[传傳]|WhatsApp)[^，。,.!！我]{0,4}我|^\s?(?:keeps|kept|has been|have been)\s(?:texting|calling|messaging|whatsapping|sending)\sme\b|^[\s,，]{0,2}(?:已经|已經|都)?(?:显示|顯示|[标標]示|[标標]咗|[标標]了)[「“"]?(?:高风险|高風險|诈骗|詐騙|可疑)|^[\s,]{0,2}(?:(?:is|was) )?(?:already )?(?:shows|showed|flagged|listed|marked) (?:up )?as (?:a )?(?:high[- ]risk|scam|fraud|suspicious)\b/iu;
/**
 * …or that it sent the message quoted right after it, as a reader lists what reached them ("(480) 555-0163 "Hi is this
 * Jenna? …"", "+44 7700 900826 (WhatsApp) "Hello, I got your number…"", "@rita: "Hello dear, I am Rita…""): the
 * sender of a message on record, not a line offered (a quotation of some length: a message, not a name in quotes)
 */
function senderOfQuote(f: HandleFact, st: WalkState): boolean {
  const spot = spotOf(f, st);
  return !!spot && SENDER_OF_QUOTE_RE.test(spot.text.slice(spot.at + f.raw.length, spot.at + f.raw.length + 80));
}
const SENDER_OF_QUOTE_RE =
  /^\s?(?:\((?:whatsapp|sms|text|telegram|signal|imessage|wechat|line)\)\s?)?(?:(?:next day|again|later|today|yesterday)\s?)?[:：]?\s?["“「『][^"”」』]{12,}/iu;
/**
 * …or that it reached the writer unasked, in the clause right after it (卧槽，… 上周也加过我！, "… 这个号去年秋天在股吧私信过
 * 我"), or that the thread pushing it is one gang's (…，说明评论区那些“上岸了”的全是一个团队在刷): read in plain steps,
 * the clause first (one expression for it is slow to check)
 */
function reachedOrShilled(after: string): boolean {
  const t = normalize(after).text.replace(LEAD_MARKS_RE, '');
  const clause = t.split(CLAUSE_END_RE, 1)[0] ?? '';
  if (clause.length <= REACHED_CLAUSE_CHARS && REACHED_ME_RE.test(clause)) return true;
  if (!t.startsWith('说明') && !t.startsWith('这说明')) return false;
  const sentence = t.split(SENTENCE_END_RE, 1)[0] ?? '';
  const all = sentence.search(ALL_OF_THEM_WORD_RE);
  return all >= 0 && SHILLS_RE.test(sentence.slice(all));
}
const LEAD_MARKS_RE = /^[\s,，]{0,2}/u;
const REACHED_CLAUSE_CHARS = 16;
const REACHED_ME_RE = /(?:加过|私信过|私信了|联系过|找过|骗过)我/u;
const ALL_OF_THEM_WORD_RE = /全是|都是/u;
const SHILLS_RE = /托|水军|一个团队|骗子|同伙|一伙/u;

/** …or that say, before the sentence ends, that the writer blocked or reported it (我姐加过那个 …，还好没转钱，已经删了拉黑) */
const REJECTED_RE = /拉黑|[举舉][报報]了|[报報]警了|\b(?:blocked|reported) (?:it|him|her|them|the number)\b/iu;
/** how far around a handle those words are read */
const CONDEMNED_REACH = 24;

/**
 * A handle the page names as a scam's own (a police notice's "截图中的微信号 kangyang_liujl88 为涉案账号", a
 * reader's "this number keeps WhatsApping me", "…已经删了拉黑"): every occurrence of it is the warning's example,
 * also where a transcript or screenshot text quotes its pitch. A page that pushes its line calls no line of its
 * own a scam's. A reader who calls out a line that other commenters push is a dissenter in a thread the script
 * goes on in: the pushers' offers stand (the page's own notice, or a line nobody else pushes, is warned everywhere).
 */
function condemnedHandles(facts: PageFacts, st: WalkState, shown: ReadonlySet<string>): void {
  // value → who condemns it: the writers of the comments (a comment of no named writer stands for itself), -1 for
  // the page's own text (which also shows a handle as a scam's by its exhibits: `specimenThreads`)
  const by = new Map<string, Set<unknown>>();
  for (const value of shown) by.set(value, new Set([-1]));
  const writer = (f: HandleFact) => (f.comment < 0 ? -1 : (facts.comments[f.comment]?.author ?? `#${f.comment}`));
  /** comments that tell how a scheme reached the writer (a line pitched to them, with no help after it) */
  const approached = new Set<number>();
  /**
   * the writers who report a line that reached them, in a comment that credits no helper: their lists of such
   * lines ("TG @mia_wealthdesk VIP signals channel x2") push none of them
   */
  const reporters = new Set<unknown>();
  for (const f of facts.handles) {
    const at = f.raw ? f.context.indexOf(f.raw) : -1;
    if (at < 0) continue;
    const after = f.context.slice(at + f.raw.length, at + f.raw.length + CONDEMNED_REACH);
    const pitched = pitchedToWriter(f, st);
    const story = f.comment >= 0 ? facts.comments[f.comment] : undefined;
    const helped = story?.stages.some((x) => HELPED_STAGES.has(x)) === true;
    // (a story of help after the loss names a helper, unless it tells the writer's loss: 亏了十八万)
    if (pitched && story && (!story.stages.includes('success') || LOSS_AFTER_RE.test(normalize(story.text).text)))
      approached.add(f.comment);
    if (
      CONDEMNED_BEFORE_RE.test(f.context.slice(Math.max(0, at - CONDEMNED_REACH), at)) ||
      forbidden(f.context.slice(Math.max(0, at - CONDEMNED_REACH), at)) ||
      CONDEMNED_AFTER_RE.test(after) ||
      (story !== undefined && !helped && (senderOfQuote(f, st) || RECEIVED_QUOTE_RE.test(f.context))) ||
      reachedOrShilled(after) ||
      REJECTED_RE.test(after.split(SENTENCE_END_RE, 1)[0] ?? '') ||
      lossTold(f, st) ||
      pitched
    ) {
      by.set(f.value, (by.get(f.value) ?? new Set()).add(writer(f)));
      if (!helped) reporters.add(writer(f));
    }
  }
  // the other lines of that story are the scheme's too (the "teacher" who added the writer, then his assistant's
  // WeChat, then the group she pulled the writer into): the writer reports them all
  if (approached.size > 0) {
    for (const f of facts.handles)
      if (approached.has(f.comment)) by.set(f.value, (by.get(f.value) ?? new Set()).add(writer(f)));
  }
  for (const [value, who] of by) {
    const same = facts.handles.filter((f) => f.value === value);
    // (not a reader who reported a line that reached them and lists such lines again, "TG @mia_wealthdesk VIP signals
    // channel x2")
    const pushes = (f: HandleFact) => !reporters.has(writer(f));
    const others = !who.has(-1) && same.some((f) => f.cta && !f.warned && !who.has(writer(f)) && pushes(f));
    for (const f of same) if (!others || who.has(writer(f))) f.warned = true;
  }
}

/** A handle's place in the text of its block: the text, and where the handle as written starts in it. */
function spotOf(f: HandleFact, st: WalkState): { text: string; at: number } | undefined {
  const text = st.blocks[f.block]?.text;
  const at = text && f.raw ? text.indexOf(f.raw) : -1;
  return text !== undefined && at >= 0 ? { text, at } : undefined;
}

/**
 * The writer's own loss, told in the comment after a handle they name, with no help that came after it: the
 * handle is the one that took the money (我妈…加了她微信，微信号是 hyx_caifu918…前后充了16万，提现的时候说要交20%“个税”。
 * 今年5月报的警; "…sent him $2,400 and he blocked me"), or the loss the writer only just escaped (差点加了 linzy.xs88……
 * 我还以为是真的。还好拖了几天没汇钱). A story that turns to help after the loss (被骗过, 后来
 * 加了…帮我追回了) names a helper, not the thief.
 */
function lossTold(f: HandleFact, st: WalkState): boolean {
  const spot = f.comment >= 0 ? spotOf(f, st) : undefined;
  if (!spot) return false;
  const { text, at } = spot;
  const tail = normalize(text.slice(at + f.raw.length, at + f.raw.length + LOSS_REACH)).text;
  const loss = LOSS_AFTER_RE.exec(tail);
  if (!loss) return false;
  return !matchLexicon(ARC_LEX, tail).some((h) => (h.entry as (typeof ARC)[number]).stage === 'success');
}
/**
 * A handle that came to the writer unasked with its pitch, as the writer tells it: sent to them, then a fee asked
 * (马上有个"林老师"私信…发的微信是 tzgz_lin0903，聊了两句就要1680建档费), or reaching out and saying what it could do
 * (一个QQ 3318207546 加我，说是"银行征信中心内部人员"…; 177 5603 1842 这个号码打给我，说我有两万的"额度"): a report of the
 * scheme, no line offered.
 */
function pitchedToWriter(f: HandleFact, st: WalkState): boolean {
  const spot = f.comment >= 0 ? spotOf(f, st) : undefined;
  if (!spot) return false;
  const { text, at } = spot;
  const before = normalize(text.slice(Math.max(0, at - PITCH_BEFORE_CHARS), at)).text;
  const after = normalize(text.slice(at + f.raw.length, at + f.raw.length + PITCH_AFTER_CHARS)).text;
  if ((SENT_TO_ME_RE.test(before) || PULLED_IN_RE.test(before)) && FEE_ASKED_RE.test(after)) return true;
  if (approachedBefore(text, at)) return true;
  if (!CAME_TO_ME_RE.test(after)) return false;
  const sentence = after.split(SENTENCE_END_RE, 1)[0] ?? '';
  return SAID_RE.test(sentence) || FEE_ASKED_RE.test(after);
}
/**
 * …or a line that reached out to the writer, told before it (有个“许老师”主动加我，说是什么“债务规划师”，能让我6张卡全部停息，收10%
 * 服务费。微信号是 …): someone not the writer's own (a friend who passes a helper on is a referral) added or called the
 * writer and said what it could do, and nothing in the comment says it worked.
 */
function approachedBefore(text: string, at: number): boolean {
  const before = normalize(text.slice(Math.max(0, at - APPROACH_BEFORE_CHARS), at)).text;
  const m = APPROACHED_RE.exec(before);
  if (!m || KNOWN_SUBJECT_RE.test(before.slice(Math.max(0, m.index - 6), m.index + m[0].length))) return false;
  // (a stranger needs no pitch told: 第二天就有人加我微信，头像是…，昵称“陈老师”，微信号 …)
  const stranger = STRANGER_RE.test(before.slice(Math.max(0, m.index - STRANGER_BEFORE_CHARS), m.index));
  if (!stranger && !SAID_RE.test(before.slice(m.index))) return false;
  return !matchLexicon(ARC_LEX, normalize(text).text).some(
    (h) => (h.entry as (typeof ARC)[number]).stage === 'success',
  );
}
const APPROACH_BEFORE_CHARS = 90;
/** someone reaching out to the writer (主动加我, 私信了我, 打电话给我, 找上我) */
const APPROACHED_RE = /(?:主动|突然)?(?:加了?我|私信了?我|找上我|打(?:电话)?给我|联系了?我)/u;
/** a comment's stages that credit a helper or pass one on */
const HELPED_STAGES: ReadonlySet<string> = new Set(['success', 'referral', 'handover']);
/** …who is a stranger to the writer (有人, 有个人, 陌生号码, 一个陌生人) */
const STRANGER_RE = /有人|有个人|有個人|陌生|不认识的|不認識的|一个人|一個人/u;
const STRANGER_BEFORE_CHARS = 6;
/** …whom the writer knows (a friend who adds the writer to pass a helper on) */
const KNOWN_SUBJECT_RE = /朋友|同事|亲戚|姐妹|闺蜜|同学|老乡|邻居|家人|我[妈爸姐哥弟妹]/u;
const PITCH_BEFORE_CHARS = 16;
const PITCH_AFTER_CHARS = 80;
/** a line the writer was sent (发的微信是, 私信发来一串微信号：) */
const SENT_TO_ME_RE =
  /(?:发来|发的|给我发|甩来|推来|留的)(?:了)?(?:一个|一串)?(?:的)?(?:微信|QQ|号码|手机号|电话)(?:号)?(?:是)?[:：]?\s?$/u;
/** …or a group the writer was pulled into (被人拉进过一个QQ群，群号 …) */
const PULLED_IN_RE = /拉(?:我)?进(?:过|了)?(?:一个)?(?:QQ|微信)?群[,，]?\s?群号(?:是)?[:：]?\s?$/u;
/** …and a fee asked right after (就要1680建档费, 让我先转, 先付一半, 群主说交3000, 要收四千多服务费) */
const FEE_ASKED_RE = /就要|让我先|要我先|先付|先交|先转|先打|收我|说交|要交|让交|要收/u;
/** the line reaching the writer (…加我，说是; …这个号码打给我，说; … 这个号我去年加过！当时说…) */
const CAME_TO_ME_RE = /^\s?(?:这个号码?|这号)?(?:打给我|打来|加我|加了我|私信我|找上我)|^\s?这个号我.{0,4}加过/u;
const SAID_RE = /说(?:是|能|我|可以|要)/u;

/** how far after a handle the writer's loss is read */
const LOSS_REACH = 400;
/**
 * a loss taken (not feared: 不用担心被骗, 怕被骗, "so you don't get scammed" are none): conned, paid and cut off,
 * the police told
 */
const LOSS_AFTER_RE =
  /(?<![不怕防免心别没会])(?:被骗|骗了我|骗走|上当了|血本无归|损失|亏了|才反应过来|才发现是骗|还以为是真的|以为是真的|(?:还好|幸好|幸亏)(?:[^，。,.]{0,6})?没(?:汇|转|交|付|给|上当)|把我拉黑|就拉黑了|拉黑了我|删了我|取不出来|提不出来|提现不了|跑路了|没追回|追不回)|报(?:了|的)?警|报案了|\b(?:scammed|conned|cheated|defrauded) (?:me|us|my)\b|\b(?:blocked|ghosted) (?:me|us)\b|\bnever (?:heard from (?:him|her|them) again|got (?:a penny|anything) back)\b|\bfiled a police report\b|\bI (?:blocked|reported) (?:the number|the account|him|her|them|it)\b|\bso (?:nobody|no one|no-one) else (?:bites|falls for (?:it|this)|gets (?:caught|scammed|taken))\b|(?:^|[.!?] ?)(?:reported|blocked)(?: it| him| her| them| the (?:account|number|handle|profile))?(?: and (?:blocked|reported))?[.!]/iu;

/**
 * A message quoted whole in a <blockquote> and answered by a warning right after it (a moderator's notice:
 * "members forwarded DMs like this one:" > the DM with its Telegram id < "Nobody can buy chips out of a room
 * that isn't paying. Do not pay a verification fee."), in the article or inside one comment: what the
 * quotation offers is the warning's example.
 */
function rebuttedQuotes(facts: PageFacts, st: WalkState, cm: CommentModel): void {
  const answered = new Map<number, boolean>();
  const rebutted = (b: number): boolean => {
    const known = answered.get(b);
    if (known !== undefined) return known;
    let yes = false;
    const quote = st.blocks[b]?.el.closest('blockquote');
    const range = quote ? st.ranges.get(quote) : undefined;
    if (range) {
      const next = st.blocks[range[1]];
      // the answer is the quotation's own: under the same parent, or in the comment that holds the quotation
      const holder = cm.comments[cm.blockComment[range[1]] ?? -1];
      const own = next && quote && (quote.parentElement?.contains(next.el) || holder?.el.contains(quote));
      yes = own === true && isWarning(normalize(next.text.slice(0, REBUTTAL_CHARS)).text);
    }
    answered.set(b, yes);
    return yes;
  };
  for (const f of facts.handles) if (!f.warned && f.block >= 0 && rebutted(f.block)) f.warned = true;
  for (const p of facts.phrases) if (!p.warned && p.block >= 0 && rebutted(p.block)) p.warned = true;
}

/**
 * A thread the page shows as an example of a scam: the words that label it (its `aria-label`, its own text
 * before its first comment) call it an example, a specimen or a reproduction and warn
 * ("SCAM EXAMPLE — DO NOT CALL", "Reproduced comment thread (specimen)" under "SPECIMEN – SCAM", 骗局示例,
 * 诈骗聊天记录还原): what its comments offer and say is the warning's example, as a quotation's is.
 */
function* specimenThreads(facts: PageFacts, st: WalkState, cm: CommentModel): Generator<undefined, Set<string>, void> {
  const shown = new Set<string>();
  const labelled = (el: Element, range: [number, number], leadEnd: number) => {
    const lead = st.blocks.slice(range[0], Math.min(leadEnd, range[0] + SPECIMEN_LEAD_BLOCKS)).map((b) => b.text);
    const label = normalize([el.getAttribute('aria-label') ?? '', ...lead].join(' ').slice(0, 600)).text;
    return SPECIMEN_RE.test(label) && isWarning(label);
  };
  // …or by a short caption just before or after it ("以下为诈骗评论截图文字" over the box, "▲ 以上为受害人截图的文字整理。…请勿添加"
  // under it)
  const captioned = (range: [number, number]) =>
    [st.blocks[range[0] - 1], st.blocks[range[1]]].some((b) => {
      if (!b || b.text.length > CAPTION_MAX_CHARS || !CAPTION_GATE_RE.test(b.text)) return false;
      const label = normalize(b.text).text;
      return SPECIMEN_RE.test(label) && (isWarning(label) || NO_CONTACT_RE.test(label));
    });
  for (const s of cm.sections) {
    const range = st.ranges.get(s.el);
    const first = cm.comments[s.comments[0] ?? -1]?.blocks[0];
    if (!range || first === undefined || !(labelled(s.el, range, first) || captioned(range))) continue;
    const ids = new Set(s.comments);
    for (const h of facts.handles)
      if (ids.has(h.comment)) {
        h.warned = true;
        shown.add(h.value);
      }
    for (const p of facts.phrases) if (ids.has(p.comment)) p.warned = true;
  }
  // …and an exhibit in the article: a figure or a labelled box of quoted messages ("SCAM EXAMPLE — do not
  // contact" over a reproduced exchange, aria-label "Screenshot transcript of scam comments")
  const { exhibits, tables } = boxesOf(st.ranges);
  for (let i = 0; i < Math.min(exhibits.length, MAX_EXHIBITS); i++) {
    const el = exhibits[i] as Element;
    const range = st.ranges.get(el);
    if (!range || !labelled(el, range, range[1])) continue;
    for (const h of facts.handles)
      if (h.comment < 0 && h.block >= range[0] && h.block < range[1]) {
        h.warned = true;
        shown.add(h.value);
      }
    for (const p of facts.phrases) if (p.comment < 0 && p.block >= range[0] && p.block < range[1]) p.warned = true;
  }
  // …and an exposure table, in the article or a post: a table whose header row speaks of the scam (类型 · 账号 ·
  // 冒充身份 / 话术; "Scammer's number", "Reported handle") lists the ids it exposes
  for (let i = 0; i < Math.min(tables.length, MAX_EXHIBITS); i++) {
    const el = tables[i] as Element;
    const range = st.ranges.get(el);
    // (header cells only: a forum that lays out each post as a table puts its 举报 link in the first row)
    const head = el.querySelector('tr');
    const cells = head ? [...head.querySelectorAll('th')].map((c) => c.textContent ?? '').join(' ') : '';
    if (!range || !cells) continue;
    if (!EXPOSURE_HEAD_RE.test(normalize(cells.slice(0, EXPOSURE_HEAD_CHARS)).text)) continue;
    for (const h of facts.handles)
      if (h.block >= range[0] && h.block < range[1]) {
        h.warned = true;
        shown.add(h.value);
      }
    for (const p of facts.phrases) if (p.block >= range[0] && p.block < range[1]) p.warned = true;
  }
  // …and a box whose own caption, first or last, calls it an example and says not to contact it ("▲ 廣告節錄（本會於 9 月擷取）。…讀者切勿
  // 聯絡" under a reproduced ad)
  for (let b = 0; b < st.blocks.length; b++) {
    // (every block is asked: on a page of thousands, in steps)
    if (b % CAPTION_BLOCKS_PER_STEP === CAPTION_BLOCKS_PER_STEP - 1) yield;
    const block = st.blocks[b] as (typeof st.blocks)[number];
    if (block.text.length > CAPTION_MAX_CHARS || !CAPTION_GATE_RE.test(block.text)) continue;
    const box = block.el.parentElement;
    const range = box ? st.ranges.get(box) : undefined;
    if (!range || range[1] - range[0] < 2 || range[1] - range[0] > CAPTIONED_MAX_BLOCKS) continue;
    if (b !== range[0] && b !== range[1] - 1) continue;
    const label = normalize(block.text).text;
    if (!SPECIMEN_RE.test(label) || !NO_CONTACT_RE.test(label) || facts.handles.some((h) => h.block === b)) continue;
    for (const h of facts.handles)
      if (h.comment < 0 && h.block >= range[0] && h.block < range[1] && h.block !== b) {
        h.warned = true;
        shown.add(h.value);
      }
    for (const p of facts.phrases)
      if (p.comment < 0 && p.block >= range[0] && p.block < range[1] && p.block !== b) p.warned = true;
  }
  return shown;
}
/**
 * The boxes that may hold an exhibit, in the walk's order (an element as it closes): figures and elements with
 * an `aria-label`, and tables, each with two blocks or more. Read from the walk's ranges (an element holding
 * blocks), not by a query of the document: a page's icons and buttons carry aria-labels by the hundred and hold no block, and
 * counted against `MAX_EXHIBITS` they hid the exhibits after them; and a query costs a pass over the whole
 * document (in linkedom, a selector compiled too).
 */
function boxesOf(ranges: ReadonlyMap<Element, readonly [number, number]>): {
  exhibits: Element[];
  tables: Element[];
} {
  const exhibits: Element[] = [];
  const tables: Element[] = [];
  for (const [el, range] of ranges) {
    if (range[1] - range[0] < 2) continue;
    const tag = el.localName.toLowerCase();
    if (tag === 'table') tables.push(el);
    if (tag === 'figure' || el.hasAttribute('aria-label')) exhibits.push(el);
  }
  return { exhibits, tables };
}

/** a table's header cells' words for the scam it exposes (冒充身份, 涉案账号, 诈骗话术, "scammer", "reported handle") */
const EXPOSURE_HEAD_RE =
  /冒充|诈骗|骗子|骗局|涉案|曝光|黑名单|\b(?:scam(?:mer)?s?|fraud(?:ster)?s?|impersonat\w*|reported|fake|blacklist(?:ed)?)\b/iu;
const EXPOSURE_HEAD_CHARS = 300;
/** the most figures and labelled boxes read for an exhibit's label */
const MAX_EXHIBITS = 200;
/** a caption's word that the line shown is not to be contacted, or was reported (切勿聯絡, 已轉交警方, "do not call") */
const NO_CONTACT_RE =
  /切勿|请勿|勿(?:联|加|添|拨|回|打)|不要(?:联|加|添|拨|回|打)|已(?:转交|报警|举报|上报)|\b(?:do not|don't|never) (?:contact|call|reply|message|add|text)\b|\breported to\b/iu;
/**
 * the words a caption needs, as written (traditional forms too: the block is not normalized yet), asked of every
 * short block before its box is looked up
 */
const CAPTION_GATE_RE =
  /[节節]录|[节節]錄|摘[录錄]|截[图圖取]|[撷擷]取|示例|[样樣]本|案例|[实實][录錄]|[还還]原|原文|example|specimen|sample|reproduc|screenshot|transcript|verbatim|annotated|excerpt/iu;
/** blocks asked whether they are a caption between two chances to stop */
const CAPTION_BLOCKS_PER_STEP = 1000;
/** a caption is short, and the box it labels holds a few blocks at most */
const CAPTION_MAX_CHARS = 240;
const CAPTIONED_MAX_BLOCKS = 6;
/** words that show what follows as an example (read on normalized text) */
const SPECIMEN_RE =
  /(?<![\w.@-])(?:examples?|specimens?|samples?|reproduc(?:e|ed|ing|tion)|screenshots?|transcripts?|verbatim|annotated|excerpts?|exhibits?)\b(?![.@-]\w)|示例|样本|样例|截图|案例|实录|还原|原文|节录|摘录|截取|撷取/iu;
/** how many blocks of a thread's own text before its first comment are read for its label */
const SPECIMEN_LEAD_BLOCKS = 3;

/** how much of the block after a quotation is read for its warning */
const REBUTTAL_CHARS = 400;

/**
 * A heading that warns of what follows. A question to the victim ("Lost money to a crypto scam? Recovery is more
 * possible than you think", 被骗了怎么办？) names the scam to offer help against it: its warning word is asked, not warned.
 */
function warningHeading(normalizedText: string): boolean {
  if (AUTHENTICITY_RE.test(normalizedText)) return false;
  return matchLexicon(WARNING_LEX, normalizedText).some(
    (h) => !QUESTION_AFTER_RE.test(normalizedText.slice(h.end, h.end + 60)),
  );
}
/**
 * the story's reporter as its actor (记者, 本报, "our reporter", "posing as a debtor"), or a judgment's or police
 * report's parties (被告人, 犯罪嫌疑人, 被害人, a name masked as 孙某某, "the defendant"): a case told, its lines the evidence
 */
const REPORTER_RE =
  /记者|本报|被告人|犯罪嫌疑人|被害人|\p{Script=Han}某某|\bthe defendants?\b|\b(?:our|the|a) (?:reporter|journalist|correspondent)s?\b|\bpos(?:ing|ed) as an? (?:victim|debtor|customer|borrower|investor)\b/iu;
/** a newsroom asking for tips (besides its own lines: `OWN_LINE_RE`): its reporter's address is no evidence */
const TIP_WORDS_RE = /爆料|报料|线索|投稿|\btips?\b|\bcontact (?:the |our )?(?:reporter|newsroom)\b/iu;
/** a heading about the legitimate way out, after the scams */
const TURN_HEADING_RE =
  /\b(?:legitimate|legit|genuine|real) (?:way|recovery|firms?|companies|options?|help)\b|正规|靠谱|真正(?:能|可以|有用)/iu;
/** the rest of a question: no sentence end before its question mark */
const QUESTION_AFTER_RE = /^[^.!。！?？]*[?？]/u;

function isWarning(normalizedText: string): boolean {
  return matchLexicon(WARNING_LEX, normalizedText).length > 0 && !AUTHENTICITY_RE.test(normalizedText);
}

function handleFact(hit: HandleHit, where: Omit<HandleFact, 'kind' | 'value' | 'raw' | 'listed' | 'why'>): HandleFact {
  // property by property, so a selector read on demand stays on demand (a spread would read it now)
  return Object.defineProperties(
    { kind: hit.kind, value: hit.value, raw: hit.raw, listed: hit.suspect, why: hit.why },
    Object.getOwnPropertyDescriptors(where),
  ) as HandleFact;
}

/** Facts of several frames as one page (the first is the top frame). */
export function mergeFacts(top: PageFacts, others: PageFacts[]): PageFacts {
  const out: PageFacts = {
    ...top,
    handles: [...top.handles],
    phrases: [...top.phrases],
    comments: [...top.comments],
    sections: [...top.sections],
    widgets: [...top.widgets],
    topics: { ...top.topics },
    terms: [],
  };
  // the words of every frame, each once
  const terms = new Set(top.terms);
  for (const f of others) {
    for (const t of f.terms) terms.add(t);
    const cOff = out.comments.length;
    const sOff = out.sections.length;
    const shift = (id: number | undefined) => (id === undefined ? undefined : id + cOff);
    for (const c of f.comments) {
      out.comments.push({
        ...c,
        id: c.id + cOff,
        parent: shift(c.parent),
        replyTo: shift(c.replyTo),
        section: c.section + sOff,
      });
    }
    for (const s of f.sections) out.sections.push({ ...s, id: s.id + sOff, comments: s.comments.map((c) => c + cOff) });
    for (const h of f.handles) out.handles.push({ ...h, block: -1, comment: h.comment >= 0 ? h.comment + cOff : -1 });
    for (const p of f.phrases) out.phrases.push({ ...p, block: -1, comment: p.comment >= 0 ? p.comment + cOff : -1 });
    out.widgets.push(...f.widgets);
    for (const [k, v] of Object.entries(f.topics) as [ScamKind, number][]) out.topics[k] = (out.topics[k] ?? 0) + v;
    if (f.money) out.money = true;
    out.nodes += f.nodes;
    out.chars += f.chars;
    out.capped ||= f.capped;
  }
  out.terms = [...terms];
  return out;
}

/**
 * Text in both scripts: run once, it makes V8 compile the normalizer's and the extractor's expressions,
 * so a page's first block does not pay for all of them in one task.
 */
const WARM_TEXTS = [
  '逾期被催收,找老师协商成功了,停息挂账,免费咨询,加老师微信 laoshi8899 谢谢,骗子,风险提示,法务,先交保证金才能放款,贷款,股票群',
  'I lost my savings. Mrs Susan Clark helped me recover my funds, contact her on WhatsApp +1 415 555 0182. Free consultation, beware of scams, thank you, loan processing fee before release, debt',
];
/** what a step generator yields before a step that should start a slice of its own (a cold compile) */
export const OWN_SLICE = 'own-slice';

const WARM_LEXICONS = [
  BAIT_LEX,
  PERSONA_LEX,
  CTA_LEX,
  WARNING_LEX,
  ARC_LEX,
  TOPIC_LEX,
  FEE_LEX,
  FEE_FIRST_LEX,
  OFF_PLATFORM_LEX,
];
/**
 * V8 compiles a regex apart for one-byte and two-byte text: the normalizer and extractor are warmed once
 * on a sample of each width; a lexicon's Scanners (one per chunk) each when a block's text first reaches
 * one (`coldScanners`: a place where it can start a match, on text of a width it has not searched), so a
 * page compiles only the expressions its text can match (a Chinese page with a few Latin handles
 * compiles few of the English parts).
 */
const WARM_UNITS = {
  wide: WARM_TEXTS[0] ?? '',
  narrow: WARM_TEXTS[1] ?? '',
} as const;
type WarmUnit = keyof typeof WARM_UNITS;
const warmedUnits = new Set<WarmUnit>();

/**
 * The extractor's first use in parts, before the whole sample: text with neither digits nor a contact cue
 * (links, e-mail, cues, spelled numbers), then digits without a cue (phone numbers), so no step compiles
 * all of its expressions
 */
const EXTRACT_PIECES: Record<WarmUnit, readonly string[]> = {
  wide: ['老师您好 laoshi', '老师 13800138000 号'],
  narrow: ['hello there laoshi', 'call 415 555 0182 now'],
};
/** what the last warm-up step compiled, for timing records (`lastWarm`) */
let warming = '';
/** What the last step announced with `OWN_SLICE` compiles (`normalize wide`, `extract narrow`, a lexicon chunk). */
export function lastWarm(): string {
  return warming;
}

function* warmUnit(u: WarmUnit): Generator<typeof OWN_SLICE, void, void> {
  if (warmedUnits.has(u)) return;
  warmedUnits.add(u);
  // the normalizer a pass per step
  const passes = normalizeSteps(WARM_UNITS[u]);
  let r: IteratorResult<void, Normalized>;
  do {
    warming = `normalize ${u}`;
    yield OWN_SLICE;
    r = passes.next();
  } while (!r.done);
  for (const piece of EXTRACT_PIECES[u]) {
    warming = `extract ${u}`;
    yield OWN_SLICE;
    extractHandles(normalize(piece));
  }
  warming = `extract ${u}`;
  yield OWN_SLICE;
  extractHandles(r.value);
  // the contact-cue look `labelOf` runs on short blocks: its one expression (unicode, ignore case)
  warming = `contact cue ${u}`;
  yield OWN_SLICE;
  hasContactCue(WARM_UNITS[u]);
  hasContactCue(WARM_UNITS[u]);
}

/** one-byte text the extractor and the cues can read something in: a letter or a digit */
const NARROW_WORDS_RE = /[0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]/;

/**
 * The warm-up unit text like `text` needs: its width's, or none for one-byte text without a letter or a
 * digit (a link whose text is "…", three full stops once normalized): such text runs few of the text
 * layer's expressions, and warming them all for it was some 10 ms of CPU, in four slices, on a Chinese
 * page whose only one-byte text it was (the seed page)
 */
function unitOf(text: string): WarmUnit | undefined {
  if (isWide(text)) return 'wide';
  return NARROW_WORDS_RE.test(text) ? 'narrow' : undefined;
}

/** What `warmFor(text)` has left to do: whether its unit is to be warmed, and the cold lexicon Scanners (without making a generator per block). */
function warmNeeded(text: string): Scanner[] | undefined {
  const cold = coldScanners(WARM_LEXICONS, text);
  const unit = unitOf(text);
  return cold.length > 0 || (unit !== undefined && !warmedUnits.has(unit)) ? cold : undefined;
}

/**
 * First use of the text layer on text like `text` (a block's, normalized), one expression per step, each
 * announced with `OWN_SLICE` so a driver with a deadline runs it in a slice of its own: only what the
 * page's text needs is compiled, and no block's step compiles many expressions at once. A no-op once done
 * for text of that kind.
 */
function* warmFor(text: string, cold = warmNeeded(text)): Generator<typeof OWN_SLICE, void, void> {
  if (!cold) return;
  const unit = unitOf(text);
  if (unit) yield* warmUnit(unit);
  // one regex per step: a lexicon's part cut in chunks compiles chunk by chunk
  for (const scanner of cold) {
    warming = scanner.name;
    yield OWN_SLICE;
    scanner.warm(text);
  }
  // the block itself is read in a slice after the last compile's (its first reading runs other expressions
  // for the first time): a compile and a cold block in one slice passed 10 ms
  if (cold.length > 0) {
    warming = '';
    yield OWN_SLICE;
  }
}
