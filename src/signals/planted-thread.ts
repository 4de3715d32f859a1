import type { ThreadFacts } from '../engine/threads';
import { SCHEME_BAIT_WEIGHT, W } from '../engine/weights';
import type { ArcStage } from '../lexicon/arc';
import type { Evidence } from '../report/types';
import { helpingOrg, hiddenPhrases, type Signal, type SignalContext, type SignalMeta, samePersona } from './types';

export interface ThreadJudgement {
  planted: boolean;
  weight: number;
  stages: ArcStage[];
}

/** Keys of the handles a thread can pass on (listed, not warned, not licensed), once per page. */
const OFFERED = new WeakMap<SignalContext, Set<string>>();
/** Listed handles that are pushed somewhere on the page, or given in two or more comments. */
function offeredKeys(ctx: SignalContext): Set<string> {
  let keys = OFFERED.get(ctx);
  if (!keys) {
    const listed = listedKeys(ctx);
    keys = new Set(
      ctx.handles
        .filter(
          (h) =>
            listed.has(h.key) &&
            (h.pushed.length > 0 ||
              new Set(h.occurrences.filter((o) => o.comment >= 0).map((o) => o.comment)).size >= 2),
        )
        .map((h) => h.key),
    );
    OFFERED.set(ctx, keys);
  }
  return keys;
}
const LISTED = new WeakMap<SignalContext, Set<string>>();
function listedKeys(ctx: SignalContext): Set<string> {
  let keys = LISTED.get(ctx);
  if (!keys) {
    keys = new Set(
      ctx.handles.filter((h) => h.listed && !h.warned && !h.licensed && !h.own && !h.shared).map((h) => h.key),
    );
    LISTED.set(ctx, keys);
  }
  return keys;
}

/** each thread judged once per page: the signal, the chorus and the report all ask */
const JUDGED = new WeakMap<SignalContext, Map<ThreadFacts, ThreadJudgement>>();

/**
 * Judges one thread: the arc of a planted dialogue (pain or success → request → handover → thanks)
 * around a handle or a credited helper, among few authors who answer each other, with no dissent.
 */
export function judgeThread(ctx: SignalContext, t: ThreadFacts): ThreadJudgement {
  let memo = JUDGED.get(ctx);
  if (!memo) {
    memo = new Map();
    JUDGED.set(ctx, memo);
  }
  let j = memo.get(t);
  if (!j) {
    j = judge(ctx, t);
    memo.set(t, j);
  }
  return j;
}

/** Comments that hand over a contact in a form to decode (a `hidden` phrase, outside warnings). */
const HIDDEN = new WeakMap<SignalContext, Set<number>>();
function hiddenComments(ctx: SignalContext): Set<number> {
  let ids = HIDDEN.get(ctx);
  if (!ids) {
    ids = new Set(hiddenPhrases(ctx.facts).map((p) => p.comment));
    HIDDEN.set(ctx, ids);
  }
  return ids;
}

/** The publisher's own posts sell a scheme: bait of a scheme's weight, not disowned, in a post by the author who answers as the publisher. */
const SELLS = new WeakMap<SignalContext, boolean>();
function publisherSells(ctx: SignalContext): boolean {
  let sells = SELLS.get(ctx);
  if (sells === undefined) {
    sells = readPublisherSells(ctx);
    SELLS.set(ctx, sells);
  }
  return sells;
}

function readPublisherSells(ctx: SignalContext): boolean {
  const { facts } = ctx;
  const names = new Set(facts.comments.filter((c) => c.publisher && c.author).map((c) => c.author));
  if (names.size === 0) return false;
  return facts.phrases.some(
    (p) =>
      p.lexicon === 'bait' &&
      !p.warned &&
      p.weight >= SCHEME_BAIT_WEIGHT &&
      p.comment >= 0 &&
      names.has(facts.comments[p.comment]?.author),
  );
}

/** The trades and lessons themselves (a plumber, a roofer, a tutor; 水电师傅, 补习) */
export const TRADE_WORK_RE =
  /\b(?:plumb(?:er|ers|ing)|roof(?:er|ers|ing)|electricians?|handym[ae]n|contractors?|hvac|furnaces?|gutters?|carpenters?|mechanics?|locksmiths?|landscap(?:er|ing)|movers?|repair ?(?:man|men|shop)|tutor(?:s|ing)?|piano (?:teacher|lessons?))\b|水电|水電|师傅|師傅|维修|維修|修理|装修|裝修|装潢|裝潢|家教|补习|補習|搬家|开锁|開鎖|防水|漏水/iu;
