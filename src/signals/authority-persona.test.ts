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
      name: "a Taiwan lawyer's certificate number (律師證書字號) beside her mobile",
      html: '<div><p>蔡律師 律師證書字號：（106）台檢證字第 21874 號 手機 0912 345 678 歡迎諮詢</p></div>',
    },
    {
      name: 'a loan officer with her NMLS ID beside her line',
      html: '<div><p>Questions about the refinance? Ms. Dana Whitfield is our loan officer, NMLS #482913. Call her at (614) 555-0139.</p></div>',
    },
    {
      name: "an insurance agent's state licence number beside her cell",
      html: comments([
        {
          a: 'Desmond',
          t: 'Mrs. Tasha Greenlee (Ohio license #1108452) sorted out our policies. Text her at 614-555-0126.',
          when: '2 days ago',
        },
      ]),
    },
    {
      name: "a producer's NPN beside his line",
      html: '<div><p>Mr. Marcus Bell, licensed agent, NPN 18830412. Text me at (614) 555-0140 for a quote.</p></div>',
    },
    {
      name: 'a title word that ends its sentence ("Honest agent. She told us") names nobody',
      html: comments([
        {
          a: 'Desmond',
          t: 'Honest agent. She told us we did not need a second policy. Text her at 614-555-0126, she answers.',
          when: '2 days ago',
        },
      ]),
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
    {
      name: "a lawyer who helped the writer's friend, then the writer's own line (I'm no expert)",
      html: comments([
        { a: 'amy', t: '我欠了三家分期公司，每個月繳不出來。' },
        {
          a: 'yuting',
          t: '我上個月陪室友去過法扶，律師幫她寫了協商信。如果你想要有人陪，可以加我 LINE：yuting_0412，我不是什麼專家，不收任何錢。',
        },
      ]),
    },
    {
      name: "the creator's mark over a comment (已由 林律師說法 置頂) credits no persona to a reply's line",
      html: `<section><h3>留言</h3><ul><li><div class="pin">已由 林律師說法 置頂</div><div class="u"><span>lawyer_lin</span></div><div class="t">看到「免聯徵」的廣告就可以停，已經辦了的先去法扶。</div><div class="m"><span>3天前</span></div><ul><li><div class="u"><span>amy</span></div><div class="t">想一起去法扶的可以加我 LINE：amy_0412，陪你去排隊。</div><div class="m"><span>2天前</span></div></li><li><div class="u"><span>bob</span></div><div class="t">謝謝分享</div><div class="m"><span>2天前</span></div></li></ul></li></ul></section>`,
    },
    {
      name: 'a title inside a quotation the writer rebuts (冒充我们群发“律师团收代理费”，全是假的)',
      html: comments([
        {
          a: '家长阿杰',
          t: '我们的会员证据群是 QQ群 613208477，只收会员，从来没收过一分钱。最近有人冒充我们群发“律师团收代理费”，全是假的，看到请举报。',
        },
        { a: '朵朵妈', t: '已进群，谢谢' },
      ]),
    },
    {
      name: 'a title in a comment that warns of it ("有些号称什么老师…被坑了") credits nobody in a thread that passes a line',
      html: comments([
        { a: '阳阳妈', t: '楼主你那个写给银行的情况说明能不能分享一下模板？' },
        { a: '米粒妈', t: '帖子里发不了文档，需要的可以加我微信 mili_ma2019，我直接发你word。' },
        {
          a: '胖胖妈咪',
          t: '我还是要说一句，有些号称什么老师帮你协商的，前面先收几千块，最后啥也没办，我同事就被坑了。',
        },
        { a: '阳阳妈', t: '加了，模板收到了，谢谢米粒妈' },
      ]),
    },
  ],
  invalid: [
    {
      name: 'a "lawyer" whose licence number has a letter in it (a real 执业证号 is 17 digits)',
      html: '<div><p>本人执业律师（执业证号：44032016A0862），专做信用卡停息挂账。需要的加薇：gaolvshi_6682 备注“腾闻”。</p></div>',
      messages: ['ev_authority_persona_with_handle'],
    },
    {
      name: "a lender's manager who gives his title in one sentence and his own WeChat in the next",
      html: comments([
        {
          a: 'jr_wang',
          t: '你好，我是某某金融APP平台的经理。请添加我的微信号：jrwang_8866，我拉你进群办理借款。',
        },
      ]),
      messages: ['ev_authority_persona_with_handle'],
    },
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
