import { type Decisions, MAX_SITES, PAUSE_HOUR_MS } from './schema';
import { normalizeHost } from './validate';

/** Pure updates of the reader's decisions (the storage layer applies them). */

export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return normalizeHost(u.hostname);
  } catch {
    return undefined;
  }
}

function addBounded(list: readonly string[], v: string, max: number): string[] {
  const out = list.filter((x) => x !== v);
  out.push(v);
  return out.length > max ? out.slice(out.length - max) : out;
}

export function trustSite(d: Decisions, host: string): Decisions {
  const h = normalizeHost(host);
  if (!h) return d;
  return { ...d, trustedSites: addBounded(d.trustedSites, h, MAX_SITES) };
}

export function untrustSite(d: Decisions, host: string): Decisions {
  const h = normalizeHost(host) ?? host;
  return { ...d, trustedSites: d.trustedSites.filter((x) => x !== h) };
}

export function pauseFor(d: Decisions, now: number, ms = PAUSE_HOUR_MS): Decisions {
  return { ...d, pausedUntil: now + ms };
}

export function pauseSite(d: Decisions, host: string): Decisions {
  const h = normalizeHost(host);
  if (!h) return d;
  return { ...d, pausedSites: addBounded(d.pausedSites, h, MAX_SITES) };
}

export function resume(d: Decisions, host?: string): Decisions {
  const h = host ? normalizeHost(host) : undefined;
  return { ...d, pausedUntil: 0, pausedSites: h ? d.pausedSites.filter((x) => x !== h) : d.pausedSites };
}

export function isTrusted(d: Decisions, host: string | undefined): boolean {
  return !!host && d.trustedSites.includes(host);
}

export function isPaused(d: Decisions, host: string | undefined, now: number): boolean {
  return d.pausedUntil > now || (!!host && d.pausedSites.includes(host));
}

/** Whether the in-page warning should be shown on a page with this host (decisions only). */
export function isProtected(d: Decisions, host: string | undefined, now: number): boolean {
  return !isTrusted(d, host) && !isPaused(d, host, now);
}
