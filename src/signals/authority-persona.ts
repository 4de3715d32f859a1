import type { HandleFact, PhraseFact } from '../engine/facts';
import { W } from '../engine/weights';
import type { Evidence } from '../report/types';
import type { SignalMeta } from './types';
import { near, pushedHandles, type Signal } from './types';

/** What `authority-persona` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const authorityPersonaMeta: SignalMeta = {
  description: 'An authority persona (teacher, expert, in-house lawyer, "Mrs X", hacker) stands beside a handle.',
  messages: { ev_authority_persona_with_handle: 'The contact is presented as a teacher, expert or advisor' },
};

/** An authority persona next to a handle: 老师, 专家, 法务, a 律师 without a licence number, "Mrs X", "hacker". */
export const authorityPersona: Signal = {
  id: 'authority-persona',
  detect(ctx) {
    for (const h of pushedHandles(ctx)) {
      const o = h.pushed.find((x) => x.persona !== undefined) ?? h.occurrences.find((x) => x.persona && !x.warned);
      if (o?.persona) return [evidence(`${o.persona} · ${h.value}`, o.region, o.selector)];
      // a persona in the same box (the line above the handle)
      // a persona the writer speaks of is not behind the writer's own line ("Dr. Anand wants…" and, later,
      // "call or text me"), unless the writer introduced themselves by it
      const beside = (x: PhraseFact, y: HandleFact) => near(x, y) && (x.selfNamed === true || !y.writerLine);
      const p = ctx.facts.phrases.find(
        (x) => x.lexicon === 'persona' && !x.warned && h.pushed.some((y) => beside(x, y)),
      );
      const at = p ? h.pushed.find((y) => beside(p, y)) : undefined;
      if (p && at) return [evidence(`${p.text} · ${h.value}`, at.region, at.selector)];
    }
    // a thread that passes a handle around while crediting a persona
    // …but not one credited beside the writer's own line ("律師幫她寫了協商信… 可以加我 LINE"): that
    // persona is someone the writer speaks of, and the line is the writer's
    const listed = new Set<string>();
    const ownLineIn = new Set<number>();
    for (const h of pushedHandles(ctx)) {
      listed.add(h.key);
      for (const o of h.pushed) if (o.writerLine && o.persona === undefined) ownLineIn.add(o.comment);
    }
    for (const t of ctx.threads) {
      if (!t.handles.some((k) => listed.has(k))) continue;
      const c = t.comments
        .map((id) => ctx.facts.comments[id])
        .find((x) => x && x.personas.length > 0 && !ownLineIn.has(x.id));
      if (c) return [evidence(c.personas[0] ?? '', 'comment', c.selector)];
    }
    return [];
  },
};

function evidence(text: string, region: Evidence['region'], selector: string): Evidence {
  return {
    signal: 'authority-persona',
    message: 'ev_authority_persona_with_handle',
    weight: W.authorityPersona,
    text,
    region,
    selector,
  };
}
