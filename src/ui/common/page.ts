/** Shared set-up of an extension page: palette variables and the page language. */
import { htmlLang, type Lang, t } from '../../i18n';
import { paletteCss } from './palette';

export function applyPalette(doc: Document): void {
  const id = 'sg-palette';
  if (doc.getElementById(id)) return;
  const style = doc.createElement('style');
  style.id = id;
  style.textContent = paletteCss();
  doc.head.append(style);
}

/** Set `<html lang>` and the title (a message key) for the chosen language. */
export function setPageLang(doc: Document, lang: Lang, titleKey: string): void {
  doc.documentElement.lang = htmlLang(lang);
  doc.title = t(titleKey, lang);
}
