/**
 * The lexicons' entries in the content script. Like the t2s table they are engine data the content
 * script does not bundle: the background sends them (`cs:get-lexicons`, checked by
 * `parseLexiconsAnswer`), with the prefixes of their alternations computed by the build, and the
 * engine script (engine-main.ts) installs them before the facts' part of the engine is evaluated. The content build's lexicon modules read their arrays from here (`lexiconsFromChannel` in
 * src/ext/build.ts, applied by wxt.config.ts), so the engine's modules are the same in every build.
 */
import { givePrefixes, type LexiconEntry, type LexiconPrefixes } from '../../lexicon/types';
import type { TextModel } from '../../model/model';
import { giveBuiltScannerData, type ScannerData } from '../../text/scan';

let tables: Readonly<Record<string, readonly LexiconEntry[]>> | undefined;
let model: TextModel | undefined;

/**
 * Install the lexicons and the prefixes the build computed for them (compileLexicon uses those), and the
 * data of the Scanners the engine makes at module load (`scanners`, which this bundle does not ship).
 */
export function installLexicons(
  t: Readonly<Record<string, readonly LexiconEntry[]>>,
  prefixes: Readonly<Record<string, LexiconPrefixes>> = {},
  scanners: ReadonlyMap<string, ScannerData> = new Map(),
  textModel?: TextModel,
): void {
  giveBuiltScannerData(scanners);
  tables = t;
  model = textModel;
  for (const [name, entries] of Object.entries(t)) {
    const p = prefixes[name];
    if (p) givePrefixes(entries, p);
  }
}

/** The entries of the lexicon exported as `name`, as the background sent them. */
export function lexiconEntries<T extends LexiconEntry>(name: string): readonly T[] {
  const entries = tables?.[name];
  if (!entries) throw new Error(`the lexicon ${name} has not arrived from the background`);
  return entries as readonly T[];
}

/**
 * The text model's weights as the background sent them (the content build's src/model/weights.ts reads them
 * here: `modelFromBackground` in wxt.config.ts); none sent, a model of no words, which gives no evidence.
 */
export function sentTextModel(): Pick<TextModel, 'weights'> {
  return model ?? { weights: {} };
}
