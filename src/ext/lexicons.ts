/**
 * Every lexicon, by the name its module exports it under: what the background sends the content script
 * (`cs:get-lexicons`; see src/ext/content/lexicons.ts). A test checks this list against the lexicon
 * modules' exports.
 */
import { ADVANCE_FEE } from '../lexicon/advance-fee';
import { ARC } from '../lexicon/arc';
import { BAIT } from '../lexicon/bait';
import { CTA } from '../lexicon/cta';
import { PERSONA } from '../lexicon/persona';
import { TOPIC } from '../lexicon/topic';
import type { LexiconEntry } from '../lexicon/types';
import { WARNING } from '../lexicon/warning';

export const LEXICONS: Readonly<Record<string, readonly LexiconEntry[]>> = {
  ADVANCE_FEE,
  ARC,
  BAIT,
  CTA,
  PERSONA,
  TOPIC,
  WARNING,
};
