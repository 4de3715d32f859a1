/**
 * Every weight and threshold of the score, in one place. A page's score is the sum of its evidence
 * weights, clamped to 0–100. The values were set so that one kind of evidence alone stays below
 * `caution`, a pushed handle plus a scheme's wording reaches it, and `danger` needs a pushed handle
 * or a planted thread together with more (see docs/DESIGN.md).
 */
export const W = {
  /** a handle offered with a call to action: the anchor of every lead-generation page */
  contactCtaFirst: 20,
  /** each further pushed handle (a page with several "teachers") */
  contactCtaMore: 6,
  contactCtaMaxHandles: 3,
  /** all bait together earns at most this */
  baitCap: 30,
  /** scheme evidence alone (bait, personas: no pushed handle, no planted thread) stays below caution */
  baitOnlyCap: 20,
  /** contact evidence alone (a shop's WeChat, a bank's 400 line, a project's Telegram) stays below caution */
  contactOnlyCap: 20,
  /** bait in the same block as a pushed handle: the lead-gen box itself */
  baitNearContact: 15,
  copyWidget: 12,
  /**
   * a pushed handle written to slip past filters (circled or spelled digits, invisible characters, look-alikes):
   * as heavy as the push itself, since honest people who give their line do not hide it from the site (this,
   * `testimonial` and `newAccount` fire on no honest page of the corpus and were raised together from 10–12)
   */
  disguisedHandle: 20,
  handleAcrossRegions: 10,
  handleInCommentsRepeated: 15,
  handleInCommentsSingle: 8,
  authorityPersona: 12,
  /** money asked for before a loan: the scheme and the ask at once, enough for caution alone */
  advanceFee: 30,
  chorus: 15,
  /** one comment tells of the commenter's success and sends the reader to the helper's contact */
  testimonial: 20,
  /** a comment sends readers to a third person's private line (no success story recognised) */
  referral: 10,
  /** another reader calls out the comment that pushes the contact (a scam, fake, reported) */
  calledOut: 15,
  /** the helper behind a pushed private line takes money before the work or the payout */
  feeFirst: 15,
  /** the pusher of a private line says to take the talk off the site (its messages are slow, it takes a cut) */
  offPlatform: 15,
  /** a commenter sends readers to a Telegram account on a money page */
  telegramPush: 10,
  /** a private line pushed by an account of a few posts, on a forum of long-time members */
  newAccount: 20,
  /** a contact handed over in pieces or by instructions, unreadable to the extractor: a line pushed all the same */
  hiddenContact: 20,
  /**
   * a page that warns of a scheme sends the reader, in its own voice, to a third person's private line that asks
   * money for the help (the scheme dressed as a warning)
   */
  offerAfterWarning: 25,
  /** the page offers only private lines (adds to a scheme, never shows one) */
  privateLineOnly: 10,
  /** …and it is the only contact of the box that sells the scheme (the lead-gen box itself) */
  privateLineBox: 20,
  plantedBase: 20,
  plantedRequestHandover: 8,
  plantedStory: 5,
  plantedThanks: 5,
  plantedFewAuthors: 5,
  /** two or more other voices vouch for the one who gives the contact */
  plantedVouchers: 5,
  /** taken off a full script that a reader called out */
  plantedDissent: 5,
  /** a thread below this is not called planted */
  plantedMin: 25,
  plantedMax: 40,
  /**
   * the text model (src/model/): points per unit of its log-odds, and its bounds. At its most it names a scheme
   * (src/engine/sides.ts); taking up to 40 off, it can hold an honest page with a pushed line below caution.
   * Chosen on the training split's out-of-fold log-odds (each page read by a model trained without it), by
   * caught scam pages less three times the false alarms, over 3–15 points a unit, 15–40 up and 0–40 down: 15 a
   * unit and 40 down led; of 30 and 40 up, 30 (one page fewer caught) keeps the banner out of reach of a pushed
   * line and the model alone (20 + 30 < 60). Down, 80: on 1,572 training pages out of fold, 40 down caught
   * 725/788 with 16/784 false alarms, 60 down 724 and 14, 80 down 724 and 11, 100 and 120 the same as 80: the
   * honest pages that still rang were those whose words the model read as honest beyond 40 points, while no
   * scam page read that way out of fold but one.
   */
  textModelPerLogit: 15,
  textModelMax: 30,
  textModelMin: -80,
  /**
   * the fewest of the model's words a page must have for it to speak: the corpus's whole pages have 37–500 of
   * them (99% have 55 and more), a short text wrapped as a page (an SMS, one comment) 20–55; on those the model
   * read the bank-impersonation register of real loan-agent fraud texts as honest (11 of 1,000 at caution,
   * against 24 without it). Measured: no corpus figure changes at 50 or 60; the fraud texts go back to 24.
   */
  textModelMinWords: 50,
} as const;

/** Bait this heavy names a scheme (停息挂账, 停催, "recovery expert"), not a generic offer. */
export const SCHEME_BAIT_WEIGHT = 10;
/** Bait this heavy in a reader's comment names the scheme of the page's pushed line by itself. */
export const COMMENT_SCHEME_BAIT_WEIGHT = 12;

export interface Thresholds {
  caution: number;
  danger: number;
}

/** Default levels: caution sets the badge only; danger shows the banner. */
export const THRESHOLDS: Thresholds = { caution: 30, danger: 60 };
