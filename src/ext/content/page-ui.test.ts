import { describe, expect, it } from 'vitest';
import { PAGE_UI_KEY, takePageUi } from './page-ui';
import { offerPageUi } from './page-ui-main';

describe('the in-page UI handed from its injected script to the content script', () => {
  it('is taken once, whole, and removed from the global', () => {
    const g = globalThis as unknown as Record<string, unknown>;
    offerPageUi(performance.now());
    const ui = takePageUi();
    expect(ui && Object.keys(ui).sort()).toEqual(['createBannerUi', 'createHighlighter', 'installStrings']);
    expect(PAGE_UI_KEY in g).toBe(false);
    expect(takePageUi()).toBeUndefined();
  });

  it('takes nothing that is not the whole API', () => {
    for (const v of [undefined, null, 42, {}, { installStrings() {}, createBannerUi() {} }]) {
      const g: Record<string, unknown> = { [PAGE_UI_KEY]: v };
      expect(takePageUi(g)).toBeUndefined();
      expect(PAGE_UI_KEY in g).toBe(false);
    }
  });
});
