import { runContent } from '../../src/ext/content/controller';

// The in-page warning: see src/ext/content/controller.ts for how the parts fit.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // the banner's CSS goes into its shadow root as a string; nothing is injected into the page
  cssInjectionMode: 'manual',
  // WXT's "script started" notice goes out as a DOM event only: no window.postMessage that every page's
  // message listeners would receive (and that makes Chromium collect source positions for the whole
  // bundle while it is being evaluated, when DevTools is attached)
  noScriptStartedPostMessage: true,
  main(ctx) {
    return runContent(ctx);
  },
});
