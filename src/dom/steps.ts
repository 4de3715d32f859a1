/**
 * Resumable work: a step generator yields now and then (`tick()` every `STEP_EVERY` units of work) so
 * its driver can check a deadline and stop between slices; `drain` runs one to the end at once.
 */
export type Steps<T> = Generator<void, T, void>;

/** units of work (loop turns) between two yields */
export const STEP_EVERY = 256;

/** A counter: true every `every` calls, when the caller should yield. */
export function pacer(every = STEP_EVERY): () => boolean {
  let n = 0;
  return () => {
    n++;
    if (n < every) return false;
    n = 0;
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
