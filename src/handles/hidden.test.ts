import { describe, expect, it } from 'vitest';
import { normalize } from '../text/normalize';
import { hiddenContact } from './hidden';

const read = (s: string) => hiddenContact(normalize(s).text);

describe('hiddenContact', () => {
  it.each([
    [
      'a prefix to put in front of a WhatsApp number',
      '你 WhatsApp 搵 Miss Cheung，記得前面加 852',
      'whatsapp',
      'assembly',
    ],
    [
      'an id spelled from initials',
      '对接人的微信就是楼盘名的拼音首字母，后面接“维权”的全拼，全部小写连在一起',
      'wechat',
      'assembly',
    ],
    ['a code with a suffix', '群号就是基金代码，后面接着加上 8836，搜QQ群号就能看到', 'qq', 'assembly'],
    ['a LINE id typed lower case', '加LINE ID:chen.lt 8 8 6（全部小写，中间没有空格）', 'line', 'assembly'],
    [
      'a Telegram name as one word',
      'Reach Colette on Telegram only, the name in the description, all one word',
      'telegram',
      'assembly',
    ],
    [
      'a moderator excuse before the app',
      '这里发完整的会被删，分开发给你。孙老师微信前面是 sunls',
      'wechat',
      'evasion',
    ],
    ['a Cantonese excuse', '呢度唔俾出電話，你 WhatsApp 搵 Miss Cheung', 'phone', 'evasion'],
    ['a Cantonese dislike of posting a number', 'Ken 哥唔鍾意留電話喺網上，WhatsApp 佢問吓', 'phone', 'evasion'],
    [
      'a post that gets deleted',
      'It gets deleted if I post it, so WhatsApp her and say Jo sent you',
      'whatsapp',
      'evasion',
    ],
    ['a filter that eats numbers', 'The filter eats numbers here, text him', 'phone', 'evasion'],
    ['a forum that eats numbers', 'typing it spaced because the forum eats numbers', 'phone', 'evasion'],
    ['an English excuse', "I can't post numbers here, they get deleted. WhatsApp her instead", 'whatsapp', 'evasion'],
    [
      "a phone the writer won't post",
      "I won't post his phone on an open forum, but his WhatsApp is the same as his name here",
      'phone',
      'evasion',
    ],
    [
      'a board that deletes the mail it names',
      "This board deletes emails so I'll write it out: hollis dot claims, then the at sign",
      'email',
      'evasion',
    ],
  ])('reads %s', (_name, text, kind, how) => {
    expect(read(text)).toMatchObject({ kind, how });
  });

  it.each([
    ['a handle written out', '加老师微信 xys8775'],
    ['added him later', '我后面加了他微信，聊了几句'],
    ['conversely', '反过来说，微信也能用来查账单'],
    ['a bank that reversed a charge', 'The bank reversed the charge. Call the hotline at the start of the month.'],
    ['an instruction with no contact app', '把文件名里的空格去掉，全部小写，再上传'],
    ['an instruction in another sentence than the app', '请全部小写输入用户名。客服电话见官网'],
    ['a phone left with the property office', '我的电话不方便留，有事问物业'],
    ['a site that removes links, no mail named', 'This site removes links after a week, save the page'],
    ['emails sent, not hidden', 'I sent the board three emails and nobody answered'],
  ])('leaves %s', (_name, text) => {
    expect(read(text)).toBeUndefined();
  });
});
