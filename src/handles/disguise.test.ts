import { describe, expect, it } from 'vitest';
import type { HandleKind } from '../report/types';
import { type DisguiseTell, disguiseOf } from './disguise';

const disguised: [string, HandleKind, DisguiseTell, string?][] = [
  ['x\u200By\u200Bs8775', 'wechat', 'invisible'],
  ['@PrimeSignalz', 'telegram', 'look-alike', 'Find him on Т\u0435l\u0435gr\u0430m: @PrimeSignalz'],
  ['@sеcure_desk', 'telegram', 'look-alike'],
  ['①③⑧00138127', 'phone', 'circled'],
  ['⑸⑴⑻⑵⑺⑶⑼⑴⑹', 'qq', 'circled'],
  ['+𝟏 (𝟒𝟎𝟒) 𝟓𝟓𝟓-𝟎𝟏𝟖𝟏', 'whatsapp', 'circled'],
  ['壹叁捌 零零壹叁 捌壹贰柒', 'phone', 'spelled'],
  ['幺三八 洞洞幺三 八两洞幺', 'phone', 'spelled'],
  ['four one five five five five zero one eight two', 'phone', 'spelled'],
  ['ab❤c123', 'wechat', 'emoji'],
  ['+1 ✦ 646 ✦ 555 ✦ 0172', 'whatsapp', 'emoji'],
  ['x y s 8 7 7 5', 'wechat', 'spaced'],
  ['R a n r a n _ s h 5 2', 'wechat', 'spaced'],
  ['1 2 3 4 5 6 7 8', 'qq', 'spaced'],
  ['+44 7700 9OO 123', 'whatsapp', 'letters-for-digits'],
  ['l z c j 下划线 0817', 'wechat', 'spelled'],
  ['h.l.h.0.5.7.7', 'wechat', 'spaced'],
  ['hlh0577', 'wechat', 'told', '咨询威:hlh0577(点去掉)'],
  ['lzcj_0817', 'wechat', 'told', '🛰 lzcj_0817，平台不让打全，大家自己拼一下'],
  ['t[.]me/mpf_siujie', 'telegram', 'defanged'],
  ['@mpf_siujie', 'telegram', 'told', '佢個頻道係 @mpf_siujie（個 [.] 改返做點）'],
  ['dorian.fixes.files', 'telegram', 'told', 'Telegram: dorian.fixes.files (take out the dots)'],
];

const plain: [string, HandleKind, string?][] = [
  ['+1 (415) 555-0182', 'phone'],
  ['06 12 34 56 78', 'phone'],
  ['646 · 555 · 0172', 'phone'],
  ['138-0013-8127', 'phone'],
  ['１３８００１３８１２７', 'phone'],
  ['wa.me/447700900123', 'whatsapp'],
  ['jo.hn (at) gmail (dot) com', 'email'],
  ['xys8775', 'wechat'],
  ['@john_doe', 'telegram', 'Our support team is on Telegram: @john_doe'],
  ['zhou_ls6602', 'wechat', '周老师,加V:zhou_ls6602 一二三'],
  ['support@bank.example', 'email', 'Ελληνικά and English side by side: support@bank.example'],
  ['@pat.lee', 'telegram', 'Take out the trash on Mondays; Telegram @pat.lee'],
];

describe('disguiseOf', () => {
  for (const [raw, kind, tell, context] of disguised) {
    it(`${raw} (${kind}) is ${tell}`, () => expect(disguiseOf(raw, kind, context)).toBe(tell));
  }
  for (const [raw, kind, context] of plain) {
    it(`${raw} (${kind}) is written plainly`, () => expect(disguiseOf(raw, kind, context)).toBeUndefined());
  }
});
