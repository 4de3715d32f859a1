import { describe, expect, it } from 'vitest';
import { sameWithoutUnicodeOnBmp } from '../text/scan';
import { ANY_CUE, ANY_CUE_I, ANY_CUE_U, hasContactCue } from './cues';

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
