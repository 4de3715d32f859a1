import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelDocument } from '../src/dom/model';
import { gatherFacts, mergeFacts } from '../src/engine/facts';
import { parseHtml, scanHtml } from '../src/engine/scan';
import { createScanSession } from '../src/engine/session';
import { parse, randomizeNames } from './helpers/html';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe.each(['seed-page.html', 'seed-page.simplified.html'])('the seed page %s', (file) => {
  for (const variant of ['as written', 'with random class and id names'] as const) {
    const html = variant === 'as written' ? fixture(file) : randomizeNames(fixture(file), 9);
    const r = scanHtml(html, { source: file });
    it(`is danger, debt-relief (${variant})`, () => {
      expect(r.level).toBe('danger');
      expect(r.kind).toBe('debt-relief');
      expect(r.score).toBeGreaterThanOrEqual(60);
    });
    it(`names xys8775 as a suspect WeChat in comments and a box or widget (${variant})`, () => {
      const h = r.handles.find((x) => x.kind === 'wechat' && x.value === 'xys8775');
      expect(h?.suspect).toBe(true);
      expect(h?.regions).toContain('comment');
      expect(h?.regions.some((g) => g === 'cta' || g === 'widget')).toBe(true);
      expect(r.handles.filter((x) => x.suspect).map((x) => x.value)).toEqual(['xys8775']);
    });
    it(`finds one planted thread of 4 comments by 2 authors (${variant})`, () => {
      const planted = r.threads.filter((t) => t.planted);
      expect(planted).toHaveLength(1);
      expect(planted[0]?.comments).toBe(4);
      expect(planted[0]?.authors).toHaveLength(2);
      expect(planted[0]?.handles).toEqual(['xys8775']);
    });
    it(`takes no evidence from the ordinary legal-advice paragraphs (${variant})`, () => {
      const doc = parse(html);
      const advice = [...doc.querySelectorAll('p')].filter((p) =>
        /^\d\.|随着互联网|网贷逾期催收是/.test(p.textContent ?? ''),
      );
      expect(advice.length).toBeGreaterThan(5);
      for (const e of r.evidence) {
        const el = doc.querySelector(e.selector);
        expect(el, e.selector).not.toBeNull();
        for (const p of advice)
          expect(p === el || (el !== null && p.contains(el)), `${e.signal}: ${e.text}`).toBe(false);
      }
    });
  }
});

describe("an English recovery-expert thread on a victim's own story", () => {
  // the article warns and reports; the comments below it sell a "fund recovery specialist" on WhatsApp
  for (const variant of ['as written', 'with random class and id names'] as const) {
    const file = 'pages/en-recovery-expert-comments.html';
    const html = variant === 'as written' ? fixture(file) : randomizeNames(fixture(file), 5);
    const r = scanHtml(html, { source: file });
    it(`is danger, recovery, with the WhatsApp number and the email suspect (${variant})`, () => {
      expect(r.level).toBe('danger');
      expect(r.kind).toBe('recovery');
      expect(
        r.handles
          .filter((h) => h.suspect)
          .map((h) => `${h.kind}:${h.value}`)
          .sort(),
      ).toEqual(['email:desmond.avery.recovery@gmail.com', 'whatsapp:12025550147']);
    });
    it(`finds the ask-and-answer thread and takes no point from the victim's article (${variant})`, () => {
      const planted = r.threads.filter((t) => t.planted);
      expect(planted).toHaveLength(1);
      expect(planted[0]?.authors).toEqual(['Patricia Holloway', 'Glen Tapper']);
      // (the text model reads the page's words as a whole: its evidence stands for the page, `body`, not the article)
      expect(r.evidence.filter((e) => e.region === 'article' && e.weight > 0 && e.selector !== 'body')).toEqual([]);
    });
  }
});

describe('handles as the reader sees them', () => {
  it('reads an id stored backwards inside a right-to-left override in the order it is drawn', () => {
    const html =
      '<article><h1>車禍理賠怎麼談</h1><p>保險公司給的理賠金額太低，該怎麼辦？</p></article><section><h3>回應</h3><ul><li><b>阿明</b><p>有人幫過我，賴我：\u202E66nehc.mialc\u202C（直接複製搜尋ID）</p></li></ul></section>';
    const values = scanHtml(html).handles.map((h) => `${h.kind}:${h.value}`);
    expect(values).toContain('line:claim.chen66');
    expect(values).not.toContain('line:66nehc.mialc');
  });
});

describe('clean pages stay safe', () => {
  it.each([
    'pages/bank-help-95588.html',
    'pages/antifraud-article.html',
    'pages/en-finance-genuine-comments.html',
    'model/flat-reply-at.html',
    'model/floors.html',
    'model/quoted.html',
    'model/wordpress.html',
    'model/qa.html',
  ])('%s', (file) => {
    for (const html of [fixture(file), randomizeNames(fixture(file), 3)]) {
      const r = scanHtml(html, { source: file });
      expect(r.level, r.evidence.map((e) => `${e.signal} ${e.weight} ${e.text}`).join('\n')).toBe('safe');
      expect(r.handles.filter((h) => h.suspect)).toEqual([]);
      expect(r.kind).toBeUndefined();
    }
  });
  it('reports the bank hotline as official and the masked handle as masked', () => {
    const bank = scanHtml(fixture('pages/bank-help-95588.html'));
    expect(bank.handles.find((h) => h.value === '95588')).toMatchObject({ suspect: false, why: 'why_official_number' });
  });
});

describe('report shape and traceability', () => {
  const r = scanHtml(fixture('seed-page.simplified.html'), { source: 'seed' });
  it('sums evidence weights into the score', () => {
    const sum = r.evidence.reduce((s, e) => s + e.weight, 0);
    expect(r.score).toBe(Math.min(100, sum));
  });
  it('gives every evidence a signal, a message key, a region and a selector', () => {
    for (const e of r.evidence) {
      expect(e.message).toMatch(/^ev_[a-z0-9_]+$/);
      expect(e.selector.length).toBeGreaterThan(0);
      expect(e.text.length).toBeGreaterThan(0);
    }
  });
  it('reports timings and no cap', () => {
    expect(r.timings.nodes).toBeGreaterThan(100);
    expect(r.timings.capped).toBe(false);
  });
  it('says when a cap was hit', () => {
    expect(scanHtml(fixture('seed-page.simplified.html'), { maxNodes: 50 }).timings.capped).toBe(true);
  });
});

