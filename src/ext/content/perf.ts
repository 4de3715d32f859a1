/**
 * Timing marks for `npm run bench:browser`: only in a build made with `--mode bench`; a production
 * build drops them (the condition is a build-time constant), so pages never see our entries.
 */
export const PERF_ENABLED = import.meta.env.MODE === 'bench';

/** measures not yet handed to the performance timeline: [name, start, end, detail] */
const pending: [string, number, number, string | undefined][] = [];
let flushing = false;
/** how long after a record the pending ones are handed over (in a task that runs none of the engine) */
const FLUSH_MS = 50;

function flush(): void {
  flushing = false;
  const t0 = performance.now();
  const batch = pending.splice(0);
  for (const [name, start, end, detail] of batch) {
    performance.measure(`shillguard:${name}`, { start, end, ...(detail ? { detail } : {}) });
  }
  // the flush is a task of its own: its measure (handed over with the next batch, or alone when none
  // follows) lets the bench tell its cost from the work measured
  if (batch.some(([name]) => name !== 'flush')) {
    pending.push(['flush', t0, performance.now(), undefined]);
    flushing = true;
    setTimeout(flush, FLUSH_MS);
  }
}

/**
 * Record a `shillguard:<name>` measure from `start` (a performance.now() value) to now; `detail` says
 * more (a slice's engine stages). Every slice, report step and render is one measure, so the record
 * holds each one's duration (bench:browser reads the longest). The measures are created later, in a
 * timer task of their own: `performance.measure` under a trace costs about a millisecond, which would
 * otherwise be counted in the very tasks it measures (the trace places a measure at its start).
 */
export function perf(name: string, start: number, detail?: string): void {
  if (!PERF_ENABLED) return;
  pending.push([name, start, performance.now(), detail]);
  if (!flushing) {
    flushing = true;
    setTimeout(flush, FLUSH_MS);
  }
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
