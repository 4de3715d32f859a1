/**
 * The extension's stored state (WXT storage items, `storage.local` only: nothing syncs off the machine).
 * Settings and the reader's decisions are stored apart, each versioned with migrations, bounded and
 * validated on every read: corrupt data resets to defaults and raises a notice the options page shows.
 */
import { storage } from 'wxt/utils/storage';
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

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS as Record<number, (old: unknown) => Settings>,
});

export const decisionsItem = storage.defineItem<Decisions>('local:decisions', {
  fallback: structuredClone(DEFAULT_DECISIONS),
  version: DECISIONS_VERSION,
  migrations: DECISIONS_MIGRATIONS as Record<number, (old: unknown) => Decisions>,
});

/** Set when stored data was found corrupt and reset; cleared when the reader dismisses the notice. */
export const storageNoticeItem = storage.defineItem<boolean>('local:storageNotice', { fallback: false });

async function readChecked<T>(
  item: { getValue(): Promise<T>; setValue(v: T): Promise<void> },
  check: (v: unknown) => { value: T; corrupt: boolean },
): Promise<T> {
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
  await storage.clear('local');
}
