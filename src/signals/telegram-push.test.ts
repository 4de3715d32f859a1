import { ARTICLE_EN, ARTICLE_ZH, comments, testSignal } from '../../tests/helpers/signal-tester';
import { telegramPush } from './telegram-push';

testSignal(telegramPush, {
  valid: [
    {
      name: "a crypto exchange's own Telegram group in its article, no commenter passing it on",
      html: `<article><h1>Withdrawal limits and fees</h1><p>Withdrawals above $10,000 need a second review.</p><p>Join our official community on Telegram: https://t.me/northwind_exchange</p></article>${comments(
        [{ a: 'Ilse', t: 'Thanks, the fee table helped.', when: '2 days ago' }],
      )}`,
    },
    {
      name: 'a Telegram account pushed under a page that is not about money',
      html: `<article><h1>Painting miniatures: wet blending</h1><p>Keep the palette damp and thin the paint.</p></article>${comments(
        [{ a: 'brushfox', t: 'We swap tips every night, add me on Telegram @brushfox_paints', when: '3 days ago' }],
      )}`,
    },
    {
      name: 'a reader reports the Telegram account that approached them and warns others',
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Marta',
          t: 'Careful: someone messaged me from Telegram @recovery_desk_kyle promising to get my deposit back for a fee. It is a scam, do not pay them.',
          when: '1 day ago',
        },
      ])}`,
    },
    {
      name: 'a WhatsApp number pushed in a comment (another channel; not this signal)',
      html: `${ARTICLE_EN}${comments([
        { a: 'Dee', t: 'She sorted my card debt, contact her on WhatsApp +1 415 555 0182.', when: '2 days ago' },
      ])}`,
    },
    {
      name: '发布者本人在评论里回复官方电报群(网站自己的账号)',
      html: `<article><h1>北岸理财社 · 本周基金定投复盘</h1><p>发布：北岸理财社编辑部</p><p>定投不是择时，坚持比技巧重要。</p></article>${comments(
        [{ a: '北岸理财社编辑部', t: '读者交流群在电报 @beian_licai_readers,欢迎加入讨论。', when: '1天前' }],
      )}`,
    },
  ],
  invalid: [
    {
      name: 'a commenter sends readers to a Telegram account on a gambling-loss thread',
      html: `${ARTICLE_EN}${comments([
        {
          a: 'nightowl',
          t: 'Same happened to me, 2.8k stuck in review. What worked for me was a guy who handles disputes, add on tele: ChargebackOps_Rui',
          when: '4 days ago',
        },
      ])}`,
      messages: ['ev_telegram_push_comment'],
    },
    {
      name: '股票话题下有人让大家去 TG 搜一个账号',
      html: `${ARTICLE_ZH}${comments([{ a: '量化老猫', t: '想看实盘流水的 tg 搜 quant_laomao_desk,下划线别漏。', when: '2天前' }])}`,
      messages: ['ev_telegram_push_comment'],
    },
    {
      name: 'a t.me link pasted by a commenter under a debt article',
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Grant W',
          t: 'The people who helped me settle are here: https://t.me/settle_fast_team',
          when: '6 hours ago',
        },
      ])}`,
      messages: ['ev_telegram_push_comment'],
    },
  ],
});
