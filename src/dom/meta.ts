/**
 * Recognizers for the small pieces of text that surround a comment: its time, like count, region
 * tag (IP属地), floor number and reply action, and the headings that announce a comment section.
 * They read text only, never class names, so they work on sites the engine has never seen.
 */

import { collapseSpaces } from '../text/space';

/** the label of a place given as where a comment came from (来自：) */
const FROM_LABEL_RE = /^\s*(?:来自|來自)\s*[:：]?/u;

/** the label of a commenter's region tag (IP属地：) */
const IP_PLACE_LABEL_RE = /IP\s*[属屬]地\s*[:：]?/u;

/** a count as printed (1,204, 3.2万, 12k): its digits and its multiplier */
const COUNT_RE = /\d[\d,]{0,8}(?:\.\d)?\s*([万萬kK])?/u;

export const META_TIME = 1;
export const META_LIKES = 2;
export const META_PLACE = 4;
export const META_REPLY = 8;
export const META_FLOOR = 16;

/** longest piece of text that can be comment metadata */
export const META_MAX_CHARS = 48;

/**
 * Time patterns that need an ASCII digit (`\d` is ASCII under the unicode flag): a piece without one
 * (most names and words) skips them, and the likes patterns, which all need one too.
 */
const TIME_RES = [
  // 3天前, 5 分钟前
  /\d{1,3}\s*(?:秒|分钟|分鐘|小时|小時|天|日|周|週|星期|个月|個月|月|年)前/u,
  // 2024-12-03, 2024/12/3, 2024.12.03, 2024年12月3日, 12-03 14:39
  /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/u,
  /(?:^|\D)\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/u,
  // "11/27 00:04", "1.2.3.4 11/27 00:04": a month and day with slashes and the time, alone in its piece, after
  // the writer's IP or not (a BBS reply's time, as PTT's web view prints it)
  /^\s*(?:\d{1,3}(?:\.\d{1,3}){3}\s+)?\d{1,2}\/\d{1,2}\s+\d{1,2}:\d{2}\s*$/u,
  // 11月21日, and with spaces around the digits as many sites print them (11 月 21 日)
  /(?:^|\D)\d{1,2} ?月 ?\d{1,2} ?日/u,
  // English relative and absolute dates
  /\b\d{1,3}\s*(?:second|sec|minute|min|hour|hr|day|week|wk|month|year|yr)s?\s+ago\b/iu,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b/iu,
  /\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+(?:19|20)\d{2}\b/iu,
  // 09.03.2026, 9.3.2026 20:14 (day first with dots, as European sites print it); 11-06-2026, 08:14 AM (with
  // dashes, as MyBB and vBulletin boards print it)
  /\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b|\b\d{1,2}-\d{1,2}-(?:19|20)\d{2}\b/u,
  // 06/18/2026, 6/18/26 1:12 PM (month first, as US sites and chat exports print it)
  /\b\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2},? \d{1,2}:\d{2}/u,
  // "2026-Mar-09": the year, a month's name and the day (Australian forums)
  /\b(?:19|20)\d{2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)-\d{1,2}\b/iu,
  // "04/11/25": month, day and a two-digit year, alone in its piece (a social feed's reply date)
  /^\s*\d{1,2}\/\d{1,2}\/\d{2}\s*$/u,
  // "09-Mar-26 20:14:38", "9 Mar 26 at 20:14": a day, a month's name, a two-digit year, then the time
  /\b\d{1,2}[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}[- ]\d{2}(?: at)? \d{1,2}:\d{2}/iu,
  /^\s*\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]m)?$/iu,
  // "上午 10:03": a chat message's time of day (LINE, WeChat)
  /^\s*(?:上午|下午|早上|晚上|中午|凌晨)\s?\d{1,2}:\d{2}\s*$/u,
  // "8:14am On Feb 19", "10:40pm On Mar 3, 2025": a forum's time, then the day
  /^\s*\d{1,2}:\d{2}\s?[ap]m\s+on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\s+\d{1,2}(?:,\s?(?:19|20)\d{2})?\s*$/iu,
  // "Jan 6", "March 3rd": a date without its year
  /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*$/iu,
  // "21 November", "3rd Mar at 9:05pm": the day first, without its year (British sites and forums)
  /^\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s?(?:[ap]m)?)?\s*$/iu,
  // "Oct 29 @ 1:40am", "Mar 3 at 9:05pm": a date without its year, then the time (community forums)
  /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}\s+(?:@|at)\s+\d{1,2}:\d{2}\s?(?:[ap]m)?\s*$/iu,
  // social feeds in Chinese: "2週", "5小時", "· 14 · 2週" (a like count, then the age, as Facebook's comments
  // plugin prints them in zh-TW); nothing but digits and dots before the age ("等了 3小時" is words); not
  // days, months or years (a table's "30天", "3 年" is a loan's term)
  /^[\s·•|\d]*\d{1,3}\s*(?:分钟|分鐘|小时|小時|周|週)\s*$/u,
  // social feeds: "2d", "3h", "5 min", "1w", "2y", also closing a name's line ("helen_b · 2d")
  /(?:^|[·•|]) ?\d{1,3}\s*(?:s|m|h|d|w|y|mo|yr|yrs|min|mins|hr|hrs|wk|wks)(?: ago)?\s*$/iu,
];

