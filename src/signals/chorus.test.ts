import { describe, expect, it } from 'vitest';
import { comments, testSignal } from '../../tests/helpers/signal-tester';
import { chorus } from './chorus';
import { surname } from './types';

/** Ordinary reviews of a loan app, around the few that name a helper. */
const GENUINE_REVIEWS = [
  { a: 'Wanjiru', t: 'Fast disbursement, money came in minutes.', when: '2 days ago' },
  { a: 'Otieno', t: 'Interest is too high and they call at 7am.', when: '2 days ago' },
  { a: 'Peter', t: 'The facility fee should be shown before you accept.', when: '2 days ago' },
  { a: 'Amina', t: 'Works fine, paid on time twice.', when: '2 days ago' },
  { a: 'Kevin', t: 'App crashes on my old phone.', when: '2 days ago' },
  { a: 'Lucy', t: 'Customer care answered quickly.', when: '2 days ago' },
];

/** Three voices crediting a helper by her first name, among ordinary reviews. */
const TESSA_VOICES = comments([
  ...GENUINE_REVIEWS,
  { a: 'Linda', t: 'I can vouch for Tessa. My cousin got almost $18k back through her.', when: '3 days ago' },
  { a: 'Marcus', t: 'Tessa replied within the hour and got my first release through. Thank you!', when: '3 days ago' },
  { a: 'Devon', t: 'Tessa is the real deal, got my first partial release last week.', when: '2 days ago' },
]);

testSignal(chorus, {
  valid: [
    {
      name: 'three reviewers naming the same helper among many, with no contact passed',
      html: comments([
        ...GENUINE_REVIEWS,
        { a: 'Mercy', t: 'Mr. Daniel Kiprono at the branch was patient with me, thank you sir', when: '3 days ago' },
        { a: 'Brian', t: 'True, Kiprono explained the limits well', when: '3 days ago' },
        { a: 'Grace', t: 'Mr Kiprono is legit, very helpful at the counter', when: '2 days ago' },
      ]),
    },
    {
      name: 'three reviewers naming the same helper, and a contact passed by someone else',
      html: comments([
        ...GENUINE_REVIEWS,
        { a: 'Mercy', t: 'Mr. Daniel Kiprono at the branch was patient with me, thank you sir', when: '3 days ago' },
        { a: 'Brian', t: 'True, Kiprono explained the limits well', when: '3 days ago' },
        { a: 'Grace', t: 'Mr Kiprono is legit, very helpful at the counter', when: '2 days ago' },
        { a: 'Lucy', t: 'For the app itself, text my cousin at 0745-318-602, he fixes phones', when: '2 days ago' },
      ]),
    },
    {
      name: 'praise with dissent',
      html: comments(
        [
          { a: 'a1', t: 'Mr Charles Bennett is a genius, he helped me', when: '1 day ago' },
          { a: 'a2', t: 'Charles Bennett changed my life', when: '1 day ago' },
          { a: 'a3', t: 'Thanks to Mr Bennett I made $4k', when: '1 day ago' },
          { a: 'a4', t: 'These are obviously bots, this is a scam', when: '1 day ago' },
        ],
        'Comments',
      ),
    },
    {
      name: 'three voices thanking someone whose name is in no line the page pushes',
      html: `<article><h1>How I got my money moving back</h1><p>You can reach the tracing desk by email at desk.tracing@gmail.com.</p></article>${TESSA_VOICES}`,
    },
    {
      name: 'comments that differ',
      html: comments([
        { a: '甲', t: '文章写得好' },
        { a: '乙', t: '我觉得第三点有问题' },
        { a: '丙', t: '谢谢分享' },
      ]),
    },
  ],
  invalid: [
    {
      name: 'the helper whose name the pushed private line spells, credited by her first name in three voices among many',
      html: `<article><h1>How I got my money moving back</h1><p>What finally worked was a woman named Tessa, who traced my funds. You can reach her by email at tessavane.tracing@gmail.com and tell her Rachel sent you.</p></article>${TESSA_VOICES}`,
      messages: ['ev_chorus_one_sided'],
    },
    {
      name: 'a named helper credited by three voices among many, one passing his number in her next reply',
      html: comments([
        ...GENUINE_REVIEWS,
        {
          a: 'Mercy',
          t: 'I was stuck at a low limit until I met Mr. Daniel Kiprono, thank you sir',
          when: '3 days ago',
          replies: [{ a: 'Mercy', t: 'his WhatsApp is 0745-318-602, tell him Mercy sent you', when: '3 days ago' }],
        },
        { a: 'Brian', t: 'True, Kiprono boosted mine to 30k last month', when: '3 days ago' },
        { a: 'Grace', t: 'Mr Kiprono is legit I confirm, limit now 50,000', when: '2 days ago' },
      ]),
      messages: ['ev_chorus_one_sided'],
    },
    {
      name: 'a named helper credited by three reviewers among many, one passing his number',
      html: comments([
        ...GENUINE_REVIEWS,
        {
          a: 'Mercy',
          t: 'I was stuck at a low limit until I met Mr. Daniel Kiprono, thank you sir',
          when: '3 days ago',
        },
        { a: 'Brian', t: 'True, Kiprono boosted mine to 30k, call him 0745-318-602', when: '3 days ago' },
        { a: 'Grace', t: 'Mr Kiprono is legit I confirm, limit now 50,000', when: '2 days ago' },
      ]),
      messages: ['ev_chorus_one_sided'],
    },
    {
      name: 'a named helper praised by several commenters',
      html: comments(
        [
          {
            a: 'Helen',
            t: 'Since I started trading with Mr Charles Bennett I have made over $140k. He is the best.',
            when: '3 hours ago',
          },
          { a: 'Roberto', t: 'Charles Bennett is a genius, he helped me and my wife.', when: '2 hours ago' },
          { a: 'Nadia', t: 'Just got my first withdrawal thanks to Mr Bennett.', when: '1 hour ago' },
          { a: 'Tom', t: 'ok', when: '1 hour ago' },
        ],
        'Comments',
      ),
      messages: ['ev_chorus_one_sided'],
    },
  ],
});

describe('the surname a chorus credits', () => {
  it.each([
    ['Mrs Evelyn Carter', 'carter'],
    ['Mr Julian Fairbairn', 'fairbairn'],
    ['Loan officer', undefined],
    ['Senior Loan officer', undefined],
  ])('of "%s" is %s', (persona, want) => {
    expect(surname(persona)).toBe(want);
  });
});
