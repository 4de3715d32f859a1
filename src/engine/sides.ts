/**
 * The two sides a warning takes, read from a page's evidence alone: a contact pushed (the anchor) and a
 * scheme. The score is capped when either is missing (`scoreSteps` in ./score.ts); `scoreCap` reads, from a
 * finished report, which cap held its score below the points its evidence lists, so a reader of the "why"
 * list (the popup, the report to send, the command line) is told why the points do not add up.
 */
import type { Evidence, PageReport, ScoreCap } from '../report/types';
import { COMMENT_SCHEME_BAIT_WEIGHT, W } from './weights';

export function pageSides(evidence: readonly Evidence[]): { anchored: boolean; scheme: boolean } {
  // (the signal lists live in the function: a module with no top-level statement needs no wrapper of its own
  // in the content script's bundle, whose every byte counts)
  // contact pushed or money asked for
  const anchors = ['advance-fee', 'contact-cta', 'copy-widget', 'hidden-contact', 'planted-thread'];
  // a scheme (what is sold, by whom, with what staging), as opposed to a contact
  const schemes = [
    'advance-fee',
    'authority-persona',
    'planted-thread',
    'chorus',
    'testimonial',
    'referral',
    'disguised-handle',
    'fee-first',
    'called-out',
    'telegram-push',
    'new-account',
    'offer-after-warning',
  ];
  // the page's wording as a whole, at the text model's most: a scheme's talk the lexicons do not list
  const modelSure = evidence.some((e) => e.signal === 'text-model' && e.weight >= W.textModelMax);
  const anchored = evidence.some(
    (e) =>
      (anchors.includes(e.signal) && e.weight > 0) ||
      // a contact several commenters give, on a page worded like a scheme's: they push it, though none says "add"
      (e.message === 'ev_handle_in_comments_passed' && modelSure),
  );
  // bait counts as a scheme when it is beside the contact or the page sells more than one thing, or when
  // a reader's comment promises the scheme's outcome in its own words (bait of a scheme's weight, such as
  // "70% of the deposits back" or 停息挂账 done for them): a reader names what the pushed line sells
  const baitKinds = new Set(evidence.filter((e) => e.message === 'ev_bait_promise').map((e) => e.text));
  // a persona is a scheme's only beside a scheme's wording: a piano 老师, a "coach", and also an accountant
  // (会计主管 罗老师) or a mortgage 顧問 on a firm's own listing are just titles
  const schemeWording = evidence.some((e) => e.signal === 'bait' && e.weight > 0);
  const scheme =
    baitKinds.size >= 2 ||
    evidence.some(
      (e) =>
        (schemes.includes(e.signal) && e.weight > 0 && (e.signal !== 'authority-persona' || schemeWording)) ||
        e.message === 'ev_bait_near_contact' ||
        modelSure ||
        (e.message === 'ev_bait_promise' && e.weight >= COMMENT_SCHEME_BAIT_WEIGHT && e.region === 'comment'),
    );
  return { anchored, scheme };
}

/**
 * Which cap held a report's score below its evidence's points (their sum, rounded, at most 100), if one did:
 * no contact pushed, nothing that names a scheme, or else (both sides there) nothing about money on the page.
 * Those are the only caps the score has, so the last is what is left.
 */
export function scoreCap(r: Pick<PageReport, 'score' | 'evidence'>): { reason: ScoreCap; points: number } | undefined {
  const points = Math.round(r.evidence.reduce((s, e) => s + e.weight, 0));
  if (r.score >= Math.min(100, points)) return undefined;
  const { anchored, scheme } = pageSides(r.evidence);
  return { reason: !anchored ? 'no_contact' : !scheme ? 'no_scheme' : 'no_money', points };
}

/** `r` with its `cap` stated, for the reports a person or a program reads (the command line's, the popup's export). */
export function withCap(r: PageReport): PageReport {
  const cap = scoreCap(r);
  return cap ? { ...r, cap } : r;
}
