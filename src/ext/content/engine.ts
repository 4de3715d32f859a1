/**
 * The detection engine is not part of the content script, which runs on every page and every frame: it is
 * a script of its own (`entrypoints/engine.ts`) that the background injects into a frame (`cs:load-engine`)
 * the first time that frame has something to scan: the top frame at once, a sub-frame only when its first
 * look finds a contact cue. Like the in-page UI (./page-ui.ts) it runs in the content script's isolated
 * world and leaves its API on that world's global (`ENGINE_KEY`), which the content script takes and
 * removes; the page cannot see that world. The content script hands it the tables the background sent
 * (shape-checked by `parseT2sAnswer` and `parseLexiconsAnswer`), and it evaluates its parts lazily, each in
 * a task of its own.
 */
import type { CheckedLexicons } from '../../messages';

/** the global of the content script's isolated world the injected engine leaves its API under */
export const ENGINE_KEY = '__shillguardEngine';
/** the injected engine script, as the build names it */
export const ENGINE_FILE = 'engine.js';

export type Engine = typeof import('./parts/engine');

export interface EngineApi {
  /** the traditional → simplified pairs and the lexicons' answer, installed for the engine's modules */
  install(t2s: string, lexicons: CheckedLexicons): void;
  /** the engine's parts evaluated (each in a task of its own), once */
  load(): Promise<Engine>;
}

const isEngineApi = (v: unknown): v is EngineApi =>
  typeof v === 'object' &&
  v !== null &&
  ['install', 'load'].every((k) => typeof (v as Record<string, unknown>)[k] === 'function');

/** Take the API the engine script left (once): undefined when it is not there. */
export function takeEngine(
  global: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): EngineApi | undefined {
  const v = global[ENGINE_KEY];
  delete global[ENGINE_KEY];
  return isEngineApi(v) ? v : undefined;
}
