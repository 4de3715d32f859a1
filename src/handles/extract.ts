/**
 * Contact-handle extraction on one text block (a paragraph, a comment, a widget payload, an href).
 *
 * Works on normalized text (see ../text/normalize.ts) and reports positions in the ORIGINAL text.
 * Three layers:
 *   1. shapes that need no cue: links (wa.me, t.me, tg://, line.me), emails (also `(at)`, ` at `/` dot `,
 *      `[at]`/`[dot]`, spaced `@`/`.`), Chinese mobiles (+86/0086, 3-4-4 separators), 400/800 numbers,
 *      international numbers written with `+`;
 *   2. words near a contact cue (./cues.ts, ~40 chars after or 12 before): WeChat / Telegram / LINE /
 *      Signal IDs, QQ numbers, phone numbers without `+`, spoken digits (幺 两 洞 ...) and separators
 *      (spaces, dots, dashes, brackets, emoji) between a handle's characters;
 *   3. official numbers (./official-numbers.ts) and masked handles (`abc***`, `138****0000`, `××××`,
 *      `某某`) come back with `suspect: false` and a `why` key.
 * Regexes are built once at module load; per block the cost is a few regex scans, gated by cheap tests.
 */

import { HAN_RE } from '../lexicon/types';
import type { HandleKind } from '../report/types';
import { type Normalized, normalize, SPOKEN_DIGIT_CLASS, SPOKEN_DIGITS, toOriginal } from '../text/normalize';
import { Scanner } from '../text/scan';
import { EN_DIGIT_WORDS, hasContactCue } from './cue-look';
import { type Cue, type CueKind, findCues } from './cues';
import { isOfficialNumber } from './official-numbers';

export type { Cue, CueKind };
export { findCues, hasContactCue };

/** One handle occurrence in a text. Positions are in the ORIGINAL text. */
export interface HandleHit {
  kind: HandleKind;
  /** normalized value, as the report contract defines it */
  value: string;
  /** the text as written in the original, `source.slice(start, end)` */
  raw: string;
  start: number;
  end: number;
  /** false for official numbers and masked handles */
  suspect: boolean;
  /** message key (`why_...`) when not suspect */
  why?: string;
  /** the cue that made a cue-dependent word a handle (absent for links, emails, mobiles, `+` numbers) */
  cue?: CueKind;
  /**
   * the text tells the reader how to read this handle (typed backwards, as one word, joined from tags, or
   * "my WeChat is in the tags"): the poster hands it out
   */
  told?: boolean;
}

export interface ExtractOptions {
  /**
   * The text is known to be a contact slot (a copy widget's payload, a contact link's payload): no cue
   * needed. Ignored for text that looks like a URL or a path (scheme:, /, #, www.): links count by shape.
   */
  contactContext?: boolean;
  /** How far after a cue (normalized characters) a handle may start; default 40. */
  window?: number;
}

interface Hit {
  kind: HandleKind;
  value: string;
  s: number;
  e: number;
  suspect: boolean;
  why?: string;
  cue?: CueKind;
  /** found by a cue-independent shape (links, emails, phones) */
  global?: boolean;
  /** written backwards, as the poster says */
  reversed?: boolean;
  /** read from characters that stand for its digits (homophones): its digits are not written on the page */
  spelled?: boolean;
  /** put back together as the poster says, or pointed to in the tags */
  told?: boolean;
}

const WHY_OFFICIAL = 'why_official_number';
const WHY_MASKED = 'why_masked';
const WHY_GOV = 'why_government_address';
/**
 * A government's own mail domain (.gov, .gov.cn, .gov.hk, .gov.tw, .gov.uk, .gc.ca, .govt.nz, .mil): only
 * the state registers them, so an address there is an office's (a housing-fund centre's report box), never a
 * helper's private line.
 */
const GOV_DOMAIN = /(?:^|\.)(?:gov|govt|gouv|gob|mil)(?:\.[a-z]{2})?$|(?:^|\.)(?:gc\.ca|police\.uk)$/u;

// ---------------------------------------------------------------------------------------------
// Cue-independent shapes

/** wa.me/…, api.whatsapp.com/send?phone=…, whatsapp://send?phone=… (faq.whatsapp.com click-to-chat) */
const WA_LINK =
  /(?:wa\.me\/|(?:api|web)\.whatsapp\.com\/send\/?\?(?:[a-z_]+=[^&\s]*&)?phone=|whatsapp:\/\/send\/?\?phone=)(?:\+|%2B)?(\d{6,15})/giu;
/** t.me/name (also `t. me/ name`), telegram.me|dog/name, t.me/+hash, t.me/joinchat/hash (core.telegram.org/api/links) */
const TG_LINK =
  /(?<![A-Za-z0-9])(?:t ?\. ?me|telegram ?\. ?(?:me|dog)) ?\/ ?(?:s\/)?(\+|joinchat\/)?([A-Za-z0-9_-]{4,40})/giu;
/**
 * The rest of a spaced link's name: words up to an underscore set apart ("honey moon _ yield _ club"), or
 * words the text says are one ("honey moon (no spaces)"); a name then a sentence ("t . me / gold and more")
 * takes nothing
 */
const SPACED_NAME_REST =
  /(?:[ \t]+[A-Za-z0-9]+){0,4}(?:[ \t]*_[ \t]*[A-Za-z0-9]+){1,6}|(?:[ \t]+[A-Za-z0-9]+){1,4}(?=[ \t]*\(?(?:no spaces|as one word|all one word))/y;
const TG_RESOLVE = /tg:\/\/resolve\?domain=([A-Za-z0-9_]{4,32})/giu;
/** line.me/ti/p/~id, line.me/R/ti/p/@id (UNCONFIRMED forms, DOMAIN.md §2) */
const LINE_LINK = /line\.me\/(?:R\/)?ti\/p\/(?:~|@|%40)?([A-Za-z0-9_-](?:[A-Za-z0-9_-]|\.(?=[A-Za-z0-9_-])){2,39})/giu;
/** a QQ space's address carries its owner's QQ number (user.qzone.qq.com/284603915) */
const QZONE_LINK = /(?<![A-Za-z0-9])(?:user\.)?qzone\.qq\.com\/([1-9]\d{4,10})(?!\d)/giu;
const LINK_GATE = /me ?\/|whatsapp|tg:|qzone/iu;

// "carl . debtrelief @ gmail . com": a spaced dot inside the name, as in the domain
const EMAIL_LOCAL = '[A-Za-z0-9](?:[A-Za-z0-9_+\\-]|\\.(?=[A-Za-z0-9_+\\-])| \\. (?=[A-Za-z0-9])){0,63}';
// the optional spaces are factored out: alternatives that all start with ' ?' multiply the ways to read a space
// a bare @ with a space before it only is a mention ("Name @handle.bsky.social"), not an address
const EMAIL_AT = '(?:@ ?| @ | ?(?:[(\\[{] ?at ?[)\\]}]|艾特) ?| (?:at|AT) )';
const EMAIL_LABEL = '[A-Za-z0-9][A-Za-z0-9\\-]{0,62}';
const EMAIL_DOT = '(?: ?(?:[.点]|[(\\[{] ?dot ?[)\\]}]) ?| (?:dot|DOT) )';
const EMAIL = new RegExp(
  `(?<![\\p{Script=Latin}0-9_+.\\-@])(${EMAIL_LOCAL})(${EMAIL_AT})(${EMAIL_LABEL}(?:${EMAIL_DOT}${EMAIL_LABEL}){1,3})`,
  'gu',
);
const EMAIL_DOMAIN_PART = new RegExp(`(${EMAIL_LABEL})(${EMAIL_DOT})?`, 'gu');
/**
 * `name (at) gmail com`: a bare space for the dot, only after a spelled-out at and before a common top-level
 * domain (a separate pattern: a space in EMAIL_DOT made "a dot b" readable two ways).
 */
const SPACE_TLD_LIST = 'com|net|org|cn|co|uk|io|me|info|edu|gov|hk|tw';
const EMAIL_SPACED = new RegExp(
  `(?<![A-Za-z0-9_+.\\-@])([A-Za-z0-9][A-Za-z0-9_+.-]{0,63}) ?[([{] ?at ?[)\\]}] ?([A-Za-z0-9][A-Za-z0-9-]{0,62}) (${SPACE_TLD_LIST})(?![A-Za-z0-9])`,
  'giu',
);
/** the words set into an address against spam bots (the reader is to take them out): NOSPAM, REMOVETHIS */
const SPAM_TRAP_RE = /no[._-]?spam|remove[._-]?this|anti[._-]?spam/giu;
const EMAIL_GATE = /@| at | AT |\(at\)|\[at\]|\{at\}|艾特/u;
/**
 * The last label of an address's domain: a country's two letters, or a generic top-level domain of the common ones
 * (the legacy set, the reserved `example`, and the new ones sites and senders use): an "address" that ends in a
 * word ("Tyrell James" + "@tyrell.j.official", a name and a handle printed side by side) is none
 */
const TLDS = new Set(
  'com net org edu gov info biz name pro app dev page blog news community online site store shop top xyz club vip live email agency services finance money law legal group global media example test'.split(
    ' ',
  ),
);
const isTld = (label: string): boolean => /^[a-z]{2}$/iu.test(label) || TLDS.has(label.toLowerCase());
/** Top-level domains accepted after a bare space (`name (at) gmail com`). */
const SPACE_TLDS = new Set(SPACE_TLD_LIST.split('|'));

const MOBILE_PREFIX = '1(?:3\\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\\d|9[0-35-9])';
/** Chinese mobile, strict prefixes (any-rule, plus 19x), optional +86/0086, 3-4-4 with space or dash. */
const MOBILE = new RegExp(
  `(?<![0-9A-Za-z_+])(?:(\\+ ?|00)86[ \\-]?)?(${MOBILE_PREFIX})[ \\-]?(\\d{4})[ \\-]?(\\d{4})(?![0-9A-Za-z_])`,
  'gu',
);
const MOBILE_MASKED = /(?<![0-9A-Za-z_])1[3-9]\d{0,4}[*×●]{3,6}\d{0,4}(?![0-9A-Za-z_*×●])/gu;
/** 400 / 800 / 10800 service numbers (libphonenumber CN), separators allowed. */
const TOLL = /(?<![0-9A-Za-z_])(?:10)?[48]00(?:[ -]?\d){7}(?![0-9A-Za-z_])/gu;
/**
 * International number written with +: country code, optional (area), groups (also apart by a symbol or an
 * emoji: +1 ✦ 646 ✦ 555; the blocks named, not \p{Extended_Pictographic}, with which the ReDoS check scores
 * this pattern over its limit).
 */
const INTL =
  /(?<![0-9A-Za-z_+])\+ ?\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]| ?[•·\u2600-\u27bf\u2b00-\u2bff\u{1f300}-\u{1faff}] ?)?\d{1,14}(?:(?:[ .-]| ?[•·\u2600-\u27bf\u2b00-\u2bff\u{1f300}-\u{1faff}] ?)\d{1,6}){0,14}(?![0-9A-Za-z_])/gu;
