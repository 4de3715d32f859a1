import type { PageFacts } from '../engine/facts';
import { W } from '../engine/weights';
import { accuses } from '../lexicon/accusation';
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
 * A warning to the one being sold to, in words the arc's dissent stage leaves alone (they also end a
 * genuine thread's pitch, so they only count here, beside an accusation): not to send money or papers,
 * "running the second scam", "be careful with people who…", 唔好俾钱, 都是诈骗, 已提报.
 */
const WARNS_RE =
  /\b(?:don't|do not|never) send (?:your|any)\b|\b(?:running|runs|run) (?:a|an|the|another) (?:\w+ )?scam\b|\bbe careful (?:with|of) (?:people|anyone|anybody|those|these)\b|(?:就|都)是诈骗|(?:已|我)(?:提报|检举)|(?:不要|别|唔好|千万不要|千万别)先?(?:俾|畀|给|交|付|转)(?:钱|任何人)/iu;

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
    // the posts the pushes answer (the asker's question), with the first push under each
    const asked = new Map<number, number>();
    for (const id of carriers) {
      const c = facts.comments[id];
      const t = c?.replyTo ?? c?.parent;
      if (t !== undefined && !carriers.has(t) && (asked.get(t) ?? Number.POSITIVE_INFINITY) > id) asked.set(t, id);
    }
    for (const c of facts.comments) {
      if (carriers.has(c.id) || !(c.stages.includes('dissent') || WARNS_RE.test(c.text)) || !accuses(c.text)) continue;
      const target = c.replyTo ?? c.parent;
      // warning the asker after the push, under the same post: the reader who answers "please don't" to
      // the one being sold to is answering the pitch (not the asker's own words)
      const push = target !== undefined ? asked.get(target) : undefined;
      const warnsAsker =
        push !== undefined &&
        c.id > push &&
        facts.comments[target as number]?.author !== c.author &&
        !names.includes(c.author ?? '');
      // answering the comment that gives the line, or another post of the one who gives it (the post a
      // pusher's own reply hangs under)
      const targetAuthor = target !== undefined ? facts.comments[target]?.author : undefined;
      // (not the opening post every comment answers: a reader who warns under it answers the post, not the
      // line its writer gave in a reply further down)
      const answered =
        target !== undefined &&
        targetAuthor !== c.author &&
        (carriers.has(target) ||
          (targetAuthor !== undefined && names.includes(targetAuthor) && !openingPost(facts, target)));
      const named = names.some((a) => a !== c.author && c.text.includes(a));
      if (!answered && !named && !warnsAsker) continue;
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

/** an opening post has this many comments under it at least (a pusher's own comment has a few replies) */
const OPENING_MIN_UNDER = 6;

/** The first comment, with no parent, that most of the others hang under: a forum topic's or a social post's opening post. */
function openingPost(facts: PageFacts, id: number): boolean {
  if (id !== 0 || facts.comments[0]?.parent !== undefined) return false;
  let under = 0;
  for (const c of facts.comments) if (c.parent === 0) under++;
  return under >= OPENING_MIN_UNDER && under * 2 >= facts.comments.length - 1;
}
