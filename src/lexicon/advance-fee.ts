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
    pattern: String.raw`\b(?:processing|upfront|up-front|activation|insurance|indemnity|clearance|transfer|release|registration|tracing|document prep(?:aration)?|doc prep|paperwork) (?:and [a-z]{3,12} )?(?:fee|charge|cost)s?\b|\bgift cards?\b|\binsurance on the loan\b|\bcrb clearance\b|\blimit boost(?:ing)? (?:fee|charge)\b|\b(?:disbursement|release|clearance|transfer) (?:levy|bond|tax)\b|\bfirst (?:month's|months'?) (?:payment|installment)\b|\b(?:first|two|three|a few) payments? (?:go |goes )?into a reserve\b|\bgood[- ]faith (?:deposit|payment)\b|\b(?:withdrawal|unlock(?:ing)?|unfreez(?:e|ing)|anti[- ]money[- ]laundering|aml|verification|compliance|courier|conversion|upgrade|wallet (?:sync|synchroni[sz]ation)|collateral) (?:fee|charge|deposit|tax)s?\b|\b(?:capital gains|withholding) tax\b|\b(?:approval|processing|release|loan) (?:file|packet|pack|certificate)s?\b(?! (?:number|status))|\binsurance bonds?\b|\b(?:activation|release|approval|processing|refundable|commitment) deposits?\b|\b(?:loan )?(?:insurance|protection) deposits?\b|\bfinder'?s fees?\b|\b(?:estate|inheritance) (?:release|clearance) (?:fee|tax)s?\b|\bclearance certificates?\b|\bstamp duty (?:on|for) (?:the|your) (?:loan|funds|transfer|inheritance)\b`,
    lang: 'en',
    note: 'the fee itself (also payments held in a "reserve" or a "good-faith deposit" before the loan, and the staging of frozen withdrawals: a withdrawal, unlock, AML, verification or upgrade fee, a "capital gains tax" before release); an advance fee sold as an item: an "approval file", a "processing packet", an "insurance bond", an "activation deposit", a "loan insurance deposit", an estate "clearance certificate"',
    source: SRC.advanceFee,
  },
  {
    id: 'en_pay_first',
    pattern: String.raw`\b(?:then|before|after that) (?:she|he|they|we|i) (?:send|sends|release|releases|transfer|transfers|disburse)\b|\bbefore (?:the )?(?:loan|funds|money) (?:is|are|can be) (?:released|sent|disbursed)\b|\bbefore (?:the )?(?:funds?|loan|money) (?:release|arrives?)\b|\bto (?:release|unlock|activate) (?:the|your) (?:loan|funds)\b|\bso (?:your|the) (?:claim|loan|refund|payout|case) can be (?:lodged|filed|released|processed|opened)\b|\bcomes back to you (?:in full )?with (?:your|the) (?:payout|refund|compensation|loan)\b|\b(?:refunded|returned|paid back) (?:in|with|on) (?:your|the) next loan\b|\bcannot be deducted from (?:the|your) (?:reimbursement|refund|payout|loan|winnings|compensation|funds|balance)\b|\b(?:remitted|paid|settled|sent) separately before (?:release|disbursement|the payout|your payout)\b|\b(?:before|until) (?:you|i) (?:can )?(?:withdraw|access|receive|get) (?:your|my|the) (?:funds|money|profits?|balance|payout|loan|winnings)\b|\bpay (?:it|this|the (?:fee|tax|deposit)) (?:first|upfront|up front|in advance)\b|\bbefore (?:she|he|they|we) can release (?:it|the (?:loan|funds|money))\b|\b(?:to|so (?:you|i) can) (?:unlock|withdraw|release) (?:your|my|the) (?:account|profits?|balance|winnings|withdrawal)\b|\bprove (?:your|you have the|(?:your )?repayment) (?:ability|capacity|means)\b|(?<=\bonce (?:the|your) (?:[a-z]{3,12} )?(?:fee|deposit|bond|insurance|file|packet|certificate) )(?:is|has been) (?:paid|cleared|received|covered|settled)\b|\b(?:the|your) (?:loan|funds) (?:goes|go) out the same day\b|\b(?:before|prior to) (?:funding|disbursement)\b|(?<=\b(?:after|once|when|as soon as) (?:the|your) (?:[a-z]{3,12} )?(?:fee|deposit) )clears\b|(?<=\b(?:fee|deposit|charge) )first,? (?:and )?then (?:the )?(?:funds|loan|money|payout|cash)\b|\b(?:only )?(?:cost|charge|fee|payment) (?:up ?front|up-front|in advance) is\b|\bwithin \d{1,2} (?:hours|business days|days) of (?:the|your) (?:[a-z]{3,12} )?(?:fee|deposit) (?:being )?(?:received|paid|cleared)\b`,
    lang: 'en',
    note: 'paying before the money comes ("before funds release", "a fee before funding", "after the fee clears", "processing fee first then funds", "the only cost up front is")',
    source: SRC.advanceFee,
  },
  {
    id: 'zh_fee',
    pattern: String.raw`认证金|保证金|解冻金|验资金?|刷流水|做(?:个|一个)?流水|流水操作|激活费|会员费|工本费|押金|手续费|放款费|砍头息|保险费|包装费|资料费|材料费|充值|开户费|公证费|监管(?:账户)?(?:开户)?费|监管(?:账户|户口)|还款能力证明|(?:保险|信用)担保(?:费|金)?|评估费|取证费|立案费|(?:协查|对接)费|整理费|解冻费|通道(?:维护)?费|风控费|升级费|认证费|验证费|审核费|(?:个人)?所得税|税费|疏通费|打码费|代办费|中介费|顾问费|行政费|批核费|开办费|跑件费|对保费|登记费|清退费|出款费|激活金|(?:兑付|回款|退赔)(?:保证金|手续费)|(?:证明|验证)(?:你|您)?的?还款能力`,
    lang: 'zh',
    note: 'the fee itself; agents\' fees (代办费, 中介费, Hong Kong 行政費, Taiwan 開辦費, 跑件費, 對保費), a 兑付保证金 before a "refund", a deposit to "prove repayment ability"',
    source: SRC.regulators2026,
  },
  {
    id: 'zh_pay_first',
    pattern: String.raw`先(?:交|付|缴|转|汇)|放款前|下款前|到账前|前期[^。！？，,]{0,8}?费|(?:放款|下款|到账|拨款)后(?:从额度里?|可|直接|全额)?(?:抵扣|抵|扣回|退还|退回|返还)|送件前|才能(?:放款|到账|提现|下款)|(?<=(?:充值|缴费|交费|付款|转账)(?:成功)?)后(?:即可|才能|方可|就能)?(?:开始)?(?:提取|提现|放款|到账|取出|下款)|(?:转账|汇入|打款|转入|转)(?:到|至)?(?:指定|以下|我们的|下面的)(?:的)?(?:账户|账号|银行卡)|账号是|(?:与|跟|和)(?:返还款|退款|贷款|本金|理赔款)一并(?:退回|返还|退还)|(?:转入|存入|入数(?:去|到)?)(?:我哋|我们|我地)(?:嘅|的)?|(?:连同|同埋|与)(?:贷款|放款|返还款)一(?:齐|并)(?:退返|退回|返还|退还)|先可以(?:放款|下款|批)|做完(?:即日|即时|马上)?放款|(?:退回|追回|到账)后(?:从中)?扣除|(?:缴纳|补缴|支付|交|付)(?:完|清)?后(?:才能|才可以|方可)(?:解冻|提现|出金|出款|放款|下款|退款)|(?<!(?:无须|无需|毋须|不需|不用|唔使|不必)在?)(?:批核|批出|拨款|对保|兑付|退赔|回款|清退)前(?:要|需|须)?先|先(?:俾|畀)(?:钱|费|订|按金)|(?:交|缴|付)(?:完|清|咗)后(?:就|即可)?(?:批|放款|过数|兑付|退赔|回款|到账)`,
    lang: 'zh',
    note: 'paying before the money comes (送件前 a fee, 撥款後從額度裡扣回)',
    source: SRC.regulators2026,
  },
];

