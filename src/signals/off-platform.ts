import { W } from '../engine/weights';
import { moneyPage, near, privateGroup, pushedHandles, type Signal, type SignalMeta } from './types';

/** What `off-platform` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const offPlatformMeta: SignalMeta = {
  description:
    'The one who pushes a private line on a money page says to take the talk or the deal off the site (its messages are slow or filtered, it takes a cut, 换个方式聊).',
  messages: {
    ev_off_platform_private_line: 'The contact is given to take the conversation off the site',
  },
};

/**
 * Off the platform: on a page about money, the words that push a private line (the same comment or box,
 * or another comment by the same writer) say to leave the site for it: the site "takes 20%", its messages
 * are "slow and sometimes filtered", "I keep it off here", 平台发信要开会员, 换个方式聊. Marketplaces,
 * freelance boards and dating sites keep the talk where their protection and moderators are, and bar the
 * move; the pusher who makes it says why out loud. Not from a warning ("never pay outside the platform",
 * 禁止私下交易), a negated clause or a quotation (read in the facts).
 */
export const offPlatform: Signal = {
  id: 'off-platform',
  detect(ctx) {
    const { facts } = ctx;
    if (!moneyPage(facts)) return [];
    const phrases = facts.phrases.filter((p) => p.lexicon === 'off-platform' && !p.warned);
    if (phrases.length === 0) return [];
    const writer = (id: number) => (id >= 0 ? facts.comments[id]?.author : undefined);
    for (const h of pushedHandles(ctx)) {
      if (!privateGroup(h)) continue;
      for (const o of h.pushed) {
        if (o.comment >= 0 && facts.comments[o.comment]?.stages.includes('dissent')) continue;
        const by = writer(o.comment);
        const p = phrases.find((x) => near(x, o) || (by !== undefined && x.comment >= 0 && writer(x.comment) === by));
        if (!p) continue;
        return [
          {
            signal: 'off-platform',
            message: 'ev_off_platform_private_line',
            weight: W.offPlatform,
            text: p.text,
            region: p.region,
            selector: p.selector,
          },
        ];
      }
    }
    return [];
  },
};
