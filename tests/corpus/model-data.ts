/**
 * The text model's training data: every page of the corpus's training split (never the validation split),
 * read as the engine reads it, with all its words (src/model/model.ts).
 */
import { modelDocument } from '../../src/dom/model';
import { gatherFacts } from '../../src/engine/facts';
import { parseHtml } from '../../src/engine/scan';
import { textTerms } from '../../src/model/model';
import type { TrainingPage } from '../../src/model/train';
import { loadCorpus, readPage } from './load';

export function corpusTrainingPages(): TrainingPage[] {
  return loadCorpus()
    .filter((p) => p.split === 'training')
    .map((p) => ({
      terms: gatherFacts(modelDocument(parseHtml(readPage(p))), { readTerms: textTerms }).terms,
      scam: p.label === 'scam',
    }));
}
