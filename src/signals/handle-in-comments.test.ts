import { comments, testSignal } from '../../tests/helpers/signal-tester';
import { handleInComments } from './handle-in-comments';

testSignal(handleInComments, {
  valid: [
    {
      name: 'comments without handles',
      html: comments([
        { a: '张三', t: '我自己打银行电话申请了分期,没收费' },
        { a: '李四', t: '同意,别找中介' },
      ]),
    },
    { name: 'an official number in a comment', html: comments([{ a: '张三', t: '打95588申请就行,我自己办的' }]) },
  ],
  invalid: [
    {
      name: 'two commenters pass the same handle',
      html: comments([
        { a: '张三', t: '加老师微信 laoshi8899 问问' },
        { a: '王五', t: '我也是加的 微信 laoshi8899,靠谱' },
      ]),
      messages: ['ev_handle_in_comments_passed'],
    },
    {
      name: 'a handle passed by two commenters outranks one given once before it',
      html: comments([
        { a: 'Brianna', t: 'You can email him at jreyes.tracing (at) gmail com or WhatsApp +1 (480) 555-0121.' },
        { a: 'Tom', t: 'Can confirm, honest guy, WhatsApp +1 480 555 0121.' },
      ]),
      messages: ['ev_handle_in_comments_passed'],
    },
    {
      name: 'one number given as WhatsApp in one comment and plainly in the next is passed round',
      html: comments([
        { a: 'lender_kay', t: 'Reach me on WhatsApp +1 754-555-0199, I approve the same day' },
        { a: 'lender_kay', t: 'Message me on the number so I can start today, 17545550199' },
      ]),
      messages: ['ev_handle_in_comments_repeated'],
    },
    {
      name: 'one commenter gives the same handle in two comments',
      html: comments([
        { a: '张三', t: '加老师微信 laoshi8899 问问' },
        { a: '张三', t: '再说一遍,微信 laoshi8899' },
      ]),
      messages: ['ev_handle_in_comments_repeated'],
    },
    {
      name: 'one comment hands out a contact',
      html: comments([{ a: 'Mike', t: 'Reach him on WhatsApp +44 7700 900123, he is legit', when: '3 hours ago' }]),
      messages: ['ev_handle_in_comments_single'],
    },
  ],
});
