/**
 * Comment threads from comment facts: comments joined by the reply and nesting links; a section
 * whose comments answer nobody is one conversation, and so is a forum topic numbered by floors. Pure over facts, so merged frames work too.
 */
import { drain, pacer, type Steps } from '../dom/steps';
import type { PageFacts } from './facts';

export interface ThreadFacts {
  id: number;
  /** comment ids in page order */
  comments: number[];
  authors: string[];
  /** `kind:value` of handles its comments carry */
  handles: string[];
  /** joined as a forum topic (posts by floor) beyond its reply links: a looser conversation */
  topic: boolean;
  /** joined only because its section has no reply links at all (a flat list read as one conversation) */
  unlinked: boolean;
  selector: string;
}

export function threadsOf(facts: PageFacts): ThreadFacts[] {
  return drain(threadsSteps(facts));
}

/** `threadsOf` in steps that yield every 256 comments (a page of thousands of comments, scored in slices) */
export function* threadsSteps(facts: PageFacts): Steps<ThreadFacts[]> {
  const tick = pacer();
  const n = facts.comments.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    let x = i;
    while (parent[x] !== r) {
      const next = parent[x] ?? r;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const linkedSections = new Set<number>();
  for (const c of facts.comments) {
    if (tick()) yield;
    const reply = c.replyTo;
    if (reply !== undefined && reply >= 0 && reply < n) {
      union(c.id, reply);
      linkedSections.add(c.section);
    }
    const nest = c.parent;
    if (nest !== undefined && nest >= 0 && nest < n) {
      union(c.id, nest);
      linkedSections.add(c.section);
    }
  }
  // a section without any reply link is one conversation, and so is a forum topic: posts numbered by
  // floor all answer the opening post
  // ... and so is a forum topic whose posts carry their writers' panes (a post count: phpBB, vBulletin, XenForo),
  // where a quotation links a post to one before it and the posts between answer the topic all the same
  // ... and so is a list of one-line messages (a chat room, a BBS article's pushes: 推/→/噓 rows), where an
  // "@name" links two rows and the rows between them are the same conversation
  const floored = new Map<number, number>();
  const rows = new Map<number, number>();
  const paned = new Map<number, number>();
  const sizes = new Map<number, number>();
  for (const c of facts.comments) {
    if (tick()) yield;
    sizes.set(c.section, (sizes.get(c.section) ?? 0) + 1);
    if (c.floor !== undefined) floored.set(c.section, (floored.get(c.section) ?? 0) + 1);
    if (c.posts !== undefined) paned.set(c.section, (paned.get(c.section) ?? 0) + 1);
    if (c.row) rows.set(c.section, (rows.get(c.section) ?? 0) + 1);
  }
  const most = (m: Map<number, number>, s: number) =>
    (m.get(s) ?? 0) >= 2 && (m.get(s) ?? 0) * 2 >= (sizes.get(s) ?? 0);
  const topic = (s: number) => most(floored, s) || most(paned, s) || most(rows, s);
  const firstOfSection = new Map<number, number>();
  for (const c of facts.comments) {
    if (tick()) yield;
    if (linkedSections.has(c.section) && !topic(c.section)) continue;
    const first = firstOfSection.get(c.section);
    if (first === undefined) firstOfSection.set(c.section, c.id);
    else union(c.id, first);
  }
  // comments by their root, roots in the order they first appear (a list per root, found by index)
  const slot = new Int32Array(n).fill(-1);
  const groups: number[][] = [];
  for (const c of facts.comments) {
    if (tick()) yield;
    const r = find(c.id);
    let k = slot[r] ?? -1;
    if (k < 0) {
      k = groups.length;
      slot[r] = k;
      groups.push([]);
    }
    groups[k]?.push(c.id);
  }
  const threads: ThreadFacts[] = [];
  for (const ids of groups) {
    if (tick()) yield;
    const members = ids.map((i) => facts.comments[i]).filter((c) => c !== undefined);
    const first = members[0];
    if (!first) continue;
    const authors = [...new Set(members.map((c) => c.author).filter((a): a is string => !!a))];
    const handleSet = new Set<string>();
    for (const c of members) for (const h of c.handles) handleSet.add(h);
    const handles = [...handleSet];
    // one nested tree: its root's element holds it; otherwise the section's list does
    const roots = members.filter((c) => c.parent === undefined);
    const holder =
      roots.length === 1 && members.every((c) => c === roots[0] || c.parent !== undefined)
        ? (roots[0] ?? first)
        : (facts.sections[first.section] ?? first);
    const unlinked = ids.length > 1 && !linkedSections.has(first.section);
    threads.push({
      id: threads.length,
      comments: ids,
      authors,
      handles,
      topic: topic(first.section),
      unlinked,
      // read when asked: a selector is a climb through the page, and few threads are ever shown
      get selector() {
        return holder.selector;
      },
    });
  }
  return threads;
}
