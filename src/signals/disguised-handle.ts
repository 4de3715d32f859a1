import { W } from '../engine/weights';
import { moneyPage, pushedHandles, type Signal, type SignalMeta } from './types';

/** What `disguised-handle` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const disguisedHandleMeta: SignalMeta = {
  description: 'A pushed contact is written in a disguise meant to slip past filters.',
  messages: {
    ev_disguised_handle_written:
      'The contact is disguised (spelled or circled digits, hidden characters, look-alike letters)',
  },
};

/**
 * A disguised handle: on a page about money, a pushed handle written in circled or spelled digits, with
 * invisible characters, look-alike letters, emoji or one character at a time. A firm that wants to be
 * called writes its number plainly; hiding it from a platform's filters is what a scheme does
 * (`src/handles/disguise.ts` lists the tells and the formatting that is none). An anti-fraud article that
 * quotes the disguise is a warning, and its handles are not pushed.
 */
export const disguisedHandle: Signal = {
  id: 'disguised-handle',
  detect(ctx) {
    if (!moneyPage(ctx.facts)) return [];
    for (const h of pushedHandles(ctx)) {
      const o = h.occurrences.find((x) => x.disguise && !x.warned);
      if (!o) continue;
      return [
        {
          signal: 'disguised-handle',
          message: 'ev_disguised_handle_written',
          weight: W.disguisedHandle,
          text: o.context || o.raw,
          region: o.region,
          selector: o.selector,
        },
      ];
    }
    return [];
  },
};
