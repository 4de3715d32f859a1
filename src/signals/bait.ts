import type { HandleFact, PhraseFact } from '../engine/facts';
import { W } from '../engine/weights';
import type { Evidence } from '../report/types';
import type { SignalMeta } from './types';
import { near, pushedHandles, type Signal } from './types';

/** What `bait` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const baitMeta: SignalMeta = {
  description: 'Bait and promised outcomes of debt, loan, investment and recovery schemes.',
  messages: {
    ev_bait_promise: 'Wording that sells a debt, loan, investment or recovery scheme',
    ev_bait_near_contact: 'The promise sits right beside a contact handle',
  },
};

/** Bait this heavy names one scheme (停息挂账, 每年按15%返还, "recovery expert"), not a generic offer. */
const SCHEME_BAIT_WEIGHT = 10;

/**
 * The page sells a scheme in its own voice and gives its own contact for it: heavy, scheme-specific bait
 * in the article or a box (not a comment, not a warning) on a page whose own box (not a comment) pushes
 * a handle. The box then is the lead-gen box however far apart the two sit (a fund-raising article with
 * its manager's number at the end). Generic bait (免费咨询, "free consultation") alone never does this:
 * legal-aid and software pages offer free help with a contact too.
 */
function siteSells(phrases: PhraseFact[], pushed: HandleFact[]): PhraseFact | undefined {
  if (!pushed.some((o) => o.comment < 0 && (o.region === 'cta' || o.region === 'widget'))) return undefined;
  return phrases.find((p) => p.lexicon === 'bait' && !p.warned && p.comment < 0 && p.weight >= SCHEME_BAIT_WEIGHT);
}

/**
 * Bait and promised outcomes (停息挂账, 不成功不收费, "guaranteed recovery"), each distinct phrase
 * group counted once, outside warnings; more when the bait sits in the same box as a pushed handle.
 */
export const bait: Signal = {
  id: 'bait',
  detect(ctx) {
    const out: Evidence[] = [];
    const seen = new Set<string>();
    let total = 0;
    for (const p of ctx.facts.phrases) {
      if (p.lexicon !== 'bait' || p.warned || seen.has(p.id)) continue;
      seen.add(p.id);
      const weight = Math.min(p.weight, W.baitCap - total);
      if (weight <= 0) break;
      total += weight;
      out.push({
        signal: 'bait',
        message: 'ev_bait_promise',
        weight,
        text: p.text,
        region: p.region,
        selector: p.selector,
      });
    }
    // the lead-gen box: bait in the same box, or the same comment, as a pushed handle
    const pushed = pushedHandles(ctx).flatMap((h) => h.pushed);
    const beside =
      ctx.facts.phrases.find((p) => p.lexicon === 'bait' && !p.warned && pushed.some((o) => near(o, p))) ??
      siteSells(ctx.facts.phrases, pushed);
    if (beside) {
      const near = beside;
      out.push({
        signal: 'bait',
        message: 'ev_bait_near_contact',
        weight: W.baitNearContact,
        text: near.text,
        region: near.region,
        selector: near.selector,
      });
    }
    return out;
  },
};
