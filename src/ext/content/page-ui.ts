/**
 * The in-page UI (banner, "Show me" highlighter, Preact, WXT's shadow-root helper) is not part of the
 * content script, which runs on every page: it is a script of its own (`entrypoints/page-ui.ts`) that
 * the background injects into the top frame (`cs:load-ui`) the first time a warning is to be shown or
 * the reader asks to see what was found. It runs in the content script's isolated world and leaves its
 * API on that world's global (`PAGE_UI_KEY`), which the content script takes and removes. The page
 * cannot see that world, and the UI's strings are handed over, as its bundle has its own copy of the
 * strings module.
 */

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Lang, LocaleFile } from '../../i18n';
import type { Highlighter, HighlightLabels } from '../../ui/highlight/highlight';
import type { BannerUi } from './banner-ui';

/** the global of the content script's isolated world the injected UI script leaves its API under */
export const PAGE_UI_KEY = '__shillguardPageUi';
/** the injected UI script, as the build names it */
export const PAGE_UI_FILE = 'page-ui.js';

export interface PageUi {
  /** the in-page strings the background sent (per language) */
  installStrings(strings: Partial<Record<Lang, LocaleFile>>): void;
  createBannerUi(ctx: ContentScriptContext): BannerUi;
  createHighlighter(doc: Document, labels: HighlightLabels): Highlighter;
}

const isPageUi = (v: unknown): v is PageUi =>
  typeof v === 'object' &&
  v !== null &&
  ['installStrings', 'createBannerUi', 'createHighlighter'].every(
    (k) => typeof (v as Record<string, unknown>)[k] === 'function',
  );

/** Take the API the UI script left (once): undefined when it is not there. */
export function takePageUi(global: Record<string, unknown> = globalThis as unknown as Record<string, unknown>) {
  const v = global[PAGE_UI_KEY];
  delete global[PAGE_UI_KEY];
  return isPageUi(v) ? v : undefined;
}
