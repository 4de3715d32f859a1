/**
 * Accusations in a reader's own voice: the words that answer a pitch (a scam, fake, reported, 骗, 托, 举报), not an
 * opinion ("wrong", 不同意). Read by the `called-out` signal and by the facts' reading of a pitch the thread votes down.
 */

/**
 * Words of an accusation, not of a disagreement: "wrong" or 不同意 answers an opinion, "scam", "reported",
 * 骗 (Cantonese 呃人, 呃钱), 托, 举报 answer a pitch. Matched on the dissenting comment's own words (already folded to simplified).
 */
export const ACCUSATION_RE =
  /\b(?:scam(?:s|mer|mers)?|fraud(?:ster)?s?|fake|spam(?:mer)?|bots?|reported|flagged|predatory|not (?:accredited|licensed|registered))\b|\b(?:don't|do not|never) (?:contact|pay|send|call|text|trust)\b|骗|呃(?:人|钱|錢|你|手)|托儿|是托|举报|提报|检举|套路|别信|不要信|水军|非法|没有资质|不是(?:正规|官方)|96110|18222|报警|\breport fraud\b|\bactionfraud\b|\breportfraud\.ftc\.gov\b/iu;

/** an accusation others make, reported ("现在评论区一提加微信就有人喊骗子", "people will call it a scam"): not the writer's */
const REPORTED_BEFORE_RE =
  /(?:有人|别人|人家|被人?|大家)(?:会|就|都)?(?:喊|说|骂|当成|当作|以为|觉得)[^，。,.!?！？]{0,4}$|\b(?:people|someone|somebody|they) (?:will |would )?(?:call|think)s? (?:it|you|this) an? $/iu;

/** The comment accuses in its own voice: an accusation word not reported as someone else's. */
export function accuses(text: string): boolean {
  const re = new RegExp(ACCUSATION_RE.source, 'giu');
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (!REPORTED_BEFORE_RE.test(text.slice(Math.max(0, at - 16), at))) return true;
  }
  return false;
}
