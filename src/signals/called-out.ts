import { W } from '../engine/weights';
import { moneyPage, privateGroup, pushedHandles, type Signal, type SignalMeta } from './types';

/** What `called-out` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const calledOutMeta: SignalMeta = {
  description:
    'Another reader calls out the comment that pushes a private contact: it answers that comment, or names its author, and says it is a scam, a fake or reported.',
  messages: {
    ev_called_out_by_reader: 'Another reader warns that the comment giving this contact is a scam',
  },
};

/**
 * Words of an accusation, not of a disagreement: "wrong" or 不同意 answers an opinion, "scam", "reported",
 * 骗, 托, 举报 answer a pitch. Matched on the dissenting comment's own words (already folded to simplified).
 */
const ACCUSATION_RE =
  /\b(?:scam(?:s|mer|mers)?|fraud(?:ster)?s?|fake|spam(?:mer)?|bots?|reported|flagged|predatory|not (?:accredited|licensed|registered))\b|\b(?:don't|do not|never) (?:contact|pay|send|call|text|trust)\b|骗|托儿|是托|举报|套路|别信|不要信|水军|非法|没有资质|不是(?:正规|官方)|96110|18222|报警|\breport fraud\b|\bactionfraud\b|\breportfraud\.ftc\.gov\b/iu;

/**
 * Called out: on a page about money, a comment answers the comment that pushes a private line (WhatsApp, a
 * WeChat ID, a mobile), by its reply link or by naming its author, and accuses it (a scam, fake, reported,
 * 骗子, 是托, 举报). Readers who were there saw the pitch for what it is; the reader who arrives later
 * should hear it too, before adding the contact. A reader who merely disagrees ("wrong", 不同意) is not
 * counted, nor one who calls out their own comment.
 */
export const calledOut: Signal = {
  id: 'called-out',
  detect(ctx) {
    const { facts } = ctx;
    if (!moneyPage(facts)) return [];
    const carriers = new Set<number>();
    for (const h of pushedHandles(ctx)) {
      if (!privateGroup(h)) continue;
      for (const o of h.pushed) if (o.comment >= 0) carriers.add(o.comment);
    }
    if (carriers.size === 0) return [];
    const names: string[] = [];
    for (const id of carriers) {
      const a = facts.comments[id]?.author;
      if (a && [...a].length >= 2 && !names.includes(a)) names.push(a);
    }
    for (const c of facts.comments) {
      if (!c.stages.includes('dissent') || carriers.has(c.id) || !ACCUSATION_RE.test(c.text)) continue;
      const target = c.replyTo ?? c.parent;
      // answering the comment that gives the line, or another post of the one who gives it (the post a
      // pusher's own reply hangs under)
      const targetAuthor = target !== undefined ? facts.comments[target]?.author : undefined;
      const answered =
        target !== undefined &&
        targetAuthor !== c.author &&
        (carriers.has(target) || (targetAuthor !== undefined && names.includes(targetAuthor)));
      const named = names.some((a) => a !== c.author && c.text.includes(a));
      if (!answered && !named) continue;
      return [
        {
          signal: 'called-out',
          message: 'ev_called_out_by_reader',
          weight: W.calledOut,
          text: c.text,
          region: 'comment',
          selector: c.selector,
        },
      ];
    }
    return [];
  },
};
