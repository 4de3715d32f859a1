import { SCHEME_BAIT_WEIGHT, W } from '../engine/weights';
import type { ArcStage } from '../lexicon/arc';
import {
  moneyPage,
  privateGroup,
  pushedHandles,
  readerComment,
  type Signal,
  type SignalContext,
  type SignalMeta,
} from './types';

/** What `fee-first` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const feeFirstMeta: SignalMeta = {
  description:
    'The private line pushed on a money page belongs to a helper who takes money before the work is done or the payout arrives.',
  messages: {
    ev_fee_first_private_line: 'The person behind the pushed contact takes money up front',
  },
};

/** A reader who says the helper did it for them, or hands the reader over (success, handover). */
const VOUCHING: readonly ArcStage[] = ['success', 'handover'];

/**
 * Money first: on a page about money, a private line is pushed and, in the same conversation (the
 * pushing comment's thread) or in the page's own voice when the page itself pushes the line, the helper
 * is said to take money before the work or the payout ("half up front by Zelle", "a filing fee you get
 * back in the refund", 先付了定金, 先收两千的材料钱). Credit repair and debt relief may not charge before
 * the work is done, and a recovery or a payout that costs a fee first is the advance-fee scheme; the bare
 * contact does not say so, the readers who vouch for it do. Counted from the account of the one who
 * pushes the line or of a reader who vouches for the helper in that thread (success, handover; in this comment
 * or another), or anywhere in the comments when the page pushes the line itself (a column's author card), or
 * from any comment of a commenter who gives their own line and sells a scheme in their own words (a timeshare
 * "closing agent" who answers every asker with her number, then "a flat fee paid at the start"),
 * never from a comment that calls the offer out, nor from a warning, a question, a quotation or a
 * refusal (read in the facts); in the page's own voice only when the page sells a scheme itself.
 */
export const feeFirst: Signal = {
  id: 'fee-first',
  detect(ctx) {
    const { facts } = ctx;
    if (!moneyPage(facts)) return [];
    const phrases = facts.phrases.filter((p) => p.lexicon === 'fee-first' && !p.warned);
    if (phrases.length === 0) return [];
    const threadOf = new Map<number, number>();
    for (const t of ctx.threads) for (const id of t.comments) threadOf.set(id, t.id);
    // who sends readers to a third person's private line, by thread; and whether the page pushes one itself
    const pushers = new Map<number, Set<string | number>>();
    let pagePush = false;
    /** commenters who sell a scheme in their own words (bait of a scheme's weight, not warned or named) */
    let sellers: Set<string> | undefined;
    /** …of whom these push their own line: each of their comments is the helper's own account, in any thread */
    let ownSellers: Set<string> | undefined;
    for (const h of pushedHandles(ctx)) {
      if (!privateGroup(h)) continue;
      for (const o of h.pushed) {
        if (o.comment < 0) {
          if (o.region !== 'footer') pagePush = true;
          continue;
        }
        // the writer's own line ("打我工作手机") sends nobody to a helper, unless the writer sells a scheme in
        // their own comments ("a legal release of the deed … call me directly"): then the writer is the helper
        if (o.writerLine) {
          sellers ??= schemeSellers(ctx);
          const author = facts.comments[o.comment]?.author;
          if (author !== undefined && sellers.has(author)) {
            ownSellers ??= new Set();
            ownSellers.add(author);
          }
          continue;
        }
        const c = readerComment(facts, o);
        const t = c ? threadOf.get(c.id) : undefined;
        if (!c || t === undefined) continue;
        const who = pushers.get(t) ?? new Set<string | number>();
        who.add(c.id);
        if (c.author) who.add(c.author);
        pushers.set(t, who);
      }
    }
    // the page sells a scheme in its own voice (bait of a scheme's weight outside comments and warnings)
    const pageSells = facts.phrases.some(
      (p) =>
        p.lexicon === 'bait' &&
        !p.warned &&
        !p.named &&
        p.comment < 0 &&
        p.region !== 'footer' &&
        p.weight >= SCHEME_BAIT_WEIGHT,
    );
    // the voices who vouch for a helper somewhere in the comments (a success story, a handover)
    let vouchers: Set<string> | undefined;
    for (const p of phrases) {
      if (p.comment >= 0) {
        const c = facts.comments[p.comment];
        const t = threadOf.get(p.comment);
        const who = t !== undefined ? pushers.get(t) : undefined;
        const seller = c?.author !== undefined && ownSellers?.has(c.author) === true;
        if (!c || (!who && !pagePush && !seller) || c.stages.includes('dissent')) continue;
        vouchers ??= new Set(
          facts.comments.filter((x) => VOUCHING.some((s) => x.stages.includes(s))).flatMap((x) => x.author ?? []),
        );
        // a reader who vouches for the helper here or in another comment ("两个月后报告上没了", then "先付一半")
        const vouches =
          VOUCHING.some((s) => c.stages.includes(s)) || (c.author !== undefined && vouchers.has(c.author));
        // the pusher's own account, or a voucher's in that thread; or a voucher's anywhere when the page pushes
        // the line itself (the column's author card, the article's box)
        const pusher =
          (who !== undefined && (who.has(c.id) || (c.author !== undefined && who.has(c.author)))) || seller;
        if (!pusher && !vouches) continue;
      } else if (!pagePush || !pageSells || p.region === 'footer') continue;
      return [
        {
          signal: 'fee-first',
          message: 'ev_fee_first_private_line',
          weight: W.feeFirst,
          text: p.text,
          region: p.region,
          selector: p.selector,
        },
      ];
    }
    return [];
  },
};

/** The commenters whose own comments carry a scheme's wording (bait of a scheme's weight, neither warned nor named). */
function schemeSellers(ctx: SignalContext): Set<string> {
  const out = new Set<string>();
  for (const p of ctx.facts.phrases) {
    if (p.lexicon !== 'bait' || p.warned || p.named || p.comment < 0 || p.weight < SCHEME_BAIT_WEIGHT) continue;
    const author = ctx.facts.comments[p.comment]?.author;
    if (author !== undefined) out.add(author);
  }
  return out;
}
