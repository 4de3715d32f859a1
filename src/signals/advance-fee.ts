import { W } from '../engine/weights';
import type { Evidence } from '../report/types';
import type { Signal, SignalMeta } from './types';

/** What `advance-fee` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const advanceFeeMeta: SignalMeta = {
  description: 'A loan offer that asks for money before the loan is paid out.',
  messages: { ev_advance_fee_demanded: 'A loan is offered but money is asked for first' },
};

/**
 * An advance fee: a loan offered and money asked for first (认证金, 解冻金, 刷流水, a "processing fee" in
 * gift cards). Legitimate lenders deduct fees from the loan; asking first is the scheme itself, so this
 * counts as both the scheme and the ask.
 */
export const advanceFee: Signal = {
  id: 'advance-fee',
  detect(ctx) {
    // (a sidebar's or footer's list of other threads, "中古車貸款被要求先付保證金，正常嗎", asks this page's reader for nothing)
    const p = ctx.facts.phrases.find(
      (x) => x.lexicon === 'advance-fee' && !x.warned && x.region !== 'sidebar' && x.region !== 'footer',
    );
    if (!p) return [];
    const ev: Evidence = {
      signal: 'advance-fee',
      message: 'ev_advance_fee_demanded',
      weight: W.advanceFee,
      text: p.text,
      region: p.region,
      selector: p.selector,
    };
    return [ev];
  },
};
