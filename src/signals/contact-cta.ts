import { W } from '../engine/weights';
import type { Evidence } from '../report/types';
import type { SignalMeta } from './types';
import { bestOccurrence, pushedHandles, type Signal } from './types';

/** What `contact-cta` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const contactCtaMeta: SignalMeta = {
  description: 'A contact handle offered with a call to action, outside any warning.',
  messages: { ev_contact_cta_pushed: 'A contact handle is offered with a call to action' },
};

/** A contact handle offered with a call to action (加老师微信, 点击复制, "reach her on WhatsApp"). */
export const contactCta: Signal = {
  id: 'contact-cta',
  detect(ctx) {
    const out: Evidence[] = [];
    pushedHandles(ctx).forEach((h, i) => {
      const o = bestOccurrence(h);
      if (!o || i >= W.contactCtaMaxHandles) return;
      out.push({
        signal: 'contact-cta',
        message: 'ev_contact_cta_pushed',
        weight: i === 0 ? W.contactCtaFirst : W.contactCtaMore,
        text: o.context || o.raw,
        region: o.region,
        selector: o.selector,
      });
    });
    return out;
  },
};
