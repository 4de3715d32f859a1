import { W } from '../engine/weights';
import type { Evidence } from '../report/types';
import type { Signal, SignalMeta } from './types';

/** What `handle-in-comments` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const handleInCommentsMeta: SignalMeta = {
  description: 'A contact handle is passed around in the comments.',
  messages: {
    ev_handle_in_comments_repeated: 'Commenters pass the same contact around',
    ev_handle_in_comments_single: 'A comment hands out a contact',
  },
};

/** A handle passed around in comments: by several commenters, in several comments, or in a comment and a box. */
export const handleInComments: Signal = {
  id: 'handle-in-comments',
  detect(ctx) {
    // one entry for the page: the most passed-around handle (a repeated one before a single one)
    let single: Evidence | undefined;
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
      if (!repeated && (!first.cta || single)) continue;
      const e: Evidence = {
        signal: 'handle-in-comments',
        message: repeated ? 'ev_handle_in_comments_repeated' : 'ev_handle_in_comments_single',
        weight: repeated ? W.handleInCommentsRepeated : W.handleInCommentsSingle,
        text: first.context || first.raw,
        region: 'comment',
        selector: first.selector,
      };
      if (repeated) return [e];
      single = e;
    }
    return single ? [single] : [];
  },
};