const DIGIT = /\d/u;
/** the rest of a number after a word that says it follows ("+44 7700 then the 900 468", "and then 900 468") */
const THEN_GROUP_RE = /^,? (?:and )?(?:then|followed by)(?: the| by)? ((?:\d[ .-]?){2,9}\d)(?![0-9A-Za-z_])/iu;
const URLISH = /^\s*(?:[a-z][a-z0-9+.-]{0,30}:|\/|#|\.{1,2}\/|www\.)/iu;

// ---------------------------------------------------------------------------------------------
// Cue-dependent words

const ATOM = new RegExp(`[A-Za-z0-9_]+|[${SPOKEN_DIGIT_CLASS}]+`, 'gu');
const SPOKEN_RE = new RegExp(`[${SPOKEN_DIGIT_CLASS}]`, 'u');
/** Characters that may separate a handle's characters as a disguise. */
const SEP = /^[\s.\-\u2013\u2014·•*/|~丶【】《》[\]()「」『』〔〕<>\u2600-\u27bf⭐+=\p{Extended_Pictographic}]{1,3}$/u;
const SPACES = /^\s+$/u;
/** What may stand between a cue and a handle that follows it directly. */
const FILLER = /^[\s:=~>\-/|()“”"'‘’「」『』[\]【】「」是为号的帐账户码iIdD]{0,8}$/u;
const FILLER_MARK = /[:=：是为号]|id/iu;
const MASK_EDGE = /[*×●]{2}/u;
/** four x's in a row inside an id: letters masked the way a warning quotes a handle */
const X_MASK_RE = /[xX]{4}/u;
const MASK = /(?<![A-Za-z0-9_])(?:[A-Za-z0-9_]{1,20}[*×●]{2,8}[A-Za-z0-9_]{0,8}|[*×●]{3,8}[A-Za-z0-9_]{0,8}|某某)/gu;
const DATE_SEP = /^(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}$/u;
/** Words after a number that make it the start of numbers (以“0755-8832”开头, 打头): a prefix, no line. */
const LINE_START_AFTER = /^[”"』」’']?\s*(?:开头|開頭|打头|打頭)/u;
/** Words before a number that make it the start of numbers ("numbers starting with", "begins with"). */
const LINE_START_BEFORE = /\b(?:start(?:s|ing)?|begin(?:s|ning)?) with ?["“']?$/iu;
const DATE_8 = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/u;
/** a North American number written as one, area code in brackets: 1 (323) 555-0177, (323) 555-0177 */
const NANP = /(?<![\d+])(?:1[ .-]?)?\([2-9]\d{2}\)[ .-]?\d{3}[ .-]\d{4}(?!\d)/gu;
/** …or in slashes, as posters write it to slip past a platform's number filter: 775/555/0182 */
const NANP_SLASHED = /(?<![\d/.-])[2-9]\d{2} ?\/ ?[2-9]\d{2} ?\/ ?\d{4}(?![\d/.-])/gu;
const DATE_AHEAD = /^(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}|^\d{1,2}([-/])\d{1,2} \d{1,2}:\d{2}(?!\d)/u;
/** a month, a day and an hour ("11-25 10"), then the minutes (":20"): a time */
const DATE_HOUR_RE = /^\d{1,2}[-/.]\d{1,2} \d{1,2}$/u;
const CLOCK_AFTER_RE = /^[:：]\d{2}/u;
const DECIMAL = /^\d+\.\d{1,2}$/u;
/** the prefix of a platform's default user name, right before its number */
/** …or a firm's licence or registration number after its label (放债人牌照号码 0877/2026, "Licence no. 123456") */
const SITE_LICENCE =
  /(?:ICP备|ICP证|公网安备|网安备|备案号|牌照(?:号码|号)?|执照(?:号码|号)?|执业证号|证书编号|注册号|登记号|licen[cs]e (?:no\.?|number|#)|registration (?:no\.?|number))[:：\s]{0,2}$/iu;
/**
 * …or a value-added telecom licence (粤B2-20170322, 京ICP证 B2 licences on every app's footer): a province's
 * short name, B1 or B2, and eight digits
 */
const TELECOM_LICENCE = /^B[12]-?\d{8}$/iu;
const PROVINCE_BEFORE = /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台]$/u;
/** a span of years (© 1998 - 2026): no handle */
const YEAR_RANGE = /^(?:19|20)\d{2} ?[-–—~] ?(?:19|20)\d{2}$/u;
const DEFAULT_NAME = /(?:用户|网友|游客|(?<![a-z])user_?)$/iu;
const MOBILE_DIGITS = new RegExp(`^(?:86)?${MOBILE_PREFIX}\\d{8}$`, 'u');

const WECHAT_ID = /^[a-z][-_a-z0-9]{5,19}$/iu;
const TELEGRAM_ID = /^[a-z][a-z0-9_]{3,30}[a-z0-9]$/iu;
/** what a LINE id can be (4 to 20: letters, digits, . _ -) */
export const LINE_ID = /^[a-z0-9][a-z0-9._-]{3,19}$/iu;
/** an id of words joined by one or two dots (meiling.wang886), each part of three characters or more */
const DOTTED_WORDS_RE = /^[a-z0-9_-]{3,16}(?:\.[a-z0-9_-]{3,16}){1,2}$/iu;
/** a web address's end (v2ex.com, shop.tw): a dotted name that is a site, not an id */
const WEB_END_RE = /\.(?:com|net|org|cn|tw|hk|io|me|co|cc|top|xyz|info|app|gov|edu)$/iu;
const SIGNAL_ID = /^[a-z_][a-z0-9_]{2,31}\.\d{2,}$/iu;
const QQ_NUMBER = /^[1-9]\d{4,10}$/u;
const HAS_DIGIT_OR_UNDERSCORE = /[\d_]/u;

interface Atom {
  s: number;
  e: number;
  spoken: boolean;
  digits: boolean;
}

/** Chinese numerals that end a WeChat id after its letters (bx五二零六一九): at least this many */
const SPOKEN_TAIL_MIN = 3;
/** …and this many when a space stands between the letters and the numerals */
const SPOKEN_APART_TAIL_MIN = 4;

function digitsOf(s: string): string {
  let out = '';
  for (const c of s) {
    if (c >= '0' && c <= '9') out += c;
    else {
      const d = SPOKEN_DIGITS[c];
      if (d) out += d;
    }
  }
  return out;
}

function add(hits: Hit[], h: Hit): void {
  hits.push(h);
}

// ---------------------------------------------------------------------------------------------

function linkHits(text: string, hits: Hit[]): void {
  if (!LINK_GATE.test(text)) return;
  for (const m of text.matchAll(WA_LINK)) {
    const s = m.index ?? 0;
    add(hits, { kind: 'whatsapp', value: m[1] ?? '', s, e: s + m[0].length, suspect: true, global: true });
  }
  for (const m of text.matchAll(TG_LINK)) {
    const s = m.index ?? 0;
    let e = s + m[0].length;
    let name = (m[2] ?? '').toLowerCase();
    // a link spaced out so the platform shows none ("t . me / honey moon _ yield _ club"): its name is spaced too
    if (!m[1] && m[0].includes(' ')) {
      SPACED_NAME_REST.lastIndex = e;
      const rest = SPACED_NAME_REST.exec(text);
      const whole = rest && `${name}${rest[0].replace(/[ \t]+/gu, '')}`.toLowerCase();
      if (rest && whole && TELEGRAM_ID.test(whole)) {
        name = whole;
        e += rest[0].length;
      }
    }
    const value = m[1] ? `+${name}` : name;
    if (!m[1] && !TELEGRAM_ID.test(name) && name.length < 5) continue;
    add(hits, { kind: 'telegram', value, s, e, suspect: true, global: true });
  }
  for (const m of text.matchAll(TG_RESOLVE)) {
    const s = m.index ?? 0;
    add(hits, {
      kind: 'telegram',
      value: (m[1] ?? '').toLowerCase(),
      s,
      e: s + m[0].length,
      suspect: true,
      global: true,
    });
  }
  for (const m of text.matchAll(QZONE_LINK)) {
    const s = m.index ?? 0;
    add(hits, { kind: 'qq', value: m[1] ?? '', s, e: s + m[0].length, suspect: true, global: true });
  }
  for (const m of text.matchAll(LINE_LINK)) {
    const s = m.index ?? 0;
    add(hits, { kind: 'line', value: (m[1] ?? '').toLowerCase(), s, e: s + m[0].length, suspect: true, global: true });
  }
}

/** "zs_weiquan#126.com（#换成@）", "replace # with @": the poster says which sign stands for the @ */
const AT_SWAP = /([#&*])(?: ?[换改]成 ?| ?= ?| with )@/u;

/** an app's name where an address's local part would stand */
const APP_LOCAL_RE = /^(?:line|wechat|telegram|whatsapp|signal|tg|wx|vx|qq)$/iu;
/** the local part of an address written as a placeholder: name, your.name, username, email, someone */
const PLACEHOLDER_LOCAL_RE =
  /^(?:(?:your|my|first|last|full|user|sur)[._-]?)?name$|^(?:e-?mail|user|someone|somebody|example|me|you)$/iu;

function emailHits(text: string, hits: Hit[]): void {
  if (!EMAIL_GATE.test(text)) return;
  const c = AT_SWAP.exec(text)?.[1];
  if (c) {
    const swapped: Hit[] = [];
    emailHits(text.replaceAll(c, '@'), swapped);
    for (const h of swapped) if (text.slice(h.s, h.e).includes(c)) hits.push({ ...h, told: true });
  }
  // exec loop, not matchAll: a rejected or trimmed candidate must not swallow the text after its @
  // ("Telegram @name or email x (at) gmail . com" first reads "Telegram @name or email x")
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
    const s = m.index;
    EMAIL.lastIndex = s + (m[1] ?? '').length + (m[2] ?? '').length;
    const local = m[1] ?? '';
    const at = m[2] ?? '';
    const domain = m[3] ?? '';
    const atSymbol = at.trim() === '@';
    const atPlainWord = !atSymbol && /^ (?:at|AT) $/u.test(at);
    const labels: string[] = [];
    let spelledDot = false;
    let used = 0;
    let pendingSep: string | undefined;
    for (const p of domain.matchAll(EMAIL_DOMAIN_PART)) {
      const label = p[1] ?? '';
      if (pendingSep !== undefined) {
        const sep = pendingSep;
        if (sep === ' ') {
          // a bare space stands for a dot only after a spelled-out at, before a known top-level domain
          if (atSymbol || !SPACE_TLDS.has(label.toLowerCase())) break;
          labels.push(label);
          used = (p.index ?? 0) + label.length;
          break;
        }
        if (sep === '. ') break; // a sentence ends: "x@mail.com. He ..."
        if (sep.trim() !== '.') spelledDot = true;
      }
      labels.push(label);
      used = (p.index ?? 0) + label.length;
      pendingSep = p[2];
      if (pendingSep === undefined) break;
    }
    while (labels.length >= 2 && !isTld(labels[labels.length - 1] ?? '')) labels.pop();
    if (labels.length < 2) continue;
    if (atPlainWord && !spelledDot) continue; // "look at google.com" is not an address
    // recompute the end after dropping trailing labels
    let end = 0;
    {
      let k = 0;
      for (const p of domain.matchAll(EMAIL_DOMAIN_PART)) {
        k++;
        if (k === labels.length) {
          end = (p.index ?? 0) + (p[1] ?? '').length;
          break;
        }
      }
      if (end === 0) end = used;
    }
    let value = `${local.replaceAll(' . ', '.')}@${labels.join('.')}`.toLowerCase();
    const e = s + local.length + at.length + end;
    EMAIL.lastIndex = e;
    // a placeholder for an address, not one ("same name at outlook dot com", "yourname@gmail.com")
    if (PLACEHOLDER_LOCAL_RE.test(local)) continue;
    // an app's name before a spaced @ and an id ("LINE @ liao.gu 〇八一六"): the app and its id, no address
    if (!/^@$/u.test(at) && APP_LOCAL_RE.test(local)) continue;
    // an address with an anti-spam word set in ("x.yNOSPAM@outlook.com, take the NOSPAM out"): the reader takes it out
    const unspammed = value
      .replace(SPAM_TRAP_RE, '')
      .replace(/\.{2,}/gu, '.')
      .replace(/\.@|@\./gu, '@')
      .replace(/^[._-]+/u, '');
    const told = unspammed !== value && /^[a-z0-9]/u.test(unspammed) && unspammed.indexOf('@') > 0;
    if (told) value = unspammed;
    const dom = value.slice(value.indexOf('@') + 1);
    if (GOV_DOMAIN.test(dom)) add(hits, { kind: 'email', value, s, e, suspect: false, why: WHY_GOV, global: true });
    else add(hits, { kind: 'email', value, s, e, suspect: true, global: true, ...(told ? { told } : {}) });
    if ((dom === 'qq.com' || dom === 'vip.qq.com') && QQ_NUMBER.test(local)) {
      add(hits, { kind: 'qq', value: local, s, e: s + local.length, suspect: true, global: true });
    }
  }
  for (const m of text.matchAll(EMAIL_SPACED)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    if (hits.some((h) => h.kind === 'email' && h.s < e && s < h.e)) continue;
    const value = `${m[1]}@${m[2]}.${m[3]}`.toLowerCase();
    add(hits, { kind: 'email', value, s, e, suspect: true, global: true });
  }
}

/** A phone number read by its shape: official when it is on the list of official numbers. */
function numberHit(value: string, s: number, e: number): Hit {
  const official = isOfficialNumber(value);
  return { kind: 'phone', value, s, e, suspect: !official, ...(official ? { why: WHY_OFFICIAL } : {}), global: true };
}

function phoneHits(text: string, hits: Hit[]): void {
  for (const m of text.matchAll(MOBILE)) {
    const s = m.index ?? 0;
    const cc = m[1] !== undefined ? '86' : '';
    const value = cc + (m[2] ?? '') + (m[3] ?? '') + (m[4] ?? '');
    add(hits, { kind: 'phone', value, s, e: s + m[0].length, suspect: true, global: true });
  }
  if (text.includes('*') || text.includes('×') || text.includes('●')) {
    for (const m of text.matchAll(MOBILE_MASKED)) {
      if (m[0].length !== 11) continue;
      const s = m.index ?? 0;
      add(hits, { kind: 'phone', value: m[0], s, e: s + 11, suspect: false, why: WHY_MASKED, global: true });
    }
  }
  for (const m of text.matchAll(TOLL)) {
    const s = m.index ?? 0;
    add(hits, numberHit(digitsOf(m[0]), s, s + m[0].length));
  }
  if (text.includes('+')) {
    for (const m of text.matchAll(INTL)) {
      const s = m.index ?? 0;
      let raw = m[0];
      let digits = digitsOf(raw);
      // a following unrelated number joined by a space: drop trailing groups until the length fits
      while (digits.length > 15) {
        const cut = Math.max(raw.lastIndexOf(' '), raw.lastIndexOf('.'), raw.lastIndexOf('-'));
        if (cut <= 1) break;
        raw = raw.slice(0, cut);
        digits = digitsOf(raw);
      }
      // the rest after a word that joins it ("the +44 7700 then the 900 468"): too short alone, one number with it
      const then = digits.length < 8 ? THEN_GROUP_RE.exec(text.slice(s + raw.length)) : null;
      if (then) {
        const whole = digits + digitsOf(then[1] ?? '');
        if (whole.length >= 8 && whole.length <= 15) add(hits, numberHit(whole, s, s + raw.length + then[0].length));
        continue;
      }
      if (digits.length < 8 || digits.length > 15) continue;
      add(hits, numberHit(digits, s, s + raw.length));
    }
  }
  if (text.includes('/')) {
    for (const m of text.matchAll(NANP_SLASHED)) {
      const s = m.index ?? 0;
      add(hits, numberHit(digitsOf(m[0]), s, s + m[0].length));
    }
  }
  if (text.includes('(')) {
    for (const m of text.matchAll(NANP)) {
      const s = m.index ?? 0;
      // inside an international number already read (+1 (323) 555-0177)
      if (hits.some((h) => h.s < s + m[0].length && s < h.e)) continue;
      add(hits, numberHit(digitsOf(m[0]), s, s + m[0].length));
    }
  }
}

// ---------------------------------------------------------------------------------------------

function atomsOf(text: string, cues: Cue[]): Atom[] {
  const atoms: Atom[] = [];
  let ci = 0;
  for (const m of text.matchAll(ATOM)) {
    let s = m.index ?? 0;
    const e = s + m[0].length;
    // cut off a cue word the atom starts with (QQ12345678, wechat:..)
    while (ci < cues.length && (cues[ci]?.end ?? 0) <= s) ci++;
    for (let k = ci; k < cues.length; k++) {
      const c = cues[k];
      if (!c || c.start >= e) break;
      if (c.start <= s && c.end > s) s = c.end;
    }
    if (s >= e) continue;
    const first = text.charCodeAt(s);
    const spoken = !(first < 0x80);
    let digits = spoken;
    if (!spoken) {
      digits = true;
      for (let k = s; k < e; k++) {
        const c = text.charCodeAt(k);
        if (c < 48 || c > 57) {
          digits = false;
          break;
        }
      }
    }
    atoms.push({ s, e, spoken, digits });
  }
  return atoms;
}

interface Group {
  atoms: Atom[];
  gaps: string[];
  s: number;
  e: number;
  at: boolean;
  /** the @ stands a space apart ("@ nolan"): an id only where an app is named for it */
  atSpaced?: boolean;
  /** joined because the writer said the pieces are one ("all one word", 中间没空格) */
  told?: boolean;
}

/** Between two pieces typed apart: spaces, or a dot or dash spaced like them ("k e n . d a i 1 6 8"). */
const APART_GAP_RE = /^(?:\s+| [.-] )$/u;

/** How many pieces of one or two characters, typed apart, make one handle (xy s 8 7 7 5). */
const APART_MIN_PIECES = 4;

/** The last piece of a handle typed apart may be longer (xy s 8775, l z c j_0817). */
const APART_TAIL_MAX = 8;

/**
 * Atoms in a run of at least four pieces typed apart, with only spaces between them: pieces of one or two
 * characters each (two of them single), the last one up to eight.
 */
function apartRuns(text: string, atoms: Atom[]): Uint8Array {
  const apart = new Uint8Array(atoms.length);
  const len = (k: number) => {
    const a = atoms[k] as Atom;
    return a.e - a.s;
  };
  const spaced = (k: number) => {
    const a = atoms[k - 1] as Atom;
    const b = atoms[k] as Atom;
    return b.s - a.e <= 3 && APART_GAP_RE.test(text.slice(a.e, b.s));
  };
  let k = 0;
  while (k < atoms.length) {
    // (a sentence's short word before the pieces is no piece: "text at 4 0 4 · 5 5 5 …")
    if (len(k) > 2 || LEAD_WORD_RE.test(text.slice((atoms[k] as Atom).s, (atoms[k] as Atom).e))) {
      k++;
      continue;
    }
    let j = k + 1;
    while (j < atoms.length && len(j) <= 2 && spaced(j)) j++;
    // the run of short pieces [k, j) may take one longer piece as its tail (not a name after a number typed
    // apart: "9 4 7 1 2 8 6 3 Sammy")
    let digitsOnly = true;
    for (let i = k; i < j && digitsOnly; i++) digitsOnly = (atoms[i] as Atom).digits;
    const tail =
      j < atoms.length &&
      j - k >= APART_MIN_PIECES - 1 &&
      len(j) <= APART_TAIL_MAX &&
      spaced(j) &&
      (!digitsOnly || (atoms[j] as Atom).digits);
    const end = tail ? j + 1 : j;
    // typed apart means single characters among the pieces: "me in 72 hours" is words
    let singles = 0;
    for (let i = k; i < j; i++) if (len(i) === 1) singles++;
    if (end - k >= APART_MIN_PIECES && singles >= 2) apart.fill(1, k, end);
    k = j;
  }
  return apart;
}

/**
 * The poster's word right after a handle typed in pieces that the pieces are one ("tang fw 0618（中间空格去掉）",
 * "wang . lawyer 168（點點中間不用空格）",
 * "wang . loan 88（打的时候没有空白）", "hong_zh 777 (去空白)", "viv 9208（空格拿掉）", "gao hx 0817 ，中间没空格"; in English, "username is
 * pledgeback_rosa . 27 (no spaces)" leaves no telling words from pieces, so only the Chinese words count)
 */
const JOIN_AFTER_RE =
  /^[\s（(，,]{0,3}(?:中间|打的时候|输入时|加的时候|搜的时候)?的?(?:没有|没|不用|不要|去掉|去|拿掉|删掉)?(?:空格|空白)/u;
/** "g l s 6682 v i p（连起来，备注律师）": the pieces put together, said so */
const JOIN_TOGETHER_RE = /^[\s（(，,]{0,3}(?:连起来|连在一起|合起来|拼起来|连着打|连着写)/u;
/** "（點點中間不用空格）": the dots named before the words (read apart: one more choice in JOIN_AFTER_RE blows up its check) */
const DOTS_FIRST_RE = /^([\s（(，,]{0,3})点点/u;
/**
 * …and in English ("Telegram: kestrel otc 77 (no spaces)"), where only the pieces right after an app's name or
 * "username is" are the handle's: words before them are the sentence's
 */
const JOIN_AFTER_EN_RE = /^[,;]? ?\(?(?:no spaces|all one word|as one word)/iu;
const JOIN_LEAD_EN_RE =
  /(?:telegram|signal|whatsapp|wechat|line|username|handle|tg)(?: is| id| at| it's| it is)?[:,]? $/iu;
/** an @ right before the first piece ("@ marcus _ bell _ relief (no spaces)") */
const AT_LEAD_RE = /@ ?$/u;
/** a sentence's word after the app's name ("on telegram at …"), no piece of the handle */
const LEAD_WORD_RE = /^(?:at|on|is|as|me|my|her|his|him|the|and|or|via|to)$/iu;
/** a pronoun right before "as one word" stands for the handle given after it */
const PRONOUN_RE = /^(?:it|them|this|that)$/iu;
/** …or that the dots between them go ("zhang . debt 168（點拿掉）"): the pieces are one, without the dots */
const JOIN_DOT_RE = /^[\s（(]{0,3}(?:[点.](?:拿掉|去掉|删掉|不要)|(?:去掉|拿掉|删掉)(?:中间的?)?[点.])/u;
/** a word of any of them, before they are looked for */
const JOIN_GATE_RE = /[空点连合拼]|one word|no spaces/iu;
/** how many pieces before such a word it joins, at most */
const JOIN_AFTER_PIECES = 4;

/** Atoms the poster says, right after them, are one handle typed apart (`JOIN_AFTER_RE`). */
function toldJoined(text: string, atoms: Atom[]): Uint8Array | undefined {
  let told: Uint8Array | undefined;
  for (let k = 1; k < atoms.length; k++) {
    const a = atoms[k] as Atom;
    const after = text.slice(a.e, a.e + 16).replace(DOTS_FIRST_RE, '$1');
    // ("search it as one word: …": the instruction's own words, the handle after them)
    const english = JOIN_AFTER_EN_RE.test(after) && !PRONOUN_RE.test(text.slice(a.s, a.e));
    const dots = !english && JOIN_DOT_RE.test(after);
    if (!english && !dots && !JOIN_AFTER_RE.test(after) && !JOIN_TOGETHER_RE.test(after)) continue;
    let j = k;
    // (an underscore typed apart is a piece of its own that does not count: "@ marcus _ bell _ relief")
    let pieces = 1;
    while (j > 0 && pieces < JOIN_AFTER_PIECES) {
      const p = atoms[j - 1] as Atom;
      const gap = text.slice(p.e, (atoms[j] as Atom).s);
      if (p.spoken || !APART_GAP_RE.test(gap) || gap.length > 3) break;
      j--;
      if (text.slice(p.s, p.e) !== '_') pieces++;
    }
    if (j === k) continue;
    // in English, from the first piece right after the app's name ("on telegram at rosa desk 27": rosa)
    if (english) {
      const lead = (i: number) => {
        const s = (atoms[i] as Atom).s;
        return (
          JOIN_LEAD_EN_RE.test(text.slice(Math.max(0, s - 16), s)) || AT_LEAD_RE.test(text.slice(Math.max(0, s - 2), s))
        );
      };
      const word = (i: number) => LEAD_WORD_RE.test(text.slice((atoms[i] as Atom).s, (atoms[i] as Atom).e));
      while (j < k && (!lead(j) || word(j))) j++;
      if (j === k) continue;
    }
    told ??= new Uint8Array(atoms.length);
    // 2: the dots between them go too
    told.fill(dots ? 2 : 1, j, k + 1);
  }
  return told;
}

function groupsOf(text: string, atoms: Atom[]): Group[] {
  const groups: Group[] = [];
  let cur: Group | undefined;
  const apart = apartRuns(text, atoms);
  const told = JOIN_GATE_RE.test(text) ? toldJoined(text, atoms) : undefined;
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k] as Atom;
    if (cur) {
      const prev = cur.atoms[cur.atoms.length - 1] as Atom;
      const gap = text.slice(prev.e, a.s);
      const next = atoms[k + 1];
      const spacedOn = next?.digits === true && next.e - next.s === 1 && SPACES.test(text.slice(a.e, next.s));
      // a date never runs into the number before it or the time after it ("QQ 12345678 2025-6-3 22:14", a BBS
      // push's "賴 w u b a o 7 7 t w 12/08 21:33"), also
      // after a closing bracket (a signature's "(咨询+v qiuge_xs1209)2025-09-22 23:41")
      const dated =
        /[\s)）\]】」』]/u.test(gap) &&
        (DATE_AHEAD.test(text.slice(a.s, a.s + 12)) || DATE_SEP.test(text.slice(cur.s, prev.e)));
      const toldPair = (told?.[k] ?? 0) > 0 && (told?.[k - 1] ?? 0) > 0;
      if (
        !dated &&
        ((apart[k] === 1 && apart[k - 1] === 1 && APART_GAP_RE.test(gap)) ||
          toldPair ||
          joinable(gap, prev, a, spacedOn, text.slice(prev.s, prev.e), text.slice(a.s, a.e)))
      ) {
        if (toldPair) cur.told = true;
        cur.atoms.push(a);
        cur.gaps.push(told?.[k] === 2 && told[k - 1] === 2 ? gap.replace(/\./gu, ' ') : gap);
        cur.e = a.e;
        continue;
      }
      groups.push(cur);
    }
    // an @ right before it, or one space before it ("Telegram: @ nolan trace cfi (no spaces)")
    const mark = text[a.s - 1] === '@' ? 1 : text[a.s - 1] === ' ' && text[a.s - 2] === '@' ? 2 : 0;
    const at = mark > 0 && !(a.s > mark && /[A-Za-z0-9_.]/u.test(text[a.s - mark - 1] ?? ''));
    cur = {
      atoms: [a],
      gaps: [],
      s: at ? a.s - mark : a.s,
      e: a.e,
      at,
      ...(at && mark === 2 ? { atSpaced: true } : {}),
    };
  }
  if (cur) groups.push(cur);
  return groups;
}

/**
 * `spacedOn`: the atom after `b` is one more digit typed apart (so `b` is not a lone number); `aText`, `bText`:
 * `a` and `b` as written.
 */
function joinable(gap: string, a: Atom, b: Atom, spacedOn = false, aText = '', bText = ''): boolean {
  // 138幺三八 mixes; bx五二零六一九 writes an id's digits in Chinese numerals after its letters
  if (gap.length === 0)
    return (
      (a.spoken !== b.spoken && a.digits && b.digits) ||
      (!a.spoken && !a.digits && b.spoken && b.e - b.s >= SPOKEN_TAIL_MIN)
    );
  // a full stop for the dot of an id ("加賴：chen。pl2288"): letters before it and a number after, no sentence's end
  if (gap === '。') return !a.spoken && !a.digits && !b.spoken && !b.digits && /\d/u.test(bText);
  // …also a space apart, when the numerals are a number's worth ("賴：kevin.zj 零八三一")
  if (gap === ' ' && !a.spoken && !a.digits && b.spoken && b.e - b.s >= SPOKEN_APART_TAIL_MIN)
    return !LEAD_WORD_RE.test(aText);
  if (!SEP.test(gap)) return false;
  if (gap.includes('**')) return false; // a mask, not a separator
  if (gap === ' . ' && b.digits) return true; // an id spaced around its dot: "name . 27"
  // a name in brackets after a number ("94712863（Sammy）") says whose it is
  if (a.digits && !b.digits && /[(（]/u.test(gap)) return false;
  if (SPACES.test(gap) || /\s/u.test(gap)) {
    if (a.digits && b.digits) return true;
    if (!SPACES.test(gap)) return false;
    // spelled out one character at a time (x y s 8 7 7 5), or digits typed apart after an ID (jk_laoshi 5 2 0 8),
    // not after a sentence's word ("text him at 4 0 4 5 5 5 …": the number alone)
    return (
      (a.e - a.s === 1 && b.e - b.s === 1) || (b.digits && b.e - b.s === 1 && spacedOn && !LEAD_WORD_RE.test(aText))
    );
  }
  return true;
}

function groupText(text: string, g: Group, keep: string): string {
  let out = '';
  for (let i = 0; i < g.atoms.length; i++) {
    const a = g.atoms[i] as Atom;
    if (i > 0) {
      const written = (g.gaps[i - 1] ?? '').trim();
      const gap = written === '。' ? '.' : written;
      if (gap.length === 1 && keep.includes(gap)) out += gap;
    }
    out += text.slice(a.s, a.e);
  }
  return out;
}

/**
 * English digit words (seven seven five / 555 / oh one eight two): a number spelled past a platform's filter;
 * "double oh", "triple five" say a digit twice or three times, "plus" the plus of a country code; an area
 * code may stand in parentheses ("(seven zero four) five five five…").
 */
const EN_DIGIT: Record<string, string> = { o: '0', double: '', triple: '', plus: '' };
for (const [k, w] of EN_DIGIT_WORDS.split('|').entries()) EN_DIGIT[w] = String(Math.max(0, k - 1));
const EN_DIGIT_WORD = `(?:${EN_DIGIT_WORDS}|double|triple|plus)`;
const SPELLED_EN_NUMBER = new RegExp(
  `(?<![A-Za-z0-9])\\(?(?:${EN_DIGIT_WORD}|\\d{1,4})(?:[ ,/.()\\-]{1,3}(?:${EN_DIGIT_WORD}|o|\\d{1,4})){4,14}(?![A-Za-z0-9])`,
  'giu',
);
const EN_DIGIT_GATE = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine)\b/iu;
/** the same test, run only where a digit word can start (every block is asked; `\b` under unicode ignore case is slow in V8) */
const EN_DIGIT_GATE_SCAN = new Scanner(EN_DIGIT_GATE);
/** the poster tells that the number is disguised ("the app hides numbers so here it is broken up") */
const NUMBER_HIDDEN_RE =
  /\b(?:hides?|blocks?|removes?|deletes?|bans?) (?:phone )?numbers\b|\b(?:broken|split) up\b|\bspelled out\b|\bin words\b/iu;
/** at least this many digits in words: a few are how people write, this many is a disguise */
const MIN_SPELLED_WORDS = 3;

/** A number spelled in English words (mixed with digit groups), right after a contact cue. */
function spelledHits(text: string, cues: Cue[], hits: Hit[], W: number): void {
  if (!EN_DIGIT_GATE_SCAN.test(text)) return;
  for (const m of text.matchAll(SPELLED_EN_NUMBER)) {
    const s = m.index ?? 0;
    let digits = '';
    let words = 0;
    let prev = '';
    for (const part of m[0].toLowerCase().split(/[ ,/.()-]+/u)) {
      const d = EN_DIGIT[part];
      if (d) words++;
      digits += (d ?? part).repeat(prev === 'double' ? 2 : prev === 'triple' ? 3 : 1);
      prev = part;
    }
    if (words < MIN_SPELLED_WORDS || digits.length < 7 || digits.length > 15) continue;
    // a cue before it or right after it ("…four six three. Ring or text him"), or the poster saying the
    // number is written so to get past the platform
    if (
      !nearestBefore(cues, s, W, isAny) &&
      !nearestAfter(cues, s + m[0].length, AFTER_WINDOW, isApp) &&
      !NUMBER_HIDDEN_RE.test(text)
    )
      continue;
    add(hits, {
      kind: 'phone',
      value: digits,
      s,
      e: s + m[0].length,
      suspect: !isOfficialNumber(digits),
      global: true,
    });
  }
}

/** The index of the first cue (sorted by start) that starts at or after `pos`. */
function firstCueFrom(cues: Cue[], pos: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cues[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function nearestBefore(cues: Cue[], pos: number, window: number, pred: (c: Cue) => boolean): Cue | undefined {
  // cues sorted by start; scan backwards from the last cue starting before pos
  const lo = firstCueFrom(cues, pos);
  for (let k = lo - 1; k >= 0; k--) {
    const c = cues[k] as Cue;
    if (pos - c.end > window + 20) break;
    if (c.end <= pos && pos - c.end <= window && pred(c)) return c;
  }
  return undefined;
}

function nearestAfter(cues: Cue[], pos: number, window: number, pred: (c: Cue) => boolean): Cue | undefined {
  const lo = firstCueFrom(cues, pos);
  for (let k = lo; k < cues.length; k++) {
    const c = cues[k] as Cue;
    if (c.start - pos > window) break;
    if (pred(c)) return c;
  }
  return undefined;
}

/** every cue but a bare call to action names an app (or a phone, an email, 同号) */
const isApp = (c: Cue): boolean => c.kind !== 'cta';
/** a word for a number that names no app ("號碼係", "the number is"): the app named before it in the sentence says whose */
const SENTENCE_END = /[.!?。！？\n]/u;

/**
 * The app a number belongs to when the cue right before it is only a word for a number: a WhatsApp named
 * further back in the same sentence (80 characters, no other app between: "你 WhatsApp 搵 Miss Cheung，記得前面加
 * 852，號碼係 九六三八 七一二五"); else the cue itself
 */
function ownerOf(text: string, cues: Cue[], cue: Cue | undefined, W: number): Cue | undefined {
  if (cue?.kind !== 'phone') return cue;
  const far = nearestBefore(cues, cue.start, 2 * W, (c) => c.kind !== 'cta' && c.kind !== 'email');
  // "WhatsApp or text: …", "WhatsApp/电话": the number is the WhatsApp named first
  if (far?.kind === 'whatsapp' && APP_OR_RE.test(text.slice(far.end, cue.start))) return far;
  if (!BARE_NUMBER_CUE.test(text.slice(cue.start, cue.end))) return cue;
  // "WhatsApp … number", 加我扣扣，号码上面有: the number of the app named first (a QQ is a number too)
  if ((far?.kind === 'whatsapp' || far?.kind === 'qq') && !SENTENCE_END.test(text.slice(far.end, cue.start)))
    return far;
  return whatsappNamedEarlier(text, cues, cue.start) ?? cue;
}

/** a cue that names a number, not a way to use it: 号码, 联系方式, "his number is", "the forum blocks numbers" */
const BARE_NUMBER_CUE = /^(?:号码|联系方式|直接打|(?:my|his|her|our|their) (?:#|number)|.* (?:phone )?numbers)$/iu;
/** how far back in the block a WhatsApp named in an earlier sentence still types a number */
const EARLIER_APP_BACK = 240;

/**
 * "Message Mr. Ashcombe directly on WhatsApp, he handles everything. His number is +1 …", "You message his
 * assistant on W.h.a.t.s.A.p.p and she adds you … +1 212 …": a WhatsApp named sentences before the number, with
 * no other way to reach anyone (another app, a call or a text) named between, is where the number goes
 */
function whatsappNamedEarlier(text: string, cues: Cue[], pos: number): Cue | undefined {
  const lo = firstCueFrom(cues, pos);
  for (let k = lo - 1; k >= 0; k--) {
    const c = cues[k] as Cue;
    if (c.end > pos) continue;
    if (pos - c.end > EARLIER_APP_BACK) return undefined;
    if (c.kind === 'whatsapp') return c;
    if (c.kind === 'cta' || c.kind === 'email') continue;
    if (c.kind === 'phone' && BARE_NUMBER_CUE.test(text.slice(c.start, c.end))) continue;
    return undefined;
  }
  return undefined;
}
/** between two ways to reach one number: "or", a slash, 或 */
const APP_OR_RE = /^\s?(?:or|\/|或者?)\s?$/iu;
const isAny = (): boolean => true;
const AFTER_WINDOW = 12;

/** a stub of two to five Latin letters, too short for a WeChat ID alone, and the digits that end it */
const LETTER_STUB_RE = /^[A-Za-z]{2,5}$/u;
const ID_WORD_RE = /^id$/iu;
const STUB_DIGITS_RE = /^\d{3,12}$/u;
/**
 * Letters that are an ID by themselves (six to eight: a pinyin name and initials, "zhoujl") join only a
 * short number (three to six digits, written or spoken: "zhoujl 六六八九"), never a phone ("wangming
 * 13812345678") nor an amount ("100元")
 */
const LONG_STUB_RE = /^[A-Za-z]{6,8}$/u;
const SHORT_DIGITS_RE = /^[\d\p{Script=Han}]{3,6}$/u;
const AMOUNT_AFTER_RE = /^[元块万千百个年月日天岁%]/u;
const STUB_GAP_RE = /^ {1,2}$/u;
/** …or the rest of the ID after a word that joins them ("wjg 接 zl2088", "abc + 123") */
const STUB_JOIN_RE = /^ ?(?:接|连|加上|\+) ?$/u;
const STUB_REST_RE = /^(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{3,16}$/u;
const isWeChatCue = (c: Cue): boolean => c.kind === 'wechat' || c.kind === 'same_number';
const isWeChatOrCta = (c: Cue): boolean => isWeChatCue(c) || c.kind === 'cta';
/** apps whose IDs are letters and digits, typed apart after their cue (薇/V, 賴/LINE) */
const isIdAppCue = (c: Cue): boolean => isWeChatCue(c) || c.kind === 'line';
/** "加" right before the letters ("直接加 yang 0928 tw"): the ID to add, whatever app */
const ADD_CUE_RE = /^加$/u;
function addedRightAfter(text: string, cues: Cue[], s: number): boolean {
  const c = nearestBefore(cues, s, 4, (x) => x.kind === 'cta');
  return c !== undefined && ADD_CUE_RE.test(text.slice(c.start, c.end)) && SPACES.test(text.slice(c.end, s));
}
/** a region's letters that end an ID after its digits ("yang 0928 tw") */
const REGION_TAIL_RE = /^(?:tw|hk|cn|mo|sg|my)$/iu;
/** …or any few letters, in Chinese text, at the end of a clause ("薇 cao 8826 ls，说是我介绍的", "賴 amy 5822 dai 我是…") */
const TAIL_LETTERS_RE = /^(?!ok$)[a-z]{2,4}$/u;
const HAN_AFTER_RE = /^ ?(?:\p{Script=Han}|[，。！？、；：（）「」『』【】,.!?;:()])|^ ?$/u;
const ID_CHAR_AFTER_RE = /^[A-Za-z0-9]$/u;

/** Groups that stand one after another in `text` (two or more), as one: their atoms, and the text between them as gaps. */
function joinedGroup(text: string, parts: Group[]): Group {
  const first = parts[0] as Group;
  const last = parts[parts.length - 1] as Group;
  return {
    atoms: parts.flatMap((r) => r.atoms),
    gaps: parts.flatMap((r, n) => (n === 0 ? r.gaps : [text.slice((parts[n - 1] as Group).e, r.s), ...r.gaps])),
    s: first.s,
    e: last.e,
    at: first.at,
  };
}

/** pinyin's initials and finals (o and e stand after some initials only: bo, de, but no "to" or "be") */
const PINYIN_INITIAL_RE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])/u;
const PINYIN_FINALS = new Set(
  'a o e ai ei ao ou an en ang eng ong er i ia ie iao iu ian in iang ing iong u ua uo uai ui uan un uang ueng v ve'.split(
    ' ',
  ),
);
const O_INITIAL_RE = /^[bpmfly]?$/u;
const E_INITIAL_RE = /^(?:[dtnlgkhrzcsmy]|zh|ch|sh)?$/u;

/** A syllable of pinyin (du, lao, shi, zhang, xiong). */
function pinyinSyllable(word: string): boolean {
  const w = word.toLowerCase();
  const initial = PINYIN_INITIAL_RE.exec(w)?.[0] ?? '';
  const final = w.slice(initial.length);
  if (!PINYIN_FINALS.has(final)) return false;
  if (final === 'o') return O_INITIAL_RE.test(initial);
  return final !== 'e' || E_INITIAL_RE.test(initial);
}
/** a name's initials typed as a word (zg, zs, wjl) */
const INITIALS_RE = /^[bcdfghjklmnpqrstwxyz]{1,3}$/iu;
const LETTERS_RE = /^[A-Za-z]{1,6}$/u;
/** how many words of letters, one space apart, may stand before a stub */
const SYLLABLE_RUN_MAX = 4;

/** The first of the words of letters, each one space from the next, that end with `groups[i]` (i if none). */
function syllableRunStart(text: string, groups: Group[], i: number): number {
  let k = i;
  while (k > 0 && i - k < SYLLABLE_RUN_MAX) {
    const p = groups[k - 1] as Group;
    if (!LETTERS_RE.test(text.slice(p.s, p.e)) || text.slice(p.e, (groups[k] as Group).s) !== ' ') break;
    k--;
  }
  return k;
}

/**
 * After a WeChat cue, an ID typed with a space between its letters and its digits ("vx：hxdai 5201", "加V
 * xys 8775"): the letters alone are too short to be an ID, so the two groups are one. Only after a WeChat
 * cue: in running English a word before a number ("from 512-555-0193") is no ID. A word that joins the two
 * ("加助理，wjg 接 zl2088") says so itself, after any call to action.
 */
function joinedStubs(text: string, groups: Group[], cues: Cue[], W: number): Group[] {
  let out: Group[] | undefined;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] as Group;
    const next = groups[i + 1];
    const gap = next ? text.slice(g.e, next.s) : '';
    const rest = next ? text.slice(next.s, next.e) : '';
    // (an @ before the id's letters is the handle's mark, "LINE：@ yating 0627", not a letter of it)
    const stub = text.slice(g.s, g.e).replace(/^[@＠] ?/u, '');
    // "Line ID 0912345678", "微信ID 138…": the app's own word for the id, not the id's first letters
    if (ID_WORD_RE.test(stub) && nearestBefore(cues, g.s, 1, isIdAppCue)) {
      out?.push(g);
      continue;
    }
    // the letters typed as syllables before the stub ("薇：du lao shi 7788", "zg zs 9527", "賴 hui cheng 077"): the ID starts at the
    // first, right after the cue; a word of a sentence before it ("WeChat: to be 2024") says the stub is none
    if (next && LETTER_STUB_RE.test(stub) && STUB_GAP_RE.test(gap) && STUB_DIGITS_RE.test(rest)) {
      const k = syllableRunStart(text, groups, i);
      if (k < i) {
        const first = groups[k] as Group;
        const cue = nearestBefore(cues, first.s, W, isIdAppCue);
        const run = groups.slice(k, i + 1);
        if (
          cue &&
          FILLER.test(text.slice(cue.end, first.s)) &&
          run.every((r) => pinyinSyllable(text.slice(r.s, r.e)) || INITIALS_RE.test(text.slice(r.s, r.e)))
        ) {
          out = out ? out.slice(0, out.length - (i - k)) : groups.slice(0, k);
          out.push(joinedGroup(text, [...run, next]));
          i++;
          continue;
        }
        out?.push(g);
        continue;
      }
    }
    if (
      next &&
      ((LETTER_STUB_RE.test(stub) &&
        ((STUB_GAP_RE.test(gap) &&
          STUB_DIGITS_RE.test(rest) &&
          (nearestBefore(cues, g.s, W, isIdAppCue) || addedRightAfter(text, cues, g.s))) ||
          (STUB_JOIN_RE.test(gap) && STUB_REST_RE.test(rest) && nearestBefore(cues, g.s, W, isWeChatOrCta)))) ||
        (LONG_STUB_RE.test(stub) &&
          STUB_GAP_RE.test(gap) &&
          next.atoms.every((a) => a.digits) &&
          SHORT_DIGITS_RE.test(rest) &&
          !AMOUNT_AFTER_RE.test(text.slice(next.e, next.e + 1)) &&
          nearestBefore(cues, g.s, W, isIdAppCue)))
    ) {
      out ??= groups.slice(0, i);
      // …and letters typed apart after the digits, the same ID's end: a region's ("賴 yang 0928 tw"), or a few
      // letters that close a clause of Chinese text ("薇 cao 8826 ls，")
      const tail = groups[i + 2];
      const tailText = tail ? text.slice(tail.s, tail.e) : '';
      const ends =
        tail !== undefined &&
        STUB_GAP_RE.test(text.slice(next.e, tail.s)) &&
        (REGION_TAIL_RE.test(tailText) ||
          (TAIL_LETTERS_RE.test(tailText) && HAN_AFTER_RE.test(text.slice(tail.e, tail.e + 2)) && HAN_RE.test(text))) &&
        !ID_CHAR_AFTER_RE.test(text.charAt(tail.e));
      out.push(joinedGroup(text, ends ? [g, next, tail] : [g, next]));
      i += ends ? 2 : 1;
      continue;
    }
    out?.push(g);
  }
  return out ?? groups;
}

function cueHits(text: string, cues: Cue[], hits: Hit[], opts: ExtractOptions): void {
  const W = opts.window ?? 40;
  const context = opts.contactContext === true;
  const atoms = atomsOf(text, cues);
  for (const g of joinedStubs(text, groupsOf(text, atoms), cues, W)) {
    const before = ownerOf(text, cues, nearestBefore(cues, g.s, W, isApp), W);
    const after = before ? undefined : nearestAfter(cues, g.e, AFTER_WINDOW, isApp);
    const app = before ?? after;
    const cta = nearestBefore(cues, g.s, W, isAny) ?? nearestAfter(cues, g.e, AFTER_WINDOW, isAny);
    if (!app && !cta && !context) continue;
    const anyBefore = nearestBefore(cues, g.s, W, isAny);
    const tight =
      (anyBefore !== undefined && FILLER.test(text.slice(anyBefore.end, g.s - (g.at ? 1 : 0)))) ||
      (context && g.s <= 3);
    // part of a masked handle (chen_s****): reported by maskHits
    if (MASK_EDGE.test(text.slice(g.e, g.e + 2)) || MASK_EDGE.test(text.slice(Math.max(0, g.s - 2), g.s))) continue;
    // ... or one masked with x's ("something like @ chainxxxxx_recover"): no handle to report
    if (X_MASK_RE.test(text.slice(g.s, g.e))) continue;
    // a word of letters only is an ID only right after a cue that names it: after a colon, 是, 号, ID, or
    // straight after a Chinese cue word ("Telegram removed 4 collections" is a sentence)
    const lettersOnlyOk =
      anyBefore !== undefined &&
      tight &&
      (FILLER_MARK.test(text.slice(anyBefore.end, g.s)) || HAN_RE.test(text[anyBefore.end - 1] ?? '') || context);
    if (TELECOM_LICENCE.test(text.slice(g.s, g.e)) && PROVINCE_BEFORE.test(text.slice(Math.max(0, g.s - 1), g.s)))
      continue;
    const allDigits = g.atoms.every((a) => a.digits);
    const hasSpoken = g.atoms.some((a) => a.spoken);
    const cueKind: CueKind = app?.kind ?? cta?.kind ?? 'cta';
    // a month, a day and an hour before the minutes ("11-25 10:20" under a reply): a time, no number
    if (allDigits && DATE_HOUR_RE.test(text.slice(g.s, g.e)) && CLOCK_AFTER_RE.test(text.slice(g.e, g.e + 3))) continue;
    if (allDigits) {
      const raw = text.slice(g.s, g.e);
      if (DATE_SEP.test(raw) || DECIMAL.test(raw) || YEAR_RANGE.test(raw)) continue;
      // a platform's default name (用户3391047816, user_58213): an account number, not a contact
      if (DEFAULT_NAME.test(text.slice(Math.max(0, g.s - 5), g.s))) continue;
      // a site's licence number in its footer (沪ICP备19027153号, 京公网安备11010802039522号)
      if (SITE_LICENCE.test(text.slice(Math.max(0, g.s - 20), g.s))) continue;
      // …and a lender's or an agent's licence number ("牌照號碼係 0933/2025", "licence no. 1642/2024")
      if (LICENCE_NO_BEFORE.test(text.slice(Math.max(0, g.s - 12), g.s))) continue;
      // the first digits of a line, not a line ("以“0755-8832”开头的座机", "numbers starting with 0755")
      if (
        LINE_START_AFTER.test(text.slice(g.e, g.e + 6)) ||
        LINE_START_BEFORE.test(text.slice(Math.max(0, g.s - 20), g.s))
      )
        continue;
      const digits = digitsOf(raw);
      if (hasSpoken && !SPOKEN_RE.test(raw)) continue;
      // official numbers listed side by side ("110 / 96110") are two numbers, not one
      const listed = raw.split(/\s*[/|]\s*/u);
      if (listed.length > 1 && listed.every((x) => isOfficialNumber(digitsOf(x)))) {
        let at = g.s;
        for (const x of listed) {
          const s0 = text.indexOf(x, at);
          at = s0 + x.length;
          hits.push({
            kind: 'phone',
            value: digitsOf(x),
            s: s0,
            e: at,
            suspect: false,
            why: WHY_OFFICIAL,
            cue: cueKind,
          });
        }
        continue;
      }
      if (isOfficialNumber(digits)) {
        hits.push({ kind: 'phone', value: digits, s: g.s, e: g.e, suspect: false, why: WHY_OFFICIAL, cue: cueKind });
        continue;
      }
      if (digits.length < 5 || digits.length > 15) continue;
      if (DATE_8.test(digits) && app?.kind !== 'qq') continue;
      const mobile = MOBILE_DIGITS.test(digits);
      const kind = app?.kind;
      if (kind === 'qq') {
        if (QQ_NUMBER.test(digits)) hits.push({ kind: 'qq', value: digits, s: g.s, e: g.e, suspect: true, cue: kind });
      } else if (kind === 'wechat' || kind === 'same_number') {
        // 同号 names a phone number: a part of one ("前面是 138 0013") is no ID
        if (
          kind === 'same_number'
            ? mobile || (digits.length >= 8 && digits.length <= 11)
            : tight && digits.length >= 6 && digits.length <= 11
        )
          hits.push({ kind: 'wechat', value: digits, s: g.s, e: g.e, suspect: true, cue: kind });
        if (mobile) hits.push({ kind: 'phone', value: digits, s: g.s, e: g.e, suspect: true, cue: kind });
      } else if (kind === 'phone' || kind === 'whatsapp') {
        if (digits.length >= 7)
          hits.push({
            kind: kind === 'phone' ? 'phone' : 'whatsapp',
            value: digits,
            s: g.s,
            e: g.e,
            suspect: true,
            cue: kind,
          });
      } else if (mobile && (hasSpoken || g.gaps.length > 0)) {
        hits.push({ kind: 'phone', value: digits, s: g.s, e: g.e, suspect: true, cue: cueKind });
      }
      continue;
    }
    const kind = app?.kind;
    if (hasSpoken && g.atoms.length > 1) {
      // "微信：bx五二零六一九", "賴：kevin.zj 零八三一": behind a WeChat or LINE cue, an id's letters then its digits
      // in Chinese numerals (three or more): the id with the digits put back
      const last = g.atoms[g.atoms.length - 1] as Atom;
      const head = g.atoms.slice(0, -1);
      if (
        (kind === 'wechat' || kind === 'same_number' || kind === 'line') &&
        last.spoken &&
        last.e - last.s >= SPOKEN_TAIL_MIN &&
        head.every((a) => !a.spoken) &&
        // written on, or a space apart after letters that are an ID themselves (joinedStubs)
        ((g.gaps[g.gaps.length - 1] ?? '') === '' || STUB_GAP_RE.test(g.gaps[g.gaps.length - 1] ?? ''))
      ) {
        const id = `${text.slice(g.s, head[head.length - 1]?.e ?? g.s)}${digitsOf(text.slice(last.s, last.e))}`;
        if (kind === 'line' ? LINE_ID.test(id) : WECHAT_ID.test(id))
          hits.push({
            kind: kind === 'line' ? 'line' : 'wechat',
            value: id.toLowerCase(),
            s: g.s,
            e: g.e,
            suspect: true,
            cue: kind,
            spelled: true,
          });
        continue;
      }
      // spoken digits inside a Latin ID are ordinary text
      if (g.atoms[0]?.spoken || last.spoken) continue;
    }
    const hasDigit = HAS_DIGIT_OR_UNDERSCORE.test(text.slice(g.s, g.e));
    if (kind === 'wechat' || kind === 'same_number') {
      const id = dropSeparators(groupText(text, g, '-'));
      if (WECHAT_ID.test(id) && (lettersOnlyOk || hasDigit))
        hits.push({ kind: 'wechat', value: id.toLowerCase(), s: g.s, e: g.e, suspect: true, cue: kind });
    } else if (kind === 'telegram') {
      const id = groupText(text, g, '');
      // a Telegram id has no dot: one written with a site's end is the site (reported at ic3.gov)
      const site = g.gaps.some((gap) => gap.includes('.')) && WEB_END_RE.test(groupText(text, g, '.'));
      if (TELEGRAM_ID.test(id) && !site && (lettersOnlyOk || g.at || hasDigit || g.told))
        hits.push({ kind: 'telegram', value: id.toLowerCase(), s: g.s, e: g.e, suspect: true, cue: kind });
    } else if (kind === 'line') {
      const id = groupText(text, g, '.-');
      if (LINE_ID.test(id) && (lettersOnlyOk || g.at || hasDigit))
        hits.push({ kind: 'line', value: id.toLowerCase(), s: g.s, e: g.e, suspect: true, cue: kind });
    } else if (kind === 'signal') {
      const id = groupText(text, g, '.');
      if (SIGNAL_ID.test(id))
        hits.push({ kind: 'signal', value: id.toLowerCase(), s: g.s, e: g.e, suspect: true, cue: kind });
    } else if (!kind) {
      // a call to action without an app name ("meet me @ starbucks" is a place)
      if (g.at) {
        if (g.atSpaced) continue;
        const id = groupText(text, g, '');
        // a dot is part of such an id (LINE, Instagram), and Telegram ids have none: no app to name it
        if (TELEGRAM_ID.test(id) && !g.gaps.some((gap) => gap.includes('.')))
          hits.push({ kind: 'telegram', value: id.toLowerCase(), s: g.s, e: g.e, suspect: true, cue: cueKind });
        continue;
      }
      const around = text.slice(Math.max(0, g.s - 20), Math.min(text.length, g.e + 20));
      // a WeChat id takes no dot, a LINE id does: "我搜 meiling.wang886 有找到" is a LINE id, and "搜 v2ex.com" a site,
      // neither a WeChat id; dots between single characters (x.y.s.8.7.7.5) only hide a WeChat id from filters
      const dotted = groupText(text, g, '.');
      if (DOTTED_WORDS_RE.test(dotted)) {
        // (an @name is the platform's own user: @kenhk.487130 on a photo site)
        const mention = text[g.s - 1] === '@';
        if (
          LINE_ID.test(dotted) &&
          hasDigit &&
          !mention &&
          !WEB_END_RE.test(dotted) &&
          (context || HAN_RE.test(around))
        )
          hits.push({ kind: 'line', value: dotted.toLowerCase(), s: g.s, e: g.e, suspect: true, cue: cueKind });
        continue;
      }
      const id = dropSeparators(groupText(text, g, '-'));
      // with no app named, a word of letters alone is a name the reader is sent to (揾Raymond佢哋, 找Annie)
      if (!WECHAT_ID.test(id) || !(hasDigit || (lettersOnlyOk && !LETTERS_ONLY_RE.test(id)))) continue;
      if (context || HAN_RE.test(around))
        hits.push({ kind: 'wechat', value: id.toLowerCase(), s: g.s, e: g.e, suspect: true, cue: cueKind });
    }
  }
  maskHits(text, cues, hits, W);
}

/** enclosed digits, which the normalizer reads as digits (① ⑳ ⑴ ⒈ ❶ ➀ ➊ ⓵ ⓿) */
const ENCLOSED_DIGIT_RE = /[\u2460-\u24ff\u2776-\u2793]/u;
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/**
 * A list's markers out of the numbers: an enclosed digit standing alone, after a space or a stop and before words
 * ("② 打社区电话：0571-86512347 ③加社区志愿者…"), numbers a list and is no digit of the number before it, which a
 * disguise's enclosed digits (①③⑧ ①②③④, ① ③ ⑧ …) always run on from or into. Replaced by a stop in a copy of the
 * normalized text (one character for one: the map stays right).
 */
function listMarkersApart(n: Normalized): Normalized {
  if (!ENCLOSED_DIGIT_RE.test(n.source)) return n;
  let text = n.text;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (!DIGIT.test(c) || !ENCLOSED_DIGIT_RE.test(n.source[n.map[i] ?? 0] ?? '')) continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    const next = /\s/u.test(after) ? (text[i + 2] ?? ' ') : after;
    if (WORD_CHAR_RE.test(before) || DIGIT.test(next) || DIGIT.test(after)) continue;
    // the last of enclosed digits typed apart (① ③ ⑧ … ⑦ ⑧)
    const p = /\s/u.test(before) ? i - 2 : -1;
    if (p >= 0 && DIGIT.test(text[p] ?? '') && ENCLOSED_DIGIT_RE.test(n.source[n.map[p] ?? 0] ?? '')) continue;
    text = `${text.slice(0, i)}、${text.slice(i + 1)}`;
  }
  return text === n.text ? n : { source: n.source, text, map: n.map, ends: n.ends };
}

// ---------------------------------------------------------------------------------------------
// Handles given rearranged, with the poster's instruction to put them back

/** "倒着输", "反过来加", "从右往左打", "type it backwards": the handle beside it is written reversed */
const REVERSE_RE =
  /倒着|倒过来|反过来[输打写念读加搜]|反着[输打写念读加搜]|从右[往到]左|从后往前|[倒逆]序|backwards|in reverse|reversed?/giu;
/** "Search it as one word, no spaces:", "把下面前两个标签连起来": the pieces after it are one handle */
const JOIN_RE = /(?:as|in|all) one word|no spaces|[连拼合](?:起来|在一起)/giu;
const REARRANGE_GATE = /[倒反逆连拼合右后]|backw|revers|one w|no sp|half/iu;
/** an id given in two halves, each named ("前半段 lingong，后半段 _ck888", "first half kestrel, second half _otc9") */
const HALVES_RE =
  /(?:前半(?:段|部分|截)?|上半(?:段|截)|\bfirst half)(?: is)?[\s是为:：]{0,3}([A-Za-z0-9_.-]{2,20})[\s，,、；;。]{0,3}(?:(?:and|then) )?(?:the )?(?:后半(?:段|部分|截)?|下半(?:段|截)|second half)(?: is)?[\s是为:：]{0,3}([A-Za-z0-9_.-]{2,20})(?![A-Za-z0-9_])/giu;
/** after a join: a run of Latin hashtags (#rx_qing #0412) */
const TAGS_AFTER = /[^#]{0,30}((?:#[A-Za-z0-9_]{1,30}[ \t]?){2,5})(?![A-Za-z0-9_])/uy;
/** …or capitalized words after a colon or a line break ("no spaces:\nGarrick Stroud Desk", the break may be lost) */
const WORDS_AFTER =
  /[^:\n]{0,30}[:\n]\s{0,3}((?:[A-Z0-9][A-Za-z0-9_]{0,29}[ \t]){1,5}[A-Z0-9][A-Za-z0-9_]{0,29})(?![A-Za-z0-9_])/uy;
/** a sentence's first word, where the line break after a name typed in words was lost */
const OPENERS = new Set('I She He We You They It The This Then Her His My'.split(' '));
/** a reversed group may start this far after the instruction, or end this far before it */
const REVERSE_AFTER = 20;
const REVERSE_BEFORE = 12;

/** "微信号我放在tag里了", "看我标签": the handle is one of the text's hashtags */
const TAG_POINTER_RE = /[放写在](?:tag|标签|话题)[里上中]|看我?的?(?:tag|标签)|in (?:my|the) (?:hash)?tags/iu;

/**
 * The text says how to put together what comes next ("把下面两个标签连起来", "倒着输"): a label whose value
 * is in the next element. (`search` leaves the patterns' lastIndex as it was.)
 */
export function pointsToNext(normalized: string): boolean {
  return REARRANGE_GATE.test(normalized) && (normalized.search(JOIN_RE) >= 0 || normalized.search(REVERSE_RE) >= 0);
}

/** The handle an id or number is, by the app its cue names (the instruction stands in for a tight cue). */
/** an id of Latin letters alone (a name: Raymond, Annie) */
const LETTERS_ONLY_RE = /^[a-z]+$/iu;

function idOf(kind: CueKind, id: string, cjk: boolean): HandleKind | undefined {
  const digits = /^\d+$/u.test(id);
  if (kind === 'qq') return QQ_NUMBER.test(id) ? kind : undefined;
  if (kind === 'phone' || kind === 'whatsapp') return digits && id.length >= 7 && id.length <= 15 ? kind : undefined;
  if (kind === 'telegram' || kind === 'line')
    return (kind === 'line' ? LINE_ID : TELEGRAM_ID).test(id) ? kind : undefined;
  if (kind !== 'wechat' && kind !== 'same_number' && !(kind === 'cta' && cjk)) return undefined;
  return (digits ? MOBILE_DIGITS : WECHAT_ID).test(id) ? 'wechat' : undefined;
}

/**
 * "发我邮箱,就是小号@qq.com", "邮箱是QQ号@qq.com": a QQ mailbox spelled with a word for its number says the
 * number given before it (80 characters) is a QQ number
 */
const QQ_MAIL_WORD = /(?:[小大主Q]号|QQ号|[这此那]个?号|我的?号|号码) ?@ ?qq\.com/giu;

function qqMailHits(text: string, cues: Cue[], hits: Hit[]): void {
  const mails = text.includes('qq.com') ? [...text.matchAll(QQ_MAIL_WORD)].map((m) => m.index ?? 0) : [];
  if (mails.length === 0) return;
  for (const g of groupsOf(text, atomsOf(text, cues))) {
    const digits = digitsOf(text.slice(g.s, g.e));
    if (g.atoms.some((a) => !a.digits || a.spoken) || !QQ_NUMBER.test(digits) || DATE_8.test(digits)) continue;
    if (mails.some((at) => at >= g.e && at - g.e <= 80))
      putBack(hits, { kind: 'qq', value: digits, s: g.s, e: g.e, suspect: true, cue: 'qq' });
  }
}

/** Replaces the cue-window words inside [s, e) by one handle put back together. */
function putBack(hits: Hit[], h: Hit): void {
  for (let k = hits.length - 1; k >= 0; k--) {
    const o = hits[k] as Hit;
    if (!o.global && o.s >= h.s && o.e <= h.e) hits.splice(k, 1);
  }
  hits.push(h);
}

/** Handles written backwards or in pieces, with the poster saying how to put them back. */
function rearrangedHits(text: string, cues: Cue[], hits: Hit[], W: number): void {
  if (!REARRANGE_GATE.test(text)) return;
  const reversals = [...text.matchAll(REVERSE_RE)].map((r) => [r.index ?? 0, (r.index ?? 0) + r[0].length]);
  if (reversals.length > 0) {
    for (const g of groupsOf(text, atomsOf(text, cues))) {
      if (
        !reversals.some(
          ([rs = 0, re = 0]) => (re <= g.s && g.s - re <= REVERSE_AFTER) || (rs >= g.e && rs - g.e <= REVERSE_BEFORE),
        )
      )
        continue;
      const forward = g.atoms.every((a) => a.digits) ? digitsOf(text.slice(g.s, g.e)) : groupText(text, g, '_-.');
      toldHit(text, cues, hits, W, [...forward].reverse().join(''), g.s, g.e, { reversed: true });
    }
  }
  for (const m of text.matchAll(HALVES_RE)) {
    // the hit spans both halves and their names: a word read as an id among them ("Telegram: first …") goes
    const s = m.index ?? 0;
    toldHit(text, cues, hits, W, (m[1] ?? '') + (m[2] ?? ''), s, s + m[0].length);
  }
  for (const m of text.matchAll(JOIN_RE)) {
    const at = (m.index ?? 0) + m[0].length;
    TAGS_AFTER.lastIndex = at;
    WORDS_AFTER.lastIndex = at;
    const tags = TAGS_AFTER.exec(text);
    const run = tags ?? WORDS_AFTER.exec(text);
    if (!run) continue;
    const piece = run[1] ?? '';
    const s = run.index + run[0].length - piece.length;
    let words = piece.split(tags ? '#' : /[ \t]/u).map((w) => w.trim());
    if (tags) words = words.slice(1);
    else {
      // the words end at a sentence's opener: "Garrick Stroud Desk She answers"
      const stop = words.findIndex((w) => OPENERS.has(w));
      if (stop >= 0) words = words.slice(0, stop);
    }
    if (words.length < 2) continue;
    const e = s + (tags ? piece.trimEnd().length : words.join(' ').length);
    toldHit(text, cues, hits, W, words.join(''), s, e, { from: m.index ?? 0, to: at });
  }
}

/**
 * "lijie·tuibao（中间那个点换成下划线）", "replace the dash with an underscore": the poster writes another sign in
 * the id (a platform hides ids with an underscore) and says which one it stands for.
 */
const SIGN_SWAP_RE =
  /(?:[把将](?:中间|里面|里头)?的?(?:那个|这个|那|这)?|\b(?:replace|swap|change) (?:the |that )?)?(点|圆点|小点|横线|横杠|杠|星号|井号|dot|period|dash|hyphen|star|asterisk|hash)(?:换成|改成|替换成|换为|改为|变成| (?:with|for|into|to) (?:an? )?)(下划线|底线|点|横线|横杠|杠|underscore|dot|period|dash|hyphen)/giu;
const SWAP_GATE = /[换改变]|\b(?:with|for|into|to) /iu;
/** the signs each word names */
const SIGN_OF: Record<string, string> = {
  点: '.·•・',
  圆点: '.·•・',
  小点: '.·•・',
  dot: '.·•・',
  period: '.',
  横线: '-—–~',
  横杠: '-—–~',
  杠: '-—–~',
  dash: '-—–~',
  hyphen: '-',
  星号: '*',
  star: '*',
  asterisk: '*',
  井号: '#',
  hash: '#',
  下划线: '_',
  底线: '_',
  underscore: '_',
};
/** an id with other signs inside it (lijie·tuibao, wang*li_88) */
const SIGNED_ID = /[A-Za-z0-9_]+(?:[.·•・\-—–~*#][A-Za-z0-9_]+)+/gu;

/**
 * An id put back as the poster says, at [s, e), read as the app of the cue nearest to [from, to) (the id
 * itself, or the instruction that names the pieces after it) names it (`told`).
 */
function toldHit(
  text: string,
  cues: Cue[],
  hits: Hit[],
  W: number,
  id: string,
  s: number,
  e: number,
  near: { from?: number; to?: number; reversed?: boolean } = {},
): void {
  const from = near.from ?? s;
  const to = near.to ?? e;
  const cue =
    nearestBefore(cues, from, W, isApp) ??
    nearestAfter(cues, to, AFTER_WINDOW, isApp) ??
    nearestBefore(cues, from, W, isAny) ??
    nearestAfter(cues, to, AFTER_WINDOW, isAny);
  const kind = cue && idOf(cue.kind, id, HAN_RE.test(text));
  if (kind)
    putBack(hits, {
      kind,
      value: id.toLowerCase(),
      s,
      e,
      suspect: true,
      cue: cue.kind,
      reversed: near.reversed,
      told: true,
    });
}

/** The token [s, e) is beside the instruction [ms, me): ends 12 characters before it at most, or starts 20 after. */
const beside = (s: number, e: number, ms: number, me: number): boolean =>
  (e <= ms && ms - e <= REVERSE_BEFORE) || (s >= me && s - me <= REVERSE_AFTER);

/** Ids with one sign written for another, with the poster saying which (near the id: 12 before, 20 after). */
function swapHits(text: string, cues: Cue[], hits: Hit[], W: number): void {
  if (!SWAP_GATE.test(text)) return;
  for (const m of text.matchAll(SIGN_SWAP_RE)) {
    const from = SIGN_OF[(m[1] ?? '').toLowerCase()] ?? '';
    const to = (SIGN_OF[(m[2] ?? '').toLowerCase()] ?? '').charAt(0);
    const ms = m.index ?? 0;
    if (!from || !to || from.includes(to)) continue;
    for (const t of text.matchAll(SIGNED_ID)) {
      const s = t.index ?? 0;
      const e = s + t[0].length;
      if (!beside(s, e, ms, ms + m[0].length) || ![...t[0]].some((ch) => from.includes(ch))) continue;
      toldHit(text, cues, hits, W, [...t[0]].map((ch) => (from.includes(ch) ? to : ch)).join(''), s, e);
    }
  }
}

/**
 * "yimei关wq注1024，把中间两个汉字去掉", "remove the Chinese characters": Chinese characters planted inside an id
 * (a filter reads no id there), with the poster saying to drop them
 */
const HANZI_DROP_RE =
  /[把将](?:中间|里面|里头)?的?(?:[两二三四几一]个|那些|这些)?(?:汉字|中文)字?(?:都|全)?(?:去掉|删掉|删除|拿掉|不要)|(?:中间|里面)的?(?:[两二三四几一]个|那些)?(?:汉字|中文)字?(?:都|全)?(?:去掉|删掉|删除|拿掉|不要)|去掉(?:中间|里面)?的?(?:[两二三四几一]个|那些)?(?:汉字|中文)|\b(?:remove|drop|delete|ignore|skip) the (?:chinese|han) (?:characters|words)/giu;
const HANZI_GATE = /汉字|中文|chinese|\bhan\b/iu;
/** Latin letters and digits with one to three Chinese characters planted inside, once or more */
const HANZI_ID = /[A-Za-z0-9_]+(?:[\u4e00-\u9fff]{1,3}[A-Za-z0-9_]+)+/gu;
const HANZI_RUN = /[\u4e00-\u9fff]+/gu;

/** Ids with Chinese characters planted inside, with the poster saying to drop them. */
/** a character that sounds like a digit, in the group of that digit (0 to 9): a literal the content script is sent */
export const HOMOPHONE_DIGIT =
  /([铃灵令领])|([依衣伊医要腰])|([耳儿尔饵])|([伞山散杉])|([寺死思似司丝])|([舞午武呜屋吾无])|([溜留流刘])|([妻期漆奇齐骑])|([吧爸巴扒疤])|([酒久旧韭])/u;
/** the homophones above and the spoken digits (normalize.ts), written out: a literal the content script is sent */
export const HOMOPHONE_RUN =
  /[铃灵令领依衣伊医要腰耳儿尔饵伞山散杉寺死思似司丝舞午武呜屋吾无溜留流刘妻期漆奇齐骑吧爸巴扒疤酒久旧韭〇零洞一幺壹二两贰三叁四肆五伍六陆七拐柒八捌九勾钩玖](?: ?[铃灵令领依衣伊医要腰耳儿尔饵伞山散杉寺死思似司丝舞午武呜屋吾无溜留流刘妻期漆奇齐骑吧爸巴扒疤酒久旧韭〇零洞一幺壹二两贰三叁四肆五伍六陆七拐柒八捌九勾钩玖]){10}/gu;
const MOBILE_ONLY = new RegExp(`^${MOBILE_PREFIX}\\d{8}$`, 'u');
const BY_SOUND_RE = /谐音|同音|读音/u;

/**
 * A mainland mobile written in characters that sound like its digits (谐音: 依妻吧 伞溜儿酒 舞铃依寺 for
 * 178 3629 5014), as posters write a number past a platform's digit filter. Read only as a whole mobile: eleven
 * such characters in a row (spaces between groups) that make a valid mobile number, beside a contact app or
 * where the text says it is written by sound. A homophone is an ordinary character, so nothing shorter counts.
 */
function homophoneHits(text: string, cues: Cue[], hits: Hit[], W: number): void {
  for (const m of text.matchAll(HOMOPHONE_RUN)) {
    const s = m.index ?? 0;
    let digits = '';
    for (const c of m[0]) {
      if (c === ' ') continue;
      const h = HOMOPHONE_DIGIT.exec(c);
      digits += h ? String(h.findIndex((g, i) => i > 0 && g !== undefined) - 1) : (SPOKEN_DIGITS[c] ?? '');
    }
    if (!MOBILE_ONLY.test(digits)) continue;
    const e = s + m[0].length;
    const app = nearestBefore(cues, s, W, isApp) ?? nearestAfter(cues, e, AFTER_WINDOW, isApp);
    if (!app && !BY_SOUND_RE.test(text)) continue;
    add(hits, { kind: 'phone', value: digits, s, e, suspect: true, global: true, told: true, spelled: true });
  }
}

function hanziDropHits(text: string, cues: Cue[], hits: Hit[], W: number): void {
  if (!HANZI_GATE.test(text)) return;
  for (const m of text.matchAll(HANZI_DROP_RE)) {
    const ms = m.index ?? 0;
    for (const t of text.matchAll(HANZI_ID)) {
      const s = t.index ?? 0;
      const e = s + t[0].length;
      if (beside(s, e, ms, ms + m[0].length)) toldHit(text, cues, hits, W, t[0].replace(HANZI_RUN, ''), s, e);
    }
  }
}

function dropSeparators(id: string): string {
  // WeChat IDs allow '-' (fs-yw-052); dashes between single characters (x-y-s-8-7-7-5) are a disguise
  const pieces = id.split('-');
  return pieces.length > 2 && pieces.some((p) => p.length === 1) ? pieces.join('') : id;
}

/** the words before a licence's number (牌照號碼係, 执照号, "licence no.", "license #") */
const LICENCE_NO_BEFORE =
  /(?:牌照|执照|執照|licen[cs]e)\s?(?:号码|號碼|编号|編號|号|號|no\.?|number|#)?\s?[:：係系是为為]?\s?$/iu;

/** stars then an app's word (QQ, VX, WX, TG, LINE) */
const MASK_APP_TAIL_RE = /^[*×●]+(?:qq|vx|wx|tg|line)$/iu;

function maskHits(text: string, cues: Cue[], hits: Hit[], W: number): void {
  if (!/[*×●]{2}|某某/u.test(text)) return;
  for (const m of text.matchAll(MASK)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    const before = nearestBefore(cues, s, W, isAny);
    const after = before ? undefined : nearestAfter(cues, e, AFTER_WINDOW, isAny);
    const cue = before ?? after;
    if (!cue) continue;
    if (m[0] === '某某' && !(before && FILLER.test(text.slice(before.end, s)))) continue;
    // (an app's word right after the stars, "***QQ微信" from ***扣扣微信, is the next word, no part of an id)
    if (MASK_APP_TAIL_RE.test(m[0])) continue;
    const app = nearestBefore(cues, s, W, isApp) ?? nearestAfter(cues, e, AFTER_WINDOW, isApp);
    let kind: HandleKind = 'wechat';
    const k = app?.kind;
    if (k === 'qq' || k === 'telegram' || k === 'whatsapp' || k === 'line' || k === 'signal' || k === 'email') kind = k;
    else if (k === 'phone' || /^1[3-9]\d/u.test(m[0])) kind = 'phone';
    hits.push({ kind, value: m[0].toLowerCase(), s, e, suspect: false, why: WHY_MASKED, cue: cue.kind });
  }
}

// ---------------------------------------------------------------------------------------------

/** a WeChat cue and the mobile after it, a comma apart (加我微信，138…) */
const WECHAT_COMMA_RE = /^\s?,\s?$/u;
/** an app that can name a number: not email ("WhatsApp if you're not an email person, +44 …") */
const namesNumber = (c: Cue): boolean => c.kind !== 'email' && isApp(c);

/**
 * Phones found by shape, retyped by the app cue around them (WhatsApp, also named further back in the same
 * sentence: "He's on WhatsApp only because of compliance 👉 +1 …"), plus 微信同号 WeChat IDs.
 */
function retypePhones(text: string, cues: Cue[], hits: Hit[], W: number): void {
  const extra: Hit[] = [];
  for (const h of hits) {
    if (!h.global || h.kind !== 'phone' || !h.suspect) continue;
    const before = ownerOf(text, cues, nearestBefore(cues, h.s, W, namesNumber), W);
    const far = nearestBefore(cues, h.s, 2 * W, namesNumber);
    const app =
      before ??
      nearestAfter(cues, h.e, AFTER_WINDOW, namesNumber) ??
      (far?.kind === 'whatsapp' && !/[.!?。！？\n]/u.test(text.slice(far.end, h.s)) ? far : undefined) ??
      whatsappNamedEarlier(text, cues, h.s);
    if (!app) continue;
    if (app.kind === 'whatsapp') {
      h.kind = 'whatsapp';
      h.cue = 'whatsapp';
    } else {
      const same =
        nearestBefore(cues, h.s, W, (c) => c.kind === 'same_number') ??
        nearestAfter(cues, h.e, AFTER_WINDOW, (c) => c.kind === 'same_number');
      // (加我微信，13812345678: a comma between is no other way to reach the writer)
      const tightWechat =
        before?.kind === 'wechat' &&
        (FILLER.test(text.slice(before.end, h.s)) || WECHAT_COMMA_RE.test(text.slice(before.end, h.s)));
      if ((same || tightWechat) && MOBILE_DIGITS.test(h.value)) {
        extra.push({
          kind: 'wechat',
          value: h.value,
          s: h.s,
          e: h.e,
          suspect: true,
          cue: same ? 'same_number' : 'wechat',
        });
      }
      h.cue = app.kind;
    }
  }
  for (const x of extra) hits.push(x);
}

/**
 * "記得前面加 852", "前面加上86", "add 852 in front", "put +44 in front": the country code the poster says to
 * put before the number (in the same sentence, 40 characters before it) is written by the page
 */
const PREFIX_RE =
  /(?:(?:前面|前边|前邊|开头|開頭)(?:要|记得|記得)?加(?:上|返)?|(?:add|put) ?)[ \t]?\+?(\d{1,3})(?:[ \t]?(?:in front|first|before it))?(?![\d])/giu;
const PREFIX_BEFORE = 40;

function withCountryCode(text: string, h: Hit): void {
  if (!/^\d+$/u.test(h.value) || h.value.length > 11) return;
  const from = Math.max(0, h.s - PREFIX_BEFORE);
  const lead = text.slice(from, h.s);
  let code: string | undefined;
  for (const m of lead.matchAll(PREFIX_RE)) {
    const after = lead.slice((m.index ?? 0) + m[0].length);
    if (SENTENCE_END.test(after)) continue;
    if (/^(?:前|开|開)/u.test(m[0]) || /in front|first|before it/iu.test(m[0])) code = m[1];
  }
  // the plus of a country code said in words right before the number ("WhatsApp plus one 347 555 0162", "plus
  // forty four 7700…", "加號 八五二"): a NANP number after "plus one", another after its code in digits
  const spoken = SPOKEN_PLUS_RE.exec(lead);
  if (!code && spoken) {
    const word = (spoken[1] ?? '').toLowerCase().replace(/[\s-]+/gu, ' ');
    code = SPOKEN_CODES[word] ?? (/^\d{1,3}$/u.test(word) ? word : undefined);
    if (code === '1' && h.value.length !== 10) code = undefined;
  }
  if (code && !h.value.startsWith(code)) h.value = `${code}${h.value}`;
}
/** "plus one", "plus 44", "plus forty four" right before the number (at most a bracket and a space between) */
const SPOKEN_PLUS_RE = /\bplus (one|\d{1,3}|forty[ -]four|sixty[ -]one|eight five two|six one|four four)\s?\(?$/iu;
const SPOKEN_CODES: Record<string, string> = {
  one: '1',
  'forty four': '44',
  'four four': '44',
  'sixty one': '61',
  'six one': '61',
  'eight five two': '852',
};

function dedupe(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.s - b.s || Number(b.global ?? false) - Number(a.global ?? false) || b.e - a.e);
  const out: Hit[] = [];
  const globals = hits.filter((h) => h.global);
  for (const h of hits) {
    if (h.global && h.kind === 'phone' && globals.some((g) => g.kind === 'whatsapp' && g.s < h.e && h.s < g.e))
      continue;
    if (!h.global) {
      // a cue-window word inside a link, an email or a number found by shape is that handle, not another
      const covered = globals.some(
        (g) =>
          g.s < h.e &&
          h.s < g.e &&
          (g.kind === h.kind ||
            g.kind === 'email' ||
            g.kind === 'telegram' ||
            g.kind === 'whatsapp' ||
            g.kind === 'line' ||
            (g.kind === 'phone' && h.kind !== 'wechat' && h.kind !== 'qq')),
      );
      if (covered) continue;
    }
    if (out.some((o) => o.kind === h.kind && o.value === h.value && o.s < h.e && h.s < o.e)) continue;
    out.push(h);
  }
  return out;
}

/** handles made of digits alone */
const DIGIT_KINDS: ReadonlySet<string> = new Set(['phone', 'whatsapp', 'qq']);
const CURRENCY_BEFORE_RE = /[$£€¥￥₩₹]$/u;
const ASCII_WORD = /^[A-Za-z ]+$/u;
const ID_TAIL = /^[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*/u;

/** The letters and digits of an id appear, in order, in the text it was read from (normalized the same way). */
function writtenIn(value: string, raw: string): boolean {
  if (!/[a-z]/iu.test(value)) return true;
  const flat = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/gu, '');
  const have = flat(normalize(raw).text);
  // in order, not necessarily together: "x (at) gmail . com" holds x@gmail.com
  let i = 0;
  for (const ch of flat(value)) {
    i = have.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

/** A Latin cue glued to an ID with letters after it (微信qq0abc12) is part of that ID, not a cue. */
function gluedToId(text: string, c: Cue): boolean {
  const next = text.charCodeAt(c.end);
  const alnum = (next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95;
  if (!alnum || !ASCII_WORD.test(text.slice(c.start, c.end))) return false;
  return ID_TAIL.test(text.slice(c.end, c.end + 40));
}

/**
 * Finds contact handles in one text block. `input` is the raw text or its `normalize()` result (pass the
 * latter when the caller also needs `findCues` on the same block). Positions are in the original text.
 */
export function extractHandles(input: string | Normalized, opts: ExtractOptions = {}): HandleHit[] {
  const n = listMarkersApart(typeof input === 'string' ? normalize(input) : input);
  const text = n.text;
  if (text.length === 0) return [];
  const hits: Hit[] = [];
  const hasDigit = DIGIT.test(text);
  linkHits(text, hits);
  emailHits(text, hits);
  if (hasDigit) phoneHits(text, hits);
  const cues = findCues(n).filter((c) => !gluedToId(text, c));
  // a URL or path (javascript:void(0), /a/abc123.html, #top2) is no bare handle even in a contact slot:
  // only its link shapes and the cues inside it count
  const context = opts.contactContext === true && !URLISH.test(n.source);
  if (context) cues.unshift({ kind: 'cta', start: 0, end: 0 });
  spelledHits(text, cues, hits, opts.window ?? 40);
  if (cues.length > 0) {
    cueHits(text, cues, hits, { ...opts, contactContext: context });
    rearrangedHits(text, cues, hits, opts.window ?? 40);
    swapHits(text, cues, hits, opts.window ?? 40);
    hanziDropHits(text, cues, hits, opts.window ?? 40);
    homophoneHits(text, cues, hits, opts.window ?? 40);
    qqMailHits(text, cues, hits);
    retypePhones(text, cues, hits, opts.window ?? 40);
  }
  if (hits.length === 0) return [];
  const out: HandleHit[] = [];
  for (const h of dedupe(hits)) {
    // a number right after a currency sign is an amount ("usually £120–£250", "¥1200"), whatever cue is near
    if (DIGIT_KINDS.has(h.kind) && CURRENCY_BEFORE_RE.test(text.slice(Math.max(0, h.s - 1), h.s))) continue;
    if (h.kind === 'whatsapp' || h.kind === 'phone') withCountryCode(text, h);
    const [start, end] = toOriginal(n, h.s, h.e);
    // an id made of an alias the normalizer wrote (飞机 → Telegram) is not written on the page
    if (!h.spelled && !writtenIn(h.reversed ? [...h.value].reverse().join('') : h.value, n.source.slice(start, end)))
      continue;
    const hit: HandleHit = {
      kind: h.kind,
      value: h.value,
      raw: n.source.slice(start, end),
      start,
      end,
      suspect: h.suspect,
    };
    if (h.why) hit.why = h.why;
    if (h.cue) hit.cue = h.cue;
    if (h.told || (!h.global && text[h.s - 1] === '#' && TAG_POINTER_RE.test(text))) hit.told = true;
    out.push(hit);
  }
  return out;
}