/**
 * …and their price (a quote, 报价, 上门): what an honest referral in a neighbourhood thread is about. A comment's
 * own referral reads the trades alone (`TRADE_WORK_RE`): a stock dealer's price is a quote too.
 */
export const TRADE_RE = new RegExp(
  `${TRADE_WORK_RE.source}|\\b(?:free |written )?(?:quote|estimate)\\b|报价|報價|比价|比價|上门|上門`,
  'iu',
);

/** The thread's comments carry a scheme's bait, money taken first or an advance fee, not disowned. */
function schemePhrase(ctx: SignalContext, t: ThreadFacts): boolean {
  const ids = new Set(t.comments);
  return ctx.facts.phrases.some(
    (p) =>
      !p.warned &&
      (p.lexicon === 'bait' || p.lexicon === 'fee-first' || p.lexicon === 'advance-fee') &&
      ids.has(p.comment),
  );
}

function judge(ctx: SignalContext, t: ThreadFacts): ThreadJudgement {
  const comments = t.comments.map((id) => ctx.facts.comments[id]).filter((c) => c !== undefined);
  const stages = [...new Set(comments.flatMap((c) => c.stages))];
  const has = (s: ArcStage) => stages.includes(s);
  const listed = listedKeys(ctx);
  // the publisher giving its own line in a reply (a notice's issuer, a paper's desk) is no commenter's push,
  // and a number a commenter merely states (no ask, said once) is not passed on
  const offered = offeredKeys(ctx);
  // ... unless the publisher sells a scheme in its own posts (a personal space's "teacher" who answers the
  // ask for her number herself)
  // ... or a line handed over in a form only a reader can put together (no handle read from it)
  const hidden = hiddenComments(ctx);
  const handle = comments.some(
    (c) => (!c.publisher || publisherSells(ctx)) && (c.handles.some((k) => offered.has(k)) || hidden.has(c.id)),
  );
  // "I worried it was a scam too, but it worked": a doubt answered in the same breath is part of the script
  const dissenters = comments.filter(
    (c) =>
      c.stages.includes('dissent') &&
      !c.stages.includes('success') &&
      !c.stages.includes('thanks') &&
      !c.handles.some((k) => listed.has(k)),
  );
  if (comments.length < 2) return { planted: false, weight: 0, stages };
  // handed over: a handle, or (in English threads that only name the advisor) a handover to a credited
  // persona, in one breath ("you can reach Mrs Susan on WhatsApp") and not of an official or quoted line
  const named = comments.some(
    (c) => c.personas.length > 0 && c.stages.includes('handover') && c.handles.every((k) => listed.has(k)),
  );
  const passed = handle || (has('handover') && named);
  // the line handed over is an organisation's helper's (a nonprofit counsellor, a community college's teacher):
  // every comment that gives it names that organisation
  const givers = comments.filter((c) => c.handles.some((k) => offered.has(k)));
  if (givers.length > 0 && givers.every((c) => helpingOrg(c.text))) return { planted: false, weight: 0, stages };
  const authors = new Set(comments.map((c) => c.author).filter((a) => a !== undefined));
  // a planted dialogue is played by few voices, unless the handle itself is passed round
  if (authors.size > 3 && !handle) return { planted: false, weight: 0, stages };
  // thanks alone is every friendly thread; the script needs the ask or the success story (pain, a contact
  // offered in reply and the asker's thanks is every help thread: a support group, a recruiter, a neighbour)
  const story = has('request') || has('success');
  if (!passed || !story) return { planted: false, weight: 0, stages };
  // neighbours passing round a tradesman's or a tutor's line (asked for, handed over, thanked) in a thread that
  // speaks of the job (a leak, a quote, lessons) and of no money scheme: a referral, not a script
  // (money words in a comment that calls something out, "每一串都有這種貸款帳號，已檢舉", are the spam's, not the thread's)
  if (
    comments.some((c) => TRADE_RE.test(c.text)) &&
    !comments.some((c) => c.moneyWords && !c.stages.includes('dissent')) &&
    !schemePhrase(ctx, t)
  )
    return { planted: false, weight: 0, stages };
  // a reader who calls it out: genuine threads have them, but so do scripted threads that a real reader
  // stumbled into; only the full script (the ask, the handle, the praise) survives one
  // ... and so does a handle vouched for by two more voices (the sidekicks who praise the same helper)
  const openerComment = comments.find((c) => c.handles.some((k) => listed.has(k)));
  const opener = openerComment?.author;
  // a voice that spoke before the line was given vouches for it only by crediting the helper the line is given
  // for (老师, "Mrs Kate"): a member's own story told before it (money back through the police) is no praise of it
  const vouchers = new Set(
    comments
      .filter(
        (c) =>
          c.author !== opener &&
          (c.stages.includes('success') || c.stages.includes('thanks')) &&
          (openerComment === undefined ||
            c.id > openerComment.id ||
            c.personas.some((p) => openerComment.personas.some((q) => samePersona(p, q)))),
      )
      .map((c) => c.author),
  );
  // ... or a helper the opener names beside the handle ("Mrs Grace Wilson, my account manager") whom
  // another voice credits by name with a success story
  const credited = comments.some(
    (c) =>
      c.author !== opener &&
      c.stages.includes('success') &&
      c.personas.some((p) => comments.some((o) => o.author === opener && o.personas.some((q) => samePersona(p, q)))),
  );
  // a list read as one conversation only for want of reply links (reviews, a flat guestbook): many
  // voices and one mention of a number is no script unless someone asks for it, it goes round, or
  // another voice credits its helper by name with a success story
  const carriers = new Set(comments.filter((c) => c.handles.some((k) => listed.has(k))).map((c) => c.author));
  if ((t.unlinked || t.topic) && authors.size > 3 && carriers.size < 2 && !has('request') && !credited) {
    return { planted: false, weight: 0, stages };
  }
  const fullScript =
    handle && ((has('request') && (has('success') || has('thanks'))) || vouchers.size >= 2 || credited);
  if (dissenters.length > 0 && !fullScript) return { planted: false, weight: 0, stages };
  let weight: number = W.plantedBase;
  if (has('request') && handle) weight += W.plantedRequestHandover;
  if (has('pain') || has('success')) weight += W.plantedStory;
  if (has('thanks')) weight += W.plantedThanks;
  // few authors who answer each other back and forth
  if (comments.length >= 3 && authors.size >= 2 && authors.size <= 3) weight += W.plantedFewAuthors;
  if (handle && vouchers.size >= 2) weight += W.plantedVouchers;
  if (dissenters.length > 0) weight -= W.plantedDissent;
  weight = Math.min(weight, W.plantedMax);
  return { planted: weight >= W.plantedMin, weight, stages };
}

