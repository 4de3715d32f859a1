import { W } from '../engine/weights';
import { plantedComments, TRADE_WORK_RE } from './planted-thread';
import {
  helpingOrg,
  moneyPage,
  privateGroup,
  pushedHandles,
  readerComment,
  type Signal,
  type SignalMeta,
  sendsToThirdPerson,
} from './types';

/** What `referral` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const referralMeta: SignalMeta = {
  description:
    "A commenter sends readers to a third person's private line (WhatsApp, WeChat, a mobile number) on a money page.",
  messages: {
    ev_referral_private_line: "A comment sends readers to someone's private WhatsApp, WeChat or phone",
  },
};

/**
 * A referral: on a page about money, a reader's comment (not the site's own reply) sends the reader to a
 * third person (contact him on WhatsApp, 加她微信, her number is, a named 老师 or "Mrs X") and pushes that
 * person's private line: a messaging account, a mobile number, a free-mail address. Genuine readers point
 * one another to organisations (a charity's free line, the bank's hotline, a firm's own address), not to a
 * stranger's WhatsApp; lead-generation comments do the reverse. It is the bare form of the testimonial (no
 * success story the engine recognises), so a comment already counted as a testimonial or inside a thread
 * judged planted is not counted again, and one that calls the offer out is not counted at all.
 */
export const referral: Signal = {
  id: 'referral',
  detect(ctx) {
    const { facts } = ctx;
    if (!moneyPage(facts)) return [];
    let planted: Set<number> | undefined;
    for (const h of pushedHandles(ctx)) {
      if (!privateGroup(h)) continue;
      for (const o of h.pushed) {
        // the writer's own line ("call or text me, 419…") sends nobody to a third person
        const c = o.writerLine ? undefined : readerComment(facts, o);
        if (!c || c.stages.includes('success') || !sendsToThirdPerson(c) || helpingOrg(c.text)) continue;
        // a tradesman's or a tutor's line passed on by a comment that speaks of the job, not of money
        // ("Call Ray, been doing furnaces around here 30 years. His cell is …")
        if (TRADE_WORK_RE.test(c.text) && !c.moneyWords) continue;
        planted ??= plantedComments(ctx);
        if (planted.has(c.id)) continue;
        return [
          {
            signal: 'referral',
            message: 'ev_referral_private_line',
            weight: W.referral,
            text: c.text,
            region: 'comment',
            selector: c.selector,
          },
        ];
      }
    }
    return [];
  },
};
