/**
 * The extension's stored state (`storage.local` only: nothing syncs off the machine). Settings and the
 * reader's decisions are stored apart, each versioned with migrations, bounded and validated on every
 * read: corrupt data resets to defaults and raises a notice the options page shows.
 *
 * Read and written by the extension's own pages and the background only (the content script asks the
 * background: `cs:get-state`, so no storage code ships to pages). The items are WXT's storage items
 * (`@wxt-dev/storage`): the value under its key, `{ v: version }` under `key$`, migrations from
 * `src/settings/` keyed by the version they produce. `readChecked` runs the migrations on every read (WXT
 * runs them once when the item is defined; data can change after that), and treats a stored version newer
 * than this build, or a migration that throws, as unreadable: reset like corrupt data, notice raised.
 * Writes store the version before the value (`write`). Watchers are not called for a write that changes
 * nothing (WXT compares old and new values).
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import {
  DECISIONS_MIGRATIONS,
  DECISIONS_VERSION,
  DEFAULT_DECISIONS,
  DEFAULT_SETTINGS,
  type Decisions,
  isProtected,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
  validateDecisions,
  validateSettings,
} from '../settings';

// The fallbacks are shared values (WXT returns them as they are): readers get fresh validated copies.
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export const decisionsItem = storage.defineItem<Decisions>('local:decisions', {
  fallback: structuredClone(DEFAULT_DECISIONS) as Decisions,
  version: DECISIONS_VERSION,
  migrations: DECISIONS_MIGRATIONS,
});

/** Set when stored data was found corrupt and reset; cleared when the reader dismisses the notice. */
export const storageNoticeItem = storage.defineItem<boolean>('local:storageNotice', { fallback: false });

/**
 * Store a value of this build: its version first, then the value. WXT writes a first value and its version
 * in two calls, and a reader woken by the value alone (the background, on every change) would take it for
 * v1 data and migrate it again, losing settings.
 */
async function write<T>(item: WxtStorageItem<T, Record<string, unknown>>, version: number, value: T): Promise<void> {
  await item.setMeta({ v: version });
  await item.setValue(value);
}

async function readChecked<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  version: number,
  check: (v: unknown) => { value: T; corrupt: boolean },
): Promise<T> {
  let raw: unknown;
  try {
    await item.migrate();
    raw = await item.getValue();
  } catch {
    // A value from a newer build, or a migration that cannot read it: same path as corrupt data.
    raw = Symbol('unreadable');
  }
  const r = check(raw);
  if (r.corrupt) {
    // a value from a newer build keeps its version unless the reset writes this build's
    await write(item, version, r.value);
    await storageNoticeItem.setValue(true);
  }
  return r.value;
}

export function getSettings(): Promise<Settings> {
  return readChecked(settingsItem, SETTINGS_VERSION, validateSettings);
}

export function getDecisions(): Promise<Decisions> {
  return readChecked(decisionsItem, DECISIONS_VERSION, (v) => validateDecisions(v));
}

export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = validateSettings({ ...(await getSettings()), ...patch }).value;
  await write(settingsItem, SETTINGS_VERSION, next);
  return next;
}

/** Apply a pure update (from `src/settings/decisions.ts`) to the stored decisions. */
export async function updateDecisions(f: (d: Decisions) => Decisions): Promise<Decisions> {
  const next = validateDecisions(f(await getDecisions())).value;
  await write(decisionsItem, DECISIONS_VERSION, next);
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
  await storage.clear('local');
}
