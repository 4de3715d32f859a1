/**
 * Settings and the reader's decisions: pure schema, defaults, bounds, validation and migrations.
 * No browser API here (the WXT storage items live in `src/ext/storage.ts`).
 *
 * What the reader configured (Settings) and what the reader decided (Decisions) are stored apart:
 * a decision changes what is shown, never the record of what was seen.
 */

export type Sensitivity = 'relaxed' | 'normal' | 'strict';
export type LanguageSetting = 'auto' | 'zh-CN' | 'zh-TW' | 'en';
export type RegionSetting = 'auto' | 'CN' | 'TW' | 'HK' | 'US' | 'UK' | 'other';

export interface Settings {
  sensitivity: Sensitivity;
  /** show the in-page banner at `caution` too (by default only `danger` shows it) */
  bannerOnCaution: boolean;
  /** outline the evidence on the page */
  highlights: boolean;
  language: LanguageSetting;
  region: RegionSetting;
}

export interface Decisions {
  /** hostnames the reader trusts: no banner there */
  trustedSites: string[];
  /** page URLs (without hash) the reader marked as not a scam */
  notScamPages: string[];
  /** epoch ms; 0 = not paused */
  pausedUntil: number;
  /** hostnames where protection is paused until the reader resumes it */
  pausedSites: string[];
}

export const SENSITIVITIES: readonly Sensitivity[] = ['relaxed', 'normal', 'strict'];
export const LANGUAGES: readonly LanguageSetting[] = ['auto', 'zh-CN', 'zh-TW', 'en'];
export const REGIONS: readonly RegionSetting[] = ['auto', 'CN', 'TW', 'HK', 'US', 'UK', 'other'];

/** Current stored versions. Bump with a migration in `migrations.ts`. */
export const SETTINGS_VERSION = 2;
export const DECISIONS_VERSION = 1;

/** Bounds: a list never grows past this many entries (oldest dropped first). */
export const MAX_SITES = 500;
export const MAX_PAGES = 500;
/** A hostname longer than DNS allows is not a hostname. */
export const MAX_HOST_LEN = 253;
export const MAX_URL_LEN = 2048;
/** "Pause for an hour". */
export const PAUSE_HOUR_MS = 60 * 60 * 1000;
/** A pause further away than a day is treated as corrupt (the UI offers an hour at most). */
export const MAX_PAUSE_MS = 24 * 60 * 60 * 1000;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sensitivity: 'normal',
  bannerOnCaution: false,
  highlights: true,
  language: 'auto',
  region: 'auto',
});

export const DEFAULT_DECISIONS: Readonly<Decisions> = Object.freeze({
  trustedSites: [],
  notScamPages: [],
  pausedUntil: 0,
  pausedSites: [],
});

/**
 * Score thresholds per sensitivity: a page at or above `danger` is `danger`, at or above `caution`
 * is `caution`. `normal` matches the engine's own defaults (caution 30, danger 60 on 0–100);
 * relaxed asks for more evidence before warning, strict for less. The engine accepts a pair.
 */
export interface Thresholds {
  caution: number;
  danger: number;
}

export const THRESHOLDS: Readonly<Record<Sensitivity, Readonly<Thresholds>>> = Object.freeze({
  relaxed: Object.freeze({ caution: 40, danger: 75 }),
  normal: Object.freeze({ caution: 30, danger: 60 }),
  strict: Object.freeze({ caution: 20, danger: 45 }),
});

export function thresholdsFor(s: Sensitivity): Thresholds {
  return { ...(THRESHOLDS[s] ?? THRESHOLDS.normal) };
}