/** Time patterns that match words alone: 刚刚, 昨天 12:30, 前天, just now, yesterday, an hour ago. */
const TIME_WORD_RES = [
  /(?:^|\s)(?:刚刚|剛剛|昨天|前天|今天)(?:\s|$|\d)/u,
  /\b(?:just now|yesterday|an? (?:hour|day|week|month|year) ago)\b/iu,
];

/**
 * A time said in words is a short label ("Yesterday at 10:42 PM", "edited just now", "昨天 12:30"), not a
 * sentence that mentions one ("Thank you, I sent her a message just now!")
 */
const TIME_WORDS_MAX_CHARS = 28;
const CLAUSE_MARK_RE = /[,!?;，。！？；]/u;

const LIKES_RES = [
  // a feed's counters: "💬 14 🔁 2 ❤️ 231"
  /^\s*(?:(?:💬|🔁|🔄|🗨\uFE0F?|❤\uFE0F?|♥\uFE0F?|👍)\s?\d[\d,.]{0,7}[KkMm万]?\s*){2,5}$/u,
  /^\s*(?:赞|讚|赞同|贊同|👍|点赞|點讚|顶|頂|支持|有用|like|likes|upvotes?|♥\uFE0F?|❤\uFE0F?)[\s:：(（]*\d[\d,.]{0,8}(?:\s?[万萬kK])?[\s)）]*$/iu,
  /^\s*\d[\d,.]{0,8}(?:\s?[万萬kK])?\s*(?:赞|讚|个赞|個讚|人赞同|人點讚|人点赞|人觉得有用|likes?|upvotes?|points?|👍)\s*$/iu,
  /\d[\d,]{0,8}\s*人赞同了(?:该|這個)?回答/u,
  // a review site's reaction counts: "有 138 人觉得这篇评测有价值", "12 人觉得有用", "有 7 人觉得这篇评测很欢乐"
  // (unanchored at the start: a leading 有 with an optional space made the pattern too costly to prove safe)
  /\d[\d,]{0,8} ?人[觉覺]得(?:[这這]篇)?(?:[评評][测測价價]|回答|[内內]容)?(?:有用|有[价價]值|有[帮幫]助|很[欢歡][乐樂])\s*$/u,
  // "支持(23) 反对(0)", "👍 12 👎 1"
  /^\s*(?:支持|赞|讚|顶|頂|👍|like)\s?[(（]?\d{1,7}[)）]?\s(?:反对|反對|踩|👎|dislike)\s?[(（]?\d{1,7}[)）]?\s*$/iu,
];

const PLACE_RE =
  /^\s*(?:IP\s*属地|IP\s*屬地|来自|來自)?\s*[:：]?\s*(?:北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅|青海|台湾|台灣|臺灣|内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆|香港|澳门|澳門|海外|美国|美國|日本|加拿大|澳大利亚|英国|英國)(?:省|市)?\s*$/u;
