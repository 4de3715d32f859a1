import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentScriptFiles, isWebTab, onInstalled, scanOpenTabs } from './welcome';

describe('first run', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('opens the welcome page on install only', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1' });
    await onInstalled({ reason: 'update' });
    await onInstalled({ reason: 'browser_update' });
    expect(create).not.toHaveBeenCalled();
    await onInstalled({ reason: 'install' });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0].url).toMatch(/\/welcome\.html$/);
  });

  it('reads the content script files from the manifest', () => {
    expect(
      contentScriptFiles({
        content_scripts: [{ js: ['content-scripts/content.js'] }, { js: ['content-scripts/content.js', 'b.js'] }, {}],
      }),
    ).toEqual(['content-scripts/content.js', 'b.js']);
    expect(contentScriptFiles({})).toEqual([]);
  });

  it('injects into web tabs only', async () => {
    expect(isWebTab('https://a.example/')).toBe(true);
    expect(isWebTab('http://127.0.0.1:8080/x')).toBe(true);
    expect(isWebTab('chrome://extensions')).toBe(false);
    expect(isWebTab('file:///x.html')).toBe(false);
    expect(isWebTab(undefined)).toBe(false);

    const calls: { tabId: number; files: string[] }[] = [];
    const b = fakeBrowser as unknown as { scripting?: unknown };
    const saved = b.scripting;
    b.scripting = {
      executeScript: async (o: { target: { tabId: number }; files: string[] }) => {
        if (o.target.tabId === 3) throw new Error('cannot script this page');
        calls.push({ tabId: o.target.tabId, files: o.files });
      },
    };
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'x',
      version: '1',
      content_scripts: [{ matches: ['https://*/*'], js: ['content-scripts/content.js'] }],
    });
    (vi.spyOn(fakeBrowser.tabs, 'query') as unknown as { mockResolvedValue(v: unknown): void }).mockResolvedValue([
      {
        id: 1,
        url: 'https://news.example/a',
        index: 0,
        highlighted: false,
        active: true,
        pinned: false,
        incognito: false,
      },
      { id: 2, url: 'chrome://newtab/', index: 1, highlighted: false, active: false, pinned: false, incognito: false },
      {
        id: 3,
        url: 'https://chromewebstore.google.com/',
        index: 2,
        highlighted: false,
        active: false,
        pinned: false,
        incognito: false,
      },
      {
        id: 4,
        url: 'http://forum.example/t/1',
        index: 3,
        highlighted: false,
        active: false,
        pinned: false,
        incognito: false,
        discarded: true,
      },
      {
        id: 5,
        url: 'http://forum.example/t/2',
        index: 4,
        highlighted: false,
        active: false,
        pinned: false,
        incognito: false,
      },
    ]);
    try {
      expect(await scanOpenTabs()).toBe(2);
      expect(calls).toEqual([
        { tabId: 1, files: ['content-scripts/content.js'] },
        { tabId: 5, files: ['content-scripts/content.js'] },
      ]);
    } finally {
      b.scripting = saved;
    }
  });

  it('does nothing without the scripting API (the Firefox build)', async () => {
    const b = fakeBrowser as unknown as { scripting?: unknown };
    const saved = b.scripting;
    delete b.scripting;
    const manifest = vi.spyOn(fakeBrowser.runtime, 'getManifest');
    try {
      expect(await scanOpenTabs()).toBe(0);
      expect(manifest).not.toHaveBeenCalled();
    } finally {
      if (saved !== undefined) b.scripting = saved;
    }
  });
});
