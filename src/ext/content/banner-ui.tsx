/**
 * Mount the banner in a closed shadow root: a `<shillguard-banner>` host appended to the body, reset
 * with `all: initial`, the CSS as a string inside the root, the UI in a `<div>` after it (the layout
 * WXT's `createShadowRootUi` makes, without its loader code in every page's bundle). The UI is removed
 * with the content script's context.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Banner, type BannerProps } from '../../ui/banner/Banner';
import { BANNER_CSS } from '../../ui/banner/styles';
import { timed } from './perf';

export const BANNER_TAG = 'shillguard-banner';

/** the page's styles do not reach into the root; this keeps inherited ones off the host too */
const HOST_RESET = ':host{all:initial !important;}';

export interface BannerUi {
  show(props: BannerProps): Promise<void>;
  hide(): void;
  readonly shown: boolean;
}

export function createBannerUi(ctx: ContentScriptContext): BannerUi {
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;

  const remove = () => {
    if (container) render(null, container);
    host?.remove();
    host = undefined;
    container = undefined;
  };
  ctx.onInvalidated(remove);

  return {
    get shown() {
      return !!host;
    },
    async show(p) {
      if (ctx.isInvalid) return;
      if (!host || !container || !host.isConnected) {
        remove();
        host = document.createElement(BANNER_TAG);
        const shadow = host.attachShadow({ mode: 'closed' });
        const style = document.createElement('style');
        style.textContent = `${HOST_RESET}\n${BANNER_CSS}`;
        container = document.createElement('div');
        shadow.append(style, container);
        (document.body ?? document.documentElement).append(host);
      }
      const c = container;
      timed('banner', () => render(<Banner {...p} />, c));
    },
    hide() {
      remove();
    },
  };
}
