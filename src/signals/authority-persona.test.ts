import { comments, testSignal } from '../../tests/helpers/signal-tester';
import { authorityPersona } from './authority-persona';

testSignal(authorityPersona, {
  valid: [
    { name: 'a teacher without a handle', html: '<p>感谢老师的耐心讲解,受益匪浅。</p>' },
    {
      name: 'a lawyer with a licence number',
      html: '<div><p>王律师 执业证号:13101201810123456 电话 021-61234567 欢迎咨询</p></div>',
    },
    { name: 'a shop contact', html: '<p>客服微信:naicha_kefu(每日10:00-22:00在线)</p>' },
    {
      name: 'a loan officer with her NMLS ID beside her line',
      html: '<div><p>Questions about the refinance? Ms. Dana Whitfield is our loan officer, NMLS #482913. Call her at (614) 555-0139.</p></div>',
    },
    {
      name: 'a title word before a word in lower case ("miss one payment" is no Miss One)',
      html: comments([
        {
          a: 'dana',
          t: 'If you miss one payment they start fees. Text me at (856) 555-0148 and I will send the schedule.',
          when: '2 days ago',
        },
      ]),
    },
  ],
  invalid: [
    {
      name: 'the teacher of the seed',
      html: '<div><p>债务问题免费咨询,老师微信 xys8775 (点击复制微信号)</p></div>',
      messages: ['ev_authority_persona_with_handle'],
    },
    {
      name: 'Mrs X, my account manager',
      html: comments([
        {
          a: 'james',
          t: 'I met Mrs Evelyn Carter, my account manager. Reach her on WhatsApp +1 (303) 555-0172',
          when: '2 years ago',
        },
      ]),
      messages: ['ev_authority_persona_with_handle'],
    },
    {
      name: 'an in-house lawyer (法务) without a licence',
      html: '<div><p>法务一对一免费咨询,加微信 fawu_zhang1985</p></div>',
      messages: ['ev_authority_persona_with_handle'],
    },
  ],
});
