/**
 * The text model: a logistic regression over the words of a page (`textTerms`), trained on the training
 * split of the labelled corpus by `npm run train:model` (scripts/train-model.ts), never on the validation
 * split. It learns what the rules cannot list: the wording of testimonials and handovers ("got my", "your
 * file", 名额, 到账) against the wording of warnings and honest help (提醒, 反诈, "report it", 不收). Its
 * weights are data (./weights.ts, written by the script); the `text-model` signal turns its log-odds into
 * points.
 */
import { TEXT_MODEL } from './weights';

export interface TextModel {
  /** the version of `textTerms` the model was trained with */
  terms: number;
  /**
   * the fitted intercept: the log-odds of a page with none of the model's words in the corpus, whose mix of
   * scam and honest pages is not the web's. The signal does not count it: a page earns points for its words only.
   */
  bias: number;
  /** word → its weight (log-odds) */
  weights: Record<string, number>;
}

/**
 * the version of `textTerms`: a model trained with another reads words that are not the page's (the weights
 * and the scan ship together, and tests/corpus/model.test.ts checks the written model's)
 */
export const TERMS_VERSION = 1;

let table: Map<string, number> | undefined;

/** the model's words and weights, looked up once */
export function modelWeights(): ReadonlyMap<string, number> {
  table ??= new Map(Object.entries(TEXT_MODEL.weights));
  return table;
}

/** What the words say, in log-odds that the page is a scam page's (the intercept left out: see `bias`). */
export function logOdds(terms: Iterable<string>): number {
  const w = modelWeights();
  let z = 0;
  for (const t of terms) z += w.get(t) ?? 0;
  return z;
}

/**
 * The words the text model reads (./weights.ts): in a block's NORMALIZED text (simplified Chinese, full-width
 * folded), every pair of adjacent Chinese characters (上岸, 老师, 名额), every Latin word lower-cased, and every
 * pair of adjacent Latin words ("got my", "your file"). Presence counts, not frequency. The training script
 * (scripts/train-model.ts) and the scan read a page through this one function, so the model is applied to the
 * words it was trained on.
 */
const HAN_RUN_RE = /\p{sc=Han}+/gu;
const WORD_RE = /[A-Za-z]+(?:'[A-Za-z]+)?/gu;

export function textTerms(text: string, add: (term: string) => void): void {
  for (const run of text.match(HAN_RUN_RE) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) add(run.slice(i, i + 2));
  }
  let last = '';
  for (const m of text.matchAll(WORD_RE)) {
    const w = m[0].toLowerCase();
    add(w);
    if (last) add(`${last} ${w}`);
    last = w;
  }
}

/** the model's words of two code units (a pair of Han characters), by the number the pair's two codes make */
let pairTable: Map<number, string> | undefined;

function modelPairs(): Map<number, string> {
  if (!pairTable) {
    pairTable = new Map();
    for (const term of modelWeights().keys())
      if (term.length === 2) pairTable.set(term.charCodeAt(0) * 0x10000 + term.charCodeAt(1), term);
  }
  return pairTable;
}

/**
 * `textTerms(text, add)` kept to the words the model weighs: the same terms, each given once per place as
 * `textTerms` gives it, but found without making a string of every pair of Han characters (the page's text is
 * read once per scan; those pairs were most of the model's cost).
 */
export function modelTermsIn(text: string, add: (term: string) => void): void {
  const pairs = modelPairs();
  const weights = modelWeights();
  for (const m of text.matchAll(HAN_RUN_RE)) {
    for (let i = m.index, end = m.index + m[0].length; i + 1 < end; i++) {
      const term = pairs.get(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
      if (term !== undefined) add(term);
    }
  }
  let last = '';
  for (const m of text.matchAll(WORD_RE)) {
    const w = m[0].toLowerCase();
    if (weights.has(w)) add(w);
    if (last && weights.has(`${last} ${w}`)) add(`${last} ${w}`);
    last = w;
  }
}
