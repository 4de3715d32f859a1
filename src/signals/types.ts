import { APP_CUES, type CommentFact, type HandleFact, type PageFacts, type PhraseFact } from '../engine/facts';
import type { ThreadFacts } from '../engine/threads';
import { privateLine } from '../handles/channel';
import type { Evidence, HandleKind, Region } from '../report/types';

/** All occurrences of one handle on the page. */
export interface HandleGroup {
  key: string;
  kind: HandleKind;
  value: string;
  occurrences: HandleFact[];
  regions: Region[];
  /** not official, not masked */
  listed: boolean;
  /** the extractor's reason when not listed */
  why?: string;
  /** every occurrence sits in a warning */
  warned: boolean;
  /** a licence number stands beside it */
  licensed: boolean;
  /** occurrences with a call to action outside warnings */
  pushed: HandleFact[];
  /** the site names it as its own line in words only its owner uses (本报新闻热线, 我行客服电话) */
  own: boolean;
  /** every occurrence is a reader's own line given to send a document she made, free: shared, not offered as a service */
  shared: boolean;
}

export interface SignalContext {
  facts: PageFacts;
  threads: ThreadFacts[];
  handles: HandleGroup[];
}

export interface SignalMeta {
  description: string;
  /** message key → English text; keys are `ev_<signal>_<what>` */
  messages: Record<string, string>;
}

/**
 * One signal: reads the context, returns evidence. Like an ESLint rule's `create`; its `meta` is a
 * separate export beside it (`<name>Meta`), listed in the registry's `SIGNAL_META`, so the content
 * script's bundle, which only scores, does not carry the English descriptions.
 */
export interface Signal {
  id: string;
  detect(ctx: SignalContext): Evidence[];
}

/**
 * A private line (a person's account, mobile or free-mail address), unless the page gives it as an office's
 * (with an extension, or named as the office's line).
 */
export function privateGroup(h: HandleGroup): boolean {
  return privateLine(h.kind, h.value) && !h.occurrences.some((o) => o.office);
}

/**
 * A reader's comment says the helper asks money for the help ("She mentioned a filing fee", "Sent her the deposit",
 * "does she charge anything?", 收了服务费, 先交定金)
 */
export const FEE_TOLD_RE =
  /\b(?:(?:filing|processing|admin|application|setup|set-up|review) fee|(?:the|her|his|a|my|small) deposit|(?:she|he) (?:only )?charges?|does (?:she|he) charge|retainer)\b|服务费|服務費|手续费|手續費|定金|订金|訂金|押金|前期费用|前期費用/iu;

/** The page talks about money (debt, loans, savings, investing) in its words or its subject. */
export function moneyPage(facts: PageFacts): boolean {
  return facts.money === true || Object.keys(facts.topics).length > 0;
}

/**
 * The comment sends the reader to a third person: a referral or handover (加她微信, "contact him on
 * WhatsApp") or a named helper (老师, "Mrs X"); a firm's "contact us" is none.
 */
export function sendsToThirdPerson(c: CommentFact): boolean {
  return c.stages.includes('referral') || c.stages.includes('handover') || c.personas.length > 0;
}

/**
 * The referred helper works for an organisation that helps for free or teaches a public class (a nonprofit
 * counsellor, a social worker, legal aid, a library's or a community college's class, a quit-gambling
 * group's volunteer): the line is that organisation's helper, which readers do pass on to one another
 * (DOMAIN.md §5, false-alarm traps: counsellors, volunteers, teachers of a real class; a school's counselling
 * office, 輔導室; Taiwan's legal aid foundation, 法扶; a seniors' college or centre, 老年大学, 长者中心). Not a church or a
 * credit union, which a comment names as how it met the helper ("a friend from church brought me in"): the
 * way in of affinity fraud.
 */
const HELPING_ORG_RE =
  /\b(?:non-?profit|charity|library|community college|legal aid|social worker|citizens advice|housing counsell?or)\b|社工|社区大学|社區大學|社大|公益|慈善|图书馆|圖書館|法律援助|法援|法扶|义工|義工|志愿者|志願者|戒赌互助|戒賭互助|辅导室|輔導室|辅导老师|輔導老師|学生辅导中心|學生輔導中心|諮商中心|咨商中心|老年大学|老年大學|长者中心|長者中心|社区活动中心|社區活動中心|\bsenior (?:center|centre)\b|\bcommunity (?:center|centre)\b/iu;

