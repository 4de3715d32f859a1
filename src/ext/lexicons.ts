/**
 * Every lexicon, by the name its module exports it under: what the background sends the content script
 * (`cs:get-lexicons`; see src/ext/content/lexicons.ts), with the `prefixes` of their alternations (what a
 * `Scanner` reads from a pattern before it can search: most of the cost of compiling a lexicon), which
 * the extension's build computes (wxt.config.ts puts the result in place of `lexiconPrefixes(LEXICONS)`)
 * so no page computes them. A test checks this list against the lexicon modules' exports.
 */
import { ADVANCE_FEE, FEE_FIRST } from '../lexicon/advance-fee';
import { ARC } from '../lexicon/arc';
import { BAIT } from '../lexicon/bait';
import { CTA, OFF_PLATFORM } from '../lexicon/cta';
import { PERSONA } from '../lexicon/persona';
import { TOPIC } from '../lexicon/topic';
import { alternation, chunkEntries, type LexiconEntry, type LexiconPrefixes } from '../lexicon/types';
import { WARNING } from '../lexicon/warning';
import { prefixes, scannerData } from '../text/scan';

export const LEXICONS: Readonly<Record<string, readonly LexiconEntry[]>> = {
  ADVANCE_FEE,
  ARC,
  BAIT,
  CTA,
  FEE_FIRST,
  OFF_PLATFORM,
  PERSONA,
  TOPIC,
  WARNING,
};

/**
 * A part whose alternation is longer than this is cut in chunks of about this many characters
 * (`chunkEntries`; an entry longer than that in pieces of its alternatives): V8 compiles a regex whole on
 * its first search, and the longest (the English arc stages, ~4,000 characters with `\b` under ignore
 * case) takes over 10 ms in one go. At 600 the longest piece compiles in about 3 ms in Node (1,000: up
 * to 14 ms, an entry of 2,400 characters being one piece then), and all of them in less time than at
 * 1,000 (a regex's compile time grows faster than its length).
 */
export const CHUNK_CHARS = 600;

/**
 * What a Scanner reads from every lexicon's alternations (`scannerData` of their prefixes), as
 * `compileLexicon` would compute it; for the long ones their chunks with theirs instead.
 */
export function lexiconPrefixes(
  lexicons: Readonly<Record<string, readonly LexiconEntry[]>>,
): Record<string, LexiconPrefixes> {
  const out: Record<string, LexiconPrefixes> = {};
  for (const [name, entries] of Object.entries(lexicons)) {
    const pre: LexiconPrefixes = {};
    for (const lang of ['zh', 'en'] as const) {
      const source = alternation(entries, lang);
      if (source.length > CHUNK_CHARS) {
        const chunks = chunkEntries(entries, lang, CHUNK_CHARS, true);
        if (chunks.length > 1) {
          // a part given in chunks is read in chunks: the whole alternation's data would never be used
          pre.chunks = { ...pre.chunks, [lang]: chunks };
          continue;
        }
      }
      // what a Scanner derives from the prefixes, so the page does not either
      const p = source ? scannerData(new RegExp(source, 'giu'), prefixes(source)) : undefined;
      if (p) pre[lang] = p;
    }
    out[name] = pre;
  }
  return out;
}

export const LEXICON_PREFIXES: Readonly<Record<string, LexiconPrefixes>> = lexiconPrefixes(LEXICONS);
