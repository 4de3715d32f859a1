/**
 * The in-page UI's strings. The content script ships to every page as one bundle, so it does not carry
 * the extension's whole `_locales` catalogues: the background sends the few keys the banner and the
 * highlights use (`pickStrings`), and the content script installs them here. Same `t(key, lang, ...subs)`
 * as `src/i18n`, same fallback to English, '' for a key missing everywhere.
 */
import { format, type Lang, type LocaleFile, type LocaleMessage } from '../../i18n';

/** key prefixes the in-page UI reads (evidence and handle keys come from the engine at run time) */
export const CONTENT_KEY_PREFIXES = [
  'advice_',
  'banner_',
  'ev_',
  'handle_kind_',
  'highlight_',
  'kind_',
  'report_',
  'scheme_',
  'summary_',
  'why_',
] as const;

const catalogs: Partial<Record<Lang, LocaleFile>> = {};

export function installStrings(lang: Lang, file: LocaleFile): void {
  catalogs[lang] = file;
}

export function hasStrings(): boolean {
  return catalogs.en !== undefined;
}

export function t(key: string, lang: Lang, ...subs: (string | number)[]): string {
  const m = catalogs[lang]?.[key] ?? catalogs.en?.[key];
  return m ? format(m, subs) : '';
}

/** the part of a catalogue the in-page UI needs */
export function pickStrings(file: LocaleFile): LocaleFile {
  const out: LocaleFile = {};
  for (const [k, v] of Object.entries(file)) if (CONTENT_KEY_PREFIXES.some((p) => k.startsWith(p))) out[k] = v;
  return out;
}

const MAX_MESSAGE = 2000;
const MAX_KEYS = 2000;

function isMessage(v: unknown): v is LocaleMessage {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  if (typeof m.message !== 'string' || m.message.length > MAX_MESSAGE) return false;
  if (m.placeholders === undefined) return true;
  if (typeof m.placeholders !== 'object' || m.placeholders === null) return false;
  return Object.values(m.placeholders).every(
    (p) => typeof p === 'object' && p !== null && typeof (p as { content?: unknown }).content === 'string',
  );
}

/** check the background's answer: per language, a catalogue of `[a-z0-9_]` keys → messages */
export function parseStrings(v: unknown): Partial<Record<Lang, LocaleFile>> {
  const out: Partial<Record<Lang, LocaleFile>> = {};
  if (typeof v !== 'object' || v === null) return out;
  for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
    const file = (v as Record<string, unknown>)[lang];
    if (typeof file !== 'object' || file === null) continue;
    const entries = Object.entries(file);
    if (entries.length > MAX_KEYS) continue;
    const ok: LocaleFile = {};
    for (const [k, m] of entries) if (/^[a-z0-9_]+$/.test(k) && isMessage(m)) ok[k] = m;
    out[lang] = ok;
  }
  return out;
}
