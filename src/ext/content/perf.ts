/**
 * Timing marks for `npm run bench:browser`: only in a build made with `--mode bench`; a production
 * build drops them (the condition is a build-time constant), so pages never see our entries.
 */
export const PERF_ENABLED = import.meta.env.MODE === 'bench';

/** record a `shillguard:<name>` measure from `start` (a performance.now() value) to now */
export function perf(name: string, start: number): void {
  if (!PERF_ENABLED) return;
  performance.measure(`shillguard:${name}`, { start, end: performance.now() });
}

/** run `fn` and record its time */
export function timed<T>(name: string, fn: () => T): T {
  if (!PERF_ENABLED) return fn();
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    perf(name, t0);
  }
}
