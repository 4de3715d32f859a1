import { W } from '../engine/weights';
import { FEE_TOLD_RE, moneyPage, privateGroup, pushedHandles, type Signal, type SignalMeta } from './types';

/** What `offer-after-warning` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const offerAfterWarningMeta: SignalMeta = {
  description:
    "A page that warns of a scheme sends the reader, in its own voice, to one person's private line for the same help, and money is asked for it.",
  messages: {
    ev_offer_after_warning_private_line:
      "After warning about these schemes, the page sends readers to one person's private contact, who asks for money",
  },
};

/**
 * The scheme dressed as a warning: a page lists the red flags of debt-relief, benefits or loan offers and then,
 * in a paragraph of its own that warns of nothing, sends the reader to a third person's private line ("Our debt
 * advocate … reach her directly at x@gmail.com", "the easiest way to reach her is WhatsApp at +1 …"), and money is
 * asked for that help: in that paragraph ("a small document-processing deposit holds your spot", not "free"), or
 * in the comments that vouch for her ("She mentioned a filing fee", "Sent her the deposit"). Honest warnings end on
 * an agency's line, a charity's free number or the writer's own address; a stranger's WhatsApp that charges first
 * is the very thing the list warned of. The paragraph is read in the facts (`afterWarning`).
 */
export const offerAfterWarning: Signal = {
  id: 'offer-after-warning',
  detect(ctx) {
    const { facts } = ctx;
    if (!moneyPage(facts)) return [];
    for (const h of pushedHandles(ctx)) {
      if (!privateGroup(h)) continue;
      const o = h.occurrences.find((x) => x.afterWarning !== undefined && !x.warned && x.comment < 0);
      if (!o) continue;
      const fee =
        h.occurrences.some((x) => x.afterWarning === 'fee') ||
        facts.comments.some((c) => FEE_TOLD_RE.test(c.text)) ||
        facts.phrases.some((p) => p.lexicon === 'fee-first' && !p.warned);
      if (!fee) continue;
      return [
        {
          signal: 'offer-after-warning',
          message: 'ev_offer_after_warning_private_line',
          weight: W.offerAfterWarning,
          text: o.context || o.raw,
          region: o.region,
          selector: o.selector,
        },
      ];
    }
    return [];
  },
};
