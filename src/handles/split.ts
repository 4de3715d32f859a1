/**
 * A handle given in two pieces to dodge a site's filter: "加我扣扣 2871，后面几位我发楼下" … "接2楼：40396";
 * "手機前面是 0971-263" … "接 #5，後三碼是 584"; "WhatsApp +44 7700" … "Rest of the number is 900862";
 * "(602) 555-Edit: it cut off, the last four are 0139"; "他扣扣是 三九七 二零五，下一条发" … "八一四". Pure: it
 * finds the pieces; the extractor (extract.ts) decides whether the two read as one handle, and the caller
 * (the facts) which comments may be joined.
 */

import { SPOKEN_DIGIT_CLASS } from '../text/normalize';

/** a digit, written or spoken (二零五, 壹贰叁) */
const D = `[\\d${SPOKEN_DIGIT_CLASS}]`;
/** a digit, written or spoken, at the end */
const DIGIT_END_RE = new RegExp(`${D}$`, 'u');
/** three digits or more, single spaces or dashes between them */
const DIGIT_RUN_RE = new RegExp(`${D}(?:[ -]?${D}){2,}`, 'gu');
/**
 * Words that say a piece continues an earlier one, one or several in a row ("接着：后四位", "接 #5，後三碼是"):
 * 接上条/接上楼/接2楼/接 #5/接着, 后四位/後三碼/后半段/后面是/後面係/剩下的, "the rest (of the number) is", "last
 * four are", "second half is", "ends in"
 */
