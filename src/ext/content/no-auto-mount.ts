/**
 * Stands in for `@1natsu/wait-element` in the content script's build (wxt.config.ts): WXT's content
 * script UIs use it only for `autoMount` (waiting for an anchor to appear), which the banner never calls.
 * Leaving it out keeps it and its helpers (many-keys-map, defu) out of every page's bundle.
 */
export function waitElement(): Promise<never> {
  return Promise.reject(new Error('autoMount is not part of the content script build'));
}
