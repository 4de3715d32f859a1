/**
 * The extension's stored state (`storage.local` only: nothing syncs off the machine). Settings and the
 * reader's decisions are stored apart, each versioned with migrations, bounded and validated on every
 * read: corrupt data resets to defaults and raises a notice the options page shows.
 *
 * Read and written by the extension's own pages and the background only (the content script asks the
 * background: `cs:get-state`). A small typed item over `browser.storage.local`, written when the content
 * script still read storage and had to stay small (WXT's storage item would do the same now): the value
 * under its key, `{ v: version }` under `key$` (the layout WXT's storage uses, so data written by earlier
 * builds reads the same), migrations from `src/settings/` run on read and written back; a value newer than
 * this build reads as unreadable, which resets it like corrupt data.
 */
import { browser } from 'wxt/browser';
import {
  DECISIONS_MIGRATIONS,
  DECISIONS_VERSION,
  DEFAULT_DECISIONS,
  DEFAULT_SETTINGS,
  type Decisions,
  isProtected,
  migrate,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
  validateDecisions,
  validateSettings,
} from '../settings';

export interface StoredItem<T> {
  key: string;
  /** the stored value, migrated to this build's version, or the fallback when none is stored */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** `cb` on every change, from any extension context; returns unwatch */
  watch(cb: (value: T) => void): () => void;
  /** run the migrations on the stored value now */
  migrate(): Promise<void>;
}

function defineItem<T>(
  key: string,
  opts: { fallback: () => T; version?: number; migrations?: Record<number, (old: unknown) => unknown> },
): StoredItem<T> {
  const version = opts.version ?? 1;
  const metaKey = `${key}$`;
  const area = () => browser.storage.local;
  const read = async (): Promise<T> => {
    const got = await area().get([key, metaKey]);
    const value = got[key];
    if (value == null) return opts.fallback();
    const meta = got[metaKey];
    const v =
      meta && typeof meta === 'object' && typeof (meta as { v?: unknown }).v === 'number'
        ? (meta as { v: number }).v
        : 1;
    if (v > version) throw new Error(`${key}: stored v${v} is newer than v${version}`);
    if (v === version) return value as T;
    const next = migrate(value, v, version, opts.migrations ?? {});
    await area().set({ [key]: next, [metaKey]: { ...(meta as object), v: version } });
    return next as T;
  };
  return {
    key,
    getValue: read,
    async setValue(value) {
      await area().set({ [key]: value, [metaKey]: { v: version } });
    },
    watch(cb) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, areaName: string) => {
        const c = areaName === 'local' ? changes[key] : undefined;
        // a write of the same value is no change (plain JSON data: compared as text)
        if (!c || JSON.stringify(c.newValue) === JSON.stringify(c.oldValue)) return;
        cb((c.newValue ?? opts.fallback()) as T);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    async migrate() {
      await read();
    },
  };
}

export const settingsItem = defineItem<Settings>('settings', {
  fallback: () => ({ ...DEFAULT_SETTINGS }),
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export const decisionsItem = defineItem<Decisions>('decisions', {
  fallback: () => structuredClone(DEFAULT_DECISIONS) as Decisions,
  version: DECISIONS_VERSION,
  migrations: DECISIONS_MIGRATIONS,
});

/** Set when stored data was found corrupt and reset; cleared when the reader dismisses the notice. */
export const storageNoticeItem = defineItem<boolean>('storageNotice', { fallback: () => false });

async function readChecked<T>(item: StoredItem<T>, check: (v: unknown) => { value: T; corrupt: boolean }): Promise<T> {
  let raw: unknown;
  try {
    raw = await item.getValue();
  } catch {
    // A migration that cannot read the stored value: same path as corrupt data.
    raw = Symbol('unreadable');
  }
  const r = check(raw);
  if (r.corrupt) {
    await item.setValue(r.value);
    await storageNoticeItem.setValue(true);
  }
  return r.value;
}

export function getSettings(): Promise<Settings> {
  return readChecked(settingsItem, validateSettings);
}

export function getDecisions(): Promise<Decisions> {
  return readChecked(decisionsItem, (v) => validateDecisions(v));
}

export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = validateSettings({ ...(await getSettings()), ...patch }).value;
  await settingsItem.setValue(next);
  return next;
}

/** Apply a pure update (from `src/settings/decisions.ts`) to the stored decisions. */
export async function updateDecisions(f: (d: Decisions) => Decisions): Promise<Decisions> {
  const next = validateDecisions(f(await getDecisions())).value;
  await decisionsItem.setValue(next);
  return next;
}

/** Call `cb` with validated settings whenever they change (in any extension context). Returns unwatch. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(validateSettings(v).value));
}

export function watchDecisions(cb: (d: Decisions) => void): () => void {
  return decisionsItem.watch((v) => cb(validateDecisions(v).value));
}

export async function isHostProtected(host: string | undefined, now = Date.now()): Promise<boolean> {
  return isProtected(await getDecisions(), host, now);
}

/** "Clear stored data": everything this extension keeps in `storage.local` (settings back to defaults). */
export async function clearStoredData(): Promise<void> {
  await browser.storage.local.clear();
}
