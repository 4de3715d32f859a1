import {
  DEFAULT_DECISIONS,
  DEFAULT_SETTINGS,
  type Decisions,
  LANGUAGES,
  MAX_HOST_LEN,
  MAX_PAGES,
  MAX_PAUSE_MS,
  MAX_SITES,
  MAX_URL_LEN,
  REGIONS,
  SENSITIVITIES,
  type Settings,
} from './schema';

/** A validated value, and whether anything in the input had to be dropped or reset. */
export interface Checked<T> {
  value: T;
  /** true when the input was not a valid value of the current shape (the UI shows a notice) */
  corrupt: boolean;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): [T, boolean] {
  if (v === undefined) return [fallback, true];
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? [v as T, true] : [fallback, false];
}

function bool(v: unknown, fallback: boolean): [boolean, boolean] {
  if (v === undefined) return [fallback, true];
  return typeof v === 'boolean' ? [v, true] : [fallback, false];
}

const HOST_RE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6_RE = /^\[[0-9a-f:.]+\]$/;

/** A hostname as `URL.hostname` gives it (lower-case, punycode), or undefined. */
export function normalizeHost(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const h = v.trim().toLowerCase().replace(/\.$/, '');
  if (h.length === 0 || h.length > MAX_HOST_LEN) return undefined;
  return HOST_RE.test(h) || IPV6_RE.test(h) ? h : undefined;
}

/** An http(s) URL without its hash, or undefined. */
export function normalizePageUrl(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.length > MAX_URL_LEN) return undefined;
  try {
    const u = new URL(v);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

/** Unique, valid, at most `max` entries; keeps the newest (the end of the list). */
function list(v: unknown, norm: (x: unknown) => string | undefined, max: number): [string[], boolean] {
  if (v === undefined) return [[], true];
  if (!Array.isArray(v)) return [[], false];
  let ok = v.length <= max;
  const seen = new Set<string>();
  for (const x of v) {
    const n = norm(x);
    if (n === undefined || n !== x || seen.has(n)) ok = false;
    if (n === undefined) continue;
    seen.delete(n);
    seen.add(n);
  }
  const out = [...seen];
  return [out.length > max ? out.slice(out.length - max) : out, ok];
}

export function validateSettings(input: unknown): Checked<Settings> {
  if (!isObject(input)) return { value: { ...DEFAULT_SETTINGS }, corrupt: input !== null && input !== undefined };
  const [sensitivity, a] = oneOf(input.sensitivity, SENSITIVITIES, DEFAULT_SETTINGS.sensitivity);
  const [bannerOnCaution, b] = bool(input.bannerOnCaution, DEFAULT_SETTINGS.bannerOnCaution);
  const [highlights, c] = bool(input.highlights, DEFAULT_SETTINGS.highlights);
  const [language, d] = oneOf(input.language, LANGUAGES, DEFAULT_SETTINGS.language);
  const [region, e] = oneOf(input.region, REGIONS, DEFAULT_SETTINGS.region);
  return {
    value: { sensitivity, bannerOnCaution, highlights, language, region },
    corrupt: !(a && b && c && d && e),
  };
}

export function validateDecisions(input: unknown, now = Date.now()): Checked<Decisions> {
  if (!isObject(input))
    return { value: structuredClone(DEFAULT_DECISIONS), corrupt: input !== null && input !== undefined };
  const [trustedSites, a] = list(input.trustedSites, normalizeHost, MAX_SITES);
  const [notScamPages, b] = list(input.notScamPages, normalizePageUrl, MAX_PAGES);
  const [pausedSites, c] = list(input.pausedSites, normalizeHost, MAX_SITES);
  const p = input.pausedUntil;
  const pOk = p === undefined || (typeof p === 'number' && Number.isFinite(p) && p >= 0 && p <= now + MAX_PAUSE_MS);
  return {
    value: { trustedSites, notScamPages, pausedSites, pausedUntil: pOk && typeof p === 'number' ? p : 0 },
    corrupt: !(a && b && c && pOk),
  };
}
