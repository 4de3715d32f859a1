import { W } from '../engine/weights';
import { hiddenPhrases, type Signal, type SignalMeta } from './types';

/** What `hidden-contact` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const hiddenContactMeta: SignalMeta = {
  description:
    'A comment hands over a contact in a form only a reader can put together (an instruction to assemble the id, and no handle could be read from it), or excuses itself for not writing it plainly (the platform would delete it).',
  messages: {
    ev_hidden_contact_given: 'A contact is handed over in pieces or by instructions, so that filters cannot read it',
  },
};

/**
 * A contact hidden from machines: a comment names a contact app and tells the reader how to put the id
 * together (前面加 852, 拼音首字母后面接…, "all lowercase, one word") and the extractor could not rebuild a
 * handle from it (`hiddenContact` in src/handles/hidden.ts; a handle it rebuilds is counted as that
 * handle by the other signals), or says why it is not written out (这里发完整的会被删, 平台不让留数字,
 * "can't post numbers here"), whether or not the handle was read. Platforms delete contact details in
 * comments; a line passed on under the moderators' noses is a push that knows it would be taken down.
 * Outside warnings, once a page.
 */
export const hiddenContact: Signal = {
  id: 'hidden-contact',
  detect(ctx) {
    const p = hiddenPhrases(ctx.facts).find((x) => x.comment >= 0);
    if (!p) return [];
    return [
      {
        signal: 'hidden-contact',
        message: 'ev_hidden_contact_given',
        weight: W.hiddenContact,
        text: p.text,
        region: p.region,
        selector: p.selector,
      },
    ];
  },
};
