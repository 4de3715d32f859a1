/**
 * First run: on install, open the welcome page and scan the tabs that were already open.
 * Chrome does not inject content scripts into open tabs, so the Chrome build (with `scripting`) injects
 * them once; Firefox injects them by itself, and its MV2 build has no `scripting` API, so nothing to do.
 */
import { browser } from 'wxt/browser';

interface ScriptingApi {
  executeScript(o: { target: { tabId: number; allFrames?: boolean }; files: string[] }): Promise<unknown>;
}

/** The content script files the manifest declares (the build names them). */
export function contentScriptFiles(manifest: { content_scripts?: { js?: string[] }[] }): string[] {
  return [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
}

export function isWebTab(url: string | undefined): boolean {
  return !!url && /^https?:\/\//.test(url);
}

/** Inject the content script into open http(s) tabs. Returns how many tabs took it. */
export async function scanOpenTabs(): Promise<number> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (!scripting) return 0;
  const files = contentScriptFiles(browser.runtime.getManifest() as { content_scripts?: { js?: string[] }[] });
  if (files.length === 0) return 0;
  const tabs = await browser.tabs.query({});
  let n = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || !isWebTab(tab.url) || tab.discarded) continue;
    try {
      await scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files });
      n++;
    } catch {
      // a tab the browser keeps scripts out of (a store page, an error page): it is scanned on its next load
    }
  }
  return n;
}

export async function onInstalled(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  await scanOpenTabs();
}
