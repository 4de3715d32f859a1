/**
 * Where the wording in the lexicons was seen: regulator notices, police and press reports,
 * research and community lists. One constant per source so entries cite them by name.
 */
export const SRC = {
  /** Issuers grant 个性化分期/停息挂账 free; middlemen charge for it (中国金融网, 2022) */
  issuersFree: 'https://xykco.zgjrw.com/xykco/2022/0906/42410.html',
  /** Debt-negotiation middlemen: free consultation, then fees (2024 police case) */
  policeCase2024: 'https://www.baicaf.com/LegalPublicity/info.html?id=33',
  /** Free consultation by a 咨询公司/律所, then charges */
  freeThenFee: 'https://www.wokahuishou.com/post/136684.html',
  /** NFRA 2024 on 代理维权 and "不成功不收费" */
  nfra2024: 'https://www.qzr.cn/sys/118494.html',
  /** Five regulators 2026 on short-video 代理维权, 债务清零, 征信洗白 */
  regulators2026: 'https://reportify.cn/social-media/771154868281720',
  /** 4折解债 fees, 2025 drive results */
  caijing2025: 'https://www.mycaijing.com/article/detail/561295',
  /** CBIRC 代理退保 notice and local echoes */
  cbirc2020Tuibao: 'https://jr.dahe.cn/2021/05-31/846926.html',
  /** CSRC on illegal 荐股; only licensed firms may advise */
  csrcJiangu: 'https://download.htsec.com/ChannelHome/1645761/5858547.shtml',
  /** 杀猪盘 groups where nearly all members are shills */
  shaZhuPan: 'https://blog.lgjyuntun.com/article/6976972.shtml',
  /** a "recovery" offer is the second scam */
  recoverySecondScam: 'https://www.kkannews.com/465122586.html',
  /** shills posing as novice askers in debt threads */
  shillAskers: 'https://www.0755bh.net/60616.html',
  /** YouTube "Mrs X" expert threads: credited advisor, pile-on praise, telegram pointer */
  mrsX: 'https://misbehavingbots.com/ive-learned-a-lot-from-name-scams-on-youtube',
  /** recovery-"hacker" posts pasted across forums */
  recoveryHacker: 'https://malwaretips.com/blogs/whispers-hacker-recovery-scam-exposed-full-investigation/',
  /** advance-fee loans: bad credit no problem, guaranteed, upfront fee */
  advanceFee: 'https://datcp.wi.gov/Pages/Publications/AdvanceFeeLoans199.aspx',
  /** community list of expert names and handles used in fake-conversation threads (ThioJoe/YT-Spam-Lists) */
  ytSpamLists: 'https://github.com/ThioJoe/YT-Spam-Lists',
  /** alias evasion lore: V:, wechat:, 加V */
  aliasLore: 'https://i.bhha.com.cn/quote/353.html',
  /** warning wording of regulators' risk notices (风险提示, 以案说险) */
  riskNotices: 'https://bxcah.com/2428.html',
  /** debtors' own forums: 上岸 without a middleman */
  debtorForums: 'https://theinitium.com/article/20210923-mainland-debtors/',
  /** FTC alert on student-loan relief scams: fees up front, fast or guaranteed forgiveness, "stop paying" */
  studentLoanRelief:
    'https://pymnts.com/news/security-and-risk/2022/ftc-warns-public-about-student-loan-forgiveness-payment-pause-scams',
  /** 郑州市民政局 notice on pension-themed fund-raising: membership cards, 还本付息, bed and apartment sales */
  yanglaoFunding: 'https://xwzx.qqzyw.com/show-227741.html',
  /** FTC fraud reports: credit, debt and recovery schemes */
  ftc: 'https://reportfraud.ftc.gov',
  /** OCC alert on debt-elimination schemes: bonds and certificates that claim to discharge a debt, upfront fees */
  debtElimination: 'https://occ.treas.gov/news-issuances/alerts/2007/alert-2007-55.html',
  /** FBI on money mules: jobs that move money through your own account for a cut */
  moneyMule: 'https://www.fbi.gov/how-we-can-help-you/scams-and-safety/common-scams-and-crimes/money-mules',
  /** SEC's Ponzi red flags: high returns with little risk, overly consistent returns */
  secPonzi: 'https://www.frankowskifirm.com/sec-warns-investors-ponzi-scheme-red-flags/',
  /** SEC investor alert: investment group chats led by a made-up "professor" or guru and run by an assistant */
  secGroupChats:
    'https://www.investor.gov/introduction-investing/general-resources/news-alerts/alerts-bulletins/investor-alerts/gateway-to-investment-scams',
  /** FTC action against timeshare exit companies: upfront fees, guaranteed exits, "stop paying" */
  timeshareExit:
    'https://timeshareconsumerassociation.org.uk/2022/11/23/timeshare-usa-federal-trade-commission-wades-in/',
  /** timeshare exit red flags: high upfront fees, guarantees of 100% success */
  timeshareRedFlags:
    'https://consumerprotectionnetworks.blogspot.com/2025/06/breaking-free-safely-essential-tips-to.html',
  /** Taiwan's FSC: third parties who charge to "help" release a flagged (警示) account's money are a second fraud */
  warnedAccountAgent: 'https://tw.nextapple.com/finance/20231114/34EA68AF3DD1F05E78A855D6A5944BE0',
  /** a bank's advisory on debt relief scams: falsely claiming to negotiate with creditors on the consumer's behalf, fees up front */
  debtReliefScams: 'https://mvbbank.com/resources/news/debt-relief-scams',
  /** FTC on credit repair: only inaccurate items can be removed; no one can promise a score or delete accurate records */
  ftcCreditRepair: 'https://consumer.ftc.gov/articles/fixing-your-credit-faqs',
  /** OCC consumer advisory on foreclosure-rescue and loan-modification scams: upfront fees, "stop your foreclosure" */
  foreclosureRescue:
    'https://occ.gov/news-events/news-and-events-archive/consumer-advisories/consumer-advisory-2011-1.html',
  /** FTC on romance scams: the scammer asks to leave the dating site for a private app, then for money */
  ftcRomance: 'https://consumer.ftc.gov/articles/what-know-about-romance-scams',
  /** eBay's policy on offers to buy or sell outside eBay: the deal and the talk moved off the site, out of its protection */
  ebayOutside:
    'https://www.ebay.com/help/policies/member-behavior-policies/offers-buy-sell-outside-ebay-policy?id=4271',
  /** FTC on refund and recovery scams: people who promise to get back money lost to a scam, for a fee */
  ftcRecovery: 'https://consumer.ftc.gov/articles/refund-and-recovery-scams',
  /** FCA/TPR pension-scam tactics: free pension reviews, guaranteed high returns, cash before 55 */
  pensionScams:
    'https://www.richmondandtwickenhamtimes.co.uk/news/17832103.pensioners-relatives-elderly-warned-take-extra-care-fraud/',
  /** 注单异常 and the other excuses rigged betting sites give for not paying out */
  chuheiExcuses: 'https://www.iphone-ios.com/post/2958.html',
  /** loan-fraud wording: 包装贷, 无视征信, 黑户可贷, fees before release (case studies) */
  /** 高息揽储 cases told to savers: fake deposit products, 贴息 paid on the spot, "confidential" accounts */
  depositSubsidy: 'https://feifmx.com/socialgd/10000169/20250531/48406668_1.html',
  /** FINRA, CFTC and NASAA warn retirees about gold and silver schemes: rollovers, markups, storage fees */
  preciousMetals: 'https://financialregnews.com/finra-cftc-warn-about-precious-metals-fraud/',
  loanPackaging:
    'https://www.seridoat.com/article/jie-mi-jin-rong-jie-dai-pian-ju-zhen-shi-an-li-jiao-ni-ru-he-shi-bie-xian-jing-bing-bao-hu-cai-chan.html',
  /** Taiwan bankers' association warning on paid agents for debt negotiation ("保證協商成功") */
  twDebtAgents:
    'https://tw.news.yahoo.com/%E9%8A%80%E8%A1%8C%E6%98%A5%E7%AF%80%E5%81%9C%E6%AD%A2%E9%82%84%E6%AC%BE%E5%82%AC%E6%94%B6-%E5%BC%B7%E5%88%B6%E5%9F%B7%E8%A1%8C%E4%BD%9C%E6%A5%AD%E5%85%A8%E9%9D%A2%E6%9A%AB%E7%B7%A9-201913160.html',
  /** 南方周末 on the 代办退休 fraud: "挂靠企业" early retirement sold for ¥70,000–130,000 */
  banTuixiu: 'https://new.qq.com/omn/20181105/20181105A1FWKE.html',
  /** advance-fee loan charges by name (通道维护费, 反洗钱认证金, 审核费, 解冻) */
  loanFeeNames:
    'https://yanxiaoye.cn/post/%E8%B4%B7%E6%AC%BE%E5%89%8D%E6%9C%9F%E5%8C%85%E8%A3%85%E8%B4%B9%E6%98%AF%E9%A6%85%E9%A5%BC%E8%BF%98%E6%98%AF%E9%99%B7%E9%98%B1%EF%BC%9F%E6%8F%AD%E7%A7%98%E9%87%91%E8%9E%8D%E4%B8%AD%E4%BB%8B%E7%9A%84%E6%94%B6%E8%B4%B9%E8%BF%B7%E5%B1%80.html',
  /** police and regulator list of 养老诈骗 types: 以房养老 抵押 "每月高额利润", 养老床位/预交服务费, 代办养老保险/提前退休, 养老项目, 免费旅游/保健品 */
  yanglaoScamTypes: 'https://jianpian.cn/a/16mctn6q',
  /** 养老服务领域非法集资 notice: 贵宾卡/会员卡/预付卡, 入股养老基地/老年公寓, 不入住也给高额分红, 免费体检/旅游/讲座 */
  yanglaoServiceFunding: 'https://hcdangxiao.org/news-show-440.html',
  /** 中安民生 "以房养老" case: houses mortgaged to lenders through the scheme, 88 detained */
  yifangYanglaoCase: 'https://wh.house.163.com/19/0527/09/EG62A879020916PQ.html',
  /** NFRA (CBIRC) notice on fake "官方回款" channels that ask P2P lenders for a 兑付保证金 (新京报, 2022) */
  p2pOfficialRefund: 'https://www.bjnews.com.cn/detail/164353133214341.html',
  /** 场外配资 is unlicensed securities business: 分仓/子账户 systems, 5-10 倍杠杆, funds into private accounts */
  peiziIllegal: 'https://www.peiziwuyou.com/2902.html',
  /** Hong Kong: 放債人條例 bars fees from borrowers; bad 中介 sell "債務紓緩", "微型破產", "結餘轉戶" for fees */
  hkLoanAgents: 'https://www.cgcc.org.hk/gb/temp18_detail.php?cid=2&sid=19&tid=0&tabid=0&id=80',
  /** reverse-mortgage scams: equity pulled out of the home and steered into an "investment" */
  reverseMortgageScams: 'https://www.kinkeeper.com/resources/fraud/reverse-mortgage-scam/',
  /** reverse-mortgage "investment seminars", "free income" pitches, fees for public information (AARP summary) */
  reverseMortgageSeminars: 'https://www.nancelawfirm.net/what-should-i-know-about-reverse-mortgage-scams/',
  /** VA pension poaching: annuity sellers posing as "veterans' benefit advisors" (GAO-12-540) */
  vaPensionPoaching: 'https://masonlawpc.com/big-va-benefit-changes-coming',
  /** unclaimed-estate "heir hunter" impostors who charge fees before a payout that never comes */
  unclaimedEstate: 'https://scamencyclopedia.org/scams/bereavement-inheritance-scams/unclaimed-estate-heir-scam',
  /** fake inheritance fee scams: legal costs, probate taxes, clearance certificates before release */
  inheritanceFees: 'https://scamencyclopedia.org/scams/finance-scams/fake-inheritance-fee-scams',
} as const;