/** `text` names such an organisation for the helper it speaks of. */
export function helpingOrg(text: string): boolean {
  return HELPING_ORG_RE.test(text);
}

/**
 * The comment an occurrence of a handle sits in, when a reader wrote it: not the site's own reply, not an
 * institution's line, not a comment that calls the offer out.
 */
export function readerComment(facts: PageFacts, o: HandleFact): CommentFact | undefined {
  const c = o.comment >= 0 ? facts.comments[o.comment] : undefined;
  // a dissenting comment is a warner's, unless it offers the writer's own line ("Don't pay that number… call or
  // text me directly"): what it dissents from is not the line it pushes
  // …or one that sends the reader on to someone's messaging account and accuses nobody ("先报警…但说实话…题主可以去问问
  // 周工，他的飞机"): the advice is the pusher's preamble
  const dissents =
    c?.stages.includes('dissent') === true &&
    !(o.writerLine === true && o.cta) &&
    !(o.cta && APP_CUES.has(o.kind) && c.stages.includes('referral') && !ACCUSES_RE.test(c.text));
  return c && !c.publisher && !o.institutional && !dissents ? c : undefined;
}

/**
 * Contacts handed over in a form only a reader can put together (`hidden` phrases), outside warnings and outside
 * comments that call the offer out ("那个助理的微信号开头是 lijs 后面一串数字……已经点了举报")
 */
export function hiddenPhrases(facts: PageFacts): PhraseFact[] {
  return facts.phrases.filter(
    (p) => p.lexicon === 'hidden' && !p.warned && !facts.comments[p.comment]?.stages.includes('dissent'),
  );
}

/** Suspect-candidate handles: listed, not all warned, not licensed, and pushed somewhere. */
export function pushedHandles(ctx: SignalContext): HandleGroup[] {
  return ctx.handles.filter((h) => h.listed && !h.warned && !h.licensed && !h.own && h.pushed.length > 0);
}

/** Bait this heavy beside a pushed handle makes the lead-gen box (8: strong promises and up). */
export const BOX_BAIT_WEIGHT = 8;

/** How many blocks apart two things may be and still sit in one box (a CTA box's lines). */
const NEAR_BLOCKS = 3;

/** Same comment; or, outside comments, the same box (a few blocks apart). */
export function near(a: { block: number; comment: number }, b: { block: number; comment: number }): boolean {
  if (a.comment >= 0 || b.comment >= 0) return a.comment === b.comment;
  return a.block >= 0 && b.block >= 0 && Math.abs(a.block - b.block) <= NEAR_BLOCKS;
}

const REGION_RANK: Region[] = ['cta', 'widget', 'comment', 'link', 'article', 'footer', 'sidebar', 'script', 'meta'];

/** The occurrence that best shows a handle being pushed. */
export function bestOccurrence(h: HandleGroup): HandleFact | undefined {
  const pool = h.pushed.length > 0 ? h.pushed : h.occurrences;
  return [...pool].sort((a, b) => REGION_RANK.indexOf(a.region) - REGION_RANK.indexOf(b.region))[0];
}

/** A capitalised word of three letters or more: a name's word. */
const NAME_WORD_RE = /^\p{Lu}\p{Ll}{2,}$/u;

/** A comment that accuses someone (a scam, fraud, fake, 骗, 托, 举报), not one that only advises calling the police. */
const ACCUSES_RE = /\b(?:scam(?:s|mer|mers)?|fraud(?:ster)?s?|fake)\b|骗|托儿|是托|举报/iu;

/**
 * The surname of an English named persona ("Mrs Evelyn Carter" → "carter"), lower-cased: the persona's last word,
 * a capitalised name ("Loan officer" at a sentence's start names nobody).
 */
export function surname(persona: string): string | undefined {
  const words = persona.split(/\s+/u);
  const last = words[words.length - 1];
  return last && NAME_WORD_RE.test(last) && /^[A-Za-z]+$/u.test(last) && persona.length > last.length
    ? last.toLowerCase()
    : undefined;
}

/** One helper named twice: the same persona, one named short ("Madam Ifeyinwa"), or two English named personas with one surname ("Ms. Marchetti"). */
export function samePersona(a: string, b: string): boolean {
  if (a === b) return true;
  // "Madam Ifeyinwa" is "Madam Ifeyinwa Okonkwo" named short
  if (a.startsWith(`${b} `) || b.startsWith(`${a} `)) return /\s/u.test(a) && /\s/u.test(b);
  const s = surname(a);
  return s !== undefined && s === surname(b);
}
