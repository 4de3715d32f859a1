import { W } from '../engine/weights';
import { plantedComments } from './planted-thread';
import { privateGroup, pushedHandles, type Signal, type SignalContext, type SignalMeta, surname } from './types';

const MIN_CHORUS = 3;

/** A title credited without a name (老师, 专家): a chorus of it needs a contact passed among its voices. */
const BARE_TITLE_KEY_RE = /^persona:(?:老师|专家|顾问|助理)$/u;

const CHORUS_SHARE = 0.6;

/** What `chorus` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const chorusMeta: SignalMeta = {
  description: 'Several commenters praise the same helper or contact, and nobody disagrees.',
  messages: { ev_chorus_one_sided: 'Several commenters praise the same helper, and nobody disagrees' },
};

/**
 * A one-sided chorus: several commenters in one section crediting the same person or handle,
 * or telling the same success story, with nobody disagreeing.
 */
export const chorus: Signal = {
  id: 'chorus',
  detect(ctx) {
    // comments already judged as one planted thread are not counted again as a chorus
    const planted = plantedComments(ctx);
    /** names read from the page's pushed private lines (`lineNames`) */
    const lined = new Set<string>();
    const lines = lineNames(ctx);
    for (const s of ctx.facts.sections) {
      if (s.comments.filter((id) => planted.has(id)).length * 2 >= s.comments.length) continue;
      const comments = s.comments.map((id) => ctx.facts.comments[id]).filter((c) => c !== undefined);
      const dissent = comments.some(
        (c) => c.stages.includes('dissent') && !c.stages.includes('success') && !c.stages.includes('thanks'),
      );
      if (comments.length < MIN_CHORUS || dissent) continue;
      const tally = new Map<string, Set<number>>();
      const count = (k: string, id: number) => {
        const set = tally.get(k) ?? new Set<number>();
        set.add(id);
        tally.set(k, set);
      };
      // a named helper ("Mr Charles Bennett") is credited wherever the surname appears
      const names = new Set(comments.flatMap((c) => c.personas.map(surname)).filter((n): n is string => !!n));
      // …and so is the helper whose name the pushed private line spells ("I can vouch for Tessa", "Tessa replied
      // within the hour" under tessavane.tracing@gmail.com): the line ties the name to a contact
      for (const c of lines.length > 0 ? comments : [])
        for (const m of c.text.matchAll(FIRST_NAME_RE)) {
          const n = (m[0] ?? '').toLowerCase();
          if (!lines.some((l) => l.includes(n))) continue;
          names.add(n);
          lined.add(n);
        }
      // each name's expression made once per section, not once per comment (a section of thousands)
      const named = [...names].map((n) => [n, new RegExp(`\\b${n}\\b`, 'u')] as const);
      for (const c of comments) {
        for (const k of c.handles) count(k, c.id);
        for (const p of c.personas) if (!surname(p)) count(`persona:${p.toLowerCase()}`, c.id);
        if (named.length === 0) continue;
        const text = c.text.toLowerCase();
        for (const [n, re] of named) if (re.test(text)) count(`persona:${n}`, c.id);
      }
      // the voices that pass a contact somewhere in the section (a name in one reply, its number in the next)
      const passers = new Set(comments.filter((c) => c.handles.length > 0).map((c) => c.author ?? `#${c.id}`));
      for (const [key, ids] of tally) {
        const members = [...ids].map((id) => ctx.facts.comments[id]).filter((c) => c !== undefined);
        const authors = new Set(members.map((c) => c.author ?? `#${c.id}`));
        const praising = members.filter((c) => c.stages.some((st) => st === 'success' || st === 'thanks'));
        // a named helper credited by three voices, one of whom passes the helper's contact (there or in another
        // of that voice's comments), is a ring of vouchers however many genuine comments surround it (reviews, a
        // long thread)
        const ring =
          key.startsWith('persona:') &&
          names.has(key.slice('persona:'.length)) &&
          authors.size >= MIN_CHORUS &&
          ([...authors].some((a) => passers.has(a)) || lined.has(key.slice('persona:'.length)));
        if (
          ids.size >= MIN_CHORUS &&
          authors.size >= 2 &&
          praising.length >= 2 &&
          (ids.size >= comments.length * CHORUS_SHARE || ring) &&
          (key.startsWith('persona:')
            ? !BARE_TITLE_KEY_RE.test(key) || members.some((c) => c.handles.length > 0)
            : true)
        ) {
          return [
            {
              signal: 'chorus',
              message: 'ev_chorus_one_sided',
              weight: W.chorus,
              // what they push, and how many of the comments push it (numbers read in every language)
              text: `${key.slice(key.indexOf(':') + 1)} (${ids.size}/${comments.length})`,
              region: 'comment',
              selector: s.selector,
            },
          ];
        }
      }
    }
    return [];
  },
};

/** a capitalized word of four letters or more in a comment: a first name, maybe the helper's */
const FIRST_NAME_RE = /\b[A-Z][a-z]{3,11}\b/gu;

/** The names part of the page's pushed private lines: an address's local part, a username (lower-cased letters). */
function lineNames(ctx: SignalContext): string[] {
  return pushedHandles(ctx)
    .filter(privateGroup)
    .map((h) => (h.kind === 'email' ? h.value.slice(0, h.value.indexOf('@')) : h.value).replace(/[^a-z]/gu, ''))
    .filter((n) => n.length >= 4);
}
