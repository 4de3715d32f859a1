import { comments, testSignal } from '../../tests/helpers/signal-tester';
import { disguisedHandle } from './disguised-handle';

const ARTICLE_ZH = '<article><h1>信用卡逾期了怎么办</h1><p>先联系发卡行,说明情况。</p></article>';

testSignal(disguisedHandle, {
  valid: [
    {
      name: 'a plainly written number on a money page',
      html: `${ARTICLE_ZH}${comments([{ a: '阿强', t: '我加的老师微信 laoshi_8899,帮我做了方案' }])}`,
    },
    {
      name: 'an anti-fraud article quoting a disguised number as a warning',
      html: '<article><h1>警惕债务协商骗局</h1><p>骗子常把号码写成“幺三八 洞洞幺三 八两洞幺”来躲避审核,切勿添加。</p></article>',
    },
    {
      name: 'a disguised handle on a page that is not about money',
      html: `<article><h1>手工皂教程</h1><p>材料准备好就可以开始了。</p></article>${comments([
        { a: '小鹿', t: '想要模具的加我 V:ab❤c123' },
      ])}`,
    },
  ],
  invalid: [
    {
      name: 'a teacher’s number in spoken digits in a debt thread',
      html: `${ARTICLE_ZH}${comments([{ a: '老刘', t: '老师手机微信同号 幺三八 洞洞幺三 八两洞幺,这里不让发数字' }])}`,
      messages: ['ev_disguised_handle_written'],
    },
    {
      name: 'a WhatsApp number in Suzhou numerals beside a flat deposit (订金: a page about money)',
      html: `<article><h1>居屋抽籤結果公布</h1><p>今期申請人數創新高。</p></article>${comments([
        { a: 'Ken 哥', t: '有內部預留單位，交 8 萬訂金。我唔鍾意留電話喺網上，用花碼寫，WhatsApp：〦〢〥〨 〩〣〧〡' },
      ])}`,
      messages: ['ev_disguised_handle_written'],
    },
    {
      name: 'a WhatsApp number with invisible characters under a savings article',
      html: `<article><h1>How I rebuilt my savings</h1><p>Budget first.</p></article>${comments([
        { a: 'Grace', t: 'Message her on WhatsApp: +1 \u200B(929)\u200B 555\u200B-0164', when: '2 days ago' },
      ])}`,
      messages: ['ev_disguised_handle_written'],
    },
  ],
});
