import { W } from '../engine/weights';
import type { Evidence } from '../report/types';
import type { SignalMeta } from './types';
import { BOX_BAIT_WEIGHT, near, pushedHandles, type Signal } from './types';

/** What `bait` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const baitMeta: SignalMeta = {
  description: 'Bait and promised outcomes of debt, loan, investment and recovery schemes.',
  messages: {
    ev_bait_promise: 'Wording that sells a debt, loan, investment or recovery scheme',
    ev_bait_near_contact: 'The promise sits right beside a contact handle',
  },
};

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
    // words honest firms use too ("free consultation", 个性化分期 as a bank explains it) make no lead-gen box
    const beside = ctx.facts.phrases.find(
      (p) => p.lexicon === 'bait' && !p.warned && p.weight >= BOX_BAIT_WEIGHT && pushed.some((o) => near(o, p)),
    );
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