describe('the resumable session', () => {
  it('gives the same report in slices as all at once', () => {
    const html = fixture('seed-page.simplified.html');
    const whole = scanHtml(html);
    const doc = parse(html);
    const s = createScanSession(doc);
    let steps = 0;
    // a deadline already past: every step does one clock-check's worth of work and stops
    while (!s.step(0)) steps++;
    expect(steps).toBeGreaterThan(0);
    const sliced = s.report();
    expect({ ...sliced, timings: undefined }).toEqual({ ...whole, timings: undefined });
  });
  it('starts each stage in a step of its own, and names the stage', () => {
    const s = createScanSession(parse(fixture('seed-page.simplified.html')));
    const seen: string[] = [];
    let done = false;
    // a deadline far ahead: a step stops only where a new stage begins
    while (!done) {
      done = s.step(performance.now() + 60_000);
      seen.push(s.stage());
    }
    expect(seen).toEqual(['model', 'facts', 'done']);
    // without a deadline the session runs to the end in one step
    const all = createScanSession(parse(fixture('seed-page.simplified.html')));
    expect(all.step(Number.POSITIVE_INFINITY)).toBe(true);
    expect(all.stage()).toBe('done');
  });
  it('scores in steps that yield, to the same report', () => {
    const html = fixture('seed-page.simplified.html');
    const s = createScanSession(parse(html));
    while (!s.step(Number.POSITIVE_INFINITY));
    const steps = s.reportSteps();
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    // the context, then one step per signal at least
    expect(yields).toBeGreaterThan(5);
    expect({ ...r.value, timings: undefined }).toEqual({ ...s.report(), timings: undefined });
  });
  it('scores a page of thousands of comments in steps of a few hundred comments each', () => {
    const items = Array.from(
      { length: 3000 },
      (_, i) =>
        `<li><div><span>用户${i}</span> <span>广东</span></div><div>第${i}条评论,还款协商的经验分享。</div>` +
        `<div><span>${(i % 9) + 1}天前</span> <span>赞 ${i % 50}</span></div></li>`,
    );
    const s = createScanSession(parse(`<html><body><h1>评论</h1><ul>${items.join('')}</ul></body></html>`));
    while (!s.step(Number.POSITIVE_INFINITY));
    const comments = s.facts().comments.length;
    expect(comments).toBeGreaterThan(2500);
    const steps = s.reportSteps();
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    // the threads are built in steps of 256 comments (four passes over them), not in one
    expect(yields).toBeGreaterThan((4 * comments) / 256);
    expect({ ...r.value, timings: undefined }).toEqual({ ...s.report(), timings: undefined });
  });
  it('reads comments that arrive later', () => {
    const html = fixture('seed-page.simplified.html');
    const doc = parse(html);
    const box = doc.querySelector('ul');
    const thread = box?.innerHTML ?? '';
    for (const li of [...(box?.children ?? [])]) li.remove();
    const s = createScanSession(doc);
    s.step(Number.POSITIVE_INFINITY);
    expect(s.report().threads.filter((t) => t.planted)).toHaveLength(0);
    const holder = doc.createElement('div');
    holder.innerHTML = `<ul>${thread}</ul>`;
    const li = holder.querySelector('li');
    if (!li || !box) throw new Error('fixture changed');
    box.appendChild(li);
    s.add([li]);
    s.step(Number.POSITIVE_INFINITY);
    expect(s.report().threads.filter((t) => t.planted)).toHaveLength(1);
  });
  it('merges facts from another frame before scoring', () => {
    const top = createScanSession(parse('<html><body><article><p>一篇普通的文章。</p></article></body></html>'));
    top.step(Number.POSITIVE_INFINITY);
    const frame = createScanSession(parse(fixture('seed-page.simplified.html')), {
      frame: 'https://comments.example/',
    });
    frame.step(Number.POSITIVE_INFINITY);
    expect(top.report().level).toBe('safe');
    const merged = top.report([frame.facts()]);
    expect(merged.level).toBe('danger');
    expect(merged.handles.find((h) => h.value === 'xys8775')?.suspect).toBe(true);
  });
  it("reads the text model's words of every frame, each once", () => {
    const top = createScanSession(parse(fixture('seed-page.simplified.html')));
    top.step(Number.POSITIVE_INFINITY);
    const frame = createScanSession(parse(fixture('seed-page.simplified.html')), { frame: 'https://x.example/' });
    frame.step(Number.POSITIVE_INFINITY);
    const words = top.facts().terms;
    expect(words.length).toBeGreaterThan(0);
    const other = { ...frame.facts(), terms: [...frame.facts().terms, '上岸', 'got my'] };
    const merged = mergeFacts(top.facts(), [other]).terms;
    expect(new Set(merged).size).toBe(merged.length);
    expect(merged).toEqual(expect.arrayContaining([...words, '上岸', 'got my']));
  });
});

describe('markup without a body', () => {
  it.each([
    '<p>债务问题免费咨询,加老师微信 laoshi8899 (点击复制)</p><p>专业停息挂账,不成功不收费</p>',
    '<!DOCTYPE html><p>债务问题免费咨询,加老师微信 laoshi8899 (点击复制)</p><p>专业停息挂账,不成功不收费</p>',
    '<html><p>债务问题免费咨询,加老师微信 laoshi8899 (点击复制)</p><p>专业停息挂账,不成功不收费</p></html>',
  ])('%s is read', (html) => {
    const r = scanHtml(html);
    expect(r.handles.map((h) => h.value)).toContain('laoshi8899');
    expect(r.level).not.toBe('safe');
  });
});

describe('who speaks for a contact', () => {
  const scan = (html: string) => scanHtml(`<!DOCTYPE html><html><head>${html}`);
  it("a lawyer's licence number a few rows above the phone vouches for it", () => {
    const r = scan(
      `<title>方律师 - 找律师</title></head><body><main><h1>方振宇 律师</h1><dl><dt>执业证号</dt><dd>13301201610372845</dd><dt>擅长</dt><dd>信用卡纠纷</dd><dt>联系电话</dt><dd>138 0013 1572(微信同号)</dd></dl><p>协助持卡人在调解阶段达成分期还款方案,电话初步咨询免费。本人不承诺“停息挂账”“不成功不收费”等结果。</p></main></body></html>`,
    );
    expect(r.level).toBe('safe');
    expect(r.handles.filter((h) => h.suspect)).toEqual([]);
    expect(r.handles.find((h) => h.kind === 'phone')?.why).toBe('why_licensed');
  });
  it.each(['EA license 00-098765', 'CPA license #45112', 'State Bar No. 287734'])(
    "a tax preparer's or lawyer's licence (%s) beside the office line vouches for it",
    (licence) => {
      const r = scanHtml(
        `<html><body><main><h1>Behind on taxes</h1><p>Mr. Whitt, an enrolled agent (${licence}), sets up payment plans for a flat fee billed after. Office is (717) 555-0181.</p></main></body></html>`,
      );
      expect(r.handles.find((h) => h.value === '7175550181')?.why).toBe('why_licensed');
    },
  );
  it('a licence printed beside a page that sells two schemes vouches for nothing', () => {
    const r = scan(
      `<title>恒远律师·债务重组中心</title></head><body><main><h1>逾期不可怕</h1><p>依法协商,停催停息,最长60期分期。</p><p>办理期间请勿自行联系银行,以免打乱协商节奏。</p><dl><dt>执业证号</dt><dd>14403202110837261</dd><dt>免费咨询热线</dt><dd>159 2713 4468(律师助理)</dd></dl></main></body></html>`,
    );
    expect(r.handles.find((h) => h.kind === 'phone')?.why).not.toBe('why_licensed');
  });
  it('the same page without the licence is no longer vouched for', () => {
    const r = scan(
      `<title>方律师</title></head><body><main><h1>方振宇 律师</h1><dl><dt>联系电话</dt><dd>138 0013 1572(微信同号)</dd></dl><p>专业停息挂账,不成功不收费,加微信免费咨询。</p></main></body></html>`,
    );
    expect(r.handles.some((h) => h.suspect)).toBe(true);
  });
  it("a reporter's address at the site's own domain is the site speaking", () => {
    const r = scan(
      `<title>Retirees and the COLA</title><link rel="canonical" href="https://www.valleypost.example/news/cola"></head><body><article><p>Social Security checks rise 2.8% next year.</p><p>Mark Ruiz covers retirement. Reach him at mruiz@valleypost.example.</p></article></body></html>`,
    );
    expect(r.handles.find((h) => h.kind === 'email')).toMatchObject({ suspect: false });
  });
  const signalsSite = (email: string) =>
    scan(
      `<title>Vexa Signals</title><link rel="canonical" href="https://vexasignals.example/join"></head><body><main><h1>Binary options signals that win</h1><p>Guaranteed profits every week. Message our account manager on WhatsApp +44 7700 900482 to start.</p><p><a href="https://wa.me/447700900482">Chat now</a></p></main><footer><p>© Vexa Signals. ${email}</p></footer></body></html>`,
    );
  it("a site that sells the scheme in its own voice: its own address is the scheme's", () => {
    const r = signalsSite('Contact: desk@vexasignals.example');
    expect(r.level).toBe('danger');
    expect(r.handles.find((h) => h.kind === 'email')).toMatchObject({
      value: 'desk@vexasignals.example',
      suspect: true,
    });
  });
  it("a saved page's own address, named as the site in its title, is the site speaking", () => {
    const r = scanHtml(
      '<html><head><title>Ep. 12 – Fixing a thin file | Keys Before Fifty</title></head><body><main><h1>Fixing a thin file</h1><p>Credit sweeps and CPNs will get you in trouble.</p><div class="cta"><p>Got a question? Email mailbag@keysbeforefifty.example.</p></div></main><section><h2>Comments</h2><div class="c"><b>marcus_b</b> <span>2 days ago</span><p>My guy did a full file refresh, scrubbed all the derogs. Text him at 404-555-0187, tell him marcus from the podcast.</p></div><div class="c"><b>Keisha</b> <span>1 day ago</span><p>how much does he charge?</p></div></section></body></html>',
    );
    expect(r.handles.find((h) => h.kind === 'email')?.suspect).toBe(false);
    expect(r.handles.find((h) => h.value === '4045550187')?.suspect).toBe(true);
  });
  it("the site's own complaint mailbox is its complaint desk, not the scheme's", () => {
    const r = signalsSite('Report abuse: report@vexasignals.example');
    expect(r.handles.find((h) => h.kind === 'email')?.suspect).toBe(false);
  });
  it("another domain's address in the footer of that site is not made the scheme's by the rule", () => {
    const r = signalsSite('Hosting abuse reports: abuse@hostcorp.example');
    expect(r.handles.find((h) => h.kind === 'email')?.suspect).toBe(false);
  });
});

