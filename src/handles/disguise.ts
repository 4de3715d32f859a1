/**
 * How a handle was disguised as written. A business that wants to be reached writes its number plainly;
 * a poster who writes it in circled or spelled digits, with invisible characters, look-alike letters,
 * emoji or one character at a time is hiding it from a platform's filters (DOMAIN §3). The tells are
 * read from the handle as written (and from the sentence around it: look-alike letters in "Теlеgrаm",
 * or the poster saying it is hidden: 平台不让打全, 去掉表情). Ordinary formatting is no tell: spaces, dashes and brackets in a phone number,
 * full-width digits (CJK typesetting), and an address written "(at)" against address harvesters.
 */
import type { HandleKind } from '../report/types';
import { SPOKEN_DIGIT_CLASS } from '../text/normalize';
import { EN_DIGIT_WORDS } from './cue-look';

export type DisguiseTell =
  | 'invisible'
  | 'look-alike'
  | 'circled'
  | 'spelled'
  | 'emoji'
  | 'spaced'
  | 'letters-for-digits'
  | 'defanged'
  | 'told';

const INVISIBLE_RE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/u;
/** circled, parenthesised, dingbat and mathematical digits and letters */
const CIRCLED_RE = /[\u2460-\u24FF\u2776-\u2793\u3021-\u3029\u3251-\u325F\u32B1-\u32BF\u{1D400}-\u{1D7FF}]/u;
/** a digit written as a Chinese character (幺三八, 壹贰叁) or an English word */
const SPELLED_CHAR_RE = new RegExp(`[${SPOKEN_DIGIT_CLASS}貳參陸]`, 'gu');
const SPELLED_WORD_RE = new RegExp(`\\b(?:${EN_DIGIT_WORDS})\\b`, 'giu');
/** an emoji or a dingbat (✦ ✧ ❖) between the characters */
const EMOJI_RE = /[\p{Extended_Pictographic}\u2600-\u27bf]/u;
/** a dot bracketed so the platform shows no link (t[.]me/name) */
const DEFANGED_RE = /\[\.\]|\(\.\)/u;
/** an underscore or dot spoken (lzcj 下划线 0817) */
const SPOKEN_MARK_RE = /下划线|下劃線|底线|底線|\bunderscore\b/iu;
/** the poster says the id is hidden from the platform (平台不让打全, 去掉表情, "remove the spaces") */
const EVASION_RE =
  /不让(?:发|打|留|写)|(?:点|點|空格|表情|符号|符號|爱心|愛心)(?:要)?(?:去掉|删掉|刪掉|去除)|(?:去掉|删掉|去除|刪掉)(?:表情|爱心|愛心|空格|符号|符號|中间|中間)|自己(?:拼|换|換|改)一下|改返做[点點]|改回(?:成)?[点點]|\b(?:remove|delete|without|take out|leave out|drop) the (?:spaces|emojis?|hearts?|dots?|dashes|brackets)\b/iu;
/** Latin, Greek or Cyrillic letters in one word */
const WORD_RE = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]+/gu;
const LATIN_RE = /\p{Script=Latin}/u;
const GREEK_CYRILLIC_RE = /[\p{Script=Greek}\p{Script=Cyrillic}]/u;
/** four or more pieces of one or two characters each, typed apart (x y s 8 7 7 5) */
const SPACED_RE = /^[^\s·•*|~.]{1,2}(?:[\s·•*|~.]{1,3}[^\s·•*|~.]{1,2}){3,}$/u;
/** a letter where a digit belongs (9OO, 5l2) in a number */
const LETTER_DIGIT_RE = /\d[OoIl]|[OoIl]\d/u;

/** numbers people group in pairs or threes (06 12 34 56 78): never "spaced" */
const PHONE_KINDS: ReadonlySet<HandleKind> = new Set(['phone', 'whatsapp']);

function mixedScript(text: string): boolean {
  for (const m of text.matchAll(WORD_RE)) if (LATIN_RE.test(m[0]) && GREEK_CYRILLIC_RE.test(m[0])) return true;
  return false;
}

/** The first disguise tell of a handle as written, or undefined when it is written plainly. */
export function disguiseOf(raw: string, kind: HandleKind, context = ''): DisguiseTell | undefined {
  if (INVISIBLE_RE.test(raw)) return 'invisible';
  if (mixedScript(raw) || mixedScript(context)) return 'look-alike';
  if (CIRCLED_RE.test(raw)) return 'circled';
  if ((raw.match(SPELLED_CHAR_RE)?.length ?? 0) >= 3 || (raw.match(SPELLED_WORD_RE)?.length ?? 0) >= 3)
    return 'spelled';
  if (SPOKEN_MARK_RE.test(raw)) return 'spelled';
  if (DEFANGED_RE.test(raw)) return 'defanged';
  if (EMOJI_RE.test(raw)) return 'emoji';
  if (EVASION_RE.test(context)) return 'told';
  if ((PHONE_KINDS.has(kind) || kind === 'qq') && LETTER_DIGIT_RE.test(raw)) return 'letters-for-digits';
  return !PHONE_KINDS.has(kind) && SPACED_RE.test(raw.trim()) ? 'spaced' : undefined;
}
