import type { Evidence } from '../report/types';
import type { Signal, SignalMeta } from './types';

const MAX_NOTES = 3;

/** What `warning-context` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const warningContextMeta: SignalMeta = {
  description: 'Records handles and bait that were quoted in a warning and therefore not counted.',
  messages: {
    ev_warning_context_handle_quoted: 'A contact quoted in a warning was not counted',
    ev_warning_context_bait_quoted: 'Scheme wording in a warning, or denied (“never”, “no one”), was not counted',
  },
};

/**
 * Warning context (谨防, 骗局, 风险提示, "beware", "never pay upfront") lowers the weight of what it
 * quotes, within its own sentence or the section it heads: quoted bait and handles earn nothing.
 * This signal adds no points; it records what was discounted so the reader can see why.
 */
export const warningContext: Signal = {
  id: 'warning-context',
  detect(ctx) {
    const out: Evidence[] = [];
    for (const h of ctx.handles) {
      if (out.length >= MAX_NOTES) break;
      const o = h.occurrences.find((x) => x.warned);
      if (!h.listed || !o || h.pushed.length > 0) continue;
      out.push({
        signal: 'warning-context',
        message: 'ev_warning_context_handle_quoted',
        weight: 0,
        text: o.context || o.raw,
        region: o.region,
        selector: o.selector,
      });
    }
    const bait = ctx.facts.phrases.find((p) => p.lexicon === 'bait' && p.warned);
    if (bait) {
      out.push({
        signal: 'warning-context',
        message: 'ev_warning_context_bait_quoted',
        weight: 0,
        text: bait.text,
        region: bait.region,
        selector: bait.selector,
      });
    }
    return out;
  },
};
