import type { PageReport } from '../report/types';
import { type ScanOptions, scanDocument } from './scan';

/**
 * The resumable scan the content script drives (placeholder: runs all at once; the page model
 * replaces the body, the interface stays).
 */
export interface SessionOptions extends ScanOptions {
  /** the browser's visibility test; Node passes none (everything counts as visible) */
  isVisible?: (el: Element) => boolean;
  maxNodes?: number;
  maxChars?: number;
}

/** Serializable facts one frame gathered; frames' facts merge before scoring. */
export interface PageFacts {
  report: PageReport;
}

export interface ScanSession {
  /** Work until `deadline` (a `performance.now()` value). Returns true when nothing is left to do. */
  step(deadline: number): boolean;
  /** Queue nodes that arrived later (from a MutationObserver); the next steps read them. */
  add(nodes: Iterable<Node>): void;
  /** What this frame gathered so far. */
  facts(): PageFacts;
  /** Score what was gathered (this frame's facts plus any merged in). */
  report(extra?: PageFacts[]): PageReport;
}

export function createScanSession(doc: Document, opts: SessionOptions = {}): ScanSession {
  let done = false;
  let last: PageReport | undefined;
  return {
    step() {
      last = scanDocument(doc, opts);
      done = true;
      return done;
    },
    add() {
      done = false;
    },
    facts() {
      last ??= scanDocument(doc, opts);
      return { report: last };
    },
    report() {
      last ??= scanDocument(doc, opts);
      return last;
    },
  };
}
