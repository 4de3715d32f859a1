import { comments, testSignal } from '../../tests/helpers/signal-tester';
import { testimonial } from './testimonial';

const ARTICLE_EN =
  '<article><h1>What to do after losing money to a crypto scam</h1><p>Report it to your bank.</p></article>';
const ARTICLE_ZH = '<article><h1>信用卡逾期了怎么办</h1><p>先联系发卡行,说明情况。</p></article>';

const STORY =
  '<article><h1>How I got back the $38,000 I lost to a fake exchange</h1><p>I put my savings into a trading site a woman from a gardening group showed me. When I tried to withdraw, they asked for a 20% tax.</p><p>A man in a support group told me about Miles, a blockchain investigator. Six weeks later, $36,400 came back into my bank account.</p>';

testSignal(testimonial, {
  valid: [
    {
      name: "the page's own story of money back, ending with the writer's own address",
      html: `${STORY}<p>If you are going through this, email me at sandra.writes@gmail.com and I will tell you what the police asked for.</p></article>`,
    },
    {
      name: "a story of money back through the police, with the detective's desk line",
      html: '<article><h1>How I got my money back</h1><p>Six weeks later, $13,070 came back into my bank account after the police froze the exchange account.</p><p>Detective Lindqvist of the county fraud unit takes these cases: call the unit on 0800 555 0100.</p></article>',
    },
    {
      name: 'a commenter recommends a firm, not a person',
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Dana',
          t: 'StepChange helped me set up a plan for my debts. Call them on 0800 138 1111, it is free.',
          when: '2 days ago',
        },
      ])}`,
    },
    {
      name: 'a success story with no contact',
      html: `${ARTICLE_EN}${comments([{ a: 'Ray', t: 'My bank helped me get my money back after I reported it within a day.', when: '1 day ago' }])}`,
    },
    {
      name: 'a tradesman recommended on a page that is not about money',
      html: `<article><h1>Fixing a noisy boiler</h1><p>Bleed the radiators first.</p></article>${comments([
        {
          a: 'Ann',
          t: 'Our plumber Dave fixed it in an hour, he saved us. Call him on 07700 900456.',
          when: '5 days ago',
        },
      ])}`,
    },
    {
      name: 'a commenter who calls it out in the same comment',
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Lee',
          t: 'They say he helped me get my money back, contact him on WhatsApp +1 415 555 0182? This is a scam.',
          when: '1 day ago',
        },
      ])}`,
    },
  ],
  invalid: [
    {
      name: "the page's own story of money back, then 'If you want to reach him:' over his lines in the blocks below",
      html: '<article><h1>UPDATE: got $39k of the $52k back</h1><p>I lost $52,300 to a fake crypto exchange. He filed the freeze request with the exchange. In the end $39,400 was returned to my Coinbase account on Thursday.</p><p>I just know how it feels. If you want to reach him:</p><p>Telegram: @nolantrace_cfi</p><p>email: nolan.cfi.recovery (at) proton (dot) me</p></article>',
      messages: ['ev_testimonial_success_referral'],
    },
    {
      name: "a reported story whose subject tells of the money back in quotation marks, ending with the team's line",
      html: '<article><h1>Grandmother recovers $64,000 lost to a fake crypto app</h1><p>"They told me two of the wallets were on a major exchange," she said. "I paid their service charge. On the 26th day the money was in my bank."</p><p>The team she worked with, led by case manager Daniel Whitford, can be reached by email at whitford.chaintrace (at) proton (dot) me or on WhatsApp at +1 614 555 0173. Carol says to tell them you read her story.</p></article>',
      messages: ['ev_testimonial_success_referral'],
    },
    {
      name: "a Cantonese reader's story of money got back (幫我攞返大半), ending with the adviser's WhatsApp",
      html: '<article><h1>網戀「投資」輸走38萬積蓄 追蹤顧問幫我攞返大半</h1><p>我報咗警，等咗兩個月都冇消息。後來有個做區塊鏈追蹤嘅顧問團隊幫我，到而家已經返咗二十幾萬。</p><p>同我一樣嘅朋友，可以 WhatsApp Ryan 問下：5182 7430，講係睇篇文搵佢嘅。</p></article>',
      messages: ['ev_testimonial_success_referral'],
    },
    {
      name: "the page's own story of money back, ending with a third person's free-mail address",
      html: `${STORY}<p>Miles only takes a few cases a month, but he said I could pass his contact on. You can reach him by email at harrow.retrieval (at) gmail (dot) com, and tell him Sandra sent you.</p></article>`,
      messages: ['ev_testimonial_success_referral'],
    },
    {
      name: 'a debt that went down and collectors who stopped calling, credited to a helper on WhatsApp',
      html: comments([
        {
          a: 'Glenda S.',
          t: "Mae, I was you two years ago. What fixed mine was Colette. My $31k went to a little over $6k and I haven't heard from a collector since. She is on WhatsApp at +1 937 555 0127, tell her you came from here.",
          when: 'October 13, 2026',
        },
      ]),
      messages: ['ev_testimonial_success_referral'],
    },
    {
      name: 'a recovery testimonial sending readers to a person on WhatsApp',
      html: `${ARTICLE_EN}${comments([
        {
          a: 'Marisol',
          t: 'I lost my savings to a fake broker. Kelvin Ross got my money back in a week, contact him on WhatsApp +1 (415) 555-0182.',
          when: '3 hours ago',
        },
      ])}`,
      messages: ['ev_testimonial_success_referral'],
    },
    {
      name: 'a debtor who credits a teacher and gives her WeChat',
      html: `${ARTICLE_ZH}${comments([{ a: '小雨', t: '我找了个老师帮我协商成功了,加她微信 xiaoyu_ls66 问问' }])}`,
      messages: ['ev_testimonial_success_referral'],
    },
  ],
});
