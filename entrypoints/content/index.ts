import { runContent } from '../../src/ext/content/controller';

// The in-page warning: see src/ext/content/controller.ts for how the parts fit.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // the banner's CSS goes into its shadow root as a string; nothing is injected into the page
  cssInjectionMode: 'manual',
  main(ctx) {
    return runContent(ctx);
  },
});
