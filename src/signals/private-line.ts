import { W } from '../engine/weights';
import { BOX_BAIT_WEIGHT, moneyPage, near, privateGroup, pushedHandles, type Signal, type SignalMeta } from './types';

/** What `private-line` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const privateLineMeta: SignalMeta = {
  description:
    'A page about money offers its service only through private lines (a WhatsApp or WeChat account, a mobile number, a free-mail address), with no line of an organisation.',
  messages: {
    ev_private_line_only: 'The page can only be reached through a private WhatsApp, WeChat or mobile number',
    ev_private_line_box:
      "It sells its offer in a box whose only contact is someone's private WhatsApp, WeChat or mobile number",
  },
};

/**
 * Private lines only: on a page about money, everything the page itself offers to be reached on (outside
 * comments and the site footer, which is the platform's) is a private line: a messaging account, a mobile
 * number, a free-mail address. Banks, charities, licensed firms and officials give an organisation's
 * line too (a hotline, an office landline, an address at their own domain); lead-generation pages route
 * readers to one person's account. It adds weight to a scheme already seen and never shows one by itself
 * (a shop's customer-service WeChat, a support group's Telegram are private lines too), so it is not a
 * scheme signal.
 */
export const privateLineOnly: Signal = {
  id: 'private-line',
  detect(ctx) {
    if (!moneyPage(ctx.facts)) return [];
    const offered = pushedHandles(ctx).filter((h) => h.pushed.some((o) => o.comment < 0));
    const first = offered.find((h) => privateGroup(h));
    if (!first) return [];
    // every handle the page gives in its own voice, pushed or not (an office line printed beside the
    // WhatsApp), counts against it
    for (const h of ctx.handles) {
      // a public service number (95588, 18222) or a masked one is nobody's line here
      if (!h.listed) continue;
      const own = h.occurrences.some((o) => o.comment < 0 && o.region !== 'footer' && !o.warned);
      if (own && (!privateGroup(h) || h.occurrences.some((o) => o.institutional))) return [];
    }
    const o = first.pushed.find((x) => x.comment < 0);
    if (!o) return [];
    // the lead-gen box itself: the scheme's promise and the private line side by side in the page's own
    // voice (a firm with an office line was ruled out above; a shop's WeChat sells no scheme)
    const box = ctx.facts.phrases.some(
      (p) =>
        p.lexicon === 'bait' &&
        !p.warned &&
        p.weight >= BOX_BAIT_WEIGHT &&
        p.comment < 0 &&
        offered.some((h) => privateGroup(h) && h.pushed.some((x) => x.comment < 0 && near(x, p))),
    );
    return [
      {
        signal: 'private-line',
        message: box ? 'ev_private_line_box' : 'ev_private_line_only',
        weight: box ? W.privateLineBox : W.privateLineOnly,
        text: o.context || o.raw,
        region: o.region,
        selector: o.selector,
      },
    ];
  },
};
