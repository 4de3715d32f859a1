import { SRC } from './sources';
import type { LexiconEntry } from './types';

/**
 * Advance-fee loans: money asked for before a loan is released (认证金, 解冻金, 刷流水, "processing fee",
 * gift cards). Each part alone is ordinary; the signal needs a loan, a fee and an order to pay first in
 * one block, outside warnings.
 */
export const ADVANCE_FEE: readonly LexiconEntry[] = [
  {
    id: 'en_fee',
    pattern: String.raw`\b(?:processing|upfront|up-front|activation|insurance|clearance|transfer|release|registration|tracing|document prep(?:aration)?|doc prep|paperwork) (?:fee|charge|cost)s?\b|\bgift cards?\b|\binsurance on the loan\b|\bcrb clearance\b|\blimit boost(?:ing)? (?:fee|charge)\b|\b(?:disbursement|release|clearance|transfer) (?:levy|bond|tax)\b|\bfirst (?:month's|months'?) (?:payment|installment)\b|\b(?:first|two|three|a few) payments? (?:go |goes )?into a reserve\b|\bgood[- ]faith (?:deposit|payment)\b`,
    lang: 'en',
    note: 'the fee itself (also payments held in a "reserve" or a "good-faith deposit" before the loan)',
    source: SRC.advanceFee,
  },
  {
    id: 'en_pay_first',
    pattern: String.raw`\b(?:then|before|after that) (?:she|he|they|we|i) (?:send|sends|release|releases|transfer|transfers|disburse)\b|\bbefore (?:the )?(?:loan|funds|money) (?:is|are|can be) (?:released|sent|disbursed)\b|\bbefore (?:the )?(?:funds?|loan|money) (?:release|arrives?)\b|\bto (?:release|unlock|activate) (?:the|your) (?:loan|funds)\b|\bso (?:your|the) (?:claim|loan|refund|payout|case) can be (?:lodged|filed|released|processed|opened)\b|\bcomes back to you (?:in full )?with (?:your|the) (?:payout|refund|compensation|loan)\b|\b(?:refunded|returned|paid back) (?:in|with|on) (?:your|the) next loan\b|\bcannot be deducted from (?:the|your) (?:reimbursement|refund|payout|loan|winnings|compensation|funds|balance)\b|\b(?:remitted|paid|settled|sent) separately before (?:release|disbursement|the payout|your payout)\b`,
    lang: 'en',
    note: 'paying before the money comes ("before funds release")',
    source: SRC.advanceFee,
  },
  {
    id: 'zh_fee',
    pattern: String.raw`认证金|保证金|解冻金|验资金?|刷流水|做(?:个|一个)?流水|流水操作|激活费|会员费|工本费|押金|手续费|放款费|砍头息|保险费|包装费|资料费|材料费|充值|开户费|公证费|监管(?:账户)?(?:开户)?费|监管(?:账户|户口)|还款能力证明|(?:保险|信用)担保(?:费|金)?|评估费|取证费|立案费|(?:协查|对接)费|整理费`,
    lang: 'zh',
    note: 'the fee itself',
    source: SRC.regulators2026,
  },
  {
    id: 'zh_pay_first',
    pattern: String.raw`先(?:交|付|缴|转|汇)|放款前|下款前|到账前|前期[^。！？，,]{0,8}?费|(?:放款|下款|到账)后(?:可|直接|全额)?(?:抵扣|抵|退还|退回|返还)|才能(?:放款|到账|提现|下款)|(?<=(?:充值|缴费|交费|付款|转账)(?:成功)?)后(?:即可|才能|方可|就能)?(?:开始)?(?:提取|提现|放款|到账|取出|下款)|(?:转账|汇入|打款|转入|转)(?:到|至)?(?:指定|以下|我们的|下面的)(?:的)?(?:账户|账号|银行卡)|账号是|(?:与|跟|和)(?:返还款|退款|贷款|本金|理赔款)一并(?:退回|返还|退还)|(?:转入|存入|入数(?:去|到)?)(?:我哋|我们|我地)(?:嘅|的)?|(?:连同|同埋|与)(?:贷款|放款|返还款)一(?:齐|并)(?:退返|退回|返还|退还)|先可以(?:放款|下款|批)|做完(?:即日|即时|马上)?放款|(?:退回|追回|到账)后(?:从中)?扣除`,
    lang: 'zh',
    note: 'paying before the money comes',
    source: SRC.regulators2026,
  },
];

/** Loan wording for the advance-fee test (a loan, or a payout owed, must be what the fee unlocks). */
export const LOAN_RE =
  /贷款|借款|放款|下款|额度|信用卡|退款|返还款|理赔款|(?:款项|资金|钱款)(?:退回|追回)|追回(?:资金|款项|损失)|\bloans?\b|\blenders?\b|\bfunds? (?:in|to) your account\b|\bpayouts?\b|\bcompensation\b|\breimbursements?\b|\bpay (?:it|me|them) back\b/iu;
