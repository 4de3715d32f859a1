import { describe, expect, it } from 'vitest';
import { literalHandles } from '../../scripts/eval/realdata';

describe('literalHandles', () => {
  it('takes real-looking tokens after a contact cue', () => {
    expect(literalHandles('请添加我的微信号“zhangbo”，并注册')).toEqual([
      { kinds: ['wechat'], value: 'zhangbo', raw: 'zhangbo' },
    ]);
    expect(literalHandles('微信账户：转账13333、账号2')).toEqual([]);
    expect(literalHandles('专属的微信号以方便沟通：wx1234567890.请添加').map((h) => h.value)).toEqual(['wx1234567890']);
    expect(literalHandles('最后拨打0756-8921438告知逾期').map((h) => h.value)).toEqual(['07568921438']);
    expect(literalHandles('加我QQ：20485731').map((h) => [h.kinds, h.value])).toEqual([[['qq'], '20485731']]);
  });
  it('skips the dataset placeholders', () => {
    for (const t of [
      '请加我的微信号：xxxxxxxxx。',
      '联系电话是XXX-XXXX-XXXX,贷款',
      '客服电话：13xxxxxxxxx微信同号',
      '加我QQ号XXXXXXX进群',
      '微信号：aaaaaaa',
    ]) {
      expect(literalHandles(t), t).toEqual([]);
    }
  });
});
