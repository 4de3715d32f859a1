/**
 * The explicit registry of signals, sorted by id. A test walks this folder and fails when a signal
 * file is missing here or has no cases beside it.
 */
import { advanceFee } from './advance-fee';
import { authorityPersona } from './authority-persona';
import { bait } from './bait';
import { chorus } from './chorus';
import { contactCta } from './contact-cta';
import { copyWidget } from './copy-widget';
import { handleAcrossRegions } from './handle-across-regions';
import { handleInComments } from './handle-in-comments';
import { plantedThread } from './planted-thread';
import type { Signal } from './types';
import { warningContext } from './warning-context';

export const SIGNALS: readonly Signal[] = [
  advanceFee,
  authorityPersona,
  bait,
  chorus,
  contactCta,
  copyWidget,
  handleAcrossRegions,
  handleInComments,
  plantedThread,
  warningContext,
];

/** Every evidence message key with its English text. */
export const MESSAGE_KEYS: Readonly<Record<string, string>> = Object.fromEntries(
  SIGNALS.flatMap((s) => Object.entries(s.meta.messages)),
);