describe("the site's own line", () => {
  const thread = (footer: string) =>
    scanHtml(
      `<html><body><article><h1>交了钱才发现是停息挂账骗局</h1><p>近期多名读者反映被所谓“债务协商老师”收取服务费。</p></article><ul class="comments">
      <li><b>小满</b><span>3天前</span><p>我妈也加了个“老师”,交了3000,怎么联系你们记者?</p></li>
      <li><b>帮帮团</b><span>3天前</span><p>回复 小满:把转账记录整理好,打0731-84571100或加微信 xjwb_bangbang 把情况发给我们</p></li>
      <li><b>老谭</b><span>2天前</span><p>谢谢,我也转给我姐看看</p></li></ul><footer><p>${footer}</p></footer></body></html>`,
    );
  it("a paper's tip line in its footer, given again by the paper in reply to a reader, is the paper's", () => {
    const r = thread('湘江晚报社主办 本报新闻热线:0731-84571100 报料微信:xjwb_bangbang');
    expect(r.level).toBe('safe');
    expect(r.handles.filter((h) => h.suspect)).toEqual([]);
    expect(r.handles.find((h) => h.kind === 'wechat')?.why).toBe('why_not_pushed');
    expect(r.threads.some((t) => t.planted)).toBe(false);
  });
  it('a number the footer only calls 客服热线 vouches for nothing in the comments', () => {
    const r = thread('某某咨询 客服热线:0731-84571100 微信:xjwb_bangbang');
    const wechat = r.handles.find((h) => h.kind === 'wechat');
    expect(wechat).toBeDefined();
    expect(wechat?.why).not.toBe('why_not_pushed');
  });
  it("an app's own support line and address, labelled so, are the app's", () => {
    const r = scanHtml(
      '<html><body><h1>Haraka loans</h1><ul><li>Support email: care@harakapesa.co.ke</li></ul><p>Customer care: 0800 720 644 (toll free). We never ask you to pay to get a loan.</p></body></html>',
    );
    expect(r.handles.find((h) => h.kind === 'email')?.why).toBe('why_not_pushed');
    expect(r.evidence.filter((e) => e.signal === 'contact-cta')).toEqual([]);
  });
  it("a mail link to the site's own domain is the site's", () => {
    const r = scanHtml(
      '<html><head><link rel="canonical" href="https://retirementledger.example/column"></head><body><article><h1>Ask Dolores: my annuity surrender charge</h1><p>Send your questions to <a href="mailto:askdolores@retirementledger.example">the column</a>.</p></article></body></html>',
    );
    expect(r.handles.find((h) => h.kind === 'email')?.why).toBe('why_not_pushed');
    expect(r.evidence.filter((e) => e.signal === 'contact-cta')).toEqual([]);
  });
});

describe("a bank's own article, reposted by a mirror site", () => {
  const page = (voice: string) =>
    scanHtml(`<html><head><title>个性化分期这样申请 - 某某文摘</title></head><body><article><h1>还款有困难？个性化分期这样申请</h1>
    <p>本文转载自微信公众号“某某银行信用卡”（微信号：mmbank_card），版权归原作者所有。</p>
    <p>持卡人暂时无力还款的，可以向${voice}申请个性化分期，最长60期。网上自称能“停息挂账”的“老师”都是骗局。</p>
    <p>拨打客服热线</p><p>400-660-9588</p><p>专员回电号码为 400-660-9588 或以“0755-8832”开头的座机，不会用个人微信联系您。</p>
    <section><h3>官方渠道</h3><p>客服热线：400-660-9588（24小时）</p></section></article>
    <section class="comments"><h2>精选留言</h2><ul>
    <li><b>老郭</b><span>广东</span><p>按文章说的打了400-660-9588，客服很耐心，批了42期，谢谢！</p></li>
    <li><b>阿凯</b><span>广东</span><p>谢谢，我也打400-660-9588试试。</p></li></ul></section>
    <div class="card"><p>某某银行信用卡</p><p>微信号：mmbank_card</p><p>某某银行信用卡中心官方服务号，提供账单查询。</p></div>
    <footer><p>本站仅做信息聚合，如有侵权请联系 copyright@moumouwenzhai.com 删除</p></footer></body></html>`);
  const r = page('我行');
  const of = (value: string) => r.handles.find((h) => h.value === value);
  it('is safe', () => {
    expect(r.level).toBe('safe');
    expect(r.evidence.filter((e) => e.signal === 'contact-cta')).toEqual([]);
  });
  it('the hotline it lists as its own, in its own voice, is not passed round when readers say they called it', () => {
    expect(r.evidence.filter((e) => e.signal === 'handle-in-comments')).toEqual([]);
    expect(of('4006609588')?.why).toBe('why_not_pushed');
    // without the bank's own voice (我行), a 客服热线 vouches for nothing in the comments
    expect(page('银行').evidence.some((e) => e.signal === 'handle-in-comments')).toBe(true);
  });
  it("an official account's id, in the repost credit and its account card, is no one's private line", () => {
    expect(of('mmbank_card')?.why).toBe('why_not_pushed');
  });
  it("the mirror's copyright mailbox is its desk, not a line anyone is sent to", () => {
    expect(of('copyright@moumouwenzhai.com')?.why).toBe('why_not_pushed');
  });
  it('the first digits of the lines it calls from are no number', () => {
    expect(r.handles.map((h) => h.value)).not.toContain('07558832');
  });
});

describe("a branch's page listing its staff's work mobiles", () => {
  const page = (label: string) =>
    scanHtml(`<html><head><title>桥头支行 网点服务 - 某某农商银行</title></head><body><main><h1>某某农商银行 桥头支行</h1>
    <p>以下为本网点在岗客户经理。我行员工不会要求您转账至个人账户。</p>
    <div class="staff"><p>叶晓蕾</p><p>大堂经理</p><p>${label}：135 6861 9532</p></div>
    <p>警惕冒充银行工作人员“停息挂账”诈骗。</p></main>
    <section class="comments"><h2>客户评价</h2><ul>
    <li><b>王**</b><span>2天前</span><p>网上一堆说能停息挂账的，差点交钱。叶经理帮我申请了个性化分期，她手机 135 6861 9532 我存着了，有事就找她。谢谢叶经理！</p></li>
    <li><b>网点回复</b><span>2天前</span><p>感谢您的认可！个性化分期由本行直接受理，不收取任何费用。</p></li></ul></section></body></html>`);
  it("a mobile the bank lists as a work line is the bank's, also when a customer passes it on", () => {
    const r = page('手机（工作）');
    expect(r.level).toBe('safe');
    expect(r.handles.find((h) => h.value === '13568619532')?.suspect).toBe(false);
  });
});

