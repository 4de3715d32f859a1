import type { RecordedRequest } from './server';

/** What one browser under test offers the e2e tests; both browsers implement it alike. */
export interface BrowserRun {
  name: 'chromium' | 'firefox';
  /** `chrome-extension://ID` / `moz-extension://UUID` (no trailing slash) */
  extensionOrigin: string;
  /** every request the browser sent through the recording proxy since launch */
  requests: RecordedRequest[];
  /**
   * requests the browser attributes to web pages and to the extension's own contexts (service worker,
   * background and extension pages), as `{ from, url }`; the proxy sees the rest (the browser's own
   * service traffic)
   */
  attributed: AttributedRequest[];
  /** hosts of the browser's own services (updates, settings), which no page or extension code reaches */
  browserServiceHosts: readonly string[];
  /** open a new tab at `url` and wait for its load event */
  open(url: string): Promise<Tab>;
  /** badge text and action title of every web tab (http/https), read in the extension's own realm */
  badges(): Promise<TabBadge[]>;
  /** evaluate an expression in the extension's own realm (service worker / an extension page); JSON back */
  extEval<T = unknown>(expression: string): Promise<T>;
  /** URLs of every open tab */
  tabUrls(): Promise<string[]>;
  /** the open tab whose URL starts with `prefix` */
  findTab(prefix: string): Promise<Tab | undefined>;
  close(): Promise<void>;
}

export interface AttributedRequest {
  from: 'page' | 'extension';
  url: string;
}

export interface TabBadge {
  tabId: number;
  text: string;
  title: string;
}

export interface Tab {
  /** evaluate an expression in the page's own (main) world; the value travels as JSON */
  eval<T = unknown>(expression: string): Promise<T>;
  /**
   * Text of the element `tag` and everything under it, closed shadow roots included
   * (`<style>` text left out). `null` when no such element exists.
   */
  shadowText(tag: string): Promise<string | null>;
  /** a real (trusted) mouse click on the first button under `tag` (shadow roots included) whose text contains `label` */
  clickInShadow(tag: string, label: string): Promise<void>;
  /** press a key (trusted) */
  press(key: 'Escape' | 'Tab' | 'Enter'): Promise<void>;
  /** save a PNG of the viewport to `path` */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Wait until `fn` returns a truthy value; throws with `what` after `ms`. */
export async function waitFor<T>(what: string, fn: () => Promise<T>, ms = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let last: T | undefined;
  for (;;) {
    last = await fn();
    if (last) return last as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last value: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
