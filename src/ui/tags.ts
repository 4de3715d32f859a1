/** the custom elements the in-page UI appends (the content script ignores what happens inside them) */
export const BANNER_TAG = 'shillguard-banner';
export const HIGHLIGHT_TAG = 'shillguard-highlight';
