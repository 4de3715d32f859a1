import { W } from '../engine/weights';
import { logOdds, modelWeights } from '../model/model';
import type { Signal, SignalMeta } from './types';

/** What `text-model` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const textModelMeta: SignalMeta = {
  description:
    'The page’s words as a whole, read by a model trained on the labelled corpus: the wording of testimonials and handovers (“got my”, 名额, 到账) raises the score, the wording of warnings and honest help (提醒, 反诈, “report it”) lowers it.',
  messages: {
    ev_text_model_scam: 'The page’s wording reads like the scam pages ShillGuard was trained on',
    ev_text_model_honest: 'The page’s wording reads like honest pages and warnings: points taken off',
  },
};

/** how many of the words that weigh most are shown */
const SHOWN_TERMS = 5;

/**
 * The text model (src/model/): the log-odds that the page's words are a scam page's, as points
 * (`W.textModelPerLogit` a unit of log-odds, from `W.textModelMin` to `W.textModelMax`). Rules read what is
 * said to whom; the model reads how the whole page talks, and tells apart what the rules' lexicons cannot
 * list: a thread of thanks and handovers in words no lexicon holds, or a warning whose quotes the rules took
 * at their word. At its most (`W.textModelMax`) it names a scheme on the page's side (src/engine/sides.ts),
 * so a pushed private line in such wording is warned of; it never anchors a warning without a contact.
 */
export const textModel: Signal = {
  id: 'text-model',
  detect({ facts: { terms } }) {
    // too few of its words read, the model has nothing to say (a short text: one comment, one message)
    if (terms.length < W.textModelMinWords) return [];
    const weight = Math.max(W.textModelMin, Math.min(W.textModelMax, Math.round(W.textModelPerLogit * logOdds(terms))));
    if (!weight) return [];
    const w = (t: string) => (modelWeights().get(t) ?? 0) * weight;
    return [
      {
        signal: 'text-model',
        message: weight > 0 ? 'ev_text_model_scam' : 'ev_text_model_honest',
        weight,
        // the words that weigh most in the points' direction, of those a reader can make sense of: Chinese pairs,
        // and Latin words of six letters and more ("sent you", "recovered"; not "he" or "was")
        text: terms
          .filter((t) => w(t) > 0 && (t.length > 5 || t > '\u3000'))
          .sort((a, b) => w(b) - w(a))
          .slice(0, SHOWN_TERMS)
          .join(' · '),
        region: 'article',
        selector: 'body',
      },
    ];
  },
};