const CONTINUES_RE =
  /(?:(?:接(?:上一?[条條楼樓]|上面|[着著]|\s?#\s?\d{1,3}|\s?\d{1,3}\s?[楼樓])|[后後](?:面|半[段截]?|\s?[0-9一二三四五六七八两兩]\s?[位码碼个個])(?:的|几位|幾位|几个|幾個)?(?:数字|數字|号码|號碼)?(?:是|为|為|係|接|跟)?|剩下的?(?:几位|幾位|数字|數字)?(?:是|为|為|係)?|\b(?:the )?rest(?: of (?:it|the (?:number|id|handle|digits)))? ?(?:is|are|:)|\b(?:the )?last (?:\d|two|three|four|five|six)(?: digits| numbers)? ?(?:is|are|:)|\bsecond (?:half|part)(?: is)? ?:?|\bends? (?:with|in))[\s:：,，]*)+/giu;
/**
 * the second piece: two digits or more (single spaces or dashes between them; not a count, "38期", "10%"),
 * or an id's part with a letter and a digit or an underscore
 */
const SECOND_PIECE_RE = new RegExp(
  `^(?:(?:${D}[ -]?){1,11}${D}|(?=[A-Za-z0-9_]*[A-Za-z])(?=[A-Za-z0-9_]*[\\d_])[A-Za-z0-9_]{2,24})(?![A-Za-z0-9_@%％]|\\s?[期个個元块塊万萬年月天日]|\\.[A-Za-z0-9])`,
  'u',
);
/** a second piece that says whose piece it finishes ("接在学长那段后面", "接2楼", "接 #5"): another writer's may be meant */
const NAMES_FIRST_RE = /接(?:在|到|\s?#\s?\d|\s?\d{1,3}\s?[楼樓])/u;
/**
 * the reply's address before its words ("回复 风吹麦浪1987 ：后面是 418590", "@dave ", a reply's arrow and the name
 * on a line of its own, "↪ Michelle Tranter"): no part of a piece
 */
const REPLY_ADDRESS_RE =
  /^\s*(?:(?:回复|回覆|reply(?:ing)? to)\s?@?[^\s:：]{1,24}\s?[:：]|@[^\s:：]{1,24}[\s:：]|[↪↳⤷]\s?[^\n:：]{1,40}\n)\s*/iu;
/** The start of a second piece that says it continues the comment before ("接上条：", "continued:", "then 0164"). */
const CONTINUED_LEAD_RE =
  /^\s*(?:接上条|接上楼|续上条|(?:cont(?:inued|'d)?|\(cont\.?\))|(?:and )?then|(?:the )?rest(?: is)?)\s*[:：,，]?\s*/iu;

/**
 * Words that open the first piece ("前面是", "前5位是", "前半段是", "first part is", "starts with"): the
 * piece read after them, the words dropped
 */
const FIRST_PIECE_RE =
  /(?:前面|前半[段截]?|前\s?[0-9一二三四五六七八]\s?[位码碼个個])(?:的|几位|幾位)?(?:数字|數字|号码|號碼)?(?:是|为|為|係)?\s*[:：]?\s*|\b(?:the )?first (?:part|half|\d|three|four|five|six)(?: digits)? (?:is|are) |\bstarts (?:with )?/giu;
/** a number's characters as the first piece writes them (spaces, dashes, brackets), or an id's (no spaces; an @ before it) */
const FIRST_PIECE_CHARS_RE = new RegExp(
  `^(?:\\+?\\(?${D}(?:${D}|[ ().-]){0,18}${D}|@?[A-Za-z0-9_][A-Za-z0-9_.-]{0,23}(?<!\\.))`,
  'u',
);
/** a Latin run at the end after Chinese or a colon, dots and dashes inside it ("加賴 yeh.loan"; not after other words, nor a button's "· Share") */
const ID_TAIL_RE = /[\p{sc=Han}\u3000-\u303f\uff00-\uffef:]\s*[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$/u;
/**
 * a piece the writer says is not whole, the rest elsewhere or lost ("v❤ hxy_xs 后面几位数字我记不全",
 * "2871，后面几位我发楼下"): group 1 the piece, the words after it
 */
const REST_ELSEWHERE_RE = new RegExp(
  `((?:[A-Za-z0-9_][A-Za-z0-9_.-]{1,23}|${D}(?:[ -]?${D}){2,}))\\s*[,，]?\\s*(?:[后後]面|[后後]半段?|剩下|其[余餘])(?:的|几位|幾位|几个|幾個)?(?:数字|數字|号码|號碼)?(?!是|为|為|係|接)`,
  'gu',
);
/** the promise of the rest in the next comment ("下一条发", "发楼下", Cantonese "我下面再打", "rest in my next comment", "I'll put the rest below") */
const NEXT_PART_RE =
  /下一?条|下一?楼|下个?评论|楼下|下面(?:再)?(?:打|发|發|写|寫|补|補|贴|貼)|next (?:comment|reply|post|one)|(?:rest|other half|second half|last (?:part|digits)) (?:is )?below/giu;
/**
 * how far before its end (or the promise of the rest, or the continuing words) the first piece may stand:
 * an excuse may stand between them ("347-555 ... it keeps deleting my comment when I put the whole thing 🙄
 * I'll put the rest below"); and how much may follow the promise
 */
const FIRST_PIECE_GAP = 90;
const NEXT_PART_REST = 20;

export interface SecondPiece {
  /** where the piece's continuing words start (0 for a piece that opens its comment) */
  at: number;
  /** the piece, separators dropped */
  piece: string;
  /** it says where the first piece stands (else only its own writer's first piece is meant) */
  pointed: boolean;
  /** no words say it continues: it opens its comment, so only the same writer's comment just before is meant */
  opening: boolean;
}

/** The second piece of a handle in `text`: after words that say it continues one, or opening the text. */
export function secondPiece(text: string): SecondPiece | undefined {
  for (const m of text.matchAll(CONTINUES_RE)) {
    const p = SECOND_PIECE_RE.exec(text.slice((m.index ?? 0) + m[0].length));
    if (p)
      return {
        at: m.index ?? 0,
        piece: p[0].replace(/[ -]/gu, ''),
        pointed: NAMES_FIRST_RE.test(text),
        opening: false,
      };
  }
  const p = SECOND_PIECE_RE.exec(
    text
      .replace(REPLY_ADDRESS_RE, '')
      .replace(CONTINUED_LEAD_RE, '')
      .replace(/^(?:\.{2,}|…+)\s*/u, ''),
  );
  return p ? { at: 0, piece: p[0].replace(/[ -]/gu, ''), pointed: false, opening: true } : undefined;
}

export interface FirstPiece {
  /** the text up to the end of the piece, for the second to be put after */
  text: string;
  /**
   * the writer says the rest is not in this comment, and does not promise it in their own next one
   * ("hxy_xs 后面几位我记不全"): another writer may finish it
   */
  deferred: boolean;
}

/**
 * The text a second piece is put after. Of another comment: its promise of the rest ("下一条发") dropped
 * first. Then up to the end of a piece opened by "前面是" / "first part is" (those words dropped), or of one
 * the rest of which the writer says is elsewhere ("hxy_xs 后面几位我记不全"); else, before a piece of digits,
 * up to the end of its last run of digits near its end (an excuse may follow it: "555-Edit: it cut off my
 * number lol,"); else up to its end when that ends in an id's or a number's character after Chinese or a
 * colon ("下卡找 kaxz"). Undefined when the text holds no piece.
 */
export function firstPiece(text: string, digits: boolean, another = false): FirstPiece | undefined {
  let t = text;
  let promise: RegExpMatchArray | undefined;
  if (another) for (const m of t.matchAll(NEXT_PART_RE)) promise = m;
  const promised = !!promise && t.length - (promise.index ?? 0) - promise[0].length <= NEXT_PART_REST;
  if (promised) t = t.slice(0, promise?.index);
  let opened: RegExpMatchArray | undefined;
  for (const m of t.matchAll(FIRST_PIECE_RE)) opened = m;
  const p = opened && FIRST_PIECE_CHARS_RE.exec(t.slice((opened.index ?? 0) + opened[0].length));
  if (p) return { text: `${t.slice(0, opened?.index).trimEnd()} ${p[0]}`, deferred: false };
  let rest: RegExpMatchArray | undefined;
  for (const m of t.matchAll(REST_ELSEWHERE_RE)) rest = m;
  if (rest) return { text: t.slice(0, (rest.index ?? 0) + (rest[1]?.length ?? 0)), deferred: !promised };
  t = t.replace(/[^\p{L}\p{N}_]+$/u, '');
  if (digits) {
    // the last run of three digits or more (reaction counts after it, "👎 22 😕 9", are no piece)
    const from = Math.max(0, t.length - FIRST_PIECE_GAP);
    let end = -1;
    for (const m of t.slice(from).matchAll(DIGIT_RUN_RE)) end = from + (m.index ?? 0) + m[0].length;
    if (end >= 0) return { text: t.slice(0, end), deferred: false };
  }
  // an id's part ends a line of Chinese ("下卡找 kaxz", "v❤: xdxs_"), not an English sentence ("cut me off")
  return ID_TAIL_RE.test(t) ? { text: t, deferred: false } : undefined;
}

/** Whether a first piece ends in a digit, written or spoken (a second piece of digits is put after a space). */
export function digitEnded(text: string): boolean {
  return DIGIT_END_RE.test(text);
}
