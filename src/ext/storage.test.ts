import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DECISIONS, DEFAULT_SETTINGS, trustSite } from '../settings';
import {
  clearStoredData,
  getDecisions,
  getSettings,
  isHostProtected,
  setSettings,
  settingsItem,
  storageNoticeItem,
  updateDecisions,
  watchSettings,
} from './storage';

describe('extension storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives defaults on first run, with no notice', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getDecisions()).toEqual(DEFAULT_DECISIONS);
    expect(await storageNoticeItem.getValue()).toBe(false);
  });

  it('resets corrupt settings to defaults and raises the notice', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'banana', highlights: 3 }, settings$: { v: 2 } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await storageNoticeItem.getValue()).toBe(true);
    const stored = (await fakeBrowser.storage.local.get('settings')).settings;
    expect(stored).toEqual(DEFAULT_SETTINGS);
  });

  it('resets corrupt decisions and raises the notice', async () => {
    await fakeBrowser.storage.local.set({ decisions: 'not json', decisions$: { v: 1 } });
    expect(await getDecisions()).toEqual(DEFAULT_DECISIONS);
    expect(await storageNoticeItem.getValue()).toBe(true);
  });

  it('migrates a stored v1 value to the current shape', async () => {
    await fakeBrowser.storage.local.set({
      settings: { sensitivity: 'low', showCaution: true, highlight: true, lang: 'en' },
    });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      sensitivity: 'relaxed',
      bannerOnCaution: true,
      language: 'en',
    });
    expect(await storageNoticeItem.getValue()).toBe(false);
  });

  it('writes the migrated value back with its version', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'high', showCaution: false } });
    expect((await getSettings()).sensitivity).toBe('strict');
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    expect((stored.settings as { sensitivity: string }).sensitivity).toBe('strict');
  });

  it('reads a value from a newer build as unreadable: defaults and the notice', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'strict' }, settings$: { v: 99 } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await storageNoticeItem.getValue()).toBe(true);
  });

  it('reads data an earlier build wrote (value under its key, { v: 1 } under key$) and migrates it', async () => {
    await fakeBrowser.storage.local.set({
      settings: { sensitivity: 'medium', showCaution: false, highlight: false, lang: 'zh_TW' },
      settings$: { v: 1 },
    });
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      sensitivity: 'normal',
      bannerOnCaution: false,
      highlights: false,
      language: 'zh-TW',
    });
    expect(await storageNoticeItem.getValue()).toBe(false);
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    expect(stored.settings).toMatchObject({ sensitivity: 'normal', language: 'zh-TW' });
  });

  it('resets corrupt old-layout data after migrating it, with the notice', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'loud', lang: 'klingon' }, settings$: { v: 1 } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await storageNoticeItem.getValue()).toBe(true);
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
  });

  it("a value from a newer build, once reset, is stored as this build's: later reads keep changes", async () => {
    await fakeBrowser.storage.local.set({ decisions: { trustedSites: ['a.example'] }, decisions$: { v: 99 } });
    expect(await getDecisions()).toEqual(DEFAULT_DECISIONS);
    expect(await storageNoticeItem.getValue()).toBe(true);
    expect((await fakeBrowser.storage.local.get('decisions$')).decisions$).toEqual({ v: 1 });
    await storageNoticeItem.setValue(false);
    await updateDecisions((d) => trustSite(d, 'bank.example'));
    expect((await getDecisions()).trustedSites).toEqual(['bank.example']);
    expect(await storageNoticeItem.getValue()).toBe(false);
  });

  it('gives watchers validated settings, and defaults when storage is cleared', async () => {
    const seen: unknown[] = [];
    const off = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'banana', highlights: false } });
    await clearStoredData();
    await new Promise((r) => setTimeout(r, 0));
    off();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, highlights: false }, DEFAULT_SETTINGS]);
  });

  it('a reader woken by the first write sees it with its version (not as old data to migrate again)', async () => {
    // the background reads the settings whenever they change
    const reads: Promise<unknown>[] = [];
    const off = watchSettings(() => reads.push(getSettings()));
    await setSettings({ language: 'en' });
    await new Promise((r) => setTimeout(r, 10));
    await Promise.all(reads);
    off();
    expect(reads.length).toBeGreaterThan(0);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ language: 'en' });
    expect((await getSettings()).language).toBe('en');
  });

  it('does not call watchers when a write changes nothing', async () => {
    await setSettings({ sensitivity: 'relaxed' });
    const seen: string[] = [];
    const off = watchSettings((s) => seen.push(s.sensitivity));
    await setSettings({ sensitivity: 'relaxed' });
    await setSettings({ sensitivity: 'strict' });
    await new Promise((r) => setTimeout(r, 0));
    off();
    expect(seen).toEqual(['strict']);
  });

  it('saves a change and validates it', async () => {
    expect((await setSettings({ sensitivity: 'strict' })).sensitivity).toBe('strict');
    expect((await settingsItem.getValue()).sensitivity).toBe('strict');
    // an invalid patch does not reach storage
    await setSettings({ language: 'xx' as never });
    expect((await getSettings()).language).toBe('auto');
  });

  it('tells watchers about changes', async () => {
    const seen: string[] = [];
    const off = watchSettings((s) => seen.push(s.sensitivity));
    await setSettings({ sensitivity: 'relaxed' });
    await new Promise((r) => setTimeout(r, 0));
    off();
    expect(seen).toContain('relaxed');
  });

  it('trusting a site turns protection off there only', async () => {
    await updateDecisions((d) => trustSite(d, 'bank.example'));
    expect(await isHostProtected('bank.example')).toBe(false);
    expect(await isHostProtected('other.example')).toBe(true);
  });

  it('clears everything', async () => {
    await setSettings({ highlights: false });
    await updateDecisions((d) => trustSite(d, 'bank.example'));
    await clearStoredData();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getDecisions()).toEqual(DEFAULT_DECISIONS);
  });
});
