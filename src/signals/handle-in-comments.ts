import type { HandleFact } from '../engine/facts';
import { W } from '../engine/weights';
import type { HandleGroup, Signal, SignalContext, SignalMeta } from './types';

/** What `handle-in-comments` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const handleInCommentsMeta: SignalMeta = {
  description: 'A contact handle is passed around in the comments.',
  messages: {
    ev_handle_in_comments_repeated: 'Commenters pass the same contact around',
    ev_handle_in_comments_passed: 'Several commenters give the same contact',
    ev_handle_in_comments_single: 'A comment hands out a contact',
  },
};

export interface PassedRound {
  group: HandleGroup;
  /** its first occurrence in a comment */
  first: HandleFact;
  /** by several commenters, in several comments, or in a comment and a box */
  repeated: boolean;
  /** how many commenters give it */
  authors: number;
}

/**
 * The handle the comments pass around most (a repeated one before a single one): by several commenters, in
 * several comments, or in a comment and a box; else the first one a comment hands out with a call to action.
 */
export function passedRound(ctx: SignalContext): PassedRound | undefined {
  // a number given as WhatsApp in one comment and plainly in another is one contact passed round: the
  // comments that carry it, whichever of the two kinds they give it as
  const isNumber = (kind: string) => kind === 'phone' || kind === 'whatsapp';
  const numberComments = new Map<string, Set<number>>();
  for (const h of ctx.handles) {
    if (!isNumber(h.kind)) continue;
    const set = numberComments.get(h.value) ?? new Set<number>();
    for (const o of h.occurrences) if (o.region === 'comment' && !o.warned) set.add(o.comment);
    numberComments.set(h.value, set);
  }
  let single: PassedRound | undefined;
  for (const h of ctx.handles) {
    // the site's own line (the bank's hotline a reader says they called) is the site's, not passed round
    // …and a reader's free share of her own line (for a template she made) is hers to give
    if (!h.listed || h.warned || h.licensed || h.own || h.shared) continue;
    const inComments = h.occurrences.filter((o) => o.region === 'comment' && !o.warned);
    const first = inComments[0];
    if (!first) continue;
    const comments = (isNumber(h.kind) && numberComments.get(h.value)) || new Set(inComments.map((o) => o.comment));
    const authors = new Set(
      [...comments].map((c) => ctx.facts.comments[c]?.author).filter((a): a is string => a !== undefined),
    );
    const elsewhere = h.regions.some((r) => r !== 'comment');
    const repeated = comments.size >= 2 || authors.size >= 2 || elsewhere;
    if (repeated) return { group: h, first, repeated, authors: authors.size };
    if (first.cta && !single) single = { group: h, first, repeated, authors: authors.size };
  }
  return single;
}

/** A handle passed around in comments: one entry for the page, the most passed-around handle. */
export const handleInComments: Signal = {
  id: 'handle-in-comments',
  detect(ctx) {
    const passed = passedRound(ctx);
    if (!passed) return [];
    const { first, repeated, authors } = passed;
    return [
      {
        signal: 'handle-in-comments',
        message:
          authors >= 2
            ? 'ev_handle_in_comments_passed'
            : repeated
              ? 'ev_handle_in_comments_repeated'
              : 'ev_handle_in_comments_single',
        weight: repeated ? W.handleInCommentsRepeated : W.handleInCommentsSingle,
        text: first.context || first.raw,
        region: 'comment',
        selector: first.selector,
      },
    ];
  },
};
