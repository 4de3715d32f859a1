/**
 * The explicit registry of signals, sorted by id. A test walks this folder and fails when a signal
 * file is missing here or has no cases beside it.
 */
import { advanceFee, advanceFeeMeta } from './advance-fee';
import { authorityPersona, authorityPersonaMeta } from './authority-persona';
import { bait, baitMeta } from './bait';
import { calledOut, calledOutMeta } from './called-out';
import { chorus, chorusMeta } from './chorus';
import { contactCta, contactCtaMeta } from './contact-cta';
import { copyWidget, copyWidgetMeta } from './copy-widget';
import { disguisedHandle, disguisedHandleMeta } from './disguised-handle';
import { feeFirst, feeFirstMeta } from './fee-first';
import { handleAcrossRegions, handleAcrossRegionsMeta } from './handle-across-regions';
import { handleInComments, handleInCommentsMeta } from './handle-in-comments';
import { hiddenContact, hiddenContactMeta } from './hidden-contact';
import { newAccount, newAccountMeta } from './new-account';
import { offPlatform, offPlatformMeta } from './off-platform';
import { offerAfterWarning, offerAfterWarningMeta } from './offer-after-warning';
import { plantedThread, plantedThreadMeta } from './planted-thread';
import { privateLineMeta, privateLineOnly } from './private-line';
import { referral, referralMeta } from './referral';
import { telegramPush, telegramPushMeta } from './telegram-push';
import { testimonial, testimonialMeta } from './testimonial';
import { textModel, textModelMeta } from './text-model';
import type { Signal, SignalMeta } from './types';
import { warningContext, warningContextMeta } from './warning-context';

export const SIGNALS: readonly Signal[] = [
  advanceFee,
  authorityPersona,
  bait,
  calledOut,
  chorus,
  contactCta,
  copyWidget,
  disguisedHandle,
  feeFirst,
  handleAcrossRegions,
  handleInComments,
  hiddenContact,
  newAccount,
  offPlatform,
  offerAfterWarning,
  plantedThread,
  privateLineOnly,
  referral,
  telegramPush,
  testimonial,
  textModel,
  warningContext,
];

/** Each signal's description and message texts, by id (docs, CLI, the message catalogue test). */
export const SIGNAL_META: Readonly<Record<string, SignalMeta>> = {
  'advance-fee': advanceFeeMeta,
  'authority-persona': authorityPersonaMeta,
  bait: baitMeta,
  'called-out': calledOutMeta,
  chorus: chorusMeta,
  'contact-cta': contactCtaMeta,
  'copy-widget': copyWidgetMeta,
  'disguised-handle': disguisedHandleMeta,
  'fee-first': feeFirstMeta,
  'handle-across-regions': handleAcrossRegionsMeta,
  'handle-in-comments': handleInCommentsMeta,
  'hidden-contact': hiddenContactMeta,
  'new-account': newAccountMeta,
  'off-platform': offPlatformMeta,
  'offer-after-warning': offerAfterWarningMeta,
  'planted-thread': plantedThreadMeta,
  'private-line': privateLineMeta,
  referral: referralMeta,
  'telegram-push': telegramPushMeta,
  testimonial: testimonialMeta,
  'text-model': textModelMeta,
  'warning-context': warningContextMeta,
};

/** Every evidence message key with its English text (pure: left out of bundles that do not read it). */
export const MESSAGE_KEYS: Readonly<Record<string, string>> = /* @__PURE__ */ messageKeys();

function messageKeys(): Record<string, string> {
  return Object.fromEntries(Object.values(SIGNAL_META).flatMap((m) => Object.entries(m.messages)));
}
