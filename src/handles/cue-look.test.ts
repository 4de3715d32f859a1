import { describe, expect, it } from 'vitest';
import { sameWithoutUnicodeOnBmp } from '../text/scan';
import { ANY_CUE_I, ANY_CUE_U, EN_DIGIT_WORDS, hasContactCue } from './cue-look';

/** The look as one pattern under unicode + ignore case: what the two parts must read alike. */
const ANY_CUE = new RegExp(
  [
    '[微薇威徽维維衛卫嶶][ \\t]{0,2}信|薇(?=[:：]|[ \\t]?[A-Za-z][A-Za-z_-]{0,18}[0-9_-])|[绿綠]泡泡|[微薇威徽维維][\\p{Extended_Pictographic}❤♥★☆✨⭐\\uFE0F]|信[号號]|[扣企]扣|企[鹅鵝]|[飞飛]机|[飞飛]機|[电電][报報]|[赖賴]|ㄌㄞ|同[号號]|[卫衛]星|私我|[拨撥]打|致[电電]|[报報][警]|[举舉][报報]|[号號][码碼]|座[机機]|群[号號]|[+＋➕] ?[Vv]',
    '[联聯][系繫络絡]|[备備][注註]|[咨諮][询詢]|[复複][制製]|推[给給]|私[信聊]|[扫掃][码碼]|搜|[搵揾]|🛰|📞|☎|☏|📱|\\[\\.\\]|[添加]|[电電]话|[电電]話|手[机機]|[热熱][线線]|客服|[邮郵]箱|[电電][邮郵]|QQ',
    '(?<![a-z])(?:wx|vx|tg|dm|line|qq)(?![a-z])|(?<![a-z])v(?=[\\p{Extended_Pictographic}❤♥★☆✨⭐\\uFE0F]{0,3}[:：])|wechat|weixin|telegram|whats\\s?app|signal|contact|reach|message|phone|call|dial|hotline|text|mail|inbox|ping|touch|number',
    '@|＠|\\(at\\)|\\[at\\]|艾特|me\\s?/|tg:|tel:|tele\\s?:|qzone',
    `(?<![a-z])(?:${EN_DIGIT_WORDS})[\\s,/.\\-]{1,3}(?:${EN_DIGIT_WORDS})[\\s,/.\\-]{1,3}(?:${EN_DIGIT_WORDS})(?![a-z])`,
    '[0-9０-９①-⑳❶-➓⓪-⓿𝟎-𝟿](?:[\\s.\\-()/]?[0-9０-９①-⑳❶-➓⓪-⓿𝟎-𝟿]){4}',
    '\\p{Cf}',
  ].join('|'),
  'iu',
);

/** Code points to try one by one: the BMP, the emoji planes' pictographs, math digits, tag characters. */
function* codePoints(): Generator<number> {
  for (let cp = 0; cp < 0x10000; cp++) if (cp < 0xd800 || cp >= 0xe000) yield cp;
  for (let cp = 0x1d7c0; cp < 0x1d800; cp++) yield cp;
  for (let cp = 0x1f000; cp < 0x1fb00; cp++) yield cp;
  for (let cp = 0xe0000; cp < 0xe0080; cp++) yield cp;
}

describe('hasContactCue', () => {
  it('reads its two faster parts exactly as the one pattern under unicode + ignore case', () => {
    // the part without the unicode flag means the same with it, but on ſ and the Kelvin sign (it has no
    // negated class, which would read surrogates apart)
    expect(sameWithoutUnicodeOnBmp(ANY_CUE_I.source)).toBe(true);
    expect(ANY_CUE_I.source.includes('[^')).toBe(false);
    expect(ANY_CUE_U.flags).toBe('u');
    let cues = 0;
    for (const cp of codePoints()) {
      const ch = String.fromCodePoint(cp);
      for (const text of [ch, `微${ch}`, `v${ch}:`, `a${ch}v❤:`, `${ch}wechat`, `x${ch}qq`, `12${ch}345`]) {
        const want = ANY_CUE.test(text);
        if (hasContactCue(text) !== want) expect(hasContactCue(text), `U+${cp.toString(16)} in ${text}`).toBe(want);
        if (want) cues++;
      }
    }
    expect(cues).toBeGreaterThan(100_000);
  });

  it('finds the same cues as the one pattern on random text', () => {
    const pieces = [
      ...'微薇威信号扣企鹅飞机電报赖同卫星私我拨打致警举码座联系备注咨询复制推给聊扫搜揾添加话手热线客服邮箱',
      ...'vVxXqQwWtTkKsS ſ\u212a:：+＋➕@＠/.-()①⑳❶⓪𝟎０9',
      '😀',
      '❤',
      'ⓜ',
      'Ⓜ',
      '\ud83d',
      '\ude00',
      '\u200b',
      '\ufe0f',
      'seven',
      'one',
      'oh',
      'wechat',
      'line',
      'tele',
      'me',
      '(at)',
      '[.]',
    ];
    let seed = 7;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    let cues = 0;
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const n = 1 + Math.floor(rand() * 8);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(rand() * pieces.length)] ?? '';
      const want = ANY_CUE.test(text);
      if (hasContactCue(text) !== want) expect(hasContactCue(text), JSON.stringify(text)).toBe(want);
      if (want) cues++;
    }
    expect(cues).toBeGreaterThan(5000);
  });
});
