/**
 * Drive the engine's resumable session in slices that yield to the page: each slice works until
 * `now + SLICE_MS`, then gives the main thread back (`scheduler.yield` where present, else a macrotask).
 */
import type { Steps } from '../../dom/steps';
import type { ScanSession } from '../../engine/session';
import { PERF_ENABLED, perf } from './perf';

/**
 * a slice's budget (the model and the facts): with the step's own overshoot, or a young-generation
 * collection of a few ms landing in it, no slice should pass 10 ms (8 ms did, with either)
 */
export const SLICE_MS = 6;
/**
 * the budget of a slice that starts a stage (a drive's first slice, the walk; the slice after a stage
 * ended, the model or the facts): it runs that stage's code for the first time (and the walk's first
 * visibility test brings the page's style up to date), so a unit of work between two clock reads costs
 * several times what it costs later
 */
export const COLD_SLICE_MS = 3;
/**
 * the walk's budget: the walk keeps almost all it allocates (a wrapper and a record per node), so the
 * young generation's collections that land in its slices copy a lot (several ms of CPU); a shorter
 * slice leaves room for one
 */
export const WALK_SLICE_MS = 4;

export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((ok) => {
    // a MessageChannel task is not clamped like nested setTimeout(0)
    if (typeof MessageChannel === 'function') {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => ok();
      ch.port2.postMessage(null);
    } else setTimeout(ok, 0);
  });
}

/** Evaluate lazily bundled modules in a task of their own (a measure marks it for bench:browser). */
export async function evaluate<T>(load: () => Promise<T>): Promise<T> {
  await yieldToMain();
  const t0 = performance.now();
  const m = await load();
  perf('engine', t0);
  return m;
}

/** Step `session` to the end. Returns false when `cancelled()` turned true on the way. */
export async function drive(session: ScanSession, cancelled: () => boolean): Promise<boolean> {
  // a stage starts in the slice after the one that ended the last (the session stops there)
  for (let cold = true; ; ) {
    if (cancelled()) return false;
    const t0 = performance.now();
    const from = session.stage();
    const done = session.step(t0 + (cold ? COLD_SLICE_MS : from === 'walk' ? WALK_SLICE_MS : SLICE_MS));
    const to = session.stage();
    cold = to !== from;
    // the stages, then the longest step and what it was ("facts; compile 4.2"): only in a bench build (a
    // production build drops the branch, and with it the text no one reads)
    if (PERF_ENABLED) {
      const long = session.longestStep();
      perf('slice', t0, `${from === to ? from : `${from}→${to}`}; ${long.what} ${long.ms.toFixed(1)}`);
    }
    if (done) return true;
    await yieldToMain();
  }
}

/**
 * Run a generator of engine steps (scoring) in slices of `SLICE_MS`, each recorded as `name`. Returns
 * its value, or undefined when `cancelled()` turned true between two slices.
 */
export async function driveSteps<T>(steps: Steps<T>, name: string, cancelled: () => boolean): Promise<T | undefined> {
  for (;;) {
    const t0 = performance.now();
    let last = t0;
    let most = 0;
    let r = steps.next();
    for (;;) {
      if (r.done) break;
      // the next step is taken to cost what the longest of this slice did: stop when it would end past the budget
      const now = performance.now();
      most = Math.max(most, now - last);
      if (now + most - t0 >= SLICE_MS) break;
      last = now;
      r = steps.next();
    }
    perf(name, t0);
    if (r.done) return r.value;
    await yieldToMain();
    if (cancelled()) return undefined;
  }
}
