import { describe, expect, it } from 'vitest';
import { comments, forum } from '../../tests/helpers/signal-tester';
import { buildModel } from '../dom/model';
import { Walker } from '../dom/walk';
import { gatherFacts } from './facts';
import { parseHtml } from './scan';
import { threadsOf } from './threads';

function factsOf(html: string) {
  const doc = parseHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${html}</body></html>`);
  const w = new Walker(doc, {});
  w.run(Number.POSITIVE_INFINITY);
  return gatherFacts(buildModel(doc, w.state));
}

describe('the publisher answering in its comments', () => {
  it('is the one the page names outside its comments (a notice and its issuer)', () => {
    const f = factsOf(
      `<article><h1>关于物业费分期缴纳的通知</h1><p>发布:锦绣澜湾物业服务中心</p></article>${comments([
        { a: '陈阿姨', t: '分期是真的可以吗?要去哪里办?' },
        { a: '锦绣澜湾物业服务中心', t: '可以的阿姨,您直接加钱管家微信 jlwy_qianlp 说一下房号' },
      ])}`,
    );
    expect(f.comments.filter((c) => c.publisher).map((c) => c.author)).toEqual(['锦绣澜湾物业服务中心']);
  });
  it("is not a forum topic's starter, whom the topic's header names (楼主：…)", () => {
    const f = factsOf(
      `<div class="head">楼主：逾期的阿敏 · 浏览 2,318</div>${forum([
        { a: '逾期的阿敏', t: '两张信用卡加三个网贷逾期四个月了,有没有办法?' },
        { a: '已上岸的老周', t: '后来找了做债务协商的林老师,谈成了停息挂账。' },
        { a: '想上岸的小雨', t: '能把老师微信推给我吗' },
        { a: '逾期的阿敏', t: '加的就是这个老师的微信 lsx2026a,老师当天就给我做了方案' },
      ])}`,
    );
    expect(f.comments.some((c) => c.author === '逾期的阿敏' && c.handles.length > 0)).toBe(true);
    expect(f.comments.filter((c) => c.publisher)).toEqual([]);
  });
});

describe('a page about money', () => {
  it("is not any page with a price (a tutor's fee per lesson)", () => {
    const f = factsOf(
      comments([
        { a: 'Kelly媽咪', t: '想搵 DSE 數學補習老師，大家有冇推介？' },
        { a: '大圍阿Sam爸', t: '何 Sir 教得好，每堂 $450，兩個鐘，佢 WhatsApp：9461 2058。' },
      ]),
    );
    expect(f.money).not.toBe(true);
  });
  it('is a page about savings, loans or debt', () => {
    const f = factsOf(comments([{ a: 'Ann', t: 'I moved my savings into a high-yield account last month.' }]));
    expect(f.money).toBe(true);
  });
});

describe('an id given with no app named', () => {
  it("takes the app the page names for the same id elsewhere (LINE), in the facts and in the comment's keys", () => {
    const f = factsOf(
      `<article><h1>卡債整合問題</h1><p>四張卡快繳不出來了。</p></article>${comments([
        { a: '過來人', t: '我是找楊老師協商的，賴 y l s 5 2 6 8 直接問' },
        { a: '阿明', t: '真的有用，有需要的就加：ｙｌｓ５２６８' },
      ])}`,
    );
    expect(f.handles.map((h) => `${h.kind}:${h.value}`)).toEqual(['line:yls5268', 'line:yls5268']);
    expect(f.comments.flatMap((c) => c.handles)).toEqual(['line:yls5268', 'line:yls5268']);
  });
  it('is listed once in a comment that also names its app for it, in another paragraph', () => {
    const f = factsOf(
      comments([
        {
          a: '過來人',
          t: '我是找楊老師協商的，賴 y l s 5 2 6 8 直接問。</span></p><p><span>真的有用，有需要的就加：ｙｌｓ５２６８',
        },
      ]),
    );
    expect(f.comments.flatMap((c) => c.handles)).toEqual(['line:yls5268']);
  });
  it('stays a WeChat id when the page names no other app for it', () => {
    const f = factsOf(comments([{ a: '阿明', t: '真的有用，有需要的就加：ｙｌｓ５２６８' }]));
    expect(f.handles.map((h) => `${h.kind}:${h.value}`)).toEqual(['wechat:yls5268']);
  });
});

describe('a number written with and without its country code', () => {
  it("is one line, by the value written in full, in the facts and in the comments' keys", () => {
    const f = factsOf(
      comments([
        {
          a: 'Glenda S.',
          t: 'What fixed mine was Colette. She is on WhatsApp at +1 937 555 0127, tell her Glenda sent you.',
        },
        { a: 'Vonda K.', t: 'Second Colette, message her on WhatsApp 937-555-0127 and she will sort your cards.' },
      ]),
    );
    expect(f.handles.map((h) => `${h.kind}:${h.value}`)).toEqual(['whatsapp:19375550127', 'whatsapp:19375550127']);
    expect(f.comments.flatMap((c) => c.handles)).toEqual(['whatsapp:19375550127', 'whatsapp:19375550127']);
  });
  it('…and so with a trunk zero (Taiwan)', () => {
    const f = factsOf(
      comments([
        { a: '阿哲', t: '專員的WhatsApp +886 912 486 305 可以直接問' },
        { a: '小美', t: '我也是打 0912-486-305 問的，WhatsApp 一樣這支' },
      ]),
    );
    expect(new Set(f.handles.map((h) => h.value))).toEqual(new Set(['886912486305']));
  });
  it('leaves two different numbers apart, and a short number alone', () => {
    const f = factsOf(
      comments([
        { a: 'Glenda S.', t: 'She is on WhatsApp at +1 937 555 0127, tell her Glenda sent you.' },
        { a: 'Vonda K.', t: 'Message her on WhatsApp 937-555-0128 instead, the other one is full.' },
      ]),
    );
    expect(new Set(f.handles.map((h) => h.value))).toEqual(new Set(['19375550127', '9375550128']));
  });
});

describe("a BBS article's pushes", () => {
  const push = (mark: string, who: string, words: string, when: string) =>
    `<div class="push"><span class="hl push-tag">${mark} </span><span class="f3 hl push-userid">${who}</span><span class="f3 push-content">: ${words}</span><span class="push-ipdatetime"> ${when}</span></div>`;
  const page = (pushes: string) =>
    `<div id="main-content"><div class="article-metaline"><span class="article-meta-tag">作者</span><span class="article-meta-value">debt_ming (小明)</span></div>
卡債三家加起來六十幾萬，每個月只繳得出最低，想問前置協商要怎麼開始？
--
${pushes}</div>`;

  it("reads a line cut across one user's rows, and no writer's id as a line", () => {
    const f = factsOf(
      page(
        `${push('推', 'lucky_wen88', '我也是找陳專員幫忙談的，現在每月只繳八千', '11/21 21:02')}${push('推', 'debt_ming', '@lucky_wen88 可以給聯絡方式嗎？', '11/21 21:10')}${push('→', 'lucky_wen88', '他的賴前面是 chen', '11/21 21:12')}${push('→', 'lucky_wen88', '後面是 zy5520，說是版上看到的', '11/21 21:12')}`,
      ),
    );
    expect(f.comments.map((c) => c.author)).toEqual(['lucky_wen88', 'debt_ming', 'lucky_wen88', 'lucky_wen88']);
    expect(f.comments.map((c) => c.stages.includes('request'))).toEqual([false, true, false, false]);
    expect(f.handles.map((h) => `${h.kind}:${h.value}`)).toEqual(['line:chenzy5520']);
    // the pushes under one post are one conversation, though the ask names only the story's writer
    expect(threadsOf(f).map((t) => t.comments)).toEqual([[0, 1, 2, 3]]);
  });

  it('reads an @id of a writer here as whom the reply answers, not a line', () => {
    const f = factsOf(
      page(
        `${push('推', 'debt_ming', '謝謝大家，我先打給最大債權銀行', '11/21 21:10')}${push('推', 'bank_amy66', '@debt_ming 加油，有問題打帳單上的客服', '11/21 21:12')}`,
      ),
    );
    expect(f.comments.map((c) => c.author)).toEqual(['debt_ming', 'bank_amy66']);
    expect(f.handles).toEqual([]);
  });
});

describe('a member the page links to by a profile of their own', () => {
  // responses that show a display name, each beside a link to its writer's page by id ("/chiayi_lady")
  const response = (id: string, name: string, words: string) =>
    `<div class="response"><a class="r_avatar" href="/${id}"><img alt=""></a><div class="td_qual"><a class="name" href="/${id}">${name}</a></div><div class="text_holder">${words}</div><div class="r_meta">11/20 10:06</div></div>`;
  it('reads an @id of that member as whom the reply answers, not a line', () => {
    const f = factsOf(
      `<div class="plurk"><div class="content">前置協商談好了，月付從三萬降到一萬二，謝謝上次留言的大家</div></div><div class="responses">${response('chiayi_lady', '嘉義小姐', '恭喜！記得每期準時繳')}${response('debt_ming', '小明還債中', '@chiayi_lady 加了！謝謝妳上次分享的流程')}</div>`,
    );
    expect(f.comments.map((c) => c.author)).toEqual(['嘉義小姐', '小明還債中']);
    expect(f.handles).toEqual([]);
  });
  it('an @id no member has is still a line', () => {
    const f = factsOf(
      `<div class="responses">${response('chiayi_lady', '嘉義小姐', '恭喜！記得每期準時繳')}${response('debt_ming', '小明還債中', '@walt_tracer 加了！他說先付一筆保證金')}</div>`,
    );
    expect(f.handles.map((h) => `${h.kind}:${h.value}`)).toEqual(['telegram:walt_tracer']);
  });
});

describe('text as a browser parses it', () => {
  it('reads a name written with a character reference (Jim &amp; Sandy P.) whole, as one text', () => {
    const f = factsOf(
      `<article><h1>Hail on Maple Hollow</h1><p>Who did your roof after the storm?</p></article>${comments([
        { a: 'Jim &amp; Sandy P.', t: 'Dale did ours after the 2023 storm, good work and fair price.' },
        { a: 'Ron Beasley', t: 'Thanks, our adjuster comes Tuesday.' },
      ])}`,
    );
    expect(f.comments.map((c) => c.author)).toEqual(['Jim & Sandy P.', 'Ron Beasley']);
  });
});

describe('reported speech', () => {
  it("reads a story's stage inside single quotes ('…they got my funds back') as someone else's words", () => {
    const f = factsOf(
      `<article><h1>Part 2: how Dad's wire came back</h1><p>The bank's fraud line and a detective.</p></article>${comments(
        [
          {
            a: 'Bri',
            t: "Someone commented on my video saying 'message this agent, they got my funds back'. Same energy as your DMs, report those.",
          },
          { a: 'Ron', t: "I'm glad it worked out, the detective sounds great." },
        ],
      )}`,
    );
    expect(f.comments[0]?.stages).not.toContain('success');
  });
});

describe('a reply whose writer is named like a heading', () => {
  it('stays a comment when it has a sentence ("回复12: …。")', () => {
    const item = (i: number, t: string, r: string) =>
      `<li class="c"><div class="u"><span>用户${i}</span> <span>广东</span></div><div class="t">${t}</div><div class="m"><span>${i}天前</span> <span>赞 ${i}</span></div><ul class="rl"><li class="ri"><span>回复${i}</span>: <span>${r}</span></li></ul></li>`;
    const f = factsOf(
      `<article><h1>逾期了怎么和银行协商</h1><p>先打官方客服。</p></article><ul class="list">${item(1, '我上个月自己打了客服，谈成了分期。', '谢谢，我也去试试。')}${item(2, '利息能不能减免要看银行。', '银行说要提交材料。')}</ul>`,
    );
    expect(f.comments.length).toBe(4);
  });
});

describe("a list of a scheme's marks closed by one warning for them all", () => {
  it('warns every item before it, each ended by a semicolon (凡是…；凡是…——都不要信。)', () => {
    const f = factsOf(
      '<article><h1>被骗的钱谁能追回</h1><p>凡是主动找上你的；凡是要你先付任何名目的钱的；凡是让你下载陌生APP的——都不要信。</p></article>',
    );
    const fee = f.phrases.filter((p) => p.lexicon === 'fee-first');
    expect(fee.length).toBeGreaterThan(0);
    expect(fee.every((p) => p.warned)).toBe(true);
  });
  it('reaches back over semicolons only: a sentence of its own before the list stays as it is', () => {
    const f = factsOf(
      '<article><h1>办理流程</h1><p>办理需要先付服务费。凡是主动找上你的；凡是让你下载陌生APP的——都不要信。</p></article>',
    );
    expect(f.phrases.filter((p) => p.lexicon === 'fee-first').map((p) => p.warned)).toEqual([false]);
  });
});

describe("a scheme's term in quotation marks in a text that gives no contact", () => {
  const LAWYER =
    '<p>唐维，湖北楚衡律师事务所专职律师，执业证号 14201201810563928，咨询按所里规定收费。律所电话 027-85326190，预约请加工作微信 tangwei_lawyer。</p>';
  it("is named, not sold (beside a licensed lawyer's own line)", () => {
    const f = factsOf(
      `<article><h1>被骗的钱，到底谁能追回来</h1><p>律师不能，“技术工程师”不能，“追损团队”更不能。</p>${LAWYER}</article>`,
    );
    const quoted = f.phrases.filter((p) => p.lexicon === 'bait' && p.text === '追损团队');
    expect(quoted.map((p) => p.named)).toEqual([true]);
  });
  it('in a line that gives a contact, is offered as written', () => {
    const f = factsOf('<article><h1>追损</h1><p>专业“追损团队”，先追后付，加微信 zs_team2024 免费评估。</p></article>');
    expect(f.phrases.filter((p) => p.lexicon === 'bait').some((p) => p.named)).toBe(false);
  });
});

describe('a bare number the page also gives as a WhatsApp account', () => {
  it('is that account, in the comment that gives it bare', () => {
    const f = factsOf(
      `<article><h1>A casino is holding my winnings</h1><p>A withdrawal agent can clear it. He's on WhatsApp: +44 7700 900 318.</p></article>${comments(
        [
          { a: 'Aaron', t: 'How much is the handling fee?' },
          { a: 'Stuart', t: "Depends on the amount. Message him on +44 7700 900 318 and he'll tell you." },
        ],
      )}`,
    );
    expect([...new Set(f.handles.map((h) => `${h.kind}:${h.value}`))]).toEqual(['whatsapp:447700900318']);
    expect(f.comments.map((c) => c.handles)).toEqual([[], ['whatsapp:447700900318']]);
  });
});

describe('a record quoted whole in a report', () => {
  const REPORT = (intro: string) =>
    `<article><h1>Regulator orders WhatsApp investing club to stop</h1><p>${intro}</p><p>"Places are limited. Send the word PATH on WhatsApp to the Professor's assistant, Ms. Corinne Adler, at +1 (469) 555-0171, who will add new members."</p></article>`;
  it('is the record\'s words, shown as evidence ("One release quoted in the order read:")', () => {
    const f = factsOf(
      REPORT('The releases told readers to message the assistant. One release quoted in the order read:'),
    );
    expect(f.handles.map((h) => [h.value, h.warned])).toEqual([['14695550171', true]]);
  });
  it("is the page's own words after an introduction that quotes no record", () => {
    const f = factsOf(REPORT('Join the Prosper Path club today. Here is how:'));
    expect(f.handles.map((h) => [h.value, h.warned])).toEqual([['14695550171', false]]);
  });
});

describe('a heading that asks the victim', () => {
  const PAGE = (h1: string) =>
    `<article><h1>${h1}</h1><p>Every week I hear from someone who believes their money is gone.</p><p>A man in a support group told me about Miles, who traces the wallets and files the freeze request with the exchange. He only takes a few cases a month, but he said I could pass his contact on: you can reach him by email at miles.trace@gmail.com and tell him Sandra sent you.</p></article>`;
  it('names the scam to offer help against it: what follows is not warned ("Lost money to a crypto scam? …")', () => {
    const f = factsOf(PAGE('Lost Money To A Crypto Scam? Recovery Is More Possible Than You Think'));
    expect(f.handles.map((h) => h.warned)).toEqual([false]);
  });
  it('a heading that warns still warns what follows ("Recovery scams target the same victims twice")', () => {
    const f = factsOf(
      PAGE('Recovery scams target the same victims twice').replace(
        'you can reach him',
        'scammers say you can reach him',
      ),
    );
    expect(f.handles.map((h) => h.warned)).toEqual([true]);
  });
  it("…but not a paragraph that sends the reader to a third person's private line in its own voice, warning of nothing", () => {
    const f = factsOf(PAGE('Recovery scams target the same victims twice'));
    expect(f.handles.map((h) => [h.warned, h.afterWarning])).toEqual([[false, 'plain']]);
    expect(
      factsOf(PAGE('Lost Money To A Crypto Scam? Recovery Is More Possible Than You Think')).handles[0]?.afterWarning,
    ).toBe(undefined);
  });
});

describe('a handle given in two pieces, the second saying it continues the first', () => {
  const handles = (html: string) => factsOf(html).handles.map((h) => `${h.kind}:${h.value}:${h.cta}`);

  it('joins a piece promised "楼下" with the floor that says "接2楼", by the same writer', () => {
    const html = forum([
      { a: '走不出来的冬天', t: '四个平台逾期了，每天被催，有没有靠谱的协商团队？' },
      { a: '上岸的阿斌', t: '收一点服务费。吧里不让发联系方式，你加扣扣 2871 ，后面几位我发楼下' },
      { a: '网贷吧吧务', t: '本吧禁止发布代理协商广告，请联系平台官方客服。' },
      { a: '上岸的阿斌', t: '接2楼：40396 连起来就是，备注贴吧' },
    ]);
    expect(handles(html)).toContain('qq:287140396:true');
  });

  it('joins a piece another commenter finishes ("后半段我让朋友发在下面")', () => {
    const html = comments([
      {
        a: '晚风吹过岳麓山',
        t: '求老师联系方式！我助学贷款也快到还本金了',
        replies: [
          { a: '不摆烂的学长', t: '发全的会被屏蔽，我分两段发。v❤前半段是 xdxs_ 后半段我让朋友发在下面' },
          { a: '干饭人小周同学', t: '后半段 yanqi5836，接在学长那段后面，全小写。' },
        ],
      },
    ]);
    expect(handles(html)).toContain('wechat:xdxs_yanqi5836:true');
  });

  it('joins a piece its writer leaves to others ("后面几位我记不全") with another writer\'s "后面是"', () => {
    const html = forum([
      { a: '卡奴小王', t: '五张卡逾期了，每天被催，有没有办法？' },
      {
        a: '扛过去就是晴天',
        t: '我也是找老师协商的。自己打电话人家根本不当回事。吧里发全了会被吞，老师的v❤ hxy_xs 后面几位数字我换手机记不全了，一起办的姐妹应该还在吧里',
      },
      { a: '熬夜的老猫', t: '老哥后面几位是啥呀' },
      { a: '小满的妈妈呀', t: '后面是2046，我就是你说的那个姐妹，老师人很好' },
    ]);
    expect(handles(html)).toContain('wechat:hxy_xs2046:true');
  });

  it('joins a number finished later in the same comment ("the last four are")', () => {
    const html = comments(
      [
        {
          a: 'Rhonda G.',
          t: 'Terrence at Keystone Homeowner Relief got my payment cut. His direct line is (602) 555-Edit: it cut off my number lol, the last four are 0139. Tell him Rhonda sent you.',
        },
      ],
      'Comments',
    );
    expect(handles(html)).toContain('phone:6025550139:true');
  });

  it('joins two digits to a number only ("(785) 555-01" … "the rest is 93"), never to an id', () => {
    const html = comments([
      {
        a: 'Dana K.',
        t: 'The lender I used is Harlan Ag Credit, call Mr. Voss at (785) 555-01',
        replies: [
          { a: 'Rick', t: 'number got cut off' },
          { a: 'Dana K.', t: 'sorry it got cut off, the rest is 93' },
        ],
      },
      { a: '熬过冬天就好', t: '助理号搜不到啊，是ayshangan后面77吗' },
    ]);
    const found = handles(html);
    expect(found).toContain('phone:7855550193:true');
    expect(found.filter((h) => h.includes('ayshangan'))).toEqual([]);
  });

  it("reads a number cut off far from the word that named its app, the writer's own piece before a button row", () => {
    const html = comments(
      [
        {
          a: 'Tanisha Rowe',
          t: 'Girl I was in the SAME spot last year, text my credit lady Ms. Octavia, she took my eviction AND 4 collections off in 21 days, I got approved right after. She is the truth 216-555-',
        },
        { a: 'Keisha B.', t: 'what number??' },
        { a: 'Tanisha Rowe', t: 'sorry it got cut off, the rest is 0135 FB be deleting my comments' },
      ],
      'Comments',
    );
    expect(handles(html)).toContain('phone:2165550135:true');
  });

  it('joins no count or share to a number before it', () => {
    const html = comments([
      { a: '小黑開休旅', t: '客服電話 0800-555-123 問了，結清金額46萬。算下來剩下 380 期都不用繳了' },
      { a: 'SW', t: 'Call 0800 555 1234 first; the rest is 100% once the arrears are paid.' },
    ]);
    expect(handles(html).filter((h) => h.includes('380') || h.includes('1234100'))).toEqual([]);
  });
});

describe('a handle given in answer to an ask for a way to reach someone', () => {
  const ctaOf = (html: string) => factsOf(html).handles.map((h) => `${h.kind}:${h.value}:${h.cta}`);
  const thread = (ask: string, asker = 'Dale P.') =>
    comments(
      [
        {
          a: 'Kerryn M',
          t: 'Sharing what worked for me: a debt negotiator called Warren got the interest frozen on all four cards.',
          replies: [
            { a: asker, t: ask },
            { a: 'Kerryn M', t: 'No website, he mostly works by referral. Easiest is WhatsApp, +61 491 578 226.' },
          ],
        },
      ],
      'Comments',
    );
  it('is handed over when another writer asked how to reach him', () => {
    expect(ctaOf(thread('This is me right now. How do I reach him? Does he have a website?'))).toContain(
      'whatsapp:61491578226:true',
    );
  });
  it('is not when the comment before asked nothing, or the writer asked herself', () => {
    expect(ctaOf(thread('Glad it worked out for you, good luck with the rest.'))).toContain(
      'whatsapp:61491578226:false',
    );
    expect(ctaOf(thread('How do I reach him? Does he have a website?', 'Kerryn M'))).toContain(
      'whatsapp:61491578226:false',
    );
  });
});

describe('a thread the page shows as an example of a scam', () => {
  const thread = (label: string) =>
    `<article><h1>How scam helpers sneak numbers past comment filters</h1><p>A client brought us a printout.</p>
    <div class="sample" aria-label="${label}"><span class="stamp">${label}</span>
      <div class="c"><span class="who">Patrice M.</span><span class="when">3 days ago</span><br>Mr. Royce Delmont got our payment cut from $1,980 to $910. You can reach him on WhatsApp +1 480 555 0161</div>
      <div class="c"><span class="who">Gene Albers</span><span class="when">3 days ago</span><br>How do I contact him? My mother is in the same situation</div>
      <div class="c"><span class="who">Patrice M.</span><span class="when">3 days ago</span><br>WhatsApp +1 480 555 0161, tell him Patrice sent you</div>
      <div class="c"><span class="who">Lorraine Tuck</span><span class="when">2 days ago</span><br>Mr. Delmont saved our house too!! Thank you Patrice</div>
    </div><p>Call your servicer yourself.</p></article>`;
  const warned = (html: string) =>
    factsOf(html)
      .handles.filter((h) => h.kind === 'whatsapp')
      .map((h) => h.warned);
  it('offers nothing: its handles are the warning\'s example ("SCAM EXAMPLE — DO NOT CALL", 骗局示例)', () => {
    expect(warned(thread('SCAM EXAMPLE — DO NOT CALL')).every((w) => w)).toBe(true);
    expect(warned(thread('骗局示例：请勿添加')).every((w) => w)).toBe(true);
    expect(warned(thread('EXHIBIT · FRAUDULENT THREAD · DO NOT CONTACT')).every((w) => w)).toBe(true);
  });
  it('is not a thread under a warning that shows no example, nor one whose label only holds an address', () => {
    expect(warned(thread('Beware of scammers in the comments')).some((w) => w)).toBe(false);
    expect(warned(thread('Scam reports: tips@paper.example')).some((w) => w)).toBe(false);
  });
});

describe('an exhibit in an article: a figure of quoted messages the page labels a scam example', () => {
  const page = (label: string) =>
    `<article><h1>Fake recovery experts are working the comments</h1><p>Maureen lost £41,000 and went looking for help.</p>
    <figure aria-label="${label}"><div class="tag">${label}</div>
      <blockquote><p><b>[Account 1]:</b> I lost £26k to a fake trading site. Is there anything anyone can do??</p></blockquote>
      <blockquote><p><b>[Account 2]:</b> Contact Mrs Lorna Vell, she is a recovery expert. WhatsApp +44 7700 900318</p></blockquote>
    </figure>
    <p>When we messaged the WhatsApp number +44 7700 900318, a "case officer" asked for a £450 fee.</p></article>`;
  const warned = (html: string) =>
    factsOf(html)
      .handles.filter((h) => h.kind === 'whatsapp')
      .map((h) => h.warned);
  it("shows the number as the scam's, wherever the page repeats it", () => {
    expect(warned(page('SCAM EXAMPLE — do not contact'))).toEqual([true, true]);
  });
  it("is read after a page's hundreds of labelled icons, which hold no block of their own", () => {
    const icons = Array.from({ length: 300 }, (_, i) => `<button aria-label="Like ${i}">👍</button>`).join('');
    // (the label in the figure's aria-label alone: no caption block of its own)
    const html = page('Screenshot transcript of scam comments')
      .replace('<div class="tag">Screenshot transcript of scam comments</div>', '')
      .replace('<article>', `<nav>${icons}</nav><article>`);
    expect(warned(html)).toEqual([true, true]);
    expect(warned(html.replace('of scam comments', 'of reader comments')).some((w) => w)).toBe(false);
  });
  it('is no example when its label shows nothing or warns of nothing', () => {
    expect(warned(page('What readers told us')).some((w) => w)).toBe(false);
    expect(warned(page('Screenshot of a client review')).some((w) => w)).toBe(false);
  });
});

describe('an @name in a comment', () => {
  it('that prints a commenter\'s name, words and all, addresses that commenter ("@Kelly Wu 蔡顧問的賴…")', () => {
    const f = factsOf(
      comments([
        { a: 'Kelly Wu', t: '我被假投資APP騙了四十萬，還有機會追回嗎？' },
        { a: '林小姐', t: '@Kelly Wu 蔡顧問的賴 ID：tsai.8826，他幫我追回一半' },
        { a: 'Kelly Wu', t: '謝謝，我加了' },
      ]),
    );
    expect(f.handles.map((h) => `${h.kind}:${h.value}`)).toEqual(['line:tsai.8826']);
  });
  it('that only begins a commenter\'s name is an id ("@Kelly888" when Kelly Wu writes)', () => {
    const f = factsOf(
      comments([
        { a: 'Kelly Wu', t: '我被假投資APP騙了四十萬，還有機會追回嗎？' },
        { a: '林小姐', t: '追回專員的賴是 @kelly888 ，他幫我追回一半' },
      ]),
    );
    expect(f.handles.map((h) => `${h.kind}:${h.value}`)).toEqual(['line:kelly888']);
  });
});

describe('an id read as a piece of one the page gives whole', () => {
  it('is the whole id when its other characters stand beside it ("賴 yating . zh66" and "yating.zh66")', () => {
    const f = factsOf(
      comments([
        { a: '阿伯', t: '退休金放定存太少了，有沒有穩一點的？' },
        { a: '雅婷助理', t: '老師的群名額滿了就沒了，趕快跟我報名，賴 ID：yating.zh66' },
        { a: '股海小白', t: '阿伯機會難得，趕快跟雅婷說要報名，賴 yating . zh66。' },
      ]),
    );
    expect([...new Set(f.handles.map((h) => `${h.kind}:${h.value}`))]).toEqual(['line:yating.zh66']);
    expect(f.comments.flatMap((c) => c.handles)).toEqual(['line:yating.zh66', 'line:yating.zh66']);
  });
  it('stays itself when the rest is not beside it (two ids, one the start of the other)', () => {
    const f = factsOf(
      comments([
        { a: '阿伯', t: '退休金放定存太少了，有沒有穩一點的？' },
        { a: '雅婷助理', t: '老師的群名額滿了，趕快跟我報名，賴 ID：yating.zh66' },
        { a: '小陳', t: '我問的是另一個老師，他的賴是 yating，不收費' },
      ]),
    );
    expect(new Set(f.handles.map((h) => `${h.kind}:${h.value}`))).toEqual(new Set(['line:yating.zh66', 'line:yating']));
  });
});

describe("a handle named in the writer's own story of losing money", () => {
  const warnedOf = (text: string) =>
    factsOf(
      comments([
        { a: '青岚公安', t: '欢迎大家在评论区分享经历，提醒身边人。' },
        { a: '秋天的柿子树', t: text },
      ]),
    ).handles.map((h) => `${h.value}:${h.warned}`);
  it('is the one that took the money (a loss and the police after it)', () => {
    expect(
      warnedOf(
        '一个叫何老师的助理加了我妈微信，微信号是 hyx_caifu918，拉进群，前后充了16万，提现不了。今年5月报的警。',
      ),
    ).toEqual(['hyx_caifu918:true']);
  });
  it('is the one the writer only just escaped (差點加了…還以為是真的。還好拖了幾天沒匯錢)', () => {
    expect(warnedOf('我上個月真的差點加了 linzy.xs88……我還以為是真的。還好拖了幾天沒匯錢。')).toEqual([
      'linzy.xs88:true',
    ]);
    expect(warnedOf('加了老師的賴 linzy.xs88，還好沒放棄，老師人很好。')).toEqual(['linzy.xs88:false']);
  });
  it('is the one a reader blocked and posts so nobody else bites', () => {
    expect(
      warnedOf(
        'I got told to message a "Dr. Gordon Ashby" through his assistant Kayla on WhatsApp, +1 213 555 0148. Two people vouched for him. On day three she sent a link to a trading app that is not registered anywhere. I blocked the number. Posting it so nobody else bites.',
      ),
    ).toEqual(['12135550148:true']);
  });
  it('is a helper when help came after the loss, and a fear of being cheated is no loss', () => {
    expect(warnedOf('之前被骗过，后来加了李老师微信 lsx2026a，老师帮我追回了八万，真的上岸了。')).toEqual([
      'lsx2026a:false',
    ]);
    expect(warnedOf('加老师微信 lsx2026a，不用担心被骗，老师不收前期费用。')).toEqual(['lsx2026a:false']);
    expect(warnedOf('我加了李老师微信 lsx2026a，之前被骗的八万，老师帮我追回了。')).toEqual(['lsx2026a:false']);
  });
});

describe("an image's description", () => {
  const warnedOf = (alt: string) =>
    factsOf(`<article><h1>停息挂账引流套路</h1><p>看图：</p><img src="a.png" alt="${alt}"><p>请勿添加。</p></article>`)
      .handles.filter((h) => h.kind === 'wechat')
      .map((h) => h.warned);
  it("that calls it a screenshot a victim gave shows the scam's line as evidence", () => {
    expect(warnedOf('受害人提供的评论区截图：网友留言“找安心老师做的停息挂账，老师微信 anxin_tx588”')).toEqual([true]);
  });
  it('that calls it a screenshot of results shows a line offered', () => {
    expect(warnedOf('协商成功截图：找安心老师做的停息挂账，老师微信 anxin_tx588')).toEqual([false]);
  });
});

describe('a box captioned as an example not to contact', () => {
  const warnedOf = (caption: string) =>
    factsOf(
      `<article><h1>清卡中介收費調查</h1><p>以下為其中一則廣告的內容：</p><div class="ad"><p>卡數壓到透唔到氣？一筆清晒所有卡數，月供即減一半</p><p>專業清卡顧問 24 小時 WhatsApp：6253 8917</p><p class="c">${caption}</p></div><p>消費者可查核放債人牌照。</p></article>`,
    )
      .handles.filter((h) => h.kind === 'whatsapp')
      .map((h) => h.warned);
  it('shows the line as the scam\'s ("▲ 廣告節錄……讀者切勿聯絡")', () => {
    expect(warnedOf('▲ 廣告節錄（本會於 9 月擷取）。有關資料已轉交警方，讀者切勿聯絡。')).toEqual([true]);
  });
  it('offers it when the caption only names the box or only warns', () => {
    expect(warnedOf('▲ 廣告節錄（本會於 9 月擷取）。')).toEqual([false]);
    expect(warnedOf('謹防假冒，認準唯一 WhatsApp。')).toEqual([false]);
  });
});

describe("a news story's own undercover steps", () => {
  const page = (comment: string) =>
    factsOf(
      `<article><h1>记者卧底“停息挂账”引流链条</h1><p>记者用一个新注册的账号留言“逾期三个月，求助”，不到十分钟，就有账号私信发来一串微信号：zhengls_xs1029，并附上一句“加的时候备注抖音”。</p><p>爆料、线索请联系记者邮箱：songjy@tzdsb.example</p></article>${comments(
        [
          { a: '读者甲', t: '停息挂账到底能不能自己谈？' },
          { a: '读者乙', t: comment },
        ],
      )}`,
    ).handles.map((h) => `${h.value}:${h.warned}`);
  it("show what reached the reporter as evidence, and the reporter's tip address as the paper's", () => {
    expect(page('说得好')).toEqual(['zhengls_xs1029:true', 'songjy@tzdsb.example:false']);
  });
  it('are confirmed by a reader the same id reached (卧槽，… 上周也加过我！)', () => {
    expect(page('卧槽，zhengls_xs1029 上周也加过我！')).toEqual([
      'zhengls_xs1029:true',
      'songjy@tzdsb.example:false',
      'zhengls_xs1029:true',
    ]);
  });
});

describe("a judgment's account of the case", () => {
  it("shows the defendants' ids as evidence (孙某某…使用微信号…添加被害人), and a reader they reached confirms it", () => {
    const f = factsOf(
      `<article><h1>刑事判决书</h1><p>经审理查明：孙某某以“金老师助理”身份使用微信号jinls_touzi88添加被害人，并将被害人拉入QQ群604281735；</p></article>${comments(
        [
          { a: '读者甲', t: '判得好' },
          { a: '读者乙', t: 'jinls_touzi88 这个号去年秋天在股吧私信过我，开口就是“老师公益教学不收费”。' },
        ],
      )}`,
    );
    expect(f.handles.map((h) => `${h.value}:${h.warned}`)).toEqual([
      'jinls_touzi88:true',
      '604281735:true',
      'jinls_touzi88:true',
    ]);
  });
});

describe('an id typed apart, its separators lost', () => {
  it("is the page's whole form of it (V：fang xs 0917 beside fangxs_0917)", () => {
    const f = factsOf(
      comments([
        { a: '方老师粉丝', t: '真正的正规协商请找方老师，微信：fangxs_0917（添加请备注“老方粉丝”）' },
        { a: '作者', t: '今天咨询的人多，方老师在一个个通过，别着急。V：fang xs 0917，备注我的名字。' },
      ]),
    );
    expect([...new Set(f.handles.map((h) => `${h.kind}:${h.value}`))]).toEqual(['wechat:fangxs_0917']);
  });
});

describe('a line that came to the writer unasked with its pitch', () => {
  const warnedOf = (text: string) =>
    factsOf(
      comments([
        { a: '青岚公安', t: '欢迎大家在评论区分享经历，提醒身边人。' },
        { a: '阿杰', t: text },
      ]),
    ).handles.map((h) => `${h.value}:${h.warned}`);
  it('is reported: sent to the writer, then a fee asked', () => {
    expect(warnedOf('马上有个"林老师"私信，说能停息挂账，发的微信是 tzgz_lin0903，聊了两句就要1680建档费。')).toEqual([
      'tzgz_lin0903:true',
    ]);
  });
  it('is reported: it added the writer and said what it could do', () => {
    expect(warnedOf('一个QQ 3318207546 加我，说是"银行征信中心内部人员"，能把逾期删掉。')).toEqual(['3318207546:true']);
  });
  it('is offered when the writer sends readers to it', () => {
    expect(warnedOf('需要的加林老师微信 tzgz_lin0903，说是看视频来的。')).toEqual(['tzgz_lin0903:false']);
  });
  it('is reported: it added the writer and said what it could do, the id told after', () => {
    expect(
      warnedOf(
        '上个月有个“许老师”主动加我，说是“债务规划师”，能让我6张卡全部停息，收10%服务费。微信号是 xuls_tingxi0912 ，我没给钱。',
      ),
    ).toEqual(['xuls_tingxi0912:true']);
  });
  it('is offered when a friend added the writer to pass the helper on', () => {
    expect(warnedOf('我朋友加我，说是许老师帮她停息了，微信号是 xuls_tingxi0912，可以试试。')).toEqual([
      'xuls_tingxi0912:false',
    ]);
  });
  it('is reported: a stranger added the writer, the id told after, no pitch needed', () => {
    expect(warnedOf('第二天就有人加我微信，头像是个西装男，昵称“陈老师”，微信号 chenls_gp886。后来亏了八万。')).toEqual(
      ['chenls_gp886:true'],
    );
  });
  it("…and so are the story's other lines (his assistant's WeChat, the group she pulled the writer into)", () => {
    expect(
      warnedOf(
        '第二天就有人加我微信，昵称“陈老师”，微信号 chenls_gp886。他让助理加我，助理的微信号是 xiaoya_zl229，又把我拉进一个QQ群，群号 921463058。',
      ),
    ).toEqual(['chenls_gp886:true', 'xiaoya_zl229:true', '921463058:true']);
  });
  it('is offered when the story says the helper did it', () => {
    expect(
      warnedOf('有个许老师主动加我，说能帮我协商，后来真的办下来了，分了60期，微信号是 xuls_tingxi0912。'),
    ).toEqual(['xuls_tingxi0912:false']);
  });
});

describe('a group the writer was pulled into, then asked to pay', () => {
  it('is reported (被人拉进过一个QQ群，群号 …，群主说交3000)', () => {
    const f = factsOf(
      comments([
        { a: '青岚公安', t: '欢迎大家在评论区分享经历。' },
        { a: '阿杰', t: '网贷逾期被人拉进过一个QQ群，群号2748106359，群主说交3000给你做“法务协商”，不成功全退。' },
      ]),
    );
    expect(f.handles.map((h) => `${h.value}:${h.warned}`)).toEqual(['2748106359:true']);
  });
});

describe("the writer's own chat pasted whole", () => {
  const chat =
    '凱西｜協商專員：您好～我是負責您案件的凱西，我的LINE是 cathy.xs778 有任何問題都可以直接找我喔\n我：你好，我大概欠45萬\n凱西｜協商專員：幫您跟銀行談「利息全免」\n我：那費用怎麼算\n凱西｜協商專員：送件前要先付建檔費3,600';
  it("shows the other speaker's line as what reached the writer", () => {
    const f = factsOf(`<article><p>把對話貼上來請大家幫看：</p><div>${chat}</div></article>`);
    expect(f.handles.map((h) => `${h.value}:${h.warned}`)).toEqual(['cathy.xs778:true']);
  });
  it('…not a thread of two other speakers (a group chat the page shows as its own)', () => {
    const f = factsOf(`<article><div>${chat.replaceAll('我：', '小美：')}</div></article>`);
    expect(f.handles.map((h) => `${h.value}:${h.warned}`)).toEqual(['cathy.xs778:false']);
  });
});

describe('lines a reader lists as what reached them', () => {
  const warned = (html: string) =>
    factsOf(html)
      .handles.map((h) => `${h.value}:${h.warned}`)
      .sort();
  it('a number followed by the message it sent is its sender on record', () => {
    expect(
      warned(
        forum([
          {
            a: 'nate',
            t: 'Mine so far, copied exactly: (480) 555-0164 "Hi is this Jenna? It\'s Amy from the wine tasting, you left your scarf"',
          },
        ]),
      ),
    ).toEqual(['4805550164:true']);
  });
  it("…and the same reader's tally of those lines later pushes none of them", () => {
    expect(
      warned(
        forum([
          {
            a: 'nate',
            t: 'Mine so far: Telegram @mia_wealth_desk "Welcome! You have been selected for our VIP channel"',
          },
          { a: 'okeanos', t: 'Same here, deleted it.' },
          { a: 'nate', t: 'Running tally so far, for anyone skimming: TG @mia_wealth_desk VIP signals channel x2' },
        ]),
      ),
    ).toEqual(['mia_wealth_desk:true', 'mia_wealth_desk:true']);
  });
  it('a helper quoted after her line in a success story is no message on record', () => {
    expect(
      warned(
        forum([
          { a: 'kim', t: 'Lost my savings last year.' },
          { a: 'lee', t: 'Contact her on Telegram @helen_recovers "she got back all my money in two weeks"' },
        ]),
      ),
    ).toEqual(['helen_recovers:false']);
  });
});

describe('an id given with no app named, on a page that names one app', () => {
  const kinds = (html: string) => factsOf(html).handles.map((h) => `${h.kind}:${h.value}`);
  it('is a LINE id on a page that names LINE and never WeChat', () => {
    expect(
      kinds(
        comments([
          { a: '小美', t: '後來找了代辦整合負債，她用LINE比較快回' },
          { a: '小美', t: '可以加 amy0913 說是我介紹的' },
        ]),
      ),
    ).toEqual(['line:amy0913']);
  });
  it('…and a WeChat id where the page names WeChat', () => {
    expect(
      kinds(
        comments([
          { a: '小美', t: '后来找了老师协商，她微信回得快，LINE也有' },
          { a: '小美', t: '可以加 amy0913 说是我介绍的' },
        ]),
      ),
    ).toEqual(['wechat:amy0913']);
  });
});

describe("a licence in the answerer's card", () => {
  it('vouches for the lines in the answer under it, though the card reads as a comment of its own', () => {
    const f = factsOf(
      `<main><div class="question-box"><h1>信用卡逾期8万被银行起诉，收到法院传票该怎么办？</h1><div class="q-meta">上海网友 · 2025-02-18 22:36 · 4个律师回答</div><div class="q-desc">去年生意失败，两张信用卡加起来本金6万多，前天收到法院寄来的传票。</div></div><div class="answer-list"><div class="answer-item best"><div class="best-flag">★ 提问者采纳</div><div class="lawyer-card"><img src="/a.jpg" alt=""><div><div class="lawyer-name">韩哲 律师<span>执业认证</span></div><div class="lawyer-sub">上海明澈律师事务所 · 执业9年<br>执业证号：13101201710458237</div></div></div><div class="answer-body">您好，根据您的描述，逐条回答：<ol><li><b>不会坐牢。</b>银行走的是民事诉讼，是要钱的官司。</li><li><b>自己和银行谈。</b>打信用卡背面的官方客服电话申请个性化分期。</li><li><b>那些收服务费的“协商机构”不要找。</b>您自己一个电话就能办。</li></ol></div><div class="answer-contact">律所电话：021-6278 5392（工作日9:00-17:30，前台转韩律师）<br>个人微信：hz_lvshi1983 （工作日晚上统一回复）</div><div class="answer-foot"><span>2025-02-19 09:12</span><span>有用 (286)</span><span>追问 (6)</span></div><div class="follow-ups"><div class="fu"><span class="who">提问者</span>：谢谢韩律师！我今天打了客服电话。</div><div class="fu"><span class="who">韩哲 律师</span>：正常。等专员电话。</div></div></div><div class="answer-item"><div class="lawyer-card"><img src="/b.jpg" alt=""><div><div class="lawyer-name">孙若琳 律师<span>执业认证</span></div><div class="lawyer-sub">上海某律师事务所 · 执业5年</div></div></div><div class="answer-body">补充一点：诉前调解达成的调解协议有强制执行力。</div><div class="answer-foot"><span>2025-02-19 11:48</span><span>有用 (74)</span></div></div></div></main>`,
    );
    expect(f.handles.map((h) => `${h.value}:${h.licensed}`)).toEqual(['02162785392:true', 'hz_lvshi1983:true']);
  });
});

describe('a quotation a stranger posted, as the writer tells it', () => {
  it("is the story's evidence, not the writer's line", () => {
    const f = factsOf(
      '<article><h1>差点交了三万八</h1><p>五月中旬我发了一篇帖子，底下有个账号回复得很热情，说他跟着一个“许老师”做波段，群是免费的，还把群号贴了出来：</p><p>“群：六三九 二零八 一五八，扣扣群，进群备注雪丘，老师只带有缘人。”</p><p>后来我亏了钱才反应过来。</p></article>',
    );
    expect(f.handles.map((h) => `${h.value}:${h.warned}`)).toEqual(['639208158:true']);
  });
});

describe('a pitch the thread votes down', () => {
  const pitch = {
    a: 'BlessedAgain_Rosamund',
    t: 'I got back 90% thanks to Agent Colton Reyes! He is on Telegram @coltonreyes_recovers, only a small fee after the trace.',
    when: '9 hours ago',
  };
  const accusers = [
    {
      a: 'maplecreek_dan',
      t: '"Small fee after the trace." The trace is never confirmed until you pay. Reported.',
      when: '9 hours ago',
    },
    { a: 'hashrate_hal', t: 'Nobody can move coins out of a wallet without the keys. Scam.', when: '9 hours ago' },
    {
      a: 'LedgerLucy',
      t: 'Telegram + fee + "God bless him". Every recovery scam reads the same.',
      when: '8 hours ago',
    },
  ];
  const warned = (html: string) =>
    factsOf(html)
      .handles.filter((h) => h.kind === 'telegram')
      .map((h) => h.warned);
  const locked = "<p>This thread has been locked by the moderators. OP's account was suspended.</p>";
  it('warns the line when three other writers accuse it, nobody else answers it or passes it on, and moderators acted', () => {
    expect(warned(locked + comments([pitch, ...accusers]))).toEqual([true]);
  });
  it('leaves it pushed without the moderators (the called-out signal tells the reader)', () => {
    expect(warned(comments([pitch, ...accusers]))).toEqual([false]);
  });
  it('leaves it pushed when another writer thanks the pitcher, or when only two accuse', () => {
    const thanks = { a: 'Bernard', t: 'Thank you! Just messaged him, he replied right away.', when: '7 hours ago' };
    const html = (locked + comments([pitch, ...accusers])).replace(
      '</ul></section>',
      `<li><div class="u"><span>${pitch.a}</span></div><div class="t">Ask him, he is on Telegram @coltonreyes_recovers</div><div class="m"><span>7 hours ago</span></div><ul><li><span>${thanks.a}</span>: <span>${thanks.t}</span></li></ul></li></ul></section>`,
    );
    expect(warned(html).every((w) => !w)).toBe(true);
    expect(warned(locked + comments([pitch, ...accusers.slice(0, 2)]))).toEqual([false]);
  });
});

describe("a helper's other line beside one the page pushes", () => {
  const helper = (second: string) =>
    factsOf(
      comments([
        { a: 'Rose', t: 'My loan was denied by the app. Is there any other way?', when: '2 days ago' },
        { a: 'Dana', t: 'Contact agent Rose on Telegram @PaylendRose, she approved me in a day.', when: '2 days ago' },
        { a: 'Lee', t: second, when: '1 day ago' },
      ]),
    ).handles.filter((h) => h.kind === 'whatsapp');
  it('is offered too: the same offer, another way in ("Telegram @PaylendRose or WhatsApp +1 …")', () => {
    expect(helper('Telegram @PaylendRose or WhatsApp +1 720-555-0138.').map((h) => h.cta)).toEqual([true]);
  });
});
