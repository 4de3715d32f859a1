/**
 * How a handle is shown to the reader. The report keeps the normal form (12025550147), which is what
 * a report to the authorities needs; a reader looking for it on the page recognises the number as the
 * page printed it (+1 (202) 555-0147). A phone or WhatsApp number is shown as written when the page
 * wrote it plainly (ASCII digits and the usual separators, the same digits as the normal form);
 * a disguised form (full-width, spelled out, split by emoji) is never shown: the normal form is clearer.
 */
import type { Handle } from '../../report/types';

/** a number written plainly: digits grouped by spaces, dashes, dots or brackets, an optional leading + */
const PLAIN_NUMBER_RE = /^\+?\(?\d[\d ().-]{4,28}\d$/;

export function shownValue(h: Pick<Handle, 'kind' | 'value' | 'raw'>): string {
  if (h.kind !== 'phone' && h.kind !== 'whatsapp') return h.value;
  for (const r of h.raw) {
    const written = r.trim().replace(/\s+/g, ' ');
    if (PLAIN_NUMBER_RE.test(written) && written.replace(/\D/g, '') === h.value) return written;
  }
  return h.value;
}