const PLACE_TAG_RE = /IP\s*[属屬]地\s*[:：]?\s*\S{2,8}/u;

const REPLY_RE =
  /^\s*(?:[▾▸▼►⌄˅↳]\s?)?(?:(?:回复|回覆|回應|回应|reply|(?:in )?reply(?:ing)? to)(?: ?@)?|replies|(?:view |show |共)?\d{1,5}\s*(?:条回复|條回覆|則回覆|repl(?:y|ies))[,，]?|quote|reply with quote|multi-?quote|举报|舉報|report(?: to moderator)?|logged|分享|share|引用|like|赞|点赞|顶|踩|收藏|转发|says:?|said:?|wrote:?|说[:：]?|写道[:：]?)\s*$/iu;
/**
 * a post's controls as forum and comment software prints them, each its own link or button: a private
 * message (发消息, "View Profile", "Private Message"), a filter of the thread (只看该作者, 倒序浏览), a vote against
 * (反对), the tools (使用道具, 评分), a post's link and actions (permalink, save, embed, "give award", "Share this
 * post", "Link to post"), a collapse or expand mark ("[–] (1 child)", 点击查看, 查看更多), the post's number over its
 * time (SMF's "« Reply #1 on:"): chrome, not words
 */
const CONTROL_RE =
  /^\s*(?:发消息|發消息|发短消息|發短消息|只看该作者|只看該作者|只看他|只看她|只看楼主|只看樓主|倒序浏览|倒序瀏覽|阅读模式|閱讀模式|反对|反對|使用道具|评分|評分|打赏|打賞|私信|电梯直达|電梯直達|复制链接|複製連結|编辑|編輯|删除|刪除|view (?:profile|forum posts|blog entries|articles)|private message|send (?:a )?(?:private message|pm|message)|pm|permalink|give award|embed|save|see more|show more|report post|back to top|top|find|find (?:all )?(?:posts|content|threads)(?: by \S{1,40})?|contact\s?:|parent|\[ ?[–-] ?\](?: \(\d{1,4} child(?:ren)?\))?|«? ?(?:reply|post) #\d{1,5}(?: on:?)?|[«»‹›]|点击查看|點擊查看|查看更多|展开更多|展開更多|查看全部|share this (?:post|comment)|link to (?:this )?(?:post|comment))\s*$/iu;
/** a role badge beside a name (作者, UP主, Author, Pinned), a forum's user group (新手上路, 金牌会员) or a
 *  counter's label set apart from its number (<dt>积分</dt><dd>12</dd>): chrome, not words */
const BADGE_RE =
  /^\s*(?:作者|原作者|博主|UP主|置顶|置頂|作者赞过|管理员|版主|超级版主|新手上路|注册会员|中级会员|高级会员|金牌会员|论坛元老|禁止发言|(?:级别|級別|用户组|用戶組)[:：]\s?\S{1,8}|積分|积分|帖子|主题|精华|#|✔|✓|☑|✅|[★☆⭐]{3,5}|\((?:m|f)\)\s?:?|author|post author|creator|op|pinned|mod|moderator|super moderator|admin|administrator|staff|(?:junior|senior|full|new|active|registered|premium|elite|gold|platinum|well-known|established|veteran|trusted|long-time) member|registered user|member|newbie|local guide|top contributor|verified (?:buyer|purchase|owner|reviewer))\s*$/iu;
/**
 * a member's rank or level beside the name (Level 4, Lv.3, LV 12, 等級 7, 百科5级), a community's title for
 * the member (Champion, Superbacker, Host, 官方, "(author)") and a widget's mark over the entry (✓ Accepted
 * solution, 最佳答案): chrome of the author line, neither the author nor the words
 */
const AUTHOR_CHROME_RES = [
  /^\s*(?:level|lvl|lv)\.?\s?\d{1,3}\s*$/iu,
  // a fan badge's number beside the name, in two pieces or one (Bilibili's "NO." over "000301")
  /^\s*NO\.\s?\d{0,8}\s*$/u,
  /^\s*(?:等级|等級)\s?[:：]?\s?\d{1,3}\s*$/u,
  /^\s*(?:百科|会员|會員|用户|用戶)?\d{1,3}\s?[级級]\s*$/u,
  /^\s*[(（](?:author|op|作者|楼主|樓主|博主)[)）]\s*$/iu,
  /^\s*(?:champion|superbacker|collaborator|host|maker|community expert|forum team|group admin|top fan|rising star|官方|官方账号|官方帳號)\s*$/iu,
  /^\s*(?:[✓✔☑✅]\s?)?(?:accepted (?:solution|answer)|best answer|最佳答案|最佳解答|最佳回答|最佳回覆|满意答案|滿意答案|已采纳|已採納|采纳答案|採納答案)\s*$/iu,
  // a profile's counters (31 声望, 2 条评价, 234 posts), a rating drawn with spaced stars
  /^\s*(?:(?:声望|聲望)\s*[:：]?\s*[\d,]{1,9}|[\d,]{1,7} ?(?:声望|聲望|条评价|條評價|则评价|則評價)|[\d,]{1,7} posts?)\s*$/iu,
  /^\s*(?:[★☆⭐] ){2,4}[★☆⭐]\s*$/u,
  // the creator's mark on a comment, which names the creator, not the writer: "📌 Pinned by Rates With Ron",
  // "❤ by creator", 已由 林律師說法 置頂, "❤ 林律師說法 已加上愛心"
  /^\s*(?:📌\s?)?(?:pinned|hearted|loved|liked) by\s\S[^\n,!?;]{0,48}$|^\s*[❤♥]\uFE0F?\s?by\s\S[^\n,!?;]{0,48}$/iu,
  /^\s*(?:📌\s?)?已由\s?\S[^\n，。！？置]{0,30}(?:置顶|置頂)\s*$/u,
  /^\s*(?:[❤♥]\uFE0F?\s?)?[^\s已][^\n，。！？已]{0,30}已(?:加上|给了|給了)?(?:爱心|愛心)\s*$/u,
  // who liked or answered a post, under it (Flarum's "Sandra_Oakes and 2 others like this.", "Eileen_Pryce, Rob and 2
  // others replied to this."; one name: "Eileen_Pryce likes this."): names, not the post's words
  /^\s*[^\s,]{1,30}(?:, [^\s,]{1,30}){0,3} and (?:\d{1,4} others?|[^\s,]{1,30}) (?:like|replied to) this\.?\s*$|^\s*[^\s,]{1,30} (?:likes|replied to) this\.?\s*$/iu,
  // a theme's "说道:" after the name, a collapsed thread's "2 more replies"
  /^\s*(?:说道|說道)[:：]?\s*$|^\s*\d{1,5} more repl(?:y|ies)\s*$/iu,
];
/** a capitalised word of a title ("FileRight", "KXLT") and the title's last word */
const TITLE_WORD_RE = /^\p{Lu}[\p{L}\p{N}&'’.-]{1,20}$/u;
const TITLE_ROLE_RE = /^(?:Moderator|Staff|Employee|Team|Admin|Expert)$/u;
/**
 * A member title set in capitals after an organisation's or a site's name ("FileRight Moderator", "KXLT Staff",
 * "Bluestem Employee"): chrome beside a name, though an account may be named so too ("Courier Moderator"), so
 * it is left out of metadata and read only after the name.
 */
export function isMemberTitle(text: string): boolean {
  const words = text.trim().split(' ');
  const role = words.pop();
  return (
    role !== undefined &&
    words.length >= 1 &&
    words.length <= 2 &&
    TITLE_ROLE_RE.test(role) &&
    words.every((w) => TITLE_WORD_RE.test(w))
  );
}
/** a forum profile's counters (帖子 23, 积分 120, 積分 1,884, Posts: 12, 31 声望, 2 条评价): chrome, not words */
const STATS_RE =
  /^\s*(?:(?:帖子|主题|主題|积分|積分|精华|精華|金钱|金錢|威望|声望|聲望|注册时间|註冊時間|文章|发文|發文|回帖|回覆|浏览|瀏覽|人气|人氣|posts?|joined|karma|reputation)\s*[:：]?\s*[\d,]{1,9}|[\d,]{1,7} (?:reviews?|ratings?|photos?))\s*$/iu;

/** 1楼, 第3楼, #3 and Discuz's 5#; the named first floors of Chinese forums */
const FLOOR_RE = /^\s*(?:#\s*[1-9]\d{0,4}|[1-9]\d{0,4}\s*#|第?\s*\d{1,5}\s*[楼樓]|沙发|沙發|板凳|地板|楼主|樓主)\s*$/u;
const FLOOR_NUM_RE = /(\d{1,5})\s*[楼樓#]|#\s*(\d{1,5})/u;
/** 楼主 is the opening post; 沙发, 板凳, 地板 the first three replies */
const NAMED_FLOORS: Readonly<Record<string, number>> = {
  楼主: 1,
  樓主: 1,
  沙发: 2,
  沙發: 2,
  板凳: 3,
  地板: 4,
};

const USER_AT_RE = /^\s*@[\p{L}\p{N}_.]{1,30}\s*$/u;
/** separators inside one line of metadata: "06-29 · 湖北 · ❤ 322", "3天前 | 广东", "文章 3 ｜ 註冊 2019-04" */
const META_SEPARATOR_RE = /\s*[·•|丨｜]\s*|\s{2,}/u;
/** What a writer did, in a Q&A or board line's writer part: 回答, 回覆, 发表于. */
export const WRITER_VERB = '(?:回答|回覆|回复|答覆|答复|留言|發表|发表|發佈|发布)(?:於|于)?';
/** A writer's name (one or two words) and the verb of a Q&A or board line: "Kenneth_Lau 回答", "小周 发表于". */
const NAME_ACTION_RE = new RegExp(`^\\s?[^\\s·|]{1,24}(?: [^\\s·|]{1,24})? ${WRITER_VERB}\\s?$`, 'u');
const DAY_ONLY_RE = /^\s*\d{1,2}[-/]\d{1,2}\s*$/u;

/**
 * Bitmask of the metadata kinds a short piece of text carries. `structural` leaves out the chrome of an author
 * line (ranks, levels, titles, a profile's counters: `AUTHOR_CHROME_RES`), which is neither the author nor the
 * words but, beside a name, still counts as a part of the line when telling a header line from words.
 */
export function metaKinds(text: string, structural = false): number {
  if (text.length === 0 || text.length > META_MAX_CHARS) return 0;
  if (META_SEPARATOR_RE.test(text)) {
    let kinds = 0;
    const parts = text.split(META_SEPARATOR_RE).filter((p) => p.trim().length > 0);
    for (const part of parts) {
      const k = metaKinds1(part, structural);
      // the author's own @name beside the date ("@walt52 · May 1") is neither metadata nor words
      if (k === 0 && USER_AT_RE.test(part)) continue;
      // ... and so is the writer's name with what they did ("Kenneth_Lau 回答 · 11-15", "阿明 回覆於 · 3天前")
      if (k === 0 && NAME_ACTION_RE.test(part)) continue;
      if (k === 0 && /[\p{L}]{4,}/u.test(part)) return metaKinds1(text, structural);
      kinds |= k;
    }
    return kinds;
  }
  return metaKinds1(text, structural);
}

/** Chrome of an author line only (Level 4, 百科5级, Champion, 31 声望): metadata to the author and the words alone. */
export function isAuthorChrome(text: string): boolean {
  return metaKinds(text) === META_REPLY && metaKinds(text, true) === 0;
}

const DIGIT_RE = /\d/u;

/**
 * The writer's name opening a line whose other parts are all metadata, a time among them: "幸福保代退休的阿德 ｜ 等級 7
 * ｜ 2024-07-20 10:41", "Dana R. · Level 3 · 2 days ago" (a line `metaKinds` reads as a time).
 */
export function leadingName(text: string): string | undefined {
  if ((metaKinds(text) & META_TIME) === 0) return undefined;
  const parts = text
    .split(META_SEPARATOR_RE)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const [first, ...rest] = parts;
  if (first === undefined || rest.length === 0 || metaKinds1(first) !== 0) return undefined;
  let kinds = 0;
  for (const part of rest) {
    const k = metaKinds1(part);
    if (k === 0) return undefined;
    kinds |= k;
  }
  return kinds & META_TIME ? first : undefined;
}

/** a profile's join date ("Joined: May 1, 2026", 注册时间 2019-3-2, 2017-05-12 加入): chrome of the author pane, not the post's time */
const JOINED_RE =
  /^(?:joined|join date|member since|注册时间|註冊時間|注册于|註冊於|加入于|加入於|(?:注册|註冊)(?=[\s:：]{0,2}\d))|^\d{4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?\s?(?:加入|注册|註冊|入站|joined)$/iu;

/** a post counter's label alone, its number in the next element (<dt>Messages</dt><dd>7</dd>, 帖子) */
const POSTS_LABEL_RE = /^\s*(?:posts?|messages|帖子|发帖|發帖|回帖)\s?[:：]?\s*$/iu;
export function isPostsLabel(text: string): boolean {
  return POSTS_LABEL_RE.test(text);
}
/** the pane's other labels that stand alone: a place, a score */
const PANE_FIELD_RE =
  /^\s*(?:location|所在地|reaction score|reputation|threads|points|积分|積分|用户组|用戶組|user ?group)\s?[:：]?\s*$/iu;
const LABEL_END_RE = /^\s?[:：]?\s*$/u;

/**
 * A label of the writer's pane alone, its value in the next element: a join date's (<dt>Joined</dt><dd>Oct
 * 2026</dd>, the words `JOINED_RE` reads), a post counter's (<dt>Messages</dt><dd>14</dd>), a place's or a score's
 */
export function isPaneLabel(text: string): boolean {
  const t = text.trim();
  const joined = JOINED_RE.exec(t);
  if (joined && LABEL_END_RE.test(t.slice(joined[0].length))) return true;
  return POSTS_LABEL_RE.test(t) || PANE_FIELD_RE.test(t);
}

/** zero-width marks a site sets around a control (" ​回复​ ") */
const ZERO_WIDTH_RE = /[\u200B-\u200D\u2060\uFEFF]/gu;

function metaKinds1(raw: string, structural = false): number {
  const text = raw.replace(ZERO_WIDTH_RE, '').trim();
  if (JOINED_RE.test(text)) return META_REPLY;
  let kinds = 0;
  const digit = DIGIT_RE.test(text);
  if (digit && DAY_ONLY_RE.test(text)) kinds |= META_TIME;
  if (
    (text.length <= TIME_WORDS_MAX_CHARS && !CLAUSE_MARK_RE.test(text) && TIME_WORD_RES.some((re) => re.test(text))) ||
    (digit && TIME_RES.some((re) => re.test(text)))
  )
    kinds |= META_TIME;
  if (digit && LIKES_RES.some((re) => re.test(text))) kinds |= META_LIKES;
  if (PLACE_RE.test(text) || PLACE_TAG_RE.test(text)) kinds |= META_PLACE;
  if (REPLY_RE.test(text) || CONTROL_RE.test(text) || STATS_RE.test(text) || BADGE_RE.test(text)) kinds |= META_REPLY;
  if (!structural && AUTHOR_CHROME_RES.some((re) => re.test(text))) kinds |= META_REPLY;
  if (FLOOR_RE.test(text)) kinds |= META_FLOOR;
  return kinds;
}

/**
 * The expressions `metaKinds` reads: a caller with a time budget compiles them one at a time before the
 * first walk (V8 compiles each on its first search of a width of text, then again to machine code)
 */
export const META_EXPRESSIONS: readonly RegExp[] = [
  META_SEPARATOR_RE,
  USER_AT_RE,
  JOINED_RE,
  DIGIT_RE,
  DAY_ONLY_RE,
  CLAUSE_MARK_RE,
  ...TIME_WORD_RES,
  ...TIME_RES,
  ...LIKES_RES,
  PLACE_RE,
  PLACE_TAG_RE,
  REPLY_RE,
  CONTROL_RE,
  STATS_RE,
  BADGE_RE,
  ...AUTHOR_CHROME_RES,
  FLOOR_RE,
  NAME_ACTION_RE,
];

/**
 * "回复" / "reply" alone: a button, or the words that open "回复 <a>name</a>: …", "Replying to <a>name</a>: …",
 * "In reply to @<a>name</a> …" (a comment widget's link to the comment answered, inside the reply's words)
 */
const REPLY_WORD_RE = /^\s*(?:回复|回覆|回應|回应|reply|(?:in )?reply(?:ing)? to)(?: ?@)?\s*$/iu;
export function isReplyWord(text: string): boolean {
  return REPLY_WORD_RE.test(text);
}

export function countBits(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/** The like count in a piece already known to carry likes. */
export function parseLikes(text: string): number | undefined {
  const m = COUNT_RE.exec(text);
  if (!m) return undefined;
  const n = Number(m[0].replace(/[,\s万萬kK]/gu, ''));
  const unit = m[1] === '万' || m[1] === '萬' ? 10_000 : m[1] ? 1000 : 1;
  return Math.round(n * unit);
}

/** The floor number (1楼, #3, 5#, 沙发) in a piece, if any. */
export function parseFloor(text: string): number | undefined {
  const m = FLOOR_NUM_RE.exec(text);
  const v = m?.[1] ?? m?.[2];
  return v ? Number(v) : NAMED_FLOORS[text.trim()];
}

/** The region tag (广东, IP属地:广东) in a piece, without its label. */
export function parsePlace(text: string): string {
  return text.replace(IP_PLACE_LABEL_RE, '').replace(FROM_LABEL_RE, '').trim();
}

/** Headings and labels that announce a comment section (精彩评论, 3 Comments, 网友回复, Responses). */
const SECTION_HEADING_ZH_RE =
  /^共?(?:[\d,.]{1,9}[万萬Kk]?)?[条條則个個]?(?:精彩|全部|最新|热门|熱門|网友|網友|读者|讀者|相关)?(?:评论|評論|留言|回复|回覆|讨论|討論|跟帖|回答)[(（]?\d{0,6}[)）]?[条條則个個]?$/u;
const SECTION_HEADING_EN_RE =
  /^(?:[\d,.]{1,9}k? )?(?:comments?|replies|responses|discussion|answers?)(?: ?\(\d{1,6}\))?$/iu;
const SECTION_HEADING_ON_RE = /^[\d,.]{1,9}k? (?:thoughts|replies|comments|responses) on /iu;
const SECTION_INVITE_RE = /^(?:leave a (?:reply|comment)|join the discussion|发表评论|發表評論|我要评论|写评论)/iu;

export function isSectionHeading(text: string): boolean {
  if (text.length > 80) return false;
  // most blocks hold no white space to collapse (a new string only when some would change)
  const spaced = collapseSpaces(text);
  return (
    SECTION_HEADING_ZH_RE.test(spaced.includes(' ') ? spaced.replace(/ /gu, '') : spaced) ||
    SECTION_HEADING_EN_RE.test(spaced) ||
    SECTION_HEADING_ON_RE.test(spaced) ||
    SECTION_INVITE_RE.test(spaced)
  );
}

/** Attribute values that name a comment container; read as a hint only, never required. */
const SECTION_NAME_RE =
  /comment|reply|replies|respon(?!sive)|discuss|disqus|review|answer|pinglun|huifu|评论|回复|留言/iu;

export function namesCommentSection(el: Element): boolean {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  const label = el.getAttribute('aria-label');
  return (
    (cls !== null && SECTION_NAME_RE.test(cls)) ||
    (id !== null && SECTION_NAME_RE.test(id)) ||
    (label !== null && SECTION_NAME_RE.test(label))
  );
}

/** "回复 @x", "@x", "回复 x:", "Reply to x" at the start of a comment; "回复 3楼". */
/** Read on trimmed text, with separators bounded, so no two runs of spaces compete. */
const REPLY_TO_RES = [
  /^(?:回复|回覆|回應|回应|(?:in )?reply(?:ing)? to|re)[\s:：]{0,3}@?([^\s:：,，@]{1,24}) ?[:：—–]/iu,
  // "Replying to @walt52 @grace_88 —": the first one named
  /^replying to @([^\s:：,，@]{1,24})/iu,
  /^(?:回复|回覆|回應|回应) ?@([^\s:：,，@]{1,24})/u,
  /^@([^\s:：,，@]{1,24})/u,
];
const REPLY_TO_FLOOR_RE = /^(?:(?:回复|回覆|引用|reply to) ?)?(?:# ?(\d{1,5})|(\d{1,5}) ?[楼樓])/iu;

export interface ReplyTarget {
  author?: string;
  floor?: number;
}

export function parseReplyTarget(text: string): ReplyTarget | undefined {
  const t = text.trim();
  const f = REPLY_TO_FLOOR_RE.exec(t);
  if (f) return { floor: Number(f[1] ?? f[2]) };
  for (const re of REPLY_TO_RES) {
    const m = re.exec(t);
    if (m?.[1]) return { author: m[1] };
  }
  return undefined;
}

/** A quoted stack's header: "引用 x 的发言:", "x 发表于 …", "Quote from x", "Originally Posted by x", "x wrote:" (read on trimmed text). */
const QUOTE_HEAD_RES = [
  /^(?:引用|引述)[\s:：]{0,3}@?([^\s:：,，的]{1,24})/u,
  /^([^\s:：,，]{1,24}) ?(?:发表于|發表於)/u,
  /^(?:quote|quoting|originally posted by)(?: from)?[\s:：]{0,3}@?([^\s:：,]{1,24})/iu,
  // ... after the quoted post's date, in brackets as MyBB prints it ("(11-02-2026, 07:41 PM) x Wrote:") or as
  // Invision does ("On 11/02/2026 at 7:41 PM, x said:")
  /^(?:\([^()]{1,30}\) ?|on [^,]{1,30}, )?@?([^\s:：,()]{1,24}) (?:wrote|said) ?:/iu,
];

export function parseQuoteAuthor(text: string): string | undefined {
  const t = text.trim();
  for (const re of QUOTE_HEAD_RES) {
    const m = re.exec(t);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** "张三: 内容" / "张三：内容" — a name prefix on a comment written on one line. */
const NAME_PREFIX_RE = /^([^\s:：,，。!！?？]{1,16}) ?[:：] ?\S/u;

/**
 * Words a writer puts before a colon to say what follows ("Update: …", "Edit 2: …", "Counterpoint: …", 补充：…,
 * 背景：…, 直说结论：…): the writer's own label, no name.
 */
const DISCOURSE_LABEL_RES = [
  /^(?:update|edit|eta|ps|p\.s\.|pps|note|nb|tl;?dr|disclosure|disclaimer|counterpoint|reminder|correction|addendum|context|background|summary|caveat|warning|fyi|source|follow-?up)(?: ?\d{1,2})?$/iu,
  /^(?:补充|補充|更新|编辑|編輯|背景|总结|總結|小结|小結|提醒|注意|注|备注|備註|说明|說明|重点|重點|题外话|題外話|另外|声明|聲明|免责声明|免責聲明|温馨提示|溫馨提示|友情提示|附言|后续|後續)\d{0,2}$/u,
  /^(?:直说|直說|先说|先說|说下|說下)?(?:结论|結論)$/u,
];

export function isDiscourseLabel(name: string): boolean {
  return DISCOURSE_LABEL_RES.some((re) => re.test(name));
}

export function parseNamePrefix(text: string): string | undefined {
  const m = NAME_PREFIX_RE.exec(text.trim());
  return m?.[1] !== undefined && !isDiscourseLabel(m[1]) ? m[1] : undefined;
}
