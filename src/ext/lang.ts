/** The language an extension page shows: the reader's setting, else the browser's UI language. */
import { browser } from 'wxt/browser';
import { type Lang, pickLang } from '../i18n';
import type { LanguageSetting } from '../settings/schema';
import { getSettings } from './storage';

/** The reader's preferred language as the browser states it (`navigator.language`, as the content script
 * reads it), else the browser's UI language (Firefox's is its build's, often English). */
export function browserLanguage(): string {
  const nav = typeof navigator !== 'undefined' ? navigator.language : '';
  return nav || browser.i18n?.getUILanguage?.() || 'en';
}

export function langFor(setting: LanguageSetting | undefined): Lang {
  return pickLang(setting, browserLanguage());
}

export async function currentLang(): Promise<Lang> {
  return langFor((await getSettings()).language);
}
