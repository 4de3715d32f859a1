/**
 * Loads the labelled corpus: every `tests/corpus/<lang-dir>/labels.json` with the pages it names.
 * Works with any set of language folders present (an absent folder is simply not loaded).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HandleKind, PageReport, ScamKind } from '../../src/report/types';
import type { PageResult } from './metrics';
import { type Split, splitOf } from './split';

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));

export interface LabelHandle {
  kind: HandleKind;
  value: string;
}

export interface CorpusLabel {
  file: string;
  label: 'scam' | 'clean';
  kind?: ScamKind;
  lang: string;
  /** suspect handles of a scam page (none on a clean page) */
  handles: LabelHandle[];
  /**
   * honest contacts the page shows (a bank's hotline, a shop's WeChat, a volunteer's cell), on clean or scam
   * pages; absent when the page's contacts have not been labelled
   */
  contacts?: LabelHandle[];
  shape: string;
  note: string;
}

export interface CorpusPage extends CorpusLabel {
  /** the language folder, e.g. `en` */
  dir: string;
  /** `<dir>/<file>`, the key of the split */
  relPath: string;
  split: Split;
  /** absolute path of the html file */
  path: string;
}

/** Language folders that hold a labels.json, sorted. */
export function corpusDirs(root = CORPUS_DIR): string[] {
  return readdirSync(root)
    .filter((d) => statSync(join(root, d)).isDirectory() && existsSync(join(root, d, 'labels.json')))
    .sort();
}

/** Raw labels of one folder, as written (validated by corpus.test.ts, not here). */
export function readLabels(dir: string, root = CORPUS_DIR): CorpusLabel[] {
  const parsed: unknown = JSON.parse(readFileSync(join(root, dir, 'labels.json'), 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${dir}/labels.json is not a JSON array`);
  return parsed as CorpusLabel[];
}

/** Html files present in one folder, sorted. */
export function htmlFiles(dir: string, root = CORPUS_DIR): string[] {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** Every labelled page of every language folder. */
export function loadCorpus(root = CORPUS_DIR): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const dir of corpusDirs(root)) {
    for (const label of readLabels(dir, root)) {
      const relPath = `${dir}/${label.file}`;
      pages.push({
        ...label,
        handles: label.handles ?? [],
        dir,
        relPath,
        split: splitOf(relPath),
        path: join(root, dir, label.file),
      });
    }
  }
  return pages;
}

export function readPage(page: CorpusPage): string {
  return readFileSync(page.path, 'utf8');
}

/** Scans every page with the engine, keeping the label beside its report. */
export function scanCorpus(
  pages: readonly CorpusPage[],
  scan: (html: string, opts: { source: string }) => PageReport,
): { page: CorpusPage; result: PageResult }[] {
  return pages.map((page) => ({
    page,
    result: { id: page.relPath, label: page, report: scan(readPage(page), { source: page.relPath }) },
  }));
}
