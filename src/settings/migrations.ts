/**
 * Migrations of stored settings, keyed by the version they produce (WXT `storage.defineItem`
 * `migrations` format). Each one is pure and total: unknown input passes through to validation,
 * which resets what it cannot read.
 *
 * v1 (first shape): { sensitivity: 'low' | 'medium' | 'high', showCaution: boolean, highlight: boolean,
 *   lang: 'auto' | 'zh_CN' | 'zh_TW' | 'en' }
 * v2: the `Settings` shape in schema.ts (sensitivity names, region, locale tags with '-').
 */

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

const V1_SENSITIVITY: Record<string, string> = { low: 'relaxed', medium: 'normal', high: 'strict' };
const V1_LANG: Record<string, string> = { auto: 'auto', zh_CN: 'zh-CN', zh_TW: 'zh-TW', en: 'en' };

export function settingsV1toV2(old: unknown): unknown {
  const o = obj(old);
  if (!o) return old;
  return {
    sensitivity: typeof o.sensitivity === 'string' ? (V1_SENSITIVITY[o.sensitivity] ?? o.sensitivity) : undefined,
    bannerOnCaution: o.showCaution,
    highlights: o.highlight,
    language: typeof o.lang === 'string' ? (V1_LANG[o.lang] ?? o.lang) : undefined,
    region: 'auto',
  };
}

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: settingsV1toV2,
};

export const DECISIONS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

/** Run the migrations from `from` (exclusive) to `to` (inclusive), as WXT does. */
export function migrate(
  value: unknown,
  from: number,
  to: number,
  migrations: Record<number, (old: unknown) => unknown>,
): unknown {
  let v = value;
  for (let i = from + 1; i <= to; i++) {
    const m = migrations[i];
    if (m) v = m(v);
  }
  return v;
}
