import { SRC } from './sources';
import type { LexiconEntry } from './types';

/**
 * Authority personas a pushed handle hides behind: the "teacher", the expert, the in-house
 * lawyer without a licence number, "Mrs X, my account manager", the hacker. A persona alone is
 * ordinary language; it counts only next to a contact handle.
 */
export const PERSONA: readonly LexiconEntry[] = [
  {
    id: 'en_hacker',
    pattern: String.raw`\bhacker\b|\bhack(?:ing)? (?:expert|specialist|guru)`,
    lang: 'en',
    kind: 'recovery',
    note: 'recovery and credit-repair "hackers"',
    source: SRC.recoveryHacker,
  },
  {
    id: 'en_named_expert',
    pattern: String.raw`\b(?:(?:mrs|mr|ms|dr|prof)\.?|miss|madam|madame|professor|teacher|expert|coach|mentor|agent|sir) [A-Z][a-z]{2,15}(?: [A-Z][a-z]{2,15})?\b`,
    lang: 'en',
    note: '"Mrs X", "Dr X", "expert X", "Teacher X": the credited advisor of fake-conversation threads',
    source: SRC.mrsX,
  },
  {
    id: 'en_role',
    pattern: String.raw`\b(?:account manager|financial (?:advisor|adviser|coach|mentor)|investment (?:advisor|adviser|manager|expert|coach)|trading (?:expert|mentor|coach)|broker|(?:recovery|refund|chargeback) (?:expert|specialist|agent)|loan officer)\b|\b(?:personal|private|senior) (?:trader|analyst|broker|mentor|account manager)\b|\b(?:crypto|forex|bitcoin|binary|options|stock) (?:analyst|mentor|coach|strategist|trader)\b|\b(?:recovery|tracing|chargeback|withdrawal|blockchain|crypto|cryptocurrency) (?:agent|officer|consultant|investigator|analyst|team)\b|\b(?:debt|credit|loan|grant|pension) (?:specialist|consultant|negotiator)\b|\b(?:her|his|my) (?:assistant|secretary)\b|\bwealth (?:manager|coach|mentor)\b|\bfund manager\b|\b(?:stock|trading|investment|crypto) (?:teacher|professor|tutor)\b|\b(?:medicare benefits|release|disbursement) (?:specialist|officer)s?\b|\bheir (?:hunter|finder|locator)s?\b|\b(?:her|his|my) (?:case|file|claims?) (?:manager|officer|handler)\b`,
    lang: 'en',
    note: 'the advisor role a pushed contact claims ("my personal trader", "crypto mentor", "recovery agent", "debt specialist", "her assistant", a commentator\'s "my assistant Chloe handles new members"); benefit and estate roles ("Medicare benefits specialist", "release officer", "heir finder", "my case manager")',
    source: SRC.mrsX,
  },
  {
    id: 'zh_engineer',
    pattern: String.raw`[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦付方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤]工(?=[的说帮很给和跟也都是吧呢啊了那在就还把让对，。！？、,.!?:：)）」”"\s]|$)`,
    lang: 'zh',
    kind: 'recovery',
    note: 'a surname and 工 ("周工", "技术部的林工"): the "engineer" of a recovery or 出黑 team who traces the money or unlocks the payout; the lookahead keeps words (工作, 工资, 工地) out',
    source: SRC.recoverySecondScam,
  },
  {
    id: 'zh_expert',
    pattern: String.raw`专家|导师|股神|大师|顾问|助理|助教|客户经理|经理|专员|分析师|操盘手|讲师|投顾|研究员|首席|小助手|秘书|(?:出黑|追款|挽损)师傅|班主任|主任|规划师|对接人|专属(?:客服|顾问|经理)|(?:清退|回款|兑付|监管|督办)专员|(?:财务|贷款)(?:中介|代办)`,
    lang: 'zh',
    note: 'self-labels regulators list for these schemes, and the staff of a tip group (讲师, 投顾, 首席, 小助手) or a 出黑 "master" (出黑师傅); the class teacher (班主任) and planner of investment courses, the "对接人", 清退/回款专员 of refund groups, 贷款中介',
    source: SRC.csrcJiangu,
  },
  {
    id: 'zh_fawu',
    pattern: String.raw`法务|律师(?!事务所|协会|费|函)|律所|法律顾问`,
    lang: 'zh',
    note: "fake in-house lawyers (法务) of debt-negotiation firms; a licence number (执业证号) clears it; a lawyer's fee or letter (律师费, 律师函) names no one",
    source: SRC.policeCase2024,
  },
  {
    id: 'zh_teacher',
    pattern: String.raw`老师`,
    lang: 'zh',
    note: 'the "teacher" persona that turns a sale into mentoring',
    source: SRC.csrcJiangu,
  },
];

/** A licence or registration number next to a lawyer or adviser (执业证号, a Taiwan lawyer's 律師證書字號, CRD, FCA FRN, a US lender's NMLS ID, a broker-dealer's "member FINRA", an insurance producer's state licence number or NPN, a Taiwan insurance agent's 登錄證字號, a US tax preparer's PTIN, a Hong Kong licensee's 牌照號碼 or SFC 中央編號). */
export const LICENCE_RE =
  /执业证(?:号|书编号)?[:：]?\s*\d{8,17}(?![0-9A-Za-z])|律[师師][证證][书書]字[号號][:：]?\s*[(（]?\d{2,3}[)）]?\s*[\p{Script=Han}]{1,4}字第\s*\d{3,6}\s*[号號]|执业编号[:：]?\s*[A-Z0-9]{8,}|登[錄录][證证]?字[號号][:：]?\s*\d{7,12}|[执執][业業][登][记記](?:[编編][号號]|[号號])[:：]?\s*\d[\d ]{7,34}\d|证券投资咨询(?:业务)?资格|\bCRD\s*#?\s*\d{4,8}\b|\bFRN\s*:?\s*\d{6,7}\b|\bFCA (?:register|reference|number)\b|\bSEC[- ]registered\b|\bNMLS\s?(?:ID|#)?\s?:?\s?#?\d{4,7}\b|\bmember FINRA\b|\b(?:insurance |producer |agent )?licen[cs]e (?:#|no\.|number)\s?:?\s?#?\d{5,10}\b|\bNPN\s?(?:#|:)?\s?\d{5,10}\b|\bPTIN\s?(?:#|:)?\s?P\d{8}\b|(?:牌照|中央)(?:号码|號碼|编号|編號)[:：]?\s*[A-Z]{2,3}\d[A-Z\d]{2,5}(?:xx|XX)?(?![A-Za-z\d])|\b(?:EA|CPA|enrolled agent|state bar|bar)(?: of [a-z]{3,14}(?: [a-z]{3,14})?)?\s(?:licen[cs]e|no\.|number|#)\s?(?:no\.\s?)?:?\s?#?\d[\d-]{3,11}\d\b/iu;
