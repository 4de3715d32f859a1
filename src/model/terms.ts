/**
 * The words the text model reads (src/model/weights.ts): in a block's NORMALIZED text (simplified
 * Chinese, full-width folded), every pair of adjacent Chinese characters (上岸, 老师, 名额), every Latin
 * word lower-cased, and every pair of adjacent Latin words ("got my", "your file"). Presence counts, not
 * frequency. The training script (scripts/train-model.ts) and the scan read a page through this one
 * function, so the model is applied to the words it was trained on.
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
