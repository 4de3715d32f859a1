import { testSignal } from '../../tests/helpers/signal-tester';
import { newAccount } from './new-account';

interface Post {
  a: string;
  posts: number;
  t: string;
}

/** a forum topic about money: one block per post, the writer's post count in the author pane */
const topic = (posts: Post[], title = 'Behind on rent and the landlord is filing, what now?') =>
  `<h1>${title}</h1>${posts
    .map(
      (p, i) =>
        `<div class="post"><div class="pane"><b>${p.a}</b><br>Posts: ${p.posts.toLocaleString('en-US')}</div><div class="when">11-0${i + 1}-2026, 10:0${i} AM #${i + 1}</div><div class="body"><p>${p.t}</p></div></div>`,
    )
    .join('')}`;

const ASK: Post = {
  a: 'pete_r',
  posts: 212,
  t: 'My mother is three months behind on rent and owes $4,100 on her cards. Any advice before the hearing?',
};

testSignal(newAccount, {
  valid: [
    {
      name: 'a long-time member gives a caseworker friend her cell',
      html: topic([
        ASK,
        {
          a: 'oak_landlord',
          posts: 1870,
          t: 'Call Marta, she helped my tenant with the county program. Her cell is (937) 555-0171, tell her I sent you.',
        },
      ]),
    },
    {
      name: 'a new member gives a private number on a forum that shows no veterans',
      html: topic([
        { ...ASK, posts: 4 },
        {
          a: 'loretta_h',
          posts: 2,
          t: 'Text me at (856) 555-0148 and I will tell you by Friday if the sale can be stopped.',
        },
      ]),
    },
    {
      name: 'a new member writes without a contact',
      html: topic([ASK, { a: 'newbie22', posts: 1, t: 'Same thing happening to my dad, following this thread.' }]),
    },
    {
      name: 'a new member gives a number on a page that is not about money',
      html: topic(
        [
          { a: 'gardener_jo', posts: 540, t: 'Which mulch do you use for tomatoes?' },
          { a: 'fresh_soil', posts: 1, t: 'Text me at (856) 555-0148 and I will drop off a bag of compost.' },
        ],
        'Best mulch for tomatoes',
      ),
    },
  ],
  invalid: [
    {
      name: "a six-post account answers a worry with its own line, in XenForo's layout (the count in <dt>/<dd>)",
      html: `<h1>Car got repossessed, what now?</h1>${[
        [
          'MarcoDrives',
          318,
          'They took the car last night over two missed payments. I need it back this week for work.',
        ],
        [
          'Old Route',
          7420,
          'Ask the lender in writing for the reinstatement amount and get your things out of the car.',
        ],
        [
          'RepoReleaseRay',
          6,
          "Don't pay that number, it's the retail reinstatement. I run a repo release service, flat $395 before we call the lender. Call or text me directly, (404) 555-0162.",
        ],
      ]
        .map(
          ([a, n, t], i) =>
            `<article class="message"><div class="message-cell--user"><div class="message-name">${a}</div><div class="userTitle">Member</div><dl><dt>Joined</dt><dd>Mar 2022</dd><dt>Messages</dt><dd>${n}</dd></dl></div><div class="message-cell--main"><div class="attribution"><time>Nov 1${i}, 2026</time><span>#${i + 1}</span></div><div class="bbWrapper">${t}</div></div></article>`,
        )
        .join('')}`,
      messages: ['ev_new_account_push'],
    },
    {
      name: 'an account of two posts pushes a private line on a small board whose opening poster has 38',
      html: topic([
        { ...ASK, posts: 38 },
        {
          a: 'hollis_ray',
          posts: 2,
          t: 'Same story here. Ask for Martin Keogh at Ledgerline Tracing, email is martinkeogh.ledgerline@gmail.com.',
        },
      ]),
      messages: ['ev_new_account_push'],
    },
    {
      name: 'an account of two posts pushes a private line among members of hundreds of posts',
      html: topic([
        ASK,
        {
          a: 'loretta_h',
          posts: 2,
          t: 'Text me at (856) 555-0148 and I will tell you by Friday if the sale can be stopped.',
        },
      ]),
      messages: ['ev_new_account_push'],
    },
    {
      name: '新注册的账号在老会员的帖子里推私人微信',
      html: topic(
        [
          { a: '老陈在将军澳', posts: 2366, t: '信用卡欠了三十几万，利息越滚越多，有没有办法？' },
          { a: '出款师傅', posts: 3, t: '加我微信 chukuan_852，外围的钱和卡数都可以帮你处理。' },
        ],
        '信用卡欠款越滚越多怎么办',
      ),
      messages: ['ev_new_account_push'],
    },
  ],
});
