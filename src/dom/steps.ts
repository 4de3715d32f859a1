/**
 * Resumable work: a step generator yields now and then (`tick()` true every `STEP_EVERY` units of work,
 * or sooner once a step has run `STEP_MS`) so its driver can check a deadline and stop between slices;
 * `drain` runs one to the end at once.
 */
export type Steps<T> = Generator<void, T, void>;

/** units of work (loop turns) between two yields at most */
export const STEP_EVERY = 256;
/**
 * a step's length (ms) after which the next unit yields: units differ a hundredfold in cost (a comment's
 * text filled in against a metadata pair read), and a cold first pass costs several times a warm one, so a
 * count alone made steps of 20–40 ms on a page of thousands of comments
 */
export const STEP_MS = 1;
/** units between two clock reads */
const CLOCK_EVERY = 8;

/**
 * A counter: true every `every` calls, or on a clock read (every few calls) once `ms` passed since it last
 * returned true, when the caller should yield. The clock starts on the first call (a generator's first
 * step), not when the pacer is made.
 */
export function pacer(every = STEP_EVERY, ms = STEP_MS): () => boolean {
  let n = 0;
  let since = -1;
  return () => {
    n++;
    if (n < every && n % CLOCK_EVERY !== 0) return false;
    const now = performance.now();
    if (since < 0) since = now;
    if (n < every && now - since < ms) return false;
    n = 0;
    since = now;
    return true;
  };
}

/** Run step generator `g` to the end and return its value. */
export function drain<T>(g: Steps<T>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}
