/**
 * The text model's weights (src/model/weights.ts) are what `npm run train:model` trains from the training
 * split as the engine reads it now: nobody edited them by hand, and no validation page went in.
 */
import { describe, expect, it } from 'vitest';
import { TERMS_VERSION } from '../../src/model/model';
import { sameModel, TRAIN_OPTIONS, trainTextModel } from '../../src/model/train';
import { TEXT_MODEL } from '../../src/model/weights';
import { loadCorpus } from './load';
import { corpusTrainingPages } from './model-data';

describe('the text model', () => {
  it('is what the training split trains (run `npm run train:model` after changing the corpus or how pages are read)', () => {
    const pages = corpusTrainingPages();
    expect(pages.length).toBe(loadCorpus().filter((p) => p.split === 'training').length);
    const trained = trainTextModel(pages);
    expect(TEXT_MODEL.terms).toBe(TERMS_VERSION);
    expect(Object.keys(TEXT_MODEL.weights).length).toBeLessThanOrEqual(TRAIN_OPTIONS.keep);
    expect(sameModel(trained, TEXT_MODEL), 'src/model/weights.ts is out of date: run npm run train:model').toBe(true);
  }, 120_000);
});
