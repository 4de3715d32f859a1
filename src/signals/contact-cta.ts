import { W } from '../engine/weights';
import type { Evidence } from '../report/types';
import { bestOccurrence, pushedHandles, type Signal } from './types';

/** A contact handle offered with a call to action (加老师微信, 点击复制, "reach her on WhatsApp"). */
export const contactCta: Signal = {
  id: 'contact-cta',
  meta: {
    description: 'A contact handle offered with a call to action, outside any warning.',
    messages: { ev_contact_cta_pushed: 'A contact handle is offered with a call to action' },
  },
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
