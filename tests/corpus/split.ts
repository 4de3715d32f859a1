/**
 * Training / validation split of the corpus, fixed by a hash of the page's path so that it never
 * depends on the order files are listed in or on who wrote them.
 *
 * A page is in the validation split when FNV-1a 32-bit of `<lang-dir>/<file>` (for example
 * `en/scam-recovery-hacker-forum.html`, UTF-8 bytes) is divisible by 3. Nobody looks at validation pages
 * while tuning the engine.
 */

/** FNV-1a, 32-bit, over the UTF-8 bytes of `s`. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** `relPath` is `<lang-dir>/<file>`, forward slashes, e.g. `en/clean-bank-help-1800.html`. */
export function isValidation(relPath: string): boolean {
  return fnv1a32(relPath) % 3 === 0;
}

export type Split = 'training' | 'validation';

export function splitOf(relPath: string): Split {
  return isValidation(relPath) ? 'validation' : 'training';
}