/** Ids of the comments in threads judged planted (other signals do not count them again). */
export function plantedComments(ctx: SignalContext): Set<number> {
  return new Set(ctx.threads.filter((t) => judgeThread(ctx, t).planted).flatMap((t) => t.comments));
}

/** What `planted-thread` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const plantedThreadMeta: SignalMeta = {
  description: 'A comment thread that plays the script of a planted dialogue around a contact.',
  messages: {
    ev_planted_thread_arc:
      'The comments look planted: a success story, a request for the contact, the contact handed over, thanks',
  },
};

/**
 * The line a reader should see quoted from the thread, as written: the ask for the contact, else the
 * comment that hands it over, else the story that opens it ("那一抹阳光: 能把老师微信推给我吗?").
 */
function scriptLine(ctx: SignalContext, t: ThreadFacts): string {
  const comments = t.comments.map((id) => ctx.facts.comments[id]).filter((c) => c !== undefined);
  const listed = listedKeys(ctx);
  const c =
    comments.find((x) => x.stages.includes('request')) ??
    comments.find((x) => x.handles.some((k) => listed.has(k))) ??
    comments[0];
  if (!c) return '';
  return c.author ? `${c.author}: ${c.text}` : c.text;
}

export const plantedThread: Signal = {
  id: 'planted-thread',
  detect(ctx) {
    const out: Evidence[] = [];
    let total = 0;
    for (const t of ctx.threads) {
      const j = judgeThread(ctx, t);
      if (!j.planted) continue;
      const weight = Math.min(j.weight, W.plantedMax - total);
      if (weight <= 0) break;
      total += weight;
      out.push({
        signal: 'planted-thread',
        message: 'ev_planted_thread_arc',
        weight,
        text: scriptLine(ctx, t),
        region: 'comment',
        selector: t.selector,
      });
    }
    return out;
  },
};
