import { comments, testSignal } from '../../tests/helpers/signal-tester';
import { advanceFee } from './advance-fee';

testSignal(advanceFee, {
  valid: [
    {
      name: 'a fee and a release in two sentences of their own, one line each',
      html: '<h1>Notice of unclaimed premium reimbursement</h1><div>Overcharged premiums on your policy are owed to you.</div><div>A disbursement levy applies to every estate the court administers.</div><div>Reimbursements are remitted separately before release of the final account.</div>',
    },
    {
      name: 'the pitch\'s fees quoted in a help article, then "That is the scam." opening the next paragraph',
      html: '<h1>Loan offers that ask for a fee first</h1><p>If you need money quickly, you may see offers in comment sections from a "private lender" who can approve anyone the same day. Before the money arrives, they ask you to pay something: an "insurance fee," a "processing fee," or a "first installment."</p><p>That is the scam. Once you pay, the lender asks for another fee, or disappears.</p><p>Call us at 1-800-555-0114 (24/7 fraud line).</p>',
    },
    {
      name: 'a bank explaining fees deducted from a loan',
      html: '<p>贷款手续费将在放款时从贷款金额中扣除,无需另行支付。</p>',
    },
    {
      name: 'a bank clerk: banks take nothing before disbursement, the set-up fee comes out at payout (放款前不會跟你收錢)',
      html: comments([{ a: 'Grace', t: '正常銀行放款前不會跟你收錢，開辦費都是寫在契約裡、撥款時扣。' }]),
    },
    { name: 'a warning about advance fees', html: '<p>警惕!凡是放款前要求先交认证金、解冻金的都是诈骗。</p>' },
    {
      name: 'an English warning',
      html: '<p>Never pay an upfront fee to get a loan: legitimate lenders do not ask for gift cards.</p>',
    },
    { name: 'a fee without a loan', html: '<p>办理会员卡需要先交押金200元。</p>' },
    {
      name: "a forum sidebar's list of other threads (中古車貸款被要求先付保證金，正常嗎)",
      html: `<main><article><h1>車貸轉貸經驗分享</h1><p>原本車貸利率7%，後來找銀行轉貸，利率降到3%，分享給大家參考。</p></article>${comments([{ a: '阿偉', t: '感謝分享，我也來問問我的銀行。之前看到路邊廣告說免保人，沒敢打。' }])}</main><aside class="page__aside"><div class="box"><h3>相關討論</h3><ul><li><a href="/topic/118230">原廠0利率方案，其實有藏手續費？</a></li><li><a href="/topic/117640">中古車貸款被要求先付保證金，正常嗎</a></li><li><a href="/topic/116899">信貸 vs 車貸，哪個先還</a></li></ul></div></aside>`,
    },
    {
      name: '留言说客人被「机车贷款先缴保证金」骗过(引号里是骗人的说法)',
      html: `${comments([{ a: '阿宏的機車行', t: '我店裡也有客人被「機車貸款先繳保證金」騙過，真的很多' }])}`,
    },
    {
      name: 'a lender whose fee comes out of the loan: "we lend", "the processing fee is deducted", nothing first',
      html: comments([
        {
          a: 'Lakeview CU',
          t: 'We lend to members with thin files. The processing fee is deducted from the loan, and there is no cost before funding.',
        },
      ]),
    },
    {
      name: "a headline and a section heading that name the pitch's fees (a lender's notice about them)",
      html: '<h1>放款前先交GPS费、审核费？车抵贷这五种收费方式</h1><p>近期客服中心接到车主来电，我们统一说明如下。</p><h3>一、放款前收“GPS费”“审核费”“保证金”</h3><p>持牌机构的费用在合同里写明，放款时扣除。</p><p>有的中介说车抵贷不看征信，当天就能下款。</p>',
    },
    {
      name: 'a bank listing the fees it does not take',
      html: comments([
        {
          a: '县农商行-小谭',
          t: '我们的养殖贷款从申请到放款银行不收任何评估费、手续费、服务费,也不会让您先交钱。',
        },
      ]),
    },
    {
      name: 'a bank saying licensed lenders never ask for money before approval',
      html: '<p>本行及其他持牌放債人絕不會要求客戶在批核前繳付任何費用，亦不會要求你將款項轉入任何「監管戶口」。</p>',
    },
    {
      name: "a report narrating a lender's steps, on a page that sells no loan",
      html: '<p>受害人称,对方要求先支付前期资料工本费及包装费698元,说放款后可抵扣利息,之后再也联系不上。</p>',
    },
    {
      name: "a bank's answer: any fee is deducted after approval, it never asks anyone to transfer first (绝不会要求客户预先转账)",
      html: comments([
        {
          a: '港灣銀行客服',
          t: '任何手續費只會在貸款批出後，於貸款額中扣除，絕不會要求客戶預先轉賬至任何戶口。',
        },
      ]),
    },
    {
      name: "a loan officer's answer: the origination fee comes out of the loan, we don't require a payment before you get the money",
      html: comments([
        {
          a: 'Marcus at Lakeview CU',
          t: "The origination fee comes out of the loan itself. We don't require you to pay the fee first.",
        },
      ]),
    },
  ],
  invalid: [
    {
      name: 'a reader approved for an amount, then asked for an insurance deposit before he can release it',
      html: comments([
        {
          a: 'Kendra Douglas',
          t: 'I texted him last night. He approved me for $8,000 already but asked for $320 for the insurance deposit before he can release it.',
        },
      ]),
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: 'a Taiwan loan agent: no deposit, "only a 3,800 setup fee before the file goes in, taken back from the loan"',
      html: comments([
        { a: 'Ivy Huang', t: '請問阿哲，要先付錢嗎？之前遇過一個說要保證金的，有點怕' },
        {
          a: '貸款顧問 阿哲',
          t: '@Ivy Huang 我們不收保證金，只有送件前一筆3,800的開辦費，是跑件和對保的行政成本，撥款後從額度裡扣回，等於沒多花。有簽約、有收據，放心。',
        },
      ]),
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: 'a private lender: "we lend against the contract", the only cost up front a processing and indemnity fee',
      html: comments([
        {
          a: 'funding_officer_g',
          t: 'We lend against the contract rather than your accounts. The only cost up front is the standard processing and indemnity fee, which comes back to you in the first release.',
        },
      ]),
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: 'a lender: van finance, "processing fee first then funds"; and "funds released as soon as the fee clears"',
      html: comments([
        {
          a: 'lender_a',
          t: 'Van finance from £8k is one of our most common files. Processing fee first then funds within 3 working days.',
        },
        {
          a: 'lender_b',
          t: 'Anyone still looking: £2k to £250k, all credit considered. Funds released as soon as the processing fee clears.',
        },
      ]),
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: 'a "recovery" group charging a share of the loss first, deducted once the money is back',
      html: '<h1>第二批受损人员登记</h1><p>我们对接的团队会统一处理。每人先交取证整理费（按损失的3%，最低500元），款项追回后从中扣除。</p><p>登记后加助理QQ：2873619045</p>',
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: 'a Cantonese lender asking for a deposit into its "supervised account", returned with the loan',
      html: '<h1>私人貸款 即日批核</h1><p>審批部話要做「還款能力證明」先可以放款：將 HK$2,900 轉入我哋嘅監管戶口，放款嗰陣連同貸款一齊退返俾你。WhatsApp 我：6293 1847</p>',
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: "a PDF's printed lines, each its own element, with the fee sentence broken over two",
      html: '<h1>Notice of unclaimed premium reimbursement</h1><div>Overcharged premiums on your policy are owed to you.</div><div>2. Settle the federal disbursement levy of 3.5% ($312.01). By statute the levy cannot be deducted</div><div>from the reimbursement itself and must be remitted separately before release.</div>',
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: 'an account-opening fee returned together with the refund owed',
      html: '<h1>关于您名下保单权益复核及差额返还的告知函</h1><p>预计返还保费差额＋红利补足 93,640 元。</p><p>三、按专员指引缴纳监管账户开户及公证费用 2,400 元，该费用将与返还款一并退回您的账户。</p><p>联系专员孔经理（电话：177 4620 8153）</p>',
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: "a private lender's first month's payment before he sends anything, in plain words",
      html: "<h1>For anybody in a tight spot</h1><p>I can usually cover anywhere from $500 to $8,000. I don't run anybody's credit.</p><p>You tell me how much and how many months you want to pay it back. You send the first month's payment on Cash App or Zelle before I send anything, that's just so I know you're serious.</p><p>Call or text me any time at 216-555-0148.</p>",
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: "a 'lending officer' whose first payments go into a reserve before the loan is released",
      html: comments([
        {
          a: 'Carl_Westbrook',
          t: 'We look at deposits, not your score, and lend up to $5,000. New borrowers show they can carry it: the first two payments go into a reserve with us before funds release, returned at the end of the loan. Message the number on my profile: +1 469 555 0131',
          when: '2 days ago',
        },
      ]),
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: "a premium-refund letter's own steps: a levy before the reimbursement is released",
      html: '<h1>Notice of unclaimed premium reimbursement</h1><p>Our audit found overcharged premiums on your policy.</p><p>2. Settle the disbursement levy of 3.5%. It cannot be deducted from the reimbursement and must be remitted separately before release.</p>',
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: 'a levy that cannot be deducted from the reimbursement owed',
      html: comments([
        {
          a: 'Release Office',
          t: 'Settle the 3.5% disbursement levy first. It cannot be deducted from the reimbursement and must be remitted separately before release.',
          when: '1 day ago',
        },
      ]),
    },
    {
      name: 'a registration fee before a compensation claim is lodged',
      html: comments([
        {
          a: 'Car Finance Refunds',
          t: 'If you qualify you pay the one-off £95 file and solicitor registration fee so your claim can be lodged; the £95 comes back to you in full with your payout.',
          when: '2 days ago',
        },
      ]),
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: 'a top-up before the money can be drawn',
      html: '<p>我们为您提供贷款服务,请添加专属微信号 wx1234567890 完成认证,审核通过且成功充值后即可开始提取资金使用。</p>',
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: 'a Chinese deposit before release',
      html: '<p>您好,我们提供无抵押贷款,额度5万,放款前需要先交2000元认证金,转账到指定账户。</p>',
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: 'a packaging fee paid up front, "deducted from interest after the loan"',
      html: '<p>黑白户都能下,不看征信,当天放款。</p><ol><li>添加业务经理微信初审;</li><li>初审通过后支付前期资料工本费及包装费(额度1万以内698元),放款后可抵扣利息。</li></ol>',
      messages: ['ev_advance_fee_demanded'],
    },
    {
      name: 'gift cards for a loan, in a comment',
      html: comments([
        {
          a: 'Crystal',
          t: "it's for insurance on the loan, $150 in Apple gift cards, then she sends the money. Text her!",
          when: '2d',
        },
      ]),
      messages: ['ev_advance_fee_demanded'],
    },
  ],
});
