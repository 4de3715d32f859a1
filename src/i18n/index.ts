/**
 * Translation over the extension's `_locales` files, imported at build time so the reader's language
 * setting can override the browser's (`browser.i18n` follows the browser only). Pure: no browser API;
 * callers pass the browser's language in (`browserLanguage()` in `src/ext/lang.ts`).
 *
 * `t(key, lang, ...subs)`: `$1`..`$9` and named `$name$` placeholders as in Chrome's `messages.json`.
 * A key missing in a language falls back to English; a key missing everywhere gives '' (never the raw key:
 * a test keeps every key used in code present in all languages).
 */
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import zhTW from '../../public/_locales/zh_TW/messages.json';
import type { LanguageSetting } from '../settings/schema';

export type Lang = 'en' | 'zh-CN' | 'zh-TW';
export const LANGS: readonly Lang[] = ['en', 'zh-CN', 'zh-TW'];

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleFile = Record<string, LocaleMessage>;

export const CATALOGS: Readonly<Record<Lang, LocaleFile>> = {
  en: en as LocaleFile,
  'zh-CN': zhCN as LocaleFile,
  'zh-TW': zhTW as LocaleFile,
};

/** Map a BCP 47 tag to one of ours: zh-TW/zh-HK/zh-MO/zh-Hant → zh-TW, other zh → zh-CN, else en. */
export function langFromTag(tag: string | undefined | null): Lang {
  const t = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  if (t === 'zh' || t.startsWith('zh-')) {
    if (/(^|-)hant(-|$)/.test(t) || /^zh-(tw|hk|mo)(-|$)/.test(t)) return 'zh-TW';
    return 'zh-CN';
  }
  return 'en';
}

/** The language to show: the setting when fixed, else the browser's UI language. */
export function pickLang(setting: LanguageSetting | undefined, browserTag?: string | null): Lang {
  if (setting === 'en' || setting === 'zh-CN' || setting === 'zh-TW') return setting;
  return langFromTag(browserTag);
}

/** Expand `$name$` to its placeholder content (e.g. `$1`), then `$1`..`$9`; `$$` is a literal `$`. */
export function format(m: LocaleMessage, subs: readonly (string | number)[]): string {
  let s = m.message;
  const ph = m.placeholders;
  if (ph) {
    s = s.replace(/\$([a-zA-Z0-9_@]+)\$/g, (all, name: string) => {
      const p = ph[name.toLowerCase()] ?? ph[name];
      return p ? p.content : all;
    });
  }
  return s.replace(/\$(\$|[1-9])/g, (_all, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
}

export function has(key: string, lang: Lang = 'en'): boolean {
  return Object.hasOwn(CATALOGS[lang], key);
}

export function t(key: string, lang: Lang, ...subs: (string | number)[]): string {
  const m = CATALOGS[lang][key] ?? CATALOGS.en[key];
  return m ? format(m, subs) : '';
}

/** `t` with a fallback key for open-ended keys (an engine message key this build does not know yet). */
export function tOr(key: string, fallbackKey: string, lang: Lang, ...subs: (string | number)[]): string {
  return t(key, lang, ...subs) || t(fallbackKey, lang, ...subs);
}

/** The `lang` attribute for a page in this language. */
export function htmlLang(lang: Lang): string {
  return lang === 'en' ? 'en' : lang === 'zh-TW' ? 'zh-Hant-TW' : 'zh-Hans-CN';
}
