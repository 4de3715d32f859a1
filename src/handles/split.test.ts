import { describe, expect, it } from 'vitest';
import { firstPiece, secondPiece } from './split';

describe('secondPiece: the piece after words that say it continues an earlier one', () => {
  const found: [string, string][] = [
    ['接2楼：40396 连起来就是那个企鹅号', '40396'],
    ['接 #5，後三碼是 584。', '584'],
    ['上楼发不全，系统老吞，接着：后四位 3391，白天打', '3391'],
    ['后半段 yanqi5836，接在学长那段后面', 'yanqi5836'],
    ['接上条 0716 v 备注提额', '0716'],
    ['Sorry, the editor cut my comment off. Rest of the number is 900862. Just tell Harriet', '900862'],
    ['sorry it cut me off 😅 rest is 01 62', '0162'],
    ['it cut off my number lol, the last four are 0139.', '0139'],
    ['他的扣扣后面是 4 8 3 0 5 ，接在他回答里', '48305'],
    ['是不是后面跟 5820 那个？我上个月刚加的也是林老师', '5820'],
    ['sorry it got cut off, the rest is 93', '93'],
    ['接上条：八一四。加的时候说是看日记来的', '八一四'],
    ['... 900 562 (sorry YouTube keeps deleting it)', '900562'],
    ['↪ Michelle Tranter\n900 468 continue. The site keeps cutting my message off', '900468'],
    ['second part: Desk09 … put them together with no space on Telegram', 'Desk09'],
  ];
  it.each(found)('%s → %s', (text, piece) => {
    expect(secondPiece(text)?.piece).toBe(piece);
  });
  const none = [
    '算下来剩下38期大概还要付二十几万', // a count of instalments
    'the rest is 10% once the arrears are paid', // a share
    'the rest is history, I never paid them', // words
    '接下来我说说怎么跟银行谈', // 接下来 is no continuation
    'I paid the rest of it in 2024.', // a year after other words
  ];
  it.each(none)('none in %s', (text) => {
    expect(secondPiece(text)).toBeUndefined();
  });
});

describe('firstPiece: the text a second piece is put after', () => {
  it('reads the piece opened by 前面是 / first part is, those words dropped', () => {
    expect(firstPiece('王專員手機前面是 0971-263，打過去說是 01 房貸版介紹的', true)?.text).toBe('王專員手機 0971-263');
    expect(firstPiece('v❤前半段是 xdxs_ 后半段我让朋友发在下面', false)?.text).toBe('v❤ xdxs_');
    expect(firstPiece('text him, the first part is 312 555 and the rest below', true)?.text).toBe('text him, 312 555');
    expect(
      firstPiece(
        "ok first part is @HarlowAsset … I'll put the rest in the next comment so it doesn't get flagged",
        false,
        true,
      )?.text,
    ).toBe('ok @HarlowAsset');
  });
  it('before digits, ends at the last run of three digits or more near the end', () => {
    expect(firstPiece('She is on WhatsApp: +44 7700\n👎 22 😕 9', true)?.text).toBe('She is on WhatsApp: +44 7700');
    expect(firstPiece('His direct line is (602) 555-Edit: it cut off my number lol, ', true)?.text).toBe(
      'His direct line is (602) 555',
    );
  });
  it('says whether the writer leaves the rest to others (not promised in their own next comment)', () => {
    expect(firstPiece('老师的v❤ hxy_xs 后面几位数字我换手机聊天记录没了记不全，姐妹应该还在吧里', false)).toEqual({
      text: '老师的v❤ hxy_xs',
      deferred: true,
    });
    expect(firstPiece('你加扣扣 2871 ，后面几位我发楼下', true, true)).toEqual({
      text: '你加扣扣 2871',
      deferred: false,
    });
    expect(firstPiece('v❤前半段是 xdxs_', false)?.deferred).toBe(false);
    expect(firstPiece('She is on WhatsApp: +44 7700', true)?.deferred).toBe(false);
  });
  it('ends at an id part with a dot inside that closes a line of Chinese ("加賴 yeh.loan", a number to follow)', () => {
    expect(firstPiece('版規不能直接貼 我打分開 加賴 yeh.loan', true, true)?.text).toBe(
      '版規不能直接貼 我打分開 加賴 yeh.loan',
    );
  });
  it('ends at an id part that closes a line of other words, never at an English word', () => {
    expect(firstPiece('大额卡下卡找 kaxz', true)?.text).toBe('大额卡下卡找 kaxz');
    expect(firstPiece('sorry it cut me off 😅 ', true)).toBeUndefined();
    expect(firstPiece('谢谢大家，已经解决了。', true)).toBeUndefined();
    expect(firstPiece('Like · Reply · Share', true)).toBeUndefined();
  });
});
