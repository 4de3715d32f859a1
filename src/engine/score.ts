/**
 * Evidence → score, level, kind and the report. Every point comes from one evidence entry (signal,
 * message key, weight, text, region, selector); the score is their sum, clamped to 0–100.
 */

import { drain, pacer, type Steps } from '../dom/steps';
import { complaintMailbox, privateLine } from '../handles/channel';
import type { Evidence, Handle, Level, PageReport, Region, ScamKind, Thread } from '../report/types';
import { passedRound } from '../signals/handle-in-comments';
import { VETERAN_POSTS } from '../signals/new-account';
import { judgeThread } from '../signals/planted-thread';
import { SIGNALS } from '../signals/registry';
import { type HandleGroup, moneyPage, type SignalContext } from '../signals/types';
import type { HandleFact, PageFacts } from './facts';
import { NUMBER_KINDS, numberForms, writtenNumber } from './numbers';
import { pageSides } from './sides';
import { threadsSteps } from './threads';
import { SCHEME_BAIT_WEIGHT, THRESHOLDS, type Thresholds, W } from './weights';

/** Evidence that speaks of money or a scheme's promise itself (a fee, a refund "from the money returned"). */
const MONEY_SIGNALS = new Set(['advance-fee', 'bait', 'fee-first']);

export interface ScoreOptions {
  source?: string;
  thresholds?: Thresholds;
  /** milliseconds the scan took, for the report */
  ms?: number;
}

/**
 * The page sells two or more schemes in its own voice (outside comments and warnings): a licence number
 * printed beside its contacts dresses the scheme up (a "律师·债务重组中心" selling 停催 and 停息), it vouches
 * for nothing. A lawyer who explains one of them is not caught by this.
 */
function sellsSchemes(facts: PageFacts): boolean {
  const ids = new Set<string>();
  for (const p of facts.phrases) {
    if (p.lexicon === 'bait' && !p.warned && !p.named && p.comment < 0 && p.weight >= SCHEME_BAIT_WEIGHT) ids.add(p.id);
  }
  return ids.size >= 2;
}

/** bait that vouches for one helper as the real one (src/lexicon/bait.ts) */
const VOUCHED_HELPER = new Set(['en_vouched_helper', 'zh_vouched_helper']);

/**
 * Given in a post by a long-time member of the forum (a hundred posts and more, as the forum counts them):
 * planted lines come from accounts made for them (`new-account`), a member of years who passes on a
 * caseworker's line or a hiking group's is no shill.
 */
function byVeteran(facts: PageFacts, o: HandleFact): boolean {
  return (
    o.comment >= 0 &&
    (facts.comments[o.comment]?.posts ?? 0) >= VETERAN_POSTS &&
    // …unless the post passes on someone else's line and says that helper takes money first ("a small admin
    // charge up front") or is the only honest one ("The only honest specialist I found is a lady named …"): an old
    // account can be bought or taken over, and the fee or the vouch is the scheme whoever passes it on
    (o.writerLine === true ||
      !facts.phrases.some(
        (p) => (p.lexicon === 'fee-first' || VOUCHED_HELPER.has(p.id)) && p.comment === o.comment && !p.warned,
      ))
  );
}

