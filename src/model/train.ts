/**
 * Training of the text model (./model.ts): L2-regularised logistic regression over the presence of words
 * (./terms.ts), fitted by full-batch Adam for a fixed number of epochs from zero weights, so the same pages
 * give the same weights on any machine. Words in fewer than `minPages` pages are not learned; of the rest,
 * the `keep` with the largest weights are kept and the model is fitted again on them alone (a model of
 * some thousand words, small enough to send to every frame).
 */
import type { TextModel } from './model';
import { TERMS_VERSION } from './model';

export interface TrainingPage {
  terms: readonly string[];
  scam: boolean;
}

export interface TrainOptions {
  minPages: number;
  keep: number;
  l2: number;
  epochs: number;
  rate: number;
}

/**
 * Chosen on the training split's out-of-fold figures (five folds: each page scored by a model trained without it),
 * by caught pages less three times the false alarms. Words on ten pages and more were steadier and better than
 * five (on 1,290 pages: 605/648 caught and 4/642 false alarms against 576/648 and 10/642). On 1,363 pages the
 * first settings (2,000 words, penalty 1) fell to 639/687 and 15/676, and the model trained on all of them
 * moved more than 35 new pages should move it; a penalty of 3 with 4,000 words kept is on a plateau of its
 * neighbours (penalty 2–5, 4,000–8,000 words: 632–641 caught, 7–10 false alarms): 640/687 and 8/676.
 */
export const TRAIN_OPTIONS: TrainOptions = { minPages: 10, keep: 4000, l2: 3, epochs: 200, rate: 0.05 };

/** weights are kept to three decimals */
const round = (x: number) => Math.round(x * 1000) / 1000;

function fitWeights(pages: readonly TrainingPage[], vocabulary: readonly string[], o: TrainOptions) {
  const index = new Map(vocabulary.map((t, i) => [t, i]));
  const rows = pages.map((p) => {
    const r: number[] = [];
    for (const t of p.terms) {
      const i = index.get(t);
      if (i !== undefined) r.push(i);
    }
    return r;
  });
  const n = pages.length;
  const w = new Float64Array(vocabulary.length + 1); // the last is the bias
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  const b1 = 0.9;
  const b2 = 0.999;
  const bias = vocabulary.length;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const g = new Float64Array(w.length);
    for (let k = 0; k < n; k++) {
      const r = rows[k] as number[];
      let z = w[bias] as number;
      for (const i of r) z += w[i] as number;
      const e = 1 / (1 + Math.exp(-z)) - ((pages[k] as TrainingPage).scam ? 1 : 0);
      g[bias] = (g[bias] as number) + e;
      for (const i of r) g[i] = (g[i] as number) + e;
    }
    for (let i = 0; i < w.length; i++) {
      // the bias is not regularised
      const gi = (g[i] as number) / n + (i === bias ? 0 : (o.l2 * (w[i] as number)) / n);
      m[i] = b1 * (m[i] as number) + (1 - b1) * gi;
      v[i] = b2 * (v[i] as number) + (1 - b2) * gi * gi;
      w[i] =
        (w[i] as number) -
        (o.rate * ((m[i] as number) / (1 - b1 ** epoch))) / (Math.sqrt((v[i] as number) / (1 - b2 ** epoch)) + 1e-8);
    }
  }
  return { w, bias: w[bias] as number };
}

export function trainTextModel(pages: readonly TrainingPage[], o: TrainOptions = TRAIN_OPTIONS): TextModel {
  const seen = new Map<string, number>();
  for (const p of pages) for (const t of new Set(p.terms)) seen.set(t, (seen.get(t) ?? 0) + 1);
  const all = [...seen]
    .filter(([, c]) => c >= o.minPages)
    .map(([t]) => t)
    .sort();
  const first = fitWeights(pages, all, o);
  const kept = all
    .map((t, i) => [t, Math.abs(first.w[i] as number)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, o.keep)
    .map(([t]) => t)
    .sort();
  const second = fitWeights(pages, kept, o);
  const weights: Record<string, number> = {};
  kept.forEach((t, i) => {
    const x = round(second.w[i] as number);
    if (x !== 0) weights[t] = x;
  });
  return { terms: TERMS_VERSION, bias: round(second.bias), weights };
}

/**
 * The same model, up to the last decimal of a few weights: Adam's steps sum floating-point numbers, which
 * another machine's maths library may round one unit apart.
 */
export function sameModel(a: TextModel, b: TextModel, tolerance = 0.002): boolean {
  const ka = Object.keys(a.weights);
  const kb = Object.keys(b.weights);
  if (a.terms !== b.terms || ka.length !== kb.length || Math.abs(a.bias - b.bias) > tolerance) return false;
  return ka.every((k) => k in b.weights && Math.abs((a.weights[k] as number) - (b.weights[k] as number)) <= tolerance);
}
