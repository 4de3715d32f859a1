import { describe, expect, it } from 'vitest';
import { ARTICLE_ZH, comments, detect, testSignal } from '../../tests/helpers/signal-tester';
import { scanHtml } from '../engine/scan';
import { W } from '../engine/weights';
import { textModel } from './text-model';

// whole pages' worth of words: the model speaks only past `W.textModelMinWords` of its words
const ZH_THREAD = comments([
  { a: '小雨', t: '网贷逾期半年了，五个平台加起来欠了八万多，每天被催收打电话，连我妈都接到了，压力好大，晚上睡不着' },
  {
    a: '阿杰',
    t: '楼上我也是，之前欠了十几万，后来朋友介绍了一个团队，专门处理协商的，两个月就停息了，现在每个月只还本金，已经上岸了',
  },
  { a: '小雨', t: '真的假的？我自己打客服说过好几次都不同意，他们是怎么谈下来的？能把老师微信推给我吗' },
  { a: '阿杰', t: '可以，名额有限，他们先帮你评估情况，看能不能做，说是我介绍的就行，老师人很好很耐心' },
  { a: '月亮船', t: '我也是找的这个老师，之前被催得想死的心都有了，现在协商成功了，真的感谢' },
  { a: '小雨', t: '已加，老师回得很快，说明天帮我出方案，谢谢大哥' },
  { a: '阿杰', t: '不客气，都是过来人，早点处理早点上岸，别拖着' },
]);

const EN_THREAD = comments(
  [
    {
      a: 'Linda M',
      t: 'I lost $48,000 to a fake trading app last year and thought it was gone for good. My husband still does not know.',
    },
    {
      a: 'Greg P',
      t: 'Same thing happened to me. A friend from work sent me to a recovery specialist, he asked for a small fee to open the file and I got my funds back in days. Very legit, I was skeptical too.',
    },
    { a: 'Linda M', t: 'Is there a way to reach him? Please send me his details, I have tried everything' },
    {
      a: 'Greg P',
      t: 'He is on Telegram, tell him Greg sent you. He is very busy so be patient, he will explain everything about your case.',
    },
    { a: 'Tasha R', t: 'He helped me as well! Got back most of what I lost to the broker. God bless him.' },
    { a: 'Linda M', t: 'Thank you so much, I just messaged him and he already replied.' },
  ],
  'Comments',
);

const ZH_WARNING = `<article><h1>警惕“停息挂账”骗局：反诈民警提醒</h1><p>近日，市反诈中心接到多起报案。有人自称“法务老师”，在网贷文章的评论区冒充网友，称找老师协商后成功上岸，诱导读者添加微信，再以“服务费”“保证金”为名收费。</p><p>民警介绍，这类团伙通常先在评论区安排多个账号互相“作证”，再由“老师”私信联系，收费后便将受害人拉黑。有受害人先后被收取服务费、加急费共计一万余元。</p><p>民警提醒：停息挂账、个性化分期可以自己向银行官方客服申请，任何要求先付费的“代理协商”都是诈骗。如果有人私信让你加微信，请拒绝并举报，也可拨打96110咨询。</p><p>银行工作人员表示，持卡人确有困难的，可以携带收入证明、病历等材料到网点或通过官方APP提出申请，银行会根据实际情况审核，整个过程不收取任何费用。正规机构不会通过私人微信办理业务，也不会要求把钱转到个人账户。</p><p>警方同时提醒广大市民：遇到自称“内部渠道”“律师团队”“协商专员”的陌生人，一定要多方核实，不轻信、不转账，发现可疑情况请及时报警。</p></article>`;

const EN_WARNING = `<article><h1>Scam alert: "recovery experts" in the comments</h1><p>If someone in a comment section says a recovery specialist got their money back, be careful. These accounts are often fake, and the "expert" will ask for an upfront fee. Report it to the platform and block the account.</p><p>We have seen the same script under dozens of videos: one person tells a sad story, another says a specialist helped them, a third asks for the contact, and the contact is passed around. Nobody in that thread is who they say they are.</p><p>A real regulator or bank will never ask you to pay to get your own money back. If you were scammed, report it to the FTC at ReportFraud.ftc.gov and call your bank's official number. Talk to someone you trust before you send anything.</p></article>`;

testSignal(textModel, {
  valid: [
    { name: 'an anti-fraud notice that quotes the pitch (停息挂账, 法务老师, 上岸)', html: ZH_WARNING },
    { name: 'an English scam alert that quotes the "recovery expert" comments', html: EN_WARNING },
  ],
  invalid: [
    {
      name: 'a Chinese planted thread: pain, a team that "handles" it, the teacher asked for, 名额 and thanks',
      html: `<article><h1>网贷逾期了怎么办</h1><p>逾期后要积极和平台沟通。</p></article>${ZH_THREAD}`,
      messages: ['ev_text_model_scam'],
    },
    {
      name: 'an English planted thread: a loss, a specialist who "got my funds back", a fee for the file',
      html: `<article><h1>Lost money to a trading app?</h1><p>Here is what to do next.</p></article>${EN_THREAD}`,
      messages: ['ev_text_model_scam'],
    },
    { name: 'points taken off an anti-fraud notice', html: ZH_WARNING, messages: ['ev_text_model_honest'] },
    { name: 'points taken off an English scam alert', html: EN_WARNING, messages: ['ev_text_model_honest'] },
  ],
});

describe('text-model points', () => {
  it('stay within their bounds and show the words that weigh most, in the direction of the points', () => {
    for (const html of [ZH_THREAD, EN_THREAD, ZH_WARNING, EN_WARNING]) {
      const [e] = detect(textModel, html);
      expect(e).toBeDefined();
      if (!e) continue;
      expect(e.weight).toBeGreaterThanOrEqual(W.textModelMin);
      expect(e.weight).toBeLessThanOrEqual(W.textModelMax);
      // up to five words, none of them a short Latin word a reader cannot make sense of alone
      const words = e.text.split(' · ');
      expect(words.length).toBeGreaterThan(0);
      expect(words.length).toBeLessThanOrEqual(5);
      for (const t of words) expect(t.length > 5 || /\p{sc=Han}/u.test(t), t).toBe(true);
    }
  });

  it('says nothing on a text too short for it (fewer of its words than `W.textModelMinWords`): one message', () => {
    // a loan agent's message in a bank's register: the model would read its polite words as honest
    const sms =
      '<html><head><title>短信</title></head><body><p>您好，我是银行客服，欢迎办理贷款，请添加微信并先交保证金。</p></body></html>';
    expect(detect(textModel, sms)).toEqual([]);
  });

  it('gives nothing for a page without words', () => {
    expect(detect(textModel, '<html><head><title>12</title></head><body><p>12345 678</p></body></html>')).toEqual([]);
  });

  it('gives the subject of overdue loans alone some points, short of naming a scheme, and the page stays safe', () => {
    // the corpus's scam pages are about overdue debt, so its words lean that way: a few points, never the model's most
    const [e] = detect(textModel, ARTICLE_ZH);
    expect(e?.weight ?? 0).toBeLessThan(W.textModelMax);
    expect(scanHtml(`<html><head><title>信用卡逾期</title></head><body>${ARTICLE_ZH}</body></html>`).level).toBe(
      'safe',
    );
  });
});
