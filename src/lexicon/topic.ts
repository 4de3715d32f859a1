import { SRC } from './sources';
import type { LexiconEntry } from './types';

/**
 * What a page is about, when its bait is generic (免费咨询, "free consultation"): the words of each
 * scheme's subject. Used only to name the `kind` of a page already judged unsafe.
 */
export const TOPIC: readonly LexiconEntry[] = [
  {
    id: 'en_credit',
    pattern: String.raw`\bcredit (?:score|report|repair|history)\b|\bcollections?\b|\blate payments?\b`,
    lang: 'en',
    kind: 'credit-repair',
    note: 'credit-score talk',
    source: SRC.recoveryHacker,
  },
  {
    id: 'en_debt',
    pattern: String.raw`\bdebts?\b|\boverdue\b|\bcollectors?\b|\bcredit card balance\b|\bbehind on (?:payments|bills)\b`,
    lang: 'en',
    kind: 'debt-relief',
    note: 'debt talk',
    source: SRC.ftc,
  },
  {
    id: 'en_gambling',
    pattern: String.raw`\bcasino\b|\bbetting site\b|\bgambling\b|\bwithdrawal (?:blocked|denied|pending)\b`,
    lang: 'en',
    kind: 'gambling-recovery',
    note: 'gambling-site talk',
    source: SRC.recoverySecondScam,
  },
  {
    id: 'en_investing',
    pattern: String.raw`\binvest(?:ing|ment|or)s?\b|\btrad(?:ing|er)\b|\bportfolio\b|\bcrypto\b|\bbitcoin\b|\bforex\b|\bstocks?\b`,
    lang: 'en',
    kind: 'investment-group',
    note: 'investing talk',
    source: SRC.mrsX,
  },
  {
    id: 'en_loan',
    pattern: String.raw`\bloans?\b|\blenders?\b|\bborrow(?:ing|ed)?\b`,
    lang: 'en',
    kind: 'loan',
    note: 'loan talk',
    source: SRC.advanceFee,
  },
  {
    id: 'en_scammed',
    pattern: String.raw`\b(?:got|was|been) scammed\b|\blost (?:my|our) (?:money|funds|savings)\b|\bstolen (?:funds|crypto)\b`,
    lang: 'en',
    kind: 'recovery',
    note: 'victims of an earlier scam',
    source: SRC.recoveryHacker,
  },
  {
    id: 'zh_debt',
    pattern: String.raw`逾期|催收|负债|欠款|网贷|信用卡|还款|债务|分期|借呗|花呗|卡债|缴款`,
    lang: 'zh',
    kind: 'debt-relief',
    note: 'debt talk',
    source: SRC.issuersFree,
  },
  {
    id: 'zh_gambling',
    pattern: String.raw`网赌|赌博|博彩|平台不给出款|百家乐`,
    lang: 'zh',
    kind: 'gambling-recovery',
    note: 'gambling-site talk',
    source: SRC.recoverySecondScam,
  },
  {
    id: 'zh_insurance',
    pattern: String.raw`退保|保单|保险公司|保费`,
    lang: 'zh',
    kind: 'insurance-refund',
    note: 'insurance talk',
    source: SRC.cbirc2020Tuibao,
  },
  {
    id: 'zh_investing',
    pattern: String.raw`股票|炒股|股市|A股|台股|港股|基金|行情|账户|收益|投资`,
    lang: 'zh',
    kind: 'investment-group',
    note: 'investing talk',
    source: SRC.csrcJiangu,
  },
  {
    id: 'zh_loan',
    pattern: String.raw`贷款|借款|放款|下款|额度|信贷|车贷|房贷`,
    lang: 'zh',
    kind: 'loan',
    note: 'loan talk',
    source: SRC.regulators2026,
  },
  {
    id: 'zh_scammed',
    pattern: String.raw`被骗|杀猪盘|骗走`,
    lang: 'zh',
    kind: 'recovery',
    note: 'victims of an earlier scam',
    source: SRC.recoverySecondScam,
  },
  {
    id: 'zh_zhengxin',
    pattern: String.raw`征信|信用记录|不良记录`,
    lang: 'zh',
    kind: 'credit-repair',
    note: 'credit-record talk',
    source: SRC.regulators2026,
  },
];
