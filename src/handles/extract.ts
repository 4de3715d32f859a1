import type { HandleKind } from '../report/types';
import { type Normalized, normalize, toOriginal } from '../text/normalize';

/** One handle occurrence in a text. Positions are in the ORIGINAL text. */
export interface HandleHit {
  kind: HandleKind;
  /** normalized value, as the report contract defines it */
  value: string;
  /** the text as written in the original, `source.slice(start, end)` */
  raw: string;
  start: number;
  end: number;
  /** false for official numbers and masked handles */
  suspect: boolean;
  /** message key (`why_...`) when not suspect */
  why?: string;
}

export interface ExtractOptions {
  /** The text is known to be a contact slot (a copy widget's payload, a contact link): no cue needed. */
  contactContext?: boolean;
}

// Placeholder implementation (WeChat after 微信 only); the full extractor replaces the body.
export function extractHandles(input: string | Normalized, _opts: ExtractOptions = {}): HandleHit[] {
  const n = typeof input === 'string' ? normalize(input) : input;
  const out: HandleHit[] = [];
  const re = /微信[:：\s]*([A-Za-z][-_A-Za-z0-9]{5,19})/gu;
  for (const m of n.text.matchAll(re)) {
    const id = m[1] ?? '';
    const s = (m.index ?? 0) + m[0].length - id.length;
    const [start, end] = toOriginal(n, s, s + id.length);
    out.push({ kind: 'wechat', value: id.toLowerCase(), raw: n.source.slice(start, end), start, end, suspect: true });
  }
  return out;
}
