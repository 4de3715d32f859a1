import type { HandleKind, Region } from '../report/types';

/** the kinds whose value is a phone number */
export const NUMBER_KINDS: ReadonlySet<string> = new Set(['phone', 'whatsapp', 'signal']);

/** a number as the page's text writes it: a contact link's target is the site's own E.164 rewrite of it */
export const writtenNumber = (o: { kind: HandleKind; region: Region }): boolean =>
  NUMBER_KINDS.has(o.kind) && o.region !== 'link';

/**
 * One number written with and without its country code on one page (`+1 470 555 0163` in a post,
 * `4705550163` in a reply; `+886 921…` and `0921…`) is one line: each shorter form maps to the longer
 * one it ends with, after a country code of one to three digits (and a trunk 0 dropped). The facts give each
 * comment's handles under the longer form (so a line two commenters push is one line to the signals), and the
 * score groups what was added after that (hidden lines, widgets) the same way.
 */
export function numberForms(
  handles: readonly { kind: HandleKind; region: Region; value: string }[],
): Map<string, string> {
  const values = new Set<string>();
  for (const o of handles) if (writtenNumber(o)) values.add(o.value);
  const out = new Map<string, string>();
  if (values.size < 2) return out;
  for (const v of values) {
    const local = v.startsWith('0') ? v.slice(1) : v;
    if (local.length < 8) continue;
    for (const w of values) {
      const cc = w.length - local.length;
      if (cc >= 1 && cc <= 3 && w !== v && !w.startsWith('0') && w.endsWith(local)) {
        out.set(v, w);
        break;
      }
    }
  }
  return out;
}
