import { W } from '../engine/weights';
import { plantedComments } from './planted-thread';
import { moneyPage, privateGroup, pushedHandles, type Signal, type SignalMeta, sendsToThirdPerson } from './types';

/** What `testimonial` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const testimonialMeta: SignalMeta = {
  description:
    "One comment tells of the commenter's own success and sends the reader to the helper's contact (or the page's own story does).",
  messages: {
    ev_testimonial_success_referral: "A comment tells of a success and sends readers to the helper's contact",
  },
};

/**
 * A testimonial: on a page about money, one comment tells of the commenter's success (got my money back,
 * 协商成功) and sends the reader to a third person (contact him on WhatsApp, 加她微信, or a named helper)
 * whose handle it pushes. It is the single-comment form of the planted thread, the shape of the pasted
 * "recovery expert" and "account manager" comments; a comment in a thread already judged planted is not
 * counted again. A commenter who recommends a firm ("contact us", "call them") sends no one to a person.
 */
export const testimonial: Signal = {
  id: 'testimonial',
  detect(ctx) {
    const { facts } = ctx;
    if (!moneyPage(facts)) return [];
    const pushedIn = new Set<number>();
    for (const h of pushedHandles(ctx)) for (const o of h.pushed) if (o.comment >= 0) pushedIn.add(o.comment);
    const planted = plantedComments(ctx);
    // the page's own story of money got back, ending with a third person's private line ("You can reach him by
    // email at …"): the recovery article's form of it
    if (facts.storySuccess) {
      for (const h of pushedHandles(ctx)) {
        if (!privateGroup(h)) continue;
        const o = h.pushed.find((x) => x.comment < 0 && x.referred && !x.writerLine);
        if (o)
          return [
            {
              signal: 'testimonial',
              message: 'ev_testimonial_success_referral',
              weight: W.testimonial,
              text: o.context,
              region: o.region,
              selector: o.selector,
            },
          ];
      }
    }
    for (const id of pushedIn) {
      const c = facts.comments[id];
      if (!c || planted.has(id) || c.stages.includes('dissent') || !c.stages.includes('success')) continue;
      if (!sendsToThirdPerson(c)) continue;
      return [
        {
          signal: 'testimonial',
          message: 'ev_testimonial_success_referral',
          weight: W.testimonial,
          text: c.text,
          region: 'comment',
          selector: c.selector,
        },
      ];
    }
    return [];
  },
};
