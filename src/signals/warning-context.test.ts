import { describe, expect, it } from 'vitest';
import { detect, testSignal } from '../../tests/helpers/signal-tester';
import { warningContext } from './warning-context';

// warning-context adds no points: its "invalid" cases are pages where it records a discount
testSignal(warningContext, {
  valid: [
    { name: 'a scam box with no warning', html: '<div><p>免费咨询停息挂账,加老师微信 laoshi8899</p></div>' },
    {
      name: 'a scam page that says beware of fakes (an authenticity claim, not a warning)',
      html: '<p>认准唯一官方微信:anxin_zwfw,谨防假冒!</p>',
    },
    {
      name: "a pusher's own banned account is no moderator's notice",
      html: '<p>我原来的微信号被封了，加我新微信 laoshi_8899，免费咨询停息挂账</p>',
    },
  ],
  invalid: [
    {
      name: 'an anti-fraud notice quoting a handle',
      html: '<p>警惕骗局:不法分子自称“老师”,诱导添加微信 laoshi8899 后收取前期费用。</p>',
      messages: ['ev_warning_context_handle_quoted'],
    },
    {
      name: "a moderator's notice that the accounts named were banned",
      html: '<p>原帖里“纸飞机搜 kaka_rijie88”之类的联系方式已全部删除，相关账号已封禁。</p>',
      messages: ['ev_warning_context_handle_quoted'],
    },
    {
      name: "an English moderator's notice quoting a banned account's DM",
      html: '<p>Copied as received, the account is banned: message @frozen_desk_otc on telegram for 60c on the dollar.</p>',
      messages: ['ev_warning_context_handle_quoted'],
    },
    {
      name: 'a regulator notice quoting bait',
      html: '<p>风险提示:所谓“停息挂账”“征信修复”均为骗局。</p>',
      messages: ['ev_warning_context_bait_quoted'],
    },
  ],
});

describe('warning-context scope', () => {
  it('records but never adds points', () => {
    const ev = detect(warningContext, '<p>警惕骗局:不法分子诱导添加微信 laoshi8899。</p>');
    expect(ev.every((e) => e.weight === 0)).toBe(true);
  });
});
