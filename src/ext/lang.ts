/** The language an extension page shows: the reader's setting, else the browser's UI language. */
import { browser } from 'wxt/browser';
import { type Lang, pickLang } from '../i18n';
import type { LanguageSetting } from '../settings/schema';
import { getSettings } from './storage';

export function browserLanguage(): string {
  const fromApi = browser.i18n?.getUILanguage?.();
  return fromApi || (typeof navigator !== 'undefined' ? navigator.language : 'en');
}

export function langFor(setting: LanguageSetting | undefined): Lang {
  return pickLang(setting, browserLanguage());
}

export async function currentLang(): Promise<Lang> {
  return langFor((await getSettings()).language);
}
