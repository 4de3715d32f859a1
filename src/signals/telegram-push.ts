import { W } from '../engine/weights';
import { moneyPage, pushedHandles, readerComment, type Signal, type SignalMeta } from './types';

/** What `telegram-push` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const telegramPushMeta: SignalMeta = {
  description:
    'A commenter sends readers to a Telegram account on a money page: the channel recovery, trading-group and gambling "refund" schemes move their marks to.',
  messages: {
    ev_telegram_push_comment:
      'A comment sends readers to a Telegram account about money: where “recovery” and trading-group schemes take people',
  },
};

/**
 * A Telegram push: on a page about money, a reader's comment (not the site's own reply, not one that calls
 * the offer out) pushes a Telegram account or link. A Telegram username has no phone number and no name
 * behind it, and a chat there is out of the page moderators' reach: the planted threads under finance
 * videos end on "she is on telegram" (`SRC.mrsX` in ../lexicon/sources), and "recovery" firms that find
 * their marks in comments ask them to move there (`SRC.ftcRecovery`). Honest Telegram sits elsewhere: a
 * project's or an exchange's own group link in its article or footer, which no reader needs to pass on.
 * Counted once a page.
 */
export const telegramPush: Signal = {
  id: 'telegram-push',
  detect(ctx) {
    const { facts } = ctx;
    if (!moneyPage(facts)) return [];
    for (const h of pushedHandles(ctx)) {
      if (h.kind !== 'telegram') continue;
      for (const o of h.pushed) {
        const c = readerComment(facts, o);
        if (!c) continue;
        return [
          {
            signal: 'telegram-push',
            message: 'ev_telegram_push_comment',
            weight: W.telegramPush,
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
