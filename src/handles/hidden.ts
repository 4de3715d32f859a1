/**
 * A contact hidden from machines: a comment names a contact app and tells the reader how to put the id
 * together ("前面加 852", "拼音首字母后面接…, 全部小写连在一起", "all lowercase, one word"), so that no
 * filter reads the id itself. When the extractor can follow
 * the instruction it rebuilds the handle (`told` hits in extract.ts); when it cannot, the instruction
 * still shows a line handed over in a form only a reader can decode, which honest people seldom need:
 * a neighbour writes her number, a scheme's shill spells out how to assemble it.
 *
 * Matched on normalized text (aliases folded: 薇信 → 微信, 飞机 → Telegram before a handle).
 */
import { type CueKind, findCues } from './cues';

/** contact apps and numbers a hidden id can be for (not the bare "contact"/"加" call to action) */
const APP_CUES: ReadonlySet<CueKind> = new Set([
  'wechat',
  'qq',
  'telegram',
  'whatsapp',
  'line',
  'signal',
  'phone',
  'email',
]);

/**
 * Instructions that assemble an id: a piece (digits, Latin letters, a quotation) to put before or after
 * (前面加 852, 后面接“维权”); spelled from words the reader knows (楼盘名的拼音首字母, 全拼); joined, in one
 * case, reversed, cut or swapped (连在一起, 全部小写, 倒着输, 把中间两个汉字去掉, 拆开说; not a whole number swapped,
 * 把手机号换成他们的, which tells of the scam's own trick); in English, a piece
 * that follows ("followed by the two digits"), how to type it ("all lowercase", "as one word", "no spaces",
 * "type it backwards"). Each alternative is specific to building a handle: "后面加了他微信" (added him
 * later), "反过来说" (conversely), "the bank reversed the charge" and "call the hotline at the start of the
 * month" are not. (A regex literal: the content script is sent it with the lexicons, src/ext/regexes.ts.
 * Without the unicode flag: nothing here needs it, and `\b` under unicode and ignore case is slow.)
 */
export const ASSEMBLY_RE =
  /(?:前面|开头|最前面?)(?:再)?(?:加上?|接上?|跟上?|是)(?!了)(?=[^。！？!?\n]{0,8}[0-9a-z“"「『])|(?:后面|末尾|结尾|最后面?)(?:再)?(?:加上?|接上?|跟上?)(?!了)(?=[^。！？!?\n]{0,8}[0-9a-z“"「『])|(?:拼音|名字|楼盘名|小区名|店名)的?(?:首字母|全拼|缩写)|首字母(?:缩写)?(?:加|接|后面)|全拼(?:加|接|后面)|[连拼合](?:在)?(?:一起|起来)|全部?(?:小写|大写)|倒过来|倒着[输打写念读加搜]|反过来[输打写念读加搜]|[倒逆]序|把(?!手机|电话|号码|银行卡|卡号|联系方式)[^。！？]{1,12}(?:去掉|换成|删掉)|拆开(?:说|写|发|打)|\bfollowed by (?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d|the|my|his|her)\b|\ball (?:in )?lower ?case\b|\b(?:as |in |all )one word\b|\bno spaces\b|\b(?:spell|type|write|read|enter)(?:s|ed|ing)? (?:it |them |the (?:name|id|handle|number) )?(?:backwards|in reverse)\b/gi;

/**
 * Excuses for not writing the id plainly: the filter or the moderators would delete it ("这里发完整的会被删", "平台不让留数字",
 * "呢度唔俾出电话", "文档里不好直接写", 怕被删, "can't post numbers here", "it gets deleted if I post it", "the
 * filter eats numbers"). A line passed on under the moderators' noses.
 */
export const EVASION_RE =
  /(?:发|留|写|贴|出|打)(?:完整|全)?的?(?:号码?|电话|微信|联系方式|群号)?(?:的话)?(?:会|就会|容易)?(?:被(?:吧务|管理员?|版主|系统|平台)?(?:删|吞|屏蔽|和谐|封)|发不出)|(?:不方便|不能|不让|不给|不好|唔俾|唔畀|唔可以|不准|唔钟意|不喜欢|不想|唔想)(?:直接)?(?:发|留|写|贴|出)(?:完整的?)?(?:电话|号码|微信|联系方式|群号|数字)|怕被(?:删|吞|屏蔽|和谐|封)|\b(?:can't|cannot|not allowed to) (?:post|put|share|write|leave|give) (?:phone numbers|numbers|contacts|contact details|links|my (?:number|contact|handle)|the (?:number|contact|handle))\b|\b(?:won't|will not|wouldn't|rather not) (?:post|put|share) (?:his|her|their|my) (?:phone|number|cell|contact)\b|\b(?:gets?|got) (?:deleted|removed|flagged|filtered|blocked|hidden) (?:if|when) (?:i|you|we|people) (?:post|put|write|share)|\b(?:the )?(?:filter|mods?|moderators?|algorithm|bots?|spam filter) (?:deletes?|removes?|blocks?|hides?|eats?|flags?) (?:phone )?(?:numbers|contacts|links|handles|it|them)|\b(?:this|the) (?:board|site|forum) (?:deletes|removes|strips|blocks|eats|hides|filters) (?:e-?mails|addresses|phone numbers|numbers|links)/gi;

/** an excuse that names the mail it cannot post */
const NAMED_IN_EXCUSE = /\b(e-?mails|addresses)\b/iu;

/** how far an instruction may stand from the app it is for, within one sentence */
const REACH = 60;
const SENTENCE_END = /[。！？!?\n]|\.(?:\s|$)/u;

export interface HiddenContact {
  /** the app the instruction is for */
  kind: CueKind;
  /** an instruction to assemble the id, or an excuse for not writing it plainly */
  how: 'assembly' | 'evasion';
  /** the instruction's range in the normalized text */
  start: number;
  end: number;
}

/** The first instruction that assembles an id, or excuse for hiding it, beside a contact app named in its sentence. */
export function hiddenContact(normalized: string): HiddenContact | undefined {
  const assembly = normalized.search(ASSEMBLY_RE) >= 0;
  const evasion = normalized.search(EVASION_RE) >= 0;
  if (!assembly && !evasion) return undefined;
  const cues = findCues(normalized).filter((c) => APP_CUES.has(c.kind));
  // an excuse that names what it cannot post ("this board deletes emails") names the app itself
  if (cues.length === 0) {
    if (!evasion) return undefined;
    for (const m of normalized.matchAll(EVASION_RE)) {
      const kind = NAMED_IN_EXCUSE.exec(m[0])?.[1] ? 'email' : undefined;
      if (kind) return { kind, how: 'evasion', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
    }
    return undefined;
  }
  // an instruction is for the app of its own sentence; an excuse often opens the sentence before the app's
  const hits = [
    ...(assembly ? [...normalized.matchAll(ASSEMBLY_RE)].map((m) => ({ m, how: 'assembly' as const })) : []),
    ...(evasion ? [...normalized.matchAll(EVASION_RE)].map((m) => ({ m, how: 'evasion' as const })) : []),
  ].sort((x, y) => (x.m.index ?? 0) - (y.m.index ?? 0));
  for (const { m, how } of hits) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    for (const c of cues) {
      const [a, b] = c.end <= start ? [c.end, start] : [end, c.start];
      if (b - a > REACH || (how === 'assembly' && SENTENCE_END.test(normalized.slice(a, b)))) continue;
      return { kind: c.kind, how, start, end };
    }
  }
  return undefined;
}
