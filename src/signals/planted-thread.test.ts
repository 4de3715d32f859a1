import { comments, testSignal } from '../../tests/helpers/signal-tester';
import { plantedThread } from './planted-thread';

testSignal(plantedThread, {
  valid: [
    {
      name: 'a genuine thread with disagreement',
      html: comments([
        {
          a: '老张',
          t: '我逾期了三个月,自己打银行电话协商成功了',
          replies: [
            { a: '小王', t: '能说说怎么谈的吗' },
            { a: '老张', t: '就是说明真实情况,银行给我分了12期' },
            { a: '路人', t: '别信那些收费的中介,都是骗子' },
          ],
        },
      ]),
    },
    {
      name: 'a friendly thread with thanks and no contact',
      html: comments([
        { a: 'Ann', t: 'Great recipe!', replies: [{ a: 'Bo', t: 'Thanks so much, glad you liked it' }] },
      ]),
    },
    {
      name: 'an official number passed around',
      html: comments([
        {
          a: '甲',
          t: '逾期了怎么办',
          replies: [
            { a: '乙', t: '打法律援助热线12348问问' },
            { a: '甲', t: '谢谢' },
          ],
        },
      ]),
    },
  ],
  invalid: [
    {
      name: 'the seed dialogue',
      html: comments([
        {
          a: '及时行乐',
          t: '已经逾期3个多月了,客服说办不了,最后才找老师去帮忙协商的。',
          when: '4天前',
          likes: 147,
          replies: [
            { a: '那一抹阳光', t: '楼主,你现在的债务怎么样了?能把老师微信推给我吗?' },
            { a: '及时行乐', t: '我现在协商成功了,加的是这个老师的微信:xys8775' },
            { a: '那一抹阳光', t: '不错,给我也做了个方案,挺好的,太感谢了!' },
          ],
        },
      ]),
      messages: ['ev_planted_thread_arc'],
    },
    {
      name: 'an English Mrs X thread',
      html: comments(
        [
          {
            a: 'linda',
            t: "I'm 47 and just starting. Any tips?",
            when: '2 years ago',
            replies: [
              { a: 'james', t: 'I met Mrs Evelyn Carter, my account manager. She changed my life.' },
              { a: 'linda', t: 'How can I contact her?' },
              { a: 'james', t: 'She is on telegram @EvelynCarterFx' },
              { a: 'linda', t: 'Thank you so much!' },
            ],
          },
        ],
        'Comments',
      ),
      messages: ['ev_planted_thread_arc'],
    },
  ],
});
