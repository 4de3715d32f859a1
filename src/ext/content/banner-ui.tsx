/**
 * Mount the banner in a closed shadow root through WXT (`createShadowRootUi`, `mode: 'closed'`,
 * the host reset with `all: initial`); the UI is removed with the content script's context.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Banner, type BannerProps } from '../../ui/banner/Banner';
import { BANNER_CSS } from '../../ui/banner/styles';
import { timed } from './perf';

export const BANNER_TAG = 'shillguard-banner';

export interface BannerUi {
  show(props: BannerProps): Promise<void>;
  hide(): void;
  readonly shown: boolean;
}

export function createBannerUi(ctx: ContentScriptContext): BannerUi {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let creating: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let props: BannerProps | undefined;
  let wanted = false;

  const make = () =>
    createShadowRootUi<HTMLElement>(ctx, {
      name: BANNER_TAG,
      position: 'inline',
      anchor: () => document.body ?? document.documentElement,
      append: 'last',
      mode: 'closed',
      css: BANNER_CSS,
      onMount(container) {
        const p = props;
        if (p) timed('banner', () => render(<Banner {...p} />, container));
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });

  return {
    get shown() {
      return !!ui && wanted;
    },
    async show(p) {
      props = p;
      wanted = true;
      if (ui) {
        const c = ui.uiContainer;
        timed('banner', () => render(<Banner {...p} />, c));
        return;
      }
      creating ??= make();
      const made = await creating;
      creating = undefined;
      if (!wanted || ctx.isInvalid) return;
      ui = made;
      ui.mount();
    },
    hide() {
      wanted = false;
      ui?.remove();
      ui = undefined;
    },
  };
}
