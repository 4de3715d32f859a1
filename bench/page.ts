/**
 * Generated finance pages for the engine benchmark: an article with site chrome (top bar, navigation,
 * sidebars, footer, inline scripts) and a comment section of N comments. Comments carry an author,
 * an avatar, a region tag (IP属地), a time, a like count and a reply action; about a quarter have nested
 * replies ("回复 @x:"). Text is Chinese with some English, 20–200 characters. A few percent carry contact
 * handles or cues (and some carry official numbers that must stay harmless), and one or two planted
 * threads (a question, a "teacher's" WeChat, thanks) are placed in the list, so every stage of the
 * engine does real work. Deterministic: the same size and seed give the same page.
 */

import { prng } from '../tests/helpers/html';

export { prng };

const ZH_SENTENCES = [
  '我也是信用卡逾期了半年多,每天都被催收电话打爆',
  '银行的客服态度还算可以,说可以申请个性化分期',
  '这篇文章写得挺详细的,收藏了慢慢看',
  '网贷真的不能碰,利息太高了,滚雪球一样越滚越大',
  '去年疫情期间收入减少,房贷车贷一起压下来喘不过气',
  '建议大家直接打银行官方电话协商,不要相信中介',
  '停息挂账到底能不能办下来,有没有成功的朋友说说',
  '我们公司这两年一直在降薪,实在还不上了',
  '催收说要上门,还说要联系我单位,这合法吗',
  '楼上说得对,自己协商就行,不用花冤枉钱',
  '征信已经花了,现在房贷都批不下来',
  '今天又收到了律师函,不知道是真的还是吓唬人的',
  '感谢作者分享,学到了很多',
  '有没有人知道逾期多久会被起诉',
  '本金三万多,利息罚息加起来快两万了',
  '我跟银行协商了两次,第二次同意分二十四期',
  '家里老人也被骗过,说是帮忙处理债务,结果又交了几千块服务费',
  '最低还款其实利息更高,大家算算就知道',
  '这种文章看看就好,每个人情况不一样',
  '还是要量入为出,别超前消费',
  '我是做小生意的,资金周转不过来才用了网贷',
  '按时还款的人反而没有任何优惠,想想也挺无奈的',
  '法院调解的时候可以提出分期方案,法官一般会支持',
  '不要借新还旧,那是越陷越深',
  '现在催收比以前规范多了,至少不会爆通讯录',
  '反诈中心提醒过,自称能消除逾期记录的都是骗子',
  '说实话,欠钱还钱天经地义,但也得给人留条活路',
  '看完了还是不知道该怎么办,太难了',
  '我老公瞒着我借了很多网贷,现在全家都被打电话',
  '年底了,希望大家都能早日上岸',
  '利率超过法律保护上限的部分可以不还,这是真的吗',
  '上个月刚还清最后一笔,终于上岸了,分享一下经验',
  '工资卡被冻结了怎么办,急',
  '支持一下,写得很实在',
];

const EN_SENTENCES = [
  'I have been behind on my credit card for six months and the calls never stop',
  'Call your bank directly and ask for a hardship plan, it worked for me',
  'Great article, bookmarked for later',
  'Never take a payday loan to pay another loan, it only gets worse',
  'Does anyone know how long before they take you to court',
  'My parents almost fell for a debt relief scam last year',
  'The interest on minimum payments is brutal if you do the maths',
  'Thanks for sharing, very helpful',
  'Be careful with anyone who asks for an upfront fee to fix your credit',
  'Finally paid off the last card this month, it took three years',
  'This is why I stopped using buy now pay later apps',
  'Lost my job in spring and everything fell apart after that',
];

const ZH_NICKS = [
  '及时行乐',
  '那一抹阳光',
  '小鱼儿',
  '老张',
  '风中的歌',
  '平凡人',
  '追梦人2019',
  '一叶知秋',
  '快乐的小猪',
  '梦想起航',
  '深夜食堂',
  '路人甲',
  '上岸的人',
  '云淡风轻',
  '静待花开',
  '用户7720',
  '宁静致远',
  '大海',
  '天天向上',
  '晴天',
];
const EN_NICKS = ['Mike T.', 'Sarah_K', 'jdoe88', 'Linda W', 'DebtFree2024', 'TomH', 'Grace Lee', 'k_wong'];
const PLACES = ['广东', '北京', '上海', '浙江', '江苏', '四川', '湖北', '河南', '山东', '福建', '湖南', '辽宁', '海外'];
const TIMES = ['3天前', '5分钟前', '2小时前', '昨天 12:30', '1周前', '2025-11-18', '11-20 17:29', '刚刚', '2个月前'];

