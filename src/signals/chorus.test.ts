import { comments, testSignal } from '../../tests/helpers/signal-tester';
import { chorus } from './chorus';

testSignal(chorus, {
  valid: [
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
