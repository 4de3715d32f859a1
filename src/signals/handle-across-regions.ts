import { W } from '../engine/weights';
import type { SignalMeta } from './types';
import { bestOccurrence, pushedHandles, type Signal } from './types';

/** What `handle-across-regions` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const handleAcrossRegionsMeta: SignalMeta = {
  description: 'The same pushed handle appears in several parts of the page.',
  messages: { ev_handle_across_regions_repeated: 'The same contact appears in several parts of the page' },
};

/** One handle repeated across parts of the page: the comments and the footer box, the article and a copy bar. */
export const handleAcrossRegions: Signal = {
  id: 'handle-across-regions',
  detect(ctx) {
    const h = pushedHandles(ctx).find((g) => g.regions.filter((r) => r !== 'meta').length >= 2);
    const o = h ? bestOccurrence(h) : undefined;
    if (!h || !o) return [];
    return [
      {
        signal: 'handle-across-regions',
        message: 'ev_handle_across_regions_repeated',
        weight: W.handleAcrossRegions,
        // the handle as the page writes it (where it appears is the handle's `regions` in the report)
        text: o.raw || h.value,
        region: o.region,
        selector: o.selector,
      },
    ];
  },
};
