import { W } from '../engine/weights';
import type { Evidence } from '../report/types';
import type { SignalMeta } from './types';
import { bestOccurrence, privateGroup, pushedHandles, type Signal } from './types';

/** What `contact-cta` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const contactCtaMeta: SignalMeta = {
  description: "A person's contact handle offered with a call to action, outside any warning.",
  messages: { ev_contact_cta_pushed: 'A contact handle is offered with a call to action' },
};

/**
 * A person's contact handle offered with a call to action (加老师微信, 点击复制, "reach her on WhatsApp"): a private
 * line (a mobile, a messaging account, a free-mail address). An organisation's line (a landline, a toll-free or
 * service number, a mailbox at its own domain, an office's switchboard) is how firms, charities and officials
 * are reached, and a planted lead is passed on as a private line: such a line, even pushed, anchors nothing.
 */
export const contactCta: Signal = {
  id: 'contact-cta',
  detect(ctx) {
    const out: Evidence[] = [];
    pushedHandles(ctx)
      .filter(privateGroup)
      .forEach((h, i) => {
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
