/**
 * Timing marks for `npm run bench:browser`: only in a build made with `--mode bench`; a production
 * build drops them (the condition is a build-time constant), so pages never see our entries.
 */
export const PERF_ENABLED = import.meta.env.MODE === 'bench';

/**
 * Record a `shillguard:<name>` measure from `start` (a performance.now() value) to now; `detail` says
 * more (a slice's engine stages). Every slice, report step and render is one measure, so the record
 * holds each one's duration (bench:browser reads the longest).
 */
export function perf(name: string, start: number, detail?: string): void {
  if (!PERF_ENABLED) return;
  performance.measure(`shillguard:${name}`, { start, end: performance.now(), ...(detail ? { detail } : {}) });
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
