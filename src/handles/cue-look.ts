/**
 * The contact cues' cheap first look on raw text (`hasContactCue`), apart from the cues themselves
 * (`./cues`): a sub-frame evaluates this module alone, before it asks the background for anything, and
 * scans only when it finds a cue. It imports nothing and its patterns ship in every build; the cues'
 * module is evaluated only after the background answered, and the content script is sent its long
 * patterns (`SENT_REGEX_FILES` in src/ext/regexes.ts).
 */

/** Digits spelled in English ("oh" for zero), for spelled numbers and their first look. */
export const EN_DIGIT_WORDS = 'zero|oh|one|two|three|four|five|six|seven|eight|nine';

/**
 * Cheap first look on raw (unnormalized) text: false means no handle can be found in it. True for any
 * cue word or alias (simplified or traditional), `@`, a link to a contact app, a run of five digits
 * (ASCII, full-width or circled), or a format character (zero-width tricks).
 */
export function hasContactCue(text: string): boolean {
  // ſ and the Kelvin sign fold onto s and k only under the unicode flag: such text is read with both
  // parts as one pattern under unicode + ignore case
  if (FOLDS_RE.test(text)) {
    anyCue ??= new RegExp(`${ANY_CUE_U.source}|${ANY_CUE_I.source}`, 'iu');
    return anyCue.test(text);
  }
  return ANY_CUE_U.test(text) || ANY_CUE_I.test(text);
}
let anyCue: RegExp | undefined;

/**
 * The look in two parts that compile faster than one pattern under unicode + ignore case (V8 works out
 * the case folding of every class of such a pattern): what needs the unicode flag (properties, characters
 * beyond U+FFFF), written without ignore case (ⓜ is the one case partner of an Extended_Pictographic
 * character), and the rest without the unicode flag, the same on text without ſ and the Kelvin sign.
 * Tested against the one pattern (src/handles/cues.test.ts).
 */
const PICTO = '[\\p{Extended_Pictographic}\\u24dc❤♥★☆✨⭐\\uFE0F]';
/** a digit said in English, or said twice or three times ("double oh") */
const SAID = `(?:${EN_DIGIT_WORDS}|double|triple)`;
const CUE_DIGIT = '[0-9０-９①-⑳❶-➓⓪-⓿𝟎-𝟿]';
export const ANY_CUE_U = new RegExp(
  [
    `[微薇威徽维維围圍]${PICTO}`,
    `(?<![a-zA-Z\\u017f\\u212a])[vV](?=${PICTO}{0,3}[:：])`,
    '🛰|📞|📱',
    `${CUE_DIGIT}(?:[\\s.\\-()/]?${CUE_DIGIT}){4}`,
    // a + number apart by symbols: +1 ✦ 646 ✦ 555
    '\\+ ?\\d[\\d ().-]{0,20}[•·\\u2600-\\u27bf\\p{Extended_Pictographic}]',
    '\\p{Cf}',
  ].join('|'),
  'u',
);
export const ANY_CUE_I = new RegExp(
  [
    '[微薇威徽维維衛卫嶶围圍][ \\t]{0,2}信|薇(?=[:：]|[ \\t]?[A-Za-z][A-Za-z_-]{0,18}(?: [A-Za-z][A-Za-z_-]{0,9}){0,2} ?[0-9_-])|[绿綠]泡泡|信[号號]|[扣企]扣|企[鹅鵝]|[飞飛]机|[飞飛]機|[电電][报報]|[赖賴]|ㄌㄞ|同[号號]|[卫衛]星|私我|[拨撥]打|致[电電]|[报報][警]|[举舉][报報]|[号號][码碼]|座[机機]|群[号號]|[+＋➕] ?[Vv]',
    '[联聯][系繫络絡]|[备備][注註]|[咨諮][询詢]|[复複][制製]|推[给給]|私[信聊]|[扫掃][码碼]|搜|[搵揾]|☎|☏|\\[\\.\\]|[添加]|[电電]话|[电電]話|手[机機]|[热熱][线線]|客服|[邮郵]箱|[电電][邮郵]|QQ',
    '(?<![a-z])(?:wx|vx|tg|dm|line|qq)(?![a-z])|wechat|weixin|telegram|whats\\s?app|signal|contact|reach|message|phone|call|dial|hotline|text|mail|inbox|ping|touch|number',
    '@|＠|\\(at\\)|\\[at\\]|艾特|me\\s?/|tg:|tel:|tele\\s?:|qzone|paper ?(?:air)?plane|speech bubble',
    `(?<![a-z])${SAID}[\\s,/.\\-]{1,3}${SAID}[\\s,/.\\-]{1,3}${SAID}(?![a-z])`,
  ].join('|'),
  'i',
);
const FOLDS_RE = /[\u017f\u212a]/;
