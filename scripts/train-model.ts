/**
 * `npm run train:model`: trains the text model (src/model/) on the training split of the labelled corpus
 * and writes its weights to src/model/weights.ts. The validation split is never read, so `npm run eval`
 * measures the model on pages it has not seen. Run it again when the corpus's training pages or the way
 * the engine reads a page's words change (tests/corpus/model.test.ts fails until then).
 *
 *   npm run train:model            write src/model/weights.ts
 *   npm run train:model -- --check  exit 1 when the written weights are not what the corpus trains
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextModel } from '../src/model/model';
import { sameModel, trainTextModel } from '../src/model/train';
import { TEXT_MODEL } from '../src/model/weights';
import { corpusTrainingPages } from '../tests/corpus/model-data';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../src/model/weights.ts');

function source(m: TextModel, pages: number): string {
  const lines = Object.entries(m.weights).map(([t, w]) => `    ${JSON.stringify(t)}: ${w},`);
  return `/**
 * The text model's weights, written by \`npm run train:model\` (scripts/train-model.ts) from the ${pages}
 * pages of the corpus's training split. Do not edit by hand: train again.
 */
import type { TextModel } from './model';

export const TEXT_MODEL: TextModel = {
  terms: ${m.terms},
  bias: ${m.bias},
  weights: {
${lines.join('\n')}
  },
};
`;
}

const pages = corpusTrainingPages();
const model = trainTextModel(pages);
if (process.argv.includes('--check')) {
  const same = sameModel(model, TEXT_MODEL);
  console.log(
    same
      ? 'src/model/weights.ts is what the training split trains'
      : 'src/model/weights.ts is out of date: run npm run train:model',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, source(model, pages.length));
console.log(
  `${Object.keys(model.weights).length} words from ${pages.length} training pages → ${OUT} (${readFileSync(OUT).length} bytes)`,
);