describe("a licensee's line", () => {
  const page = (licence: string) =>
    scanHtml(`<html><body><article><h1>55 歲點部署強積金</h1>
    <p>關於我：Joanne 何嘉欣，保險業監管局持牌業務代表${licence}，前銀行強積金專員。一對一理財檢視（收費 HK$600／小時）請 WhatsApp 我公司業務電話 5730 2286。</p></article>
    <section class="comments"><h3>留言</h3><ul>
    <li><b>kwokwai</b><span>2天前</span><p>58歲，全部放晒喺股票基金，今年跌到瞓唔著。</p></li>
    <li><b>joanne_licai</b><span>2天前</span><p>@kwokwai 預約只用呢個 WhatsApp 5730 2286，我冇助理、冇群組。</p></li>
    <li><b>siuying</b><span>1天前</span><p>多謝 Joanne，幫阿媽約咗一次。</p></li></ul></section></body></html>`);
  it('a Hong Kong licence number (牌照號碼) vouches for her number, given as a phone or as WhatsApp', () => {
    const r = page('（牌照號碼 FA7X41xx）');
    expect(r.evidence.filter((e) => e.signal === 'contact-cta')).toEqual([]);
    expect(r.handles.filter((h) => h.value.endsWith('57302286')).every((h) => h.why === 'why_licensed')).toBe(true);
  });
  it('without it, the same number is pushed', () => {
    expect(page('').evidence.some((e) => e.signal === 'contact-cta')).toBe(true);
  });
});

describe("a staff member's number beside the site's own address", () => {
  const page = (mail: string) =>
    scanHtml(`<html><head><title>Emergency loans: the fee that gives a fake one away | Prairie Rivers</title></head><body><article>
    <h1>Emergency loans: the fee that gives a fake one away</h1><p>A real lender never asks you to send money to get money.</p>
    <div class="author"><p>Denise Okafor is a financial coach at our credit union. Book a free session, or reach her directly at ${mail} or (515) 555-0142 (call or text, weekdays).</p></div>
    </article></body></html>`);
  it("is the site's staff line, not pushed", () => {
    const r = page('dokafor@prairierivers.org');
    expect(r.handles.find((h) => h.value === '5155550142')?.why).toBe('why_not_pushed');
    expect(r.evidence.filter((e) => e.signal === 'contact-cta')).toEqual([]);
  });
  it("beside a free-mail address the same number is a person's line", () => {
    expect(page('dokafor@gmail.com').evidence.some((e) => e.signal === 'contact-cta')).toBe(true);
  });
});

describe('a reader reporting who contacted them', () => {
  it.each([
    '<h1>Is this recovery offer real?</h1><p>I lost 9k to a crypto site. Yesterday a man messaged me on WhatsApp from +44 7700 900512, said he works for a blockchain recovery agency and can get my funds back for a 10% fee. Is this legit?</p><ul class="answers"><li><b>Ann</b> <span>2 hours ago</span><p>That is the second scam. Do not pay.</p></li></ul>',
    '<h1>这个号码是骗子吗</h1><p>昨天一个陌生号码打电话给我,138 0013 5521,说能帮我停息挂账,先交两千服务费。是不是骗人的?</p>',
  ])('is not pushing the number: %s', (body) => {
    const r = scanHtml(`<body>${body}</body>`);
    expect(r.level).toBe('safe');
    expect(r.evidence.filter((e) => e.signal === 'contact-cta' && e.weight > 0)).toEqual([]);
    expect(r.handles.find((h) => h.kind === 'whatsapp' || h.kind === 'phone')?.why).toBe('why_warning_quote');
  });
});

