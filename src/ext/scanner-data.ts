/**
 * What the engine's Scanners made when its modules load derive from their patterns (the contact cues, the
 * alias folder, the loan and licence tests: each a `prefixes` read of the pattern, some milliseconds of a
 * page's first scan), computed by the extension's build: wxt.config.ts puts `builtScannerData()` in place
 * of `BUILT_SCANNER_DATA`'s `{}` in src/text/scan.ts. The lexicons' Scanners are left out: their data
 * comes with their entries (src/ext/lexicons.ts).
 */
import '../engine/facts';
import { cueScanner } from '../handles/cues';
import { alternation } from '../lexicon/types';
import { madeWithoutData, prefixes, type ScannerData, scannerData, scannerKey } from '../text/scan';
import { LEXICONS } from './lexicons';

export function builtScannerData(): Record<string, ScannerData> {
  // the contact cues' Scanner is made on first use (when the first text is searched): made now
  cueScanner();
  const lexiconParts = new Set<string>();
  for (const entries of Object.values(LEXICONS)) {
    // as a RegExp writes it (a `/` escaped)
    for (const lang of ['zh', 'en'] as const) lexiconParts.add(new RegExp(alternation(entries, lang), 'giu').source);
  }
  const out: Record<string, ScannerData> = {};
  for (const re of madeWithoutData) {
    if (lexiconParts.has(re.source)) continue;
    const data = scannerData(re, prefixes(re.source));
    const key = scannerKey(re);
    const known = out[key];
    // two patterns under one key would read each other's data: neither is built
    if (known && JSON.stringify(known) !== JSON.stringify(data)) throw new Error(`two patterns share the key ${key}`);
    if (data) out[key] = data;
  }
  return out;
}
