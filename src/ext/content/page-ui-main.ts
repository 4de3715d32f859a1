/** The injected UI script's side of `src/ext/content/page-ui.ts`: what it leaves for the content script. */
import { installStrings } from '../../ui/banner/strings';
import { createHighlighter } from '../../ui/highlight/highlight';
import { createBannerUi } from './banner-ui';
import { PAGE_UI_KEY, type PageUi } from './page-ui';
import { perf } from './perf';

export function offerPageUi(t0: number): void {
  const api: PageUi = {
    installStrings(strings) {
      for (const [l, file] of Object.entries(strings)) if (file) installStrings(l as keyof typeof strings, file);
    },
    createBannerUi,
    createHighlighter,
  };
  (globalThis as unknown as Record<string, unknown>)[PAGE_UI_KEY] = api;
  perf('ui', t0);
}
