import { W } from '../engine/weights';
import { moneyPage, privateGroup, pushedHandles, readerComment, type Signal, type SignalMeta } from './types';

/** What `new-account` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const newAccountMeta: SignalMeta = {
  description:
    "On a forum that shows each writer's post count, a private contact is pushed by an account with only a handful of posts, among long-standing members.",
  messages: {
    ev_new_account_push: 'The contact is pushed by an account with only a few posts, among long-time members',
  },
};

/** a writer with this many posts or fewer is new to the forum */
export const NEW_ACCOUNT_POSTS = 10;
/** a writer with this many posts or more has been there a long time (a line such a member passes on is no push: `byVeteran` in src/engine/score.ts) */
export const VETERAN_POSTS = 100;
/**
 * the page shows established members when a writer has this many posts (the opening poster of a small board
 * with 38 posts, answered by accounts of 1 and 2); a member passing on a line needs the veteran's count above
 */
export const ESTABLISHED_POSTS = 30;
/** comments read for a veteran's count (each read is the comment element's text) */
const SCAN_COMMENTS = 300;

/**
 * A new account pushes the line: on a page about money in a forum that prints each writer's post count,
 * a reader's comment that pushes a private line (a mobile, a messaging account, a free-mail address) is
 * written by an account of a few posts, while the page shows established members (thirty posts and more). Planted
 * threads are played by accounts made for them (forums hold back links from new accounts for this reason:
 * Discourse's trust levels, https://blog.discourse.org/2018/06/understanding-discourse-trust-levels/);
 * an honest member who gives a neighbour's number has been posting for years. Counted once a page.
 */
export const newAccount: Signal = {
  id: 'new-account',
  detect(ctx) {
    const { facts } = ctx;
    if (!moneyPage(facts)) return [];
    let pusher: (typeof facts.comments)[number] | undefined;
    for (const h of pushedHandles(ctx)) {
      if (!privateGroup(h)) continue;
      for (const o of h.pushed) {
        const c = readerComment(facts, o);
        const n = c?.posts;
        if (c && n !== undefined && n <= NEW_ACCOUNT_POSTS) {
          pusher = c;
          break;
        }
      }
      if (pusher) break;
    }
    if (!pusher) return [];
    const veteran = facts.comments.slice(0, SCAN_COMMENTS).some((c) => (c.posts ?? 0) >= ESTABLISHED_POSTS);
    if (!veteran) return [];
    return [
      {
        signal: 'new-account',
        message: 'ev_new_account_push',
        weight: W.newAccount,
        text: pusher.text,
        region: 'comment',
        selector: pusher.selector,
      },
    ];
  },
};