describe('a contact two commenters pass round on a page worded like a scheme', () => {
  const page = (cs: [string, string][]) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Paying for Mom's care home</title></head><body><article><h1>How we paid for Mom's care home</h1><p>When my mother needed a care home we had to spend down her savings before Medicaid would help. The rules differ by state and the look-back period is five years, so talk to your state's office or an elder law attorney before you move money.</p></article><section id="comments"><h3>Comments</h3><ol>${cs
      .map(
        ([a, t], i) =>
          `<li class="comment"><div class="meta"><b class="author">${a}</b> <time>${i + 1} days ago</time></div><p>${t}</p></li>`,
      )
      .join('')}</ol></section></body></html>`;
  const first =
    'We were denied twice. A former caseworker did a qualifying trust for us in days and my dad got approved the next month, I was skeptical but it worked. dale.whit.trust@gmail.com';
  const second =
    'Dale got my mom approved after everyone said no, dale.whit.trust@gmail.com. I paid the fee and the results were real, most of her savings stayed in the family.';
  const dale = (r: ReturnType<typeof scanHtml>) => r.handles.find((h) => h.value === 'dale.whit.trust@gmail.com');

  it('names it, though no one says "contact"', () => {
    const r = scanHtml(
      page([
        ['Brenda K.', first],
        ['Tom R.', second],
      ]),
    );
    expect(r.level).toBe('danger');
    expect(dale(r)?.suspect).toBe(true);
  });

  it('not when one commenter gives it twice', () => {
    const r = scanHtml(
      page([
        ['Brenda K.', first],
        ['Brenda K.', second],
      ]),
    );
    expect(dale(r)?.suspect).toBe(false);
  });

  it('not when the page reads as honest help', () => {
    const r = scanHtml(
      page([
        [
          'Brenda K.',
          'We were denied twice until the county office explained the look-back rule; I wrote to the ombudsman at ombuds.help.county@gmail.com and the appeal was heard the next month.',
        ],
        [
          'Tom R.',
          'The ombudsman ombuds.help.county@gmail.com answered me as well; it took a while but the appeal was fair.',
        ],
      ]),
    );
    expect(r.level).toBe('safe');
    expect(r.handles[0]?.suspect).toBe(false);
  });
});

describe("a reader's own story of being taken in, then helped", () => {
  const page = (first: string) =>
    `<html lang="zh-CN"><body><article><h1>网贷被骗怎么办</h1><p>网贷逾期以后，很多人又遇到了各种收费的“帮忙”。</p></article><section class="comments"><h3>评论</h3>${[
      first,
      '能把李老师微信推给我吗？我也被骗了',
      '已加，谢谢',
    ]
      .map(
        (x, i) =>
          `<div class="comment"><div class="meta"><b class="author">${i === 1 ? '阿梅' : '小陈'}</b> <span class="date">${3 - i}天前</span></div><p class="body">${x}</p></div>`,
      )
      .join('')}</section></body></html>`;

  it('pushes the helper: the victim word tells what came before, it warns of nothing', () => {
    const r = scanHtml(page('之前在一个平台受骗了8万，后来加了李老师微信 lee_zhuihui88 帮我追回了，真的很感谢'));
    expect(r.level).toBe('danger');
    expect(r.handles.find((h) => h.value === 'lee_zhuihui88')?.suspect).toBe(true);
  });

  it('still warns when the story turns bad after the help', () => {
    const r = scanHtml(page('我上当受骗了，加了老师微信 lee_zhuihui88，老师帮我做了方案，结果收了我5000就拉黑了'));
    expect(r.level).toBe('safe');
    expect(r.handles.find((h) => h.value === 'lee_zhuihui88')?.why).toBe('why_warning_quote');
  });
});

describe('the kind of a recovery pushed to the victims of a stock group', () => {
  it("names the recovery: the stock group is the victims' story, not what the helper sells", () => {
    const comments = [
      ['阿梅', '去年进了一个炒股群，跟着老师买内幕股，说是稳赚不赔，结果亏了二十多万，现在平台也登录不上了。'],
      ['小陈', '别急，王老师团队专门帮人追回损失，我的钱就是他帮忙拿回来的，加他微信 wanglaoshi_zh 说是小陈介绍的。'],
      ['阿梅', '真的能追回吗？谢谢，我去加一下。'],
    ];
    const html = `<html lang="zh-CN"><body><article><h1>被骗的钱还能追回吗</h1><p>遇到投资诈骗，第一时间报警。</p></article><section class="comments"><h3>评论</h3>${comments
      .map(
        ([a, t], i) =>
          `<div class="comment"><div class="meta"><b class="author">${a}</b> <span class="date">${3 - i}天前</span></div><p class="body">${t}</p></div>`,
      )
      .join('')}</section></body></html>`;
    const r = scanHtml(html);
    expect(r.level).not.toBe('safe');
    expect(r.kind).toBe('recovery');
  });
});

describe('a message quoted whole and answered by a warning', () => {
  const page = (after: string) =>
    `<html lang="en"><body><h1>Room closed with my balance in it</h1><div class="notice"><p>Staff notice. Members keep forwarding messages like this one, copied as received:</p><blockquote>hey saw your post. our desk buys frozen balances at 60c, paid in USDT within 48h. small verification fee first. message @frozen_desk_otc on telegram</blockquote><p>${after}</p></div></body></html>`;

  it("is the warning's example: the quoted handle is not pushed", () => {
    const r = scanHtml(page('Nobody can buy chips out of a room that is not paying. Do not pay a verification fee.'));
    expect(r.level).toBe('safe');
    expect(r.handles.find((h) => h.value === 'frozen_desk_otc')?.why).toBe('why_warning_quote');
  });

  it('a quotation followed by praise is not a warning', () => {
    const r = scanHtml(page('That is how I got my balance out, they paid in two days.'));
    expect(r.handles.find((h) => h.value === 'frozen_desk_otc')?.why).not.toBe('why_warning_quote');
  });
});

describe('a transcript quoted line by line under a warning that introduces it', () => {
  const page = (intro: string) =>
    `<html lang="zh-CN"><body><article><h1>反诈预警：“全额退保”评论区里的“好心人”</h1><p>${intro}</p><p>网友A：“前年买了个分红险，现在退只能拿回三成，太亏了。”</p><p>网友B：“我找专业老师走投诉渠道，全额退回来了。”</p><p>网友A：“真的吗？怎么联系？”</p><p>网友B：“加她微信 bx_tuibao_lin66，说是我介绍的。”</p><p>网友C：“感谢林老师！我上个月也退回来了。”</p></article></body></html>`;

  it("is the warning's example: a speaker's label before each quotation changes nothing", () => {
    const r = scanHtml(page('以下为我中心从某资讯平台评论区截取的对话，请大家看清楚其套路：'));
    expect(r.level).toBe('safe');
    expect(r.handles.find((h) => h.value === 'bx_tuibao_lin66')?.why).toBe('why_warning_quote');
  });
});

describe("a writer's name on the page given as the id", () => {
  const page = (author: string, words: string) =>
    `<html lang="en"><body><article><h1>Can you get PMI premiums refunded?</h1><p>Lenders must cancel PMI at 78% of the original value.</p></article><section class="comments"><h3>Comments</h3><div class="comment"><div class="meta"><b class="author">Karen V</b> <span class="date">3 days ago</span></div><p>Our servicer kept charging PMI for a year after we hit 78%. Is that money gone?</p></div><div class="comment"><div class="meta"><b class="author">${author}</b> <span class="date">2 days ago</span></div><p>${words}</p></div></section></body></html>`;

  it('reads "same username as here" beside Telegram as the writer\'s name', () => {
    const r = scanHtml(
      page(
        'paula_ostrander',
        "I'm a mortgage insurance refund specialist. I don't post my number on news sites. Find me on Telegram, same username as here.",
      ),
    );
    expect(r.handles.find((h) => h.kind === 'telegram')?.value).toBe('paula_ostrander');
  });

  it('reads nothing when the name is no id of that app, or no app is named', () => {
    expect(scanHtml(page('Paula O.', 'Find me on Telegram, same username as here.')).handles).toEqual([]);
    expect(scanHtml(page('paula_ostrander', 'I post under the same username as here on every site.')).handles).toEqual(
      [],
    );
  });
});

describe('a complaint on a government message board', () => {
  it("quotes the agency's promises and ends with the site's sponsor line: safe", () => {
    const r = scanHtml(
      '<html><body><main><h1>交了8000元服务费没办成,公司拒不退款</h1><p>我在网上看到广告,联系了一家财务咨询公司,他们的业务员说可以帮我办停息挂账、60期分期,办不成全额退款。他们公司的电话是4006-218-559,现在打过去都说经理不在。</p><p>答复:经核查,该公司不具备金融业务资质,已立案调查。</p></main><footer><p>主办:抚河市人民政府办公室 联系电话:0794-8226 0001</p></footer></body></html>',
    );
    expect(r.level).toBe('safe');
    expect(r.handles.filter((h) => h.suspect)).toEqual([]);
  });
});

describe('a label in one element and its value in the next', () => {
  it.each([
    ['<dl><dt>微信</dt><dd>laoshi8899</dd></dl>', 'wechat:laoshi8899'],
    ['<p>免费咨询,加微信:</p><p>laoshi8899</p>', 'wechat:laoshi8899'],
    ['<p>手机和微信是同一个:</p><p>壹叁捌 零零壹叁 肆肆柒贰</p>', 'phone:13800134472'],
  ])('%s gives %s', (html, key) => {
    const r = scanHtml(`<body><p>停息挂账找老师</p>${html}</body>`);
    expect(r.handles.map((h) => `${h.kind}:${h.value}`)).toContain(key);
  });
  it('a label does not reach past its own region', () => {
    const r = scanHtml('<body><main><p>停息挂账找老师,加微信:</p></main><footer><p>copyright2026</p></footer></body>');
    expect(r.handles).toEqual([]);
  });
});

describe('handles named in a form the extractor leaves alone', () => {
  it('an @id given elsewhere on the page with its app is that handle in a comment', () => {
    const r = scanHtml(
      `<html><body><div class="box">LINE ID:@lin.stock520 加入老師的免費投資群</div><ul class="comments">
      <li><b>淑芬</b><span>10/22</span><p>已經加了 @lin.stock520 了,等老師開群,感恩</p></li>
      <li><b>陳大哥</b><span>10/23</span><p>老師的群組真的很準,上個月賺了兩成,謝謝老師</p></li></ul></body></html>`,
    );
    const line = r.handles.find((h) => h.kind === 'line');
    expect(line?.regions).toEqual(expect.arrayContaining(['comment']));
    expect(r.handles.filter((h) => h.kind === 'telegram')).toEqual([]);
  });
  it('an id named bare in another case in a comment is that handle', () => {
    const r = scanHtml(
      `<html><body><h1>Help with medical bills</h1><ul class="comments">
      <li><b>Harriet</b><span>2 days ago</span><p>Ms. Renee Marchetti cleared my hospital debt, she is on Telegram: t.me/ReneeBillAid</p></li>
      <li><b>Samuel</b><span>1 day ago</span><p>If the link does not open just search RENEEBILLAID and message her.</p></li></ul></body></html>`,
    );
    const tg = r.handles.find((h) => h.kind === 'telegram');
    expect(tg?.raw).toEqual(expect.arrayContaining(['RENEEBILLAID']));
  });
  it('one number written with and without its country code is one handle, under its longer form', () => {
    const r = scanHtml(
      `<html><body><h1>Chapter 41</h1><ul class="comments">
      <li><b>Opal</b><span>2 days ago</span><p>Miss Georgette doubled my savings, WhatsApp her at +1 470-555-0163</p></li>
      <li><b>Reed</b><span>1 day ago</span><p>Is it 4705550163 on whatsapp? Thanks, messaging her now.</p></li></ul></body></html>`,
    );
    const numbers = r.handles.filter((h) => h.kind === 'whatsapp' || h.kind === 'phone').map((h) => h.value);
    expect(numbers).toEqual(['14705550163']);
    expect(r.handles[0]?.raw).toEqual(expect.arrayContaining(['+1 470-555-0163', '4705550163']));
  });
});

describe('a commenter addressed by "@name" is no contact', () => {
  const page = (text: string, name = 'Eason学长_UCL') =>
    scanHtml(`<html><body><h1>留学资金证明还差十二万</h1><ul class="comments">
    <li><b>${name}</b><span>2天前</span><p>我当时也差钱，找学姐帮忙垫的资金证明，1.5% 手续费。</p></li>
    <li><b>小鹿要去曼大</b><span>2天前</span><p>${text}</p></li></ul></body></html>`);
  const found = (r: ReturnType<typeof scanHtml>) => r.handles.map((h) => `${h.kind}:${h.value}`);
  it.each([
    ['@Eason学长_UCL 我刚搜了一下，手打的能搜到，怎么联系？', 'Eason学长_UCL'],
    ['@小鹿要去曼大 Walt is the real deal. @t_okafor you can reach him directly', 't_okafor'],
    ['mandy_onthemove@kenhk.487130 咁樣得唔得㗎 點樣搵你？', 'kenhk.487130'],
  ])('"%s" names the commenter %s, not an account', (text, name) => {
    expect(found(page(text, name))).toEqual([]);
  });
  it("a writer's name run into the name answered (yingyi.4ppl@accountant.wong.uk) is no address", () => {
    expect(found(page('yingyi.4ppl@accountant.wong.uk 多謝你講清楚', 'accountant.wong.uk'))).toEqual([]);
  });
  it('the same name with its app named before it, or a name no commenter has, is a contact', () => {
    expect(found(page('你在纸飞机上找他：@t_okafor 就行', 't_okafor'))).toEqual(['telegram:t_okafor']);
    expect(found(page('@walt_tracer you can reach him directly', 't_okafor'))).toEqual(['telegram:walt_tracer']);
    expect(found(page('有事发邮件 lin@accountant.wong.uk', 'yingyi.4ppl'))).toEqual(['email:lin@accountant.wong.uk']);
  });
});

describe('an address under a label of its own', () => {
  const page = (label: string) =>
    scanHtml(`<html><body><h1>睇單易：保單錯買取回</h1><p>儲蓄保險、投資相連保單買錯咗？我哋幫你取回已供保費，辦理期間建議暫停供款，成功取回款項後先收取兩成服務費。</p>
    <p><a href="https://wa.me/85264182375">WhatsApp 我哋</a></p>
    <dl><dt>營業時間</dt><dd>星期一至六 10:00–21:00</dd><dt>${label}</dt><dd>hello.policycheck@gmail.com</dd></dl></body></html>`);
  const email = (r: ReturnType<typeof scanHtml>) => r.handles.find((h) => h.kind === 'email');
  it.each(['電郵', '邮箱：', 'Email'])('"%s" over the address gives it as the seller\'s', (label) => {
    const r = page(label);
    expect(r.level).not.toBe('safe');
    expect(email(r)?.suspect).toBe(true);
  });
  it('the same address under a sentence that only names a mailbox is not given', () => {
    expect(email(page('有問題可以寄電郵'))?.suspect).toBe(false);
  });
});

describe("a number cut across one commenter's consecutive comments", () => {
  const page = (a: string, b: string, second = 'Marion') =>
    scanHtml(`<html><body><h1>Living with ALS</h1><ul class="comments">
    <li><b>Marion</b><span>2 days ago</span><p>Mr. Dale bought my policy for cash. Text him, his number ${a}</p></li>
    <li><b>${second}</b><span>2 days ago</span><p>${b}, tell him Marion sent you</p></li></ul></body></html>`);
  const numbers = (r: ReturnType<typeof scanHtml>) => r.handles.map((h) => `${h.kind}:${h.value}`);
  it.each([
    ['starts 919-555', 'the last four are 0164'],
    ['starts with 919-555', 'last four digits are 0164'],
    ['is 919-555', 'the last 4 are 0164'],
    // the rest promised below after an excuse, and given as "then …" in a reply that opens with "@name"
    [
      "starts 919-555 ... it keeps deleting my comment when I put the whole thing 🙄 I'll put the rest below",
      '@tanisha then 0164',
    ],
    ['is 919-555, rest in my next one', 'the rest is 0164'],
  ])('"%s" / "%s" is one number', (a, b) => {
    expect(numbers(page(a, b))).toEqual(['phone:9195550164']);
  });
  it('the second half from another commenter is not joined', () => {
    expect(numbers(page('starts 919-555', 'the last four are 0164', 'Ted'))).toEqual([]);
  });
  const zh = (a: string, b: string, second = '阿珍') =>
    scanHtml(`<html><body><h1>公积金提取</h1><ul class="comments">
    <li><b>阿珍</b><span>2天前</span><p>姐姐的微信我分两条发,${a}</p></li>
    <li><b>${second}</b><span>2天前</span><p>${b},两段连起来搜</p></li></ul></body></html>`);
  it.each([
    ['前半段是 gjjtq', '后半段 0571hz'],
    ['前半截 gjjtq', '后半截是 0571hz'],
  ])('"%s" / "%s" is one id', (a, b) => {
    expect(numbers(zh(a, b))).toEqual(['wechat:gjjtq0571hz']);
  });
  it('the halves from two commenters are not joined', () => {
    expect(numbers(zh('前半段是 gjjtq', '后半段 0571hz', '小吴'))).toEqual([]);
  });
  const qq = (a: string, b: string, second = '糖糖') =>
    scanHtml(`<html><body><h1>装修贷款</h1><ul class="comments">
    <li><b>糖糖</b><span>2天前</span><p>${a}</p></li>
    <li><b>${second}</b><span>2天前</span><p>${b}</p></li></ul></body></html>`);
  it.each([
    ['他扣扣是 三九七 二零五，后面的我怕被吞，下一条发。', '接上条：八一四。加的时候说是看日记来的'],
    ['他扣扣是 397 205，剩下的下一楼发', '接上楼 814'],
    ['回复 风吹麦浪 ：贴吧发号码会被吞，我分开发。何工的扣扣前面是 397', '回复 风吹麦浪 ：后面是 205814，连起来加就行'],
    ['他扣扣是 397 205，剩下的发楼下', '814，连起来加'],
  ])('"%s" / "%s" is one QQ number, not its first half', (a, b) => {
    expect(numbers(qq(a, b))).toEqual(['qq:397205814']);
  });
  const wa = (a: string, b: string, whole = '') => `<html><body><h1>儲蓄保退保</h1><ul class="comments">
    <li><b>KaMing</b><span>2天前</span><p>${a}</p></li>
    <li><b>KaMing</b><span>2天前</span><p>${b}</p></li>${whole}</ul></body></html>`;
  const FIRST = '佢用WhatsApp，頭四個字係 5931，成日食咗我啲留言，我下面再打';
  const SECOND = '後面係 2746，講係喺Sam條片睇到';
  it('Cantonese: "我下面再打" / "後面係 2746" is one WhatsApp number', () => {
    expect(numbers(scanHtml(wa(FIRST, SECOND)))).toEqual(['whatsapp:59312746']);
  });
  it('the halves hand over a number also given whole further down: the second half carries it', () => {
    const whole = '<li><b>KaMing</b><span>1天前</span><p>WhatsApp 5931 2746 直接問佢啦</p></li>';
    const facts = gatherFacts(modelDocument(parseHtml(wa(FIRST, SECOND, whole))));
    expect(facts.comments.map((c) => c.handles)).toEqual([[], ['whatsapp:59312746'], ['whatsapp:59312746']]);
  });
  it('the rest promised but given by another commenter is not joined', () => {
    expect(numbers(qq('他扣扣是 三九七 二零五，后面的我怕被吞，下一条发。', '接上条：八一四', '小吴'))).toEqual([
      'qq:397205',
    ]);
  });
});

describe("a number built from the digits in the commenter's name", () => {
  const page = (name: string, text: string) =>
    scanHtml(`<html><body><h1>移英前清卡数</h1><ul class="comments">
    <li><b>mandy_uk</b><span>2天前</span><p>仲有十幾萬卡數未清點算？</p></li>
    <li><b>${name}</b><span>2天前</span><p>${text}</p></li></ul></body></html>`);
  const numbers = (r: ReturnType<typeof scanHtml>) =>
    r.handles.filter((h) => h.kind === 'whatsapp' || h.kind === 'phone').map((h) => `${h.kind}:${h.value}`);
  it.each([
    ['kenhk.487130', '你 Wts 我啦：62 開頭，後面六個字就係我 username 嘅數字，八個字。'],
    ['ken_487130', 'WhatsApp 我：62 开头，后面接我名字里的数字'],
    ['ken.487130', 'WhatsApp me, it starts with 62, then the six digits in my username'],
  ])('%s: "%s" is the prefix and those digits', (name, text) => {
    expect(numbers(page(name, text))).toEqual(['whatsapp:62487130']);
  });
  it('a name without digits, or a prefix with no pointer to the name, builds nothing', () => {
    expect(numbers(page('kenhk', '你 Wts 我啦：62 開頭，後面六個字就係我 username 嘅數字'))).toEqual([]);
    expect(numbers(page('kenhk.487130', '香港手機號碼都係 5、6、9 開頭，我 username 係舊 IG 嘅名'))).toEqual([]);
  });
});

describe("an id given as the commenter's own name", () => {
  const page = (name: string, text: string) =>
    scanHtml(`<html><body><h1>急用钱怎么办</h1><ul class="comments">
    <li><b>雨后的彩虹</b><span>2天前</span><p>征信花了还能借到吗？</p></li>
    <li><b>${name}</b><span>2天前</span><p>${text}</p></li></ul></body></html>`);
  const ids = (r: ReturnType<typeof scanHtml>) =>
    r.handles.filter((h) => h.kind !== 'phone').map((h) => `${h.kind}:${h.value}`);
  it.each([
    ['kfang_luo926', '不看征信，当天到。名字就是薇，直接搜，说视频号来的', 'wechat:kfang_luo926'],
    [
      'EverettPruittLoans',
      'Bad credit OK, funds in 48 hours. Telegram is the same as my username, I answer every message.',
      'telegram:everettpruittloans',
    ],
  ])('%s: "%s"', (name, text, want) => {
    expect(ids(page(name, text))).toEqual([want]);
  });
  it('the @user name under a display name, and an app named by its short word ("my tg is the same as my profile name")', () => {
    const r = scanHtml(`<html><body><h1>How I lost $23k to a fake exchange</h1><div class="cmts">
    <div class="c"><div class="u">Carla M<span>@carlam_1990</span></div><p>same thing happened to my dad, 60k gone</p><span>3-14</span></div>
    <div class="c"><div class="u">Nadia K. | Asset Tracing<span>@nadiak_recovers</span></div>
      <p>Funds on fake platforms can be traced. Can't post links, my tg is the same as my profile name, message me there.</p><span>3-14</span></div>
    </div></body></html>`);
    expect(ids(r)).toEqual(['telegram:nadiak_recovers']);
  });
  it('a name spoken of with no app, or 薇 as a name, gives nothing', () => {
    expect(ids(page('kfang_luo926', '我名字就是我爸起的，没什么特别'))).toEqual([]);
    expect(ids(page('kfang_luo926', '她的名字就是薇薇，我们班的'))).toEqual([]);
  });
});

describe('a reproduced comment thread captioned just outside its box', () => {
  const page = (caption: string) =>
    scanHtml(`<html><body><article><h1>网贷逾期，我差点被“老师”骗了</h1><p>周女士把她截下的评论区整理成了文字。</p>
    <div class="shot">
      <div class="item"><b>春天里的小满</b><span>10-09</span><p>我也是两张卡逾期，天天被催，怎么办啊</p></div>
      <div class="item"><b>阿杰不再熬夜</b><span>10-09</span><p>回复 春天里的小满：找晴岚老师，帮我停息挂账分了60期，老师薇：qinglan_xs0617</p></div>
      <div class="item"><b>春天里的小满</b><span>10-09</span><p>回复 阿杰不再熬夜：已加，谢谢！</p></div>
    </div>${caption}</article></body></html>`);
  const qinglan = (r: ReturnType<typeof scanHtml>) => r.handles.find((h) => h.value === 'qinglan_xs0617');
  it('is the warning\'s example ("▲ 以上为受害人截图的文字整理……请勿添加")', () => {
    const r = page('<p>▲ 以上为受害人截图的文字整理。文中微信号已提交平台处置，请勿添加。</p>');
    expect(qinglan(r)?.suspect).toBe(false);
  });
  it('without the caption, is a planted thread', () => {
    expect(qinglan(page(''))?.suspect).toBe(true);
  });
});

describe('an exposure table', () => {
  const page = (title: string, head: string) =>
    scanHtml(`<html><body><h1>${title}</h1><div class="post"><p>下面是账号表。</p>
    <table><tr>${head}</tr>
    <tr><td>微信</td><td>tingxi-wangls09</td><td>王老师，债务协商，官方通道停息挂账，先交前期费</td></tr>
    <tr><td>QQ</td><td>2938471675</td><td>荐股老师，拉人进付费群</td></tr></table></div></body></html>`);
  const why = (r: ReturnType<typeof scanHtml>) => r.handles.find((h) => h.value === 'tingxi-wangls09')?.why;
  it('shows the ids it lists, when its header cells speak of the scam (冒充身份 / 话术)', () => {
    const r = page('账号汇总', '<th>类型</th><th>账号</th><th>冒充身份 / 话术</th>');
    expect(r.handles.filter((h) => h.suspect)).toEqual([]);
    expect(why(r)).toBe('why_warning_quote');
  });
  it('not a table whose header names no scam', () => {
    expect(why(page('账号汇总', '<th>类型</th><th>账号</th><th>服务</th>'))).not.toBe('why_warning_quote');
  });
});

describe("a WeChat id given as the platform id on a writer's profile line", () => {
  const page = (cards: string[], text: string) =>
    scanHtml(
      `<html><body><h1>车贷逾期被拖车怎么办</h1><ul class="comments">${cards
        .map((c, i) => `<li><b>车主${i}</b><p>${c}</p><span>3天前</span><p>车被拖了，找了他帮忙取回来的。</p></li>`)
        .join('')}<li><b>路人</b><span>2天前</span><p>${text}</p></li></ul></body></html>`,
    );
  const ids = (r: ReturnType<typeof scanHtml>) => r.handles.filter((h) => h.kind === 'wechat').map((h) => h.value);
  it('is that id ("V就是他主页的轻拍号" beside 轻拍号：quche_zhou)', () => {
    expect(ids(page(['轻拍号：quche_zhou'], '@阿勇 V就是他主页的轻拍号，一模一样，复制过去搜就行'))).toEqual([
      'quche_zhou',
    ]);
  });
  it('is nothing when the page shows two platform ids, or the words name no platform id', () => {
    expect(ids(page(['轻拍号：quche_zhou', '抖音号：luo_che88'], '@阿勇 V就是他主页的轻拍号，复制过去搜就行'))).toEqual(
      [],
    );
    expect(ids(page(['轻拍号：quche_zhou'], '@阿勇 V就是他名字，复制过去搜就行'))).toEqual([]);
  });
});

describe("an id given as the commenter's name, lower-cased and joined, with digits after it", () => {
  const page = (name: string, text: string) =>
    scanHtml(`<html><body><h1>首購族聯徵分數</h1><ul class="comments">
    <li><b>林怡君</b><span>2天前</span><p>信用小白現在辦卡來得及嗎？</p></li>
    <li><b>${name}</b><span>2天前</span><p>${text}</p></li></ul></body></html>`);
  const ids = (r: ReturnType<typeof scanHtml>) => r.handles.filter((h) => h.kind === 'line').map((h) => h.value);
  it.each([
    ['Kevin Lai', '方便的話 LINE 加我，ID 就是我這個臉書名字的英文，全部小寫連在一起，後面再加 0520，不用空格'],
    ['Kevin Lai', 'Add me on LINE: my Facebook name, all lower case, no spaces, plus 0520'],
  ])('%s: "%s" is the name joined and those digits', (name, text) => {
    expect(ids(page(name, text))).toEqual(['kevinlai0520']);
  });
  it('a name in Chinese characters, or no digits after the name, builds nothing', () => {
    expect(ids(page('賴凱文', '方便的話 LINE 加我，ID 就是我的名字，後面再加 0520'))).toEqual([]);
    expect(ids(page('Kevin Lai', '方便的話 LINE 加我，ID 就是我臉書名字的英文，全部小寫'))).toEqual([]);
  });
});

describe("a number given as the page's fund code with digits after it", () => {
  const page = (title: string, text: string) =>
    scanHtml(`<html><head><title>${title}</title></head><body><h1>讨论区</h1><ul class="comments">
    <li><b>稳稳的幸福</b><span>2天前</span><p>亏了四成，能找谁？</p></li>
    <li><b>维权互助-刘</b><span>2天前</span><p>${text}</p></li></ul></body></html>`);
  const qq = (r: ReturnType<typeof scanHtml>) => r.handles.filter((h) => h.kind === 'qq').map((h) => h.value);
  it.each([
    ['新兴产业混合(519736)基金吧_讨论区', '群号就是这只基金的代码，后面接着加上 8836，一共十位'],
    ['519736 新兴产业混合 - 讨论区', '登记的QQ群是本基金代码后面加8836'],
  ])('%s: "%s" is the code and those digits', (title, text) => {
    expect(qq(page(title, text))).toEqual(['5197368836']);
  });
  it('no code in the title, two codes, or no contact named: nothing is built', () => {
    const text = '群号就是这只基金的代码，后面接着加上 8836';
    expect(qq(page('新兴产业混合基金吧_讨论区', text))).toEqual([]);
    expect(qq(page('新兴产业混合A(519736) C(519737)', text))).toEqual([]);
    expect(qq(page('新兴产业混合(519736)基金吧', '查净值输入代码后面加上 01 就是C类份额'))).toEqual([]);
  });
});

describe('a titled person beside a contact', () => {
  const listing = (extra: string) =>
    `<html><body><main><h1>诚信财税代理记账</h1><p>公司注册、代理记账、税务申报、年报公示,十年老店。帮小微企业理清资金流水和利息支出。</p>${extra}<div class="contact"><p>电话:020-3341 7720 客户主管 林老师:139 2241 6608(微信同号),欢迎咨询</p></div></main></body></html>`;
  it("a firm's listing that names its accountant 老师 and gives her mobile sells no scheme: safe", () => {
    const r = scanHtml(listing(''));
    expect(r.level).toBe('safe');
    expect(r.handles.filter((h) => h.suspect)).toEqual([]);
  });
  it('the same 老师 beside a scheme the page sells is its persona: not safe', () => {
    const r = scanHtml(listing('<p>信用卡逾期可以帮您办理停息挂账,个性化分期,不成功不收费。</p>'));
    expect(r.level).not.toBe('safe');
    expect(r.evidence.some((e) => e.signal === 'authority-persona' && e.weight > 0)).toBe(true);
    expect(r.handles.find((h) => h.value === '13922416608')?.suspect).toBe(true);
  });
});

describe('the kind of scheme', () => {
  it('a recovery sold on a page about a casino is a gambling recovery', () => {
    const r = scanHtml(
      '<html><head><title>Casino won\'t pay my withdrawal | Bettors Help Forum</title></head><body><main><h1>Online casino froze my withdrawal</h1><p>I won $8,000 on an online casino and the withdrawal is blocked for "verification" for six weeks now.</p></main><section class="replies"><div class="reply"><b>Dina R</b> <span>1 day ago</span><p>A funds recovery expert got my money back in 10 days. WhatsApp her at +1 704 555 0118, tell her Dina sent you.</p></div></section></body></html>',
    );
    expect(r.level).not.toBe('safe');
    expect(r.kind).toBe('gambling-recovery');
  });
});

describe("a reader's comment that names the scheme", () => {
  const forum = (reply: string) =>
    `<html><head><title>Lost my savings on an offshore sportsbook | Bettors Help Forum</title></head><body><main><h1>Lost my savings on an offshore sportsbook</h1><div class="post"><b>kev_r</b> <span>2 days ago</span><p>They froze my withdrawal after I won. Any way to get it back?</p></div></main><section class="replies"><div class="reply"><b>Marla D</b> <span>1 day ago</span><p>${reply}</p></div><div class="reply"><b>Joel T</b> <span>1 day ago</span><p>Book a free statement review: <a href="https://wa.me/17045550118">wa.me/17045550118</a></p></div></section></body></html>`;
  it("a recovery promised in a reader's comment, beside a line pushed in the thread, is the scheme: not safe", () => {
    const r = scanHtml(
      forum('Same happened to me. They clawed back what the casino took, 70% of the deposits back in a month.'),
    );
    expect(r.level).not.toBe('safe');
    expect(r.handles.find((h) => h.value === '17045550118')?.suspect).toBe(true);
  });
  it('the same thread with an everyday reply names no scheme: the line alone stays below caution', () => {
    const r = scanHtml(forum('Sorry man, take a break and talk to someone. The helpline is free.'));
    expect(r.level).toBe('safe');
  });
});

describe("an image's description", () => {
  const post = (alt: string, comments = '') =>
    `<html><head><title>Debt free by spring? | Money Circle</title></head><body><main><h1>How we paid off $31k</h1><p>Snowball, a second job and a lot of rice and beans.</p></main><section class="comments"><h2>Comments</h2><div class="c"><b>Lorraine P</b> <span>3 days ago</span><p>This is what worked for me 👇</p><img src="/u/8812.jpg" alt="${alt}"></div>${comments}</section></body></html>`;
  const flyer =
    "May be an image of text that says 'Behind on bills? Guaranteed loan approval, no credit check. WhatsApp Mr Caleb +1 725 555 0199'";
  it("a flyer's text in a comment's image alt is that comment's: its handle and its bait", () => {
    const r = scanHtml(
      post(flyer, '<div class="c"><b>Dee</b> <span>2 days ago</span><p>Thank you, messaged him!</p></div>'),
    );
    const h = r.handles.find((x) => x.value === '17255550199');
    expect(h?.regions).toContain('comment');
    expect(
      r.evidence.some(
        (e) => e.signal === 'bait' && e.region === 'comment' && /guaranteed loan|no credit check/iu.test(e.text),
      ),
    ).toBe(true);
    expect(r.level).not.toBe('safe');
  });
  it('a warning graphic quoting the same flyer warns', () => {
    const r = scanHtml(
      post(`Scam alert: beware of posts like this one. ${flyer.replace('May be an image of text that says ', '')}`),
    );
    expect(r.level).toBe('safe');
    expect(r.evidence.filter((e) => e.signal === 'bait' && e.weight > 0)).toEqual([]);
  });
  it('an alt of a word or a file name is no description', () => {
    const r = scanHtml(post('IMG_0412.jpg guaranteed'));
    expect(r.evidence.filter((e) => e.signal === 'bait')).toEqual([]);
  });
});

describe("a forum topic whose posts carry their writers' panes", () => {
  it('is one conversation, quotations or not (phpBB: a post that quotes none still answers the topic)', () => {
    const html = readFileSync(new URL('./fixtures/model/phpbb-prosilver-quotes.html', import.meta.url), 'utf8');
    const r = scanHtml(html);
    expect(r.threads.map((t) => t.comments)).toEqual([4]);
  });
});

describe('a thread that sells nothing', () => {
  // neighbours rallying round a laid-off man: a story, an ask, mobiles handed over, thanks; the same thread
  // once the helper sells 停息挂账 for a fee
  const page = (help: string) =>
    scanHtml(`<html><body><h1>邻里互助</h1><section class="comments"><h2>评论</h2><ul>
    <li><b>许阿姨</b><span>2天前</span><p>3栋老蒋上个月被裁了，老伴住院，家里实在难，大家看看能帮什么。</p></li>
    <li><b>小林</b><span>2天前</span><p>我家也难过，后来是何姐帮的忙。能把何姐电话推给我吗？</p></li>
    <li><b>许阿姨</b><span>2天前</span><p>回复 小林：何姐电话 187 0623 4419，${help}，你就说是许阿姨介绍的。</p></li>
    <li><b>小林</b><span>2天前</span><p>回复 许阿姨：加上了，谢谢许阿姨，何老师人真好！</p></li>
    <li><b>许阿姨</b><span>1天前</span><p>回复 小林：不客气，有事找何老师就对了。</p></li>
    </ul></section></body></html>`);
  it('about no money or scheme, a planted-looking thread gets the badge at most, never the banner', () => {
    const r = page('她周末开车接送去医院');
    expect(r.evidence.map((e) => e.signal)).toContain('planted-thread');
    expect(r.level).not.toBe('danger');
  });
  it('the same thread selling 停息挂账 for a fee is danger', () => {
    expect(page('她专门做停息挂账，先交两千服务费').level).toBe('danger');
  });
});