/**
 * Money taken first, the order half (for the `fee-first` signal, read apart from the advance-fee test: one
 * alternation would let these take the text its fee or its order to pay first needs): "up front", "before
 * we start", money you "get back in the refund"; 先付, 先收, 要先. The facts keep a hit only with money in
 * its sentence (an amount, a fee, a payment app: `FEE_MONEY_RE` in src/engine/facts.ts). What the words
 * say is ordinary (a lawyer's retainer, a shop's deposit); the signal reads them only in the account of
 * the one who pushes a private line, or of a reader who vouches for that helper.
 */
export const FEE_FIRST: readonly LexiconEntry[] = [
  {
    id: 'en_fee_first',
    pattern: String.raw`\b(?:up ?front|up-front)\b|\bthen \d{1,2} ?% (?:of|from)\b|\b(?:asked|asks|charged|charges|took|takes) (?:me |us |her |him )?(?:for )?a retainer\b|\b(?:paid|payable|due) (?:at the start|at the outset|at signing)\b|\bto open (?:the|a|your) (?:file|case)\b|\b(?:case|file)[ -](?:setup|set-up|opening) (?:fee|retainer|charge)\b|\b(?:unlock|unfreeze|release|clearance) (?:fee|stamp|charge)\b|(?<!\bthanks |\bthank you )\bin advance\b|\bbefore (?:she|he|they|we|it) (?:starts?|begins?|does anything|releases?|files?)\b|\b(?:you )?get (?:it |that |this )?back (?:in|with|from|out of) (?:the|your) (?:refund|payout|settlement|claim|compensation|inheritance|share)\b|\bbefore (?:the|any|your) (?:report|work|tracing|case|search|investigation|recovery|refund|payout|claim|application) (?:is|are|can be|gets?) (?:produced|started|done|begun|opened|filed|lodged|submitted|released|paid)\b|\bcredited (?:against|toward|towards) (?:a|the|your) (?:success )?(?:commission|fee)\b|\brefundable (?:compliance|verification|activation|release) deposit\b|\b(?:returned|refunded|comes? back) with the (?:payout|refund|withdrawal)\b`,
    lang: 'en',
    note: 'a helper who takes money before the work or the payout: "half up front by Zelle", "a $300 file fee, before we start", "a retainer up front (15%)", "a flat fee paid at the start", "a $375 case filing fee, then 15% of whatever comes back", "he only asked for a retainer for the tracing report", "a filing fee you get back in the refund", a tracing fee "before the report is produced", "a case setup fee, $349 to open the file", "a $1,250 file-opening retainer by e-transfer", "a small unlock fee for the processor, I paid 350", "you just pay the $95 release stamp and she files it", "credited against a success commission", "a refundable compliance deposit (10% of the locked balance) that gets returned with the payout"; credit repair and debt relief may not charge before the work is done (CROA, the Telemarketing Sales Rule), nor may a recovery or a payout cost a fee first. Read only in the account of the commenter who pushes a private line, a reader who vouches for that helper, or the selling page itself (`fee-first` signal)',
    source: SRC.ftcCreditRepair,
  },
  {
    id: 'zh_fee_first',
    pattern: String.raw`先(?:付|俾|畀)(?!出)|先(?:收|交|缴|转)|先打(?=钱|款|定金|订金|[一二两三四五六七八九十半几]|\d{1,6}\s?(?:块|元|蚊|万|千|百))|(?:要|得|需要?)先|前期(?:只)?(?:有|要|收)?`,
    lang: 'zh',
    note: '帮忙的人先收钱:先付了定金, 开始做先俾, 先收两千的材料钱, 要先…交一些手续的费用, 前期只有一个调证费, 先打两千过去 (打 as a transfer: 先打去问程序 or 先打 2377 4105 calls a line first);代理维权、征信修复先收费是监管提示的手法 (`fee-first` signal)',
    source: SRC.nfra2024,
  },
];

/** Loan wording for the advance-fee test (a loan, or a payout owed, must be what the fee unlocks). */
export const LOAN_RE =
  /贷款|借款|放款|下款|额度|信用卡|退款|返还款|理赔款|退赔|兑付|回款|遗产|批核|私人贷|(?:款项|资金|钱款)(?:退回|追回)|追回(?:资金|款项|损失)|\bloans?\b|\blenders?\b|\b(?:we|i) lend\b|\b(?:van|car|asset|business|bridging|invoice|equipment) finance from\b|\ball credit (?:considered|accepted)\b|\bfunds? (?:in|to) your account\b|\bpayouts?\b|\bcompensation\b|\breimbursements?\b|\bpay (?:it|me|them) back\b|\bapproved (?:me|you|us|him|her|them) for (?:\$|£|€)?\d|\binheritance\b|\bestate funds\b/iu;
