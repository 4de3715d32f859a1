/**
 * Mount the banner with WXT's `createShadowRootUi`: a `<shillguard-banner>` host appended to the body,
 * a closed shadow root reset with `all: initial`, the CSS as a string inside the root, the UI in a
 * `<div>` after it (`cssInjectionMode: 'manual'` in the entrypoint: nothing is loaded or injected into
 * the page). The UI is removed with the content script's context.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Banner, type BannerProps } from '../../ui/banner/Banner';
import { BANNER_CSS } from '../../ui/banner/styles';
import { BANNER_TAG } from '../../ui/tags';
import { timed } from './perf';

export { BANNER_TAG };

export interface BannerUi {
  show(props: BannerProps): Promise<void>;
  hide(): void;
  readonly shown: boolean;
  /** how far down the viewport the banner reaches (0 when not shown): what it covers of the page */
  coverBottom(): number;
}

type Ui = ShadowRootContentScriptUi<HTMLElement>;

export function createBannerUi(ctx: ContentScriptContext): BannerUi {
  let ui: Ui | undefined;
  /** the UI being made (createShadowRootUi is async); a hide() meanwhile bumps `gen` and drops it */
  let making: Promise<Ui> | undefined;
  let gen = 0;

  const make = () =>
    createShadowRootUi(ctx, {
      name: BANNER_TAG,
      mode: 'closed',
      position: 'inline',
      anchor: () => document.body ?? document.documentElement,
      append: 'last',
      css: BANNER_CSS,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });

  const remove = () => {
    gen++;
    ui?.remove();
    ui = undefined;
    making = undefined;
  };

  return {
    get shown() {
      return !!ui;
    },
    async show(p) {
      if (ctx.isInvalid) return;
      if (!ui?.shadowHost.isConnected) {
        if (ui) remove();
        const my = gen;
        making ??= make();
        const made = await making;
        if (my !== gen || ctx.isInvalid) {
          // hidden (or the context ended) while it was being made: never shown
          made.remove();
          return;
        }
        making = undefined;
        if (ui !== made) {
          ui = made;
          made.mount();
        }
      }
      const container = ui.uiContainer;
      timed('banner', () => render(<Banner {...p} />, container));
    },
    hide() {
      remove();
    },
    coverBottom() {
      const bar = ui?.uiContainer.querySelector('.sg-banner');
      return bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
    },
  };
}
