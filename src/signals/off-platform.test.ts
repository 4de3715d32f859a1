import { ARTICLE_EN, ARTICLE_ZH, comments, testSignal } from '../../tests/helpers/signal-tester';
import { offPlatform } from './off-platform';

const BID =
  '<article><h1>Write credit dispute letters for 3 bureaus</h1><p>I need someone to word dispute letters for my credit report, I will mail them myself.</p>';

testSignal(offPlatform, {
  valid: [
    {
      name: 'a freelancer gives a private line without a word about leaving the site',
      html: `${BID}<p>I can do all three letters. Telegram: dorian_fixes_files, tell me your scores.</p></article>`,
    },
    {
      name: "the site's own warning against talking outside it, beside the bid with the line",
      html: `${BID}<p>Telegram: dorian_fixes_files, tell me your scores.</p><p>Paying or talking outside the platform removes your payment protection.</p></article>`,
    },
    {
      name: 'a reader tells others never to pay outside the platform',
      html: `${ARTICLE_EN}${comments([
        { a: 'Rudy', t: 'Anyone know a good credit counselor? Text me at 469-555-0162 if you do.' },
        { a: 'Jess', t: "Don't pay anyone outside the platform, the wire is gone when they vanish." },
      ])}`,
    },
    {
      name: '版规写着禁止私下交易,一位读者留了自己的微信',
      html: `${ARTICLE_ZH}${comments([
        { a: '小李', t: '本版禁止私下交易,请大家注意。' },
        { a: '阿May', t: '想一起记账打卡的加微信 amay_zaoshui 互相监督。' },
      ])}`,
    },
  ],
  invalid: [
    {
      name: 'a bid keeps the work off the site because the site takes a cut',
      html: `${BID}<p>I only charge per item after you see it gone. This site takes 20% so for this type of work I keep it off here. Telegram: dorian_fixes_files.</p></article>`,
      messages: ['ev_off_platform_private_line'],
    },
    {
      name: '留言板里先说平台发信要开会员,换个方式聊,后来同一个人给出微信',
      html: `${ARTICLE_ZH}${comments([
        { a: '安娜', t: '平台发信要开会员,我们可以换个方式聊。' },
        { a: '老陈', t: '好的,怎么联系你?' },
        { a: '安娜', t: '加我微信 gold_anna0719,说是良缘上认识的。' },
      ])}`,
      messages: ['ev_off_platform_private_line'],
    },
    {
      name: '顧問話版主唔鍾意喺度講數字,叫人 WhatsApp 詳談',
      html: `${ARTICLE_ZH}${comments([
        { a: 'Jason', t: '銀行私貸兩間都唔批，TU 有遲還，仲有冇得借？' },
        { a: 'Kelvin_財務顧問', t: '唔好喺度講太多數字，版主唔鍾意，WhatsApp 6482 1973 詳談' },
      ])}`,
      messages: ['ev_off_platform_private_line'],
    },
  ],
});
