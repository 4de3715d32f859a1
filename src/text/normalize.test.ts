import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeSteps, toOriginal, toSimplified } from './normalize';

const fixtures = join(import.meta.dirname, '..', '..', 'tests', 'fixtures');

/** Visible text of an HTML page, without tags, scripts and styles (enough for a comparison). */
function pageText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[^<]*<\/\1>/gu, ' ')
    .replace(/<[^>]{0,2000}>/gu, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

describe('normalize', () => {
  const cases: [string, string, string][] = [
    ['full-width letters and digits', '老师ｗｅｃｈａｔ：ＸＹＳ８７７５', '老师wechat:XYS8775'],
    ['circled and math digits (NFKC)', '电话①③⑧ 𝟏𝟐𝟑', '电话138 123'],
    ['dingbat digits by table', '➊❶➀⓵⓫⓿', '1111110'],
    ['Suzhou numerals (花碼) by table', 'WhatsApp：〦〢〥〨 〩〣〧〡', 'WhatsApp:6258 9371'],
    ['parenthesized and full-stop digits by table', 'QQ⑸⑴⑻⒉⒎ ⑽', 'QQ51827 10'],
    ['zero-width and format characters dropped', '微\u200b信\u200d号 x\u2060y\ufeffs\u00ad8', '微信号 xys8'],
    ['U+FE0F and Hangul fillers dropped', '电\ufe0f话\u3164号\u115f码', '电话号码'],
    ['traditional to simplified', '網貸逾期協商還款，聯繫老師', '网贷逾期协商还款,联系老师'],
    ['Taiwan/Hong Kong variants', '衞生 裡面', '卫生 里面'],
    ['simplified text stays', '怎么这里有里程碑', '怎么这里有里程碑'],
    ['pinyin with tone marks removed', '網(wǎng)站協(xié)商', '网站协商'],
    ['repeated toneless pinyin removed', '非(fei)(fei)法(fa)(fa)(fa)手段', '非法手段'],
    ['full-width parentheses around pinyin', '協（xié）商', '协商'],
    ['a handle in parentheses stays', '微信(xiaomei88)', '微信(xiaomei88)'],
    ['a lone toneless word stays', '老师微信(laoshi)', '老师微信(laoshi)'],
    ['Cyrillic look-alikes inside a Latin word', 'message on WhаtsАpp or Теlegram', 'message on WhatsApp or Telegram'],
    ['Russian text stays', 'Привет, как дела', 'Привет, как дела'],
    ['薇信 folded', '加薇信: ab12cd', '加微信: ab12cd'],
    ['威❤️信 folded', '威❤️信 xys', '微信 xys'],
    ['V信 folded', 'V信 abc123', '微信 abc123'],
    ['加V folded', '加V abc123', '加微信 abc123'],
    ['＋V folded', '＋V abc123', '+微信 abc123'],
    ['➕V folded', '➕V abc123', '+微信 abc123'],
    ['微🌟 with a handle folded', '加微🌟 abc123', '加微信 abc123'],
    ['企微 folded', '企微号 abc123', '微信号 abc123'],
    ['vx before a handle folded', 'vx: abc123', '微信: abc123'],
    ['wx before a handle folded', 'WX abc123', '微信 abc123'],
    ['卫星 before a handle folded', '卫星：abc12345', '微信:abc12345'],
    ['卫星 in a sentence stays', '卫星发射成功', '卫星发射成功'],
    ['威信 (prestige) stays', '他在村里很有威信', '他在村里很有威信'],
    ['扣扣 before a number folded', '扣扣 12345678', 'QQ 12345678'],
    ['扣扣 is QQ before other words too', '扣扣找我免费评估', 'QQ找我免费评估'],
    ['one 扣 after 加 before a QQ number is QQ', '加扣2964188073详细说', '加QQ 2964188073详细说'],
    ['扣扣子 and 扣扣搜搜 stay', '出门前扣扣子，别扣扣搜搜的', '出门前扣扣子,别扣扣搜搜的'],
    ['扣 before an amount stays', '我扣了2964元', '我扣了2964元'],
    ['薇同号 (the number is the WeChat too) is 微信同号', '电话 158 2736 0941，薇同号', '电话 158 2736 0941,微信同号'],
    ['企鹅 (penguin) stays', '南极的企鹅很可爱', '南极的企鹅很可爱'],
    ['飞机 before a handle folded', '飞机: @abc_123', 'Telegram: @abc_123'],
    ['坐飞机 stays', '坐飞机去北京', '坐飞机去北京'],
    ['letters for digits inside a number', 'WhatsApp +1 (5O4) 555-Ol46.', 'WhatsApp +1 (504) 555-0146.'],
    ['letters beside a number stay', 'Call 555 1234 lol, Model IO 2024', 'Call 555 1234 lol, Model IO 2024'],
    ['an ID with l or O among digits stays', '微信 a_19l3410 或 l9o8765', '微信 a_19l3410 或 l9o8765'],
    ['ㄌㄞ (zhuyin for 赖) is LINE', '有問題加ㄌㄞ:abc_778', '有问题加LINE:abc_778'],
    ['ㄌㄞˊ with its tone mark is LINE', '有問題加ㄌㄞˊ:abc_778', '有问题加LINE:abc_778'],
    ['ㄌㄞˊ before 搜尋 (search, traditional) is LINE', 'ㄌㄞˊ搜尋 @abc_778', 'LINE搜寻 @abc_778'],
    ['ㄌㄞˊ before an @id typed a space apart is LINE', 'ㄌㄞˊ 搜 @ 7 3 2 k q w x e', 'LINE 搜 @ 7 3 2 k q w x e'],
    ['绿泡泡 is WeChat', '加助理的绿泡泡🟢 abc_123', '加助理的微信🟢 abc_123'],
    ['纸飞机 is Telegram even before other words', '下个纸飞机,搜 @ abc_123', '下个Telegram,搜 @ abc_123'],
    ['折纸飞机 stays', '小朋友折纸飞机比赛', '小朋友折纸飞机比赛'],
    ['绿色聊天软件 is WeChat', '加她绿色的聊天软件 ab_123', '加她微信 ab_123'],
    ['绿色软件的号 is WeChat', '我绿色软件上的号:ab_123', '我微信上的号:ab_123'],
    ['绿色软件 (portable software) stays', '绿色软件免安装,解压即用', '绿色软件免安装,解压即用'],
    ['绿色软件 before a handle is WeChat', '老师绿色软件:wanglin_66', '老师微信:wanglin_66'],
    ['绿色软件 before a program name stays', '绿色软件下载 WinRAR_64 免安装', '绿色软件下载 WinRAR_64 免安装'],
    ['绿色 app for a plant stays', '这个绿色app图标是记账软件', '这个绿色app图标是记账软件'],
    ['one Q before a number is QQ', '师傅 Q 2930716852 加时备注', '师傅 QQ 2930716852 加时备注'],
    ['Q号 is QQ号', '他Q号在文件名上', '他QQ号在文件名上'],
    ['加Q glued to a number is QQ', '加Q2930716852', '加QQ 2930716852'],
    ['Q for a quarter stays', 'Q3 2026 营收, Q 1.5 亿', 'Q3 2026 营收, Q 1.5 亿'],
    ['on Tele is Telegram', 'my assistant on Tele. Search her', 'my assistant on Telegram. Search her'],
    [
      'the tele, telephone and Telemundo stay',
      'on the tele, via Telephone, on Telemundo',
      'on the tele, via Telephone, on Telemundo',
    ],
    ['电报 before a handle folded', '電報 abc_12345', 'Telegram abc_12345'],
    ['TG before a handle folded', 'TG @expert_help', 'Telegram @expert_help'],
    ['加赖 folded', '加賴 abc123', '加LINE abc123'],
    ['依赖 stays', '不要依赖别人', '不要依赖别人'],
    ["Taiwan's 賴我 (LINE me) before a handle folded", '有事賴我 kevin_0520', '有事LINE我 kevin_0520'],
    ['依赖我 stays', '他很依赖我，2024年再说', '他很依赖我,2024年再说'],
    ['WhatsApp typed apart folded', 'calls on W.h.a.t.s.A.p.p +44 7700 900652', 'calls on WhatsApp +44 7700 900652'],
    ['WA before a + number folded', 'WA +1 704 555 0118', 'WhatsApp +1 704 555 0118'],
    ['WA in an address stays', 'Seattle, WA 98101-1234', 'Seattle, WA 98101-1234'],
    [
      'WhatsApp misspelt folded',
      "What's App him, Whats-App, whatsap, watsap, wassap or wasap",
      'WhatsApp him, WhatsApp, WhatsApp, WhatsApp, WhatsApp or WhatsApp',
    ],
    ['W/A before a number folded', 'W/A +44 7700 900652', 'WhatsApp +44 7700 900652'],
    ['WA before a local number of nine digits folded', 'chat WA 081329475108', 'chat WhatsApp 081329475108'],
    ['(at) before a username is its @', 'Telegram (at)CoachMelissaVance', 'Telegram @CoachMelissaVance'],
    [
      'tele before an underscore id said aloud',
      'on tele, pellinore underscore retrieval',
      'on Telegram, pellinore_retrieval',
    ],
    [
      "an id's parts around its underscore, TG after",
      'Quarrington_ then DebtCare on TG',
      'Quarrington_DebtCare on Telegram',
    ],
    ['tele as television stays', 'we watched it on tele, great show', 'we watched it on tele, great show'],
    [
      'digits spelt in zhuyin after an id',
      'ㄌㄞ ID: hsudai ㄨˇ ㄅㄚ (後面注音是數字)',
      'LINE ID: hsudai58 (后面注音是数字)',
    ],
    ['digits spelt in zhuyin, two in a row', '號碼 ㄑㄧ ㄑㄧ ㄅㄚˉ ㄌㄧㄡˋㄐㄧㄡˇ', '号码 77869'],
    ['zhuyin as chat or a word stays', '我ㄅ知道ㄋ,加LINEㄧ下,ㄧ定要ㄅㄚ', '我ㄅ知道ㄋ,加LINEㄧ下,ㄧ定要ㄅㄚ'],
    ['Cantonese 孖 (double) inside a number said in words', 'WhatsApp 九孖八拐 洞三幺五', 'WhatsApp 九八八拐 洞三幺五'],
    [
      'digits said in pinyin, four or more in a row, and a V opening the clause before the id',
      '我打拼音你自己换：V xyhf san qi yao ling er ba，找周经理',
      '我打拼音你自己换:微信 xyhf 371028,找周经理',
    ],
    ['a 微 opening a clause before an id and its digits', '再发一遍：微 xyhf + 371028', '再发一遍:微信 xyhf + 371028'],
    [
      'pinyin words and a V that are no digits nor WeChat stay',
      'wo shi er san ren, Smith V Jones 2019',
      'wo shi er san ren, Smith V Jones 2019',
    ],
    ['a name that starts with V stays', 'Vivian_0815 wrote: hi', 'Vivian_0815 wrote: hi'],
    ['孖 outside a number stays', '佢哋係孖仔,去咗孖寶', '佢哋系孖仔,去咗孖宝'],
    [
      'what is, a wasp, W/A without a number stay',
      "what's happening, a wasp, whatsoever, W/A ratio",
      "what's happening, a wasp, whatsoever, W/A ratio",
    ],
    [
      'WA before a ZIP code, (at) after a word or before a space stay',
      'Seattle, WA 98101; me (at) home',
      'Seattle, WA 98101; me (at) home',
    ],
    ["Hong Kong's Wts used as a verb folded", '你 Wts 我啦,有事wts佢', '你 WhatsApp 我啦,有事WhatsApp佢'],
    ['WTS for want to sell stays', 'WTS 2 tickets, wts: iPhone 15', 'WTS 2 tickets, wts: iPhone 15'],
    ['spoken digits are not folded in ordinary text', '一二三四五六七八九', '一二三四五六七八九'],
    // an app named by its icon
    ['the paper plane app is Telegram', "He's on the blue paper plane app, search x", "He's on the Telegram, search x"],
    [
      'a paper plane stays',
      'we folded a paper plane, then a paper airplane',
      'we folded a paper plane, then a paper airplane',
    ],
    [
      'the blue app with the speech bubble is Signal',
      "she's on the blue app with the speech bubble, or the app with the blue speech bubble",
      "she's on Signal, or Signal",
    ],
    [
      'a speech bubble of another colour stays',
      'the green app with the speech bubble icon',
      'the green app with the speech bubble icon',
    ],
    [
      'the green one before a + number is WhatsApp',
      'Find me on WA, the green one 💚 +1 929',
      'Find me on WA, the WhatsApp 💚 +1 929',
    ],
    [
      'the green one before a price stays',
      'the green one 💚 $12, the green app is free',
      'the green one 💚 $12, the green app is free',
    ],
    ["a Signal username's dot spoken", 'on Signal, scrabackpay dot 19, or', 'on Signal, scrabackpay.19, or'],
    ['a dot spoken before a word stays', 'bob dot smith, a dot 2026s', 'bob dot smith, a dot 2026s'],
    ['a dot written in Chinese between letters', '助理：t点me/linlv_tuifei', '助理:t.me/linlv_tuifei'],
    ['…but not between digits (an hour)', '下午3点30到，t点 me', '下午3点30到,t点 me'],
    ["…or between an id's letters and its digits", 'LINE：azhe 點 0526', 'LINE:azhe.0526'],
    // a word ending in a look-alike letter before the number does not hide it
    [
      'letters for digits after Call',
      'Call (5O4) 555-Ol46 or tell 9O4 555 Ol46',
      'Call (504) 555-0146 or tell 904 555 0146',
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      expect(normalize(input).text).toBe(expected);
    });
  }

  it('maps every normalized character back into the original', () => {
    const src = '網(wǎng)站 加\u200b薇信：ｘｙｓ８７７５ ➊❶ 𝟏';
    const n = normalize(src);
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe(src.length);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.map[i]).toBeLessThanOrEqual(n.map[i + 1] ?? src.length);
      expect(n.map[i]).toBeLessThan(src.length);
    }
    const at = n.text.indexOf('xys8775');
    const [s, e] = toOriginal(n, at, at + 7);
    expect(src.slice(s, e)).toBe('ｘｙｓ８７７５');
    const w = n.text.indexOf('微信');
    const [ws, we] = toOriginal(n, w, w + 2);
    expect(src.slice(ws, we)).toBe('薇信');
  });

  it('the seed page normalizes to (nearly) its clean simplified version', () => {
    const mirrored = pageText(readFileSync(join(fixtures, 'seed-page.html'), 'utf8'));
    const clean = pageText(readFileSync(join(fixtures, 'seed-page.simplified.html'), 'utf8'));
    const got = normalize(mirrored).text;
    // the clean copy is not NFKC-folded (… and no-break spaces): compare on folded whitespace and NFKC
    const fold = (s: string) => s.normalize('NFKC').replace(/[ \t]+/gu, ' ');
    const gotLines = fold(got).split('\n');
    const cleanLines = fold(clean).split('\n');
    expect(gotLines.length).toBe(cleanLines.length);
    let differing = 0;
    for (let i = 0; i < cleanLines.length; i++) if (gotLines[i] !== cleanLines[i]) differing++;
    // one line of the mirror carries mojibake (?yún) that no normalizer can undo
    expect(differing).toBeLessThanOrEqual(1);
    expect(got).not.toMatch(/[\u3400-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,6}\)/u);
  });

  it('toSimplified converts without folding aliases', () => {
    expect(toSimplified('衛星發射')).toBe('卫星发射');
    expect(toSimplified('卫星: abc12345')).toBe('卫星: abc12345');
  });

  it('normalizeSteps gives what normalize gives, a pass per step', () => {
    for (const text of [
      '加薇信: ⑤⑥⑦ abc',
      'W.h.a.t.s.A.p.p +1 415 555 0182',
      '(5O4) 555-Ol46 wēi xìn',
      '：V xyhf san qi yao ling er ba',
      '',
    ]) {
      const steps = normalizeSteps(text);
      let r = steps.next();
      let yields = 0;
      for (; !r.done; r = steps.next()) yields++;
      expect(yields).toBe(5);
      const want = normalize(text);
      expect(r.value.text).toBe(want.text);
      expect(toOriginal(r.value, 0, r.value.text.length)).toEqual(toOriginal(want, 0, want.text.length));
    }
  });
});
