/**
 * The text model: a logistic regression over the words of a page (./terms.ts), trained on the training
 * split of the labelled corpus by `npm run train:model` (scripts/train-model.ts), never on the validation
 * split. It learns what the rules cannot list: the wording of testimonials and handovers ("got my", "your
 * file", 名额, 到账) against the wording of warnings and honest help (提醒, 反诈, "report it", 不收). Its
 * weights are data (./weights.ts, written by the script); the `text-model` signal turns its log-odds into
 * points.
 */
import { TEXT_MODEL } from './weights';

export interface TextModel {
  /** the version of ./terms.ts the model was trained with */
  terms: number;
  /**
   * the fitted intercept: the log-odds of a page with none of the model's words in the corpus, whose mix of
   * scam and honest pages is not the web's. The signal does not count it: a page earns points for its words only.
   */
  bias: number;
  /** word → its weight (log-odds) */
  weights: Record<string, number>;
}

/** the version of ./terms.ts: a model trained with another reads words that are not the page's */
export const TERMS_VERSION = 1;

let table: Map<string, number> | undefined;

/** the model's words and weights, looked up once */
export function modelWeights(): ReadonlyMap<string, number> {
  table ??= new Map(TEXT_MODEL.terms === TERMS_VERSION ? Object.entries(TEXT_MODEL.weights) : []);
  return table;
}

/** What the words say, in log-odds that the page is a scam page's (the intercept left out: see `bias`). */
export function logOdds(terms: Iterable<string>): number {
  const w = modelWeights();
  let z = 0;
  for (const t of terms) z += w.get(t) ?? 0;
  return z;
}