function groupHandles(facts: PageFacts): HandleGroup[] {
  const groups = new Map<string, HandleGroup>();
  const licenceVouches = !sellsSchemes(facts);
  const forms = numberForms(facts.handles);
  for (const o of facts.handles) {
    const value = (writtenNumber(o) && forms.get(o.value)) || o.value;
    const key = `${o.kind}:${value}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        kind: o.kind,
        value,
        occurrences: [],
        regions: [],
        listed: true,
        warned: true,
        licensed: false,
        pushed: [],
        own: false,
        shared: true,
      };
      groups.set(key, g);
    }
    g.occurrences.push(o);
    if (!g.regions.includes(o.region)) g.regions.push(o.region);
    if (!o.listed) {
      g.listed = false;
      g.why ??= o.why;
    }
    if (!o.warned) g.warned = false;
    if (!o.shared) g.shared = false;
    if (o.licensed && licenceVouches) g.licensed = true;
    if (o.cta && !o.warned && !o.institutional && !byVeteran(facts, o)) g.pushed.push(o);
    if (o.ownLine || (o.institutional && facts.ownVoice)) g.own = true;
  }
  // a licensee's number is hers whichever app it is given for (her phone beside the licence, her WhatsApp in a reply)
  const licensedNumbers = new Set<string>();
  for (const g of groups.values()) if (g.licensed && NUMBER_KINDS.has(g.kind)) licensedNumbers.add(g.value);
  for (const g of groups.values()) {
    // the site's own line (its news hotline in the footer) is the site's wherever it appears, also when the site's
    // account gives it in a reply to a reader: offered by the site, not pushed by a commenter; and a site's complaint
    // or copyright mailbox (copyright@ its domain, "如有侵权请联系 … 删除") is its desk, not a line anyone is sent to
    // (one at a free-mail provider is a person's)
    if (g.own || (complaintMailbox(g.kind, g.value) && !privateLine(g.kind, g.value))) g.pushed = [];
    if (licensedNumbers.has(g.value) && NUMBER_KINDS.has(g.kind)) g.licensed = true;
  }
  return [...groups.values()];
}

export function buildContext(facts: PageFacts): SignalContext {
  return drain(buildContextSteps(facts));
}

/** `buildContext` in steps that yield (the threads of a page of thousands of comments take a while) */
function* buildContextSteps(facts: PageFacts): Steps<SignalContext> {
  const threads = yield* threadsSteps(facts);
  yield;
  return { facts, threads, handles: groupHandles(facts) };
}

function levelOf(score: number, t: Thresholds): Level {
  if (score >= t.danger) return 'danger';
  if (score >= t.caution) return 'caution';
  return 'safe';
}

function kindOf(ctx: SignalContext): ScamKind {
  const tally = new Map<ScamKind, number>();
  // a victim's story (its pain: 炒股群里亏了, "lost my savings to a trading app") names the first loss, not
  // what the page sells, unless the story carries the pushed line itself
  const pushedIn = new Set<number>();
  for (const h of ctx.handles) for (const o of h.pushed) if (o.comment >= 0) pushedIn.add(o.comment);
  for (const p of ctx.facts.phrases) {
    if (p.warned || !p.kind || p.kind === 'other') continue;
    const c = p.comment >= 0 ? ctx.facts.comments[p.comment] : undefined;
    if (c?.stages.includes('pain') && !pushedIn.has(c.id)) continue;
    tally.set(p.kind, (tally.get(p.kind) ?? 0) + (p.weight || 1));
  }
  // generic bait (免费咨询): the page's subject names the scheme
  if (tally.size === 0) {
    for (const [k, n] of Object.entries(ctx.facts.topics) as [ScamKind, number][]) tally.set(k, n);
  }
  let best: ScamKind = 'other';
  let bestWeight = 0;
  for (const [k, w] of tally) {
    if (w > bestWeight) {
      best = k;
      bestWeight = w;
    }
  }
  // a recovery sold on a page about a casino or a betting site is a gambling recovery
  if (
    best === 'recovery' &&
    ((tally.get('gambling-recovery') ?? 0) > 0 || (ctx.facts.topics['gambling-recovery'] ?? 0) > 0)
  )
    return 'gambling-recovery';
  return best;
}

export function scoreFacts(facts: PageFacts, opts: ScoreOptions = {}): PageReport {
  return drain(scoreSteps(facts, opts));
}

/** Threads judged between two chances to stop. */
const THREADS_PER_STEP = 64;

/**
 * `scoreFacts` in steps that yield: after the context is built, every few threads judged (judgements
 * are kept for the signals and the report), and after each signal, so a caller with a time budget (the
 * content script on a page of thousands of comments) can give the page its main thread back.
 */
export function* scoreSteps(facts: PageFacts, opts: ScoreOptions = {}): Steps<PageReport> {
  const thresholds = opts.thresholds ?? THRESHOLDS;
  const ctx = yield* buildContextSteps(facts);
  yield;
  for (let i = 0; i < ctx.threads.length; i++) {
    judgeThread(ctx, ctx.threads[i] as (typeof ctx.threads)[number]);
    if (i % THREADS_PER_STEP === THREADS_PER_STEP - 1) yield;
  }
  const evidence: Evidence[] = [];
  for (const signal of SIGNALS) {
    evidence.push(...signal.detect(ctx));
    yield;
  }
  const { anchored, scheme } = pageSides(evidence);
  // the contact several commenters give, where that anchors the warning (`pageSides`), is the one pushed
  const passedPushed =
    anchored && evidence.some((e) => e.message === 'ev_handle_in_comments_passed')
      ? passedRound(ctx)?.group
      : undefined;
  let score = evidence.reduce((sum, e) => sum + e.weight, 0);
  // it takes both sides: a contact pushed AND a scheme's wording, persona or planted thread
  if (!anchored) score = Math.min(score, W.baitOnlyCap);
  if (!scheme) score = Math.min(score, W.contactOnlyCap);
  // a planted-looking thread about no money (neighbours rallying round a laid-off man, swapping mobiles) sells
  // nothing: without money talk or a scheme's wording on the page, the badge at most, never the banner
  if (!moneyPage(facts) && !evidence.some((e) => MONEY_SIGNALS.has(e.signal) && e.weight > 0))
    score = Math.min(score, thresholds.danger - 1);
  score = Math.max(0, Math.min(100, Math.round(score)));
  const level = levelOf(score, thresholds);
  evidence.sort((a, b) => b.weight - a.weight);

  const threads: Thread[] = [];
  const tick = pacer(THREADS_PER_STEP);
  for (const t of ctx.threads) {
    if (t.comments.length < 2 && t.handles.length === 0) continue;
    threads.push({
      planted: judgeThread(ctx, t).planted,
      comments: t.comments.length,
      authors: t.authors,
      handles: t.handles.map((k) => k.slice(k.indexOf(':') + 1)),
      // read now: the report is plain data, and holds no page (a getter would keep the document and its
      // model alive for as long as the report, e.g. every page of a command-line scan); a selector is a
      // climb through the page, so thousands of them are read in steps
      selector: t.selector,
    });
    if (tick()) yield;
  }

  // a site that sells the scheme in its own voice (bait in its article or boxes, not in comments) gives
  // its own contact address for that scheme: the address is the scheme's, though it adds no points
  const siteSells = evidence.some((e) => e.signal === 'bait' && e.weight > 0 && e.region !== 'comment');
  const handles: Handle[] = ctx.handles.map((g) => {
    const offered =
      g.pushed.length > 0 ||
      g === passedPushed ||
      (siteSells && !complaintMailbox(g.kind, g.value) && g.occurrences.some((o) => o.ownSite && !o.warned));
    const suspect = level !== 'safe' && g.listed && !g.warned && !g.licensed && offered;
    const h: Handle = {
      kind: g.kind,
      value: g.value,
      suspect,
      raw: [...new Set(g.occurrences.map((o) => o.raw))],
      regions: g.regions as Region[],
      count: g.occurrences.filter((o) => o.region !== 'widget' || o.block < 0).length,
    };
    if (!suspect) h.why = whyNot(g, level);
    return h;
  });
  handles.sort((a, b) => Number(b.suspect) - Number(a.suspect) || b.count - a.count);

  const report: PageReport = {
    source: opts.source ?? '',
    title: facts.title,
    level,
    score,
    handles,
    threads,
    evidence,
    timings: { ms: Math.round((opts.ms ?? 0) * 100) / 100, nodes: facts.nodes, capped: facts.capped },
  };
  if (facts.url) report.url = facts.url;
  if (facts.lang) report.lang = facts.lang;
  if (level !== 'safe') report.kind = kindOf(ctx);
  return report;
}

function whyNot(g: HandleGroup, level: Level): string {
  if (!g.listed) return g.why ?? 'why_official_number';
  if (g.warned) return 'why_warning_quote';
  if (g.licensed) return 'why_licensed';
  if (g.pushed.length === 0) return 'why_not_pushed';
  return level === 'safe' ? 'why_no_scam_context' : 'why_not_pushed';
}
