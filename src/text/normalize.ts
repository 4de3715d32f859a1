/**
 * Text normalization with an offset map back to the original (placeholder implementation:
 * identity; the full normalizer replaces the body, the interface stays).
 */
export interface Normalized {
  /** the original text */
  source: string;
  /** the normalized text */
  text: string;
  /** map[i] = index in `source` of the character that produced normalized char i; map[text.length] = source.length */
  map: Uint32Array;
}

export function normalize(source: string): Normalized {
  const map = new Uint32Array(source.length + 1);
  for (let i = 0; i <= source.length; i++) map[i] = i;
  return { source, text: source, map };
}

/** Maps a normalized range [start, end) back to a range in the original text. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  const s = n.map[start] ?? n.source.length;
  const e = end >= n.text.length ? n.source.length : (n.map[end] ?? n.source.length);
  return [s, Math.max(s, e)];
}