/** comments with a handle or cue, a few percent of all */
const HANDLE_TEXTS = [
  (r: () => number) => `我之前也是这种情况,后来加了老师微信 ${wx(r)} 帮我做的方案,现在已经协商好了`,
  (r: () => number) => `有需要的可以联系我,vx:${wx(r)},专业处理信用卡网贷逾期`,
  () => `打了银行官方客服95588,说可以申请分期,大家自己打电话问就行`,
  (r: () => number) => `谁有靠谱的律师推荐一下,扣扣 ${qq(r)} 私聊`,
  (r: () => number) => `我是做法务的,有问题可以打我电话 1${phoneTail(r)},免费咨询`,
  (r: () => number) => `反诈提醒:自称能帮你消除征信、要你加微信 ${wx(r)} 的都是骗子,千万别信`,
  (r: () => number) =>
    `I lost money to a fake broker and Mrs Susan helped me recover it, WhatsApp +1 415 555 ${digits(r, 4)}`,
  (r: () => number) => `Contact the recovery expert on Telegram @recover_${digits(r, 3)} he got my funds back`,
];

function digits(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(r() * 10);
  return s;
}
function wx(r: () => number): string {
  const letters = 'abcdefghjkmnpqrstuvwxyz';
  let s = '';
  for (let i = 0; i < 3; i++) s += letters[Math.floor(r() * letters.length)];
  return s + digits(r, 4);
}
function qq(r: () => number): string {
  return `${1 + Math.floor(r() * 9)}${digits(r, 8)}`;
}
function phoneTail(r: () => number): string {
  return `3${digits(r, 9)}`;
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** Comment text of 20–200 characters, mostly Chinese, sometimes English. */
function commentText(r: () => number): string {
  const english = r() < 0.18;
  const pool = english ? EN_SENTENCES : ZH_SENTENCES;
  const stop = english ? '. ' : '。';
  // skewed towards short comments, as on real pages
  const target = 20 + Math.floor(r() * r() * 180);
  let s = '';
  while (s.length < target) s += pick(r, pool) + (r() < 0.15 ? (english ? '! ' : '!') : stop);
  if (s.length > 200) s = s.slice(0, 200);
  return s.trim();
}

interface CommentSpec {
  nick: string;
  place: string;
  time: string;
  likes: number;
  text: string;
  replyTo?: string;
}

function commentHtml(c: CommentSpec, id: number, reply: boolean, children: string): string {
  const cls = reply ? 'reply-item' : 'comment-item';
  const body = c.replyTo ? `回复 <a class="at" href="/u/${id - 1}">@${esc(c.replyTo)}</a>:${esc(c.text)}` : esc(c.text);
  return `
      <li class="${cls}" data-cid="${id}">
        <div class="cmt-head">
          <a class="cmt-avatar" href="/u/${id}"><img src="/avatar/${id % 97}.jpg" alt=""></a>
          <a class="cmt-nick" href="/u/${id}">${esc(c.nick)}</a>
          <span class="cmt-ip">IP属地:${c.place}</span>
        </div>
        <div class="cmt-body"><p>${body}</p></div>
        <div class="cmt-foot">
          <span class="cmt-time">${c.time}</span>
          <span class="cmt-like"><i class="icon-like"></i>赞 ${c.likes}</span>
          <a class="cmt-reply" href="javascript:;">回复</a>
          <a class="cmt-report" href="javascript:;">举报</a>
        </div>${children}
      </li>`;
}

/** A planted thread: a question, the "teacher's" handle from a second account, thanks from a third. */
function plantedThread(r: () => number, id: number): { html: string; count: number } {
  const handle = wx(r);
  const asker = `${pick(r, ZH_NICKS)}${digits(r, 2)}`;
  const shill = `${pick(r, ZH_NICKS)}${digits(r, 2)}`;
  const third = `${pick(r, ZH_NICKS)}${digits(r, 2)}`;
  const top: CommentSpec = {
    nick: asker,
    place: pick(r, PLACES),
    time: '4天前',
    likes: 147,
    text: '已经逾期3个多月了,本金加利息11万多,打电话问客服能不能延期或者分期,客服说办不了,最后我也实在没办法了,才找老师去帮忙协商的。',
  };
  const replies: CommentSpec[] = [
    {
      nick: third,
      place: pick(r, PLACES),
      time: '3天前',
      likes: 12,
      text: '楼主,你现在的债务怎么样了?我本金加利息5万多,能把老师微信推给我吗,我也想试试,感谢!',
      replyTo: asker,
    },
    {
      nick: shill,
      place: pick(r, PLACES),
      time: '3天前',
      likes: 33,
      text: `我现在协商成功了,加的是这个老师的微信:${handle},专业团队,停息挂账,免费咨询`,
      replyTo: third,
    },
    {
      nick: third,
      place: pick(r, PLACES),
      time: '2天前',
      likes: 8,
      text: '不错,已经加了,给我也做了个方案,挺好的,太感谢了!',
      replyTo: shill,
    },
  ];
  const children = `
        <ul class="reply-list">${replies.map((c, i) => commentHtml(c, id + 1 + i, true, '')).join('')}
        </ul>`;
  return { html: commentHtml(top, id, false, children), count: 1 + replies.length };
}

function randomComment(r: () => number, withHandle: boolean, replyTo?: string): CommentSpec {
  const english = r() < 0.18;
  return {
    nick: english ? pick(r, EN_NICKS) : `${pick(r, ZH_NICKS)}${r() < 0.5 ? digits(r, 2) : ''}`,
    place: pick(r, PLACES),
    time: pick(r, TIMES),
    likes: Math.floor(r() * r() * 500),
    text: withHandle ? pick(r, HANDLE_TEXTS)(r) : commentText(r),
    replyTo,
  };
}

export interface GeneratedPage {
  html: string;
  comments: number;
  handles: number;
  planted: number;
}

const ARTICLE_PARAS = [
  '随着互联网金融的快速发展,网贷行业也逐渐成为人们借款的一种常见方式。然而,由于一些借款人的还款能力不足或者其他原因,导致逾期问题日益突出。',
  '根据相关法律法规,金融机构和受托催收机构不得采用暴力、恐吓、侮辱等手段催收,也不得向与债务无关的第三人透露债务信息。',
  '借款人遇到还款困难时,应当第一时间通过官方客服电话或营业网点与机构沟通,说明自身情况,申请延期或分期还款。',
  '需要提醒的是,近期出现不少自称“债务优化”“停息挂账代理”的中介,以收取高额服务费为目的,甚至骗取借款人的个人信息和银行卡密码。',
  '监管部门多次发布风险提示:所谓“征信修复”“反催收联盟”均不具备任何合法资质,消费者切勿轻信,更不要添加陌生人的社交账号。',
  '如果确实无力偿还,可以与机构协商制定合理的还款计划,并保留通话录音、短信记录等证据,以备后续纠纷处理。',
  '对于利率超过法律保护上限的部分,借款人可以依法主张权利,必要时可向人民法院提起诉讼或向金融监管部门投诉。',
  '理性消费、量入为出,是避免陷入债务困境的根本。面对超前消费的诱惑,每个人都应当保持清醒的头脑。',
];

function chrome(r: () => number, n: number, what: string): string {
  let s = '';
  for (let i = 0; i < n; i++)
    s += `<li><a href="/${what}/${i}.html">${pick(r, ZH_SENTENCES).slice(0, 10 + (i % 8))}</a></li>`;
  return s;
}

/** A finance article page with site chrome and a comment section of about `n` comments (replies included). */
export function generatePage(n: number, seed = 20251128): GeneratedPage {
  const r = prng(seed ^ n);
  const parts: string[] = [];
  let id = 0;
  let handles = 0;
  let planted = 0;
  // planted threads at about a third and two thirds of the list (one on small pages)
  const plantAt = new Set(n >= 1000 ? [Math.floor(n / 3), Math.floor((2 * n) / 3)] : [Math.floor(n / 2)]);
  while (id < n) {
    if ([...plantAt].some((p) => p <= id)) {
      for (const p of plantAt) if (p <= id) plantAt.delete(p);
      const t = plantedThread(r, id);
      parts.push(t.html);
      id += t.count;
      planted++;
      continue;
    }
    const hasHandle = r() < 0.03;
    if (hasHandle) handles++;
    const top = randomComment(r, hasHandle);
    const topId = id++;
    let children = '';
    if (r() < 0.25 && id < n) {
      const k = 1 + Math.floor(r() * 3);
      const replies: string[] = [];
      let prev = top.nick;
      for (let i = 0; i < k && id < n; i++) {
        const c = randomComment(r, false, prev);
        replies.push(commentHtml(c, id++, true, ''));
        prev = c.nick;
      }
      children = `
        <ul class="reply-list">${replies.join('')}
        </ul>`;
    }
    parts.push(commentHtml(top, topId, false, children));
  }

  const article = ARTICLE_PARAS.concat(ARTICLE_PARAS.slice(0, 6))
    .map((p, i) => (i % 4 === 0 ? `<h2>${i / 4 + 1}、${p.slice(0, 14)}</h2>\n      <p>${p}</p>` : `<p>${p}</p>`))
    .join('\n      ');

  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>网贷逾期怎么办?协商还款的合法方法有哪些 - 财经频道</title>
<meta name="keywords" content="网贷逾期,协商还款,信用卡分期">
<meta name="description" content="网贷逾期后如何与机构协商还款,以及如何识别债务中介骗局。">
<link rel="canonical" href="https://finance.example.cn/a/20251128/123456.html">
<style>.cmt-item{padding:8px}.cmt-nick{color:#369}.cmt-ip{color:#999}</style>
<script>window.__cfg={site:'finance',ver:'3.2.1'};</script>
</head>
<body>
<div class="top-bar"><span class="welcome">欢迎来到财经频道 | 网站地图 | 手机版</span><span class="date">2025-11-28 星期五</span></div>
<div class="header"><a class="logo" href="/">财经频道</a>
  <ul class="nav">${chrome(r, 24, 'channel')}</ul>
  <form class="search"><input type="text" name="q" placeholder="搜索"><button>搜索</button></form>
</div>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/money/">理财</a> &gt; <a href="/money/debt/">债务</a> &gt; 正文</div>
<div class="main">
  <div class="article">
    <h1 class="article-title">网贷逾期怎么办?协商还款的合法方法有哪些</h1>
    <div class="article-info">来源:财经频道 2025-11-28 09:12 阅读 18204</div>
    <div class="article-content">
      ${article}
      <p class="editor">(责任编辑:王晓)</p>
    </div>
    <div class="share"><a href="javascript:;">分享到微博</a> <a href="javascript:;">分享到微信</a></div>
  </div>
  <div class="comment-box" id="comments">
    <h3>全部评论 (${n})</h3>
    <div class="comment-form"><textarea placeholder="写下你的评论..."></textarea><button>发表评论</button></div>
    <ul class="comment-list">${parts.join('')}
    </ul>
    <div class="pager"><a href="javascript:;">加载更多</a></div>
  </div>
  <div class="sidebar">
    <div class="side-box"><h3>相关推荐</h3><ul>${chrome(r, 10, 'rel')}</ul></div>
    <div class="side-box"><h3>热门文章</h3><ul>${chrome(r, 10, 'hot')}</ul></div>
    <div class="side-box"><h3>最新更新</h3><ul>${chrome(r, 10, 'new')}</ul></div>
    <div class="side-box ad"><span>广告</span><a href="https://ad.example.cn/c?id=42">低息贷款,当天到账</a></div>
  </div>
</div>
<div class="footer">
  <ul class="footer-links">${chrome(r, 8, 'about')}</ul>
  <p>Copyright © 2025 财经频道 版权所有 京ICP备12345678号-1 京公网安备11010502030000号</p>
</div>
<script>(function(){var s=document.createElement('script');s.src='/stat.js';document.body.appendChild(s);})();</script>
</body>
</html>
`;
  return { html, comments: id, handles, planted };
}
