/**
 * Contact cues: words that name a contact app or ask the reader to get in touch. Matched on normalized
 * text (aliases already folded by `normalize`: 薇信 → 微信, 扣扣 → QQ, 飞机 → Telegram before a handle).
 * A WeChat/Telegram/LINE/Signal-shaped word is a handle only near one of these (DOMAIN.md §2, design).
 * The cheap first look on raw text is ./cue-look.ts; this module runs only after it, and the content
 * script is sent its long patterns (`SENT_REGEX_FILES` in src/ext/regexes.ts).
 */
import type { Normalized } from '../text/normalize';
import { Scanner } from '../text/scan';

export type CueKind =
  | 'wechat'
  | 'qq'
  | 'telegram'
  | 'whatsapp'
  | 'line'
  | 'signal'
  | 'phone'
  | 'email'
  /** 微信同号, 手机同号: the phone number is also the WeChat ID */
  | 'same_number'
  /** a call to action without an app: 加, 联系, 咨询, 复制, 推给, 私信, 扫码, 搜, contact, reach, DM ... */
  | 'cta';

export interface Cue {
  kind: CueKind;
  /** range in the normalized text */
  start: number;
  end: number;
}

/** Case-insensitive cues. English words need letter boundaries. */
const CUE_I = new RegExp(
  [
    '(?<same_number>微信同号|手机同号|同微信|微信同步|电话同微|微同号|(?<![a-z0-9])v信?同号|(?:手机|电话)(?:号)?(?:和|跟|与)?微信(?:号)?(?:是)?(?:一样|同一个)|微信(?:号)?(?:和|跟|与)?(?:手机|电话)(?:号)?(?:是)?一样|微信(?:号)?就是(?:手机|电话)号?|微信(?:号)?也是(?:这个|同一个|此)(?:号码?)?)',
    '(?<wechat>企业微信|微信号?|(?<![a-z])(?:wechat|weixin|wēixìn)(?:\\s?id)?(?![a-z]))',
    // a group with a number to join is a QQ group (WeChat groups are joined by invitation or QR code)
    '(?<qq>(?<![a-z0-9])q ?q(?:号|群)?(?![a-z])|群号码?)',
    '(?<telegram>(?<![a-z])(?:telegram|telegarm|telgram)(?![a-z])|电报号)',
    '(?<whatsapp>(?<![a-z])(?:whats\\s?app|watsapp|whatapp|w\\.h\\.a\\.t\\.s\\.?a\\.p\\.p)(?![a-z]))',
    '(?<signal>(?<![a-z])(?:on|via|my|his|her)\\ssignal(?![a-z])|(?<![a-z])signal(?=\\s?(?::|id\\b|username|app\\b)))',
    "(?<phone>电话|手机号?|热线|致电|拨打|来电|座机|号码|联系方式|客服|举报|报警|打(?:给|畀|俾)(?:他|她|我|佢|你)|直接打|📞|☎|☏|📱|(?<![a-z])(?:phone|tel|telephone|mobile|cell|calls?|dial|ring|rang|texts?|sms|hotline|helpline|(?:my|his|her|our|their) (?:#|number)(?= is)|(?:blocks?|bans?|removes?|deletes?|eats?|hides?|filters?|(?:(?:won|doesn)'t|does not) allow) (?:phone )?numbers)(?![a-z]))",
    '(?<email>邮箱|电邮|(?<![a-z])(?:e-?mail|mail)(?![a-z]))',
    '(?<cta>联系|联络|咨询|复制|推给|推荐给|私信|私聊|扫码|扫一扫|搜索?|揾|搵|添加|找我|找她|找他|(?<![订单送货])备注(?=来意|[^\\s]{0,6}(?:来的|看到|[)）]))|(?<![增参更追附叠外再施强])加(?![油班速工强大快热密载息价重仓码剧深盟入以])|(?<![a-z])(?:contact|reach(?:\\sout)?|dm|inbox|message|ping|write\\sto|add\\sme|hit\\s(?:me|her|him)\\sup|get\\sin\\stouch)(?![a-z]))',
  ].join('|'),
  'giu',
);
/**
 * made on first use, when the first text is searched, not in the task that evaluates the module (with
 * the data the background sent for it, `giveBuiltScannerData`, which arrives before that task)
 */
let cueScan: Scanner | undefined;

/** The cue Scanner, made on the first call (the extension's build calls it to list its pattern). */
export function cueScanner(): Scanner {
  cueScan ??= new Scanner(CUE_I);
  return cueScan;
}
/** Case-sensitive cues: LINE is an ordinary English word in lower case. */
const CUE_CS = /(?<![A-Za-z])(?:LINE|Line(?=\s?(?:ID|Id|id|:))|line(?=\s?(?:ID|id|:)))(?![A-Za-z])/gu;

const KINDS: CueKind[] = ['same_number', 'wechat', 'qq', 'telegram', 'whatsapp', 'signal', 'phone', 'email', 'cta'];

/** Cue positions in the normalized text, sorted by start. */
export function findCues(n: Normalized | string): Cue[] {
  const text = typeof n === 'string' ? n : n.text;
  const out: Cue[] = [];
  for (const m of cueScanner().all(text)) {
    const g = m.groups ?? {};
    let kind: CueKind = 'cta';
    for (const k of KINDS) {
      if (g[k] !== undefined) {
        kind = k;
        break;
      }
    }
    const start = m.index ?? 0;
    out.push({ kind, start, end: start + m[0].length });
  }
  if (text.indexOf('ine') >= 0 || text.indexOf('INE') >= 0) {
    for (const m of text.matchAll(CUE_CS)) {
      const start = m.index ?? 0;
      out.push({ kind: 'line', start, end: start + m[0].length });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * A commenter pointing to their own name for the handle ("群号就是我昵称后面那串", "号码在我名字里", "名字就是薇，直接搜",
 * "the number is in my username", "Telegram is the same as my username"): the name is that sentence's value.
 */
export const NAME_POINTER_RE =
  /我的?(?:昵称|名字|网名|用户名|ID)(?:后面|里|上|中|就是)|看我的?(?:昵称|名字|ID)|(?:昵称|名字|网名|用户名)就是(?=微信|薇信|薇(?!\p{sc=Han})|威信|卫星|[vV][xX]?(?![a-zA-Z])|QQ|扣扣|企鹅|飞机|TG|LINE|[賴赖])|in my (?:user ?|profile )?name|same as my (?:user ?|profile )?name/iu;
